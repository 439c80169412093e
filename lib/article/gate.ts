import { declaresArticle } from './metadata';

/** Paragraph-sized text: shorter nodes (captions, teasers, links) say nothing about an article. */
const MIN_NODE_CHARACTERS = 140;
/** Enough long paragraphs to read as an article; the same bar as Readability's readability check, or lower. */
const MIN_SCORE = 20;

/**
 * The per-page gate: may this page hold an article? True when it says so (og:type article, JSON-LD of
 * an article type) or when its paragraphs hold enough prose. Errs towards yes — the article code checks
 * again with Readability — and costs well under a millisecond on a page that is not one: a few
 * selector queries, no copy of the page, no layout.
 */
export function mayBeArticle(doc: Document): boolean {
  if (!doc.body) return false;
  if (declaresArticle(doc)) return true;
  let score = 0;
  for (const node of doc.body.querySelectorAll('p, pre, article')) {
    const length = (node.textContent ?? '').trim().length;
    if (length < MIN_NODE_CHARACTERS) continue;
    score += Math.sqrt(length - MIN_NODE_CHARACTERS);
    if (score > MIN_SCORE) return true;
  }
  return false;
}
