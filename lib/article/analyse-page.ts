import type { Gazetteer } from '../entities/gazetteer';
import { indexBlocks } from '../highlight/text-index';
import { analyseText } from '../recognition/analyse-text';
import { type AnalyseOptions, noArticle, type PageAnalysis, wholePage, withRecognition } from './analyse';
import { extractArticle } from './extract';

// Kept apart from ./analyse, which the article code loads on every article page: this module brings the
// recogniser and its tables, which the extension runs only in its background.

/**
 * Runs the pipeline on a live document in one go: gate and extract (on a clone), recognise the article's
 * live text with `analyseText`, and judge the verdict. Touches nothing in the page. The extension does
 * the same in steps with recognition in its background (lib/page/analyse-in-steps.ts); tests and tools
 * use this one.
 */
export function analysePage(doc: Document, gazetteer: Gazetteer | (() => Gazetteer), options: AnalyseOptions = {}): PageAnalysis {
  const url = options.url ?? doc.location?.href ?? '';
  let article = extractArticle(doc, url);
  if (!article && options.force && doc.body) article = wholePage(doc, url);
  if (!article) return noArticle(url);
  const index = indexBlocks(article.headline ? [article.headline, ...article.blocks] : article.blocks);
  const entities = typeof gazetteer === 'function' ? gazetteer() : gazetteer;
  return withRecognition(article, index, analyseText(index.text, entities, { publishedAt: article.meta.publishedAt }), url);
}
