import type { EntityCard } from '../entities/describe';
import type { Mention } from '../entities/types';
import type { TextIndex } from '../highlight/text-index';
import type { PageClipping } from '../messaging/contract';
import type { TextAnalysis } from '../recognition/analyse-text';
import type { ClippingDraft, Verdict } from '../store/types';
import { leafBlocks, NOT_TEXT } from './blocks';
import type { ExtractedArticle } from './extract';
import { readMetadata } from './metadata';

/** The outcome of analysing a page (or a new view of a single-page app). */
export interface PageAnalysis {
  verdict: Verdict;
  article: ExtractedArticle | null;
  /** Live text that is highlighted: headline, then body blocks. Null when nothing is highlighted. */
  index: TextIndex | null;
  /** Mentions in `index.text`. */
  mentions: Mention[];
  /** The hover card of each entity mentioned, as recognition answered it. */
  cards: EntityCard[];
  /** What recognition answered besides the mentions: the entity summary a clipping stores. */
  entities: TextAnalysis['entities'];
  url: string;
  /**
   * The page's clipping as the background sent it with the recognition (null: none saved); absent when it
   * did not, and the reader's highlights ask for it (lib/page/reader-highlights.ts).
   */
  clipping?: PageClipping | null;
}

/** The analysis of a page that holds no article (or is not analysed). */
export function noArticle(url: string): PageAnalysis {
  return { verdict: 'none', article: null, index: null, mentions: [], cards: [], entities: [], url };
}

export interface AnalyseOptions {
  /** Analyse and highlight even when the page is not an article (the reader asked for it). */
  force?: boolean;
  url?: string;
}

/** A page the reader asked to analyse although it is not an article: its visible text blocks. */
export function wholePage(doc: Document, url: string): ExtractedArticle {
  const meta = readMetadata(doc, url);
  const blocks = leafBlocks(doc.body, (element) => element.closest(NOT_TEXT) !== null);
  const text = blocks.map((b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean).join('\n\n');
  return {
    meta: { ...meta, title: meta.title || doc.title.trim() },
    headline: null,
    blocks,
    text,
    excerpt: meta.description,
    wordCount: text.split(/\s+/).length,
  };
}

/** A page's analysis from its article, the index of its live text and what recognition answered for that text. */
export function withRecognition(article: ExtractedArticle, index: TextIndex, recognition: TextAnalysis & { clipping?: PageClipping | null }, url: string): PageAnalysis {
  const { verdict, mentions, cards, entities, clipping } = recognition;
  return { verdict, article, index, mentions, cards, entities, url, ...(clipping !== undefined ? { clipping } : {}) };
}

/**
 * The clipping a reader saves from an analysed page. Its entities are those the page highlighted: the
 * same recognition the reader saw, never a second one.
 */
export function buildClippingDraft(analysis: PageAnalysis): ClippingDraft | null {
  const { article, entities } = analysis;
  if (!article) return null;
  return {
    url: analysis.url,
    canonicalUrl: article.meta.canonicalUrl,
    title: article.meta.title,
    site: article.meta.site,
    byline: article.meta.byline,
    publishedAt: article.meta.publishedAt,
    modifiedAt: article.meta.modifiedAt,
    ...(article.meta.section ? { section: article.meta.section } : {}),
    text: article.text,
    excerpt: article.excerpt,
    language: article.meta.language,
    verdict: analysis.verdict,
    entities,
    disputes: entities.filter((e) => e.kind === 'dispute').map((e) => e.id),
  };
}
