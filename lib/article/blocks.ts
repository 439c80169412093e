import { cleanText } from './metadata';

/** Elements that hold a paragraph's worth of text in articles. */
export const BLOCK_SELECTOR = 'p,h1,h2,h3,h4,h5,h6,li,pre,blockquote,td,th,figcaption,caption,dt,dd,div,section,article,aside,header,footer,main,figure,table,ul,ol,dl,tr,tbody,thead';

/** Elements whose text is never article text for Diplomark: our own UI, form fields, code, editable regions. */
export const NOT_TEXT =
  'script,style,noscript,template,textarea,input,select,button,svg,math,iframe,object,diplomark-ui,[contenteditable]:not([contenteditable="false"])';

/** Tag names of the NOT_TEXT elements, so most elements are told apart without matching a selector. */
const NOT_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'button', 'svg', 'math', 'iframe', 'object', 'diplomark-ui']);

/** Whether `element` matches NOT_TEXT; the selector is matched only for elements that carry `contenteditable`. */
function isNotText(element: Element): boolean {
  return NOT_TEXT_TAGS.has(element.localName) || (element.hasAttribute('contenteditable') && element.matches(NOT_TEXT));
}

/** Tag names of the block elements in BLOCK_SELECTOR: text on either side of one is not one run of words. */
const BLOCK_TAGS = new Set(BLOCK_SELECTOR.split(','));

/**
 * Calls `visit` for each text node under `root` that is article text (skipping NOT_TEXT subtrees), in
 * document order. A plain walk over child and sibling links: a TreeWalker with a filter would call back
 * into script for every node, which on a long article costs more than the walk itself.
 *
 * `lineBreak`, when given, is called where the page breaks the line between two text nodes: at a `<br>`
 * and where a block element inside `root` begins or ends (a story's paragraphs inside a container that
 * also holds its loose first paragraph). Without it "…if we lost.'</p><p>In 1974…" would read as one word.
 */
export function forEachTextNode(root: Element, visit: (node: Text) => void, lineBreak?: () => void): void {
  if (root.closest(NOT_TEXT)) return;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) visit(node as Text);
    else if (node.nodeType === Node.ELEMENT_NODE && !isNotText(node as Element)) {
      const tag = (node as Element).localName;
      if (lineBreak && (tag === 'br' || BLOCK_TAGS.has(tag))) lineBreak();
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
    }
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (lineBreak && node !== root && BLOCK_TAGS.has((node as Element).localName)) lineBreak();
    }
    if (node === root) return;
    node = node.nextSibling;
  }
}

/** The length of the text under `root` (its `textContent.length`) without building that string. */
export function textLength(root: Node): number {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  while (walker.nextNode()) length += (walker.currentNode as Text).length;
  return length;
}

/** The text of a block as Diplomark compares and stores it: article text only, white space collapsed. */
export function blockText(element: Element): string {
  const parts: string[] = [];
  forEachTextNode(element, (node) => parts.push(node.data));
  return cleanText(parts.join(''));
}

/**
 * Leaf blocks under `root`: block elements with no block element inside. These are the units an
 * article's text is mapped by, between Readability's copy and the live page.
 */
export function leafBlocks(root: Element, skip: (element: Element) => boolean = () => false): Element[] {
  const all = [...root.querySelectorAll(BLOCK_SELECTOR)];
  const hasBlockChild = new Set<Element>();
  for (const element of all) noteBlockParent(root, element, hasBlockChild);
  return all.filter((element) => !hasBlockChild.has(element) && !skip(element));
}

/** How many elements `leafBlocksInSlices` looks at between two calls of `pause`. */
const ELEMENTS_PER_STEP = 64;

/** `leafBlocks` with `pause()` between runs of elements: a book-length article has thousands of blocks. */
export async function leafBlocksInSlices(root: Element, skip: (element: Element) => boolean, pause: () => Promise<void>): Promise<Element[]> {
  const all = [...root.querySelectorAll(BLOCK_SELECTOR)];
  const hasBlockChild = new Set<Element>();
  for (let i = 0; i < all.length; i++) {
    if (i % ELEMENTS_PER_STEP === 0) await pause();
    noteBlockParent(root, all[i]!, hasBlockChild);
  }
  const leaves: Element[] = [];
  for (let i = 0; i < all.length; i++) {
    if (i % ELEMENTS_PER_STEP === 0) await pause();
    const element = all[i]!;
    if (!hasBlockChild.has(element) && !skip(element)) leaves.push(element);
  }
  return leaves;
}

/** Adds the block holding `element` (within `root`) to `parents`: it is no leaf. */
function noteBlockParent(root: Element, element: Element, parents: Set<Element>): void {
  const parent = element.parentElement?.closest(BLOCK_SELECTOR);
  if (parent && root.contains(parent)) parents.add(parent);
}

/**
 * Finds, for each text of Readability's article blocks (in order), the live element with the same
 * text, keeping document order. Blocks Readability changed beyond recognition stay unmatched.
 */
export function matchLiveBlocks(articleTexts: readonly string[], liveBlocks: readonly Element[]): Element[] {
  return matchEachText(articleTexts, liveBlocks).filter((element): element is Element => element !== null);
}

/** Like `matchLiveBlocks`, one entry per article text: its live element, or null where none has that text. */
export function matchEachText(articleTexts: readonly string[], liveBlocks: readonly Element[]): (Element | null)[] {
  const byText = new Map<string, number[]>();
  liveBlocks.forEach((element, index) => {
    const text = blockText(element);
    if (!text) return;
    const list = byText.get(text);
    if (list) list.push(index);
    else byText.set(text, [index]);
  });
  let cursor = -1;
  return articleTexts.map((text) => {
    const next = byText.get(text)?.find((position) => position > cursor);
    if (next === undefined) return null;
    cursor = next;
    return liveBlocks[next]!;
  });
}
