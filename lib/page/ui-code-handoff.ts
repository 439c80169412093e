import type { InPageRenderers } from './in-page-views';

/**
 * How the in-page UI code hands its renderers to the article code. The UI (Preact and the components)
 * is a script of its own, `article-ui.js`, which the background loads into a page only once its article
 * is found (while the article's text is being recognised), so the page never evaluates it before that.
 * Both scripts run in the extension's isolated world of the same frame and meet on that world's global
 * object, which the page's scripts cannot see.
 */

const IN_PAGE_RENDERERS = Symbol.for('diplomark.in-page-renderers');

type WithRenderers = typeof globalThis & { [IN_PAGE_RENDERERS]?: InPageRenderers };

/** Called by the UI code when it runs; a second copy loaded into the same frame changes nothing. */
export function offerInPageRenderers(renderers: InPageRenderers, global: typeof globalThis = globalThis): void {
  (global as WithRenderers)[IN_PAGE_RENDERERS] ??= renderers;
}

/** The renderers of the UI code loaded in this frame, if it is loaded. */
export function loadedInPageRenderers(global: typeof globalThis = globalThis): InPageRenderers | undefined {
  return (global as WithRenderers)[IN_PAGE_RENDERERS];
}
