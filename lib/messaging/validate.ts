import { ENTITY_KINDS, type EntityKind } from '../entities/types';
import type { ClippingDraft, ClippingEntity, Verdict } from '../store/types';

const MAX_TEXT = 2_000_000;
const MAX_FIELD = 4_000;
const MAX_ENTITIES = 5_000;
const VERDICTS: readonly Verdict[] = ['diplomatic', 'article', 'none'];

function isString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isHttpUrl(value: unknown): value is string {
  if (!isString(value, MAX_FIELD)) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function validateEntity(value: unknown): ClippingEntity | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, kind, name, count } = value as Record<string, unknown>;
  if (!isString(id, 200) || !isString(name, 400)) return null;
  if (!ENTITY_KINDS.includes(kind as EntityKind)) return null;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
  return { id, kind: kind as EntityKind, name, count };
}

/**
 * Checks a draft received from a content script, field by field, and returns a fresh object holding
 * only the known fields (so nothing unexpected, `__proto__` included, is ever stored) or an error text.
 */
export function validateClippingDraft(value: unknown): ClippingDraft | string {
  if (typeof value !== 'object' || value === null) return 'draft is not an object';
  const v = value as Record<string, unknown>;
  if (!isHttpUrl(v.url)) return 'url must be an http(s) URL';
  if (!isHttpUrl(v.canonicalUrl)) return 'canonicalUrl must be an http(s) URL';
  for (const field of ['title', 'site', 'byline', 'excerpt', 'language'] as const) {
    if (!isString(v[field], MAX_FIELD)) return `${field} must be a string of at most ${MAX_FIELD} characters`;
  }
  if (!isString(v.text, MAX_TEXT)) return `text must be a string of at most ${MAX_TEXT} characters`;
  if (v.publishedAt !== null && !(isString(v.publishedAt, 64) && !Number.isNaN(Date.parse(v.publishedAt)))) {
    return 'publishedAt must be an ISO date or null';
  }
  if (!VERDICTS.includes(v.verdict as Verdict)) return 'verdict must be diplomatic, article or none';
  if (!Array.isArray(v.entities) || v.entities.length > MAX_ENTITIES) return 'entities must be an array';
  const entities: ClippingEntity[] = [];
  for (const item of v.entities) {
    const entity = validateEntity(item);
    if (!entity) return 'entities contains a malformed entry';
    entities.push(entity);
  }
  if (!Array.isArray(v.disputes) || !v.disputes.every((d) => isString(d, 200))) return 'disputes must be an array of ids';
  return {
    url: v.url,
    canonicalUrl: v.canonicalUrl,
    title: v.title as string,
    site: v.site as string,
    byline: v.byline as string,
    publishedAt: v.publishedAt as string | null,
    text: v.text,
    excerpt: v.excerpt as string,
    language: v.language as string,
    verdict: v.verdict as Verdict,
    entities,
    disputes: [...(v.disputes as string[])],
  };
}
