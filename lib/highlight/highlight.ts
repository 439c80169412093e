import type { Mention } from '../entities/types';
import { removeWrapped, removeWrappedInSlices, wrapRange, type SlicedHighlightOptions } from './highlighter';
import { createPauser, DEFAULT_SLICE_BUDGET_MS } from '../time-slices';
import type { TextIndex } from './text-index';

export type { SlicedHighlightOptions };

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

/**
 * `highlightMentions` in time slices: wraps mentions until the slice budget is spent, then lets the page
 * run, so a 50,000-word article never blocks the main thread for long. Blocks go top to bottom (what the
 * reader sees first is highlighted first), mentions within a block last to first (a mention never
 * crosses a block, so splitting text nodes never shifts offsets still to come). Stops (rejecting with the abort
 * reason) at a slice boundary when `signal` aborts; what was already wrapped stays for the caller to remove. Text
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

/** Wraps one mention's text-node pieces (last first), appending the elements made to `created` in reverse order. */
function wrapMention(index: TextIndex, mention: Mention, created: Element[]): void {
  if (mention.weak) return;
  // A mention never crosses a block: one that seems to (the page changed meanwhile) is not wrapped.
  for (let i = mention.start; i < mention.end; i++) if (index.nodeOf[i] === -1) return;
  wrapRange(index, mention.start, mention.end, { tag: HIGHLIGHT_TAG, attributes: { [ENTITY_ATTRIBUTE]: mention.entityId, [KIND_ATTRIBUTE]: mention.kind }, trimSpace: true }, created);
}

/**
 * `removeHighlights` in time slices, for a long article about to be analysed again: unwraps highlights,
 * then gives the page's text nodes their text back, until the slice budget is spent, then lets the page
 * run. Rejects with the abort reason at a slice boundary when `signal` aborts.
 */
export function removeHighlightsInSlices(root: ParentNode, options: SlicedHighlightOptions = {}): Promise<void> {
  return removeWrappedInSlices(root, HIGHLIGHT_SELECTOR, options);
}

/** Removes every Diplomark highlight under `root`, restoring the original text nodes. */
export function removeHighlights(root: ParentNode): void {
  removeWrapped(root, HIGHLIGHT_SELECTOR);
}
