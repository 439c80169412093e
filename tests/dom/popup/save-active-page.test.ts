import { describe, expect, it, vi } from 'vitest';
import { highlightActivePage, saveActivePage } from '../../../entrypoints/popup/save-active-page';

type Tabs = Parameters<typeof saveActivePage>[0];

function fakeTabs(tab: { id?: number; url?: string } | undefined, answer: () => Promise<unknown>) {
  const tabs = {
    query: vi.fn(async () => (tab ? [tab] : [])),
    sendMessage: vi.fn(answer),
  };
  return tabs as typeof tabs & Tabs;
}

describe('saveActivePage', () => {
  it('asks the active tab of the current window to save and reports the title', async () => {
    const tabs = fakeTabs({ id: 7, url: 'https://news.example/a' }, async () => ({
      ok: true,
      verdict: 'diplomatic',
      title: 'Talks resume',
    }));
    expect(await saveActivePage(tabs)).toEqual({ ok: true, text: 'Saved “Talks resume”.' });
    expect(tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'popup→content:save-article' });
  });

  it('explains a page without the content script (e.g. chrome://)', async () => {
    const tabs = fakeTabs({ id: 3 }, () =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    const outcome = await saveActivePage(tabs);
    expect(outcome.ok).toBe(false);
    expect(outcome.text).toMatch(/not running on this page/);
  });

  it('does not message pages that are not http(s)', async () => {
    const tabs = fakeTabs({ id: 3, url: 'chrome://extensions/' }, async () => undefined);
    const outcome = await saveActivePage(tabs);
    expect(outcome).toMatchObject({ ok: false });
    expect(outcome.text).toMatch(/works on web pages/);
    expect(tabs.sendMessage).not.toHaveBeenCalled();
  });

  it('passes on the content script’s refusal and handles silence', async () => {
    expect(await saveActivePage(fakeTabs({ id: 1 }, async () => ({ ok: false, error: 'No article found.' })))).toEqual({
      ok: false,
      text: 'Not saved: No article found.',
    });
    expect((await saveActivePage(fakeTabs({ id: 1 }, async () => undefined))).text).toMatch(/did not answer/);
    expect((await saveActivePage(fakeTabs(undefined, async () => undefined))).text).toMatch(/no open tab/);
  });
});

describe('a page where nothing answers yet (the gate turned it away)', () => {
  /** A page that answers only once the article code is loaded into it. */
  function turnedAway(answer: unknown) {
    let loaded = false;
    const tabs = fakeTabs({ id: 4, url: 'https://news.example/asia' }, async () => {
      if (!loaded) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer;
    });
    const loading = {
      isActiveOn: vi.fn(async () => true),
      load: vi.fn(async () => {
        loaded = true;
      }),
    };
    return { tabs, loading };
  }

  it('loads the article code into the tab, then asks it to highlight the page', async () => {
    const { tabs, loading } = turnedAway({ ok: true, verdict: 'none' });
    expect(await highlightActivePage(tabs, loading)).toEqual({ ok: true, text: 'Highlighted what Diplomark recognises on this page.' });
    expect(loading.isActiveOn).toHaveBeenCalledWith('https://news.example/asia');
    expect(loading.load).toHaveBeenCalledWith(4);
    expect(tabs.sendMessage).toHaveBeenCalledTimes(2);
  });

  it('loads nothing while Diplomark is paused or the site is turned off, and says so', async () => {
    const { tabs, loading } = turnedAway({ ok: true, verdict: 'none' });
    loading.isActiveOn.mockResolvedValue(false);
    expect(await saveActivePage(tabs, loading)).toEqual({ ok: false, text: 'Not saved: Diplomark is paused or turned off on this site.' });
    expect(loading.load).not.toHaveBeenCalled();
  });

  it('explains a page it cannot load into', async () => {
    const { tabs, loading } = turnedAway({ ok: true });
    loading.load.mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect((await saveActivePage(tabs, loading)).text).toMatch(/not running on this page/);
  });
});

describe('highlightActivePage', () => {
  it('asks the active tab to analyse the page even if it is not an article', async () => {
    const tabs = fakeTabs({ id: 4, url: 'https://news.example/asia' }, async () => ({ ok: true, verdict: 'none' }));
    expect(await highlightActivePage(tabs)).toEqual({ ok: true, text: 'Highlighted what Diplomark recognises on this page.' });
    expect(tabs.sendMessage).toHaveBeenCalledWith(4, { type: 'popup→content:analyse-now' });
  });

  it('passes on a refusal (Diplomark paused on this site)', async () => {
    const tabs = fakeTabs({ id: 4 }, async () => ({ ok: false, error: 'Diplomark is paused or turned off on this site.' }));
    expect(await highlightActivePage(tabs)).toEqual({ ok: false, text: 'Diplomark is paused or turned off on this site.' });
  });
});
