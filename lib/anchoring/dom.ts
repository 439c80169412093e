import type { TextIndex } from '../highlight/text-index';
import { removeWrapped, wrapRange } from '../highlight/highlighter';

/** Tag of the reader's own highlights, distinct from entity highlights (page code and tests tell them apart by it; the name is kept as shipped). */
export const READER_HIGHLIGHT_TAG = 'diplomark-note';
/** Space-separated ids of the reader highlights a piece of text belongs to (highlights may overlap). */
export const READER_HIGHLIGHT_IDS_ATTRIBUTE = 'data-diplomark-note';
/** On the last piece of a highlight that carries a note: where the note marker shows. */
export const NOTE_MARKER_ATTRIBUTE = 'data-diplomark-note-marker';

/**
 * Offsets [start, end) into `index.text` of the article text inside a DOM range, or null when the
 * range holds none of it. Linear in the number of indexed text nodes.
 */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } | null {
  const nodeNumber = new Map<Text, number>();
  index.nodes.forEach((node, i) => nodeNumber.set(node, i));
  const inRange = new Uint8Array(index.nodes.length);
  index.nodes.forEach((node, i) => {
    if (range.intersectsNode(node)) inRange[i] = 1;
  });
  const startNode = range.startContainer.nodeType === Node.TEXT_NODE ? nodeNumber.get(range.startContainer as Text) : undefined;
  const endNode = range.endContainer.nodeType === Node.TEXT_NODE ? nodeNumber.get(range.endContainer as Text) : undefined;
  let start = -1;
  let end = -1;
  for (let i = 0; i < index.text.length; i++) {
    const node = index.nodeOf[i]!;
    if (node === -1 || !inRange[node]) continue;
    const offset = index.offsetOf[i]!;
    if (node === startNode && offset < range.startOffset) continue;
    if (node === endNode && offset >= range.endOffset) continue;
    if (start === -1) start = i;
    end = i + 1;
  }
  return start === -1 ? null : { start, end };
}

/** A DOM range over [start, end) of `index.text` (which must be fresh), or null when it holds no page text. */
export function offsetsToRange(index: TextIndex, start: number, end: number): Range | null {
  let first = start;
  while (first < end && index.nodeOf[first] === -1) first++;
  let last = end - 1;
  while (last >= first && index.nodeOf[last] === -1) last--;
  if (first > last) return null;
  const startNode = index.nodes[index.nodeOf[first]!]!;
  const endNode = index.nodes[index.nodeOf[last]!]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(index.offsetOf[first]!, startNode.data.length));
  range.setEnd(endNode, Math.min(index.offsetOf[last]! + 1, endNode.data.length));
  return range;
}

/** A piece of text to wrap and the highlights it belongs to. */
interface Segment {
  start: number;
  end: number;
  ids: string[];
}

export interface PlacedHighlight {
  id: string;
  start: number;
  end: number;
  hasNote: boolean;
}

/** Cuts possibly overlapping highlights into disjoint segments, each naming every highlight covering it. */
function segmentsOf(highlights: readonly PlacedHighlight[]): Segment[] {
  const cuts = [...new Set(highlights.flatMap((h) => [h.start, h.end]))].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const start = cuts[c]!;
    const end = cuts[c + 1]!;
    const ids = highlights.filter((h) => h.start <= start && h.end >= end).map((h) => h.id);
    if (ids.length) segments.push({ start, end, ids });
  }
  return segments;
}

/**
 * Wraps the reader's highlights (offsets into `index.text`) in `diplomark-note` elements, one per piece
 * of a text node, across blocks if need be. Works backwards so splitting a node never moves text still
 * to be wrapped. The index must be fresh (built after any other wrapping of the same text).
 */
export function wrapReaderHighlights(index: TextIndex, highlights: readonly PlacedHighlight[]): Element[] {
  const created: Element[] = [];
  const lastPieceOf = new Map<string, Element>();
  const segments = segmentsOf(highlights.filter((h) => h.end > h.start));
  for (let s = segments.length - 1; s >= 0; s--) {
    const segment = segments[s]!;
    const made = created.length;
    wrapRange(index, segment.start, segment.end, { tag: READER_HIGHLIGHT_TAG, attributes: { [READER_HIGHLIGHT_IDS_ATTRIBUTE]: segment.ids.join(' ') }, trimSpace: false }, created);
    const lastPiece = created[made];
    if (lastPiece) for (const id of segment.ids) if (!lastPieceOf.has(id)) lastPieceOf.set(id, lastPiece);
  }
  for (const highlight of highlights) {
    if (highlight.hasNote) lastPieceOf.get(highlight.id)?.setAttribute(NOTE_MARKER_ATTRIBUTE, highlight.id);
  }
  return created.reverse();
}

/** Removes every reader highlight element under `root`, restoring the original text nodes. */
export function unwrapReaderHighlights(root: ParentNode): void {
  removeWrapped(root, READER_HIGHLIGHT_TAG);
}
