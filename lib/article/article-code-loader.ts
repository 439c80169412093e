import type { browser } from 'wxt/browser';

/**
 * Loading Diplomark's article code into a page, from the extension's side (the background, the popup).
 * The gate on every page loads it for a possible article; a page the gate turned away runs nothing that
 * listens, so a request from the reader there (save, highlight this page, highlight the selection)
 * loads the article code first, then asks it.
 */

/** The part of the browser's `scripting` API that loads the article code. */
export type ScriptingApi = Pick<typeof browser.scripting, 'insertCSS' | 'executeScript'>;

/** What a page answers while the reader's settings keep Diplomark off it. */
export const PAUSED_ANSWER = { ok: false, error: 'Diplomark is paused or turned off on this site.' } as const;

/** Runs the article code (and its highlight styles) in one frame of a tab. */
export async function loadArticleCode(scripting: ScriptingApi, tabId: number, frameId = 0): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  // Both at once: the styles are in place long before the first highlight, which waits for recognition.
  await Promise.all([scripting.insertCSS({ target, files: ['/highlights.css'] }), scripting.executeScript({ target, files: ['/article.js'] })]);
}

export interface PageRequest {
  /** Sends the request to the page; rejects when nothing there listens. */
  send: () => Promise<unknown>;
  /** The page's URL, when the browser shows it to the extension. */
  url: () => Promise<string | undefined>;
  /** Whether the reader's settings let Diplomark run on a page of this URL. */
  isActiveOn: (url: string) => Promise<boolean>;
  /** Loads the article code into the page (`loadArticleCode`). */
  load: () => Promise<void>;
}

/**
 * The page's answer to a request from the reader. When nothing answers (the gate turned the page away,
 * or the page was open before Diplomark was installed or updated), loads the article code, where the
 * reader's settings allow it, and asks again. Rejects when the page cannot be reached even then (not an
 * http(s) page, the browser's own pages).
 */
export async function askArticleCode(request: PageRequest): Promise<unknown> {
  try {
    return await request.send();
  } catch (unreachable) {
    const url = await request.url().catch(() => undefined);
    if (!url || !/^https?:/i.test(url)) throw unreachable;
    if (!(await request.isActiveOn(url))) return PAUSED_ANSWER;
    await request.load();
    return request.send();
  }
}
