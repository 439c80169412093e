import { describe, expect, it, vi } from 'vitest';
import type { PageClipping } from '../../../lib/messaging/contract';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { parseRecognitionRequest } from '../../../lib/messaging/contract';
import { analyseText } from '../../../lib/recognition/analyse-text';
import { CLIPPING_WAIT_MS, createRecognitionHandler, type RecognitionEnvironment } from '../../../lib/recognition/recognition-handler';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan', aliases: [], weakAliases: ['Japanese'] },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
  {
    id: 'person:park-jin',
    kind: 'person',
    name: 'Park Jin',
    roles: [{ title: 'Foreign Minister', country: 'kr', from: '2022-05-12', to: '2024-01-10' }],
  },
] satisfies Entity[]);

const TEXT =
  'Park Jin flew to Japan for bilateral talks. Diplomats from Japan and South Korea discussed sanctions, the summit and a treaty. ' +
  'The Japanese side called the talks constructive; South Korea agreed to meet again.';

describe('analyseText', () => {
  it('answers the mentions, one card per entity at the article date, the entity summary and the verdict', () => {
    const analysis = analyseText(TEXT, gazetteer, { publishedAt: '2023-03-16T20:40:00+09:00' });
    expect(analysis.mentions.map((m) => TEXT.slice(m.start, m.end))).toEqual(expect.arrayContaining(['Park Jin', 'Japan', 'South Korea']));
    expect(analysis.cards.map((c) => c.id).sort()).toEqual(['country:jp', 'country:kr', 'person:park-jin']);
    expect(analysis.cards.find((c) => c.id === 'person:park-jin')?.roleAtDate).toMatch(/Foreign Minister/);
    expect(analysis.entities[0]).toMatchObject({ id: 'country:jp', count: 2 });
    expect(analysis.entities.find((e) => e.id === 'country:kr')?.count).toBe(2);
    expect(analysis.verdict).toBe('diplomatic');
  });

  it('dates cards by the article: a minister is no minister in a story from before the office', () => {
    const before = analyseText(TEXT, gazetteer, { publishedAt: '2019-01-01' });
    expect(before.cards.find((c) => c.id === 'person:park-jin')?.roleAtDate).toBe('');
  });
});

describe('recognition requests', () => {
  it('accepts a text and an ISO date or null, and nothing malformed or oversized', () => {
    expect(parseRecognitionRequest({ type: 'content→background:recognise-text', text: 'Japan', publishedAt: null })).toEqual({
      type: 'content→background:recognise-text',
      text: 'Japan',
      publishedAt: null,
      canonicalUrl: null,
    });
    // A canonical URL only asks for the page's clipping along: one that is no http(s) URL asks for none.
    const withUrl = (canonicalUrl: unknown) => parseRecognitionRequest({ type: 'content→background:recognise-text', text: 'Japan', publishedAt: null, canonicalUrl });
    expect(withUrl('https://news.example/story')).toMatchObject({ canonicalUrl: 'https://news.example/story' });
    for (const odd of ['javascript:alert(1)', 42, 'https://news.example/' + 'x'.repeat(5_000)]) expect(withUrl(odd)).toMatchObject({ text: 'Japan', canonicalUrl: null });
    expect(parseRecognitionRequest({ type: 'content→background:recognise-text', text: 42, publishedAt: null })).toMatch(/text must be/);
    expect(parseRecognitionRequest({ type: 'content→background:recognise-text', text: 'x'.repeat(2_000_001), publishedAt: null })).toMatch(/at most/);
    expect(parseRecognitionRequest({ type: 'content→background:recognise-text', text: 'Japan', publishedAt: 'soon' })).toMatch(/publishedAt/);
    expect(parseRecognitionRequest({ type: 'content→background:load-article-code', extra: '<script>' })).toEqual({ type: 'content→background:load-article-code' });
  });
});

describe('recognition handler', () => {
  const fromTab = { id: 'ext-id', tab: { id: 7 }, frameId: 0, url: 'https://news.example/story' };
  const setup = (active = true) => {
    const loadArticleCode = vi.fn(async () => {});
    const handle = createRecognitionHandler({ extensionId: 'ext-id', gazetteer: async () => gazetteer, isActiveOn: async () => active, loadArticleCode });
    return { handle, loadArticleCode };
  };
  const recogniseRequest = { type: 'content→background:recognise-text', text: TEXT, publishedAt: '2023-03-16' };

  it('recognises a tab content script’s text and answers what the page shows', async () => {
    const answer = await setup().handle(recogniseRequest, fromTab);
    expect(answer).toMatchObject({ ok: true, analysis: { verdict: 'diplomatic' } });
  });

  it('answers nobody but its own content scripts in an http(s) tab', async () => {
    const { handle, loadArticleCode } = setup();
    for (const sender of [
      { ...fromTab, id: 'other-extension' },
      { id: 'ext-id', url: 'https://news.example/story' }, // an extension page, no tab
      { ...fromTab, url: 'file:///etc/passwd' },
    ]) {
      expect(await handle(recogniseRequest, sender)).toMatchObject({ ok: false, error: expect.stringMatching(/^Rejected/) });
      expect(await handle({ type: 'content→background:load-article-code' }, sender)).toMatchObject({ ok: false });
    }
    expect(loadArticleCode).not.toHaveBeenCalled();
  });

  it('loads the article code into the asking frame, unless the reader turned Diplomark off there', async () => {
    const on = setup(true);
    expect(await on.handle({ type: 'content→background:load-article-code' }, { ...fromTab, frameId: 3 })).toEqual({ ok: true, loaded: true });
    expect(on.loadArticleCode).toHaveBeenCalledWith(7, 3);
    const off = setup(false);
    expect(await off.handle({ type: 'content→background:load-article-code' }, fromTab)).toEqual({ ok: true, loaded: false });
    expect(off.loadArticleCode).not.toHaveBeenCalled();
  });

  it('starts opening the knowledge base before the reader’s settings are read (its read is the longer wait)', async () => {
    let settingsRead!: (active: boolean) => void;
    const opened = vi.fn(async () => gazetteer);
    const handle = createRecognitionHandler({
      extensionId: 'ext-id',
      gazetteer: opened,
      isActiveOn: () => new Promise<boolean>((resolve) => (settingsRead = resolve)),
      loadArticleCode: async () => {},
    });
    const answer = handle({ type: 'content→background:load-article-code' }, fromTab);
    await Promise.resolve();
    expect(opened).toHaveBeenCalledTimes(1);
    settingsRead(true);
    expect(await answer).toEqual({ ok: true, loaded: true });
  });

  describe('the page’s clipping, along with the recognition', () => {
    const clipping: PageClipping = { id: 'c1', canonicalUrl: 'https://news.example/story', text: TEXT, highlights: [] };
    const withLookup = (clippingForPage: RecognitionEnvironment['clippingForPage']) =>
      createRecognitionHandler({ extensionId: 'ext-id', gazetteer: async () => gazetteer, isActiveOn: async () => true, loadArticleCode: async () => {}, clippingForPage });
    const request = { ...recogniseRequest, canonicalUrl: 'https://news.example/story' };

    it('answers the clipping (or null: none saved) looked up by the canonical URL with the sender', async () => {
      const lookup = vi.fn(async () => clipping);
      expect(await withLookup(lookup)(request, fromTab)).toMatchObject({ ok: true, analysis: { verdict: 'diplomatic' }, clipping });
      expect(lookup).toHaveBeenCalledWith('https://news.example/story', fromTab);
      expect(await withLookup(async () => null)(request, fromTab)).toMatchObject({ ok: true, clipping: null });
    });

    it('answers without it when the request names no URL, the lookup fails or refuses, or is not done in time', async () => {
      const lookup = vi.fn(async () => clipping);
      expect(await withLookup(lookup)(recogniseRequest, fromTab)).not.toHaveProperty('clipping');
      expect(lookup).not.toHaveBeenCalled();
      for (const failing of [async () => Promise.reject(new Error('database gone')), async () => undefined]) {
        const answer = await withLookup(failing)(request, fromTab);
        expect(answer).toMatchObject({ ok: true, analysis: { verdict: 'diplomatic' } });
        expect(answer).not.toHaveProperty('clipping');
      }
      const started = performance.now();
      const slow = await withLookup(() => new Promise(() => {}))(request, fromTab);
      expect(slow).toMatchObject({ ok: true, analysis: { verdict: 'diplomatic' } });
      expect(slow).not.toHaveProperty('clipping');
      expect(performance.now() - started).toBeLessThan(CLIPPING_WAIT_MS + 500);
    });

    it('never looks up for a sender it refuses', async () => {
      const lookup = vi.fn(async () => clipping);
      expect(await withLookup(lookup)(request, { ...fromTab, id: 'other-extension' })).toMatchObject({ ok: false });
      expect(lookup).not.toHaveBeenCalled();
    });
  });
});
