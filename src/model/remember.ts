/**
 * `f`, remembering its answer for each argument it has met, by identity and
 * for as long as the argument lives. `createMatcher` hands back the very
 * positions of a search met again (erasing what was typed goes back through
 * the searches typed): what is derived from them is then not derived again.
 */
export function rememberByIdentity<K extends object, V>(f: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    if (answers.has(key)) return answers.get(key)!;
    const answer = f(key);
    answers.set(key, answer);
    return answer;
  };
}
