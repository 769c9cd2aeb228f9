/** Only http and https links ever come from data: no javascript:, data: or file: URLs. */
export function isHttpUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** The URL when it is http(s), else undefined: use this wherever data becomes an href. */
export function safeHref(raw: string | undefined): string | undefined {
  return raw !== undefined && isHttpUrl(raw) ? raw : undefined;
}
