/**
 * Wrapping text in a page whose text nodes belong to someone else. Frameworks (React, Vue) keep
 * references to the Text nodes they render and later write to them (`nodeValue = …`), move them or
 * remove them. So a page's own Text node never leaves its place and is never merged with another: it
 * keeps the text before the first highlight (possibly none), and everything after it — highlight
 * elements and the plain pieces between them — is ours, inserted right after it. Removing highlights
 * gives the page's node its text back and removes exactly our nodes (no `normalize()`, which would
 * merge text nodes the page keeps apart on purpose).
 */

/** What we know of one document: the page's Text nodes we split, and every node we made. */
interface Ledger {
  /** Page Text nodes followed by pieces of ours. */
  readonly split: Set<Text>;
  /** Every node we inserted: highlight elements and pieces of split text. */
  readonly made: WeakSet<Node>;
}

const ledgers = new WeakMap<Document, Ledger>();

function ledgerOf(doc: Document): Ledger {
  let ledger = ledgers.get(doc);
  if (!ledger) {
    ledger = { split: new Set(), made: new WeakSet() };
    ledgers.set(doc, ledger);
  }
  return ledger;
}

function documentOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

/** Whether Diplomark inserted `node` (a highlight element or a piece of split text). */
export function isGuestNode(node: Node): boolean {
  return ledgerOf(documentOf(node)).made.has(node);
}

/**
 * Wraps [start, end) of `node` in `element` (new and empty) and returns it. A page Text node stays where
 * it is, holding the text before `start`; the wrapped text and any text after it are new nodes of ours.
 */
export function wrapText(node: Text, start: number, end: number, element: Element): Element {
  const { split, made } = ledgerOf(documentOf(node));
  const pages = !made.has(node);
  let target = node;
  if (pages || start > 0) {
    target = node.splitText(start);
    made.add(target);
    if (pages) split.add(node);
  }
  if (end - start < target.data.length) made.add(target.splitText(end - start));
  made.add(element);
  target.parentNode!.replaceChild(element, target);
  element.appendChild(target);
  return element;
}

/** Our nodes right after the page's `node` (or starting at `first`, when `node` was taken out). */
function piecesAfter(made: WeakSet<Node>, first: Node | null): Node[] {
  const pieces: Node[] = [];
  for (let piece = first; piece && made.has(piece); piece = piece.nextSibling) pieces.push(piece);
  return pieces;
}

/**
 * Gives `node` back the text of our pieces after it and removes them — only when none of them is still a
 * highlight (another kind may still be wrapped there). Returns whether the node is whole again.
 */
function restore(ledger: Ledger, node: Text): boolean {
  const pieces = piecesAfter(ledger.made, node.nextSibling);
  if (pieces.some((piece) => piece.nodeType !== 3)) return false;
  const text = pieces.map((piece) => (piece as Text).data).join('');
  if (text) node.data += text;
  for (const piece of pieces) piece.parentNode?.removeChild(piece);
  ledger.split.delete(node);
  return true;
}

/**
 * Replaces each of our elements matching `selector` under `root` by its content, then makes whole again
 * every page Text node under `root` with no highlight of ours left beside it.
 */
export function unwrapElements(root: ParentNode, selector: string): void {
  for (const element of root.querySelectorAll(selector)) unwrapOne(element);
  restorePageText(root);
}

/** Replaces one of our elements by its content (which is ours too: wrapping never moves a page node). */
export function unwrapOne(element: Element): void {
  const parent = element.parentNode;
  if (!parent || !isGuestNode(element)) return;
  while (element.firstChild) parent.insertBefore(element.firstChild, element);
  parent.removeChild(element);
}

/** Page Text nodes under `root` that we split, for restoring in slices. */
export function splitPageText(root: ParentNode): Text[] {
  const doc = documentOf(root as Node);
  const ledger = ledgerOf(doc);
  const under: Text[] = [];
  for (const node of ledger.split) {
    if (!node.isConnected) ledger.split.delete(node);
    else if ((root as Node).contains(node)) under.push(node);
  }
  return under;
}

/** Makes whole again one page Text node (see `restorePageText`). */
export function restoreOne(node: Text): boolean {
  return restore(ledgerOf(documentOf(node)), node);
}

/** Makes whole again every page Text node under `root` that no highlight splits any more. */
export function restorePageText(root: ParentNode): void {
  for (const node of splitPageText(root)) restoreOne(node);
}

/**
 * Undoes our splitting wherever the page itself changed a Text node of its own: the page wrote new text
 * into it (our pieces after it would repeat or contradict the new text: they go) or took it out (it gets
 * its whole text back, as its owner believes it has, and our pieces go). Call it from a MutationObserver
 * callback, which runs before the page is painted, with `apply` hiding our own changes from that
 * observer. Returns whether anything of ours was removed (its highlights want drawing again).
 */
export function repairPageEdits(doc: Document, records: readonly MutationRecord[], apply: (change: () => void) => void = (change) => change()): boolean {
  const ledger = ledgerOf(doc);
  if (ledger.split.size === 0) return false;
  const wrote: Text[] = [];
  const removed: { node: Text; next: Node | null }[] = [];
  for (const record of records) {
    if (record.type === 'characterData') {
      if (ledger.split.has(record.target as Text)) wrote.push(record.target as Text);
    } else if (record.type === 'childList') {
      for (const node of record.removedNodes) {
        if (ledger.split.has(node as Text)) removed.push({ node: node as Text, next: record.nextSibling });
      }
    }
  }
  if (wrote.length === 0 && removed.length === 0) return false;
  apply(() => {
    for (const node of wrote) {
      if (!ledger.split.delete(node)) continue;
      for (const piece of piecesAfter(ledger.made, node.nextSibling)) piece.parentNode?.removeChild(piece);
    }
    for (const { node, next } of removed) {
      if (!ledger.split.delete(node)) continue;
      // Where it was taken from, even if the page has put it back elsewhere since.
      const pieces = piecesAfter(ledger.made, next);
      const text = pieces.map((piece) => piece.textContent ?? '').join('');
      if (text) node.data += text;
      for (const piece of pieces) piece.parentNode?.removeChild(piece);
    }
  });
  return true;
}
