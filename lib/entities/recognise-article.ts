import type { Gazetteer } from './gazetteer';
import { recognise } from './recognise';
import { RecognitionRun } from './recognition-run';
import type { Entity, Mention } from './types';

/** What recognising one article finds: its mentions and the entities only this article names. */
export interface ArticleRecognition {
  mentions: Mention[];
  /**
   * Entities read from this article's own wording (people, state bodies and organisations the
   * knowledge base lacks), each with `readFromText` saying what the article says it is. Per-run: they
   * are never added to the shared gazetteer, so one article never shapes how the next is read.
   */
  discovered: Entity[];
}

export interface RecogniseArticleOptions {
  /** The article's date (ISO), for roles and resolution at that date. */
  publishedAt?: string | null;
}

/** Recognises the entities of one article's text where recognition runs (the extension's background). */
export function recogniseArticle(text: string, gazetteer: Gazetteer, options: RecogniseArticleOptions = {}): ArticleRecognition {
  const recognition = new RecognitionRun(options.publishedAt ?? undefined);
  const mentions = recognise(text, gazetteer, recognition);
  const mentioned = new Set(mentions.map((m) => m.entityId));
  return { mentions, discovered: recognition.entities().filter((entity) => mentioned.has(entity.id)) };
}
