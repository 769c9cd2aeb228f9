/**
 * Who gave a figure, from the reporting verbs of its sentence: "…, Sanalla
 * said", "Egeland told Reuters", "according to a new study", "The U.N.
 * estimates …". A proposal for the curator, not a parse: it returns the
 * speaker's words as written, or '' when the reporter states the figure.
 */
const VERBS =
  'said|says|told|added|estimated|estimates|reported|reports|stated|states|wrote|warned';

// Order matters: the more specific a pattern, the earlier it is tried.
const PATTERNS: RegExp[] = [
  // "…, according to a U.S. defense official."
  /\baccording to ([^,.;:“”"]{2,80})/,
  // "…” said Misrata forces commander Mahmoud Gazwan at the checkpoint": up to a preposition or punctuation.
  new RegExp(
    `[,”"] (?:${VERBS}) ([A-Z][\\w.’'-]*(?: [\\w.’'-]+){0,7}?)(?= (?:at|in|on|to|from|after|during|when|who|as|with)\\b|[,.;:]|$)`,
  ),
  // "…, Sanalla said", "…, a Senegalese security source said"
  new RegExp(`[,”"] ((?:[Tt]he |[Aa]n? )?[^,;:“”"]{2,80}?) (?:also )?(?:${VERBS})\\b`),
  // "The U.N. estimates …", "He said 41 people …", "Mustafa Sanalla also said …"
  new RegExp(`^((?:[Tt]he |[Aa]n? )?[A-Z][^,;:“”"]{1,80}?) (?:also |later )?(?:${VERBS})\\b`),
];

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

export function findAttribution(sentence: string): string {
  for (const pattern of PATTERNS) {
    // "But Sanalla said" → "Sanalla": a leading conjunction is not part of the name.
    const speaker = pattern
      .exec(sentence)?.[1]
      ?.trim()
      .replace(/^(?:but|and|so|yet) /i, '');
    if (speaker && !PRONOUNS.has(speaker.toLowerCase()) && !/\d/.test(speaker)) return speaker;
  }
  return '';
}
