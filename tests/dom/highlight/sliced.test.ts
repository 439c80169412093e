// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import type { Entity } from '../../../lib/entities/types';
import { highlightMentions, highlightMentionsInSlices, removeHighlights, removeHighlightsInSlices } from '../../../lib/highlight/highlight';
import { indexBlocks } from '../../../lib/highlight/text-index';
import { isAbort } from '../../../lib/time-slices';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
] satisfies Entity[]);

function article(paragraphs: number): HTMLElement[] {
  document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>Japan and South <i>Korea</i> met (${i}). Japan agreed.</p>`).join('');
  return [...document.querySelectorAll('p')];
}

/** A clock that advances 1 ms per reading, so every few mentions spend the slice budget. */
function tickingClock() {
  let t = 0;
  return () => (t += 1);
}

describe('highlightMentionsInSlices', () => {
  it('wraps exactly what highlightMentions wraps, over several slices', async () => {
    const blocks = article(60);
    const index = indexBlocks(blocks);
    const mentions = recognise(index.text, gazetteer);
    const expected = (() => {
      highlightMentions(index, mentions);
      const html = document.body.innerHTML;
      removeHighlights(document.body);
      return html;
    })();
    const fresh = indexBlocks(article(60));
    let yields = 0;
    let firstSlice: { top: number; bottom: number } | null = null;
    const created = await highlightMentionsInSlices(fresh, mentions, {
      budgetMs: 5,
      now: tickingClock(),
      yieldToPage: async () => void yields++,
      applySlice: (change) => {
        change();
        const ps = document.querySelectorAll('p');
        firstSlice ??= { top: ps[0]!.querySelectorAll('diplomark-mark').length, bottom: ps[59]!.querySelectorAll('diplomark-mark').length };
      },
    });
    expect(document.body.innerHTML).toBe(expected);
    expect(firstSlice, 'the first slice highlights the top of the article, not the bottom').toEqual({ top: 4, bottom: 0 });
    expect(created).toHaveLength(60 * 4);
    expect(created, 'created in document order').toEqual([...document.querySelectorAll('diplomark-mark')]);
    expect(yields).toBeGreaterThan(10);
  });

  it('hides each slice of changes through applySlice, and stops at a slice boundary once aborted', async () => {
    const blocks = article(40);
    const index = indexBlocks(blocks);
    const mentions = recognise(index.text, gazetteer);
    const controller = new AbortController();
    let slices = 0;
    const run = highlightMentionsInSlices(index, mentions, {
      budgetMs: 5,
      now: tickingClock(),
      signal: controller.signal,
      yieldToPage: async () => {},
      applySlice: (change) => {
        slices++;
        change();
        if (slices === 3) controller.abort();
      },
    });
    await expect(run.then(() => false, (error: unknown) => isAbort(error, controller.signal))).resolves.toBe(true);
    expect(slices).toBe(3);
    const wrapped = document.querySelectorAll('[data-diplomark-entity]').length;
    expect(wrapped).toBeGreaterThan(0);
    expect(wrapped).toBeLessThan(40 * 4);
    removeHighlights(document.body);
    expect(document.body.innerHTML).toBe(article(40).map((p) => p.outerHTML).join(''));
  });

  it('removeHighlightsInSlices restores the served markup and text nodes exactly, over several slices', async () => {
    const served = article(50).map((p) => p.outerHTML).join('');
    const textNodes = () => [...document.querySelectorAll('p')].reduce((n, p) => n + p.childNodes.length + (p.querySelector('i')?.childNodes.length ?? 0), 0);
    const nodesBefore = textNodes();
    const index = indexBlocks([...document.querySelectorAll('p')]);
    highlightMentions(index, recognise(index.text, gazetteer));
    expect(document.querySelectorAll('[data-diplomark-entity]').length).toBe(50 * 4);
    let slices = 0;
    await removeHighlightsInSlices(document.body, {
      budgetMs: 5,
      now: tickingClock(),
      yieldToPage: async () => {},
      applySlice: (change) => {
        slices++;
        change();
      },
    });
    expect(slices).toBeGreaterThan(5);
    expect(document.body.innerHTML).toBe(served);
    expect(textNodes(), 'split text nodes merged back').toBe(nodesBefore);
  });
});
