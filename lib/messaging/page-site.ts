import { parse } from 'tldts';

/**
 * The site of a URL: its registrable domain by the Public Suffix List (`www.example.com` and
 * `m.example.com` are both `example.com`; `alice.github.io` is its own site because `github.io` is a
 * listed suffix). IP addresses and single-label hosts such as `localhost` are their own site. Null for
 * anything that is not an http(s) URL.
 */
export function siteOf(url: string | undefined): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const { hostname } = parsed;
  // Private suffixes count as suffixes: two blogs on one hosting service are two sites.
  const { domain, isIp } = parse(hostname, { allowPrivateDomains: true });
  return isIp || !domain ? hostname : domain;
}

/** Whether two URLs are on one site (see siteOf); false when either is not an http(s) URL. */
export function isSameSite(a: string | undefined, b: string | undefined): boolean {
  const site = siteOf(a);
  return site !== null && site === siteOf(b);
}
