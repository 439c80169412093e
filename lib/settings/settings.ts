/** The reader's switches for where Diplomark runs. */
export interface Settings {
  /** Diplomark does nothing on any page while paused. */
  paused: boolean;
  /** Host names (e.g. `news.example`) where Diplomark stays off; covers their subdomains. */
  disabledSites: string[];
  /**
   * Whether pages in a private (incognito) window may save clippings. Off by default: a private
   * window promises to leave nothing behind, and the clippings database outlives it.
   */
  saveFromPrivateWindows: boolean;
}

export const DEFAULT_SETTINGS: Settings = { paused: false, disabledSites: [], saveFromPrivateWindows: false };

/** Normalises what a reader types (a URL or a host) into a host name, or null if it is neither. */
export function toSiteHost(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') || host === 'localhost' ? host : null;
  } catch {
    return null;
  }
}

/** Whether Diplomark should analyse pages on `hostname` under `settings`. */
export function isActiveOn(settings: Pick<Settings, 'paused' | 'disabledSites'>, hostname: string): boolean {
  if (settings.paused) return false;
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return !settings.disabledSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Reads stored settings defensively: anything malformed falls back to the defaults. */
export function parseSettings(value: unknown): Settings {
  if (typeof value !== 'object' || value === null) return { ...DEFAULT_SETTINGS };
  const { paused, disabledSites, saveFromPrivateWindows } = value as Record<string, unknown>;
  return {
    paused: paused === true,
    disabledSites: Array.isArray(disabledSites)
      ? [...new Set(disabledSites.filter((s): s is string => typeof s === 'string').map(toSiteHost).filter((s): s is string => s !== null))]
      : [],
    saveFromPrivateWindows: saveFromPrivateWindows === true,
  };
}
