/**
 * Who may call the workbench's server: only the page it served, in a browser
 * on this machine. The Host must be the loopback address and port the server
 * listens on (a DNS-rebinding page has its own host name there); an Origin,
 * when sent, must be that same address (no cross-site fetches or form
 * posts); and the API needs the per-run secret that the printed URL carries.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface Guard {
  port: number;
  token: string;
}

/** Why a request is refused, or undefined when it may proceed. */
export function refusal(req: IncomingMessage, guard: Guard, api: boolean): string | undefined {
  const allowed = [`127.0.0.1:${guard.port}`, `localhost:${guard.port}`];
  const host = req.headers.host ?? '';
  if (!allowed.includes(host)) return `Host "${host}" is not this server`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    return `Origin "${origin}" is not this page`;
  }
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `a ${site} request`;
  }
  if (!api) return undefined;
  const given = req.headers['x-claims-token'];
  if (typeof given !== 'string' || !sameSecret(given, guard.token)) {
    return 'missing or wrong token: open the URL that claims curate printed';
  }
  if (req.method === 'POST' && !/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
    return 'the API takes application/json';
  }
  return undefined;
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Headers on every response: no framing, no sniffing, nothing from elsewhere. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
