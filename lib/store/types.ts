import type { EntityKind } from '../entities/types';

/** How Diplomark judged a page. Also the value of `<html data-diplomark>`. */
export type Verdict = 'diplomatic' | 'article' | 'none';

/** W3C Web Annotation TextQuoteSelector. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector (offsets into the clipping's text). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A passage the reader highlighted, with an optional note. */
export interface ReaderHighlight {
  id: string;
  selectors: [TextQuoteSelector, TextPositionSelector];
  note: string;
  createdAt: string;
  updatedAt: string;
}

/** One recognised entity as stored with a clipping. */
export interface ClippingEntity {
  id: string;
  kind: EntityKind;
  name: string;
  /** Occurrences in the article text. */
  count: number;
}

/** What the content script knows about an article when the reader saves it. */
export interface ClippingDraft {
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  byline: string;
  /** ISO 8601 date-time, or null when the page gives none that parses. */
  publishedAt: string | null;
  /** When the page says the article last changed (ISO 8601); absent in clippings saved before it was read. */
  modifiedAt?: string | null;
  /** The site's section for the article ("World"); absent when unknown. */
  section?: string;
  /** Article body, clean: paragraphs separated by a blank line. */
  text: string;
  excerpt: string;
  /** BCP 47 tag from the page, or '' when unknown. */
  language: string;
  verdict: Verdict;
  entities: ClippingEntity[];
  /** Ids of the disputes among `entities`. */
  disputes: string[];
}

/** A saved article. One per canonical URL; saving again updates it. */
export interface Clipping extends ClippingDraft {
  id: string;
  /** ISO 8601 date-time of the first save. */
  savedAt: string;
  /** ISO 8601 date-time of the last change. */
  updatedAt: string;
  /** Ids of every entity in `entities`, for the multi-entry index. */
  entityIds: string[];
  highlights: ReaderHighlight[];
  note: string;
  tags: string[];
}
