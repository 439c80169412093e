/**
 * Open-world recognition: what the knowledge base will never hold, read from how the article itself
 * names it. People from titles, speech verbs and appositions; state bodies and other organisations from
 * their head nouns; places from the type written after them ("Farah province"), landmarks from their
 * head nouns ("Shifa Hospital", "Mount Sinjar") and settlements from how the article places them ("the
 * town of Kobane", "in Annapolis, Md."); disputes from a known place or country and a dispute's head
 * noun ("the Abyei dispute", "the border dispute between Kenya and Tanzania"); organisations from the short forms the article defines; then
 * every later mention of what was read.
 * Everything found is kept in the run, never in the shared gazetteer.
 */
import type { Gazetteer } from '../gazetteer';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import { isPerson, type Entity } from '../types';
import { bracketDefinitions } from './bracket-definitions';
import { disputesByHead } from './disputes';
import { landmarks } from './landmarks';
import { laterReferences } from './later-references';
import { organisationsByHead } from './organisations';
import { coverWords, peopleFromCues, withTitlesInNames, type WordCover } from './people';
import { placesByType } from './places';
import { stateBodies } from './state-bodies';
import { nameRuns, readWords, type Word } from './words';

function bySpan(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

function countryOf(candidate: Candidate | undefined): Entity | undefined {
  return candidate?.records.find((r) => r.entity.kind === 'country' && (r.role === 'alias' || r.role === 'weak'))?.entity;
}

/** The country the article is mostly about, when one is named at least twice as often as any other. */
function dominantCountry(candidates: readonly Candidate[]): Entity | undefined {
  const counts = new Map<string, { entity: Entity; count: number }>();
  for (const candidate of candidates) {
    const country = countryOf(candidate);
    if (!country) continue;
    const entry = counts.get(country.id) ?? { entity: country, count: 0 };
    entry.count++;
    counts.set(country.id, entry);
  }
  const ranked = [...counts.values()].sort((a, b) => b.count - a.count);
  const [top, next] = ranked;
  if (!top || top.count < 2 || (next && top.count < 2 * next.count)) return undefined;
  return top.entity;
}

/** The index of the word starting at `start`, by binary search over the words (sorted by start). */
function wordIndexAt(words: readonly Word[], start: number): number | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = words[middle]!.start;
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

/** Marks the words under newly found candidates as covered by them (each candidate starts on a word). */
function markCovered(words: readonly Word[], cover: WordCover, found: readonly Candidate[]): void {
  for (const candidate of found) {
    const kind = candidate.records.some((r) => r.entity.kind === 'person') ? 'person' : 'other';
    for (let i = wordIndexAt(words, candidate.start); i !== undefined && i < words.length && words[i]!.start < candidate.end; i++) cover[i] = kind;
  }
}

/**
 * Family names as the article spells them, for people the knowledge base knows by another spelling: a
 * full name read through one person's alias ("Avigdor Lieberman" for Avigdor Liberman) makes its last
 * word that person's family name in this article, so a later "Lieberman" is him too.
 */
function writtenFamilyNames(text: string, candidates: readonly Candidate[]): Map<string, Entity[]> {
  const families = new Map<string, Entity[]>();
  for (const candidate of candidates) {
    const people = new Set(candidate.records.filter((r) => r.role === 'alias' && isPerson(r.entity)).map((r) => r.entity));
    if (people.size !== 1) continue;
    const person = [...people][0]!;
    const written = /\s(\p{Lu}[\p{L}'’-]+)$/u.exec(text.slice(candidate.start, candidate.end).replace(/['’]s$/u, ''))?.[1];
    // A person the knowledge base keeps without a family name ("May" is far more often the month) gets none here either.
    if (!written || !isPerson(person) || !person.surname || written === person.surname) continue;
    const family = families.get(written) ?? [];
    if (!family.includes(person)) families.set(written, [...family, person]);
  }
  return families;
}

/**
 * Reads the open world of `text` given the knowledge base's candidates (sorted by start) and returns
 * the candidates to add. Linear in the text: one pass for words, bounded look-arounds per name run.
 */
export function readOpenWorld(text: string, candidates: readonly Candidate[], gazetteer: Gazetteer, recognition: RecognitionRun): Candidate[] {
  const words = readWords(text);
  const runs = nameRuns(text, words);
  const byStart = new Map<number, Candidate[]>();
  for (const candidate of candidates) byStart.set(candidate.start, [...(byStart.get(candidate.start) ?? []), candidate]);
  const countryStartingAt = (start: number) => {
    for (const candidate of byStart.get(start) ?? []) {
      const country = countryOf(candidate);
      if (country) return country;
    }
    return undefined;
  };
  const countryInside = (start: number, end: number) => {
    for (let i = wordIndexAt(words, start); i !== undefined && i < words.length && words[i]!.start < end; i++) {
      const country = countryStartingAt(words[i]!.start);
      if (country) return country.id;
    }
    return undefined;
  };

  // Where each person the knowledge base knows is first named in full, for a family name read later.
  const firstNamed = new Map<string, number>();
  for (const candidate of candidates) {
    for (const record of candidate.records) if (record.role === 'alias' && record.entity.kind === 'person' && !firstNamed.has(record.entity.id)) firstNamed.set(record.entity.id, candidate.start);
  }
  const namedInFullBefore = (start: number) =>
    (byStart.get(start) ?? []).some((c) => c.records.some((r) => r.role === 'surname' && (firstNamed.get(r.entity.id) ?? Infinity) < start));

  const cover = coverWords(words, candidates);
  const people = peopleFromCues(text, words, runs, cover, (id) => gazetteer.getNamed(id), countryInside, recognition, (start) => byStart.has(start), namedInFullBefore);
  markCovered(words, cover, people);

  const main = dominantCountry(candidates);
  const asCountry = (entity: Entity | undefined) => (entity ? { id: entity.id, name: entity.name } : undefined);
  // A demonym of several words ends on the word before a body: "the Sri Lankan Government", "the South
  // Korean navy". (A country's name of several words before "government" is read as no body, as one word's is not.)
  const countryEndingAt = new Map<number, { entity: Entity; start: number }>();
  for (const candidate of candidates) {
    const demonym = candidate.records.find((r) => r.entity.kind === 'country' && r.role === 'weak')?.entity;
    if (demonym && !countryEndingAt.has(candidate.end)) countryEndingAt.set(candidate.end, { entity: demonym, start: candidate.start });
  }
  const countryBefore = (word: Word) => {
    const own = countryStartingAt(word.start);
    if (own) return asCountry(own);
    const ending = countryEndingAt.get(word.end);
    return ending ? { id: ending.entity.id, name: ending.entity.name, start: ending.start } : undefined;
  };
  // The country a name starting at this word spells in full ("of Iran", "of the United States"), with where it ends.
  const countryNamedAt = (word: Word) => {
    for (const candidate of byStart.get(word.start) ?? []) {
      const country = candidate.records.find((r) => r.entity.kind === 'country' && r.role === 'alias')?.entity;
      if (country) return { id: country.id, name: country.name, end: candidate.end };
    }
    return undefined;
  };
  const bodies = stateBodies(text, words, cover, countryBefore, asCountry(main), recognition, (id) => gazetteer.get(id), countryNamedAt);
  markCovered(words, cover, bodies);
  const organisations = organisationsByHead(text, words, cover, recognition);
  markCovered(words, cover, organisations);
  const places = placesByType(text, words, cover, recognition);
  markCovered(words, cover, places);
  const readSoFar = new Map(byStart);
  for (const candidate of [...people, ...bodies, ...organisations, ...places]) readSoFar.set(candidate.start, [...(readSoFar.get(candidate.start) ?? []), candidate]);
  const sites = landmarks(text, words, cover, recognition, (start) => readSoFar.get(start), countryNamedAt);
  markCovered(words, cover, sites);
  for (const candidate of sites) readSoFar.set(candidate.start, [...(readSoFar.get(candidate.start) ?? []), candidate]);
  const disputes = disputesByHead(text, words, cover, recognition, (start) => readSoFar.get(start), countryNamedAt);
  markCovered(words, cover, disputes);
  const known = [...candidates, ...people, ...bodies, ...organisations, ...places, ...sites, ...disputes].sort(bySpan);

  const byEnd = new Map<number, Candidate[]>();
  for (const candidate of known) byEnd.set(candidate.end, [...(byEnd.get(candidate.end) ?? []), candidate]);
  // The entity a name right before "(SHORT)" stands for: a name of several words, or one that already
  // spells the short form; a single word ("of Iraq (ISCI)") is the end of a longer name instead.
  const entityEndingAt = (end: number, short: string) => {
    const longest = (byEnd.get(end) ?? []).sort((a, b) => a.start - b.start)[0];
    if (!longest) return undefined;
    const surface = text.slice(longest.start, longest.end);
    if (!/\s/.test(surface) && surface.toUpperCase() !== short) return undefined;
    const named = longest.records.filter((r) => r.role === 'alias' || r.role === 'trigger');
    return named.length === 1 ? named[0]!.entity : undefined;
  };
  const defined = bracketDefinitions(text, words, cover, entityEndingAt, recognition);

  const found = [...people, ...bodies, ...organisations, ...places, ...sites, ...disputes, ...defined.candidates];
  const discoveredPeople = recognition.entities().filter(isPerson);
  const named = new Set(found.map((c) => c.start));
  for (const candidate of candidates) if (candidate.records.some((r) => r.role === 'alias' && recognition.get(r.entity.id))) named.add(candidate.start);
  const allByStart = new Map<number, Candidate[]>();
  for (const candidate of [...known, ...defined.candidates]) allByStart.set(candidate.start, [...(allByStart.get(candidate.start) ?? []), candidate]);
  found.push(...laterReferences(text, words, discoveredPeople, defined.definitions, named, allByStart, writtenFamilyNames(text, candidates)));
  found.push(...withTitlesInNames(text, words, candidates));
  return found;
}
