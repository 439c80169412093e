import type { ReaderHighlight } from '../store/types';

// Longer passages are addressed by their first and last words (textStart,textEnd) so links stay short.
const LONG_PASSAGE = 80;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/**
 * Percent-encodes a text-directive term. encodeURIComponent leaves `-` (which the directive syntax uses
 * as a separator) and a few characters that break Markdown link destinations, so those are encoded too.
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/**
 * A URL Fragment Text Directive (`#:~:text=[prefix-,]start[,end][,-suffix]`) that scrolls to and
 * marks the highlighted passage on the original page. Context words are added only where the quote's
 * prefix or suffix ends at a word boundary, since the directive matches whole words.
 */
export function textFragmentUrl(pageUrl: string, highlight: ReaderHighlight): string {
  const [quote] = highlight.selectors;
  const exactWords = words(quote.exact);
  const base = withoutFragment(pageUrl);
  if (exactWords.length === 0) return base;
  const terms: string[] = [];
  const prefixWords = /\s$/u.test(quote.prefix) ? words(quote.prefix).slice(-CONTEXT_WORDS) : [];
  if (prefixWords.length > 0) terms.push(`${encodeFragmentTerm(prefixWords.join(' '))}-`);
  if (quote.exact.length > LONG_PASSAGE && exactWords.length > EDGE_WORDS * 2) {
    terms.push(encodeFragmentTerm(exactWords.slice(0, EDGE_WORDS).join(' ')));
    terms.push(encodeFragmentTerm(exactWords.slice(-EDGE_WORDS).join(' ')));
  } else {
    terms.push(encodeFragmentTerm(exactWords.join(' ')));
  }
  const suffixWords = /^\s/u.test(quote.suffix) ? words(quote.suffix).slice(0, CONTEXT_WORDS) : [];
  if (suffixWords.length > 0) terms.push(`-${encodeFragmentTerm(suffixWords.join(' '))}`);
  return `${base}#:~:text=${terms.join(',')}`;
}

// Parentheses are encoded too so the URL can sit inside a Markdown link destination unchanged.
function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return (hash === -1 ? url : url.slice(0, hash)).replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
