import { BLOCK_SELECTOR, blockText, matchEachText, NOT_TEXT } from './blocks';

/**
 * Placing Readability's paragraphs in the live page. Most paragraphs are a live leaf block with the
 * same text. Some are not: Readability turns runs of `<br>` into paragraphs, and wraps text that sits
 * loose beside child blocks (a wire story's first paragraph before its `<p>`s) into a paragraph of its
 * own. Those live in a larger live block; this finds it, so that the article's first paragraph or a
 * `<br>`-separated story still reaches recognition and highlighting.
 */

/** The live text under a root as one string, white space collapsed as `blockText` does. */
interface FlatText {
  text: string;
  nodes: Text[];
  /** Offset in `text` where each of `nodes` begins. */
  starts: number[];
  /** Offset in `text` where each element asked for begins. */
  elementStarts: Map<Element, number>;
}

/** Container blocks whose text is mostly not the article's are left out: they hold a sidebar as well. */
const MIN_CONTAINER_COVERAGE = 0.6;
/**
 * A paragraph that cannot be found costs a scan of the rest of the page; after a few such misses
 * the rest are left unplaced rather than letting a long page cost a scan per paragraph.
 */
const MAX_MISSES = 8;

function flatten(root: Element, marked: ReadonlySet<Element>): FlatText {
  const pieces: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  const elementStarts = new Map<Element, number>();
  let length = 0;
  let endsWithSpace = true;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(NOT_TEXT) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (marked.has(node as Element)) elementStarts.set(node as Element, length);
      continue;
    }
    let piece = (node as Text).data.replace(/\s+/g, ' ');
    if (endsWithSpace && piece.startsWith(' ')) piece = piece.slice(1);
    nodes.push(node as Text);
    starts.push(length);
    if (!piece) continue;
    pieces.push(piece);
    length += piece.length;
    endsWithSpace = piece.endsWith(' ');
  }
  return { text: pieces.join(''), nodes, starts, elementStarts };
}

/** Index of the text node holding character `offset` of the flat text. */
function nodeAt(flat: FlatText, offset: number): number {
  let low = 0;
  let high = flat.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (flat.starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The innermost live block holding characters `start` to `end` of the flat text. */
function enclosingBlock(flat: FlatText, start: number, end: number, root: Element): Element | null {
  const first = flat.nodes[nodeAt(flat, start)]!;
  const last = flat.nodes[nodeAt(flat, end - 1)]!;
  let common: Element | null = first.parentElement;
  while (common && !common.contains(last)) common = common.parentElement;
  const block = common?.closest(BLOCK_SELECTOR) ?? null;
  return block && root.contains(block) ? block : null;
}

/**
 * The live elements holding Readability's article texts, in document order: a leaf block with the
 * same text where there is one, else the smallest live block that holds the text. When a larger block
 * is used, the blocks inside it are not listed again.
 */
export function placeArticleTexts(texts: readonly string[], liveBlocks: readonly Element[], root: Element): Element[] {
  const exact = matchEachText(texts, liveBlocks);
  if (!exact.includes(null)) return exact as Element[];

  const anchors = new Set(exact.filter((element): element is Element => element !== null));
  const flat = flatten(root, anchors);
  // Where the next exactly matched paragraph begins: a paragraph placed by search must end before it.
  const limits: number[] = new Array(texts.length);
  let limit = flat.text.length;
  for (let i = texts.length - 1; i >= 0; i--) {
    limits[i] = limit;
    const anchor = exact[i];
    if (anchor) limit = flat.elementStarts.get(anchor) ?? limit;
  }

  const placed = [...exact];
  const containers = new Map<Element, number>();
  let cursor = 0;
  let misses = 0;
  texts.forEach((text, i) => {
    const anchor = exact[i];
    if (anchor) {
      cursor = Math.max(cursor, (flat.elementStarts.get(anchor) ?? cursor) + text.length);
      return;
    }
    if (misses >= MAX_MISSES || !text) return;
    const at = flat.text.indexOf(text, cursor);
    if (at < 0 || at + text.length > limits[i]!) {
      misses++;
      return;
    }
    const block = enclosingBlock(flat, at, at + text.length, root);
    if (!block) return;
    placed[i] = block;
    containers.set(block, (containers.get(block) ?? 0) + text.length);
    cursor = at + text.length;
  });

  // A block found by search also holds whatever else sits in it: keep it only when the article is
  // most of its text, counting the paragraphs matched exactly inside it.
  for (const [container, ownChars] of containers) {
    let articleChars = ownChars;
    exact.forEach((anchor, i) => {
      if (anchor && anchor !== container && container.contains(anchor)) articleChars += texts[i]!.length;
    });
    if (articleChars < MIN_CONTAINER_COVERAGE * blockText(container).length) {
      containers.delete(container);
      for (let i = 0; i < placed.length; i++) if (placed[i] === container && !exact[i]) placed[i] = null;
    }
  }
  return outermostInOrder(placed, containers);
}

/** Distinct placed elements, without those inside a container that is itself listed. */
function outermostInOrder(placed: readonly (Element | null)[], containers: ReadonlyMap<Element, number>): Element[] {
  const seen = new Set<Element>();
  const result: Element[] = [];
  for (const element of placed) {
    if (!element || seen.has(element)) continue;
    seen.add(element);
    let insideContainer = false;
    for (let parent = element.parentElement; parent && !insideContainer; parent = parent.parentElement) insideContainer = containers.has(parent);
    if (!insideContainer) result.push(element);
  }
  return result;
}
