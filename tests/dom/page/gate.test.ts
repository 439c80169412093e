// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mayBeArticle } from '../../../lib/article/gate';
import type { ArticleCode } from '../../../lib/article/gate-handoff';
import { startGate, type GateApis } from '../../../lib/article/gate-runtime';
import { eventually } from '../../support/eventually';

const PROSE = 'Diplomats from Japan and South Korea met for bilateral talks on trade, security and sanctions, and their foreign ministers agreed to meet again within the year in Seoul.';

function fakeApis(settings: unknown = undefined) {
  let messageListener: Parameters<GateApis['runtime']['onMessage']['addListener']>[0] | null = null;
  let storageListener: Parameters<GateApis['storage']['onChanged']['addListener']>[0] | null = null;
  const sent: unknown[] = [];
  let loaded: ArticleCode | undefined;
  const article: ArticleCode = { answer: vi.fn(async () => ({ ok: true, verdict: 'article' })) };
  const apis: GateApis = {
    runtime: {
      id: 'ext-id',
      sendMessage: async (message) => {
        sent.push(message);
        loaded = article; // the background ran the article code in this frame
        return { ok: true, loaded: true };
      },
      onMessage: { addListener: (l) => (messageListener = l), removeListener: () => (messageListener = null) },
    },
    storage: {
      local: { get: async () => ({ settings }) },
      onChanged: { addListener: (l) => (storageListener = l), removeListener: () => (storageListener = null) },
    },
  };
  const ask = (message: unknown, sender = { id: 'ext-id' }) =>
    new Promise<unknown>((resolve) => {
      const async = messageListener!(message, sender, resolve);
      if (!async) resolve('not answered');
    });
  return { apis, sent, article, articleCode: () => loaded, ask, changeSettings: (value: unknown) => storageListener!({ settings: { newValue: value } }, 'local') };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
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
  it('turns a page that is no article away without loading anything', async () => {
    document.body.innerHTML = '<p>Short teaser.</p>';
    const fake = fakeApis();
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    await eventually(() => expect(document.documentElement.getAttribute('data-diplomark')).toBe('none'));
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

  it('does nothing while Diplomark is paused, and starts when it is resumed', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    const fake = fakeApis({ paused: true, disabledSites: [] });
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    expect(await fake.ask({ type: 'popup→content:analyse-now' })).toMatchObject({ ok: false, error: expect.stringMatching(/paused/) });
    expect(fake.sent).toEqual([]);
    fake.changeSettings({ paused: false, disabledSites: [] });
    await eventually(() => expect(fake.sent).toHaveLength(1));
  });

  it('loads the article code when the reader asks on a page that is no article, then lets it answer', async () => {
    document.body.innerHTML = '<p>Short teaser.</p>';
    const fake = fakeApis();
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    await eventually(() => expect(document.documentElement.getAttribute('data-diplomark')).toBe('none'));
    const message = { type: 'popup→content:analyse-now' };
    expect(await fake.ask(message)).toEqual({ ok: true, verdict: 'article' });
    expect(fake.sent).toEqual([{ type: 'content→background:load-article-code' }]);
    expect(fake.article.answer).toHaveBeenCalledWith(message, { id: 'ext-id' });
  });

  it('leaves messages from other extensions and of unknown types unanswered', async () => {
    const fake = fakeApis();
    stop = startGate({ doc: document, apis: fake.apis, articleCode: fake.articleCode });
    expect(await fake.ask({ type: 'popup→content:analyse-now' }, { id: 'someone-else' })).toBe('not answered');
    expect(await fake.ask({ type: 'content→background:save-clipping' })).toBe('not answered');
    expect(fake.sent).toEqual([]);
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
