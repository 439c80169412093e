import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { copyContainer, findArticleContainer } from './article-container';
import { blockText, leafBlocks, leafBlocksInSlices, NOT_TEXT } from './blocks';
import { storyBlocks } from './boilerplate';
import { removeDataTables } from './data-table';
import { mayBeArticle } from './gate';
import { findHeadline } from './headline';
import { isCreditLine } from './lead';
import { wrapLooseParagraphs } from './loose-text';
import { cleanText, declaresArticle, normaliseDate, readMetadata, type ArticleMetadata } from './metadata';
import { placeArticleTexts } from './text-placement';

/** An article found in a live page. */
export interface ExtractedArticle {
  meta: ArticleMetadata;
  /** The live page's headline element, when one matches the title. */
  headline: Element | null;
  /** Live elements holding the article body, in document order. */
  blocks: Element[];
  /** Clean article body: Readability's blocks, a blank line between each. */
  text: string;
  excerpt: string;
  wordCount: number;
}

const MIN_ARTICLE_CHARS = 500;

/**
 * Cheap first look: is this page worth running Readability on? Decides in well under a millisecond
 * on pages that are plainly not articles.
 */
export function looksLikeArticle(doc: Document, declaredArticle: boolean): boolean {
  if (!doc.body) return false;
  if (declaredArticle) return true;
  // The per-page gate's reading too: prose in table cells and short briefs, which Readability reads
  // but its own readability check does not count.
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 }) || mayBeArticle(doc);
}

/**
 * Blocks of Readability's result, trimmed of what surrounds the story: leading lines that are not
 * prose (kicker, dateline, byline) and trailing ones (share bars, tags).
 */
function articleBlockTexts(content: Element, byline: string): string[] {
  wrapLooseParagraphs(content);
  const blocks = leafBlocks(content, (element) => element.closest(NOT_TEXT) !== null).map((block) => ({ block, text: blockText(block) }));
  const texts = storyBlocks(blocks.filter(({ text }) => text)).map(({ text }) => text);
  const isProse = (text: string): boolean => text.split(' ').length >= 8 || /[.!?"”’]$/.test(text);
  let first = 0;
  while (first < texts.length && (!isProse(texts[first]!) || isCreditLine(texts[first]!, byline))) first++;
  let last = texts.length - 1;
  while (last > first && !isProse(texts[last]!)) last--;
  return texts.slice(first, last + 1);
}

/** Readability's reading of a page, before it is mapped back to the live page. */
export interface ReadArticle {
  meta: ArticleMetadata;
  parsed: NonNullable<ReturnType<Readability<Element>['parse']>>;
  content: Element;
  /** The live element Readability read a copy of, or null when it read a copy of the whole page. */
  container: Element | null;
}

/** A page that passed the gate: its metadata and a copy for Readability to take apart. */
export interface ArticleSnapshot {
  meta: ArticleMetadata;
  clone: Document;
  /** The live element `clone` holds a copy of (`findArticleContainer`), or null for a copy of the whole page. */
  container: Element | null;
}

/**
 * The gate, then the page's metadata and a copy for Readability: the first step of `extractArticle`. A
 * page whose article element holds nearly all its prose is copied from that element only (on a news page,
 * a fraction of it: Readability then has less to copy and to read, and finds the same story); any other
 * page is copied whole. Returns null when the page holds no article.
 */
export function snapshotArticle(doc: Document, pageUrl: string = doc.location?.href ?? ''): ArticleSnapshot | null {
  // The gate first: most pages are not articles, and it needs only two cheap questions of the page.
  if (!looksLikeArticle(doc, declaresArticle(doc))) return null;
  const meta = readMetadata(doc, pageUrl);
  const container = findArticleContainer(doc);
  const clone = container ? copyContainer(doc, container, !meta.byline) : (doc.cloneNode(true) as Document);
  for (const own of clone.querySelectorAll('diplomark-ui')) own.remove();
  removeDataTables(clone);
  return { meta, clone, container };
}

/** Readability on the copy: the second step. Returns null when it finds no article after all. */
export function readSnapshot({ meta, clone, container }: ArticleSnapshot): ReadArticle | null {
  // Classes kept: they tell captions and credits from the story (lib/article/boilerplate.ts).
  const parsed = new Readability(clone, { serializer: (node: Node) => node as Element, keepClasses: true }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return null;
  return { meta, parsed, content, container };
}

/**
 * The gate and Readability on a copy of the page, in one go. The steps are separate so a caller can
 * let the page run between them on long pages (copying a long page and reading it are each a task).
 */
export function readArticle(doc: Document, pageUrl: string = doc.location?.href ?? ''): ReadArticle | null {
  const snapshot = snapshotArticle(doc, pageUrl);
  return snapshot && readSnapshot(snapshot);
}

/** Second half of `extractArticle`: the article's blocks, mapped back to the live page by text. */
export function placeArticle(doc: Document, { meta, parsed, content, container }: ReadArticle, pageUrl: string = doc.location?.href ?? ''): ExtractedArticle | null {
  const texts = articleBlockTexts(content, meta.byline || cleanText(parsed.byline ?? ''));
  const text = texts.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) return null;

  // What Readability read of a container is found in that container (still in the page).
  const root = container?.isConnected ? container : doc.body;
  const live = leafBlocks(root, (element) => element.closest(NOT_TEXT) !== null);
  const blocks = placeArticleTexts(texts, live, root);
  const title = meta.title || cleanText(parsed.title ?? '') || cleanText(doc.title);
  const headline = findHeadline(doc, [title, cleanText(parsed.title ?? ''), cleanText(doc.title)], blocks);
  return {
    meta: {
      ...meta,
      title,
      byline: meta.byline || cleanText(parsed.byline ?? ''),
      site: meta.site || cleanText(parsed.siteName ?? '') || (safeHost(pageUrl) ?? ''),
      publishedAt: meta.publishedAt ?? normaliseDate(parsed.publishedTime ?? ''),
      language: meta.language || cleanText(parsed.lang ?? ''),
    },
    headline,
    blocks,
    text,
    excerpt: meta.description || cleanText(parsed.excerpt ?? '') || texts[0]?.slice(0, 300) || '',
    wordCount: text.split(/\s+/).length,
  };
}

/**
 * Extracts the article from `doc` without touching it (Readability runs on a clone) and maps it back
 * to live blocks by text. Returns null when the page holds no article.
 */
export function extractArticle(doc: Document, pageUrl: string = doc.location?.href ?? ''): ExtractedArticle | null {
  const read = readArticle(doc, pageUrl);
  return read && placeArticle(doc, read, pageUrl);
}

/** An `<article>` holding this many paragraphs is read from the live page instead of a copy (see `findLongArticle`). */
export const LONG_ARTICLE_PARAGRAPHS = 300;
/** Inside a long article, blocks that are furniture rather than its text. */
const LONG_ARTICLE_FURNITURE = `${NOT_TEXT},nav,aside,footer,figure,[role="navigation"],[role="complementary"]`;

/**
 * The page's one `<article>` when it is long (a book-length read, a live blog): copying such a page
 * and running Readability over it would each be one long task the page feels, and the publisher has
 * already said where the text is. Null for every other page. Cheap: two counts of live collections.
 */
export function findLongArticle(doc: Document): Element | null {
  const articles = doc.body?.getElementsByTagName('article');
  if (!articles || articles.length !== 1) return null;
  const article = articles[0]!;
  return article.getElementsByTagName('p').length >= LONG_ARTICLE_PARAGRAPHS ? article : null;
}

/** Words of a text whose white space is collapsed and trimmed (`cleanText`), without splitting it. */
function countWords(text: string): number {
  if (!text) return 0;
  let words = 1;
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) words++;
  return words;
}

/**
 * Reads a long `<article>` (from `findLongArticle`) straight from the live page, a few blocks per time
 * slice: its leaf blocks minus furniture are the body, metadata as for any article. Each step over the
 * whole page (metadata, finding the blocks, the headline, joining the text) starts a slice of its own.
 */
export async function readLongArticleInSlices(
  doc: Document,
  root: Element,
  pageUrl: string,
  pause: (force?: boolean) => Promise<void>,
): Promise<ExtractedArticle | null> {
  const meta = readMetadata(doc, pageUrl);
  await pause(true);
  const candidates = await leafBlocksInSlices(root, (element) => element.closest(LONG_ARTICLE_FURNITURE) !== null, pause);
  await pause(true);
  const title = meta.title || cleanText(doc.title);
  const headline = findHeadline(doc, [title], []);
  const blocks: Element[] = [];
  const texts: string[] = [];
  let wordCount = 0;
  for (const block of candidates) {
    await pause();
    if (block === headline) continue;
    const text = blockText(block);
    if (!text) continue;
    blocks.push(block);
    texts.push(text);
    wordCount += countWords(text);
  }
  // Joining a book-length text is a step of its own.
  await pause(true);
  const text = texts.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) return null;
  return {
    meta: { ...meta, title, site: meta.site || (safeHost(pageUrl) ?? '') },
    headline,
    blocks,
    text,
    excerpt: meta.description || texts[0]?.slice(0, 300) || '',
    wordCount,
  };
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
