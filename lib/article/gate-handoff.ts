/**
 * How the per-page gate knows the article code runs in its frame: the gate stops looking at the page
 * then, and a second copy (two quick requests to load it) stops at once. Both run in the extension's
 * isolated world of the same frame (the gate as a declared content script, the article code injected by
 * the background or the popup), so they meet on that world's global object, which the page's scripts
 * cannot see.
 */

/** The article code running in a frame. */
export interface ArticleCode {
  /** Answers a popup or background message (save, highlight this page, highlight the selection). */
  answer(message: unknown, sender: { id?: string }): Promise<unknown> | undefined;
}

const ARTICLE_CODE = Symbol.for('diplomark.article-code');

type WithArticleCode = typeof globalThis & { [ARTICLE_CODE]?: ArticleCode };

/** The article code loaded in this frame, if any. */
export function loadedArticleCode(global: typeof globalThis = globalThis): ArticleCode | undefined {
  return (global as WithArticleCode)[ARTICLE_CODE];
}

/** Called once by the article code when it starts; returns false when it is already running in this frame. */
export function registerArticleCode(code: ArticleCode, global: typeof globalThis = globalThis): boolean {
  const slot = global as WithArticleCode;
  if (slot[ARTICLE_CODE]) return false;
  slot[ARTICLE_CODE] = code;
  return true;
}

/** Called when the article code stops for good (the extension was updated or turned off). */
export function unregisterArticleCode(code: ArticleCode, global: typeof globalThis = globalThis): void {
  const slot = global as WithArticleCode;
  if (slot[ARTICLE_CODE] === code) delete slot[ARTICLE_CODE];
}
