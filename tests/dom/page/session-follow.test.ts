// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recogniseWith } from '../../../lib/recognition/analyse-text';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { PageSession } from '../../../lib/page/session';
import { inPageRenderers } from '../../../components/in-page-renderers';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
  { id: 'place:canberra', kind: 'place', name: 'Canberra' },
] satisfies Entity[]);

const SENTENCE = 'Diplomats from Japan and South Korea met for bilateral talks on trade, security and sanctions, and their foreign ministers agreed to meet again.';

let session: PageSession | null = null;
afterEach(() => {
  session?.stop();
  session = null;
});

async function open(settleMs = 20): Promise<PageSession> {
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
  document.body.innerHTML = `<header><span id="clock">00:00</span></header><main><article><h1>Japan and South Korea talks</h1>${Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE} Part ${i + 1}.</p>`).join('')}<div id="more"></div></article></main><aside id="ad">Advert</aside>`;
  session = new PageSession({ doc: document, recogniseText: recogniseWith(() => gazetteer), saveDraft: async () => ({ ok: true, id: 'x', created: true }), css: '', renderers: inPageRenderers, settleMs });
  session.start();
  await session.idle();
  return session;
}

const analyses = () => performance.getEntriesByName('diplomark:analyse').length;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PageSession following the page', () => {
  it('analyses again when a paragraph arrives in the article, and highlights it', async () => {
    const s = await open();
    const before = analyses();
    const p = document.createElement('p');
    p.textContent = 'In Canberra, officials welcomed the agreement between Japan and South Korea and promised closer cooperation.';
    document.getElementById('more')!.appendChild(p);
    await wait(1_200); // at most one look a second
    await s.idle();
    expect(analyses()).toBe(before + 1);
    expect(p.querySelector('[data-diplomark-entity="place:canberra"]')?.textContent).toBe('Canberra');
  });

  it('does not analyse again for a ticking clock or a rotating advert', async () => {
    await open();
    const before = analyses();
    for (let tick = 0; tick < 15; tick++) {
      document.getElementById('clock')!.textContent = `00:${String(tick).padStart(2, '0')}`;
      document.getElementById('ad')!.replaceChildren(document.createTextNode(`Advert number ${tick} — Japan Rail passes, now 10% off for readers in South Korea.`));
      await wait(100);
    }
    await wait(500);
    expect(analyses()).toBe(before);
    expect(document.querySelectorAll('#ad [data-diplomark-entity]')).toHaveLength(0);
  });

  it('a page that never goes quiet is still analysed after a pushState: a maximum wait, not only a quiet period', async () => {
    const s = await open(400);
    const clock = document.getElementById('clock')!;
    let tick = 0;
    const ticking = setInterval(() => (clock.textContent = `00:${String(++tick % 60).padStart(2, '0')}`), 100);
    try {
      history.pushState(null, '', '/world/second-story');
      document.querySelector('article')!.innerHTML = `<h1>Canberra talks</h1>${Array.from({ length: 6 }, (_, i) => `<p>In Canberra, Japan and South Korea agreed on trade rules for the region, officials said after the talks ended. Part ${i + 1}.</p>`).join('')}`;
      s.onLocationChange();
      expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false);
      await wait(2_600);
      await s.idle();
      expect(document.documentElement.getAttribute('data-diplomark'), 'verdict for the new story').toBe('diplomatic');
      expect(document.querySelectorAll('[data-diplomark-entity="place:canberra"]').length, 'the new story highlighted').toBeGreaterThan(0);
    } finally {
      clearInterval(ticking);
    }
  });

  it('a #fragment navigation (an in-page anchor) keeps the highlights and the verdict', async () => {
    const s = await open();
    const marks = document.querySelectorAll('[data-diplomark-entity]').length;
    expect(marks).toBeGreaterThan(0);
    const before = analyses();
    history.pushState(null, '', `${location.pathname}#part-2`);
    s.onLocationChange();
    expect(document.querySelectorAll('[data-diplomark-entity]').length).toBe(marks);
    await wait(1_200);
    await s.idle();
    expect(document.querySelectorAll('[data-diplomark-entity]').length).toBe(marks);
    expect(document.documentElement.getAttribute('data-diplomark')).toBe('diplomatic');
    expect(analyses()).toBe(before);
  });
});

describe('PageSession when the background does not answer', () => {
  it('says so in the console instead of failing silently, and the next change of the page tries again', async () => {
    const warnings: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((message: string) => void warnings.push(message));
    let calls = 0;
    const recognise = recogniseWith(() => gazetteer);
    try {
      document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
      document.body.innerHTML = `<main><article><h1>Japan and South Korea talks</h1>${Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE} Part ${i + 1}.</p>`).join('')}<div id="more"></div></article></main>`;
      session = new PageSession({
        doc: document,
        recogniseText: async (text, publishedAt) => {
          if (++calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
          return recognise(text, publishedAt);
        },
        saveDraft: async () => ({ ok: true, id: 'x', created: true }),
        css: '',
        renderers: inPageRenderers,
        settleMs: 20,
      });
      session.start();
      await wait(50);
      await session.idle();
      expect(warnings).toEqual(['Diplomark could not analyse this page (Could not establish connection. Receiving end does not exist.); it will try again when the page changes.']);
      expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false);

      const p = document.createElement('p');
      p.textContent = 'Officials in both capitals said the talks would continue next month.';
      document.getElementById('more')!.appendChild(p);
      await wait(1_200);
      await session.idle();
      expect(calls).toBe(2);
      expect(document.documentElement.getAttribute('data-diplomark')).toBe('diplomatic');
      expect(document.querySelectorAll('[data-diplomark-entity="country:jp"]').length).toBeGreaterThan(0);
    } finally {
      warn.mockRestore();
    }
  });
});
