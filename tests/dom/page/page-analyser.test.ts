// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { PageAnalyser, VERDICT_ATTRIBUTE } from '../../../lib/page/page-analyser';
import { recogniseWith } from '../../../lib/recognition/analyse-text';
import { yieldToRender } from '../../../lib/time-slices';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
] satisfies Entity[]);

const sentence = 'Diplomats from Japan and South Korea met for bilateral talks on trade, security and sanctions, and their foreign ministers agreed to meet again.';

// Every highlight at once: without an IntersectionObserver nothing waits for the viewport.
const observer = window.IntersectionObserver;
beforeAll(() => {
  (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
});
afterAll(() => {
  window.IntersectionObserver = observer;
});

describe('PageAnalyser', () => {
  it('draws the highlights and sets the verdict, then lets the page render before onAnalysed draws the UI', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
    document.body.innerHTML = `<article><h1>Japan and South Korea talks</h1>${Array.from({ length: 8 }, (_, i) => `<p>${sentence} Paragraph ${i + 1}.</p>`).join('')}</article>`;
    let rendered!: () => void;
    const afterHighlights = vi.fn(() => new Promise<void>((resolve) => (rendered = resolve)));
    const onAnalysed = vi.fn();
    const analyser = new PageAnalyser({
      doc: document,
      recogniseText: recogniseWith(() => gazetteer),
      yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
      pageChanges: { withoutObserving: (change) => change(), schedule: () => {} },
      onStart: () => {},
      onAnalysed,
      afterHighlights,
    });
    const done = analyser.run();
    await vi.waitFor(() => expect(afterHighlights).toHaveBeenCalled());
    expect(document.querySelectorAll('[data-diplomark-entity]').length, 'highlights drawn before the wait').toBeGreaterThan(0);
    expect(document.documentElement.getAttribute(VERDICT_ATTRIBUTE)).toBe('diplomatic');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(onAnalysed, 'the UI waits for the page to render').not.toHaveBeenCalled();
    rendered();
    await done;
    expect(onAnalysed).toHaveBeenCalledTimes(1);
    analyser.stop();
  });
});

describe('yieldToRender', () => {
  it('resumes in the page’s next idle time, waiting at most 100 ms for it', async () => {
    const order: string[] = [];
    let idle!: () => void;
    const asked: (number | undefined)[] = [];
    const win = {
      requestIdleCallback: (callback: IdleRequestCallback, options?: IdleRequestOptions) => {
        asked.push(options?.timeout);
        idle = () => callback({ didTimeout: false, timeRemaining: () => 10 });
        return 1;
      },
    };
    const resumed = yieldToRender(win).then(() => order.push('resumed'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(order).toEqual([]);
    order.push('idle');
    idle();
    await resumed;
    expect(order).toEqual(['idle', 'resumed']);
    expect(asked).toEqual([100]);
  });
});
