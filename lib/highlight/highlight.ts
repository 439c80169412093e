import type { Mention } from '../entities/types';
import { slicesFor, type TextIndex } from './text-index';

/** Tag of Diplomark's highlight elements: a name of its own, so page styles for `mark` or `span` miss it. */
export const HIGHLIGHT_TAG = 'diplomark-mark';
export const ENTITY_ATTRIBUTE = 'data-diplomark-entity';
export const KIND_ATTRIBUTE = 'data-diplomark-kind';

/**
 * Wraps each mention (offsets into `index.text`) in a highlight element. Weak mentions are skipped.
 * Works from the last mention backwards so splitting a text node never shifts offsets still to come.
 * Returns the highlight elements created, in document order.
 */
export function highlightMentions(index: TextIndex, mentions: readonly Mention[]): Element[] {
  const created: Element[] = [];
  for (let m = mentions.length - 1; m >= 0; m--) {
    const mention = mentions[m]!;
    if (mention.weak) continue;
    const slices = slicesFor(index, mention.start, mention.end);
    for (let s = slices.length - 1; s >= 0; s--) {
      const { node } = slices[s]!;
      let { start, end } = slices[s]!;
      if (!node.parentNode || end > node.data.length) continue;
      // A piece of a name split across elements may carry the space between words: leave it outside.
      while (start < end && /\s/.test(node.data.charAt(start))) start++;
      while (end > start && /\s/.test(node.data.charAt(end - 1))) end--;
      if (start === end) continue;
      const target = start > 0 ? node.splitText(start) : node;
      if (end - start < target.data.length) target.splitText(end - start);
      const mark = node.ownerDocument.createElement(HIGHLIGHT_TAG);
      mark.setAttribute(ENTITY_ATTRIBUTE, mention.entityId);
      mark.setAttribute(KIND_ATTRIBUTE, mention.kind);
      target.parentNode!.replaceChild(mark, target);
      mark.appendChild(target);
      created.push(mark);
    }
  }
  return created.reverse();
}

/** Removes every Diplomark highlight under `root`, restoring the original text nodes. */
export function removeHighlights(root: ParentNode): void {
  const parents = new Set<Node>();
  for (const mark of root.querySelectorAll(`${HIGHLIGHT_TAG}[${ENTITY_ATTRIBUTE}]`)) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
