// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { recogniseWith } from '../../../lib/recognition/analyse-text';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { PageSession } from '../../../lib/page/session';

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

async function open(): Promise<PageSession> {
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
  document.body.innerHTML = `<header><span id="clock">00:00</span></header><main><article><h1>Japan and South Korea talks</h1>${Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE} Part ${i + 1}.</p>`).join('')}<div id="more"></div></article></main><aside id="ad">Advert</aside>`;
  session = new PageSession({ doc: document, recogniseText: recogniseWith(() => gazetteer), saveDraft: async () => ({ ok: true, id: 'x', created: true }), css: '', settleMs: 20 });
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
});
