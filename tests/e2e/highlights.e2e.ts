// Highlights on living pages, in Chromium with the built extension: a page that never stops changing keeps
// Diplomark's work bounded and its highlights single; late paragraphs get highlighted; the legend turns one
// kind off and on; the keyboard reaches highlights and their cards; turning Diplomark off cleans the page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import type { ArticlePage } from './harness/article-page';
import { Diplomark } from './harness/diplomark';
import { OWN_FIXTURE_FOLDERS, ownFixture } from './harness/fixtures';

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const SUMMIT = ownFixture('diplomatic-shuttle-summit').urlPath;
const TOPIC_PAGE = ownFixture('topic-japan-korea').urlPath;

describe('highlights on living pages', () => {
  let diplomark: Diplomark;
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ root: PAGES, fixtures: OWN_FIXTURE_FOLDERS });
    diplomark = await Diplomark.launch();
  });
  afterAll(async () => {
    await diplomark?.close();
    await server?.close();
  });

  async function open(urlPath: string): Promise<ArticlePage> {
    const article = await diplomark.openArticle(`${server.url}${urlPath}`);
    expect(await article.waitForVerdict(), `verdict on ${urlPath}`).toBe('diplomatic');
    await article.waitForHighlightsToSettle();
    return article;
  }

  /** Highlights nested in highlights, and text nodes wrapped twice side by side: neither may ever exist. */
  const duplicates = (article: ArticlePage) =>
    article.page.evaluate(() => ({
      nested: document.querySelectorAll('diplomark-mark diplomark-mark').length,
      adjacentTwins: [...document.querySelectorAll('diplomark-mark')].filter(
        (m) => m.nextSibling instanceof Element && m.nextSibling.localName === 'diplomark-mark' && m.nextSibling.textContent === m.textContent,
      ).length,
    }));

  const analyses = (article: ArticlePage) => article.page.evaluate(() => performance.getEntriesByName('diplomark:analyse').length);

  it('stays bounded on a page that mutates constantly, and never wraps twice', async () => {
    const article = await open('/busy-live-page.html');
    const before = (await article.highlights()).length;
    expect(before).toBeGreaterThan(10);
    await article.page.waitForTimeout(5_000);
    const count = await analyses(article);
    expect(count, 'diplomark:analyse entries on the page timeline (the first analysis must be there)').toBeGreaterThanOrEqual(1);
    expect(count, 'analyses in the first ~5 s of a page with a clock, a rotating ad and a ticker').toBeLessThanOrEqual(3);
    expect(await duplicates(article)).toEqual({ nested: 0, adjacentTwins: 0 });
    const highlights = await article.highlights();
    expect(highlights.length, 'highlights after 5 s of page churn').toBe(before);
    expect(highlights.filter((h) => h.inChrome), 'highlights in the header, ad or sidebar').toEqual([]);
    await article.close();
  });

  it('highlights late paragraphs of the story (infinite-scroll style) once, keeping the rest', async () => {
    const article = await open('/late-content.html');
    const kishida = async () => (await article.highlights()).filter((h) => h.text === 'Kishida').length;
    const kishidaBefore = await kishida();
    expect(kishidaBefore, 'Kishida highlighted before more text arrives').toBeGreaterThan(2);
    expect(await article.waitForSurfaces([['Canberra', 'place']], 1)).not.toEqual([]);
    await article.page.evaluate(() => (window as unknown as { loadMore: () => void }).loadMore());
    expect(await article.waitForSurfaces([['Canberra', 'place'], ['Manila', 'place']], 10_000), 'late paragraphs highlighted').toEqual([]);
    await article.page.evaluate(() => (window as unknown as { loadMore: () => void }).loadMore());
    expect(await article.waitForSurfaces([['European Union', 'organization']], 10_000), 'the next batch highlighted').toEqual([]);
    await article.waitForHighlightsToSettle();
    expect(await duplicates(article)).toEqual({ nested: 0, adjacentTwins: 0 });
    expect(await kishida(), 'early highlights still there, once each').toBe(kishidaBefore);
    expect(await article.verdictNow()).toBe('diplomatic');
    await article.close();
  });

  it('recognises a book-length article, sent to the background in parts, to its last paragraph', async () => {
    const article = await open('/long-read.html');
    const characters = await article.page.evaluate(() => document.getElementById('story')!.textContent!.length);
    expect(characters, 'the story is longer than two parts of its text').toBeGreaterThan(250_000);
    // Far below the viewport, the last paragraph is highlighted once the reader comes near it.
    await article.page.evaluate(() => document.getElementById('last')!.scrollIntoView());
    await article.page.waitForFunction(() => document.querySelectorAll('#last [data-diplomark-entity]').length >= 2, undefined, { timeout: 10_000 });
    const last = await article.page.evaluate(() =>
      [...document.querySelectorAll('#last [data-diplomark-entity]')].map((mark) => `${mark.textContent} (${mark.getAttribute('data-diplomark-kind')})`),
    );
    expect(last).toEqual(['Wellington (place)', 'New Zealand (country)']);
    await article.close();
  });

  it('turns one kind off and on from the legend without re-wrapping anything', async () => {
    const article = await open(SUMMIT);
    const page = article.page;
    const markup = () => page.evaluate(() => document.querySelector('article')!.innerHTML);
    const looks = () =>
      page.evaluate(() => {
        const look = (kind: string) => getComputedStyle(document.querySelector(`[data-diplomark-kind="${kind}"]`)!).backgroundColor;
        return { country: look('country'), person: look('person') };
      });
    const before = await markup();
    const shown = await looks();
    expect(shown.country, 'a country highlight has a background').not.toBe('rgba(0, 0, 0, 0)');
    const countries = '[data-action="toggle-kind"][data-kind="country"]';
    await article.ui.click(countries);
    await expect.poll(() => article.ui.attribute(countries, 'aria-pressed')).toBe('false');
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-diplomark-hidden-kinds'))).toBe('country');
    const hidden = await looks();
    expect(hidden.country, 'countries turned off').toBe('rgba(0, 0, 0, 0)');
    expect(hidden.person, 'people still shown').toBe(shown.person);
    expect(await markup(), 'the article markup is unchanged by the toggle').toBe(before);
    await article.ui.click(countries);
    await expect.poll(async () => (await looks()).country).toBe(shown.country);
    await article.close();
  });

  it('reaches highlights by keyboard: Next highlight focuses one and opens its card, arrows move on, Escape closes', async () => {
    const article = await open(SUMMIT);
    const page = article.page;
    expect(await page.evaluate(() => document.querySelectorAll('diplomark-mark[tabindex]:not([tabindex="-1"])').length), 'highlights in the tab order').toBe(0);
    await article.ui.press('[data-action="next-highlight"]', 'Enter');
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.localName === 'diplomark-mark' ? { text: el.textContent, entity: el.getAttribute('data-diplomark-entity') } : null;
      });
    const first = await focused();
    expect(first, 'focus after Next highlight').not.toBeNull();
    const cards = () => article.ui.count('.card');
    await expect.poll(cards).toBe(1);
    const firstTitle = await article.ui.text('.card h2');
    await page.keyboard.press('ArrowRight');
    const second = await focused();
    expect(second, 'focus after ArrowRight').not.toBeNull();
    expect(second).not.toEqual(first);
    await expect.poll(cards, { message: 'card for the second highlight' }).toBe(1);
    expect(firstTitle, 'the card names an entity').toBeTruthy();
    await page.keyboard.press('Escape');
    await expect.poll(cards, { message: 'card after Escape' }).toBe(0);
    await article.close();
  });

  it('the card says in how many saved clippings an entity appears', async () => {
    const article = await open(SUMMIT);
    await article.save();
    await expect.poll(() => article.ui.text('[data-action="save"]'), { timeout: 10_000 }).toMatch(/Saved|Updated/);
    await article.ui.click('[data-action="next-highlight"]');
    await expect.poll(() => article.ui.text('.card [data-count="saved"]'), { timeout: 5_000 }).toMatch(/^in [1-9]\d* saved clippings?$/);
    await article.close();
  });

  it('highlights a page that is not an article when the reader asks from the popup', async () => {
    const article = await diplomark.openArticle(`${server.url}${TOPIC_PAGE}`);
    expect(await article.waitForVerdict()).toBe('none');
    expect(await article.highlights()).toEqual([]);
    await article.page.bringToFront();
    // The real popup, opened as a tab behind the page in its window: its "active tab of the current window"
    // is then the page, as when the reader opens it from the toolbar. The gate turned the page away and
    // listens to nothing, so the popup loads the article code before it asks.
    const opened = diplomark.context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/popup.html') });
    await diplomark.serviceWorker!.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      await api.tabs.create({ url, active: false, windowId: tab!.windowId, index: tab!.index + 1 });
    }, diplomark.extensionUrl('popup.html'));
    const popup = await opened;
    // A tab in the background draws no frames, so the button is clicked from its script.
    await popup.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.includes('Highlight this page')));
    await popup.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Highlight this page'))!.click());
    await expect.poll(async () => (await article.highlights()).length, { timeout: 10_000 }).toBeGreaterThan(3);
    const kinds = new Set((await article.highlights()).map((h) => h.kind));
    expect(kinds.has('country')).toBe(true);
    await expect.poll(() => popup.evaluate(() => document.body.innerText), { timeout: 5_000 }).toContain('Highlighted what Diplomark recognises on this page.');
    await popup.close();
    await article.close();
  });

  it('looks again at a page it turned away when a single-page app shows a story under a new URL', async () => {
    const article = await diplomark.openArticle(`${server.url}/own/topic-japan-korea.html`);
    expect(await article.waitForVerdict()).toBe('none');
    const story = await (await fetch(`${server.url}/own/diplomatic-shuttle-summit.html`)).text();
    // As a single-page app does: a new URL first (pushState, no load), the story's view a moment later.
    await article.page.evaluate((html) => {
      history.pushState({}, '', '/own/story/shuttle-diplomacy');
      setTimeout(() => {
        const view = new DOMParser().parseFromString(html, 'text/html');
        document.title = view.title;
        document.body.replaceWith(document.adoptNode(view.body));
      }, 400);
    }, story);
    await expect.poll(() => article.verdictNow(), { timeout: 15_000, message: 'verdict of the new view' }).toBe('diplomatic');
    await expect.poll(async () => (await article.highlights()).length, { timeout: 10_000 }).toBeGreaterThan(3);
    await article.close();
  });

  it('cleans the page when Diplomark is turned off mid-session (extension reloaded)', async () => {
    const article = await open(SUMMIT);
    expect((await article.highlights()).length).toBeGreaterThan(0);
    const extensionPage = await diplomark.openExtensionPage('options.html');
    // Reloading the extension invalidates the old content script's context, as an update or disabling would.
    await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload: () => void } } }).chrome.runtime.reload()).catch(() => {});
    await expect
      .poll(
        () =>
          article.page.evaluate(() => ({
            highlights: document.querySelectorAll('[data-diplomark-entity]').length,
            ui: document.querySelectorAll('diplomark-ui').length,
            verdict: document.documentElement.getAttribute('data-diplomark'),
          })),
        { timeout: 15_000, message: 'traces of Diplomark after the extension was reloaded' },
      )
      .toEqual({ highlights: 0, ui: 0, verdict: null });
    await article.close();
  });
});
