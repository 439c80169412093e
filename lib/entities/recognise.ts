import type { Gazetteer, TermRecord } from './gazetteer';
import { foldText, isWordChar } from './normalize';
import { isDispute, isPerson, type Entity, type Mention } from './types';

interface Candidate {
  /** Offsets in the original text. */
  start: number;
  end: number;
  records: readonly TermRecord[];
}

interface Resolved {
  start: number;
  end: number;
  entity: Entity;
  weak: boolean;
}

function caseFits(record: TermRecord, surface: string): boolean {
  switch (record.caseRule) {
    case 'any':
      return true;
    case 'upper':
      return surface === surface.toUpperCase();
    case 'capitalised': {
      const first = surface.charAt(0);
      return first !== first.toLowerCase() || first === first.toUpperCase();
    }
  }
}

/** Country ids an entity speaks for in an article (itself, its country, a person's offices). */
function countriesOf(entity: Entity): string[] {
  if (entity.kind === 'country') return [entity.id];
  if (isPerson(entity)) return [...new Set(entity.roles.flatMap((r) => (r.country ? [r.country] : [])))];
  // A news agency's credit line says where the agency is, not what the article is about.
  if (isDispute(entity) || entity.orgType === 'media') return [];
  return entity.country ? [entity.country] : [];
}

/** A trigger phrase means its entity only when enough of the entity's countries are in the article. */
function contextHolds(entity: Entity, present: ReadonlySet<string>): boolean {
  if (isDispute(entity)) {
    const needed = Math.min(2, entity.parties.length);
    return entity.parties.filter((p) => present.has(p)).length >= needed;
  }
  const own = countriesOf(entity);
  return own.length > 0 && own.some((c) => present.has(c));
}

/** Leftmost, then longest, non-overlapping spans. Input must be sorted by start, then by length descending. */
function longestLeftmost<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  let reach = 0;
  for (const span of spans) {
    if (span.start >= reach) {
      kept.push(span);
      reach = span.end;
    }
  }
  return kept;
}

function bySpan(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

/** Every gazetteer term in `text` that sits on word boundaries and fits its case rule. */
function findCandidates(text: string, gazetteer: Gazetteer): Candidate[] {
  const { folded, origin } = foldText(text);
  const candidates: Candidate[] = [];
  gazetteer.automaton.scan(folded, (patternIndex, foldedEnd) => {
    const foldedStart = foldedEnd - gazetteer.automaton.patternLengths[patternIndex]!;
    const start = origin[foldedStart]!;
    const end = origin[foldedEnd - 1]! + 1;
    const surface = text.slice(start, end);
    const before = folded.charAt(foldedStart - 1);
    const after = folded.charAt(foldedEnd);
    const records = gazetteer.records[patternIndex]!.filter(
      (record) =>
        (record.unspacedStart || !isWordChar(before)) &&
        (record.unspacedEnd || !isWordChar(after)) &&
        caseFits(record, surface),
    );
    if (records.length > 0) candidates.push({ start, end, records });
  });
  return candidates.sort(bySpan);
}

/**
 * What the article itself establishes: the countries it is about and the people it names in full.
 * Only plain names count here, so generic phrases cannot vouch for each other.
 */
function readContext(candidates: readonly Candidate[]): { countries: Set<string>; namedPeople: Map<string, number[]> } {
  const direct = candidates.filter((c) => c.records.some((r) => r.role === 'alias' || r.role === 'weak'));
  const countries = new Set<string>();
  const namedPeople = new Map<string, number[]>();
  for (const candidate of longestLeftmost(direct)) {
    for (const record of candidate.records) {
      if (record.role !== 'alias' && record.role !== 'weak') continue;
      for (const country of countriesOf(record.entity)) countries.add(country);
      if (record.role === 'alias' && isPerson(record.entity)) {
        const starts = namedPeople.get(record.entity.id) ?? [];
        starts.push(candidate.start);
        namedPeople.set(record.entity.id, starts);
      }
    }
  }
  return { countries, namedPeople };
}

/** Picks, for a surname, the person named in full nearest before it (else first after it). */
function resolveSurname(records: readonly TermRecord[], at: number, namedPeople: Map<string, number[]>): Entity | undefined {
  let best: { entity: Entity; distance: number } | undefined;
  for (const record of records) {
    const starts = namedPeople.get(record.entity.id);
    if (!starts) continue;
    for (const start of starts) {
      // Prefer earlier mentions: a later full name counts, but only after every earlier one.
      const distance = start <= at ? at - start : Number.MAX_SAFE_INTEGER / 2 + (start - at);
      if (!best || distance < best.distance) best = { entity: record.entity, distance };
    }
  }
  if (best) return best.entity;
  const standing = records.filter((r) => isPerson(r.entity) && r.entity.surnameStandsAlone);
  return standing.length === 1 ? standing[0]!.entity : undefined;
}

function resolve(candidate: Candidate, context: ReturnType<typeof readContext>): Resolved | undefined {
  const { start, end, records } = candidate;
  const aliases = records.filter((r) => r.role === 'alias');
  if (aliases.length > 0) {
    // An alias shared by several entities is decided by the article's countries, else it is left alone.
    const fitting = aliases.length === 1 ? aliases : aliases.filter((r) => contextHolds(r.entity, context.countries));
    if (fitting.length === 1) return { start, end, entity: fitting[0]!.entity, weak: false };
  }
  const triggers = records.filter((r) => r.role === 'trigger' && contextHolds(r.entity, context.countries));
  if (triggers.length === 1) return { start, end, entity: triggers[0]!.entity, weak: false };
  const surnames = records.filter((r) => r.role === 'surname');
  if (surnames.length > 0) {
    const person = resolveSurname(surnames, start, context.namedPeople);
    if (person) return { start, end, entity: person, weak: false };
  }
  const weak = records.filter((r) => r.role === 'weak');
  if (weak.length === 1) return { start, end, entity: weak[0]!.entity, weak: true };
  return undefined;
}

/**
 * Recognises the entities in `text`: one automaton pass, then article-level resolution (context for
 * generic phrases, surnames to full names), then leftmost-longest selection. Mentions are sorted by start.
 */
export function recognise(text: string, gazetteer: Gazetteer): Mention[] {
  const candidates = findCandidates(text, gazetteer);
  const context = readContext(candidates);
  const resolved: Resolved[] = [];
  for (const candidate of candidates) {
    const hit = resolve(candidate, context);
    if (hit) resolved.push(hit);
  }
  return longestLeftmost(resolved).map(({ start, end, entity, weak }) => ({
    start,
    end,
    entityId: entity.id,
    kind: entity.kind,
    surface: text.slice(start, end),
    ...(weak ? { weak: true } : {}),
  }));
}
