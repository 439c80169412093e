/**
 * People the knowledge base lacks, found from how news names them: a run of name-like words with a
 * role or honorific before it ("Red Cross official Jessica Barry", "Mr. Salam Fayyad"), a speech verb
 * before or after it ("said Ahmed Yousef", "Ahmed Yousef told reporters", "according to Ahmed Yousef"),
 * or an apposition beside it ("Hussain al-Shahristani, Iraq's oil minister,", "Iraq's oil minister,
 * Hussain al-Shahristani"). A run needs two naming words and none that names a body or a place, and
 * must not overlap a name the knowledge base already reads otherwise.
 */
import type { TermRecord } from '../gazetteer';
import { familyNameOf, generatedPersonId, isFamilyNameFirst } from '../honorifics';
import { foldTerm, INVISIBLE_IN_WORDS } from '../normalize';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import { isPerson, type Entity, type PersonEntity } from '../types';
import { APPOSITION_OPENERS, NAME_HONORIFICS, NOT_PERSON_WORDS, ROLE_NOUNS, SPEECH_AFTER, SPEECH_BEFORE, TITLES_IN_NAMES } from './cues';
import { GIVEN_NAMES } from './given-names';
import { nameForms } from './later-references';
import { PLACE_TYPES } from './places';
import { adjacent, NAME_PARTICLES, namingWords, type NameRun, type Word } from './words';

/**
 * What the knowledge base already reads over each word: a person's name, a demonym ("German", "Finn",
 * which are also names: "German Galdetsky", "Charlie Finn"), something else, or nothing.
 */
export type WordCover = ('person' | 'other' | 'trigger' | 'demonym' | undefined)[];

/** Marks each word with what the candidates found over it. Linear: both lists are sorted by start. */
export function coverWords(words: readonly Word[], candidates: readonly Candidate[]): WordCover {
  const cover: WordCover = new Array(words.length).fill(undefined);
  let c = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    while (c < candidates.length && candidates[c]!.end <= word.start) c++;
    // Candidates that start before this word's end may overlap it; a few at most share a position.
    for (let k = c; k < candidates.length && candidates[k]!.start < word.end; k++) {
      const candidate = candidates[k]!;
      if (candidate.end <= word.start) continue;
      const records = candidate.records.filter((r) => r.role !== 'cue');
      if (records.some((r) => r.entity.kind !== 'person' && r.role === 'alias')) cover[w] = 'other';
      else if (records.some((r) => r.entity.kind !== 'person' && r.role === 'weak')) cover[w] = cover[w] === 'other' ? 'other' : 'demonym';
      // A generic phrase ("Defence Ministry") means its entity only in context: a country named before it may win.
      else if (cover[w] === undefined && records.some((r) => r.role === 'trigger')) cover[w] = 'trigger';
      else if (cover[w] === undefined && records.some((r) => r.entity.kind === 'person' && r.role === 'alias')) cover[w] = 'person';
    }
  }
  return cover;
}

/** Abbreviated ranks written without their full stop ("Sen Tim Scott"). */
const RANKS_WITHOUT_STOP = new Set(['Sen', 'Rep', 'Gov', 'Gen', 'Col', 'Lt', 'Capt', 'Sgt', 'Adm', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof']);

/** Capitalised words that open sentences but never names ("Meanwhile Abbas said"). */
const SENTENCE_OPENERS = new Set(
  (
    'meanwhile however still yet also instead earlier later now then separately elsewhere both many some most several ' +
    'other another each every such only even just officials police witnesses critics supporters analysts residents ' +
    'diplomats sources reports observers experts nonetheless nevertheless moreover furthermore indeed finally first ' +
    'second third speaking asked writing dear thanks'
  ).split(' '),
);

interface Phrase {
  start: number;
  end: number;
}

interface PersonCue {
  /** Where the article says what the person is ("Iraq's oil minister"), when it says. */
  description?: Phrase;
  /** A title written right before the name, for the mention. */
  title?: string;
}

function lower(word: Word | undefined): string {
  return word ? word.text.toLowerCase() : '';
}

/** Words that end a role phrase read backwards: they belong to the clause, not the role. */
const CLAUSE_WORDS = new Set(
  'the a an and or of by to in on at as with for from after before when while then than said says told new this that who whom is was are were be been has had have'.split(' '),
);

/** Whether two words are one space apart, a possessive allowed on the left ("Iraq's oil"). */
function spaced(text: string, left: Word, right: Word): boolean {
  const gap = left.possessive ? left.end + 3 : left.end + 1;
  return right.start === gap && /[ \u00A0]/.test(text.charAt(gap - 1));
}

/** The role phrase that ends with `words[at]` ("Red Cross official", "Iraq's oil minister"), read backwards. */
function rolePhraseEndingAt(text: string, words: readonly Word[], at: number): Phrase {
  let first = at;
  while (first > 0 && at - first < 4) {
    const before = words[first - 1]!;
    if (!spaced(text, before, words[first]!) || APPOSITION_OPENERS.has(before.text) || CLAUSE_WORDS.has(before.text.toLowerCase())) break;
    // Lower-case words belong to a role phrase only next to its noun ("oil minister"), not before it in a clause.
    if (before.text === before.text.toLowerCase() && !ROLE_NOUNS.has(before.text) && at - first > 0) break;
    first--;
  }
  return { start: words[first]!.start, end: words[at]!.end };
}

/** An apposition right after the run (", Iraq's oil minister,"): its text when it names a role. */
function appositionAfter(text: string, words: readonly Word[], last: number): Phrase | undefined {
  const end = words[last]!.end + (words[last]!.possessive ? 2 : 0);
  if (!text.startsWith(', ', end)) return undefined;
  const first = last + 1;
  const opener = words[first];
  if (!opener || opener.start !== end + 2) return undefined;
  if (!APPOSITION_OPENERS.has(opener.text.toLowerCase()) && !/^\p{Lu}/u.test(opener.text) && !ROLE_NOUNS.has(opener.text)) return undefined;
  let stop = first;
  let role = false;
  for (let i = first; i < words.length && i - first < 8; i++) {
    if (i > first && !spaced(text, words[i - 1]!, words[i]!)) break;
    stop = i;
    if (ROLE_NOUNS.has(words[i]!.text.toLowerCase())) role = true;
    if (/^(?:who|which|that|said|says)$/.test(words[i]!.text)) return undefined;
  }
  if (!role) return undefined;
  const after = text.charAt(words[stop]!.end + (words[stop]!.possessive ? 2 : 0));
  if (after !== ',' && after !== '.' && after !== ';' && after !== ')' && after !== '') return undefined;
  return { start: opener.start, end: words[stop]!.end };
}

/** Nouns for people in an apposition (", a 34-year-old Canadian computer scientist,"), besides the role nouns. */
const PERSON_NOUNS = new Set(
  (
    'man woman boy girl student national citizen resident refugee father mother son daughter brother sister wife ' +
    'husband widow entrepreneur businessman businesswoman scientist engineer doctor surgeon teacher driver farmer ' +
    'worker employee stringer advocate campaigner blogger filmmaker artist singer actor actress novelist poet ' +
    'conspirator suspect detainee prisoner defendant victim survivor witness veteran policeman fighter guerrilla ' +
    'operative insurgent dissident opponent ally friend colleague lieutenant fellow scholar academic professor ' +
    'lecturer microbiologist physicist economist athlete footballer centre back captain midfielder forward'
  ).split(' '),
);

/**
 * An apposition that describes a person right after the name: an age (", 25,"), or ", a / an / the /
 * one of" with a person's noun within six words (", a local stringer for BBC", ", one of Pakistan's
 * leading advocates"). Returns the described phrase.
 */
function describedAfter(text: string, words: readonly Word[], last: number): PersonCue | undefined {
  const end = words[last]!.end;
  if (words[last]!.possessive || !text.startsWith(', ', end)) return undefined;
  const age = /^, (\d{1,3})(?:[,.;)]| years? old)/.exec(text.slice(end, end + 16));
  // An age says a person, not what they are: the card keeps its plain wording.
  if (age) return {};
  const opener = words[last + 1];
  if (!opener || opener.start !== end + 2 || !/^(?:a|an|the|one|former|himself|herself)$/i.test(opener.text)) return undefined;
  // The description runs to the last person's noun before the apposition breaks off.
  let described: number | undefined;
  for (let i = last + 2; i < words.length && i - last <= 7; i++) {
    // Words one space apart, an age between them ("a 34-year-old") or a possessive ("Pakistan's leading").
    if (!/^(?:['\u2019]s)?[ \u00A0\d-]+$/.test(text.slice(words[i - 1]!.end, words[i]!.start))) break;
    const noun = words[i]!.text.toLowerCase();
    if (/^(?:who|which|that|said|says)$/.test(noun)) return undefined;
    if (CLAUSE_WORDS.has(noun) && noun !== 'of') break;
    if (PERSON_NOUNS.has(noun) || ROLE_NOUNS.has(noun) || /(?:^|-)year-old$/.test(noun)) described = i;
  }
  if (described !== undefined) return { description: { start: opener.start, end: words[described]!.end } };
  return undefined;
}

/** Reads the cue that makes a run a person's name, if any. */
function personCue(text: string, words: readonly Word[], run: NameRun): PersonCue | undefined {
  const first = words[run.first]!;
  const before = words[run.first - 1];
  const apposition = appositionAfter(text, words, run.last);
  if (before && adjacent(text, before, first)) {
    if (NAME_HONORIFICS.has(before.text)) return {};
    if (ROLE_NOUNS.has(before.text.toLowerCase())) {
      const title = rolePhraseEndingAt(text, words, run.first - 1);
      return { description: title, title: text.slice(title.start, title.end) };
    }
    if (SPEECH_BEFORE.has(before.text) || (before.text === 'to' && lower(words[run.first - 2]) === 'according')) {
      return apposition ? { description: apposition } : {};
    }
  }
  // "Iraq's oil minister, Hussain al-Shahristani"; "The Chinese consul general in Osaka, Xue Jian, drew"
  if (before && text.slice(before.end, first.start) === ', ') {
    if (ROLE_NOUNS.has(before.text.toLowerCase())) return { description: rolePhraseEndingAt(text, words, run.first - 1) };
    const closed = text.charAt(words[run.last]!.end) === ',';
    for (let i = run.first - 2; closed && i >= 0 && run.first - 1 - i <= 5; i--) {
      if (!spaced(text, words[i]!, words[i + 1]!)) break;
      // The role must govern what follows it ("consul general in Osaka"), not name someone else ("ambassador Nikki Haley").
      const next = words[i + 1]!.text;
      if (ROLE_NOUNS.has(words[i]!.text.toLowerCase()) && next === next.toLowerCase()) {
        const role = rolePhraseEndingAt(text, words, i);
        return { description: { start: role.start, end: before.end } };
      }
    }
  }
  if (apposition) return { description: apposition };
  const described = describedAfter(text, words, run.last);
  if (described) return described;
  const after = words[run.last + 1];
  if (after && adjacent(text, words[run.last]!, after) && SPEECH_AFTER.has(after.text)) return {};
  return undefined;
}

/**
 * The parts of runs no knowledge-base name covers: "New Jersey Gov. Chris Christie" leaves "Chris
 * Christie". A demonym right before or after such a part is kept with it, for `withDemonym` to judge.
 */
function* uncoveredSegments(runs: readonly NameRun[], cover: WordCover): Generator<NameRun> {
  for (const run of runs) {
    let first = run.first;
    for (let i = run.first; i <= run.last + 1; i++) {
      if (i <= run.last && cover[i] === undefined) continue;
      if (i > first) {
        const before = first - 1 >= run.first && cover[first - 1] === 'demonym' ? first - 1 : first;
        const after = i <= run.last && cover[i] === 'demonym' ? i : i - 1;
        yield { first: before, last: after };
      }
      first = i + 1;
    }
  }
}

/**
 * Whether a demonym at the edge of a run is part of the name: last after a given name ("Charlie
 * Finn"), or first before a family name when the article then says who the person is ("German
 * Galdetsky, a 19-year-old college student"); elsewhere it describes ("Iraqi Ahmed Chalabi said").
 */
function demonymInName(words: readonly Word[], span: NameRun, at: number, cue: PersonCue | undefined): boolean {
  if (at === span.last) return span.last === span.first + 1 && GIVEN_NAMES.has(words[span.first]!.text.toLowerCase());
  const next = words[at + 1];
  return cue?.description !== undefined && cue.title === undefined && next !== undefined && !GIVEN_NAMES.has(next.text.toLowerCase());
}

/**
 * A name's own shape, without any cue around it: a common given name first ("Benazir Bhutto",
 * "Alexei Pushkov"), a family name's particle inside ("Jamon Van Den Hoek"), or an East Asian family
 * name first ("Wang Yi", "Kim Min-seok").
 */
function nameShapeCue(named: readonly Word[], words: readonly Word[], span: NameRun): PersonCue | undefined {
  // A family name's particle capitalised inside the run: "Jamon Van Den Hoek", "Hussein Al Sharif".
  for (let i = span.first + 1; i < span.last; i++) {
    const word = words[i]!.text;
    if (named.length >= 2 && /^\p{Lu}/u.test(word) && NAME_PARTICLES.has(word.toLowerCase())) return { description: undefined };
  }
  const first = named[0]!.text;
  const lower = first.toLowerCase();
  if (GIVEN_NAMES.has(lower) || GIVEN_NAMES.has(lower.normalize('NFD').replace(/\p{M}/gu, ''))) return { description: undefined };
  if (named.length <= 3 && isFamilyNameFirst(first) && /^\p{Lu}\p{Ll}/u.test(named[1]!.text)) return { description: undefined };
  return undefined;
}

/**
 * Whether the run sits in a headline written in title case ("Mubarak Backs Mideast Pact"), where every
 * word is capitalised and a name's shape says nothing. Looks at most twelve words either side.
 */
const TITLE_CASE_MINOR_WORDS = new Set('a an the and or nor but of to in on at for by with as from up via vs'.split(' '));

function inTitleCaseLine(text: string, words: readonly Word[], span: NameRun): boolean {
  let capitalised = 0;
  let lowerCase = 0;
  const sameLine = (a: Word, b: Word) => !text.slice(a.end, b.start).includes('\n');
  for (let i = span.first - 1; i >= 0 && span.first - i <= 12 && sameLine(words[i]!, words[i + 1]!); i--) {
    if (/^\p{Lu}/u.test(words[i]!.text)) capitalised++;
    else if (!TITLE_CASE_MINOR_WORDS.has(words[i]!.text)) lowerCase++;
  }
  for (let i = span.last + 1; i < words.length && i - span.last <= 12 && sameLine(words[i - 1]!, words[i]!); i++) {
    if (/^\p{Lu}/u.test(words[i]!.text)) capitalised++;
    else if (!TITLE_CASE_MINOR_WORDS.has(words[i]!.text)) lowerCase++;
  }
  return capitalised >= 2 && lowerCase === 0;
}

/** Credits are not the story's people: "(Reporting by Ben Blanchard;", "Pavel Wolberg/European Pressphoto Agency". */
function isCredit(text: string, words: readonly Word[], span: NameRun): boolean {
  if (text.charAt(words[span.last]!.end) === '/' || text.charAt(words[span.first]!.start - 1) === '/') return true;
  return lower(words[span.first - 1]) === 'by' && CREDIT_WORDS.has(lower(words[span.first - 2]));
}

const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'compiled', 'photo', 'photograph', 'photographs', 'video', 'illustration', 'graphic', 'graphics']);

function aliasRecord(entity: Entity): TermRecord {
  return { entity, role: 'alias', caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
}

/**
 * Trims sentence openers ("Meanwhile Ahmed Yousef"), capitalised roles ("Professor Frederick Starr",
 * "Inspector Frank Lempka") and nouns for people ("Midfielder Hosni Abd Rabou") off the front of a run.
 */
function trimOpeners(words: readonly Word[], run: NameRun): NameRun {
  let first = run.first;
  const opener = (word: Word) => {
    const lower = word.text.toLowerCase();
    return SENTENCE_OPENERS.has(lower) || ROLE_NOUNS.has(lower) || PERSON_NOUNS.has(lower) || RANKS_WITHOUT_STOP.has(word.text);
  };
  while (first < run.last && opener(words[first]!)) first++;
  return { first, last: run.last };
}

/**
 * A single name that opens a sentence (or follows a speech verb) and is then said to hold an office:
 * "Soelistyo, head of Indonesia's search and rescue agency, told", "Koenigs, the head of the U.N.
 * mission,". Many people go by one name, and news refers to others by the family name alone.
 */
function describedAlone(text: string, words: readonly Word[], at: number): boolean {
  const word = words[at]!;
  if (!/^\p{Lu}\p{Ll}[\p{Ll}'\u2019-]*\p{Ll}$/u.test(word.text) || word.text.length < 4 || word.possessive) return false;
  if (SENTENCE_OPENERS.has(word.text.toLowerCase()) || NOT_PERSON_WORDS.has(word.text.toLowerCase())) return false;
  // ", the head of …," / ", head of …,": an office within the apposition's first three words, the apposition closed.
  if (!text.startsWith(', ', word.end)) return false;
  const apposition = /^, ([^,;:"\u201C\u201D()]{3,140}),/.exec(text.slice(word.end, word.end + 150))?.[1];
  const lead = apposition?.split(' ').slice(0, 3) ?? [];
  if (!apposition || !/^\p{Ll}/u.test(apposition) || !lead.some((w) => ROLE_NOUNS.has(w))) return false;
  const before = words[at - 1];
  // The full stop of "Mr." or "Gen." opens no sentence.
  const opensSentence = /(?:^|[.!?\n]["'\u201D\u2019]?\s*)$/.test(text.slice(Math.max(0, word.start - 3), word.start)) && !before?.text.endsWith('.');
  return opensSentence || (before !== undefined && SPEECH_BEFORE.has(before.text) && adjacent(text, before, word));
}

/**
 * A name joined by "and" to a person's name just before it ("Jonathan Moyo and Saviour Kasukuwere"):
 * a second person, when it has the two or more naming words `peopleFromCues` asks of any name.
 */
function coordinatedWithPerson(text: string, words: readonly Word[], span: NameRun, personEnds: ReadonlySet<number>): PersonCue | undefined {
  const and = words[span.first - 1];
  const before = words[span.first - 2];
  if (and && before && and.text === 'and' && personEnds.has(span.first - 2)) return spaced(text, before, and) && spaced(text, and, words[span.first]!) ? {} : undefined;
  // "Taylor Cammarata, Justin Woods and Vince Hinostroza": inside a list of names that goes on after it.
  const listed = personEnds.has(span.first - 1) && text.slice(words[span.first - 1]!.end, words[span.first]!.start) === ', ' && listGoesOn(text, words, span);
  return listed ? {} : undefined;
}

/** What follows a name in a list of names up to its last: ", B, C and D", ", B and C" or " and B". */
const REST_OF_LIST = /^(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}){0,8},? and \p{Lu}/u;

/** Whether the list of names goes on after a name to an "and" ("Taylor Cammarata, Justin Woods and …"), not a credit line ("Aviva Shen, Think Progress, Aug 6"). */
function listGoesOn(text: string, words: readonly Word[], span: NameRun): boolean {
  const end = words[span.last]!.end;
  return REST_OF_LIST.test(text.slice(end, end + 240));
}

/** A name right before ", " or " and " and a person's name, in a list that ends with "and": the first of a list of names. */
function listedBeforePerson(text: string, words: readonly Word[], span: NameRun, personStarts: ReadonlySet<number>): boolean {
  const next = words[span.last + 1];
  if (!next || !listGoesOn(text, words, span)) return false;
  const gap = text.slice(words[span.last]!.end, next.start);
  if (gap === ', ') return personStarts.has(span.last + 1);
  return next.text === 'and' && gap === ' ' && personStarts.has(span.last + 2) && text.slice(next.end, words[span.last + 2]!.start) === ' ';
}

/** Courtesy titles written before a family name alone ("Mr. Abbas", "Mrs Clinton"). */
const COURTESY_TITLES = new Set(['Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms', 'Dr.', 'Dr']);

function isAfterHonorific(text: string, words: readonly Word[], at: number): boolean {
  const before = words[at - 1];
  return before !== undefined && COURTESY_TITLES.has(before.text) && words[at]!.start === before.end + 1 && text.charAt(before.end) === ' ';
}

/** What a card says of a person the article names without saying who they are. */
export const NAMED = 'named in this article';

/** The country named within a role phrase ("Iraq's oil minister" → Iraq), from the candidates over it. */
export type CountryInside = (start: number, end: number) => string | undefined;

/**
 * Turns name runs with a person cue into candidates for people, kept in `run`. A name whose generated
 * id the knowledge base holds keeps the knowledge base's entity. Returns the candidates to add.
 */
export function peopleFromCues(
  text: string,
  words: readonly Word[],
  runs: readonly NameRun[],
  cover: WordCover,
  known: (id: string) => Entity | undefined,
  countryInside: CountryInside,
  recognition: RecognitionRun,
  readAt: (start: number) => boolean = () => false,
  namedInFullBefore: (start: number) => boolean = () => false,
): Candidate[] {
  const added: Candidate[] = [];
  const honorificOnly: NameRun[] = [];
  // "George Bush" after "George W. Bush": the shorter written form of someone already read.
  const sameName = new Map<string, Entity>();
  for (const entity of recognition.entities()) for (const form of nameForms(entity.name)) sameName.set(form, entity);
  // Last words of the people read so far: "ministers Jonathan Moyo and Saviour Kasukuwere" names two.
  const personEnds = new Set<number>();
  const personStarts = new Set<number>();
  for (let i = 0; i < cover.length; i++) {
    if (cover[i] === 'person' && cover[i + 1] !== 'person') personEnds.add(i);
    if (cover[i] === 'person' && cover[i - 1] !== 'person') personStarts.add(i);
  }
  // Names of the right shape with no cue of their own: the first of a list of names, once the rest are read.
  const listHeads: { span: NameRun; named: Word[] }[] = [];
  const addPerson = (span: NameRun, named: readonly Word[], cue: PersonCue) => {
    const start = words[span.first]!.start;
    const end = words[span.last]!.end;
    const name = text.slice(start, end).replace(INVISIBLE_IN_WORDS, '');
    const id = generatedPersonId(name, foldTerm);
    let entity = known(id) ?? recognition.get(id) ?? sameName.get(name);
    if (!entity) {
      const description = cue.description ? text.slice(cue.description.start, cue.description.end) : undefined;
      const person: PersonEntity = {
        id,
        kind: 'person',
        name,
        surname: familyNameOf(named.map((w) => w.text)),
        roles: [],
        readFromText: description ?? NAMED,
      };
      if (description) {
        person.description = description;
        const country = countryInside(cue.description!.start, cue.description!.end);
        if (country) person.country = country;
      }
      entity = recognition.discover(person);
      for (const form of nameForms(name)) if (!sameName.has(form)) sameName.set(form, entity);
    }
    added.push({ start, end, records: [aliasRecord(entity)], ...(cue.title ? { title: cue.title } : {}) });
    personEnds.add(span.last);
    personStarts.add(span.first);
  };
  for (const segment of uncoveredSegments(runs, cover)) {
    let span = trimOpeners(words, segment);
    // A demonym at either edge stays only where it is part of the name.
    if (cover[span.last] === 'demonym' && !demonymInName(words, span, span.last, undefined)) span = { first: span.first, last: span.last - 1 };
    if (span.last < span.first) continue;
    if (cover[span.first] === 'demonym' && (span.first === span.last || !demonymInName(words, span, span.first, personCue(text, words, span)))) span = { first: span.first + 1, last: span.last };
    if (span.last < span.first) continue;
    const named = namingWords(words, span);
    if (named.length === 1 && span.first === span.last && isAfterHonorific(text, words, span.first)) honorificOnly.push(span);
    // A family name the knowledge base reads (a surname of someone it knows) is left to it.
    const alone = named.length === 1 && span.first === span.last && !readAt(words[span.first]!.start) && describedAlone(text, words, span.first);
    if ((named.length < 2 && !alone) || named.length > 4) continue;
    // "Bill Cash said", "Grace Mugabe, the president's wife,": a given name first, with a cue, is no bill or grace.
    const givenFirst = (w: Word, i: number) => i === 0 && named.length > 1 && GIVEN_NAMES.has(w.text.toLowerCase()) && personCue(text, words, span) !== undefined;
    if (named.some((w, i) => NOT_PERSON_WORDS.has(w.text.toLowerCase()) && !givenFirst(w, i))) continue;
    if (isCredit(text, words, span)) continue;
    // "Sayed Abad district": a place's type after the name says it is a place (open-world/places.ts).
    const after = words[span.last + 1];
    if (after && PLACE_TYPES.has(after.text) && adjacent(text, words[span.last]!, after)) continue;
    const titled = TITLES_IN_NAMES.has(named[0]!.text);
    // "Mullah Omar" after "Mullah Mohammed Omar": the knowledge base reads the name after the title (withTitlesInNames).
    if (titled && namedInFullBefore(named[1]!.start)) continue;
    const titleCase = inTitleCaseLine(text, words, span);
    // In a title-case line a name's shape says nothing ("Mubarak Backs Mideast Pact"), unless a comma closes
    // it: "Thomas Erdbrink, New York Times, August 7" is a credit line, a name followed by what it is.
    const shapeSaysName = !titleCase || text.charAt(words[span.last]!.end) === ',';
    let cue =
      personCue(text, words, span) ??
      (titled ? {} : undefined) ??
      (shapeSaysName ? (nameShapeCue(named, words, span) ?? coordinatedWithPerson(text, words, span, personEnds)) : undefined);
    // In a headline written in title case a role noun is one more capitalised word ("Wikileaks Founder
    // Seeking Asylum"): the words after it make a name only by their shape.
    if (cue?.title !== undefined && titleCase && !nameShapeCue(named, words, span)) cue = undefined;
    if (cue) addPerson(span, named, cue);
    else if (shapeSaysName && named.length >= 2 && named.length === span.last - span.first + 1) listHeads.push({ span, named });
  }
  // Last to first, so that in "A, B and C" the name read for B makes A one too.
  for (const { span, named } of listHeads.reverse()) if (listedBeforePerson(text, words, span, personStarts)) addPerson(span, named, {});
  // "Mr. Gerges", "Ms. Tuting": a family name after a courtesy title names a person even alone, unless
  // the knowledge base or a full name of this article already reads it.
  const familyNames = new Set(recognition.entities().flatMap((e) => (isPerson(e) && e.surname ? [e.surname] : [])));
  for (const span of honorificOnly) {
    const word = words[span.first]!;
    if (readAt(word.start) || familyNames.has(word.text) || NOT_PERSON_WORDS.has(word.text.toLowerCase())) continue;
    const id = generatedPersonId(word.text, foldTerm);
    const entity = recognition.get(id) ?? recognition.discover({ id, kind: 'person', name: word.text, surname: word.text, roles: [], readFromText: NAMED } as PersonEntity);
    added.push({ start: word.start, end: word.end, records: [aliasRecord(entity)] });
  }
  return added;
}

/**
 * Known people written after a religious title that belongs to the name ("Mullah Mohammed Omar",
 * "Mullah Omar"): the same person, the mention widened to take the title in.
 */
export function withTitlesInNames(text: string, words: readonly Word[], candidates: readonly Candidate[]): Candidate[] {
  const wordEndingAt = new Map<number, Word>();
  for (const word of words) if (TITLES_IN_NAMES.has(word.text)) wordEndingAt.set(word.end, word);
  if (wordEndingAt.size === 0) return [];
  const widened: Candidate[] = [];
  for (const candidate of candidates) {
    const title = wordEndingAt.get(candidate.start - 1);
    if (!title || text.charAt(title.end) !== ' ') continue;
    const people = candidate.records.filter((r) => r.entity.kind === 'person' && (r.role === 'alias' || r.role === 'surname'));
    if (people.length > 0) widened.push({ start: title.start, end: candidate.end, records: people });
  }
  return widened;
}
