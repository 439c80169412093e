// The in-page UI is out of the page's reach, in Chromium with the built extension: a page script finds no
// shadow root to read, and nothing it dispatches (clicks, keys, hover on a highlight or on a fake one) saves,
// changes or reveals anything. The same controls work under real input, through the DevTools protocol.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { ArticlePage } from './harness/article-page';
import { Diplomark } from './harness/diplomark';
import { OWN_FIXTURE_FOLDERS, ownFixture } from './harness/fixtures';

const STORY = ownFixture('diplomatic-shuttle-summit').urlPath;

describe('the in-page UI under a hostile page script', () => {
  let diplomark: Diplomark;
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ fixtures: OWN_FIXTURE_FOLDERS });
    diplomark = await Diplomark.launch();
  });
  afterAll(async () => {
    await diplomark?.close();
    await server?.close();
  });

  async function open(): Promise<ArticlePage> {
    const page = await diplomark.context.newPage();
    // Before any script of ours runs, the page tries to catch every shadow root attached in its world.
    await page.addInitScript(() => {
      const caught: string[] = [];
      (window as unknown as { caughtRoots: string[] }).caughtRoots = caught;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
        caught.push(this.localName);
        return attach.call(this, init);
      };
    });
    await page.goto(`${server.url}${STORY}`, { waitUntil: 'load' });
    const article = new ArticlePage(page);
    expect(await article.waitForVerdict()).toBe('diplomatic');
    await article.waitForHighlightsToSettle();
    await article.ui.waitFor('[data-action="save"]');
    return article;
  }

  const savedHere = async () => (await diplomark.readClippings()).clippings.filter((c) => c.url.includes(STORY)).length;

  it('a page script finds no shadow root to read, and caught none being attached', async () => {
    const article = await open();
    const seen = await article.page.evaluate(() => {
      const host = document.querySelector('diplomark-ui');
      return {
        host: host !== null,
        shadowRoot: host ? String(host.shadowRoot) : 'no host',
        text: host?.textContent ?? '',
        caught: (window as unknown as { caughtRoots: string[] }).caughtRoots,
      };
    });
    expect(seen).toEqual({ host: true, shadowRoot: 'null', text: '', caught: [] });
    expect(await article.ui.count('[data-action="save"]'), 'the save button is there for real input').toBe(1);
    await article.close();
  });

  it('clicks and keys a page script dispatches save nothing and toggle nothing; real input does', async () => {
    const article = await open();
    const before = await savedHere();
    await article.page.evaluate(() => {
      const host = document.querySelector('diplomark-ui') as HTMLElement;
      // Through the shadow root, were it open…
      const save = host.shadowRoot?.querySelector<HTMLElement>('[data-action="save"]');
      save?.click();
      save?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      host.shadowRoot?.querySelector<HTMLElement>('[data-action="toggle-highlights"]')?.click();
      // …and on the host itself.
      host.click();
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      for (const key of ['Enter', ' ', 'S']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: key === 'S', shiftKey: key === 'S', bubbles: true }));
      }
      host.focus();
    });
    await article.page.waitForTimeout(1_000);
    expect(await savedHere(), 'clippings after the page’s synthetic clicks and keys').toBe(before);
    expect(await article.ui.text('[data-action="save"]')).toBe('Save');
    expect(await article.page.evaluate(() => document.documentElement.hasAttribute('data-diplomark-hidden'))).toBe(false);
    await article.save();
    await expect.poll(savedHere, { timeout: 10_000, message: 'a real click on Save saves' }).toBe(before + 1);
    await article.close();
  });

  it('synthetic hover, focus and arrow keys on a highlight, or a fake one, open no card and move nothing', async () => {
    const article = await open();
    const probe = await article.page.evaluate(async () => {
      const real = document.querySelector<HTMLElement>('[data-diplomark-entity]')!;
      const fake = document.createElement('diplomark-mark');
      fake.setAttribute('data-diplomark-entity', 'country:jp');
      fake.setAttribute('data-diplomark-kind', 'country');
      fake.textContent = 'Japan';
      document.querySelector('article p, p')!.append(fake);
      for (const mark of [real, fake]) {
        for (const type of ['mouseover', 'mouseenter', 'pointerover']) mark.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
        mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const host = document.querySelector('diplomark-ui')!;
      return {
        hostText: host.textContent,
        focused: document.activeElement?.localName ?? null,
        markAttributes: [...new Set([...document.querySelectorAll('diplomark-mark')].filter((m) => m !== fake).flatMap((m) => m.getAttributeNames()))].sort(),
      };
    });
    expect(probe).toEqual({ hostText: '', focused: 'body', markAttributes: ['data-diplomark-entity', 'data-diplomark-kind'] });
    expect(await article.ui.count('.card'), 'cards drawn for synthetic hover').toBe(0);
    // Real hover over a real highlight does open its card (so the test above could fail).
    await article.page.locator('article [data-diplomark-entity]').nth(2).hover();
    await expect.poll(() => article.ui.count('.card'), { timeout: 5_000 }).toBe(1);
    await article.close();
  });
});
