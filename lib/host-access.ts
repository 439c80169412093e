// Whether Diplomark may read the page in the reader's tab. Firefox (MV3) treats content-script matches as
// host permissions the reader can withdraw per site, and Chrome lets them restrict site access; without it
// the content script silently never runs, so the popup checks and offers to ask again.

/** What the popup knows about Diplomark's access to the page in the active tab. */
export type HostAccess =
  | { state: 'granted'; site: string }
  | { state: 'missing'; site: string; origins: string[] }
  /** Not a web page (browser or extension page), or its address is hidden. */
  | { state: 'not-applicable' };

/** The part of `browser.permissions` the check needs. */
export interface PermissionsContains {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** The narrowest match pattern for a page's site (`https://news.example/*`), or null for a non-web address. */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** Checks Diplomark's host access to the page at `url` (the active tab's address, when the popup can see it). */
export async function checkHostAccess(url: string | undefined, permissions: PermissionsContains): Promise<HostAccess> {
  const pattern = url ? sitePattern(url) : null;
  if (!url || !pattern) return { state: 'not-applicable' };
  const site = new URL(url).hostname;
  return (await permissions.contains({ origins: [pattern] })) ? { state: 'granted', site } : { state: 'missing', site, origins: [pattern] };
}
