import { parseSettings, type Settings } from './settings';

/**
 * The reader's settings read straight from the browser's own `storage` API (`chrome.storage` in
 * Chromium, `browser.storage` in Firefox; both answer with promises in Manifest V3), for code that
 * carries neither webextension-polyfill nor WXT's storage helpers: the article code in pages, and the
 * background's check before it loads that code. The key is the one lib/settings/storage.ts writes
 * (WXT's `local:settings` is `settings` in `storage.local`).
 */
export interface SettingsStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

const SETTINGS_KEY = 'settings';

// The API object is called `area` here, never `storage`: WXT's import scan takes a free-looking `storage`
// for its own storage helper and would bundle that (with its polyfill) into the page code.

/** The stored settings (defaults when none are stored or they are malformed). */
export async function readSettings(area: SettingsStorage): Promise<Settings> {
  return parseSettings((await area.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Calls `onChange` with the settings whenever they change anywhere; returns the function that stops it. */
export function watchStoredSettings(area: SettingsStorage, onChange: (settings: Settings) => void): () => void {
  const listener: StorageChangeListener = (changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  area.onChanged.addListener(listener);
  return () => area.onChanged.removeListener(listener);
}

/**
 * The settings kept in memory and up to date with every change, read from storage once: for the
 * background, which checks them before each page's article code is loaded (no storage read on that path).
 */
export function cachedSettings(area: SettingsStorage): () => Promise<Settings> {
  let current: Promise<Settings> | null = null;
  watchStoredSettings(area, (settings) => {
    current = Promise.resolve(settings);
  });
  return () =>
    (current ??= readSettings(area).catch((error: unknown) => {
      // A failed read is tried again next time.
      current = null;
      throw error;
    }));
}

/**
 * Follows the stored settings from when `ready` settles (resolved or rejected): reads them once then, so a
 * change made meanwhile is seen, and calls `onChange` on every change after. `area` is asked for only then:
 * in a page, the first touch of the browser's `storage` object sets its API up (milliseconds), which the
 * article code pays after its first highlights rather than before. Returns the function that stops it,
 * before or after it began (nothing is touched or called after that).
 */
export function followStoredSettingsAfter(ready: Promise<unknown>, area: () => SettingsStorage, onChange: (settings: Settings) => void): () => void {
  let stopped = false;
  let unwatch: (() => void) | null = null;
  const follow = (settings: Settings) => {
    if (!stopped) onChange(settings);
  };
  void ready
    .catch(() => undefined)
    .then(async () => {
      if (stopped) return;
      const storage = area();
      unwatch = watchStoredSettings(storage, follow);
      follow(await readSettings(storage));
    })
    .catch(() => undefined); // storage gone (the extension was updated or turned off): nothing to follow
  return () => {
    stopped = true;
    unwatch?.();
  };
}
