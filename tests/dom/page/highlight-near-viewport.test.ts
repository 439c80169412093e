// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../lib/entities/types';
import { indexBlocks } from '../../../lib/highlight/text-index';
import { highlightNearViewport } from '../../../lib/page/highlight-near-viewport';

/** An IntersectionObserver stand-in: the first `near` targets are near the viewport at first; `bringNear` moves one there. */
function fakeWindow(near: number) {
  const observers: { callback: IntersectionObserverCallback; targets: Element[] }[] = [];
  class FakeObserver {
    targets: Element[] = [];
    constructor(private readonly callback: IntersectionObserverCallback) {
      observers.push(this as unknown as { callback: IntersectionObserverCallback; targets: Element[] });
      // Like the browser: one first report for every target observed now, after the current task.
      setTimeout(() => this.callback(this.targets.map((target, i) => ({ target, isIntersecting: i < near }) as IntersectionObserverEntry), this as never), 0);
    }
    observe(target: Element) {
      this.targets.push(target);
    }
    unobserve(target: Element) {
      this.targets = this.targets.filter((t) => t !== target);
    }
    disconnect() {
      this.targets = [];
    }
  }
  const bringNear = (target: Element) => {
    for (const o of observers) if (o.targets.includes(target)) o.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], o as never);
  };
  return { win: { IntersectionObserver: FakeObserver } as unknown as Window, bringNear };
}

function article(paragraphs: number) {
  document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>Japan and Korea, part ${i}.</p>`).join('');
  const blocks = [...document.querySelectorAll('p')];
  const index = indexBlocks(blocks);
  const mentions: Mention[] = [];
  for (const match of index.text.matchAll(/Japan|Korea/g)) {
    mentions.push({ start: match.index, end: match.index + match[0].length, entityId: match[0] === 'Japan' ? 'country:jp' : 'country:kr', kind: 'country', surface: match[0] });
  }
  return { blocks, index, mentions };
}
const marksIn = (block: Element) => block.querySelectorAll('[data-diplomark-entity]').length;
const immediate = async () => {};

describe('highlighting a long article near the viewport first', () => {
  it('highlights a short article whole at once', async () => {
    const { blocks, index, mentions } = article(20);
    const { win } = fakeWindow(2);
    expect(await highlightNearViewport(index, mentions, blocks, { win, yieldToPage: immediate })).toBeNull();
    expect(document.querySelectorAll('[data-diplomark-entity]').length).toBe(40);
  });

  it('draws what is near the reader first and the rest as it comes near, with the page text unchanged', async () => {
    const { blocks, index, mentions } = article(400);
    const text = document.body.textContent;
    const { win, bringNear } = fakeWindow(10);
    const deferred = await highlightNearViewport(index, mentions, blocks, { win, yieldToPage: immediate, deferAbove: 600 });
    expect(deferred).not.toBeNull();
    expect(blocks.slice(0, 10).every((b) => marksIn(b) === 2)).toBe(true);
    expect(marksIn(blocks[200]!)).toBe(0);
    expect(deferred!.pending).toBe(390);
    bringNear(blocks[200]!);
    await expect.poll(() => marksIn(blocks[200]!)).toBe(2);
    expect(blocks[200]!.querySelector('[data-diplomark-entity="country:jp"]')?.textContent).toBe('Japan');
    deferred!.stop();
    bringNear(blocks[300]!);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(marksIn(blocks[300]!)).toBe(0);
    expect(document.body.textContent).toBe(text);
  });

  it('does not wait for a page that never renders (a background tab), and later draws what comes near', async () => {
    const { blocks, index, mentions } = article(400);
    const observers: { callback: IntersectionObserverCallback }[] = [];
    class SilentObserver {
      constructor(readonly callback: IntersectionObserverCallback) {
        observers.push(this);
      }
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    const win = { IntersectionObserver: SilentObserver } as unknown as Window;
    const handle = await highlightNearViewport(index, mentions, blocks, { win, yieldToPage: immediate });
    expect(handle?.pending, 'every block still waits to be drawn').toBe(400);
    observers[0]!.callback([{ target: blocks[7]!, isIntersecting: true } as unknown as IntersectionObserverEntry], observers[0] as never);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(marksIn(blocks[7]!)).toBe(2);
    handle?.stop();
  });
});
