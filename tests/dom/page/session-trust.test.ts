// @vitest-environment happy-dom
// What a page script can do to Diplomark's UI: nothing. Events happy-dom dispatches are untrusted, as every
// event a page script dispatches is, so these tests use the session's default filter.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import type { ContentToBackgroundMessage } from '../../../lib/messaging/contract';
import { PageSession } from '../../../lib/page/session';
import { inPageRenderers } from '../../../components/in-page-renderers';
import { recogniseWith } from '../../../lib/recognition/analyse-text';
import { uiRoot } from './closed-roots';

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

async function open() {
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
  document.body.innerHTML = `<article><h1>Japan and South Korea talks</h1>${Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE} Part ${i + 1}.</p>`).join('')}</article>`;
  const saveDraft = vi.fn(async () => ({ ok: true as const, id: 'x', created: true }));
  const countSavedClippings = vi.fn(async () => 3);
  const send = vi.fn(async (_message: ContentToBackgroundMessage) => ({ ok: true as const, clipping: null }));
  session = new PageSession({ doc: document, recogniseText: recogniseWith(() => gazetteer), saveDraft, countSavedClippings, css: '', renderers: inPageRenderers, settleMs: 10_000, readerHighlights: { send, css: '' } });
  session.start();
  await session.idle();
  return { saveDraft, countSavedClippings, send };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the in-page UI is out of the page’s reach', () => {
  it('lives in a closed shadow root: the page sees no shadowRoot', async () => {
    await open();
    const host = document.querySelector('diplomark-ui');
    expect(host).not.toBeNull();
    expect(host!.shadowRoot).toBeNull();
    expect(uiRoot().querySelector('[data-action="save"]'), 'the save button is there, inside').not.toBeNull();
  });

  it('ignores clicks a page script dispatches on its buttons: nothing is saved or toggled', async () => {
    const { saveDraft } = await open();
    const root = uiRoot();
    root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-action="save"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    root.querySelector<HTMLButtonElement>('[data-action="toggle-highlights"]')!.click();
    root.querySelector<HTMLButtonElement>('[data-action="next-highlight"]')!.click();
    await flush();
    expect(saveDraft).not.toHaveBeenCalled();
    expect(document.documentElement.hasAttribute('data-diplomark-hidden')).toBe(false);
    expect(document.activeElement?.localName).not.toBe('diplomark-mark');
  });

  it('synthetic hover, focus and keys on a highlight, or on a fake one, reveal nothing and move nothing', async () => {
    const { countSavedClippings } = await open();
    const mark = document.querySelector<HTMLElement>('[data-diplomark-entity="country:jp"]')!;
    const fake = document.createElement('diplomark-mark');
    fake.setAttribute('data-diplomark-entity', 'place:seoul');
    fake.setAttribute('data-diplomark-kind', 'place');
    fake.textContent = 'Seoul';
    document.querySelector('p')!.append(fake);
    for (const target of [mark, fake]) {
      target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
    }
    await flush();
    expect(uiRoot().querySelector('.card'), 'no card drawn').toBeNull();
    expect(countSavedClippings, 'no saved count asked of the background').not.toHaveBeenCalled();
    expect(document.activeElement?.localName).not.toBe('diplomark-mark');
  });

  it('highlights carry only the contract attributes', async () => {
    await open();
    const names = new Set([...document.querySelectorAll('diplomark-mark')].flatMap((mark) => mark.getAttributeNames()));
    expect([...names].sort()).toEqual(['data-diplomark-entity', 'data-diplomark-kind']);
  });
});
