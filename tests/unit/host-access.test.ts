import { describe, expect, it, vi } from 'vitest';
import { checkHostAccess, sitePattern } from '../../lib/host-access';

describe('sitePattern', () => {
  it('is the narrowest pattern for a web page’s site', () => {
    expect(sitePattern('https://www.news.example/world/story?id=3#top')).toBe('https://www.news.example/*');
    expect(sitePattern('http://127.0.0.1:8080/a')).toBe('http://127.0.0.1/*');
  });

  it('is null for pages Diplomark never reads', () => {
    expect(sitePattern('about:addons')).toBeNull();
    expect(sitePattern('moz-extension://5d1c4f2e/popup.html')).toBeNull();
    expect(sitePattern('not a url')).toBeNull();
  });
});

describe('checkHostAccess', () => {
  it('reports access the reader has withdrawn, with the origin to ask for again', async () => {
    const contains = vi.fn(async () => false);
    await expect(checkHostAccess('https://www.news.example/story', { contains })).resolves.toEqual({
      state: 'missing',
      site: 'www.news.example',
      origins: ['https://www.news.example/*'],
    });
    expect(contains).toHaveBeenCalledWith({ origins: ['https://www.news.example/*'] });
  });

  it('reports granted access', async () => {
    await expect(checkHostAccess('https://www.news.example/story', { contains: async () => true })).resolves.toEqual({
      state: 'granted',
      site: 'www.news.example',
    });
  });

  it('does not ask about browser pages or a hidden address', async () => {
    const contains = vi.fn(async () => false);
    await expect(checkHostAccess('about:newtab', { contains })).resolves.toEqual({ state: 'not-applicable' });
    await expect(checkHostAccess(undefined, { contains })).resolves.toEqual({ state: 'not-applicable' });
    expect(contains).not.toHaveBeenCalled();
  });
});
