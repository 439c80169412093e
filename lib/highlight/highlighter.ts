import { restoreOne, splitPageText, unwrapElements, unwrapOne, wrapText } from './guest-text';
import { createPauser, DEFAULT_SLICE_BUDGET_MS, type SliceOptions } from '../time-slices';
import type { TextIndex } from './text-index';

/**
 * The one highlighter of entity and reader highlights: wraps offsets of a text index in elements of a
 * given tag and attributes, and takes them out again, at once or in time slices. Every change goes
 * through guest-text.ts, so the page's own text nodes are never merged or moved.
 */

export interface SlicedHighlightOptions extends SliceOptions {
  /** Runs each slice of DOM changes; the page session passes one that hides them from its own observer. */
  applySlice?: (change: () => void) => void;
}

/** Which element a highlight is made of. */
export interface HighlightElement {
  tag: string;
  attributes: Readonly<Record<string, string>>;
  /**
   * Leave each piece's leading and trailing white space outside (a name split across elements may carry
   * the space between its words), and skip pieces of white space only. Entity highlights mark names;
   * the reader's highlights mark exactly the passage chosen, spaces between inline elements included.
   */
  trimSpace: boolean;
}

/**
 * Wraps [start, end) of `index.text` in `element`s, one per piece of a text node, last piece first
 * (splitting a node never moves text still to be wrapped), and appends them to `created` in that
 * (reverse) order. Block separators, text the page has since changed, and text already inside an
 * element of the same tag are skipped.
 */
export function wrapRange(index: TextIndex, start: number, end: number, element: HighlightElement, created: Element[]): void {
  let i = end - 1;
  while (i >= start) {
    const nodeNumber = index.nodeOf[i]!;
    if (nodeNumber === -1) {
      i--;
      continue;
    }
    // The run of offsets in this text node, from its end back.
    let first = index.offsetOf[i]!;
    const last = first;
    while (i - 1 >= start && index.nodeOf[i - 1] === nodeNumber) first = index.offsetOf[--i]!;
    i--;
    const node = index.nodes[nodeNumber]!;
    let pieceStart = first;
    let pieceEnd = last + 1;
    if (!node.parentNode || pieceEnd > node.data.length) continue;
    if (node.parentElement?.closest(element.tag)) continue;
    if (element.trimSpace) {
      while (pieceStart < pieceEnd && /\s/.test(node.data.charAt(pieceStart))) pieceStart++;
      while (pieceEnd > pieceStart && /\s/.test(node.data.charAt(pieceEnd - 1))) pieceEnd--;
      if (pieceStart === pieceEnd) continue;
    }
    const mark = node.ownerDocument.createElement(element.tag);
    for (const [name, value] of Object.entries(element.attributes)) mark.setAttribute(name, value);
    wrapText(node, pieceStart, pieceEnd, mark);
    created.push(mark);
  }
}

/** Removes every element matching `selector` under `root`, giving the page's text nodes their text back. */
export function removeWrapped(root: ParentNode, selector: string): void {
  unwrapElements(root, selector);
}

/**
 * `removeWrapped` in time slices, for a long article: unwraps, then gives the page's text nodes their
 * text back, until the slice budget is spent, then lets the page run. Rejects with the abort reason at a slice
 * boundary when `signal` aborts.
 */
export async function removeWrappedInSlices(root: ParentNode, selector: string, options: SlicedHighlightOptions = {}): Promise<void> {
  const { pause } = createPauser(options);
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  const apply = options.applySlice ?? ((change: () => void) => change());
  const marks = [...root.querySelectorAll(selector)];
  let i = 0;
  // The page's text nodes to make whole again, listed once every highlight is unwrapped.
  const restoring: { nodes: Text[] | null } = { nodes: null };
  let t = 0;
  while (restoring.nodes === null || t < restoring.nodes.length) {
    if (i > 0 || t > 0) await pause(true);
    apply(() => {
      const deadline = now() + budget;
      while (i < marks.length) {
        unwrapOne(marks[i++]!);
        if (now() >= deadline) return;
      }
      const nodes = (restoring.nodes ??= splitPageText(root));
      while (t < nodes.length) {
        restoreOne(nodes[t++]!);
        if (now() >= deadline) return;
      }
    });
  }
}
