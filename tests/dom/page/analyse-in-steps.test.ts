// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { LONG_ARTICLE_PARAGRAPHS } from '../../../lib/article/extract';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { analysePageInSteps } from '../../../lib/page/analyse-in-steps';
import { recogniseWith } from '../../../lib/recognition/analyse-text';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
] satisfies Entity[]);
const SENTENCE = 'Diplomats from Japan and South Korea met for bilateral talks on trade, security and sanctions.';

describe('analysing a page in steps, with recognition elsewhere', () => {
  it('sends the article text once with its date and keeps what comes back', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article"><meta property="article:published_time" content="2023-03-16T09:00:00Z"><title>Talks</title>';
    document.body.innerHTML = `<nav>Japan South Korea menu</nav><article><h1>Talks</h1>${Array.from({ length: 8 }, () => `<p>${SENTENCE}</p>`).join('')}</article>`;
    const recognise = vi.fn(recogniseWith(() => gazetteer));
    const analysis = await analysePageInSteps(document, recognise, { yieldToPage: async () => {} });
    expect(recognise).toHaveBeenCalledTimes(1);
    expect(recognise.mock.calls[0]![1]).toBe('2023-03-16T09:00:00Z');
    expect(analysis.index!.text).not.toContain('menu');
    expect(analysis.mentions.length).toBeGreaterThanOrEqual(16);
    expect(analysis.cards.map((c) => c.id).sort()).toEqual(['country:jp', 'country:kr']);
    expect(analysis.entities).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'country:jp' })]));
  });

  it('reads a long <article> from the live page, leaving its furniture out, and yields while it reads', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article"><title>A long read</title>';
    const paragraphs = Array.from({ length: LONG_ARTICLE_PARAGRAPHS + 20 }, (_, i) => `<p>${SENTENCE} Part ${i}.</p>`).join('');
    document.body.innerHTML = `<article><h1>A long read</h1><aside><p>Related: Japan South Korea quiz</p></aside>${paragraphs}<figure><figcaption>Photo credit</figcaption></figure></article>`;
    const clone = vi.spyOn(document, 'cloneNode');
    let yields = 0;
    const analysis = await analysePageInSteps(document, recogniseWith(() => gazetteer), {
      yieldToPage: async () => void yields++,
      budgetMs: 0,
    });
    expect(clone).not.toHaveBeenCalled(); // no copy of the page for Readability
    expect(analysis.article!.blocks).toHaveLength(LONG_ARTICLE_PARAGRAPHS + 20);
    expect(analysis.article!.headline?.textContent).toBe('A long read');
    expect(analysis.index!.text).not.toMatch(/quiz|Photo credit/);
    expect(yields).toBeGreaterThan(LONG_ARTICLE_PARAGRAPHS);
    expect(analysis.verdict).toBe('diplomatic');
  });
});
