import { BLOCK_SELECTOR, NOT_TEXT } from './blocks';
import { cleanText } from './metadata';

/**
 * Text that sits loose beside blocks in Readability's result: old pages put a story's bold lead
 * straight into a table cell or a `<font>` before the `<p>`s that follow it. Read block by block, that
 * lead would be lost, and with it often the only full name of the person the story is about.
 */

/** A loose run this long, or ending like a sentence with enough words, is a paragraph, not a stray label. */
const MIN_RUN_WORDS = 12;
const MIN_SENTENCE_WORDS = 6;

function isParagraph(text: string): boolean {
  const words = text.split(' ').length;
  return words >= MIN_RUN_WORDS || (words >= MIN_SENTENCE_WORDS && /[.!?"”’]$/.test(text));
}

/**
 * Wraps each run of loose inline content that reads as a paragraph in a `<p>` of its own, inside
 * `content` — Readability's detached copy, never the live page. Linear in the size of `content`.
 */
export function wrapLooseParagraphs(content: Element): void {
  // Elements with a block somewhere inside: only their children can be loose text beside blocks.
  const holdsBlocks = new Set<Element>();
  for (const block of content.querySelectorAll(BLOCK_SELECTOR)) {
    for (let parent = block.parentElement; parent && !holdsBlocks.has(parent); parent = parent.parentElement) {
      holdsBlocks.add(parent);
      if (parent === content) break;
    }
  }
  const doc = content.ownerDocument;
  for (const container of holdsBlocks) {
    if (container.closest(NOT_TEXT)) continue;
    let run: ChildNode[] = [];
    const flush = (): void => {
      const text = cleanText(run.map((node) => node.textContent ?? '').join(''));
      if (run.length > 0 && isParagraph(text)) {
        const paragraph = doc.createElement('p');
        run[0]!.before(paragraph);
        paragraph.append(...run);
      }
      run = [];
    };
    for (const child of [...container.childNodes]) {
      const isInline =
        child.nodeType === Node.TEXT_NODE ||
        (child.nodeType === Node.ELEMENT_NODE && !holdsBlocks.has(child as Element) && !(child as Element).matches(BLOCK_SELECTOR));
      if (isInline) run.push(child);
      else flush();
    }
    flush();
  }
}
