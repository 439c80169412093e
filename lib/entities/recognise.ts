import type { CaseRule, Gazetteer, TermRecord } from './gazetteer';
import { lastToLeave, roleStatus } from './describe';
import { HONORIFIC_TITLES, isFamilyNameFirst, isNameWord } from './honorifics';
import { insideLongerName } from './inside-names';
import { foldText, isWordChar } from './normalize';
import { joinNameVariants } from './name-variants';
import { officialsFromTitles, type Candidate, type TitleHit } from './officials';
import { readOpenWorld } from './open-world';
import { RecognitionRun } from './recognition-run';
import { isDispute, isPerson, type AliasGuard, type Entity, type Mention, type Role } from './types';

interface Resolved {
  start: number;
  end: number;
  entity: Entity;
  weak: boolean;
  title?: string;
}

function caseFits(rule: CaseRule, surface: string): boolean {
  switch (rule) {
    case 'any':
      return true;
    case 'upper':
      return surface === surface.toUpperCase();
    case 'capitalised': {
      const first = surface.charAt(0);
      // "al-Qaeda", "el-Sisi": a lower-case particle joined to a capitalised name is written so.
      return first !== first.toLowerCase() || first === first.toUpperCase() || /^\p{Ll}{1,3}[-\u2011']\p{Lu}/u.test(surface);
    }
    case 'name': {
      // Two words capitalised at least: "Robin Cook", "Yoon Seok yeol" (a romanised given name split), not "Robin cook".
      const first = surface.charAt(0);
      return first !== first.toLowerCase() && (surface.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) >= 2;
    }
  }
}

/** Country ids an entity speaks for in an article (itself, its country, a person's offices). */
function countriesOf(entity: Entity): readonly string[] {
  let countries = countriesByEntity.get(entity);
  if (!countries) {
    countries = readCountriesOf(entity);
    countriesByEntity.set(entity, countries);
  }
  return countries;
}

// Entities are immutable once read, and resolution asks about the same few many times per article.
const countriesByEntity = new WeakMap<Entity, readonly string[]>();

function readCountriesOf(entity: Entity): string[] {
  if (entity.kind === 'country') return [entity.id];
  if (isPerson(entity)) return [...new Set(entity.roles.flatMap((r) => (r.country ? [r.country] : [])))];
  // A news agency's credit line says where the agency is, not what the article is about.
  if (isDispute(entity) || entity.orgType === 'media') return [];
  return entity.country ? [entity.country] : [];
}

/**
 * A trigger phrase means its entity only when enough of the entity's countries are in the article, or
 * when the article names the entity in full ("the Commission" after "the European Commission") or the
 * organisation it belongs to ("the General Assembly" in an article naming the UN).
 */
function contextHolds(entity: Entity, present: ReadonlySet<string>, named: ReadonlySet<string>): boolean {
  if (named.has(entity.id) || (entity.within !== undefined && named.has(entity.within))) return true;
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

/** True when `at` opens a sentence (or the text, a headline, a quotation after a full stop). */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i < 8 && /[\s"'\u201C\u2018(\[]/.test(text.charAt(i))) i--;
  return i < 0 || /[.!?:\n\u3002]/.test(text.charAt(i)) || at - i >= 8;
}

/** The word right after `end` (one space away), if any. */
function wordAfter(text: string, end: number): string | undefined {
  if (text.charAt(end) !== ' ') return undefined;
  return /^[\p{L}\p{M}'\u2019.\-]+/u.exec(text.slice(end + 1, end + 32))?.[0];
}

const WORD_CHARACTER = /[\p{L}\p{M}'\u2019.\-]/u;

/** The word right before `start` (one space away, at most 31 characters of it), if any. */
function wordBefore(text: string, start: number): string | undefined {
  if (text.charAt(start - 1) !== ' ') return undefined;
  // Read backwards a character at a time: a pattern anchored at the end would be tried from every position.
  const limit = Math.max(0, start - 32);
  let first = start - 1;
  while (first > limit && WORD_CHARACTER.test(text.charAt(first - 1))) first--;
  return first < start - 1 ? text.slice(first, start - 1) : undefined;
}

/** Where other terms and titles start and end, so a guard can tell a known neighbour from a given name. */
interface Neighbours {
  titleStarts: ReadonlySet<number>;
  termStarts: ReadonlySet<number>;
  termEnds: ReadonlySet<number>;
}

/** Whether an alias that is also a word or another name stands for its entity where it was found. */
function guardAllows(guard: AliasGuard, text: string, start: number, end: number, neighbours: Neighbours): boolean {
  if (guard.notSentenceStart && atSentenceStart(text, start)) return false;
  if (guard.notBeforeName) {
    const next = wordAfter(text, end);
    const knownNext = neighbours.titleStarts.has(end + 1) || neighbours.termStarts.has(end + 1);
    if (next && /^\p{Lu}/u.test(next) && isNameWord(next.replace(/['\u2019]s$/, '')) && !knownNext) return false;
  }
  if (guard.notAfterName) {
    const previous = wordBefore(text, start);
    // "Trump Jordan" in a headline is two entities, not a person called Jordan.
    const knownPrevious = neighbours.termEnds.has(start - 1);
    if (previous && /^\p{Lu}/u.test(previous) && isNameWord(previous) && !knownPrevious && !atSentenceStart(text, start - previous.length - 1)) {
      return false;
    }
  }
  if (guard.notAfterCapitalised) {
    const previous = wordBefore(text, start);
    if (previous && /^\p{Lu}/u.test(previous) && !atSentenceStart(text, start - previous.length - 1)) return false;
  }
  return true;
}

/**
 * Every gazetteer term in `text` that sits on word boundaries and fits its case and guard rules, and
 * every title that may open an honorific pattern.
 */
function findCandidates(text: string, gazetteer: Gazetteer): { candidates: Candidate[]; titleHits: TitleHit[] } {
  const { folded, origin } = foldText(text);
  const candidates: Candidate[] = [];
  const titlesByEnd = new Map<number, TitleHit>();
  gazetteer.automaton.scan(folded, (patternIndex, foldedEnd) => {
    const foldedStart = foldedEnd - gazetteer.automaton.patternLengths[patternIndex]!;
    const start = origin[foldedStart]!;
    const end = origin[foldedEnd - 1]! + 1;
    const surface = text.slice(start, end);
    const before = folded.charAt(foldedStart - 1);
    const after = folded.charAt(foldedEnd);
    const records = gazetteer.recordsOf(patternIndex).filter(
      (record) =>
        (record.unspacedStart || !isWordChar(before)) &&
        (record.unspacedEnd || !isWordChar(after)) &&
        caseFits(record.caseRule, surface),
    );
    if (records.length > 0) candidates.push({ start, end, records });
    const title = gazetteer.titles[patternIndex];
    if (title && !isWordChar(before) && (!isWordChar(after) || surface.endsWith('.')) && caseFits(title.caseRule, surface)) {
      // Several titles can end at one place ("Vice Foreign Minister", "Foreign Minister"): keep the longest.
      const seen = titlesByEnd.get(end);
      if (!seen || seen.start > start) titlesByEnd.set(end, { start, end, title });
    }
  });
  const titleHits = [...titlesByEnd.values()].sort((a, b) => a.start - b.start);
  const guarded = candidates.filter((c) => c.records.some((r) => r.guard));
  if (guarded.length > 0) {
    // A family name is a neighbour only when it stands alone for its person ("Trump Jordan"); most
    // ("Johnson", "Brown") are just as often someone else's, so "Chad Johnson" stays a person.
    const known = (r: TermRecord) => !r.guard && r.role !== 'cue' && (r.role !== 'surname' || (isPerson(r.entity) && r.entity.surnameStandsAlone === true));
    const unguarded = candidates.filter((c) => c.records.some(known));
    const neighbours: Neighbours = {
      titleStarts: new Set(titleHits.map((t) => t.start)),
      termStarts: new Set(unguarded.map((c) => c.start)),
      termEnds: new Set(unguarded.map((c) => c.end)),
    };
    for (const candidate of guarded) {
      candidate.records = candidate.records.filter((r) => !r.guard || guardAllows(r.guard, text, candidate.start, candidate.end, neighbours));
    }
  }
  return { candidates: candidates.filter((c) => c.records.length > 0).sort(bySpan), titleHits };
}

/**
 * What the article itself establishes: the countries it is about, the entities it names by a name of
 * their own (an alias only one entity has) and the people it names in full. Only plain names count
 * here, so generic phrases cannot vouch for each other.
 */
function readContext(candidates: readonly Candidate[]): {
  countries: Set<string>;
  /** How many plain names speak for each country: the country itself, its places, bodies and people. */
  countryMentions: Map<string, number>;
  named: Set<string>;
  namedPeople: Map<string, number[]>;
} {
  const direct = candidates.filter((c) => c.records.some((r) => r.role === 'alias' || r.role === 'weak'));
  const countries = new Set<string>();
  const countryMentions = new Map<string, number>();
  const named = new Set<string>();
  const namedPeople = new Map<string, number[]>();
  for (const candidate of longestLeftmost(direct)) {
    const aliases = candidate.records.filter((r) => r.role === 'alias');
    if (aliases.length === 1) named.add(aliases[0]!.entity.id);
    // A name several entities share ("Florida" in the US and in Uruguay) vouches for none of their countries.
    const sharers = new Set(candidate.records.filter((r) => r.role === 'alias' || r.role === 'weak').map((r) => r.entity));
    for (const record of candidate.records) {
      if (record.role !== 'alias' && record.role !== 'weak') continue;
      if (sharers.size === 1) {
        for (const country of countriesOf(record.entity)) {
          countries.add(country);
          countryMentions.set(country, (countryMentions.get(country) ?? 0) + 1);
        }
      }
      if (record.role === 'alias' && isPerson(record.entity)) {
        const starts = namedPeople.get(record.entity.id) ?? [];
        starts.push(candidate.start);
        namedPeople.set(record.entity.id, starts);
      }
    }
  }
  return { countries, countryMentions, named, namedPeople };
}

/** Times a country must be named over every other for a generic phrase of both to be read as its own. */
const DOMINANCE = 3;

/**
 * Of several entities a generic phrase may mean ("the Foreign Office": Britain's or Germany's), the one
 * whose country the article names at least three times as often as any other's; else none.
 */
function dominantOf(records: readonly TermRecord[], countryMentions: ReadonlyMap<string, number>): TermRecord | undefined {
  const weight = (record: TermRecord) => Math.max(0, ...countriesOf(record.entity).map((c) => countryMentions.get(c) ?? 0));
  const ranked = [...records].sort((a, b) => weight(b) - weight(a));
  const [first, second] = ranked;
  return first && second && weight(first) >= DOMINANCE * Math.max(1, weight(second)) ? first : undefined;
}

/** Offices whose holder news names by family name alone while in office ("Bush said" in 2008). */
const HEAD_OF_STATE_OR_GOVERNMENT = /^(President|Prime Minister|Head of state or government)$/;
const NAMED_HEAD_OFFICE = /^(President|Prime Minister)$/;
/** A foreign or defence minister's office as the knowledge base writes it ("Secretary of State" is the United States'). */
const FOREIGN_OR_DEFENCE_MINISTER =
  /^(?:Secretary of State|Secretary of State for (?:Foreign (?:and Commonwealth |, Commonwealth and Development )?Affairs|Defence)|Secretary of Defense|(?:Foreign|External Affairs|Defen[cs]e) Minister|Minister (?:of|for) (?:Foreign|External) Affairs|Minister (?:of|for) (?:National )?Defen[cs]e)$/;

/** Where an article stands, for a family name no full name of the article explains. */
interface SurnameContext {
  date?: string;
  countries: ReadonlySet<string>;
  /** The text and the family name's span in it. */
  text: string;
  end: number;
}

/** The last word of every title ("Minister", "President"), which may stand right before a family name. */
const TITLE_WORDS = new Set(HONORIFIC_TITLES.map((title) => title.split(' ').at(-1)!.toLowerCase()));

/**
 * Whether a family name at `start`–`end` is written alone, not as the last part of a name the article does
 * not explain ("Wenton Chan") or inside a compound ("Manga-Bell-Platz"); a title may stand before it.
 */
function writtenAlone(text: string, start: number, end: number): boolean {
  if (/[\p{L}\p{N}'’‐-]/u.test(text.charAt(start - 1)) || /[‐-]/.test(text.charAt(end))) return false;
  const before = /([\p{L}'’.-]+)[ \u00A0]$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return before === undefined || !isNameWord(before) || TITLE_WORDS.has(before.toLowerCase());
}

/**
 * Picks, for a surname, the person named in full nearest before it (else first after it). With no one
 * named in full: the one person whose family name stands alone; else, with the article's date and the
 * name written alone, the one bearer who was then head of state or government of a country the article
 * names, else its foreign or defence minister then, else the one who led it last before the article.
 */
function resolveSurname(records: readonly TermRecord[], at: number, namedPeople: Map<string, number[]>, article?: SurnameContext): Entity | undefined {
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
  if (standing.length === 1) return standing[0]!.entity;
  const date = article?.date;
  if (!date || !writtenAlone(article.text, at, article.end)) return undefined;
  // Not an East Asian name ("Lee Hae-chan", "Han Duck-soo"): a family name millions share, of which the
  // leader is one bearer among many, and whose written last word may be no family name at all.
  const offices = (entity: Entity, title: RegExp): Role[] =>
    isPerson(entity) && !isFamilyNameFirst(entity.surname ?? '') && !isFamilyNameFirst(entity.name.split(' ')[0]!)
      ? entity.roles.filter((role) => title.test(role.title) && role.country !== undefined && article.countries.has(role.country))
      : [];
  const leaderships = (entity: Entity) => offices(entity, HEAD_OF_STATE_OR_GOVERNMENT);
  const leading = records.filter(({ entity }) => leaderships(entity).some((role) => roleStatus(role, date) === 'held'));
  if (leading.length > 0) return leading.length === 1 ? leading[0]!.entity : undefined;
  // Then the foreign and defence ministers of the day, whom diplomatic news names as often ("Powell said").
  const ministers = records.filter(({ entity }) => offices(entity, FOREIGN_OR_DEFENCE_MINISTER).some((role) => roleStatus(role, date) === 'held'));
  if (ministers.length > 0) return ministers.length === 1 ? ministers[0]!.entity : undefined;
  // Else the bearer who led that country last before the article ("Brown" in 2012: Gordon Brown; "the Johnson
  // administration" in 2008: Lyndon Johnson). Only a named office counts here: the actor dictionary's "head
  // of state or government" spans whole cabinets.
  const formerLeaders = records.map((r) => r.entity).filter((entity) => leaderships(entity).length > 0);
  return lastToLeave(formerLeaders, date, (role) => NAMED_HEAD_OFFICE.test(role.title) && role.country !== undefined && article.countries.has(role.country));
}

/** The person this article named in full whose family name `records` read here, if any (not one known by it alone). */
function namedInFull(records: readonly TermRecord[], at: number, namedPeople: Map<string, number[]>): Entity | undefined {
  const surnames = records.filter((r) => r.role === 'surname' && namedPeople.has(r.entity.id));
  return surnames.length > 0 ? resolveSurname(surnames, at, namedPeople) : undefined;
}

function resolve(text: string, candidate: Candidate, context: ReturnType<typeof readContext>, date: string | undefined): Resolved | undefined {
  const { start, end, records } = candidate;
  const aliases = records.filter((r) => r.role === 'alias');
  if (aliases.length > 0) {
    // An alias shared by several entities is decided by the article's countries, else it is left alone.
    const fitting = aliases.length === 1 ? aliases : aliases.filter((r) => contextHolds(r.entity, context.countries, context.named));
    if (fitting.length === 1) {
      // A name the knowledge base already knows is also a person's ("Bidar", a city in India) is the family
      // name of the person this article named in full with it ("Rafiullah Bidar ... Bidar said").
      const alsoPersonal = fitting[0]!.guard?.notAfterName === true || fitting[0]!.guard?.notBeforeName === true;
      const namedHere = alsoPersonal ? namedInFull(records, start, context.namedPeople) : undefined;
      return { start, end, entity: namedHere ?? fitting[0]!.entity, weak: false };
    }
  }
  const triggers = records.filter((r) => r.role === 'trigger' && contextHolds(r.entity, context.countries, context.named));
  if (triggers.length === 1) return { start, end, entity: triggers[0]!.entity, weak: false };
  const dominant = triggers.length > 1 ? dominantOf(triggers, context.countryMentions) : undefined;
  if (dominant) return { start, end, entity: dominant.entity, weak: false };
  const surnames = records.filter((r) => r.role === 'surname');
  if (surnames.length > 0) {
    const person = resolveSurname(surnames, start, context.namedPeople, { date, countries: context.countries, text, end });
    if (person) return { start, end, entity: person, weak: false };
  }
  const weak = records.filter((r) => r.role === 'weak');
  if (weak.length === 1) return { start, end, entity: weak[0]!.entity, weak: true };
  return undefined;
}

/**
 * Drops guarded aliases the article shows to mean something else ("Georgia" beside "Atlanta"), unless
 * the article also names the entity's own places or people ("Tbilisi", "Georgian").
 */
function dropOtherSenses(candidates: Candidate[]): Candidate[] {
  const contrary = new Set<string>();
  const evidence = new Set<string>();
  for (const candidate of candidates) {
    for (const record of candidate.records) {
      if (record.role === 'cue') contrary.add(record.entity.id);
      else if ((record.role === 'alias' || record.role === 'weak') && !record.guard?.otherSense) {
        for (const country of countriesOf(record.entity)) evidence.add(country);
      }
    }
  }
  if (contrary.size === 0) return candidates;
  const misread = (r: TermRecord) => r.role === 'alias' && r.guard?.otherSense && contrary.has(r.entity.id) && !evidence.has(r.entity.id);
  for (const candidate of candidates) {
    if (candidate.records.some(misread)) candidate.records = candidate.records.filter((r) => !misread(r));
  }
  return candidates.filter((c) => c.records.length > 0);
}

/**
 * Recognises the entities in `text`: one automaton pass (names, titles), written variants of known
 * names, honorific patterns read after the titles, the open world (people, state bodies and defined
 * short forms the knowledge base lacks), then article-level resolution (context for generic phrases,
 * surnames to full names), then leftmost-longest selection. Mentions are sorted by start. Entities
 * read from the text are kept in `recognition` (by default a fresh run), never in `gazetteer`.
 */
export function recognise(text: string, gazetteer: Gazetteer, recognition: RecognitionRun = new RecognitionRun()): Mention[] {
  const found = findCandidates(text, gazetteer);
  let candidates = dropOtherSenses(found.candidates);
  joinNameVariants(text, candidates, recognition.date);
  candidates.sort(bySpan);
  const officials = officialsFromTitles(text, found.titleHits, candidates, gazetteer, recognition);
  if (officials.length > 0) candidates = [...candidates, ...officials].sort(bySpan);
  const open = readOpenWorld(text, candidates, gazetteer, recognition);
  if (open.length > 0) candidates = [...candidates, ...open].sort(bySpan);
  const context = readContext(candidates);
  const resolved: Resolved[] = [];
  for (const candidate of candidates) {
    const hit = resolve(text, candidate, context, recognition.date);
    if (hit) resolved.push(candidate.title ? { ...hit, title: candidate.title } : hit);
  }
  // A place or person whose name is part of a longer name nobody resolved names nothing there.
  const standing = longestLeftmost(resolved).filter((r) => r.weak || !insideLongerName(text, r.start, r.end, r.entity.kind));
  return standing.map(({ start, end, entity, weak, title }) => {
    const from = titledWithThe(text, start, entity) ? start - THE.length : start;
    return {
      start: from,
      end,
      entityId: entity.id,
      kind: entity.kind,
      surface: text.slice(from, end),
      ...(weak ? { weak: true } : {}),
      ...(title ? { title } : {}),
    };
  });
}

const THE = 'The ';

/** Media whose description says they are a title in print: newspapers and magazines, not agencies or broadcasters. */
const PRINT_TITLE = /\b(newspaper|daily|weekly|magazine|paper)\b/i;

/**
 * A newspaper or magazine written with a capital "The" before its name ("The New York Times reported"):
 * the article is quoting the masthead, and its "The" is part of the name a reader sees. Agencies and
 * broadcasters are named without it ("the Associated Press", "the BBC") even where a page capitalises it.
 */
function titledWithThe(text: string, start: number, entity: Entity): boolean {
  return (
    entity.kind === 'organization' &&
    entity.orgType === 'media' &&
    PRINT_TITLE.test(entity.description ?? '') &&
    text.startsWith(THE, start - THE.length) &&
    !isWordChar(text.charAt(start - THE.length - 1))
  );
}
