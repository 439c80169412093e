/** Query parameters that only track where a reader came from; they never change the article. */
const TRACKING_PARAMETERS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|ocid|cmpid|smid|sr_share|ref_src|mkt_tok|oly_enc_id|oly_anon_id|vero_id|__twitter_impression|s_cid|ito|at_medium|at_campaign)$/i,
];

/**
 * Canonical form of an article URL: absolute http(s), no fragment, no tracking parameters.
 * Returns null for anything that is not an http(s) URL.
 */
export function canonicalizeUrl(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  // forEach, not [...searchParams.keys()]: in a Firefox content script URL is the page's, seen through an Xray
  // wrapper, and the iterators its keys() returns are not iterable (Array.from would quietly give []).
  const tracking: string[] = [];
  url.searchParams.forEach((_value, key) => {
    if (TRACKING_PARAMETERS.some((pattern) => pattern.test(key))) tracking.push(key);
  });
  for (const key of tracking) url.searchParams.delete(key);
  url.search = url.searchParams.toString() ? `?${url.searchParams.toString()}` : '';
  return url.toString();
}
