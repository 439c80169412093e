/** The reader's colour theme for extension pages; 'system' follows prefers-color-scheme. */
export type Theme = 'system' | 'light' | 'dark';

const KEY = 'diplomark-theme';

export function loadTheme(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Theme {
  const saved = storage?.getItem(KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** Sets `data-theme` on the root element (assets/diplomark.css keys its colours on it) and remembers the choice. */
export function applyTheme(
  theme: Theme,
  root: HTMLElement = document.documentElement,
  storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage,
): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  storage?.setItem(KEY, theme);
}
