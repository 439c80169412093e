import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

/** Settings live in extension storage (`storage.local`), shared by the content scripts and the options page. */
const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

/** Calls `onChange` whenever the settings change anywhere; returns the function that stops watching. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
