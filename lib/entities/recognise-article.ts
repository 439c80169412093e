import type { Gazetteer } from './gazetteer';
import { recognise } from './recognise';
import type { Entity, Mention } from './types';

/** What recognising one article finds: its mentions and the entities only this article names. */
export interface ArticleRecognition {
  mentions: Mention[];
  /** Entities read from this article's own wording (officials the knowledge base lacks): per-run, never shared. */
  discovered: Entity[];
}

export interface RecogniseArticleOptions {
  /** The article's date (ISO), for roles and resolution at that date. */
  publishedAt?: string | null;
}

/** Recognises the entities of one article's text where recognition runs (the extension's background). */
export function recogniseArticle(text: string, gazetteer: Gazetteer, _options: RecogniseArticleOptions = {}): ArticleRecognition {
  return { mentions: recognise(text, gazetteer), discovered: [] };
}
