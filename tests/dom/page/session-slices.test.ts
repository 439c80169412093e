// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recogniseWith } from '../../../lib/recognition/analyse-text';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { PageSession } from '../../../lib/page/session';
import { inPageRenderers } from '../../../components/in-page-renderers';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
  { id: 'country:cn', kind: 'country', name: 'China' },
  { id: 'place:seoul', kind: 'place', name: 'Seoul', country: 'country:kr' },
] satisfies Entity[]);

function story(country: string, paragraphs: number): string {
  const sentence = `Diplomats from Japan and ${country} met in Seoul for bilateral talks on trade, security and sanctions, and their foreign ministers agreed to meet again.`;
  return `<article><h1>Japan and ${country} talks</h1>${Array.from({ length: paragraphs }, (_, i) => `<p>${sentence} Paragraph ${i + 1}.</p>`).join('')}</article>`;
}

function setPage(body: string): void {
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
  document.body.innerHTML = body;
}

/** Lets the page run like a real yield, and counts how often the session yielded. */
function countingYield() {
  const state = { yields: 0, onYield: (_n: number) => {} };
  const yieldToPage = () => {
    state.yields++;
    state.onYield(state.yields);
    return new Promise<void>((resolve) => setTimeout(resolve, 0));
  };
  return { state, yieldToPage };
}

// These tests are about time slices and cancellation, so every highlight is drawn at once: without an
// IntersectionObserver nothing is deferred to when it nears the viewport (highlight-near-viewport.test.ts).
const observer = window.IntersectionObserver;
beforeAll(() => {
  (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
});
afterAll(() => {
  window.IntersectionObserver = observer;
});

let session: PageSession | null = null;
afterEach(() => {
  session?.stop();
  session = null;
});

function startSession(yieldToPage: () => Promise<void>): PageSession {
  session = new PageSession({ doc: document, recogniseText: recogniseWith(() => gazetteer), saveDraft: async () => ({ ok: true, id: 'x', created: true }), css: '', renderers: inPageRenderers, yieldToPage, settleMs: 10_000 });
  session.start();
  return session;
}

const highlighted = () => [...document.querySelectorAll('[data-diplomark-entity]')].map((el) => el.textContent);

describe('PageSession in time slices', () => {
  it('highlights a long article over several tasks and sets the verdict only when all is done', async () => {
    setPage(story('South Korea', 400));
    const { state, yieldToPage } = countingYield();
    let verdictWhileWorking: string | null | undefined;
    state.onYield = (n) => {
      if (n === 3) verdictWhileWorking = document.documentElement.getAttribute('data-diplomark');
    };
    await startSession(yieldToPage).idle();
    expect(state.yields, 'the session let the page run between slices').toBeGreaterThan(3);
    expect(verdictWhileWorking, 'verdict attribute while the analysis was under way').toBeNull();
    expect(document.documentElement.getAttribute('data-diplomark')).toBe('diplomatic');
    // Headline: Japan, South Korea; each paragraph: Japan, South Korea, Seoul.
    expect(highlighted().length).toBe(2 + 400 * 3);
    expect(document.querySelectorAll('diplomark-mark diplomark-mark')).toHaveLength(0);
  });

  it('a URL change mid-analysis cancels it: nothing of the old view stays, the new view is highlighted', async () => {
    setPage(story('South Korea', 300));
    const { state, yieldToPage } = countingYield();
    const s = startSession(yieldToPage);
    // Part-way through, the app swaps the story and pushes a new URL.
    await new Promise<void>((resolve) => {
      state.onYield = (n) => {
        if (n === 6) resolve();
      };
    });
    setPage(story('China', 20));
    s.onLocationChange();
    expect(highlighted(), 'highlights right after the switch').toEqual([]);
    expect(document.documentElement.getAttribute('data-diplomark'), 'verdict right after the switch').toBeNull();
    // The switch schedules a fresh look after the settle time; the reader can also ask at once.
    await s.analyseNow();
    await s.idle();
    const texts = highlighted();
    expect(texts).not.toContain('South Korea');
    expect(texts.filter((t) => t === 'China').length, 'China in every paragraph of the new story').toBeGreaterThanOrEqual(20);
    expect(document.querySelectorAll('diplomark-mark diplomark-mark')).toHaveLength(0);
  });

  it('stop() mid-analysis leaves no highlight and no verdict behind', async () => {
    setPage(story('South Korea', 300));
    const { state, yieldToPage } = countingYield();
    const s = startSession(yieldToPage);
    await new Promise<void>((resolve) => {
      state.onYield = (n) => {
        if (n === 8) resolve();
      };
    });
    s.stop();
    await s.idle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(highlighted()).toEqual([]);
    expect(document.documentElement.getAttribute('data-diplomark')).toBeNull();
    expect(document.querySelector('diplomark-ui')).toBeNull();
  });
});
