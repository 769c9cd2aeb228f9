/**
 * Where embed code points, and whether readers elsewhere can reach it. The
 * build makes embed code absolute with the dashboard's public address, set
 * in CLAIMS_PUBLIC_URL; without it, the dashboard's share panel writes the
 * address it was opened at, which is local when the site was opened with
 * `npm start` (http://localhost:4173): an embed pasted from there shows
 * nothing to anyone else. The share panel warns then (`embedWarning`).
 */

/** The build's environment variable for the dashboard's public address. */
export const PUBLIC_URL_VARIABLE = 'CLAIMS_PUBLIC_URL';

/** How to set it, for messages: an example a reader can adapt. */
export const PUBLIC_URL_HOWTO = `${PUBLIC_URL_VARIABLE}=https://example.org/factsheet/ npm run build`;

/** IPv4 addresses no reader elsewhere can reach: loopback, unspecified, private, link-local. */
function localIpv4(host: string): boolean {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p))) return false;
  const [a, b] = parts.map(Number) as [number, number];
  return (
    a === 127 ||
    a === 0 ||
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254)
  );
}

/** IPv6 (as URL writes it, in brackets): loopback, unspecified, unique-local, link-local. */
function localIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const ip = host.slice(1, -1).toLowerCase();
  return (
    ip === '::1' || ip === '::' || /^f[cd][0-9a-f]{0,2}:/.test(ip) || /^fe[89ab][0-9a-f]?:/.test(ip)
  );
}

/**
 * True when a URL is not on the public web: not http(s) (a file), or on this
 * machine or a private network (localhost, 127.x, 0.0.0.0, [::1], 10.x,
 * 192.168.x, *.local). Unparsable text counts as local: nobody can load it.
 */
export function isLocalAddress(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    (!host.includes('.') && !host.startsWith('[')) ||
    localIpv4(host) ||
    localIpv6(host)
  );
}

/**
 * What a reader copying embed code pointing at `src` should know, or
 * undefined when it will work anywhere: it points at a local address, or no
 * public address was set at build time (it then follows wherever the site
 * was opened, and breaks when the site moves).
 */
export function embedWarning(src: string, publicUrl: string | undefined): string | undefined {
  if (isLocalAddress(src)) {
    const host = URL.canParse(src) ? new URL(src).host || src : src;
    return (
      `This embed code points at ${host}, a local address: readers elsewhere will see nothing. ` +
      `Build the site with its public address (${PUBLIC_URL_HOWTO}), publish it, and copy the code from there.`
    );
  }
  if (!publicUrl) {
    return (
      `No public address was set when this site was built, so this code points at the address ` +
      `this page was opened at, ${new URL(src).origin}: embeds break if the site moves. ` +
      `To fix it, build with ${PUBLIC_URL_HOWTO}.`
    );
  }
  return undefined;
}
