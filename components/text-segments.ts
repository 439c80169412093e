import type { EntityKind } from '../lib/entities/types';
import type { ClippingEntity, ReaderHighlight } from '../lib/store/types';

/** A run of the article text, marked as part of a reader highlight and/or an entity mention. */
export interface TextSegment {
  text: string;
  /** Id of the reader highlight covering this run. */
  highlightId?: string;
  entity?: { id: string; kind: EntityKind; name: string };
}

/**
 * Where each reader highlight lies in `text`: its position selector when the text there still
 * matches the quote, else the first occurrence of the quote. Overlaps are dropped, in text order.
 */
export function highlightRanges(text: string, highlights: readonly ReaderHighlight[]): { start: number; end: number; id: string }[] {
  const ranges = highlights.flatMap((highlight) => {
    const [quote, position] = highlight.selectors;
    if (!quote.exact) return [];
    if (text.slice(position.start, position.end) === quote.exact) return [{ start: position.start, end: position.end, id: highlight.id }];
    const found = text.indexOf(quote.exact);
    return found === -1 ? [] : [{ start: found, end: found + quote.exact.length, id: highlight.id }];
  });
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof ranges = [];
  for (const range of ranges) if (!kept.length || range.start >= (kept.at(-1) as { end: number }).end) kept.push(range);
  return kept;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the names of the recognised entities (stored only as counts, so their places in the
 * text are found again here). "Dokdo / Takeshima" also matches each of its halves. Longest names first,
 * whole words only, ignoring case.
 */
export function entityMatcher(entities: readonly ClippingEntity[]): { pattern: RegExp; byName: Map<string, ClippingEntity> } | null {
  const byName = new Map<string, ClippingEntity>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.name.split(/\s+\/\s+/)]) {
      const key = name.trim().toLocaleLowerCase();
      if (key.length >= 2 && !byName.has(key)) byName.set(key, entity);
    }
  }
  if (byName.size === 0) return null;
  const alternatives = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), byName };
}

/** Splits `text` into runs for display: reader highlights, and entity names within and between them. */
export function segmentText(text: string, highlights: readonly ReaderHighlight[], entities: readonly ClippingEntity[]): TextSegment[] {
  const matcher = entityMatcher(entities);
  const segments: TextSegment[] = [];
  const pushWithEntities = (part: string, highlightId?: string) => {
    if (!part) return;
    if (!matcher) {
      segments.push({ text: part, highlightId });
      return;
    }
    let at = 0;
    for (const match of part.matchAll(matcher.pattern)) {
      const index = match.index;
      const entity = matcher.byName.get(match[0].toLocaleLowerCase());
      if (!entity) continue;
      if (index > at) segments.push({ text: part.slice(at, index), highlightId });
      segments.push({ text: match[0], highlightId, entity: { id: entity.id, kind: entity.kind, name: entity.name } });
      at = index + match[0].length;
    }
    if (at < part.length) segments.push({ text: part.slice(at), highlightId });
  };
  let at = 0;
  for (const range of highlightRanges(text, highlights)) {
    pushWithEntities(text.slice(at, range.start));
    pushWithEntities(text.slice(range.start, range.end), range.id);
    at = range.end;
  }
  pushWithEntities(text.slice(at));
  return segments;
}
