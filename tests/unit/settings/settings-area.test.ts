import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cachedSettings, followStoredSettingsAfter, readSettings, watchStoredSettings, type SettingsStorage } from '../../../lib/settings/settings-area';
import { saveSettings } from '../../../lib/settings/storage';

// The browser's own storage API, as the article code and the background find it (fakeBrowser stands in).
const area = fakeBrowser.storage as unknown as SettingsStorage;

describe('settings read from the browser’s own storage API', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the options page saved, and the defaults when nothing is saved', async () => {
    expect(await readSettings(area)).toEqual({ paused: false, disabledSites: [], saveFromPrivateWindows: false });
    await saveSettings({ paused: false, disabledSites: ['news.example'], saveFromPrivateWindows: false });
    expect((await readSettings(area)).disabledSites).toEqual(['news.example']);
  });

  it('follows changes until told to stop, and only changes of the settings', async () => {
    const seen: boolean[] = [];
    const stop = watchStoredSettings(area, (settings) => seen.push(settings.paused));
    await saveSettings({ paused: true, disabledSites: [], saveFromPrivateWindows: false });
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    stop();
    await saveSettings({ paused: false, disabledSites: [], saveFromPrivateWindows: false });
    expect(seen).toEqual([true]);
  });

  it('keeps the settings in memory, read once and changed with every change', async () => {
    await saveSettings({ paused: true, disabledSites: [], saveFromPrivateWindows: false });
    let reads = 0;
    const counted: SettingsStorage = { ...area, local: { get: (key) => (reads++, area.local.get(key)) } };
    const settings = cachedSettings(counted);
    expect((await settings()).paused).toBe(true);
    expect((await settings()).paused).toBe(true);
    await saveSettings({ paused: false, disabledSites: ['news.example'], saveFromPrivateWindows: false });
    expect(await settings()).toEqual({ paused: false, disabledSites: ['news.example'], saveFromPrivateWindows: false });
    expect(reads).toBe(1);
  });

  it('follows the settings only once it is ready: storage untouched before, read then, changes after', async () => {
    let touched = 0;
    const storage = () => (touched++, area);
    let ready!: () => void;
    const seen: boolean[] = [];
    followStoredSettingsAfter(new Promise<void>((resolve) => (ready = resolve)), storage, (settings) => seen.push(settings.paused));
    await saveSettings({ paused: true, disabledSites: [], saveFromPrivateWindows: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(touched, 'storage touched before ready').toBe(0);
    expect(seen).toEqual([]);
    ready();
    // The change made while waiting is read once ready.
    await expect.poll(() => seen).toEqual([true]);
    await saveSettings({ paused: false, disabledSites: [], saveFromPrivateWindows: false });
    expect(seen).toEqual([true, false]);
  });

  it('follows the settings after a failed wait too, and never once stopped', async () => {
    const seen: boolean[] = [];
    followStoredSettingsAfter(Promise.reject(new Error('no answer')), () => area, (settings) => seen.push(settings.paused));
    await expect.poll(() => seen).toEqual([false]);

    let touched = 0;
    let ready!: () => void;
    const stopped: boolean[] = [];
    const stop = followStoredSettingsAfter(new Promise<void>((resolve) => (ready = resolve)), () => (touched++, area), (settings) => stopped.push(settings.paused));
    stop();
    ready();
    await saveSettings({ paused: true, disabledSites: [], saveFromPrivateWindows: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(touched).toBe(0);
    expect(stopped).toEqual([]);

    // Stopped after it began: no further change reaches it.
    const later: boolean[] = [];
    const stopLater = followStoredSettingsAfter(Promise.resolve(), () => area, (settings) => later.push(settings.paused));
    await expect.poll(() => later).toEqual([true]);
    stopLater();
    await saveSettings({ paused: false, disabledSites: [], saveFromPrivateWindows: false });
    expect(later).toEqual([true]);
  });
});
