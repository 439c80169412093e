// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { recogniseWith } from '../../../lib/recognition/analyse-text';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { PageSession } from '../../../lib/page/session';
import { inPageRenderers } from '../../../components/in-page-renderers';
import { acceptAll, uiRoot } from './closed-roots';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
  { id: 'place:seoul', kind: 'place', name: 'Seoul', country: 'country:kr' },
] satisfies Entity[]);

const SENTENCE = 'Diplomats from Japan and South Korea met in Seoul for bilateral talks on trade, security and sanctions, and their foreign ministers agreed to meet again.';

let session: PageSession | null = null;
afterEach(() => {
  session?.stop();
  session = null;
});

async function open(countSavedClippings?: (id: string) => Promise<number>): Promise<PageSession> {
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
  document.body.innerHTML = `<article><h1>Japan and South Korea talks</h1>${Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE} Part ${i + 1}.</p>`).join('')}</article>`;
  session = new PageSession({
    doc: document,
    recogniseText: recogniseWith(() => gazetteer),
    saveDraft: async () => ({ ok: true, id: 'x', created: true }),
    css: '', renderers: inPageRenderers,
    settleMs: 10_000,
    countSavedClippings,
    acceptEvent: acceptAll,
  });
  session.start();
  await session.idle();
  return session;
}

const ui = () => uiRoot();
const card = () => ui().querySelector('.card');
const press = (target: EventTarget, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('legend toggles', () => {
  it('turns one kind off and on through a root attribute, without touching the highlights', async () => {
    await open();
    const before = document.body.innerHTML;
    const place = ui().querySelector<HTMLButtonElement>('[data-action="toggle-kind"][data-kind="place"]')!;
    expect(place.getAttribute('aria-pressed')).toBe('true');
    place.click();
    expect(document.documentElement.getAttribute('data-diplomark-hidden-kinds')).toBe('place');
    expect(ui().querySelector('[data-kind="place"][data-action="toggle-kind"]')!.getAttribute('aria-pressed')).toBe('false');
    ui().querySelector<HTMLButtonElement>('[data-action="toggle-kind"][data-kind="country"]')!.click();
    expect(document.documentElement.getAttribute('data-diplomark-hidden-kinds')!.split(' ').sort()).toEqual(['country', 'place']);
    expect(document.body.innerHTML, 'highlights are neither removed nor re-wrapped').toBe(before);
    ui().querySelector<HTMLButtonElement>('[data-action="toggle-kind"][data-kind="place"]')!.click();
    ui().querySelector<HTMLButtonElement>('[data-action="toggle-kind"][data-kind="country"]')!.click();
    expect(document.documentElement.hasAttribute('data-diplomark-hidden-kinds')).toBe(false);
  });

  it('stop() removes the attribute', async () => {
    const s = await open();
    ui().querySelector<HTMLButtonElement>('[data-action="toggle-kind"][data-kind="place"]')!.click();
    s.stop();
    expect(document.documentElement.hasAttribute('data-diplomark-hidden-kinds')).toBe(false);
  });
});

describe('keyboard', () => {
  it('Next highlight focuses the first highlight and opens its card; arrows move on; Escape closes the card', async () => {
    await open();
    const marks = [...document.querySelectorAll<HTMLElement>('[data-diplomark-entity]')];
    expect(marks.every((m) => !m.hasAttribute('tabindex')), 'highlights stay out of the tab order').toBe(true);
    ui().querySelector<HTMLButtonElement>('[data-action="next-highlight"]')!.click();
    expect(document.activeElement).toBe(marks[0]);
    expect(marks[0]!.getAttribute('tabindex')).toBe('-1');
    expect(card()?.querySelector('h2')?.textContent).toBe('Japan');
    press(marks[0]!, 'ArrowRight');
    expect(document.activeElement).toBe(marks[1]);
    expect(card()?.querySelector('h2')?.textContent).toBe('South Korea');
    press(marks[1]!, 'ArrowLeft');
    expect(document.activeElement).toBe(marks[0]);
    press(marks[0]!, 'Escape');
    expect(card()).toBeNull();
  });

  it('skips kinds turned off in the legend, and Previous wraps to the last highlight', async () => {
    await open();
    ui().querySelector<HTMLButtonElement>('[data-action="toggle-kind"][data-kind="country"]')!.click();
    ui().querySelector<HTMLButtonElement>('[data-action="next-highlight"]')!.click();
    expect((document.activeElement as Element).getAttribute('data-diplomark-kind')).toBe('place');
    ui().querySelector<HTMLButtonElement>('[data-action="previous-highlight"]')!.click();
    ui().querySelector<HTMLButtonElement>('[data-action="previous-highlight"]')!.click();
    const places = [...document.querySelectorAll('[data-diplomark-kind="place"]')];
    expect(document.activeElement).toBe(places.at(-2));
  });

  it('a focused highlight opens the card', async () => {
    await open();
    const mark = document.querySelector<HTMLElement>('[data-diplomark-kind="place"]')!;
    mark.setAttribute('tabindex', '-1');
    mark.focus();
    expect(card()?.querySelector('h2')?.textContent).toBe('Seoul');
  });
});

describe('card: saved clippings', () => {
  it('asks once per entity and shows "in N saved clippings"', async () => {
    const asked: string[] = [];
    await open(async (id) => {
      asked.push(id);
      return 4;
    });
    ui().querySelector<HTMLButtonElement>('[data-action="next-highlight"]')!.click();
    await flush();
    expect(card()?.querySelector('[data-count="saved"]')?.textContent).toBe('in 4 saved clippings');
    const first = document.querySelector<HTMLElement>('[data-diplomark-entity="country:jp"]')!;
    ui().querySelector<HTMLButtonElement>('[data-action="next-highlight"]')!.click();
    press(document.activeElement!, 'ArrowLeft');
    expect(document.activeElement).toBe(first);
    await flush();
    expect(asked).toEqual(['country:jp', 'country:kr']);
  });

  it('leaves the line out when the background cannot answer', async () => {
    await open(async () => {
      throw new Error('Extension context invalidated.');
    });
    ui().querySelector<HTMLButtonElement>('[data-action="next-highlight"]')!.click();
    await flush();
    expect(card()?.querySelector('[data-count="here"]')).not.toBeNull();
    expect(card()?.querySelector('[data-count="saved"]')).toBeNull();
  });
});

describe('look-alike highlights', () => {
  it('an element the page made to look like a highlight gets no card and is skipped by Next highlight', async () => {
    await open();
    const fake = document.createElement('diplomark-mark');
    fake.setAttribute('data-diplomark-entity', 'place:seoul');
    fake.setAttribute('data-diplomark-kind', 'place');
    fake.setAttribute('tabindex', '-1');
    fake.textContent = 'Seoul';
    document.querySelector('article')!.prepend(fake);
    fake.focus();
    expect(card(), 'card for a focused look-alike').toBeNull();
    ui().querySelector<HTMLButtonElement>('[data-action="next-highlight"]')!.click();
    expect(document.activeElement).not.toBe(fake);
    expect(card()?.querySelector('h2')?.textContent).toBe('Japan');
  });
});
