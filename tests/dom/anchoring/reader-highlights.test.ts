// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../lib/anchoring/selectors';
import { buildClippingDraft, type PageAnalysis } from '../../../lib/article/analyse';
import { analysePage } from '../../../lib/article/analyse-page';
import { getGazetteer } from '../../../lib/entities';
import { highlightMentions } from '../../../lib/highlight/highlight';
import type { PageClipping, ReaderHighlightRequest, ReaderHighlightResponse } from '../../../lib/messaging/contract';
import { inPageRenderers } from '../../../components/in-page-renderers';
import { ReaderHighlights } from '../../../lib/page/reader-highlights';
import type { ReaderHighlight } from '../../../lib/store/types';
import { ownPageFixture } from '../../support/page-fixtures';

const PAGE = ownPageFixture('diplomatic-shuttle-summit').sourcePath;

function setUp() {
  document.documentElement.innerHTML = new DOMParser().parseFromString(readFileSync(PAGE, 'utf8'), 'text/html').documentElement.innerHTML;
  const gazetteer = getGazetteer();
  const analysis = analysePage(document, gazetteer, { url: 'https://news.example/story' });
  if (!analysis.article || !analysis.index) throw new Error('the fixture is an article');
  highlightMentions(analysis.index, analysis.mentions);
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  const draft = buildClippingDraft(analysis)!;
  return { analysis, draft, shadow };
}

function highlightOf(text: string, passage: string, id: string, note = ''): ReaderHighlight {
  const at = text.indexOf(passage);
  if (at === -1) throw new Error(`not in the article: ${passage}`);
  return { id, selectors: describeRange(text, at, at + passage.length)!, note, createdAt: '', updatedAt: '' };
}

function start(analysis: PageAnalysis, shadow: ShadowRoot, answer: (m: ReaderHighlightRequest) => ReaderHighlightResponse, acceptEvent?: (event: Event) => boolean) {
  const send = vi.fn(async (message: ReaderHighlightRequest) => answer(message));
  const readerHighlights = new ReaderHighlights(document, { send, css: '' }, { pageChanges: { withoutObserving: (change) => change() }, ui: highlightListUi(shadow), acceptEvent });
  return { readerHighlights, send };
}

/** Draws the list of the reader's highlights into `shadow`, as the page session's UI does into its own root. */
function highlightListUi(shadow: ShadowRoot) {
  const mount = document.createElement('div');
  shadow.append(mount);
  return { renderReaderHighlights: (props: Parameters<typeof inPageRenderers.readerHighlights>[0]) => inPageRenderers.readerHighlights(props, mount) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ReaderHighlights in a page', () => {
  it('a click on a reader highlight opens its note only when it is the reader’s, not a page script’s', async () => {
    for (const [who, acceptEvent] of [['page script', undefined], ['reader', () => true]] as const) {
      const { analysis, draft, shadow } = setUp();
      const passage = draft.text.split('\n\n')[1]!.slice(0, 40).trim();
      const clipping: PageClipping = { id: 'c1', canonicalUrl: draft.canonicalUrl, text: draft.text, highlights: [highlightOf(draft.text, passage, 'h1', 'private note')] };
      const { readerHighlights } = start(analysis, shadow, () => ({ ok: true, clipping }), acceptEvent);
      readerHighlights.refresh(analysis);
      await readerHighlights.idle();
      // happy-dom's click() is untrusted, as a page script's is.
      document.querySelector<HTMLElement>('diplomark-note')!.click();
      await settle();
      expect(shadow.querySelector('textarea[name="note"]') !== null, `note editor after a ${who}'s click`).toBe(who === 'reader');
      readerHighlights.stop();
    }
  });

  it('draws no reader-highlights layer on a page without the reader’s highlights, and one once there are some', async () => {
    const { analysis, draft } = setUp();
    const drawn: unknown[] = [];
    const ui = { renderReaderHighlights: (props: unknown) => drawn.push(props) };
    let clipping: PageClipping | null = null;
    const send = vi.fn(async (): Promise<ReaderHighlightResponse> => ({ ok: true, clipping }));
    const readerHighlights = new ReaderHighlights(document, { send, css: '' }, { pageChanges: { withoutObserving: (change) => change() }, ui });
    readerHighlights.refresh(analysis);
    await readerHighlights.idle();
    expect(drawn.filter(Boolean)).toEqual([]);
    clipping = { id: 'c1', canonicalUrl: draft.canonicalUrl, text: draft.text, highlights: [highlightOf(draft.text, draft.text.split('\n\n')[1]!.slice(0, 40).trim(), 'h1')] };
    readerHighlights.refresh(analysis);
    await readerHighlights.idle();
    expect(drawn.at(-1)).toMatchObject({ items: [{ id: 'h1', found: true }] });
    readerHighlights.stop();
  });

  it('takes the clipping that came with the recognition instead of asking for it, and asks when none came', async () => {
    const { analysis, draft } = setUp();
    const clipping: PageClipping = { id: 'c1', canonicalUrl: draft.canonicalUrl, text: draft.text, highlights: [highlightOf(draft.text, draft.text.split('\n\n')[1]!.slice(0, 40).trim(), 'h1')] };
    const drawn: unknown[] = [];
    const send = vi.fn(async (): Promise<ReaderHighlightResponse> => ({ ok: true, clipping: null }));
    const withoutObserving = vi.fn((change: () => void) => change());
    const readerHighlights = new ReaderHighlights(document, { send, css: '' }, { pageChanges: { withoutObserving }, ui: { renderReaderHighlights: (props: unknown) => drawn.push(props) } });
    readerHighlights.refresh({ ...analysis, clipping });
    await readerHighlights.idle();
    expect(send).not.toHaveBeenCalled();
    expect(drawn.at(-1)).toMatchObject({ items: [{ id: 'h1', found: true }] });
    expect(document.querySelectorAll('diplomark-note').length).toBeGreaterThan(0);

    // None saved, said along with the recognition: nothing asked, nothing shown.
    readerHighlights.refresh({ ...analysis, clipping: null });
    await readerHighlights.idle();
    expect(send).not.toHaveBeenCalled();
    expect(document.querySelectorAll('diplomark-note').length).toBe(0);

    // Nothing to show and nothing shown: the page is left alone, its selection unread (reading it lays the page out).
    const getSelection = vi.spyOn(document, 'getSelection');
    withoutObserving.mockClear();
    readerHighlights.refresh({ ...analysis, clipping: null });
    await readerHighlights.idle();
    expect(getSelection).not.toHaveBeenCalled();
    expect(withoutObserving, 'page changes made').not.toHaveBeenCalled();
    getSelection.mockRestore();

    // Nothing came along: the page asks.
    readerHighlights.refresh(analysis);
    await readerHighlights.idle();
    expect(send).toHaveBeenCalledWith({ type: 'content→background:get-clipping-for-page', canonicalUrl: draft.canonicalUrl });
    readerHighlights.stop();
  });

  it('shows saved highlights in the article with their own tag and lists the ones not found', async () => {
    const { analysis, draft, shadow } = setUp();
    const paragraph = draft.text.split('\n\n')[1]!;
    const passage = paragraph.slice(0, 40).trim();
    const clipping: PageClipping = {
      id: 'c1',
      canonicalUrl: draft.canonicalUrl,
      text: draft.text,
      highlights: [
        highlightOf(draft.text, passage, 'found', 'a note'),
        { ...highlightOf(draft.text, passage, 'gone'), selectors: [{ type: 'TextQuoteSelector', exact: 'a sentence the site removed', prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start: 5, end: 32 }] },
      ],
    };
    const { readerHighlights } = start(analysis, shadow, () => ({ ok: true, clipping }));
    readerHighlights.refresh(analysis);
    await readerHighlights.idle();

    const marks = [...document.querySelectorAll('diplomark-note')];
    expect(marks.map((m) => m.textContent).join('')).toBe(passage);
    expect(marks.every((m) => m.getAttribute('data-diplomark-note') === 'found' && !m.hasAttribute('data-diplomark-entity'))).toBe(true);
    expect(marks.at(-1)!.hasAttribute('data-diplomark-note-marker')).toBe(true);
    const missing = shadow.querySelector('[data-section="unanchored"] [data-highlight-id="gone"]');
    expect(missing?.textContent).toContain('a sentence the site removed');
    expect(missing?.textContent).toContain('before');

    readerHighlights.stop();
    expect(document.querySelectorAll('diplomark-note')).toHaveLength(0);
    expect(document.querySelectorAll('[data-diplomark-entity]').length, 'entity highlights untouched').toBeGreaterThan(0);
  });

  it('turns the selection into a highlight whose selectors point into the clipping text, not the live text with its headline', async () => {
    const { analysis, draft, shadow } = setUp();
    const target = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').length > 80)!;
    const range = document.createRange();
    range.selectNodeContents(target);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const { readerHighlights, send } = start(analysis, shadow, (message) =>
      message.type === 'content→background:add-reader-highlight'
        ? { ok: true, clipping: { id: 'c1', canonicalUrl: draft.canonicalUrl, text: draft.text, highlights: [{ id: 'h1', selectors: message.selectors, note: '', createdAt: '', updatedAt: '' }] }, highlightId: 'h1', created: true }
        : { ok: true, clipping: null },
    );
    readerHighlights.refresh(analysis);
    await readerHighlights.idle();
    const result = await readerHighlights.highlightSelection();
    expect(result).toEqual({ ok: true, id: 'h1' });
    const request = send.mock.calls.map(([m]) => m).find((m) => m.type === 'content→background:add-reader-highlight');
    if (request?.type !== 'content→background:add-reader-highlight') return expect.fail('no add-reader-highlight request');
    expect(request.id, 'a fresh random id, so a retried request adds the highlight once').toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [quote, position] = request.selectors;
    expect(quote.exact).toBe((target.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(request.draft.text.slice(position.start, position.end)).toBe(quote.exact);
    expect([...document.querySelectorAll('diplomark-note')].map((m) => m.textContent).join('')).toBe(quote.exact);
    readerHighlights.stop();
  });

  it('refuses a selection outside the article text, with a message', async () => {
    const { analysis, shadow } = setUp();
    const outside = document.createElement('div');
    outside.textContent = 'Sign up for our newsletter';
    document.body.append(outside);
    const range = document.createRange();
    range.selectNodeContents(outside);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const { readerHighlights, send } = start(analysis, shadow, () => ({ ok: true, clipping: null }));
    readerHighlights.refresh(analysis);
    await readerHighlights.idle();
    const result = await readerHighlights.highlightSelection();
    expect(result.ok).toBe(false);
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'content→background:add-reader-highlight' }));
    expect(shadow.querySelector('[role="alert"]')?.textContent).toMatch(/Select some of the article/);
    readerHighlights.stop();
  });
});

describe('ReaderHighlights re-anchoring in slices', () => {
  /** A clipping with a highlight on every sentence of the article: some reworded since (found approximately), one gone. */
  function manyHighlights(draft: ReturnType<typeof setUp>['draft'], prefix = 'h') {
    const sentences = draft.text.split(/(?<=\.)\s+/).filter((sentence) => sentence.length > 30);
    const highlights = sentences.map((sentence, i) => {
      const highlight = highlightOf(draft.text, sentence, `${prefix}${i}`, i % 3 === 0 ? `note ${i}` : '');
      if (i % 4 !== 1) return highlight;
      // The site reworded the passage since it was saved: the stored quote says something slightly different.
      const [quote, position] = highlight.selectors;
      const reworded = quote.exact.replace(/\s(\S+)\s/, ' reportedly $1 ');
      return { ...highlight, selectors: [{ ...quote, exact: reworded }, position] as ReaderHighlight['selectors'] };
    });
    highlights.push({ ...highlightOf(draft.text, sentences[0]!, `${prefix}-gone`), selectors: [{ type: 'TextQuoteSelector', exact: 'a sentence the site removed since', prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start: 5, end: 38 }] });
    const clipping: PageClipping = { id: 'c1', canonicalUrl: draft.canonicalUrl, text: draft.text, highlights };
    return clipping;
  }

  /** Which reader highlights the page shows: each id with the text of its pieces. */
  function wrapped(): Map<string, string> {
    const shown = new Map<string, string>();
    for (const mark of document.querySelectorAll('diplomark-note')) {
      for (const id of mark.getAttribute('data-diplomark-note')!.split(' ')) shown.set(id, (shown.get(id) ?? '') + mark.textContent);
    }
    return shown;
  }

  /** Shows `clipping` with the given slice budget; counts the times the page was let in. */
  async function showWith(sliceBudgetMs: number, clipping: (draft: ReturnType<typeof setUp>['draft']) => PageClipping) {
    const { analysis, draft, shadow } = setUp();
    let yields = 0;
    const yieldToPage = () => {
      yields++;
      return new Promise<void>((resolve) => setTimeout(resolve, 0));
    };
    const send = async () => ({ ok: true, clipping: clipping(draft) }) as ReaderHighlightResponse;
    const readerHighlights = new ReaderHighlights(document, { send, css: '', yieldToPage, sliceBudgetMs }, { pageChanges: { withoutObserving: (change) => change() }, ui: highlightListUi(shadow) });
    readerHighlights.refresh(analysis);
    await readerHighlights.idle();
    const result = { yields, body: document.body.innerHTML, list: shadow.textContent, wrapped: wrapped(), count: clipping(draft).highlights.length };
    readerHighlights.stop();
    return result;
  }

  it('lets the page run between highlights and shows exactly what anchoring in one task shows', async () => {
    const sliced = await showWith(0, (draft) => manyHighlights(draft));
    const whole = await showWith(1e9, (draft) => manyHighlights(draft));
    expect(whole.yields, 'one slice when the budget allows').toBe(0);
    expect(sliced.yields, 'a slice per highlight with no budget').toBeGreaterThanOrEqual(sliced.count);
    expect(sliced.count).toBeGreaterThan(10);
    expect(sliced.wrapped.size, 'every highlight but the removed one is shown').toBe(sliced.count - 1);
    expect(sliced.body).toBe(whole.body);
    expect(sliced.list).toBe(whole.list);
    expect(sliced.list).toContain('a sentence the site removed since');
  });

  /**
   * Starts showing a clipping whose re-anchoring waits at every slice, then `interrupt`s it; lets
   * everything run (the newest waiting slice first) and returns the ids wrapped each time the page was changed.
   */
  async function interrupted(interrupt: (readerHighlights: ReaderHighlights, analysis: PageAnalysis) => void, afterYields = 1) {
    const { analysis, draft, shadow } = setUp();
    const waiting: (() => void)[] = [];
    const yieldToPage = () => new Promise<void>((resolve) => waiting.push(resolve));
    const clippings = [manyHighlights(draft, 'old'), manyHighlights(draft, 'new')];
    const send = vi.fn(async () => ({ ok: true, clipping: clippings.shift() ?? null }) as ReaderHighlightResponse);
    const changes: string[][] = [];
    const readerHighlights = new ReaderHighlights(document, { send, css: '', yieldToPage, sliceBudgetMs: 0 }, {
      pageChanges: {
        withoutObserving: (change) => {
          change();
          changes.push([...wrapped().keys()]);
        },
      },
      ui: highlightListUi(shadow),
    });
    readerHighlights.refresh(analysis);
    let yields = 0;
    for (;;) {
      await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0), { timeout: 5_000, interval: 1 });
      if (++yields >= afterYields) break;
      waiting.pop()!();
    }
    interrupt(readerHighlights, analysis);
    const idle = readerHighlights.idle();
    let settled = false;
    void idle.then(() => (settled = true));
    while (!settled) {
      waiting.pop()?.();
      await settle();
    }
    return { changes, shadow, readerHighlights, draft };
  }

  it('a refresh superseded by a newer one never wraps its highlights', async () => {
    const { changes, readerHighlights } = await interrupted((readerHighlights, analysis) => readerHighlights.refresh(analysis));
    const wrappedIds = changes.flat();
    expect(wrappedIds.length, 'the newer refresh shows its highlights').toBeGreaterThan(0);
    expect(wrappedIds.filter((id) => id.startsWith('old'))).toEqual([]);
    expect([...wrapped().keys()].every((id) => id.startsWith('new'))).toBe(true);
    readerHighlights.stop();
  });

  it('anchors again when the page changes the article meanwhile, never wrapping at stale offsets', async () => {
    // After the article was indexed (a yield before each block), while its highlights are being anchored.
    const { readerHighlights, draft } = await interrupted((_, analysis) => {
      // A live page rewrites text in place: every offset into its text nodes after this point moves.
      for (const block of analysis.article!.blocks) {
        const text = document.createTreeWalker(block, NodeFilter.SHOW_TEXT).nextNode() as Text;
        text.data = `Updated: ${text.data}`;
      }
    }, 30);
    const shown = wrapped();
    const unchanged = manyHighlights(draft, 'old').highlights.filter((highlight, i) => i % 4 !== 1 && !highlight.id.endsWith('gone'));
    expect(unchanged.length).toBeGreaterThan(5);
    for (const highlight of unchanged) expect(shown.get(highlight.id), highlight.id).toBe(highlight.selectors[0].exact);
    readerHighlights.stop();
  });

  it('stop() or clear() while re-anchoring leaves the page without reader highlights', async () => {
    for (const end of ['stop', 'clear'] as const) {
      const { changes, shadow, readerHighlights } = await interrupted((readerHighlights) => readerHighlights[end]());
      expect(changes.flat(), `${end}: nothing wrapped after it`).toEqual([]);
      expect(document.querySelectorAll('diplomark-note')).toHaveLength(0);
      expect(shadow.querySelector('.reader-notes-toggle'), `${end}: no list drawn`).toBeNull();
      readerHighlights.stop();
    }
  });
});
