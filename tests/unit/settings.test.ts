import { describe, expect, it } from 'vitest';
import { isActiveOn, parseSettings, toSiteHost } from '../../lib/settings/settings';

describe('settings', () => {
  it('turns what a reader types into a host name', () => {
    expect(toSiteHost('https://www.News.example/world?x=1')).toBe('news.example');
    expect(toSiteHost('asia-daily.example')).toBe('asia-daily.example');
    expect(toSiteHost('not a site')).toBeNull();
    expect(toSiteHost('')).toBeNull();
  });

  it('is off everywhere while paused and on disabled sites and their subdomains', () => {
    const settings = { paused: false, disabledSites: ['news.example'] };
    expect(isActiveOn(settings, 'news.example')).toBe(false);
    expect(isActiveOn(settings, 'www.news.example')).toBe(false);
    expect(isActiveOn(settings, 'world.news.example')).toBe(false);
    expect(isActiveOn(settings, 'othernews.example')).toBe(true);
    expect(isActiveOn({ paused: true, disabledSites: [] }, 'othernews.example')).toBe(false);
  });

  it('falls back to defaults for malformed stored values', () => {
    expect(parseSettings(null)).toEqual({ paused: false, disabledSites: [], saveFromPrivateWindows: false });
    expect(parseSettings({ paused: 'yes', disabledSites: ['a.example', 3, 'a.example', '%%'] })).toEqual({
      paused: false,
      disabledSites: ['a.example'],
      saveFromPrivateWindows: false,
    });
  });
});
