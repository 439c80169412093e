import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { ClippingsRead, StoredClipping } from '../../e2e/harness/diplomark';
import { REPO_ROOT } from '../../e2e/harness/paths';

/** The built Firefox extension the tests install; override with DIPLOMARK_FIREFOX_EXTENSION_DIR. */
export const FIREFOX_EXTENSION_DIR = path.resolve(REPO_ROOT, process.env.DIPLOMARK_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'diplomark@diplomark.app';

/**
 * Firefox gives each installed add-on a random moz-extension:// host; the pref extensions.webextensions.uuids
 * pins it, so the tests know the extension pages' URLs before installing.
 */
export const EXTENSION_UUID = '5d1c4f2e-8b7a-4e3d-9c6b-0a1f2e3d4c5b';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Firefox's executable: $FIREFOX_PATH when set, else the first known install found. */
export function findFirefox(env = process.env): { path: string } | { error: string } {
  const help = 'Install Firefox (Debian/Ubuntu: `apt-get install -y firefox-esr`) or point FIREFOX_PATH at its executable.';
  if (env.FIREFOX_PATH) {
    return existsSync(env.FIREFOX_PATH) ? { path: env.FIREFOX_PATH } : { error: `FIREFOX_PATH is set to ${env.FIREFOX_PATH}, but no file is there. ${help}` };
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  return found ? { path: found } : { error: `No Firefox found (looked in ${CANDIDATES.join(', ')}). ${help}` };
}

export interface LaunchOptions {
  /** Host names resolved to this machine (pages are served under their real site names, on the test server's port). */
  siteNames?: readonly string[];
  /** More Firefox preferences for this browser. */
  prefs?: Record<string, string | number | boolean>;
}

/**
 * A Firefox with the built extension installed as a temporary add-on (WebDriver BiDi webExtension.install),
 * in a fresh profile: the entry point of every Firefox e2e test file. Call `close()` in afterAll.
 */
export class FirefoxDiplomark {
  private storePage: Page | null = null;

  private constructor(
    readonly browser: Browser,
    /** Where the browser saves downloads (exports) without asking. */
    readonly downloadDir: string,
  ) {}

  static async launch({ siteNames = [], prefs = {} }: LaunchOptions = {}): Promise<FirefoxDiplomark> {
    const firefox = findFirefox();
    if ('error' in firefox) throw new Error(firefox.error);
    const downloadDir = await mkdtemp(path.join(os.tmpdir(), 'diplomark-firefox-downloads-'));
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefox.path,
      headless: process.env.DIPLOMARK_HEADFUL !== '1',
      // Lets WebDriver BiDi install add-ons (webExtension.install).
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1280, height: 900 },
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
        'network.dns.localDomains': siteNames.join(','),
        // The test server speaks plain http on a loopback port.
        'dom.security.https_first': false,
        'dom.security.https_only_mode': false,
        // Exports land in downloadDir without a dialog.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.start_downloads_in_tmp_dir': false,
        ...prefs,
      },
    });
    try {
      const id = await browser.installExtension(FIREFOX_EXTENSION_DIR);
      if (id !== ADDON_ID) throw new Error(`Installed add-on has id ${id}, expected ${ADDON_ID}`);
    } catch (error) {
      await browser.close();
      throw error;
    }
    return new FirefoxDiplomark(browser, downloadDir);
  }

  /** `moz-extension://<pinned uuid>/<page>`. */
  extensionUrl(page: string): string {
    return `moz-extension://${EXTENSION_UUID}/${page}`;
  }

  /** Opens a web page in a new tab and waits for its load event; page errors are collected in `errors`. */
  async openPage(url: string): Promise<{ page: Page; errors: string[] }> {
    const page = await this.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    });
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`Could not load ${url}: HTTP ${response?.status()}`);
    return { page, errors };
  }

  /**
   * Opens an extension page in a new tab. Puppeteer's goto to a moz-extension:// page never resolves, so it is
   * started, not awaited, and the page counts as open once `readySelector` is there.
   */
  async openExtensionPage(page: string, readySelector = 'main, #app > *'): Promise<Page> {
    if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, page))) throw new Error(`The build has no ${page} (looked in ${FIREFOX_EXTENSION_DIR}).`);
    const tab = await this.browser.newPage();
    const url = this.extensionUrl(page);
    tab.goto(url).catch(() => {});
    // Polled by hand: while the tab moves from about:blank to the extension page, evaluating can fail.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await tab
        .evaluate((expected, selector) => location.href === expected && document.querySelector(selector) !== null, url, readySelector)
        .catch(() => false);
      if (ready) return tab;
      if (Date.now() > deadline) throw new Error(`${url} did not show ${readySelector} within 15 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Every stored clipping, read from IndexedDB in the extension's origin without creating the database. */
  async readClippings(): Promise<ClippingsRead> {
    if (!this.storePage || this.storePage.isClosed()) this.storePage = await this.openExtensionPage('options.html');
    return (await this.storePage.evaluate(READ_DATABASE)) as ClippingsRead;
  }

  /** Polls the database until `match` finds a clipping; returns it, or null after the timeout. */
  async waitForClipping(match: (c: StoredClipping) => boolean, timeout = 10_000): Promise<StoredClipping | null> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await this.readClippings()).clippings.find(match);
      if (found || Date.now() > deadline) return found ?? null;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /**
   * Waits for a finished download whose name matches, and returns its name and text. Firefox creates the file
   * before writing it, so a download counts as finished once it has content that stayed the same for a poll.
   */
  async waitForDownload(name: RegExp, timeout = 10_000): Promise<{ name: string; text: string }> {
    const deadline = Date.now() + timeout;
    let previous = '';
    for (;;) {
      const files = await readdir(this.downloadDir);
      const done = files.find((file) => name.test(file) && !files.includes(`${file}.part`));
      const text = done ? await readFile(path.join(this.downloadDir, done), 'utf8') : '';
      if (done && text !== '' && text === previous) return { name: done, text };
      previous = text;
      if (Date.now() > deadline) throw new Error(`No download matching ${name} within ${timeout} ms (have: ${files.join(', ') || 'none'})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    await rm(this.downloadDir, { recursive: true, force: true }).catch(() => {});
  }
}

/**
 * Runs in an extension page: reads table `clippings` of database `diplomark` without creating either.
 * A string, so the function reaches the page as written (the same reader as tests/e2e/harness/diplomark.ts).
 */
const READ_DATABASE = `(async () => {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('diplomark')) return { database: 'missing', clippings: [] };
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('diplomark');
    request.onupgradeneeded = () => request.transaction && request.transaction.abort();
    request.onerror = () => (request.error && request.error.name === 'AbortError' ? resolve({ database: 'missing', clippings: [] }) : reject(request.error));
    request.onblocked = () => reject(new Error('opening diplomark was blocked'));
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('clippings')) { db.close(); resolve({ database: 'no clippings table', clippings: [] }); return; }
      const all = db.transaction('clippings', 'readonly').objectStore('clippings').getAll();
      all.onsuccess = () => { db.close(); resolve({ database: 'ok', clippings: all.result }); };
      all.onerror = () => { db.close(); reject(all.error); };
    };
  });
})()`;
