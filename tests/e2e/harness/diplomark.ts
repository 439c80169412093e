import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../../scripts/chromium.mjs';
import { ArticlePage } from './article-page';
import { EXTENSION_DIR } from './paths';

/** A clipping as stored in IndexedDB (only the fields the tests read are typed). */
export interface StoredClipping {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  byline: string;
  publishedAt: string | null;
  savedAt: string;
  updatedAt: string;
  text: string;
  verdict: string;
  entities: { id: string; kind: string; name: string; count: number }[];
  [key: string]: unknown;
}

/** What reading the database found: whether it exists, and its clippings. */
export interface ClippingsRead {
  database: 'missing' | 'no clippings table' | 'ok';
  clippings: StoredClipping[];
}

/**
 * A Chromium with the built extension loaded, in a fresh profile: the entry point of every e2e test file.
 * One per test file (fresh database each time); call `close()` in afterAll.
 */
export class Diplomark {
  private storePage: Page | null = null;

  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    readonly serviceWorker: Worker | null,
    private readonly closeBrowser: () => Promise<void>,
  ) {}

  /** `hostMap` serves sites under their real names (see RunningServer.hostMap in scripts/serve.mjs). */
  static async launch({ hostMap }: { hostMap?: Record<string, string> } = {}): Promise<Diplomark> {
    const { context, extensionId, serviceWorker, close } = await launchWithExtension({
      extensionDir: EXTENSION_DIR,
      headless: process.env.DIPLOMARK_HEADFUL !== '1',
      hostMap,
    });
    return new Diplomark(context, extensionId, serviceWorker, close);
  }

  /** `chrome-extension://<id>/<page>`. */
  extensionUrl(page: string): string {
    return `chrome-extension://${this.extensionId}/${page}`;
  }

  /** Whether the build contains an extension page (popup.html, dashboard.html…). */
  hasExtensionPage(page: string): boolean {
    return existsSync(path.join(EXTENSION_DIR, page));
  }

  /** Opens a web page in a new tab. */
  openArticle(url: string): Promise<ArticlePage> {
    return ArticlePage.open(this.context, url);
  }

  /** Opens an extension page (popup.html, dashboard.html…) in a new tab, failing clearly if the build lacks it. */
  async openExtensionPage(page: string): Promise<Page> {
    if (!this.hasExtensionPage(page)) throw new Error(`The build has no ${page} (looked in ${EXTENSION_DIR}).`);
    const tab = await this.context.newPage();
    await tab.goto(this.extensionUrl(page), { waitUntil: 'load' });
    return tab;
  }

  /**
   * Every stored clipping, read straight from IndexedDB in the extension's origin (popup.html tab, so the read
   * sees what the extension wrote). Never creates the database: it checks `indexedDB.databases()` first.
   */
  async readClippings(): Promise<ClippingsRead> {
    if (!this.storePage || this.storePage.isClosed()) {
      const page = ['popup.html', 'dashboard.html', 'options.html'].find((p) => this.hasExtensionPage(p));
      if (!page) throw new Error(`Cannot read clippings: the build has no popup.html, dashboard.html or options.html in ${EXTENSION_DIR}.`);
      this.storePage = await this.openExtensionPage(page);
    }
    return this.storePage.evaluate(readDatabase);
  }

  /** Polls the database until `match` finds a clipping; returns it, or null after the timeout. */
  async waitForClipping(match: (c: StoredClipping) => boolean, timeout = 10_000): Promise<StoredClipping | null> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = (await this.readClippings()).clippings.find(match);
      if (found || Date.now() > deadline) return found ?? null;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  close(): Promise<void> {
    return this.closeBrowser();
  }
}

/** Runs in an extension page: reads table `clippings` of database `diplomark` without creating either. */
async function readDatabase(): Promise<ClippingsRead> {
  const names = (await indexedDB.databases()).map((d) => d.name);
  if (!names.includes('diplomark')) return { database: 'missing', clippings: [] };
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('diplomark');
    // Only reached if the database vanished since databases(): don't create it behind the extension's back.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => (request.error?.name === 'AbortError' ? resolve({ database: 'missing', clippings: [] }) : reject(request.error));
    request.onblocked = () => reject(new Error('opening diplomark was blocked'));
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('clippings')) {
        db.close();
        resolve({ database: 'no clippings table', clippings: [] });
        return;
      }
      const all = db.transaction('clippings', 'readonly').objectStore('clippings').getAll();
      all.onsuccess = () => {
        db.close();
        resolve({ database: 'ok', clippings: all.result as StoredClipping[] });
      };
      all.onerror = () => {
        db.close();
        reject(all.error);
      };
    };
  });
}
