/**
 * Disputes the knowledge base lacks, named by a name it knows and a dispute's head noun:
 *  - a known place or country after "the" and before a lower-case head: "the Abyei dispute", "the
 *    Hala'ib border dispute", "the Mosul question" (the mention is the name and the head);
 *  - a border, territorial or maritime dispute named by its two parties: "the border dispute between
 *    Kenya and Tanzania", "the Kenya-Tanzania border dispute" (the mention is "border dispute"; the
 *    countries keep their own mentions), "the Kenyan-Tanzanian border dispute" (demonyms are no
 *    mentions: the phrase is the dispute's).
 * Each gets a stable id from its name (`dispute:abyei-dispute`), the parties the text shows and a card
 * saying what the article called it. Never a head alone ("the dispute"), never a capitalised head
 * ("the Tigray War", which is a name of its own the reader cannot tell from a title), and never a pair
 * the knowledge base holds a dispute of that category for: its generic phrase already names that one.
 */
import type { TermRecord } from '../gazetteer';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import type { DisputeCategory, DisputeEntity, Entity } from '../types';
import type { CountryNamedAt, KnownAt } from './landmarks';
import type { WordCover } from './people';
import { adjacent, slugOf, type Word } from './words';

/** Lower-case heads after a place's name that make the phrase a dispute's name ("the Abyei dispute", "the Mosul question"). */
const PLACE_HEADS = new Set(['dispute', 'conflict', 'issue', 'question']);
/** After a country's name only the heads that cannot describe the country itself ("the Iraq issue" is any matter about Iraq). */
const COUNTRY_HEADS = new Set(['dispute', 'conflict']);
/** Words between the name and the head that say what is disputed, and the category they make it. */
const QUALIFIERS = new Map<string, DisputeCategory>([
  ['border', 'territorial'],
  ['boundary', 'territorial'],
  ['territorial', 'territorial'],
  ['maritime', 'maritime'],
]);
/** A known name of at most this many words anchors a dispute. */
const MAX_NAME_WORDS = 4;

const READ_FROM_TEXT_SUMMARY = 'Named so in the article; not in Diplomark’s reference list.';

function record(entity: Entity): TermRecord {
  return { entity, role: 'alias', caseRule: 'any', unspacedStart: false, unspacedEnd: false };
}

/** The place or country a known name ending at word `last` names, with its first word (the longest name ending there). */
function namedEndingAt(words: readonly Word[], last: number, knownAt: KnownAt): { first: number; entity: Entity } | undefined {
  for (let k = Math.max(0, last - MAX_NAME_WORDS + 1); k <= last; k++) {
    for (const candidate of knownAt(words[k]!.start) ?? []) {
      if (candidate.end !== words[last]!.end) continue;
      const named = candidate.records.filter((r) => r.role === 'alias');
      // A name that is also a dispute's has its wording in the knowledge base already ("the Kashmir issue").
      if (named.some((r) => r.entity.kind === 'dispute')) return undefined;
      const entity = named.find((r) => r.entity.kind === 'place' || r.entity.kind === 'country')?.entity;
      if (entity) return { first: k, entity };
    }
  }
  return undefined;
}

/**
 * Two different countries written as one hyphenated word ("Kenya-Tanzania", "Kenyan-Tanzanian"), each
 * part read by the knowledge base as a country's name or demonym; `demonyms` when both are demonyms.
 */
function countryPair(word: Word, knownAt: KnownAt): { a: { id: string; name: string }; b: { id: string; name: string }; demonyms: boolean } | undefined {
  const hyphen = word.text.indexOf('-');
  if (hyphen <= 0 || word.text.indexOf('-', hyphen + 1) !== -1) return undefined;
  const countryOver = (start: number, end: number) =>
    (knownAt(start) ?? [])
      .filter((c) => c.end === end)
      .flatMap((c) => c.records)
      .find((r) => r.entity.kind === 'country' && (r.role === 'alias' || r.role === 'weak'));
  const a = countryOver(word.start, word.start + hyphen);
  const b = countryOver(word.start + hyphen + 1, word.end);
  if (!a || !b || a.entity.id === b.entity.id) return undefined;
  return {
    a: { id: a.entity.id, name: a.entity.name },
    b: { id: b.entity.id, name: b.entity.name },
    demonyms: a.role === 'weak' && b.role === 'weak',
  };
}

/** Whether "the" stands right before word `first` ("the Abyei dispute"). */
function afterThe(text: string, words: readonly Word[], first: number): boolean {
  const before = words[first - 1];
  return before !== undefined && (before.text === 'the' || before.text === 'The') && adjacent(text, before, words[first]!);
}

/**
 * Whether a knowledge-base candidate over the head phrase already names a dispute between both
 * parties: the generic phrase ("border dispute") lists every dispute of its category as a trigger.
 */
function knownBetween(candidates: readonly Candidate[] | undefined, a: string, b: string): boolean {
  return (candidates ?? []).some((c) =>
    c.records.some((r) => r.entity.kind === 'dispute' && (r.entity as DisputeEntity).parties.includes(a) && (r.entity as DisputeEntity).parties.includes(b)),
  );
}

/**
 * Finds disputes by a known name and a head noun, keeps them in `recognition` and returns their
 * candidates. Linear: each head word looks at most a few words around it.
 */
export function disputesByHead(
  text: string,
  words: readonly Word[],
  cover: WordCover,
  recognition: RecognitionRun,
  knownAt: KnownAt,
  countryNamedAt: CountryNamedAt,
): Candidate[] {
  const added: Candidate[] = [];
  // A head word the knowledge base reads as part of a name ("Kashmir issue") is taken; a generic phrase ("border dispute") is not.
  const free = (i: number) => cover[i] === undefined || cover[i] === 'trigger';
  const discover = (name: string, parties: string[], category: DisputeCategory, readFromText: string) =>
    recognition.discover<DisputeEntity>({
      id: `dispute:${slugOf(name)}`,
      kind: 'dispute',
      name,
      parties,
      category,
      names: [],
      summary: READ_FROM_TEXT_SUMMARY,
      readFromText,
    });

  for (let head = 1; head < words.length; head++) {
    const word = words[head]!;
    if (!PLACE_HEADS.has(word.text) || !free(head)) continue;
    const qualifier = QUALIFIERS.get(words[head - 1]!.text);
    const opening = qualifier !== undefined ? head - 1 : head;
    if (opening !== head && (!adjacent(text, words[opening]!, word) || !free(opening))) continue;

    // "the Abyei dispute", "the Hala'ib border dispute".
    const last = opening - 1;
    if (last >= 0 && adjacent(text, words[last]!, words[opening]!)) {
      const named = namedEndingAt(words, last, knownAt);
      if (named && afterThe(text, words, named.first) && (named.entity.kind === 'place' || COUNTRY_HEADS.has(word.text))) {
        const start = words[named.first]!.start;
        const name = text.slice(start, word.end).replace(/\s+/g, ' ');
        const country = named.entity.kind === 'country' ? named.entity.id : named.entity.country;
        const category = qualifier ?? (word.text === 'conflict' ? 'security' : 'territorial');
        const entity = discover(name, country ? [country] : [], category, `the ${name}`);
        added.push({ start, end: word.end, records: [record(entity)] });
        continue;
      }
    }

    // "the Kenya-Tanzania border dispute", "the Kenyan-Tanzanian border dispute": two countries joined by a hyphen before a qualified head.
    if (qualifier !== undefined && word.text === 'dispute' && last >= 0 && adjacent(text, words[last]!, words[opening]!)) {
      const pair = countryPair(words[last]!, knownAt);
      if (pair && !knownBetween(knownAt(words[opening]!.start), pair.a.id, pair.b.id)) {
        // Names keep their own mentions ("Kenya"); demonyms, which are no mentions, join the dispute's.
        const start = pair.demonyms ? words[last]!.start : words[opening]!.start;
        // Named by the countries, however written, so that every form of it is one dispute.
        const name = `${pair.a.name}–${pair.b.name} ${text.slice(words[opening]!.start, word.end)}`;
        const entity = discover(name, [pair.a.id, pair.b.id], qualifier, text.slice(words[last]!.start, word.end));
        added.push({ start, end: word.end, records: [record(entity)] });
        continue;
      }
    }

    // "the border dispute between Kenya and Tanzania": a qualified head, two countries, and no dispute of that category between them known.
    if (qualifier === undefined || word.text !== 'dispute') continue;
    const between = words[head + 1];
    const firstParty = words[head + 2];
    if (between?.text !== 'between' || !firstParty || !adjacent(text, word, between) || !adjacent(text, between, firstParty)) continue;
    const a = countryNamedAt(firstParty);
    if (!a) continue;
    // The word after the first country's name, a few words on at most ("between the United States and …").
    let andAt = head + 3;
    while (andAt < words.length && andAt < head + 3 + MAX_NAME_WORDS && words[andAt]!.start < a.end) andAt++;
    const and = words[andAt];
    if (!and || and.text !== 'and' || text.slice(a.end, and.start) !== ' ') continue;
    const secondParty = words[andAt + 1];
    const b = secondParty && adjacent(text, and, secondParty) ? countryNamedAt(secondParty) : undefined;
    if (!b || b.id === a.id || knownBetween(knownAt(words[opening]!.start), a.id, b.id)) continue;
    const [nameA, nameB] = [text.slice(firstParty.start, a.end), text.slice(secondParty!.start, b.end)];
    const start = words[opening]!.start;
    const entity = discover(`${nameA}–${nameB} ${text.slice(start, word.end)}`, [a.id, b.id], qualifier, text.slice(start, b.end));
    added.push({ start, end: word.end, records: [record(entity)] });
  }
  return added;
}
