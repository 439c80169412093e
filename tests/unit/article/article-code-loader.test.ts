import { describe, expect, it, vi } from 'vitest';
import { askArticleCode, loadArticleCode, PAUSED_ANSWER, type PageRequest, type ScriptingApi } from '../../../lib/article/article-code-loader';

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

/** A tab whose page answers only once the article code is loaded, as a page the gate turned away does. */
function page({ url = 'https://news.example/asia', active = true, loadable = true }: { url?: string; active?: boolean; loadable?: boolean } = {}) {
  let loaded = false;
  const request = {
    send: vi.fn(async () => {
      if (!loaded) throw NO_RECEIVER;
      return { ok: true, verdict: 'none' };
    }),
    url: vi.fn(async () => url),
    isActiveOn: vi.fn(async () => active),
    load: vi.fn(async () => {
      if (!loadable) throw new Error('Cannot access contents of the page.');
      loaded = true;
    }),
  } satisfies PageRequest;
  return { request, markLoaded: () => (loaded = true) };
}

describe('askArticleCode', () => {
  it('asks the article code at once where it runs, loading nothing', async () => {
    const { request, markLoaded } = page();
    markLoaded();
    expect(await askArticleCode(request)).toEqual({ ok: true, verdict: 'none' });
    expect(request.load).not.toHaveBeenCalled();
    expect(request.isActiveOn).not.toHaveBeenCalled();
  });

  it('loads the article code into a page where nothing answers, then asks again', async () => {
    const { request } = page();
    expect(await askArticleCode(request)).toEqual({ ok: true, verdict: 'none' });
    expect(request.isActiveOn).toHaveBeenCalledWith('https://news.example/asia');
    expect(request.load).toHaveBeenCalledTimes(1);
    expect(request.send).toHaveBeenCalledTimes(2);
  });

  it('loads nothing while the reader has paused Diplomark or turned the site off, and says so', async () => {
    const { request } = page({ active: false });
    expect(await askArticleCode(request)).toEqual(PAUSED_ANSWER);
    expect(request.load).not.toHaveBeenCalled();
  });

  it('fails as before on a page it cannot reach: not http(s), its URL hidden, or refused to the extension', async () => {
    for (const url of ['chrome://extensions/', '']) {
      const { request } = page({ url });
      await expect(askArticleCode(request)).rejects.toBe(NO_RECEIVER);
      expect(request.load).not.toHaveBeenCalled();
    }
    await expect(askArticleCode(page({ loadable: false }).request)).rejects.toThrow(/Cannot access/);
  });
});

describe('loadArticleCode', () => {
  it('runs the article code and its highlight styles in the one frame asked for', async () => {
    const scripting = { insertCSS: vi.fn(async () => undefined), executeScript: vi.fn(async () => []) };
    await loadArticleCode(scripting as unknown as ScriptingApi, 7, 3);
    expect(scripting.insertCSS).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/highlights.css'] });
    expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['/article.js'] });
  });
});
