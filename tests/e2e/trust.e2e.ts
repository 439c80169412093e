// Trust (issue 13), seen from a real browser: pages are served under their real site names
// (Chromium --host-resolver-rules), so a page and its canonical link agree as on the web, and a page on
// another site that declares someone else's canonical link is what an attacker would serve.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import type { ArticlePage } from './harness/article-page';
import { Diplomark, type StoredClipping } from './harness/diplomark';
import { REPO_ROOT } from './harness/paths';

const VICTIM_SITE = 'www.victim.news';
const EVIL_SITE = 'evil.example';
const TT_SITE = 'www.tt-news.example';
const VICTIM_CANONICAL = 'http://www.victim.news/world/summit';
const PRIVATE_NOTE = 'PRIVATE-NOTE: call the embassy source before Friday';

describe('trust: a hostile page can neither read nor change what the reader keeps', () => {
  let server: RunningServer;
  let diplomark: Diplomark;

  beforeAll(async () => {
    server = await startServer({
      root: path.join(REPO_ROOT, 'tests/e2e/pages'),
      headers: { '/trust/trusted-types.html': { 'content-security-policy': "require-trusted-types-for 'script'" } },
    });
    diplomark = await Diplomark.launch({ hostMap: server.hostMap([VICTIM_SITE, EVIL_SITE, TT_SITE]) });
  });
  afterAll(async () => {
    await diplomark?.close();
    await server?.close();
  });

  async function open(site: string, page: string): Promise<ArticlePage> {
    const article = await diplomark.openArticle(`${server.siteUrl(site)}/trust/${page}`);
    expect(await article.waitForVerdict(), `verdict of ${page} on ${site}`).toMatch(/diplomatic|article/);
    return article;
  }

  /** Adds a highlight with a private note to a stored clipping, as the reader's own work, from an extension page. */
  async function addPrivateNote(clipping: StoredClipping): Promise<void> {
    const tab = await diplomark.openExtensionPage('popup.html');
    await tab.evaluate(
      ({ id, note, exact, start }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('diplomark');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const store = request.result.transaction('clippings', 'readwrite').objectStore('clippings');
            const get = store.get(id);
            get.onsuccess = () => {
              const stamp = new Date().toISOString();
              const selectors = [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end: start + exact.length }];
              const put = store.put({ ...get.result, highlights: [{ id: 'private-0001', selectors, note, createdAt: stamp, updatedAt: stamp }] });
              put.onsuccess = () => resolve();
              put.onerror = () => reject(put.error);
            };
          };
        }),
      { id: clipping.id, note: PRIVATE_NOTE, exact: 'shuttle diplomacy', start: clipping.text.indexOf('shuttle diplomacy') },
    );
    await tab.close();
  }

  /** Everything of ours a page could read if the UI were reachable: the document and (while open) our shadow root. */
  function pageCanSee(page: Page): Promise<string> {
    return page.evaluate(() => `${document.documentElement.outerHTML}\n${document.querySelector('diplomark-ui')?.shadowRoot?.innerHTML ?? ''}`);
  }

  it('a page on another site declaring the reader’s article as canonical neither overwrites nor reads its clipping', async () => {
    const victim = await open(VICTIM_SITE, 'victim.html');
    await victim.save();
    const saved = await diplomark.waitForClipping((c) => c.canonicalUrl === VICTIM_CANONICAL);
    expect(saved, `a clipping for ${VICTIM_CANONICAL}`).toBeTruthy();
    await addPrivateNote(saved!);
    await victim.close();

    const evil = await open(EVIL_SITE, 'evil.html');
    await evil.save();
    const evilClipping = await diplomark.waitForClipping((c) => c.url.startsWith(`http://${EVIL_SITE}/`));
    expect(evilClipping?.canonicalUrl, 'the evil page is filed under its own URL').toBe(`http://${EVIL_SITE}/trust/evil.html`);

    const [after] = (await diplomark.readClippings()).clippings.filter((c) => c.canonicalUrl === VICTIM_CANONICAL);
    expect(after?.title).toBe('Japan and South Korea resume shuttle diplomacy');
    expect(after?.url).toBe(`http://${VICTIM_SITE}/trust/victim.html`);
    expect((after?.highlights as { note: string }[]).map((h) => h.note)).toEqual([PRIVATE_NOTE]);

    // The evil page never receives the reader's highlights or notes.
    await evil.page.waitForTimeout(1_000);
    expect(await evil.page.locator('diplomark-note').count()).toBe(0);
    expect(await pageCanSee(evil.page)).not.toContain('PRIVATE-NOTE');
    await evil.close();
  });

  it('the reader’s own site still gets its notes back (the rule does not lock the reader out)', async () => {
    const victim = await open(VICTIM_SITE, 'victim.html');
    await expect.poll(() => victim.page.locator('diplomark-note').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await victim.close();
  });

  it('ignores page postMessage shaped like our messages, and keeps no IndexedDB in the page’s origin', async () => {
    const evil = await open(EVIL_SITE, 'evil.html');
    const before = (await diplomark.readClippings()).clippings.length;
    await evil.page.evaluate(() => {
      const draft = { url: 'http://evil.example/forged', canonicalUrl: 'http://evil.example/forged', title: 'Forged', site: '', byline: '', publishedAt: null, text: 'x', excerpt: '', language: '', verdict: 'diplomatic', entities: [], disputes: [] };
      for (const type of ['content→background:save-clipping', 'popup→content:save-article', 'background→content:save-article']) {
        window.postMessage({ type, draft }, '*');
        window.dispatchEvent(new CustomEvent(type, { detail: { type, draft } }));
      }
    });
    await evil.page.waitForTimeout(1_500);
    const clippings = (await diplomark.readClippings()).clippings;
    expect(clippings.some((c) => c.title === 'Forged')).toBe(false);
    expect(clippings.length).toBe(before);
    expect(await evil.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), 'databases in the page’s origin').toEqual([]);
    await evil.close();
  });

  it('works on a page that enforces Trusted Types: highlights, saves, and causes no violation', async () => {
    const article = await open(TT_SITE, 'trusted-types.html');
    await article.waitForHighlightsToSettle();
    expect((await article.highlights()).length).toBeGreaterThan(0);
    await article.save();
    const saved = await diplomark.waitForClipping((c) => c.canonicalUrl === `http://${TT_SITE}/trust/trusted-types.html`);
    expect(saved?.title).toContain('Trusted Types');
    expect(await article.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(article.errors.filter((e) => /trusted|TrustedHTML|TrustedScript/i.test(e))).toEqual([]);
    // Last, so its own violation is not counted above.
    const enforced = await article.page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(enforced, 'the page really enforces Trusted Types (a string to innerHTML throws)').toBe(true);
    await article.close();
  });
});
