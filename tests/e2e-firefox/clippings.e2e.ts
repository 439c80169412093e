// The whole clipping flow in real Firefox, through the reader's own input: a trusted click on Save in the
// in-page UI, the clipping in IndexedDB (extension origin) and in the dashboard, a reader highlight with a
// note that comes back after a reload, an export → delete → import round trip, and a save that has to wake the
// suspended background script.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve.mjs';
import type { StoredClipping } from '../e2e/harness/diplomark';
import { REPO_ROOT } from '../e2e/harness/paths';
import { selectPassageInPage } from '../e2e/harness/select-passage';
import { announceSkip, SHARED_ABSENT_MESSAGE } from '../support/shared';
import { clickInUi, typeText, uiText, waitForUi } from './harness/bidi';
import { FirefoxDiplomark } from './harness/firefox';
import { ownPage, pageUrl, QUERY_ARTICLE, seedPage, siteNames, startPageServer } from './harness/pages';

const PASSAGE = 'The two governments said they would restart a security dialogue that had been frozen since 2018';
const NOTE = 'Security dialogue back: check the 2018 freeze.';

describe('Firefox: save, annotate, list, export and import', () => {
  let firefox: FirefoxDiplomark;
  let server: RunningServer;

  beforeAll(async () => {
    server = await startPageServer();
    // Firefox runs the background as an event page and suspends it when idle (30 s by default); a 1 s idle
    // time makes every flow below meet a background that has just been suspended and must wake up for it, and
    // on a busy machine opening the knowledge base takes about that long: the background must keep itself awake
    // while it answers (lib/messaging/keep-awake.ts).
    firefox = await FirefoxDiplomark.launch({ siteNames: siteNames(), prefs: { 'extensions.background.idle.timeout': 1_000 } });
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function openArticle(url: string): Promise<Page> {
    const { page, errors } = await firefox.openPage(url);
    const verdict = await page
      .waitForFunction(() => document.documentElement.getAttribute('data-diplomark'), { timeout: 20_000, polling: 100 })
      .then((handle) => handle.jsonValue())
      .catch(() => 'none within 20 s');
    expect(String(verdict), `verdict of ${url} (page errors: ${errors.join(' | ') || 'none'})`).toMatch(/^(diplomatic|article)$/);
    return page;
  }

  it('saves the seed article with a trusted click on Save; the dashboard lists it', async (context) => {
    const seed = seedPage();
    if (!seed) {
      announceSkip(SHARED_ABSENT_MESSAGE);
      context.skip();
      return;
    }
    const page = await openArticle(pageUrl(server, seed));
    await clickInUi(page, '[data-action="save"]');
    const clipping = await firefox.waitForClipping((c) => c.title.startsWith('Senior Japanese officials'), 15_000);
    expect(clipping, 'clipping stored after Save').not.toBeNull();
    expect(clipping!.canonicalUrl).toBe('https://www.tokyo-ledger.example/news/2022/04/25/national/politics-diplomacy/japan-south-korea-delegation/');
    expect(clipping!.verdict).toBe('diplomatic');
    expect(clipping!.site).toBe('The Tokyo Ledger');
    expect(clipping!.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:jp', 'country:kr', 'dispute:takeshima-dokdo']));
    expect(clipping!.text).not.toContain('Most read');

    if (process.env.DIPLOMARK_FIREFOX_SCREENSHOT === '1') {
      await page.screenshot({ path: path.join(REPO_ROOT, 'docs/screenshots/firefox-seed-article.png') as `${string}.png` });
    }
    await page.close();

    const dashboard = await firefox.openExtensionPage('dashboard.html', '[role="listitem"]');
    await expect
      .poll(() => dashboard.evaluate(() => [...document.querySelectorAll('[role="listitem"]')].map((row) => row.textContent ?? '').join('\n')), { timeout: 10_000 })
      .toContain('Senior Japanese officials, South Korean delegation agree to improve bilateral ties');
    await dashboard.close();
  });

  it('stores the canonical URL without tracking parameters and keeps the others (?utm_source=x&id=3)', async () => {
    const page = await openArticle(pageUrl(server, QUERY_ARTICLE, '?utm_source=x&id=3'));
    await clickInUi(page, '[data-action="save"]');
    const url = pageUrl(server, QUERY_ARTICLE);
    const clipping = await firefox.waitForClipping((c) => c.url.startsWith(url), 15_000);
    expect(clipping, 'clipping stored after Save').not.toBeNull();
    expect(clipping!.url).toBe(`${url}?utm_source=x&id=3`);
    expect(clipping!.canonicalUrl).toBe(`${url}?id=3`);
    await page.close();
  });

  it('saves after the background script was suspended for being idle', async () => {
    const summit = ownPage('diplomatic-shuttle-summit');
    const page = await openArticle(pageUrl(server, summit));
    // Well past the 1 s idle time: Firefox has suspended the background script by now.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await clickInUi(page, '[data-action="save"]');
    const clipping = await firefox.waitForClipping((c) => c.url.includes(summit.urlPath), 15_000);
    expect(clipping, 'clipping stored after Save').not.toBeNull();
    expect(clipping!.entities.length).toBeGreaterThan(0);
    await page.close();
  });

  /** Selects `passage` in the article, as a reader's mouse selection would leave it. */
  async function select(page: Page, passage: string): Promise<void> {
    const selected = await page.evaluate(selectPassageInPage, passage);
    expect(selected, `passage to select: ${passage}`).toBe(true);
  }

  /** Reader highlights in the page: each highlight id with its text, pieces joined. */
  function readerPassages(page: Page): Promise<Record<string, string>> {
    return page.evaluate(() => {
      const passages: Record<string, string> = {};
      for (const mark of document.querySelectorAll('diplomark-note')) {
        for (const id of (mark.getAttribute('data-diplomark-note') ?? '').split(' ')) passages[id] = (passages[id] ?? '') + (mark.textContent ?? '');
      }
      return passages;
    });
  }

  it('keeps a reader highlight with a note across a reload', async () => {
    const url = pageUrl(server, QUERY_ARTICLE, '?utm_source=x&id=3');
    const page = await openArticle(url);
    await select(page, PASSAGE);
    await clickInUi(page, '[data-action="highlight-with-note"]');
    await clickInUi(page, 'textarea[name="note"]');
    await typeText(page, NOTE);
    await clickInUi(page, '[data-action="save-note"]');
    const withNote = (c: StoredClipping) => c.canonicalUrl.endsWith('/firefox/query-article.html?id=3') && (c.highlights as { note?: string }[] | undefined)?.some((h) => h.note === NOTE) === true;
    const clipping = await firefox.waitForClipping(withNote, 15_000);
    expect(clipping, 'clipping with the reader highlight and its note').not.toBeNull();
    expect((clipping!.highlights as { selectors: [{ exact: string }] }[]).map((h) => h.selectors[0].exact)).toEqual([PASSAGE]);
    expect(Object.values(await readerPassages(page))).toEqual([PASSAGE]);

    await page.reload({ waitUntil: 'load' });
    await expect.poll(async () => Object.values(await readerPassages(page)), { timeout: 15_000 }).toEqual([PASSAGE]);
    await waitForUi(page, '.reader-notes-toggle');
    expect(await uiText(page, '.reader-notes-toggle')).toMatch(/Your highlights \(1\)/);
    await page.close();
  });

  it('exports every clipping as JSON and imports them back after they were deleted', async () => {
    const before = (await firefox.readClippings()).clippings;
    expect(before.length, 'clippings saved by the tests above').toBeGreaterThan(0);

    const popup = await firefox.openExtensionPage('popup.html', '.popup');
    // A selector, not waitForFunction: the extension page's CSP blocks the code a polled function needs.
    const exportButton = await popup.waitForSelector('button:not([disabled])::-p-text(Export JSON)');
    await exportButton!.click();
    const exported = await firefox.waitForDownload(/^diplomark-.*\.json$/);
    const file = JSON.parse(exported.text) as { format: string; clippings: StoredClipping[] };
    expect(file.format).toBe('diplomark-clippings');
    expect(file.clippings.map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
    await popup.close();

    const dashboard = await firefox.openExtensionPage('dashboard.html', '[role="listitem"]');
    for (let left = before.length; left > 0; left--) {
      const remove = await dashboard.waitForSelector('[role="listitem"] .vrow-delete');
      await remove!.click();
      await expect.poll(async () => (await firefox.readClippings()).clippings.length, { timeout: 10_000 }).toBe(left - 1);
    }

    const saved = path.join(firefox.downloadDir, `reimport-${exported.name}`);
    await writeFile(saved, exported.text);
    const input = await dashboard.waitForSelector('input[type="file"]');
    await (input as unknown as { uploadFile(file: string): Promise<void> }).uploadFile(saved);
    await expect
      .poll(() => dashboard.evaluate(() => document.querySelector('.import-report')?.textContent ?? ''), { timeout: 15_000 })
      .toContain(`${before.length} clipping${before.length === 1 ? '' : 's'} imported`);
    const after = (await firefox.readClippings()).clippings;
    const byId = (list: StoredClipping[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after).map(({ id, canonicalUrl, title, highlights }) => ({ id, canonicalUrl, title, highlights }))).toEqual(
      byId(before).map(({ id, canonicalUrl, title, highlights }) => ({ id, canonicalUrl, title, highlights })),
    );
    await dashboard.close();
  });
});

