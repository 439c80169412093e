import { canonicalizeUrl } from './canonical-url';

/** What a page says about its article, before reading the body. All strings are plain text. */
export interface ArticleMetadata {
  title: string;
  byline: string;
  site: string;
  /** ISO 8601 as published (offset kept, so the local date survives), or null. */
  publishedAt: string | null;
  /** When the article was last changed, as the page says (ISO 8601), or null. */
  modifiedAt: string | null;
  /** The section the article is filed under ("World", "Asia-Pacific"), or ''. */
  section: string;
  description: string;
  language: string;
  canonicalUrl: string;
  /** True when JSON-LD or Open Graph declare the page an article. */
  declaredArticle: boolean;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle)$/;
const MAX_JSON_LD = 200_000;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collapses white space and trims; page metadata often carries newlines and runs of spaces. */
export function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function ownString(object: JsonObject, key: string): string {
  if (!Object.prototype.hasOwnProperty.call(object, key)) return '';
  const value = object[key];
  return typeof value === 'string' ? cleanText(value) : '';
}

/** Names from a JSON-LD person/organisation field: a string, an object with name, or an array of either. */
function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((item) => (typeof item === 'string' ? cleanText(item) : isObject(item) ? ownString(item, 'name') : ''))
    .filter(Boolean);
}

function types(object: JsonObject): string[] {
  const type = Object.prototype.hasOwnProperty.call(object, '@type') ? object['@type'] : undefined;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The first JSON-LD object of an article type, searching arrays and @graph. Malformed blocks are skipped. */
export function findJsonLdArticle(doc: Document): JsonObject | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 200; i++) {
      const item = queue[i];
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        if (types(item).some((t) => ARTICLE_TYPES.test(t))) return item;
        if (Object.prototype.hasOwnProperty.call(item, '@graph')) queue.push(item['@graph']);
      }
    }
  }
  return null;
}

/** A page's meta tags by property, name or itemprop: the first non-empty content for each key. */
type MetaTags = ReadonlyMap<string, string>;

/**
 * One walk over the meta tags, instead of a query per key: a query for a key the page lacks walks the
 * whole document, and metadata asks for some thirty keys.
 */
function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const element of doc.querySelectorAll('meta[content]')) {
    const content = cleanText(element.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = element.getAttribute(attribute);
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** The first of `keys` the page has a meta tag for. */
function meta(tags: MetaTags, ...keys: string[]): string {
  for (const key of keys) {
    const content = tags.get(key);
    if (content) return content;
  }
  return '';
}

/** Whether the page says it is an article (JSON-LD of an article type, or og:type "article"). */
export function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content') ?? '';
  return ogType.trim().toLowerCase() === 'article' || findJsonLdArticle(doc) !== null;
}

/** Accepts ISO dates and the `YYYY/MM/DD` form of citation tags; returns ISO or null. */
export function normaliseDate(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  const slashed = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(trimmed);
  const candidate = slashed ? `${slashed[1]}-${slashed[2]!.padStart(2, '0')}-${slashed[3]!.padStart(2, '0')}` : trimmed;
  if (!/^\d{4}-\d{2}-\d{2}/.test(candidate)) return null;
  return Number.isNaN(Date.parse(candidate)) ? null : candidate;
}

function firstDate(...values: string[]): string | null {
  for (const value of values) {
    const date = normaliseDate(value);
    if (date) return date;
  }
  return null;
}

/** JSON-LD `articleSection`: a string or a list of them (the first is the main one). */
function firstSection(ld: JsonObject): string {
  if (!Object.prototype.hasOwnProperty.call(ld, 'articleSection')) return '';
  const value = ld.articleSection;
  const first = Array.isArray(value) ? value.find((item) => typeof item === 'string') : value;
  return typeof first === 'string' ? cleanText(first).slice(0, 200) : '';
}

/**
 * Reads article metadata from JSON-LD, Open Graph, citation_* and plain meta tags, in that order of
 * trust. Readability's own findings fill the gaps later.
 */
export function readMetadata(doc: Document, pageUrl: string): ArticleMetadata {
  const ld = findJsonLdArticle(doc) ?? {};
  const tags = readMetaTags(doc);
  const ogType = meta(tags, 'og:type').toLowerCase();
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? '';
  const canonicalUrl =
    (canonicalHref && canonicalizeUrl(canonicalHref, pageUrl)) ||
    (meta(tags, 'og:url') && canonicalizeUrl(meta(tags, 'og:url'), pageUrl)) ||
    canonicalizeUrl(pageUrl) ||
    pageUrl;
  const timeElement = doc.querySelector('article time[datetime], time[datetime]');
  const publisher = isObject(ld.publisher) ? ownString(ld.publisher, 'name') : '';
  return {
    title: ownString(ld, 'headline') || meta(tags, 'og:title', 'twitter:title', 'citation_title') || '',
    byline: names(ld.author).join(', ') || meta(tags, 'citation_author', 'author', 'article:author', 'byl') || '',
    site: meta(tags, 'og:site_name') || publisher || meta(tags, 'citation_journal_title', 'application-name') || '',
    publishedAt: firstDate(
      ownString(ld, 'datePublished'),
      meta(tags, 'article:published_time', 'citation_publication_date', 'citation_date', 'date', 'pubdate', 'DC.date.issued'),
      timeElement?.getAttribute('datetime') ?? '',
    ),
    modifiedAt: firstDate(
      ownString(ld, 'dateModified'),
      meta(tags, 'article:modified_time', 'og:updated_time', 'citation_online_date', 'dcterms.modified', 'DC.date.modified'),
    ),
    section: firstSection(ld) || meta(tags, 'article:section', 'section', 'parsely-section', 'sailthru.section'),
    description: ownString(ld, 'description') || meta(tags, 'og:description', 'description', 'twitter:description'),
    language: cleanText(doc.documentElement.getAttribute('lang') ?? '') || ownString(ld, 'inLanguage') || meta(tags, 'og:locale'),
    canonicalUrl,
    declaredArticle: Object.keys(ld).length > 0 || ogType === 'article',
  };
}
