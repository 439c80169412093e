import type { Gazetteer } from '../entities/gazetteer';
import { recognise } from '../entities/recognise';
import type { Mention } from '../entities/types';
import { indexBlocks, type TextIndex } from '../highlight/text-index';
import type { ClippingDraft, ClippingEntity, Verdict } from '../store/types';
import { leafBlocks, NOT_TEXT } from './blocks';
import { extractArticle, type ExtractedArticle } from './extract';
import { readMetadata } from './metadata';
import { gatherEvidence, judgeVerdict, LEAD_CHARACTERS } from './verdict';

/** The outcome of analysing a page (or a new view of a single-page app). */
export interface PageAnalysis {
  verdict: Verdict;
  article: ExtractedArticle | null;
  /** Live text that is highlighted: headline, then body blocks. Null when nothing is highlighted. */
  index: TextIndex | null;
  /** Mentions in `index.text`. */
  mentions: Mention[];
  url: string;
}

export interface AnalyseOptions {
  /** Analyse and highlight even when the page is not an article (the reader asked for it). */
  force?: boolean;
  url?: string;
}

/** A page the reader asked to analyse although it is not an article: its visible text blocks. */
function wholePage(doc: Document, url: string): ExtractedArticle {
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

/**
 * Runs the pipeline on a live document: gate and extract (on a clone), recognise the article's live
 * text, and judge the verdict. Touches nothing in the page. `gazetteer` may be a function so that it is
 * compiled only once a page turns out to hold an article.
 */
export function analysePage(doc: Document, gazetteer: Gazetteer | (() => Gazetteer), options: AnalyseOptions = {}): PageAnalysis {
  const url = options.url ?? doc.location?.href ?? '';
  let article = extractArticle(doc, url);
  if (!article && options.force && doc.body) article = wholePage(doc, url);
  if (!article) return { verdict: 'none', article: null, index: null, mentions: [], url };
  const index = indexBlocks(article.headline ? [article.headline, ...article.blocks] : article.blocks);
  // Only pages that hold an article pay for compiling the gazetteer.
  const entities = typeof gazetteer === 'function' ? gazetteer() : gazetteer;
  const mentions = recognise(index.text, entities);
  const leadEnd = Math.min(index.text.length, LEAD_CHARACTERS);
  const lead = gatherEvidence(index.text.slice(0, leadEnd), mentions.filter((m) => m.end <= leadEnd), entities);
  const verdict = judgeVerdict(gatherEvidence(index.text, mentions, entities), lead);
  return { verdict, article, index, mentions, url };
}

/** Entities of a text with their counts, most mentioned first; weak mentions count only if nothing else names the entity. */
export function summariseEntities(mentions: readonly Mention[], gazetteer: Gazetteer): ClippingEntity[] {
  const counts = new Map<string, ClippingEntity>();
  for (const mention of mentions) {
    if (mention.weak) continue;
    const entity = gazetteer.get(mention.entityId);
    if (!entity) continue;
    const entry = counts.get(entity.id) ?? { id: entity.id, kind: entity.kind, name: entity.name, count: 0 };
    entry.count++;
    counts.set(entity.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The clipping a reader saves from an analysed page. Entities are recognised in the clean text. */
export function buildClippingDraft(analysis: PageAnalysis, gazetteer: Gazetteer): ClippingDraft | null {
  const { article } = analysis;
  if (!article) return null;
  const entities = summariseEntities(recognise(`${article.meta.title}\n\n${article.text}`, gazetteer), gazetteer);
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
