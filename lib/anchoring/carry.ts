import type { ReaderHighlight } from '../store/types';
import { createAnchorer } from './anchor';
import { describeRange } from './selectors';

/**
 * The reader's highlights when a clipping's text is replaced by a newer version of the article: each
 * one found in the new text gets fresh selectors there; one that cannot be found keeps its old
 * quote and context, so it is listed as not found rather than lost.
 */
export function carryHighlights(highlights: readonly ReaderHighlight[], oldText: string, newText: string): ReaderHighlight[] {
  if (oldText === newText) return [...highlights];
  const anchorIn = createAnchorer(newText);
  return highlights.map((highlight) => {
    const anchor = anchorIn(highlight);
    const selectors = anchor ? describeRange(newText, anchor.start, anchor.end) : null;
    if (selectors) return { ...highlight, selectors };
    // Not found: the quote and context stay as they were; the position, only a hint, is kept within the new text.
    const [quote, position] = highlight.selectors;
    const end = Math.min(position.end, newText.length);
    return { ...highlight, selectors: [quote, { ...position, start: Math.min(position.start, end), end }] };
  });
}

