// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayBeArticle } from '../../../lib/article/gate';
import type { ArticleCode } from '../../../lib/article/gate-handoff';
import { startGate, type GateApis } from '../../../lib/article/gate-runtime';
import { eventually } from '../../support/eventually';

const PROSE = 'Diplomats from Japan and South Korea met for bilateral talks on trade, security and sanctions, and their foreign ministers agreed to meet again within the year in Seoul.';

/**
 * The browser's extension APIs as the gate sees them, with a background that loads the article code
 * unless the reader paused Diplomark (it answers `loaded: false` then, as the real one does).
 */
function fakeApis(initialSettings: { paused: boolean } = { paused: false }) {
  let settings = initialSettings;
  let storageListener: Parameters<GateApis['storage']['onChanged']['addListener']>[0] | null = null;
  const sent: unknown[] = [];
  const used: string[] = [];
  let loaded: ArticleCode | undefined;
  const article: ArticleCode = { answer: vi.fn(async () => ({ ok: true, verdict: 'article' })) };
  const api: GateApis = {
    runtime: {
      id: 'ext-id',
      sendMessage: async (message) => {
        sent.push(message);
        if (settings.paused) return { ok: true, loaded: false };
        loaded = article; // the background ran the article code in this frame
        return { ok: true, loaded: true };
      },
    },
    storage: {
      onChanged: { addListener: (l) => (storageListener = l), removeListener: () => (storageListener = null) },
    },
  };
  // Records which of the extension's APIs the gate touches (each costs the page time and memory).
  const apis = () =>
    new Proxy(api, {
      get: (target, key: keyof GateApis) => {
        used.push(String(key));
        return target[key];
      },
    });
  return {
    apis,
    sent,
    used,
    article,
    articleCode: () => loaded,
    followsSettings: () => storageListener !== null,
    changeSettings: (value: { paused: boolean }) => {
      settings = value;
      storageListener?.({ settings: { newValue: value } }, 'local');
    },
  };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
  history.replaceState(null, '', '/');
  document.documentElement.removeAttribute('data-diplomark');
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('mayBeArticle', () => {
  it('says yes to a page that declares an article, or holds enough prose', () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    expect(mayBeArticle(document)).toBe(true);
    document.head.innerHTML = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>';
    expect(mayBeArticle(document)).toBe(true);
    document.head.innerHTML = '';
    document.body.innerHTML = Array.from({ length: 5 }, () => `<p>${PROSE}</p>`).join('');
    expect(mayBeArticle(document)).toBe(true);
  });

  it('says yes to a story laid out in a table cell, its paragraphs broken by <br>', () => {
    const story = Array.from({ length: 8 }, () => PROSE).join('<br><br>');
    document.body.innerHTML = `<table><tr><td><a href="/">Home</a></td><td><b>Who threatens whom?</b><br>By A. Writer<br><br>${story}</td></tr></table>`;
    expect(mayBeArticle(document)).toBe(true);
  });

  it('says yes to a short news brief: a few sentence paragraphs one after another', () => {
    const brief = [
      'Police have charged a man from another city with manslaughter after a woman was run over in the capital early this morning.',
      'Police say the man from the southern suburbs was driving a car that struck his girlfriend late on New Year’s Eve.',
      'Witnesses told them the couple had an argument just before.',
      'She suffered serious injuries and died later in hospital.',
      'The 22-year-old man will appear in the magistrates court later today.',
    ];
    document.body.innerHTML = `<h1>Man charged</h1><div>${brief.map((t) => `<p>${t}</p>`).join('')}</div>`;
    expect(mayBeArticle(document)).toBe(true);
  });

  it('says no to a table of menus and link cells, however much text the page holds', () => {
    const cell = (i: number) => `<td><a href="/s/${i}">Japan and South Korea</a> | <a href="/t/${i}">Trade</a> | <a href="/u/${i}">Security and sanctions</a></td>`;
    document.body.innerHTML = `<table>${Array.from({ length: 40 }, (_, i) => `<tr>${cell(i)}${cell(i + 100)}</tr>`).join('')}</table>`;
    expect(mayBeArticle(document)).toBe(false);
  });

  it('says no to a list of teasers whose paragraphs are links, or not sentences', () => {
    document.body.innerHTML = `<div>${Array.from({ length: 30 }, (_, i) => `<p><a href="/s/${i}">Japan and South Korea hold talks on trade and security, part ${i}.</a></p>`).join('')}</div>`;
    expect(mayBeArticle(document)).toBe(false);
    document.body.innerHTML = `<div>${Array.from({ length: 30 }, (_, i) => `<p>Japan and South Korea: talks on trade and security, part ${i}</p>`).join('')}</div>`;
    expect(mayBeArticle(document)).toBe(false);
  });

  it('says no to a section front of headlines and teasers', () => {
    document.body.innerHTML = Array.from({ length: 30 }, (_, i) => `<h3><a href="/s/${i}">Japan and South Korea talks, part ${i}</a></h3><p>Short teaser ${i}.</p>`).join('');
    expect(mayBeArticle(document)).toBe(false);
  });
});

describe('the per-page gate', () => {
  it('turns a page that is no article away at once, touching no extension API: no settings read, no listener, nothing loaded', async () => {
    document.body.innerHTML = '<p>Short teaser.</p>';
    const fake = fakeApis();
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    expect(document.documentElement.getAttribute('data-diplomark')).toBe('none');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.used).toEqual([]);
    expect(fake.sent).toEqual([]);
  });

  it('asks the background for the article code on a possible article', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = `<article><p>${PROSE}</p></article>`;
    const fake = fakeApis();
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    await eventually(() => expect(fake.sent).toEqual([{ type: 'content→background:load-article-code' }]));
    expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false); // the article code sets the verdict
  });

  it('loads nothing while Diplomark is paused, and starts when it is resumed', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    const fake = fakeApis({ paused: true });
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    await eventually(() => expect(fake.followsSettings()).toBe(true));
    expect(fake.articleCode()).toBeUndefined();
    fake.changeSettings({ paused: false });
    await eventually(() => expect(fake.articleCode()).toBe(fake.article));
    await eventually(() => expect(fake.followsSettings()).toBe(false)); // the article code follows the settings from here on
  });

  describe("a single-page app's next view", () => {
    const story = `<article><h1>Talks</h1>${Array.from({ length: 5 }, () => `<p>${PROSE}</p>`).join('')}</article>`;
    const sectionFront = '<ul><li><a href="/story/talks">Talks in Seoul</a></li></ul>';

    it('is looked at again where the browser has no Navigation API: the URL is read now and then', async () => {
      document.body.innerHTML = sectionFront;
      const fake = fakeApis();
      stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode, win: window, urlCheckMs: 20, lookAgainAfterMs: [0] });
      expect(document.documentElement.getAttribute('data-diplomark')).toBe('none');
      history.pushState(null, '', '/story/talks');
      document.body.innerHTML = story;
      await eventually(() => expect(fake.sent).toEqual([{ type: 'content→background:load-article-code' }]));
      expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false);
    });

    it('is looked at on the Navigation API\'s event, with no timer running, even when it renders after the URL changed', async () => {
      document.body.innerHTML = sectionFront;
      const navigation = new EventTarget();
      const win = { addEventListener: window.addEventListener.bind(window), removeEventListener: window.removeEventListener.bind(window), navigation };
      const setIntervalSpy = vi.spyOn(globalThis, 'setInterval');
      const fake = fakeApis();
      stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode, win, lookAgainAfterMs: [0, 60] });
      expect(setIntervalSpy).not.toHaveBeenCalled();
      setIntervalSpy.mockRestore();
      history.pushState(null, '', '/story/talks');
      navigation.dispatchEvent(new Event('currententrychange'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fake.sent).toEqual([]); // the view is not there yet
      document.body.innerHTML = story;
      await eventually(() => expect(fake.sent).toEqual([{ type: 'content→background:load-article-code' }]));
    });

    it('that is no article either leaves the page turned away, and nothing is loaded', async () => {
      document.body.innerHTML = sectionFront;
      const navigation = new EventTarget();
      const win = { addEventListener: window.addEventListener.bind(window), removeEventListener: window.removeEventListener.bind(window), navigation };
      const fake = fakeApis();
      stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode, win, lookAgainAfterMs: [0, 10] });
      history.pushState(null, '', '/world');
      document.body.innerHTML = '<ul><li><a href="/story/other">Other talks</a></li></ul>';
      navigation.dispatchEvent(new Event('currententrychange'));
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(document.documentElement.getAttribute('data-diplomark')).toBe('none');
      expect(fake.sent).toEqual([]);
      expect(fake.used).toEqual([]);
    });

    it('that may be an article, once the extension is gone (updated, turned off), ends the gate and its mark', async () => {
      document.body.innerHTML = sectionFront;
      const navigation = new EventTarget();
      const win = { addEventListener: window.addEventListener.bind(window), removeEventListener: window.removeEventListener.bind(window), navigation };
      stop = startGate({ doc: document, apis: () => undefined, win, lookAgainAfterMs: [0], articleCode: () => undefined });
      expect(document.documentElement.getAttribute('data-diplomark')).toBe('none');
      history.pushState(null, '', '/story/talks');
      document.body.innerHTML = story;
      navigation.dispatchEvent(new Event('currententrychange'));
      await eventually(() => expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false));
      // Stopped: the next view is not looked at any more.
      history.pushState(null, '', '/world');
      document.body.innerHTML = sectionFront;
      navigation.dispatchEvent(new Event('currententrychange'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false);
    });

    it('is no longer followed once the gate stops', async () => {
      document.body.innerHTML = sectionFront;
      const navigation = new EventTarget();
      const win = { addEventListener: window.addEventListener.bind(window), removeEventListener: window.removeEventListener.bind(window), navigation };
      const fake = fakeApis();
      startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode, win, lookAgainAfterMs: [0] })();
      expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false);
      history.pushState(null, '', '/story/talks');
      document.body.innerHTML = story;
      navigation.dispatchEvent(new Event('currententrychange'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(fake.sent).toEqual([]);
    });
  });

  it('tells the page nothing: no window message, no event', async () => {
    const seen: string[] = [];
    const onMessage = (event: MessageEvent) => seen.push(JSON.stringify(event.data));
    window.addEventListener('message', onMessage);
    document.head.innerHTML = '<meta property="og:type" content="article">';
    const fake = fakeApis();
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    await eventually(() => expect(fake.sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    window.removeEventListener('message', onMessage);
    expect(seen).toEqual([]);
  });
});
