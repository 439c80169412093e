// Firefox MV3 treats content-script matches as host permissions the reader can withdraw. This checks the real
// browser's side of the popup's host-access message (the message itself is a DOM test, tests/dom/popup):
// withdrawn, Diplomark leaves the site alone and permissions.contains says so; allowed again through
// permissions.request (from a trusted click, as the popup's button does), it works after a reload.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/serve.mjs';
import { FirefoxDiplomark } from './harness/firefox';
import { pageUrl, QUERY_ARTICLE, siteNames, startPageServer } from './harness/pages';

const ALL_SITES = ['http://*/*', 'https://*/*'];

describe('Firefox: the reader withdraws and gives back host access', () => {
  let firefox: FirefoxDiplomark;
  let server: RunningServer;
  let extensionPage: Page;

  beforeAll(async () => {
    server = await startPageServer();
    // Without prompts, permissions.request answers for the reader (Firefox's own test switch).
    firefox = await FirefoxDiplomark.launch({ siteNames: siteNames(), prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
    extensionPage = await firefox.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** `browser.permissions.<method>(…)` run in the extension's own page. */
  function permissions(method: 'contains' | 'remove', origins: string[]): Promise<boolean> {
    return extensionPage.evaluate(
      (name, list) => (globalThis as unknown as { browser: { permissions: Record<string, (p: object) => Promise<boolean>> } }).browser.permissions[name]!({ origins: list }),
      method,
      origins,
    );
  }

  async function verdictWithin(page: Page, ms: number): Promise<string | null> {
    return page
      .waitForFunction(() => document.documentElement.getAttribute('data-diplomark'), { timeout: ms, polling: 100 })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
  }

  it('does nothing on a site it may not read, reports it, and works again once allowed', async () => {
    const site = `http://${QUERY_ARTICLE.host}/*`;
    expect(await permissions('contains', [site]), 'granted on install').toBe(true);
    expect(await permissions('remove', ALL_SITES)).toBe(true);
    expect(await permissions('contains', [site]), 'what the popup checks, after withdrawal').toBe(false);

    const { page } = await firefox.openPage(pageUrl(server, QUERY_ARTICLE));
    expect(await verdictWithin(page, 4_000), 'verdict without host access').toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('diplomark-ui, [data-diplomark-entity]').length)).toBe(0);

    // The popup's "Allow on this site" calls permissions.request from the reader's click; the same, here.
    await extensionPage.evaluate((origins) => {
      const button = document.createElement('button');
      button.id = 'allow-site';
      button.textContent = 'Allow on this site';
      button.addEventListener('click', () => {
        const api = (globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }).browser;
        api.permissions.request({ origins }).then(
          (granted) => document.body.setAttribute('data-granted', String(granted)),
          (error: Error) => document.body.setAttribute('data-granted', `error: ${error.message}`),
        );
      });
      document.body.prepend(button);
    }, [site]);
    await extensionPage.click('#allow-site');
    await extensionPage.waitForSelector('body[data-granted]');
    expect(await extensionPage.evaluate(() => document.body.getAttribute('data-granted'))).toBe('true');
    expect(await permissions('contains', [site])).toBe(true);

    await page.reload({ waitUntil: 'load' });
    expect(await verdictWithin(page, 20_000), 'verdict once allowed again').toBe('diplomatic');
    await page.close();
  });
});
