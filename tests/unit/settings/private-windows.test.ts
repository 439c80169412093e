import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/settings/settings';

describe('setting: save from private windows', () => {
  it('is off unless the reader turned it on', () => {
    expect(DEFAULT_SETTINGS.saveFromPrivateWindows).toBe(false);
    expect(parseSettings(null).saveFromPrivateWindows).toBe(false);
    expect(parseSettings({ paused: false, disabledSites: [] }).saveFromPrivateWindows).toBe(false);
  });

  it('is on only for an explicit true, never for a truthy look-alike', () => {
    expect(parseSettings({ saveFromPrivateWindows: true }).saveFromPrivateWindows).toBe(true);
    for (const value of ['true', 1, {}, [true]]) expect(parseSettings({ saveFromPrivateWindows: value }).saveFromPrivateWindows).toBe(false);
  });
});
