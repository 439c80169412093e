// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { describeRange } from '../../../lib/anchoring/selectors';
import { analysePage, buildClippingDraft, type PageAnalysis } from '../../../lib/article/analyse';
import { getGazetteer } from '../../../lib/entities';
import { highlightMentions } from '../../../lib/highlight/highlight';
import type { ContentToBackgroundMessage, ContentToBackgroundResponse, PageClipping } from '../../../lib/messaging/contract';
import { ReaderHighlights } from '../../../lib/page/reader-highlights';
import type { ReaderHighlight } from '../../../lib/store/types';

const PAGE = join(__dirname, '../../fixtures/pages/diplomatic-shuttle-summit.html');

function setUp() {
  document.documentElement.innerHTML = new DOMParser().parseFromString(readFileSync(PAGE, 'utf8'), 'text/html').documentElement.innerHTML;
  const gazetteer = getGazetteer();
  const analysis = analysePage(document, gazetteer, { url: 'https://news.example/story' });
  if (!analysis.article || !analysis.index) throw new Error('the fixture is an article');
  highlightMentions(analysis.index, analysis.mentions);
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  document.documentElement.append(host);
  const draft = buildClippingDraft(analysis, gazetteer)!;
  return { analysis, draft, shadow };
}

function highlightOf(text: string, passage: string, id: string, note = ''): ReaderHighlight {
  const at = text.indexOf(passage);
  if (at === -1) throw new Error(`not in the article: ${passage}`);
  return { id, selectors: describeRange(text, at, at + passage.length)!, note, createdAt: '', updatedAt: '' };
}

function start(analysis: PageAnalysis, shadow: ShadowRoot, answer: (m: ContentToBackgroundMessage) => ContentToBackgroundResponse, draft = () => buildClippingDraft(analysis, getGazetteer())) {
  const send = vi.fn(async (message: ContentToBackgroundMessage) => answer(message));
  const notes = new ReaderHighlights(document, { send, css: '' }, { mutate: (change) => change(), shadowRoot: () => shadow, draft });
  return { notes, send };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ReaderHighlights in a page', () => {
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
    const { notes } = start(analysis, shadow, () => ({ ok: true, clipping }));
    notes.refresh(analysis);
    await settle();

    const marks = [...document.querySelectorAll('diplomark-note')];
    expect(marks.map((m) => m.textContent).join('')).toBe(passage);
    expect(marks.every((m) => m.getAttribute('data-diplomark-note') === 'found' && !m.hasAttribute('data-diplomark-entity'))).toBe(true);
    expect(marks.at(-1)!.hasAttribute('data-diplomark-note-marker')).toBe(true);
    const missing = shadow.querySelector('[data-section="unanchored"] [data-highlight-id="gone"]');
    expect(missing?.textContent).toContain('a sentence the site removed');
    expect(missing?.textContent).toContain('before');

    notes.stop();
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
    const { notes, send } = start(analysis, shadow, (message) =>
      message.type === 'content→background:add-reader-highlight'
        ? { ok: true, clipping: { id: 'c1', canonicalUrl: draft.canonicalUrl, text: draft.text, highlights: [{ id: 'h1', selectors: message.selectors, note: '', createdAt: '', updatedAt: '' }] }, highlightId: 'h1', created: true }
        : { ok: true, clipping: null },
    );
    notes.refresh(analysis);
    await settle();
    const result = await notes.highlightSelection();
    expect(result).toEqual({ ok: true, id: 'h1' });
    const request = send.mock.calls.map(([m]) => m).find((m) => m.type === 'content→background:add-reader-highlight');
    if (request?.type !== 'content→background:add-reader-highlight') return expect.fail('no add-reader-highlight request');
    expect(request.id, 'a fresh random id, so a retried request adds the highlight once').toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const [quote, position] = request.selectors;
    expect(quote.exact).toBe((target.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(request.draft.text.slice(position.start, position.end)).toBe(quote.exact);
    expect([...document.querySelectorAll('diplomark-note')].map((m) => m.textContent).join('')).toBe(quote.exact);
    notes.stop();
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
    const { notes, send } = start(analysis, shadow, () => ({ ok: true, clipping: null }));
    notes.refresh(analysis);
    await settle();
    const result = await notes.highlightSelection();
    expect(result.ok).toBe(false);
    expect(send).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'content→background:add-reader-highlight' }));
    expect(shadow.querySelector('[role="alert"]')?.textContent).toMatch(/Select some of the article/);
    notes.stop();
  });
});
