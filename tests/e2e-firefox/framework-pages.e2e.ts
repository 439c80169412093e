// The React 19 and Vue 3 host pages of the Chromium suite (tests/e2e/framework-pages.e2e.ts), in real Firefox:
// while Diplomark highlights, the framework's re-renders (names edited, paragraphs re-ordered, the article
// unmounted and remounted, paragraphs streamed in) land with their text intact and throw nothing, and the
// highlights follow the new content.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve.mjs';
import { missingSurfaces, type PageHighlight } from '../e2e/harness/article-page';
import { buildFrameworkPages, FRAMEWORK_PAGES, FRAMEWORK_PAGES_DIR, NAMES_BY_VIEW, type FrameworkChange } from '../e2e/pages/framework-pages';
import { FirefoxDiplomark } from './harness/firefox';
import { FRAMEWORK_HOST, siteNames, startPageServer } from './harness/pages';

const STEPS: FrameworkChange[] = ['rename', 'reorder', 'stream', 'rename', 'hide', 'show', 'stream', 'rename'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The article's text in the page and the text the framework rendered, side by side. */
const texts = (page: Page) =>
  page.evaluate(() => ({
    page: document.querySelector('#root')?.textContent ?? '',
    rendered: (window as unknown as { frameworkArticle: { expectedText(): string } }).frameworkArticle.expectedText(),
  }));

const change = (page: Page, name: FrameworkChange) =>
  page.evaluate((name) => (window as unknown as { frameworkArticle: { change(n: string): Promise<void> } }).frameworkArticle.change(name), name);

const nested = (page: Page) => page.evaluate(() => document.querySelectorAll('diplomark-mark diplomark-mark, diplomark-mark:empty').length);

const highlights = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-diplomark-entity]')].map((el) => ({
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      entity: el.getAttribute('data-diplomark-entity') ?? '',
      kind: el.getAttribute('data-diplomark-kind') ?? '',
      inChrome: false,
      forbiddenIn: null,
    })),
  ) as Promise<PageHighlight[]>;

/** Names of `pairs` not highlighted (as that kind) within the timeout; empty when all are. */
async function waitForSurfaces(page: Page, pairs: readonly (readonly [string, string])[], timeout: number): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const missing = missingSurfaces(await highlights(page), pairs);
    if (missing.length === 0 || Date.now() > deadline) return missing;
    await sleep(200);
  }
}

/** Waits until the number of highlights has not changed for `quietMs` (highlighting may be chunked). */
async function waitForHighlightsToSettle(page: Page, quietMs: number, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const count = await page.evaluate(() => document.querySelectorAll('[data-diplomark-entity]').length);
    if (count !== last) {
      last = count;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
    await sleep(100);
  }
}

describe('Firefox: framework host pages (React 19, Vue 3)', () => {
  let firefox: FirefoxDiplomark;
  let server: RunningServer;

  beforeAll(async () => {
    const built = FRAMEWORK_PAGES.every(({ path: urlPath }) => existsSync(path.join(FRAMEWORK_PAGES_DIR, urlPath)));
    if (!built) {
      console.info(`[e2e-firefox] Building the framework test pages into ${FRAMEWORK_PAGES_DIR}…`);
      await buildFrameworkPages();
    }
    server = await startPageServer();
    firefox = await FirefoxDiplomark.launch({ siteNames: siteNames() });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  for (const { framework, path: urlPath } of FRAMEWORK_PAGES) {
    it(`${framework}: re-renders land with their text intact and highlights follow them`, async () => {
      const { page, errors } = await firefox.openPage(`http://${FRAMEWORK_HOST}:${server.port}/framework${urlPath}`);
      const verdict = await page
        .waitForFunction(() => document.documentElement.getAttribute('data-diplomark'), { timeout: 20_000, polling: 100 })
        .then((handle) => handle.jsonValue())
        .catch(() => null);
      expect(verdict, `verdict (page errors: ${errors.join(' | ') || 'none'})`).toBe('diplomatic');
      const names = (view: 0 | 1) => [NAMES_BY_VIEW[view].partner, NAMES_BY_VIEW[view].host] as [string, string][];
      expect(await waitForSurfaces(page, names(0), 20_000), 'names highlighted at first').toEqual([]);
      let view: 0 | 1 = 0;
      for (const [i, step] of STEPS.entries()) {
        // Wait until Diplomark has highlighted the current text, so each change lands on split text nodes.
        await waitForHighlightsToSettle(page, 300, 6_000);
        await change(page, step);
        const now = await texts(page);
        expect(now.page, `${framework}: text right after step ${i} (${step})`).toBe(now.rendered);
        if (step === 'rename') view = view === 0 ? 1 : 0;
        if (step === 'hide') continue;
        expect(await waitForSurfaces(page, names(view), 10_000), `${framework}: highlights after step ${i} (${step})`).toEqual([]);
        const later = await texts(page);
        expect(later.page, `${framework}: text after highlighting again, step ${i} (${step})`).toBe(later.rendered);
      }
      expect(await nested(page), 'nested or empty highlights').toBe(0);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-diplomark')), 'verdict at the end').toBe('diplomatic');
      expect(errors, `${framework}: errors in the page`).toEqual([]);
      await page.close();
    });
  }
});
