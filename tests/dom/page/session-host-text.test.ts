// @vitest-environment happy-dom
// A page that renders with a framework keeps writing to the Text nodes it made. While Diplomark highlights,
// what it writes stands exactly as written, at once (before the next paint), and highlights come back later.
import { afterEach, describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { PageSession } from '../../../lib/page/session';
import { inPageRenderers } from '../../../components/in-page-renderers';
import { recogniseWith } from '../../../lib/recognition/analyse-text';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
  { id: 'place:seoul', kind: 'place', name: 'Seoul', country: 'country:kr' },
] satisfies Entity[]);

let session: PageSession | null = null;
afterEach(() => {
  session?.stop();
  session = null;
});

const PARAGRAPHS = 8;
const sentence = (i: number, who = 'South Korea') => `Diplomats from Japan and ${who} met in Seoul for talks on trade and security, round ${i}. `;

/** Builds the article the way a framework does (one Text node per expression) and keeps those nodes, as the framework does. */
async function open(): Promise<{ held: Text[][]; write: (p: number, n: number, text: string) => void; expected: () => string; s: PageSession }> {
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
  document.body.innerHTML = '<main><article><h1>Japan and South Korea talks</h1></article></main>';
  const article = document.querySelector('article')!;
  const held: Text[][] = [];
  const written: string[][] = [];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const p = document.createElement('p');
    const texts = [sentence(i), 'Japan', ' and Seoul agreed to meet again.'];
    written.push(texts);
    const nodes = texts.map((text) => document.createTextNode(text));
    p.append(...nodes);
    article.append(p);
    held.push(nodes);
  }
  const s = new PageSession({ doc: document, recogniseText: recogniseWith(() => gazetteer), saveDraft: async () => ({ ok: true, id: 'x', created: true }), css: '', renderers: inPageRenderers, settleMs: 50 });
  session = s;
  s.start();
  await s.idle();
  // What the framework rendered, from its own model (a node we split holds only its text before our pieces).
  const expected = () => written.map((texts) => texts.join('')).join('|');
  const write = (p: number, n: number, text: string) => {
    written[p]![n] = text;
    held[p]![n]!.data = text;
  };
  return { held, write, expected, s };
}

const rendered = () => [...document.querySelectorAll('article p')].map((p) => p.textContent).join('|');
const analyses = () => performance.getEntriesByName('diplomark:analyse').length;
const microtasks = () => new Promise<void>((resolve) => queueMicrotask(() => queueMicrotask(resolve)));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a framework writing to its own text nodes while Diplomark highlights', () => {
  it('what the framework writes stands as written before the next paint, and highlights follow the new text', async () => {
    const { held, write, expected, s } = await open();
    expect(document.querySelectorAll('article [data-diplomark-entity]').length).toBeGreaterThan(PARAGRAPHS * 3);
    write(2, 0, sentence(2, 'China'));
    write(5, 1, 'South Korea');
    await microtasks(); // observer callbacks run here, before rendering
    expect(rendered()).toBe(expected());
    await wait(1_200);
    await s.idle();
    expect(rendered()).toBe(expected());
    const third = document.querySelectorAll('article p')[5]!;
    expect([...third.querySelectorAll('[data-diplomark-entity]')].map((m) => m.textContent)).toContain('South Korea');
    expect(held.flat().every((node) => node.isConnected), 'the framework’s nodes are all still in the page').toBe(true);
  });

  it('our own changes never make us look again: no page change, no analysis; one page edit, one analysis', async () => {
    const { write, s } = await open();
    const first = analyses();
    await wait(1_500);
    expect(analyses(), 'after highlighting, with the page quiet').toBe(first);
    write(0, 0, sentence(0, 'Seoul'));
    await wait(2_500);
    await s.idle();
    expect(analyses(), 'one look for one page edit (our repair and re-highlighting do not count)').toBe(first + 1);
  });

  it('keeps the page’s text exact under 10,000 page mutations a second', async () => {
    const { write, expected, s } = await open();
    const started = analyses();
    const startedAt = Date.now();
    for (let batch = 0; batch < 100; batch++) {
      for (let m = 0; m < 100; m++) {
        write((batch + m) % PARAGRAPHS, m % 3, m % 3 === 1 ? (m % 2 ? 'Japan' : 'South Korea') : sentence(batch * 100 + m));
      }
      await microtasks();
      expect(rendered(), `text after batch ${batch}`).toBe(expected());
      await wait(10 - ((Date.now() - startedAt) % 10)); // 100 mutations every 10 ms
    }
    const elapsed = Date.now() - startedAt;
    await wait(2_500);
    await s.idle();
    expect(rendered()).toBe(expected());
    expect(analyses() - started, `analyses while the page changed for ${elapsed} ms, and once after`).toBeLessThanOrEqual(Math.ceil(elapsed / 1000) + 2);
    expect(document.querySelectorAll('article [data-diplomark-entity]').length, 'highlighted again once the page calmed down').toBeGreaterThan(PARAGRAPHS * 2);
  }, 30_000);
});
