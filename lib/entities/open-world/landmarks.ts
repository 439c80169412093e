/**
 * Places the knowledge base lacks, named by how news writes them:
 *  - a capitalised name ending on a landmark's head noun: "Shifa Hospital", "Tiananmen Square",
 *    "Ben Gurion Airport", "Qandil Mountains", "Swat valley" (the mention is the whole name);
 *  - a name opened by a landmark's word: "Mount Sinjar", "Camp Salerno", "Lake Tana";
 *  - a settlement named after its description: "the city of Sderot", "the Kurdish town of Kobane",
 *    "the refugee camp of Jabalia", "Al-Maghazi refugee camp", "Belmarsh prison" (the mention is the
 *    name alone), and every other mention of that name in the article;
 *  - a settlement placed by what follows it: "in Sderot, Israel", "in Annapolis, Md.", "in Midan in
 *    southern Damascus", "Maydon Shahr, about 20 miles southwest of Kabul".
 * Each gets a stable id from its name (`place:shifa-hospital`), the country the text writes right after
 * it (", Israel") and a card saying what the article called it.
 */
import type { TermRecord } from '../gazetteer';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import type { Entity } from '../types';
import type { WordCover } from './people';
import { adjacent, NAME_PARTICLES, slugOf, type Word } from './words';

/** Capitalised words that end a landmark's name and belong to it. */
const HEADS = new Set(
  (
    'Hospital Square Palace Airport Airfield Airbase Base Mountains Hills Valley Prison Jail Stadium Bridge Mosque ' +
    'Cathedral Wall Gate Canal Dam Pass Corridor Crossing Heights'
  ).split(' '),
);

/** Lower-case words that end a landmark's name and belong to it ("Swat valley", "Qandil mountains"). */
const LOWER_HEADS = new Set(['valley', 'mountains']);

/** Capitalised words that open a landmark's name and belong to it ("Mount Sinjar", "Camp Salerno"). */
const OPENERS = new Set(['Mount', 'Camp', 'Lake', 'Fort', 'Wadi', 'Tel']);

/**
 * Lower-case words that, after a name, say what sort of place it is; the mention is the name alone
 * ("Belmarsh prison", "Al-Maghazi refugee camp"). Plurals end a list ("Belmarsh and Woodhill prisons").
 */
const TYPES_AFTER = new Map([
  ['prison', false],
  ['prisons', true],
  ['jail', false],
]);
/** "refugee camp", "refugee camps": two words, the second of which names the type. */
const CAMP = new Map([
  ['camp', false],
  ['camps', true],
]);

/** Descriptions written before "of" and a settlement's name ("the town of Sderot", "the cities of Khost and Asadabad"). */
const SETTLEMENTS = new Set(['town', 'towns', 'village', 'villages', 'city', 'cities', 'camp', 'camps', 'island', 'islands', 'port', 'suburb', 'enclave', 'hamlet', 'neighbourhood', 'neighborhood']);

/** Prepositions that place what follows them ("in Sderot, Israel"). */
const LOCATIVES = new Set(['in', 'In', 'near', 'Near', 'outside', 'Outside', 'from', 'around']);

/** Compass words between a preposition and a known place ("in southern Damascus", "20 miles southwest of Kabul"). */
const DIRECTIONS = /^(?:north|south|east|west|northern|southern|eastern|western|central|north-?east|north-?west|south-?east|south-?west|northeastern|northwestern|southeastern|southwestern)$/;
const DISTANCE_UNITS = new Set(['miles', 'mile', 'kilometers', 'kilometres', 'kilometer', 'kilometre', 'km', 'kms']);

/** US states as news agencies abbreviate them after a town ("Annapolis, Md.", "Monterey, Calif."). */
const US_STATE_ABBREVIATION = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.(?=[\s,;:)]|$)/;

/** A word ending like a language or a people's adjective ("Arabic", "Kurdish", "Indonesian") is no settlement's name after "in". */
const LANGUAGE_LIKE = /(?:ic|ish|ese|ian|ans)$/;

/** Capitalised words that open a sentence or a clause, never a landmark's name. */
const NOT_NAMES = new Set(
  (
    'The A An This That These Those Its His Her Their Our My Your Each Every Any No Some In On At By For Of With From To ' +
    'As If When While After Before And But Or Near Outside Inside Into Across Between Around Toward Towards Via Under Over ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Yesterday Today Tomorrow Meanwhile However Then Now Also Both'
  ).split(' '),
);

/**
 * Words that alone before a head name no one landmark ("Presidential Palace", "International Airport",
 * "Central Square", "Military Hospital"): a landmark needs a name of its own.
 */
const GENERIC_MODIFIERS = new Set(
  (
    'Presidential Royal National International Main Central General Military Civil Old New Grand Imperial Summer Winter ' +
    'Olympic Municipal Regional District Provincial State Federal City Air Naval Army Police Children Women Teaching ' +
    'University Memorial Public Private Field Mobile Prefabricated Base Red Cross Crescent Great Upper Lower High Holy ' +
    'North South East West Northern Southern Eastern Western Security Border Separation Central Maximum Federal'
  ).split(' '),
);

const MAX_NAME_WORDS = 4;

/** What the knowledge base reads at a word, for deciding whether the word may be part of a landmark's name. */
export type KnownAt = (start: number) => readonly Candidate[] | undefined;
/** The country whose full name starts at a word ("Israel" in "Sderot, Israel"). */
export type CountryNamedAt = (word: Word) => { id: string; end: number } | undefined;

function isNameWord(word: Word): boolean {
  // "Al-Quds", "Sderot", "Ben": a capital and then a lower-case letter or a hyphen; "LAWRENCEVILLE" is a shout, not a name.
  return /^\p{Lu}[\p{Ll}'\u2019-]/u.test(word.text) && !NOT_NAMES.has(word.text);
}

/**
 * Whether a known name at this word may stand inside a landmark's name: a place, a country, a person or
 * a disputed area ("Ben Gurion Airport", "Al-Quds Hospital"); a demonym, a body or a generic phrase may not.
 */
function mayStandInside(candidates: readonly Candidate[] | undefined): boolean {
  if (!candidates) return true;
  return candidates.some((c) => c.records.some((r) => r.role === 'alias' && (r.entity.kind === 'place' || r.entity.kind === 'country' || r.entity.kind === 'person' || r.entity.kind === 'dispute')));
}

function record(entity: Entity): TermRecord {
  return { entity, role: 'alias', caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
}

/**
 * Finds landmarks and settlements by the words around their names, keeps them in `recognition` and
 * returns their candidates. Linear: each cue looks at most a few words around it, and later mentions
 * are looked up word by word in a map of the names read.
 */
export function landmarks(text: string, words: readonly Word[], cover: WordCover, recognition: RecognitionRun, knownAt: KnownAt, countryNamedAt: CountryNamedAt): Candidate[] {
  const added: Candidate[] = [];
  const taken = new Array<boolean>(words.length).fill(false);
  /** Names read as a settlement's (mention = name alone), for their other mentions. */
  const settlements = new Map<string, { entity: Entity; length: number }[]>();

  const free = (i: number) => cover[i] === undefined && !taken[i];
  const countryAfter = (last: number) => {
    const next = words[last + 1];
    return next && text.slice(words[last]!.end, next.start) === ', ' && !words[last]!.possessive ? countryNamedAt(next)?.id : undefined;
  };
  const add = (first: number, last: number, readFromText: string, settlement: boolean) => {
    const start = words[first]!.start;
    const end = words[last]!.end;
    const name = text.slice(start, end);
    const country = countryAfter(last);
    const entity = recognition.discover({ id: `place:${slugOf(name)}`, kind: 'place', name, ...(country ? { country } : {}), readFromText });
    added.push({ start, end, records: [record(entity)] });
    for (let i = first; i <= last; i++) taken[i] = true;
    if (settlement) {
      const key = words[first]!.text;
      const list = settlements.get(key) ?? [];
      if (!list.some((s) => s.entity === entity)) list.push({ entity, length: last - first + 1 });
      settlements.set(key, list);
    }
  };

  /** The first word of a name of free name words ending at `last` (inclusive), or undefined. */
  const nameEndingAt = (last: number): number | undefined => {
    if (last < 0 || !free(last) || !isNameWord(words[last]!) || words[last]!.possessive) return undefined;
    let first = last;
    while (first > 0 && last - first < MAX_NAME_WORDS - 1) {
      const before = words[first - 1]!;
      if (!adjacent(text, before, words[first]!) || !free(first - 1)) break;
      if (isNameWord(before)) first--;
      // "Deir al Balah": a lower-case particle between two name words.
      else if (NAME_PARTICLES.has(before.text) && first - 2 >= 0 && free(first - 2) && isNameWord(words[first - 2]!) && adjacent(text, words[first - 2]!, before)) first -= 2;
      else break;
    }
    return first;
  };
  /** The last word of a name of free name words starting at `first`, or undefined. */
  const nameStartingAt = (first: number): number | undefined => {
    if (first >= words.length || !free(first) || !isNameWord(words[first]!)) return undefined;
    let last = first;
    while (last + 1 < words.length && last - first < MAX_NAME_WORDS - 1 && !words[last]!.possessive) {
      const next = words[last + 1]!;
      if (!adjacent(text, words[last]!, next) || !free(last + 1)) break;
      if (isNameWord(next) && !HEADS.has(next.text)) last++;
      else if (NAME_PARTICLES.has(next.text) && last + 2 < words.length && free(last + 2) && isNameWord(words[last + 2]!) && adjacent(text, next, words[last + 2]!)) last += 2;
      else break;
    }
    return last;
  };

  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    // "Shifa Hospital", "Ben Gurion Airport", "Swat valley": a name and a landmark's head, the head unread.
    if ((HEADS.has(word.text) || LOWER_HEADS.has(word.text)) && cover[i] === undefined && !taken[i] && i > 0) {
      // "Occupy Wall Street", "Square Enix": a head followed by another name word is inside a longer name.
      const next = words[i + 1];
      if (next && adjacent(text, word, next) && /^\p{Lu}/u.test(next.text)) continue;
      const first = landmarkNameBefore(text, words, cover, taken, i, knownAt);
      if (first !== undefined) add(first, i, text.slice(words[first]!.start, word.end), false);
      continue;
    }
    // "Gaza City", "Kuwait City": a known place or country and "City" (English football's "Leicester City" is a club).
    if (word.text === 'City' && cover[i] === undefined && !taken[i] && i > 0 && adjacent(text, words[i - 1]!, word)) {
      const first = placeOrCountryEndingAt(words, i - 1, knownAt);
      if (first !== undefined) add(first, i, text.slice(words[first]!.start, word.end), false);
      continue;
    }
    // "Mount Sinjar", "Camp Salerno": an opener and a name, where no known name starts at the opener.
    if (OPENERS.has(word.text) && cover[i] === undefined && !taken[i] && i + 1 < words.length && adjacent(text, word, words[i + 1]!)) {
      const last = openedNameAfter(text, words, cover, i, knownAt);
      if (last !== undefined) add(i, last, text.slice(word.start, words[last]!.end), false);
      continue;
    }
    // "Belmarsh prison", "Al-Maghazi refugee camp", "Belmarsh and Woodhill prisons".
    const camp = word.text === 'refugee' && CAMP.has(words[i + 1]?.text ?? '') && adjacent(text, word, words[i + 1]!);
    if ((TYPES_AFTER.has(word.text) || camp) && i > 0 && adjacent(text, words[i - 1]!, word)) {
      const typeWord = camp ? `refugee ${words[i + 1]!.text}` : word.text;
      const plural = camp ? CAMP.get(words[i + 1]!.text)! : TYPES_AFTER.get(word.text)!;
      const first = nameEndingAt(i - 1);
      if (first === undefined || words.slice(first, i).every((w) => GENERIC_MODIFIERS.has(w.text))) continue;
      add(first, i - 1, `${text.slice(words[first]!.start, words[i - 1]!.end)} ${typeWord}`, true);
      if (plural) listBefore(first, typeWord);
      continue;
    }
    // "in Sderot, Israel", "in Annapolis, Md.", "in Hamidiya and Bustan al-Diwan in Homs Province".
    if (LOCATIVES.has(word.text) && i + 1 < words.length && adjacent(text, word, words[i + 1]!)) {
      const listed: [number, number][] = [];
      let at = i + 1;
      while (at < words.length && listed.length < 4) {
        const last = nameStartingAt(at);
        if (last === undefined || (last === at && LANGUAGE_LIKE.test(words[at]!.text))) break;
        listed.push([at, last]);
        const next = words[last + 1];
        if (!next || words[last]!.possessive || next.text !== 'and' || !/^,? $/.test(text.slice(words[last]!.end, next.start)) || !adjacent(text, next, words[last + 2] ?? next)) break;
        at = last + 2;
      }
      const end = listed.at(-1)?.[1];
      const placedBy = end === undefined ? undefined : placedAfter(text, words, end, knownAt);
      if (placedBy) for (const [first, last] of listed) add(first, last, `${text.slice(words[first]!.start, words[last]!.end)}${placedBy}`, true);
      continue;
    }
    // "Maydon Shahr, about 20 miles southwest of Kabul".
    if (DISTANCE_UNITS.has(word.text) && DIRECTIONS.test(words[i + 1]?.text ?? '') && words[i + 2]?.text === 'of' && i > 0) {
      const measured = /, (?:(?:about|some|roughly|nearly|around|approximately|just|only|more than|less than) )?[\d.,]+ ?$/.exec(text.slice(Math.max(0, word.start - 40), word.start));
      if (measured) {
        const commaAt = word.start - measured[0].length;
        let last = i - 1;
        while (last >= 0 && words[last]!.end > commaAt) last--;
        const first = last >= 0 && words[last]!.end === commaAt ? nameEndingAt(last) : undefined;
        if (first !== undefined) add(first, last, `${text.slice(words[first]!.start, words[i + 2]!.end)} ${words[i + 3] ? text.slice(words[i + 3]!.start, words[i + 3]!.end) : ''}`.trim(), true);
      }
      continue;
    }
    // "the city of Sderot", "the Kurdish town of Kobane", "the cities of Khost, Asadabad and Jalalabad".
    if (SETTLEMENTS.has(word.text) && words[i + 1]?.text === 'of' && adjacent(text, word, words[i + 1]!) && followsThe(words, i)) {
      const description = settlementDescription(text, words, i);
      let at = i + 2;
      while (at < words.length) {
        const last = nameStartingAt(at);
        // A name of the list the knowledge base reads already ("Khost") keeps the list going.
        const end = last ?? knownNameAt(words, at, knownAt);
        if (end === undefined) break;
        if (last !== undefined) add(at, last, `${description} ${text.slice(words[at]!.start, words[last]!.end)}`, true);
        // Only a plural description ("the cities of") lists several names.
        if (!word.text.endsWith('s') || words[end]!.possessive || end + 1 >= words.length) break;
        const gap = text.slice(words[end]!.end, words[end + 1]!.start);
        const and = words[end + 1]!.text === 'and' && end + 2 < words.length && adjacent(text, words[end + 1]!, words[end + 2]!);
        if ((gap === ', ' || gap === ' ') && and) at = end + 2;
        else if (gap === ', ') at = end + 1;
        else break;
      }
    }
  }

  /** "Belmarsh and Woodhill prisons", "Haripur, Kohat and Bannu prisons": the names listed before the last share its type. */
  function listBefore(first: number, typeWord: string): void {
    let next = first;
    for (let listed = 0; listed < 5; listed++) {
      const joiner = words[next - 1];
      if (!joiner) return;
      let last: number;
      if (joiner.text === 'and' && adjacent(text, joiner, words[next]!) && next >= 2) {
        const gap = text.slice(words[next - 2]!.end, joiner.start);
        if (gap !== ' ' && gap !== ', ') return;
        last = next - 2;
      } else if (listed > 0 && text.slice(joiner.end, words[next]!.start) === ', ') last = next - 1;
      else return;
      const before = nameEndingAt(last);
      if (before === undefined) return;
      add(before, last, `${text.slice(words[before]!.start, words[last]!.end)} ${typeWord}`, true);
      next = before;
    }
  }

  // Every other mention of a settlement read above, standing alone ("Kobane" after "the town of Kobane").
  if (settlements.size > 0) {
    for (let i = 0; i < words.length; i++) {
      const list = settlements.get(words[i]!.text);
      if (!list || taken[i] || cover[i] !== undefined) continue;
      for (const { entity, length } of list) {
        const last = i + length - 1;
        if (last >= words.length || text.slice(words[i]!.start, words[last]!.end) !== entity.name) continue;
        let free = true;
        for (let k = i; k <= last; k++) if (taken[k] || cover[k] !== undefined) free = false;
        // Part of a longer name ("Kobane Canton", "Jabalia Street") is that name's, not the settlement's.
        const before = words[i - 1];
        const after = words[last + 1];
        if (!free || (before && adjacent(text, before, words[i]!) && isNameWord(before)) || (after && adjacent(text, words[last]!, after) && /^\p{Lu}/u.test(after.text))) continue;
        added.push({ start: words[i]!.start, end: words[last]!.end, records: [record(entity)] });
        for (let k = i; k <= last; k++) taken[k] = true;
        break;
      }
    }
  }
  return added;
}

/**
 * What places a name ending at word `last`, as the article writes it, when it is a known place or
 * country after a comma (", Israel", ", Wardak province"), a US state's abbreviation (", Md.") or "in"
 * and a known place ("in southern Damascus"); undefined otherwise.
 */
function placedAfter(text: string, words: readonly Word[], last: number, knownAt: KnownAt): string | undefined {
  const name = words[last]!;
  if (name.possessive) return undefined;
  const rest = text.slice(name.end, name.end + 12);
  const state = /^, /.test(rest) ? US_STATE_ABBREVIATION.exec(rest.slice(2)) : null;
  if (state) return `, ${state[0]}`;
  const next = words[last + 1];
  if (!next) return undefined;
  const gap = text.slice(name.end, next.start);
  let placeWord = last + 1;
  if (gap === ' ' && next.text === 'in') {
    placeWord = last + 2;
    if (DIRECTIONS.test(words[placeWord]?.text ?? '')) placeWord++;
  } else if (gap !== ', ') return undefined;
  const place = words[placeWord];
  if (!place) return undefined;
  const known = knownAt(place.start)?.filter((c) => c.records.some((r) => r.role === 'alias' && (r.entity.kind === 'place' || r.entity.kind === 'country')));
  if (!known || known.length === 0) return undefined;
  const end = Math.max(...known.map((c) => c.end));
  // ", Israel" must end the phrase ("in Sderot, Israel, on Monday"), not open a clause ("in Sderot, Israel said").
  if (gap === ', ' && !/^(?:$|[.,;:)!?\u2014\u2013-]|['\u2019]s\b| (?:on|in|at|and|where|when|which|near|after|before|during|last|this|since|until|for|to|from|as)\b)/.test(text.slice(end, end + 12))) return undefined;
  return text.slice(name.end, end);
}

/** Whether "the" stands at most three words before the settlement's description ("the northern Syrian town"). */
function followsThe(words: readonly Word[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (words[k]!.text.toLowerCase() === 'the') return true;
  return false;
}

/** "Kurdish town of", "city of": the words from after "the" to "of", for the card. */
function settlementDescription(text: string, words: readonly Word[], at: number): string {
  let first = at;
  while (first > 0 && words[first - 1]!.text.toLowerCase() !== 'the' && at - first < 3) first--;
  return text.slice(words[first]!.start, words[at + 1]!.end);
}

/** The last word of a name the knowledge base reads starting at word `at`, if any. */
function knownNameAt(words: readonly Word[], at: number, knownAt: KnownAt): number | undefined {
  const known = knownAt(words[at]!.start);
  if (!known || known.length === 0) return undefined;
  const end = Math.max(...known.map((c) => c.end));
  let last = at;
  while (last + 1 < words.length && words[last + 1]!.start < end) last++;
  return last;
}

/** The first word of a known place or country ending at word `last` ("Gaza" before "City"), outside England. */
function placeOrCountryEndingAt(words: readonly Word[], last: number, knownAt: KnownAt): number | undefined {
  for (let k = last; k >= Math.max(0, last - 3); k--) {
    const fits = knownAt(words[k]!.start)?.some(
      (c) => c.end === words[last]!.end && c.records.some((r) => r.role === 'alias' && (r.entity.kind === 'country' || (r.entity.kind === 'place' && r.entity.country !== 'country:gb'))),
    );
    if (fits) return k;
  }
  return undefined;
}

/**
 * The first word of a landmark's name before the head at `head`: name words, known places, countries
 * and people among them, a known name taken whole or not at all, and not one generic modifier alone.
 */
function landmarkNameBefore(text: string, words: readonly Word[], cover: WordCover, taken: readonly boolean[], head: number, knownAt: KnownAt): number | undefined {
  let first = head;
  while (first > 0 && head - first < MAX_NAME_WORDS) {
    const before = words[first - 1]!;
    if (!adjacent(text, before, words[first]!) || taken[first - 1]) break;
    const particle = NAME_PARTICLES.has(before.text) && first - 2 >= 0 && isNameWord(words[first - 2]!) && adjacent(text, words[first - 2]!, before);
    if (!isNameWord(before) && !particle) break;
    if (cover[first - 1] !== undefined && !mayStandInside(knownAt(before.start)) && !coveredFromBefore(words, first - 1, knownAt)) break;
    first -= particle ? 2 : 1;
  }
  // A known name cut by the walk's limit, or reaching in from before, is not taken in part.
  while (first < head && cover[first] !== undefined && coveredFromBefore(words, first, knownAt)) first++;
  if (first === head) return undefined;
  // A known name reaching past the head's left neighbour into the head would have covered the head.
  const nameWords = words.slice(first, head);
  if (nameWords.every((w) => GENERIC_MODIFIERS.has(w.text))) return undefined;
  // A known name may stand inside only when the name has a word of its own or it is a place or a person: "Gaza City", not "Hamas Hospital".
  for (let k = first; k < head; k++) if (cover[k] !== undefined && !coveredFromBefore(words, k, knownAt) && !mayStandInside(knownAt(words[k]!.start))) return undefined;
  return first;
}

/** Whether the word is covered by a known name that starts before it. */
function coveredFromBefore(words: readonly Word[], at: number, knownAt: KnownAt): boolean {
  const own = knownAt(words[at]!.start);
  if (own && own.length > 0) return false;
  return true;
}

/** The last word of the name after an opener ("Mount Sinjar", "Camp Salerno"), or undefined. */
function openedNameAfter(text: string, words: readonly Word[], cover: WordCover, opener: number, knownAt: KnownAt): number | undefined {
  let last = opener;
  while (last + 1 < words.length && last - opener < MAX_NAME_WORDS - 1 && !words[last]!.possessive) {
    const next = words[last + 1]!;
    if (!adjacent(text, words[last]!, next) || !isNameWord(next) || HEADS.has(next.text)) break;
    // A known place or country stands inside ("Mount Lebanon"); a person or a body ends the name.
    if (cover[last + 1] !== undefined) {
      const known = knownAt(next.start);
      if (!known?.some((c) => c.records.some((r) => r.role === 'alias' && (r.entity.kind === 'place' || r.entity.kind === 'country')))) break;
      const end = Math.max(...known.map((c) => c.end));
      while (last + 1 < words.length && words[last + 1]!.start < end) last++;
      continue;
    }
    last++;
  }
  return last === opener ? undefined : last;
}
