import { roleStatus } from './describe';
import type { Gazetteer, TermRecord, TitleRecord } from './gazetteer';
import { familyNameOf, generatedPersonId, isNameWord, readNameAfterTitle, titlePrefixBefore, type NameAfterTitle } from './honorifics';
import { foldTerm } from './normalize';
import { NOT_PERSON_WORDS, ROLE_NOUNS } from './open-world/cues';
import type { RecognitionRun } from './recognition-run';
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

/** The country named right after a name with "of" ("King Abdullah of Jordan"), if one is. */
function countryAfter(at: number, text: string, byStart: ReadonlyMap<number, Candidate[]>): string | undefined {
  if (text.slice(at, at + 4) !== ' of ') return undefined;
  return (byStart.get(at + 4) ?? []).flatMap((c) => c.records).find((r) => r.entity.kind === 'country' && r.role === 'alias')?.entity.id;
}

/**
 * Whether the title fits a gazetteer role ("President" for a president), for a bare surname after it;
 * with `date`, a role held (or perhaps held) on that date.
 */
function holdsTitle(person: Entity, title: string, date?: string): boolean {
  if (!isPerson(person)) return false;
  const wanted = title.toLowerCase().replace(/-elect$|^(former|then|acting) /, '');
  // "Secretary" fits a "Secretary of Defense" ("Secretary Rumsfeld").
  return person.roles.some((role) => {
    const held = role.title.toLowerCase();
    // A prince or princess of a royal house may hold a dukedom ("Prince Harry", Duke of Sussex).
    const fits =
      held === wanted ||
      held.endsWith(` ${wanted}`) ||
      held.startsWith(`${wanted} of `) ||
      (wanted === 'prince' && held.startsWith('duke of ')) ||
      (wanted === 'princess' && held.startsWith('duchess of '));
    if (!fits || !date) return fits;
    const status = roleStatus(role, date);
    return status !== 'not-yet' && status !== 'ended';
  });
}

/**
 * The people a surname after a title may be: those whose roles fit the title; where that is more than
 * one (two Presidents Bush, two Presidents Aliyev), those who held it on the article's date, and of
 * those, the one who held it for the country named before the title. A title written as past ("former
 * President Bush") is not narrowed by the date.
 */
function titleHolders(records: readonly TermRecord[], title: string, past: boolean, date: string | undefined, country?: string): Entity[] {
  const fitting = records.filter((r) => r.role === 'surname' && holdsTitle(r.entity, title)).map((r) => r.entity);
  const dated = fitting.length <= 1 || past || !date ? fitting : fitting.filter((person) => holdsTitle(person, title, date));
  // Two kings Abdullah in 2008: "Saudi King Abdullah" is the one whose title is Saudi Arabia's.
  if (dated.length <= 1 || !country) return dated;
  return dated.filter((person) => isPerson(person) && person.roles.some((role) => role.country === country && holdsTitle({ ...person, roles: [role] }, title)));
}

/**
 * Turns honorific patterns into candidates: "Foreign Minister Park Jin" names a person even when the
 * gazetteer lacks him. A name the gazetteer knows keeps its gazetteer entity (and gains the title);
 * a bare surname after a fitting title ("President Moon") names the gazetteer person who held that
 * office; any other name becomes a person read from the text, kept in `recognition` (this run only,
 * never in the shared gazetteer). Later mentions are found once every reader has run (see
 * open-world/later-references).
 *
 * Returns the candidates to add, unsorted. Linear: each title reads at most three words ahead.
 */
export function officialsFromTitles(
  text: string,
  titleHits: readonly TitleHit[],
  candidates: Candidate[],
  gazetteer: Gazetteer,
  recognition: RecognitionRun,
): Candidate[] {
  if (titleHits.length === 0) return [];
  const byStart = new Map<number, Candidate[]>();
  const byEnd = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    byStart.set(candidate.start, [...(byStart.get(candidate.start) ?? []), candidate]);
    byEnd.set(candidate.end, [...(byEnd.get(candidate.end) ?? []), candidate]);
  }
  const added: Candidate[] = [];

  for (const hit of titleHits) {
    // "Martin Luther King Jr.": a one-word title right after a name is the end of that name.
    if (!/\s/.test(hit.title.title) && endsName(text, hit.start, byEnd)) continue;
    let title = hit.title.title;
    let nameFrom = hit.end;
    if (/ to$/.test(title)) {
      // "Ambassador to Japan Rahm Emanuel": the posting is part of the title.
      const posting = (byStart.get(hit.end + 1) ?? []).find((c) => c.records.some((r) => r.role === 'alias' && r.entity.kind === 'country'));
      if (!posting) continue;
      title = `${title} ${text.slice(posting.start, posting.end)}`;
      nameFrom = posting.end;
    }
    const name = dropLeadingRole(readNameAfterTitle(text, nameFrom));
    if (!name) continue;
    const prefix = titlePrefixBefore(text, hit.start);
    if (prefix) title = `${prefix.prefix.toLowerCase()} ${title}`;
    const here = byStart.get(name.start) ?? [];
    // "Secretary Rumsfeld Media Availability", "President Obama Visits China": in a headline the words
    // after a title's holder are no more of his name.
    const firstWordEnd = name.start + (name.words[0]?.length ?? 0);
    const past = prefix !== undefined && /^(former|then)$/i.test(prefix.prefix);
    // "Saudi King Abdullah", "King Abdullah of Jordan": the country whose title it is.
    const countryOfTitle = countryBefore(prefix ? prefix.start : hit.start, text, byEnd) ?? countryAfter(name.end, text, byStart);
    const holdersOf = (records: readonly TermRecord[]) => titleHolders(records, hit.title.title, past, recognition.date, countryOfTitle);
    const holderFirst = name.words.length > 1 && here.find((c) => c.end === firstWordEnd && holdersOf(c.records).length === 1);
    if (holderFirst && !here.some((c) => c.end > firstWordEnd && c.records.some((r) => r.role === 'alias'))) {
      holderFirst.records = [recordFor(holdersOf(holderFirst.records)[0]!, 'alias')];
      holderFirst.title = title;
      continue;
    }
    // "General Electric", "Premier Executive Transport Services": a company or body after a title.
    if (name.words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase()))) continue;
    const known = here.find((c) => c.records.some((r) => r.role === 'alias' && isPerson(r.entity)));
    if (known) {
      known.title ??= title;
      continue;
    }
    // A country or body after a title ("Ambassador Japan" in a headline) is no name; a place that is
    // only the first word of one is ("Sheikh Sabah al-Khalid").
    if (here.some((c) => c.end >= name.end && c.records.some((r) => (r.role === 'alias' || r.role === 'trigger') && !isPerson(r.entity)))) continue;
    if (name.words.length === 1) {
      const word = here.find((c) => c.end === name.end && c.records.some((r) => r.role === 'surname'));
      if (word) {
        const holders = holdersOf(word.records);
        if (holders.length === 1) {
          // "President Moon": the one Moon who was president (on the article's date, where two were), named
          // here as fully as a full name would.
          word.records = [recordFor(holders[0]!, 'alias')];
          word.title = title;
        }
        // Otherwise ordinary surname resolution decides.
        continue;
      }
    }
    const fullName = name.words.join(' ');
    const id = generatedPersonId(fullName, foldTerm);
    const knownById = gazetteer.getNamed(id);
    let person: Entity | undefined = knownById && !(isPerson(knownById) && knownById.reportedTitle) ? knownById : recognition.get(id);
    if (!person) {
      const titleStart = prefix ? prefix.start : hit.start;
      const country = countryBefore(titleStart, text, byEnd);
      const written = text.slice(country ? countryStartBefore(titleStart, byEnd) ?? titleStart : titleStart, hit.end);
      const entity: PersonEntity = {
        id,
        kind: 'person',
        name: fullName,
        surname: familyNameOf(name.words),
        roles: [],
        reportedTitle: title,
        readFromText: written,
      };
      if (country) entity.country = country;
      person = recognition.discover(entity);
    }
    added.push({ start: name.start, end: name.end, records: [recordFor(person, 'alias')], title });
  }
  return added;
}

/** Whether a name-like word the knowledge base does not read (so no country or demonym) ends right before `at`. */
function endsName(text: string, at: number, byEnd: ReadonlyMap<number, Candidate[]>): boolean {
  if (text.charAt(at - 1) !== ' ' || byEnd.has(at - 1)) return false;
  const word = /(?:^|[^\p{L}\p{M}.])(\p{Lu}[\p{L}\p{M}'\u2019-]+)$/u.exec(text.slice(Math.max(0, at - 32), at - 1))?.[1];
  // "Jordan's King Abdullah": a possessive owns the title, it does not end a name with it.
  return word !== undefined && !/['\u2019]s$/.test(word) && isNameWord(word) && !ROLE_NOUNS.has(word.toLowerCase());
}

/** "spokesman Inspector Frank Lempka": a rank written between the title and the name belongs to neither. */
function dropLeadingRole(name: NameAfterTitle | undefined): NameAfterTitle | undefined {
  if (!name || name.words.length < 3 || !ROLE_NOUNS.has(name.words[0]!.toLowerCase())) return name;
  return { start: name.start + name.words[0]!.length + 1, end: name.end, words: name.words.slice(1) };
}

/** Where the country named right before a title starts ("South Korean Foreign Minister"), if one is. */
function countryStartBefore(at: number, byEnd: ReadonlyMap<number, Candidate[]>): number | undefined {
  for (const gap of [1, 3]) {
    const candidate = (byEnd.get(at - gap) ?? []).find((c) => c.records.some((r) => r.entity.kind === 'country'));
    if (candidate) return candidate.start;
  }
  return undefined;
}
