import type { TextPositionSelector, TextQuoteSelector } from '../store/types';

/** The two selectors stored for a reader highlight: quote first (what it says), position second (a hint). */
export type HighlightSelectors = [TextQuoteSelector, TextPositionSelector];

/** Characters of context kept either side of a quote: enough to tell repeated phrases apart. */
export const CONTEXT_LENGTH = 32;

/**
 * Describes [start, end) of `text` as W3C selectors. The range is trimmed of surrounding white space
 * (a double-click selection often carries a trailing space). Returns null for an empty range.
 */
export function describeRange(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): HighlightSelectors | null {
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from < to && /\s/.test(text.charAt(from))) from++;
  while (to > from && /\s/.test(text.charAt(to - 1))) to--;
  if (from === to) return null;
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - contextLength), from),
      suffix: text.slice(to, to + contextLength),
    },
    { type: 'TextPositionSelector', start: from, end: to },
  ];
}
