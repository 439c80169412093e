// The in-page UI in real Firefox, driven by real input: a hover card when the pointer rests on a highlight,
// keyboard navigation through the highlights, the keyboard shortcuts Firefox registered, pausing from the
// options page, and a single-page app's next view on a page the gate turned away.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve.mjs';
import { clickInUi, hover, KEY, locateInPage, locateInUi, pressChord, uiText } from './harness/bidi';
import { FirefoxDiplomark } from './harness/firefox';
import { ownPage, pageUrl, siteNames, startPageServer } from './harness/pages';

describe('Firefox: hover cards, keyboard, registered shortcuts', () => {
  let firefox: FirefoxDiplomark;
  let server: RunningServer;

  beforeAll(async () => {
    server = await startPageServer();
    firefox = await FirefoxDiplomark.launch({ siteNames: siteNames() });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function openSummit(): Promise<Page> {
    const { page, errors } = await firefox.openPage(pageUrl(server, ownPage('diplomatic-shuttle-summit')));
    const verdict = await page
      .waitForFunction(() => document.documentElement.getAttribute('data-diplomark'), { timeout: 20_000, polling: 100 })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    expect(verdict, `verdict (page errors: ${errors.join(' | ') || 'none'})`).toBe('diplomatic');
    return page;
  }

  const cardCount = async (page: Page) => (await locateInUi(page, '.card')).length;

  it('shows the card of the highlight under the pointer, with every party’s name for a dispute', async () => {
    const page = await openSummit();
    await hover(page, await locateInPage(page, 'article [data-diplomark-entity="dispute:takeshima-dokdo"]'));
    await expect.poll(() => cardCount(page), { timeout: 5_000 }).toBe(1);
    const card = (await uiText(page, '.card')) ?? '';
    expect(card).toContain('Takeshima');
    expect(card).toContain('Dokdo');
    await page.close();
  });

  it('reaches highlights by keyboard: Next highlight focuses one and opens its card, arrows move on, Escape closes', async () => {
    const page = await openSummit();
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.localName === 'diplomark-mark' ? `${el.getAttribute('data-diplomark-entity')}: ${el.textContent}` : null;
      });
    await clickInUi(page, '[data-action="next-highlight"]');
    await expect.poll(focused, { timeout: 5_000 }).not.toBeNull();
    const first = await focused();
    await expect.poll(() => cardCount(page), { timeout: 5_000 }).toBe(1);
    await pressChord(page, [KEY.arrowRight]);
    await expect.poll(focused, { timeout: 5_000 }).not.toBe(first);
    expect(await focused()).not.toBeNull();
    await pressChord(page, [KEY.escape]);
    await expect.poll(() => cardCount(page), { timeout: 5_000 }).toBe(0);
    await page.close();
  });

  // Input synthesized over WebDriver BiDi reaches the page, not Firefox's own shortcut handling, so this checks
  // that Firefox registered the shortcuts as declared; what they run is the toolbar's save and highlight.
  it('registers the keyboard shortcuts (Alt+Shift+S save, Alt+Shift+H highlight the selection)', async () => {
    const extensionPage = await firefox.openExtensionPage('options.html');
    const commands = await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).browser;
      return (await api.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut }));
    });
    expect(commands).toEqual(
      expect.arrayContaining([
        { name: 'save-article', shortcut: 'Alt+Shift+S' },
        { name: 'highlight-selection', shortcut: 'Alt+Shift+H' },
      ]),
    );
    await extensionPage.close();
  });

  it('pausing Diplomark on the options page takes the highlights away from an open page, and resuming brings them back', async () => {
    const page = await openSummit();
    const highlights = () => page.evaluate(() => document.querySelectorAll('[data-diplomark-entity]').length);
    await expect.poll(highlights, { timeout: 10_000 }).toBeGreaterThan(0);
    const options = await firefox.openExtensionPage('options.html', 'input[type="checkbox"]');
    await options.click('input[type="checkbox"]');
    await expect.poll(highlights, { timeout: 10_000, message: 'highlights while paused' }).toBe(0);
    await options.click('input[type="checkbox"]');
    await expect.poll(highlights, { timeout: 10_000, message: 'highlights after resuming' }).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });

  it('looks again at a page it turned away when a single-page app shows a story under a new URL', async () => {
    const { page, errors } = await firefox.openPage(pageUrl(server, ownPage('topic-japan-korea')));
    const verdict = () => page.evaluate(() => document.documentElement.getAttribute('data-diplomark'));
    await expect.poll(verdict, { timeout: 20_000, message: `verdict of the topic page (page errors: ${errors.join(' | ') || 'none'})` }).toBe('none');
    const story = await (await fetch(`${server.url}${ownPage('diplomatic-shuttle-summit').urlPath}`)).text();
    // As a single-page app does: a new URL first (pushState, no load), the story's view a moment later.
    await page.evaluate((html) => {
      history.pushState({}, '', '/own/story/shuttle-diplomacy');
      setTimeout(() => {
        const view = new DOMParser().parseFromString(html, 'text/html');
        document.title = view.title;
        document.body.replaceWith(document.adoptNode(view.body));
      }, 400);
    }, story);
    await expect.poll(verdict, { timeout: 20_000, message: 'verdict of the new view' }).toBe('diplomatic');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-diplomark-entity]').length), { timeout: 10_000 }).toBeGreaterThan(3);
    await page.close();
  });
});
