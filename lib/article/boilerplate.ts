import { blockText } from './blocks';

/**
 * Blocks inside an article that are not its story: photo credits and labels ("Mandel Ngan/AFP via
 * Getty Images", "Tzipi Livni Photo"), and links to other stories ("Related", "More world stories"
 * lists, a promo line between paragraphs). They name people and places the story is not about, so
 * recognition must not read them as the story's. A caption that is a sentence about the story's
 * scene stays: it names the story's own places and people.
 */

/** Where captions and credits live; matched on Readability's copy, which keeps the page's classes. */
const CAPTION = 'figure, figcaption, [class*="caption"], [class*="Caption"], [class*="credit"], [class*="Credit"], [class*="photo"], [class*="Photo"]';
/** A caption holds a sentence or two; a longer element with such a class wraps the story itself. */
const MAX_CAPTION_CHARS = 600;
/** A caption block shorter than this is a credit or a label, not a sentence. */
const MAX_CREDIT_WORDS = 8;
/** Share of a block's text inside links from which the block is a link, not prose. */
const LINK_BLOCK_SHARE = 0.8;

/** A block of a photo's caption that credits or labels the photo rather than describing its scene. */
export function isPhotoCredit(block: Element, text: string): boolean {
  if (text.split(' ').length >= MAX_CREDIT_WORDS) return false;
  const holder = block.closest(CAPTION);
  return holder !== null && (holder.textContent?.length ?? 0) <= MAX_CAPTION_CHARS;
}

/** A block that is (nearly) all link text: a link to another story, or an item of a list of them. */
export function isLinkBlock(block: Element, text: string = blockText(block)): boolean {
  if (!text) return false;
  let linked = 0;
  for (const link of block.querySelectorAll('a')) linked += blockText(link).length;
  if (block.closest('a')) linked = text.length;
  return linked >= LINK_BLOCK_SHARE * text.length;
}

/** A block of the article's copy that is not part of its story. */
export function isBoilerplate(block: Element, text: string): boolean {
  return isPhotoCredit(block, text) || isLinkBlock(block, text);
}

/** A teaser under a linked headline is a sentence or two; longer text is the story itself. */
const MAX_TEASER_CHARS = 400;
/** Teasers of other stories take a line or two under their linked headline (kicker, source, summary). */
const MAX_TEASER_BLOCKS = 3;

/** A block of the article's copy with its text. */
export interface TextBlock {
  block: Element;
  text: string;
}

/**
 * The blocks of the story: without credits and links to other stories, and without the short teaser
 * lines under a linked headline (a box of other stories that Readability kept beside the story).
 */
export function storyBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const kept: TextBlock[] = [];
  let teaserLines = 0;
  for (const entry of blocks) {
    const isHeading = /^H[1-6]$/.test(entry.block.tagName);
    if (isHeading && isLinkBlock(entry.block, entry.text)) {
      teaserLines = MAX_TEASER_BLOCKS;
      continue;
    }
    if (isHeading || entry.text.length > MAX_TEASER_CHARS) teaserLines = 0;
    if (teaserLines > 0) {
      teaserLines--;
      continue;
    }
    if (!isBoilerplate(entry.block, entry.text)) kept.push(entry);
  }
  return kept;
}
