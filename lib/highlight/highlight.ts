import type { Mention } from '../entities/types';
import { restoreOne, splitPageText, unwrapElements, unwrapOne, wrapText } from './guest-text';
import { createPauser, DEFAULT_SLICE_BUDGET_MS, type SliceOptions } from './slices';
import { slicesFor, type TextIndex } from './text-index';

/** Tag of Diplomark's highlight elements: a name of its own, so page styles for `mark` or `span` miss it. */
export const HIGHLIGHT_TAG = 'diplomark-mark';
export const ENTITY_ATTRIBUTE = 'data-diplomark-entity';
export const KIND_ATTRIBUTE = 'data-diplomark-kind';
const HIGHLIGHT_SELECTOR = `${HIGHLIGHT_TAG}[${ENTITY_ATTRIBUTE}]`;

/**
 * Wraps each mention (offsets into `index.text`) in a highlight element. Weak mentions are skipped.
 * Works from the last mention backwards so splitting a text node never shifts offsets still to come.
 * Returns the highlight elements created, in document order.
 */
export function highlightMentions(index: TextIndex, mentions: readonly Mention[]): Element[] {
  const created: Element[] = [];
  for (let m = mentions.length - 1; m >= 0; m--) wrapMention(index, mentions[m]!, created);
  return created.reverse();
}

export interface SlicedHighlightOptions extends SliceOptions {
  /** Runs each slice of DOM changes; the page session passes one that hides them from its own observer. */
  applySlice?: (change: () => void) => void;
}

/**
 * `highlightMentions` in time slices: wraps mentions until the slice budget is spent, then lets the page
 * run, so a 50,000-word article never blocks the main thread for long. Blocks go top to bottom (what the
 * reader sees first is highlighted first), mentions within a block last to first (a mention never
 * crosses a block, so splitting text nodes never shifts offsets still to come). Stops with `Cancelled` at
 * a slice boundary when `signal` aborts; what was already wrapped stays for the caller to remove. Text
 * the page changed meanwhile is skipped, never wrapped at a wrong offset.
 */
export async function highlightMentionsInSlices(
  index: TextIndex,
  mentions: readonly Mention[],
  options: SlicedHighlightOptions = {},
): Promise<Element[]> {
  const { pause } = createPauser(options);
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  const apply = options.applySlice ?? ((change: () => void) => change());
  const groups = mentionsByBlock(index, mentions);
  const created: Element[] = [];
  let g = 0;
  let j = 0;
  let groupStart = 0;
  while (g < groups.length) {
    await pause(true);
    apply(() => {
      const deadline = now() + budget;
      while (g < groups.length) {
        const group = groups[g]!;
        wrapMention(index, mentions[group[j]!]!, created);
        if (++j === group.length) {
          // This block's highlights were made last first: put them in document order.
          const made = created.splice(groupStart).reverse();
          created.push(...made);
          groupStart = created.length;
          g++;
          j = 0;
        }
        if (now() >= deadline) break;
      }
    });
  }
  return created;
}

/** Indexes of `mentions` (sorted by start) grouped by the block they sit in, blocks in order, each group last first. */
function mentionsByBlock(index: TextIndex, mentions: readonly Mention[]): number[][] {
  const groups: number[][] = [];
  let block = 0;
  let group: number[] = [];
  for (let m = 0; m < mentions.length; m++) {
    const start = mentions[m]!.start;
    let moved = false;
    while (block + 1 < index.blockStarts.length && start >= index.blockStarts[block + 1]!) {
      block++;
      moved = true;
    }
    if (moved && group.length > 0) {
      groups.push(group.reverse());
      group = [];
    }
    group.push(m);
  }
  if (group.length > 0) groups.push(group.reverse());
  return groups;
}

/** Wraps one mention's text-node slices (last first), appending the elements made to `created` in reverse order. */
function wrapMention(index: TextIndex, mention: Mention, created: Element[]): void {
  if (mention.weak) return;
  const slices = slicesFor(index, mention.start, mention.end);
  for (let s = slices.length - 1; s >= 0; s--) {
    const { node } = slices[s]!;
    let { start, end } = slices[s]!;
    if (!node.parentNode || end > node.data.length) continue;
    // Never inside a highlight already (a second pass over the same text must not nest).
    if (node.parentElement?.closest(HIGHLIGHT_TAG)) continue;
    // A piece of a name split across elements may carry the space between words: leave it outside.
    while (start < end && /\s/.test(node.data.charAt(start))) start++;
    while (end > start && /\s/.test(node.data.charAt(end - 1))) end--;
    if (start === end) continue;
    const mark = node.ownerDocument.createElement(HIGHLIGHT_TAG);
    mark.setAttribute(ENTITY_ATTRIBUTE, mention.entityId);
    mark.setAttribute(KIND_ATTRIBUTE, mention.kind);
    wrapText(node, start, end, mark);
    created.push(mark);
  }
}

/**
 * `removeHighlights` in time slices, for a long article about to be analysed again: unwraps highlights,
 * then gives the page's text nodes their text back, until the slice budget is spent, then lets the page
 * run. Stops with `Cancelled` at a slice boundary when `signal` aborts.
 */
export async function removeHighlightsInSlices(root: ParentNode, options: SlicedHighlightOptions = {}): Promise<void> {
  const { pause } = createPauser(options);
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? DEFAULT_SLICE_BUDGET_MS;
  const apply = options.applySlice ?? ((change: () => void) => change());
  const marks = [...root.querySelectorAll(HIGHLIGHT_SELECTOR)];
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

/** Removes every Diplomark highlight under `root`, restoring the original text nodes. */
export function removeHighlights(root: ParentNode): void {
  unwrapElements(root, HIGHLIGHT_SELECTOR);
}
