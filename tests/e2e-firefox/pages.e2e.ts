// Each listed page in real Firefox: the right verdict, the expected highlights inside the article, none of the
// forbidden ones, and no script error from the content script (harness/pages.ts says how to add a page).
import type { RunningServer } from '../../scripts/serve.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countByKind, missingSurfaces, squash, type PageHighlight } from '../e2e/harness/article-page';
import { announceSkip, HAS_SHARED, SHARED_ABSENT_MESSAGE } from '../support/shared';
import { FirefoxDiplomark } from './harness/firefox';
import { firefoxPages, pageUrl, siteNames, startPageServer } from './harness/pages';

const CHROME_SELECTOR = 'header, nav, aside, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
/** Where a highlight must never be (docs/style.md: highlights are guests). */
const FORBIDDEN_SELECTOR = '[contenteditable]:not([contenteditable="false"]), textarea, input, script, style, svg, title, noscript';

describe('Firefox: pages are analysed and highlighted', () => {
  let firefox: FirefoxDiplomark;
  let server: RunningServer;

  beforeAll(async () => {
    if (!HAS_SHARED) announceSkip(`${SHARED_ABSENT_MESSAGE} (Firefox checks only the project's own pages.)`);
    server = await startPageServer();
    firefox = await FirefoxDiplomark.launch({ siteNames: siteNames() });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it.each(firefoxPages().map((page) => [page.name, page] as const))('%s', async (_name, fixture) => {
    const { page, errors } = await firefox.openPage(pageUrl(server, fixture));
    const verdict = await page
      .waitForFunction(() => document.documentElement.getAttribute('data-diplomark'), { timeout: 20_000, polling: 100 })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    expect(verdict, `verdict (page errors: ${errors.join(' | ') || 'none'})`).toBe(fixture.expected.verdict);

    const read = () =>
      page.evaluate(
        (chrome, forbidden) =>
          [...document.querySelectorAll('[data-diplomark-entity]')].map((el) => ({
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            entity: el.getAttribute('data-diplomark-entity') ?? '',
            kind: el.getAttribute('data-diplomark-kind') ?? '',
            inChrome: el.closest(chrome) !== null,
            forbiddenIn: el.parentElement?.closest(forbidden)?.localName ?? null,
          })),
        CHROME_SELECTOR,
        FORBIDDEN_SELECTOR,
      ) as Promise<PageHighlight[]>;
    const must = fixture.expected.must ?? [];
    await expect.poll(async () => missingSurfaces(await read(), must), { timeout: 15_000 }).toEqual([]);
    const highlights = await read();
    const forbidden = new Set((fixture.expected.mustNot ?? []).map(squash));
    expect(highlights.filter((h) => forbidden.has(h.text)).map((h) => h.text), 'mustNot surfaces highlighted').toEqual([]);
    expect(highlights.filter((h) => h.forbiddenIn).map((h) => `${h.text} in <${h.forbiddenIn}>`), 'highlights in editable or hidden places').toEqual([]);
    if (fixture.expected.verdict === 'none') expect(highlights, 'highlights on a page that is not an article').toEqual([]);
    expect(errors, 'errors in the page').toEqual([]);
    console.info(`[e2e-firefox] ${fixture.name}: ${verdict}, ${highlights.length} highlights ${JSON.stringify(countByKind(highlights))}`);
    await page.close();
  });
});
