/**
 * State bodies named by their head nouns ("Oil Ministry", "Ministry of Foreign Affairs", "Chinese Navy",
 * "Philippine Coast Guard", "Parliament", "Revolutionary Guards"), resolved to the country the text
 * names right before them ("Iraq's Oil Ministry", "the Iraqi Oil Ministry"), else to the country the
 * same body was tied to earlier in the text, else to the article's main country when one clearly
 * dominates. Each gets a stable id from its country and name: `org:iq-oil-ministry`; where the knowledge
 * base holds a body under that id (`org:us-senate`), the mention is that entry's.
 */
import type { TermRecord } from '../gazetteer';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import type { Entity } from '../types';
import type { WordCover } from './people';
import { slugOf, type Word } from './words';

/** Bodies named by a head alone (after a country or "the"), longest first where they share words. */
const HEADS: readonly string[][] = [
  ['Revolutionary', 'Guard', 'Corps'],
  ['Revolutionary', 'Guards', 'Corps'],
  ['Revolutionary', 'Guards'],
  ['Revolutionary', 'Guard'],
  ['Republican', 'Guard'],
  ['Presidential', 'Guard'],
  ['Coast', 'Guard'],
  ['Border', 'Guard'],
  ['Air', 'Force'],
  ['Armed', 'Forces'],
  ['Special', 'Forces'],
  ['National', 'Guard'],
  ['National', 'Security', 'Council'],
  ['National', 'Assembly'],
  ['Border', 'Police'],
  ['General', 'Staff'],
  ['Supreme', 'Court'],
  ['Constitutional', 'Court'],
  ['Central', 'Election', 'Commission'],
  ['Central', 'Bank'],
  ['Election', 'Commission'],
  ['Electoral', 'Commission'],
  ['Foreign', 'Office'],
  ['Chamber', 'of', 'Deputies'],
  ['House', 'of', 'Representatives'],
  ['Council', 'of', 'Ministers'],
  ['Intelligence', 'Service'],
  ['Security', 'Service'],
  ['Navy'],
  ['Army'],
  ['Marines'],
  ['Parliament'],
  ['Senate'],
  ['Cabinet'],
  ['Presidency'],
];

/** State bodies news names by a common noun after their country ("Iraqi army", "Lebanon's army", "US military"). */
const COMMON_HEADS: readonly string[][] = [
  ['security', 'forces'],
  ['armed', 'forces'],
  ['air', 'force'],
  ['military'],
  ['army'],
  ['navy'],
  ['government'],
  ['Government'],
];

/**
 * Bodies named by a common noun only after the country's adjective ("the Iraqi parliament", "the
 * Chinese coast guard", "the Turkish central bank"): after a possessive ("Georgia's parliament") the
 * country keeps its own mention.
 */
const ADJECTIVAL_HEADS: readonly string[][] = [
  ['coast', 'guard'],
  ['central', 'bank'],
  ['intelligence', 'agency'],
  ['intelligence', 'service'],
  ['intelligence', 'services'],
  ['parliament'],
  ['junta'],
  ['cabinet'],
];

/** Portfolios news writes in lower case before "ministry" after a country ("Iraq's oil ministry"). */
const PORTFOLIOS = new Set(
  (
    'foreign defence defense interior finance health oil petroleum energy trade economy justice education agriculture ' +
    'information culture industry commerce transport labour labor environment tourism communications water intelligence ' +
    'home external security'
  ).split(' '),
);

/** Nouns a body's common noun qualifies ("army officers", "government forces"): then it names no body. */
const QUALIFIED_NOUNS = new Set(
  (
    'officer official spokesman spokeswoman spokesperson source chief commander general soldier troop force unit base ' +
    'operation offensive campaign camp post checkpoint vehicle convoy helicopter jet plane aircraft ship truck tank ' +
    'uniform service personnel leader minister ministry building office policy program programme plan budget ' +
    'spending contract contractor debt bond job worker employee critic supporter control action rule regime ' +
    'intelligence coup court tribunal hospital academy school college band parade exercise drill governor rate member ' +
    'speaker session seat vote election reserve meeting'
  ).split(' '),
);

/**
 * A common-noun body starting at `at` ("army", "security forces"), not followed by a noun it qualifies
 * ("army officer"); `adjectival` when it names a body only after the country's adjective.
 */
function commonBodyAt(text: string, words: readonly Word[], at: number): { first: number; last: number; name: string[]; adjectival?: boolean } | undefined {
  // "the Iraqi oil ministry", "the Chinese foreign ministry": a portfolio, then "ministry".
  const portfolio = words[at];
  const ministry = words[at + 1];
  if (portfolio && ministry?.text === 'ministry' && PORTFOLIOS.has(portfolio.text) && !portfolio.possessive && spaced(text, portfolio, ministry)) {
    const next = words[at + 2];
    if (next && !ministry.possessive && spaced(text, ministry, next) && QUALIFIED_NOUNS.has(next.text.toLowerCase().replace(/s$/, ''))) return undefined;
    const name = [portfolio.text.charAt(0).toUpperCase() + portfolio.text.slice(1), 'Ministry'];
    return { first: at, last: at + 1, name, adjectival: true };
  }
  for (const [heads, adjectival] of [[COMMON_HEADS, false], [ADJECTIVAL_HEADS, true]] as const) {
    const body = headAt(text, words, at, heads);
    if (body) return adjectival ? { ...body, adjectival } : body;
  }
  return undefined;
}

function headAt(text: string, words: readonly Word[], at: number, heads: readonly string[][]): { first: number; last: number; name: string[] } | undefined {
  for (const head of heads) {
    let fits = true;
    for (let k = 0; k < head.length && fits; k++) {
      const word = words[at + k];
      fits = word !== undefined && word.text === head[k] && (k === 0 || spaced(text, words[at + k - 1]!, word));
    }
    if (!fits) continue;
    const last = at + head.length - 1;
    const next = words[last + 1];
    // "army officers", "government forces": the noun qualifies what follows, which is not the body.
    if (next && !words[last]!.possessive && spaced(text, words[last]!, next) && QUALIFIED_NOUNS.has(next.text.toLowerCase().replace(/s$/, ''))) return undefined;
    const name = head.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
    return { first: at, last, name };
  }
  return undefined;
}

/**
 * The country a word (or the candidate over it) names, for the word right before a body; `start` is
 * where that name starts when it began on an earlier word ("Sri Lankan", "South Korean").
 */
export type CountryAt = (word: Word) => { id: string; name: string; start?: number } | undefined;

/** Capitalised words that open a sentence, never a body's name ("The Health Ministry"). */
const NOT_MODIFIERS = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Both', 'And', 'But', 'In', 'On', 'At', 'By']);

function capitalised(word: Word | undefined): boolean {
  return word !== undefined && /^\p{Lu}\p{Ll}/u.test(word.text) && !word.possessive && !NOT_MODIFIERS.has(word.text);
}

function spaced(text: string, left: Word, right: Word): boolean {
  const gap = left.possessive ? left.end + 3 : left.end + 1;
  return right.start === gap && text.charAt(gap - 1) === ' ';
}

/** The body's words starting at `at`, as [first, last] word indices and its name words, if one starts there. */
function bodyAt(text: string, words: readonly Word[], at: number): { first: number; last: number; name: string[] } | undefined {
  for (const head of HEADS) {
    let fits = true;
    for (let k = 0; k < head.length && fits; k++) {
      const word = words[at + k];
      fits = word !== undefined && word.text === head[k] && (k === 0 || spaced(text, words[at + k - 1]!, word));
    }
    if (fits) return { first: at, last: at + head.length - 1, name: head };
  }
  // "Oil Ministry", "Foreign Affairs Ministry": one or two capitalised words, then "Ministry".
  for (const size of [2, 1]) {
    const ministry = words[at + size];
    if (ministry?.text !== 'Ministry' || ministry.possessive) continue;
    let fits = true;
    for (let k = 0; k < size && fits; k++) fits = capitalised(words[at + k]) && spaced(text, words[at + k]!, words[at + k + 1]!);
    if (fits) return { first: at, last: at + size, name: words.slice(at, at + size + 1).map((w) => w.text) };
  }
  // "Ministry of Foreign Affairs", "Ministry of Oil".
  if (words[at]?.text === 'Ministry' && words[at + 1]?.text === 'of' && spaced(text, words[at]!, words[at + 1]!)) {
    let last = at + 1;
    while (last - at < 5 && capitalised(words[last + 1]) && spaced(text, words[last]!, words[last + 1]!)) {
      last++;
      if (words[last + 1]?.text === 'and' && capitalised(words[last + 2]) && spaced(text, words[last]!, words[last + 1]!)) last++;
    }
    if (last > at + 1) return { first: at, last, name: words.slice(at, last + 1).map((w) => w.text) };
  }
  return undefined;
}

/**
 * Finds state bodies, keeps them in `recognition` and returns their candidates. `mainCountry` is the
 * article's clearly dominant country, if any. Linear: each word is tried as a body's start with a
 * bounded look-ahead.
 */
export function stateBodies(
  text: string,
  words: readonly Word[],
  cover: WordCover,
  countryAt: CountryAt,
  mainCountry: { id: string; name: string } | undefined,
  recognition: RecognitionRun,
  known: (id: string) => Entity | undefined = () => undefined,
  countryNamedAt: (word: Word) => { id: string; name: string; end: number } | undefined = () => undefined,
): Candidate[] {
  const added: Candidate[] = [];
  const tiedEarlier = new Map<string, { id: string; name: string }>();
  for (let at = 0; at < words.length; at++) {
    // A demonym or country right before the body is the country's own; other covered words are names already.
    if (cover[at] !== undefined && cover[at] !== 'trigger') continue;
    const before = words[at - 1];
    const beforeTouches = before !== undefined && spaced(text, before, words[at]!);
    let body = bodyAt(text, words, at);
    // "the Israeli army", "Lebanon's army", "the Sudanese government": a common noun is a body only with its country.
    const common = body ? undefined : commonBodyAt(text, words, at);
    const ownerNamed = common && beforeTouches && !(common.adjectival && before.possessive) ? countryAt(before) : undefined;
    if (common && ownerNamed) body = common;
    if (!body) continue;
    const namedBefore = beforeTouches ? countryAt(before) : undefined;
    // "the Foreign Ministry of Iran", "the Supreme Court of Pakistan": the country named after "of".
    const of = words[body.last + 1];
    const ofThe = of && words[body.last + 2]?.text === 'the' ? 1 : 0;
    const after =
      !namedBefore && body !== common && of?.text === 'of' && spaced(text, words[body.last]!, of) && words[body.last + 2 + ofThe] && spaced(text, of, words[body.last + 2]!)
        ? countryNamedAt(words[body.last + 2 + ofThe]!)
        : undefined;
    const named = namedBefore ?? after;
    // A generic phrase of the knowledge base gives way only to a country the text names with it.
    let covered = false;
    for (let i = body.first; i <= body.last && !covered; i++) covered = cover[i] !== undefined && !(cover[i] === 'trigger' && named);
    if (covered) continue;
    const key = body.name.join(' ');
    const article = beforeTouches && /^the$/i.test(before.text);
    const country = named ?? tiedEarlier.get(key) ?? (article || body.name.length > 1 ? mainCountry : undefined);
    if (!country) {
      at = body.last;
      continue;
    }
    // A common noun ("army") ties nothing: a later capitalised "Army" may open a sentence about anything.
    if (named && body !== common) tiedEarlier.set(key, named);
    // "the Iraqi Oil Ministry", "Chinese Navy": the demonym is part of the body's name; "Iraq's" is not.
    const ownerStart = namedBefore?.start ?? before?.start ?? 0;
    const start = namedBefore && (!before!.possessive || body === common) ? ownerStart : words[body.first]!.start;
    const end = after ? after.end : words[body.last]!.end;
    const code = country.id.replace(/^country:/, '');
    const entity: Entity = {
      id: `org:${code}-${slugOf(key)}`,
      kind: 'organization',
      name: `${key} (${country.name})`,
      orgType: 'government',
      country: country.id,
      description: `State body of ${country.name}`,
      readFromText: text.slice(namedBefore && before!.possessive ? ownerStart : start, end),
    };
    // "America's Senate": a body the knowledge base holds under the same id is that entry.
    const kept = known(entity.id) ?? recognition.discover(entity);
    const record: TermRecord = { entity: kept, role: 'alias', caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
    added.push({ start, end, records: [record] });
    at = body.last;
  }
  return added;
}
