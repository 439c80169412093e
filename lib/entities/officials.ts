import type { Gazetteer, TermRecord, TitleRecord } from './gazetteer';
import { familyNameOf, generatedPersonId, readNameAfterTitle, titlePrefixBefore } from './honorifics';
import { foldTerm } from './normalize';
import { isPerson, type Entity, type PersonEntity } from './types';

/** A gazetteer term (or a name read after a title) found in the text. Offsets are in the original text. */
export interface Candidate {
  start: number;
  end: number;
  records: TermRecord[];
  /** The title written before this name, when an honorific pattern found it. */
  title?: string;
}

/** A title found by the automaton; offsets in the original text. */
export interface TitleHit {
  start: number;
  end: number;
  title: TitleRecord;
}

function recordFor(entity: Entity, role: 'alias' | 'surname'): TermRecord {
  return { entity, role, caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
}

/** The country named right before a title ("Japan's", "Japanese", "U.S."), if any. */
function countryBefore(at: number, text: string, byEnd: ReadonlyMap<number, Candidate[]>): string | undefined {
  for (const gap of [1, 3]) {
    if (gap === 3 && !/^['\u2019]s $/.test(text.slice(at - 3, at))) continue;
    for (const candidate of byEnd.get(at - gap) ?? []) {
      const country = candidate.records.find((r) => r.entity.kind === 'country' && (r.role === 'alias' || r.role === 'weak'));
      if (country) return country.entity.id;
    }
  }
  return undefined;
}

/** Whether the title fits a gazetteer role ("President" for a president), for a bare surname after it. */
function holdsTitle(person: Entity, title: string): boolean {
  if (!isPerson(person)) return false;
  const wanted = title.toLowerCase().replace(/-elect$|^(former|then|acting) /, '');
  return person.roles.some((role) => role.title.toLowerCase() === wanted || role.title.toLowerCase().endsWith(` ${wanted}`));
}

/**
 * Turns honorific patterns into candidates: "Foreign Minister Park Jin" names a person even when the
 * gazetteer lacks him. A name the gazetteer knows keeps its gazetteer entity (and gains the title);
 * a bare surname after a fitting title ("President Moon") names the gazetteer person who held that
 * office; any other name becomes a generated person registered with the gazetteer. Later full names
 * and family names of generated people are found by one scan of the capitalised words.
 *
 * Returns the candidates to add, unsorted. Linear: each title reads at most
 * three words ahead, and the closing scan visits each capitalised word once.
 */
export function officialsFromTitles(
  text: string,
  titleHits: readonly TitleHit[],
  candidates: Candidate[],
  gazetteer: Gazetteer,
): Candidate[] {
  const metBefore = gazetteer.discoveredPeople();
  if (titleHits.length === 0 && metBefore.length === 0) return [];
  const byStart = new Map<number, Candidate[]>();
  const byEnd = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    byStart.set(candidate.start, [...(byStart.get(candidate.start) ?? []), candidate]);
    byEnd.set(candidate.end, [...(byEnd.get(candidate.end) ?? []), candidate]);
  }
  const added: Candidate[] = [];
  const generated = new Map<string, PersonEntity>();
  const namedSpans: { start: number; end: number }[] = [];

  for (const hit of titleHits) {
    let title = hit.title.title;
    let nameFrom = hit.end;
    if (/ to$/.test(title)) {
      // "Ambassador to Japan Rahm Emanuel": the posting is part of the title.
      const posting = (byStart.get(hit.end + 1) ?? []).find((c) => c.records.some((r) => r.role === 'alias' && r.entity.kind === 'country'));
      if (!posting) continue;
      title = `${title} ${text.slice(posting.start, posting.end)}`;
      nameFrom = posting.end;
    }
    const name = readNameAfterTitle(text, nameFrom);
    if (!name) continue;
    const prefix = titlePrefixBefore(text, hit.start);
    if (prefix) title = `${prefix.prefix.toLowerCase()} ${title}`;
    const here = byStart.get(name.start) ?? [];
    const known = here.find((c) => c.records.some((r) => r.role === 'alias' && isPerson(r.entity)));
    if (known) {
      known.title ??= title;
      continue;
    }
    // A country or body after a title ("Ambassador Japan" in a headline) is no name.
    if (here.some((c) => c.records.some((r) => (r.role === 'alias' || r.role === 'trigger') && !isPerson(r.entity)))) continue;
    if (name.words.length === 1) {
      const word = here.find((c) => c.end === name.end && c.records.some((r) => r.role === 'surname'));
      if (word) {
        const holders = word.records.filter((r) => r.role === 'surname' && holdsTitle(r.entity, hit.title.title));
        if (holders.length === 1) {
          // "President Moon": the one Moon who was president, named here as fully as a full name would.
          word.records = [recordFor(holders[0]!.entity, 'alias')];
          word.title = title;
        }
        // Otherwise ordinary surname resolution decides.
        continue;
      }
    }
    const fullName = name.words.join(' ');
    const id = generatedPersonId(fullName, foldTerm);
    const knownById = gazetteer.getNamed(id);
    let person: Entity | undefined = knownById && !(isPerson(knownById) && knownById.reportedTitle) ? knownById : generated.get(id);
    if (!person) {
      const country = countryBefore(prefix ? prefix.start : hit.start, text, byEnd);
      const entity: PersonEntity = { id, kind: 'person', name: fullName, surname: familyNameOf(name.words), roles: [], reportedTitle: title };
      if (country) entity.country = country;
      generated.set(id, entity);
      person = entity;
    }
    added.push({ start: name.start, end: name.end, records: [recordFor(person, 'alias')], title });
    namedSpans.push(name);
  }

  const people = [...generated.values()].map((p) => gazetteer.discover(p));
  // Officials met in earlier texts count by full name only (a slice of a long article after its lead,
  // the next view of a single-page app); their family names need that full name in this text too.
  const named = new Set(people.map((p) => p.id));
  const earlier = metBefore.filter((p) => !named.has(p.id) && p.name.includes(' '));
  if (people.length === 0 && earlier.length === 0) return added;
  added.push(...laterReferences(text, people, earlier, namedSpans, byStart));
  return added;
}

/** Full names and family names of generated people anywhere else in the text. */
function laterReferences(
  text: string,
  people: readonly Entity[],
  earlier: readonly Entity[],
  namedSpans: readonly { start: number; end: number }[],
  byStart: ReadonlyMap<number, Candidate[]>,
): Candidate[] {
  const byFirstWord = new Map<string, { person: Entity; name: string }[]>();
  const byFamilyName = new Map<string, Entity[]>();
  for (const person of [...people, ...earlier]) {
    if (!isPerson(person)) continue;
    const first = person.name.split(' ')[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { person, name: person.name }]);
    if (person.surname) byFamilyName.set(person.surname, [...(byFamilyName.get(person.surname) ?? []), person]);
  }
  const covered = new Set(namedSpans.map((s) => s.start));
  const found: Candidate[] = [];
  for (const match of text.matchAll(/\p{Lu}[\p{L}\p{M}'\u2019\-]*/gu)) {
    const start = match.index;
    if (covered.has(start) || /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) continue;
    const word = match[0].replace(/['\u2019]s$/, '');
    const full = (byFirstWord.get(word) ?? []).find(
      ({ name }) => text.startsWith(name, start) && !/[\p{L}\p{N}]/u.test(text.charAt(start + name.length)),
    );
    if (full) {
      found.push({ start, end: start + full.name.length, records: [recordFor(full.person, 'alias')] });
      continue;
    }
    const family = byFamilyName.get(word);
    if (!family) continue;
    const end = start + word.length;
    const records = family.map((p) => recordFor(p, 'surname'));
    // Join the gazetteer's own readings of the word, so the nearest full name decides between them.
    const same = (byStart.get(start) ?? []).find((c) => c.end === end);
    if (same) same.records.push(...records);
    else found.push({ start, end, records });
  }
  return found;
}
