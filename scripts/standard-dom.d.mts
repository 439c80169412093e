// Types for scripts/standard-dom.mjs.
/** A document of `window` holding `html` parsed by the HTML standard (parse5): the tree a browser builds. */
export function parseLikeABrowser(window: { DOMParser: typeof DOMParser }, html: string): Document;
