/**
 * The links data may hold: http and https only (no javascript:, data: or
 * file: URLs), written plainly, to the host they name.
 */
import { URL_MAX_LENGTH } from './schema';
import { firstUnshown } from './text/hidden';

/** The authority part of a URL holding an `@`: user info, which names a host it does not go to. */
const USER_INFO = /^[a-z][a-z0-9+.-]*:[/\\]*[^/\\?#]*@/i;

/**
 * What is wrong with `raw` as a link from data, as the end of a sentence
 * ("is not an http or https URL"), or undefined when it is fine.
 */
export function urlProblem(raw: string): string | undefined {
  if (raw.length > URL_MAX_LENGTH) {
    return `is ${raw.length.toLocaleString('en-US')} characters long: at most ${URL_MAX_LENGTH.toLocaleString('en-US')} are allowed`;
  }
  // A browser drops tabs and line breaks from a URL and trims spaces: the
  // link would not go where the text seems to say.
  if (/\s/.test(raw) || firstUnshown(raw)) {
    return 'holds white space, a control character or an invisible character';
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not an http or https URL';
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return 'is not an http or https URL';
  }
  if (USER_INFO.test(raw)) {
    // https://www.reuters.com@evil.example/story goes to evil.example.
    return `has a user name before "@": it would link to ${url.hostname}, not to what comes before the "@"`;
  }
  return undefined;
}

export function isHttpUrl(raw: string): boolean {
  return urlProblem(raw) === undefined;
}

/** The URL when it is a link data may hold, else undefined: use this wherever data becomes an href. */
export function safeHref(raw: string | undefined): string | undefined {
  return raw !== undefined && isHttpUrl(raw) ? raw : undefined;
}
