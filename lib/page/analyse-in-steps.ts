import { noArticle, wholePage, withRecognition, type AnalyseOptions, type PageAnalysis } from '../article/analyse';
import { findLongArticle, placeArticle, readLongArticleInSlices, readSnapshot, snapshotArticle, type ExtractedArticle } from '../article/extract';
import { createPauser, type SliceOptions } from '../time-slices';
import { indexBlocksInSlices } from '../highlight/text-index';
import type { PageClipping } from '../messaging/contract';
import type { TextAnalysis } from '../recognition/analyse-text';

/** What recognition answers a page: the analysis, and the page's clipping when the background sent it along. */
export type PageRecognition = TextAnalysis & { clipping?: PageClipping | null };

/**
 * Recognition where it runs (the extension's background): the article's text, date and canonical URL in,
 * what to show out (with the page's clipping, looked up by that URL, when it came along).
 */
export type RecogniseText = (text: string, publishedAt: string | null, canonicalUrl?: string | null) => Promise<PageRecognition>;

/** A text this long is handed to the message in a task of its own (serialising it takes milliseconds). */
const LONG_TEXT_CHARACTERS = 100_000;

/** Marks a step on the page's performance timeline, read by the benchmarks (scripts/bench.mjs). */
function measured<T>(name: string, step: () => T): T {
  const started = performance.now();
  try {
    return step();
  } finally {
    performance.measure(`diplomark:${name}`, { start: started, end: performance.now() });
  }
}

/**
 * Finds the page's article as a series of short main-thread tasks: a long article declared in one
 * `<article>` is read block by block from the live page; any other page is copied and read by
 * Readability (the copy and the reading each a task), then placed in the live page.
 */
async function findArticle(doc: Document, url: string, force: boolean, pause: (force?: boolean) => Promise<void>): Promise<ExtractedArticle | null> {
  const long = findLongArticle(doc);
  if (long) return readLongArticleInSlices(doc, long, url, pause);
  const snapshot = measured('gate', () => snapshotArticle(doc, url));
  await pause(true);
  const read = snapshot ? measured('extract', () => readSnapshot(snapshot)) : null;
  if (read) await pause(true);
  const article = read ? measured('place', () => placeArticle(doc, read, url)) : null;
  // A page the reader asked for by hand may not be an article: its visible text blocks then.
  return article ?? (force && doc.body ? wholePage(doc, url) : null);
}

/**
 * Analyses the page in steps, each a main-thread task of its own with the page let in between: find
 * the article, index its live text in slices, then ask `recogniseText` — which runs in the
 * extension's background, off the page's thread — for mentions, cards and the verdict. Throws
 * the abort reason at a step boundary once `signal` aborts. Touches nothing in the page.
 */
export async function analysePageInSteps(
  doc: Document,
  recogniseText: RecogniseText,
  options: AnalyseOptions & SliceOptions = {},
): Promise<PageAnalysis> {
  const { pause, check } = createPauser(options);
  const url = options.url ?? doc.location?.href ?? '';
  // The caller may have just removed a long article's old highlights: finding the article gets a task of its own.
  await pause(true);
  const article = await findArticle(doc, url, options.force === true, pause);
  if (!article) return noArticle(url);
  await pause(true);
  const indexed = performance.now();
  const blocks = article.headline ? [article.headline, ...article.blocks] : article.blocks;
  // The live text is about the extracted text (and the headline): room for it at once.
  const index = await indexBlocksInSlices(blocks, pause, Math.ceil(article.text.length * 1.05) + 1024);
  performance.measure('diplomark:index', { start: indexed, end: performance.now() });
  // Handing a long text to the message (it is serialised on this thread) starts a task of its own.
  await pause(index.text.length > LONG_TEXT_CHARACTERS);
  const recognition = await recogniseText(index.text, article.meta.publishedAt, article.meta.canonicalUrl);
  check();
  options.signal?.throwIfAborted();
  return withRecognition(article, index, recognition, url);
}
