/**
 * Props a test can change after mounting, as a parent component would pass
 * them. Each value is raw state: replaced, never proxied, so the component
 * sees the very objects the test made (a deep proxy would wrap every claim).
 */
export function reactiveProps<Props extends Record<string, unknown>>(initial: Props): Props {
  const props = {} as Props;
  for (const key of Object.keys(initial) as (keyof Props & string)[]) {
    let value = $state.raw(initial[key]);
    Object.defineProperty(props, key, {
      enumerable: true,
      get: () => value,
      set: (next: Props[typeof key]) => (value = next),
    });
  }
  return props;
}
