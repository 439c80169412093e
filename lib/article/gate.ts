import { declaresArticle } from './metadata';

/** Paragraph-sized text: shorter nodes (captions, teasers, links) say nothing about an article. */
const MIN_NODE_CHARACTERS = 140;
/** Enough long paragraphs to read as an article; the same bar as Readability's readability check, or lower. */
const MIN_SCORE = 20;
/** A news brief: this many sentence paragraphs in a row, one after another in one parent… */
const BRIEF_PARAGRAPHS = 4;
/** …holding this much text between them. */
const BRIEF_CHARACTERS = 400;
/** Where old pages and blogs put prose outside paragraphs: table cells, and blocks of text broken by <br>. */
const LOOSE_PROSE = 'td, div > br';

/**
 * The per-page gate: may this page hold an article? True when it says so (og:type article, JSON-LD of
 * an article type), when its paragraphs hold enough prose, when a table cell or a <br>-broken block
 * holds it (pages laid out in tables), or when a short brief's paragraphs follow one another. Errs
 * towards yes — the article code checks again with Readability — and costs well under a millisecond on
 * a page that is not one: a few selector queries, no copy of the page, no layout.
 */
export function mayBeArticle(doc: Document): boolean {
  if (!doc.body) return false;
  if (declaresArticle(doc)) return true;
  let score = 0;
  const add = (length: number): boolean => {
    if (length >= MIN_NODE_CHARACTERS) score += Math.sqrt(length - MIN_NODE_CHARACTERS);
    return score > MIN_SCORE;
  };
  let run = 0;
  let runCharacters = 0;
  let previous: Element | null = null;
  for (const node of doc.body.querySelectorAll('p, pre, article')) {
    const text = (node.textContent ?? '').trim();
    if (add(text.length)) return true;
    if (node.tagName === 'P' && isSentenceParagraph(node, text)) {
      const follows = previous !== null && node.previousElementSibling === previous;
      run = follows ? run + 1 : 1;
      runCharacters = follows ? runCharacters + text.length : text.length;
      previous = node;
      if (run >= BRIEF_PARAGRAPHS && runCharacters >= BRIEF_CHARACTERS) return true;
    }
  }
  // A cell counts by its own text only: a layout cell around the whole page holds every menu too.
  const seen = new Set<Element>();
  for (const node of doc.body.querySelectorAll(LOOSE_PROSE)) {
    const block = node.tagName === 'BR' ? node.parentElement : node;
    if (!block || seen.has(block)) continue;
    seen.add(block);
    if (add(ownTextLength(block))) return true;
  }
  return false;
}

/** A paragraph of running text: a sentence or more, not mostly a link (a teaser or a menu). */
function isSentenceParagraph(node: Element, text: string): boolean {
  if (text.length < 40 || !/[.!?"”’)]$/.test(text)) return false;
  let linked = 0;
  for (const link of node.querySelectorAll('a')) linked += (link.textContent ?? '').length;
  return linked * 2 < text.length;
}

/** Characters in an element's own text nodes and inline children, not in nested blocks or tables. */
function ownTextLength(block: Element): number {
  let length = 0;
  for (const child of block.childNodes) {
    if (child.nodeType === 3) length += (child.textContent ?? '').trim().length;
    else if (child.nodeType === 1 && INLINE.has((child as Element).tagName)) length += ((child as Element).textContent ?? '').trim().length;
  }
  return length;
}

const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SPAN', 'SMALL', 'U', 'SUP', 'SUB', 'ABBR', 'CITE', 'Q']);
