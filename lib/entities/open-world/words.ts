/**
 * The words of a text with their offsets, read once in one pass, and the runs of name-like words
 * among them ("Hussain al-Shahristani", "George W. Bush", "Martin Luther King Jr."). The open-world
 * readers look at a bounded number of words around each run, so their cost stays linear in the text.
 */
import { isGivenSaid, isNameWord } from '../honorifics';
import { INVISIBLE_IN_WORDS } from '../normalize';
import { NAME_HONORIFICS, ROLE_NOUNS } from './cues';

export interface Word {
  start: number;
  end: number;
  /** As written, without a trailing possessive ("Iraq" for "Iraq's"). */
  text: string;
  /** True when the word was written with a possessive ("Iraq's"): nothing after it belongs to its name. */
  possessive: boolean;
}

/** A run of name-like words, joined by single spaces, within one sentence. Indices into the words. */
export interface NameRun {
  first: number;
  last: number;
}

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
const ABBREVIATION = /^(?:(?:\p{Lu}\.)*\p{Lu}|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Capt|Sgt|Sen|Rep|Gov|Prof|Adm)\.$/u;

/** A letter or combining mark; ASCII answered without a regular expression, as most news text is ASCII. */
function isLetter(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_LETTER.test(text.charAt(at));
}

function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x2011; // ' ’ - ‑
}

/** A soft hyphen or a zero-width character, which pages put inside words ("Neta\u00ADnyahu"). */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/**
 * Reads every word of `text` with its offsets: letters with inner hyphens and apostrophes, a full stop
 * kept only for initials and abbreviations ("W.", "Jr.", "Dr."), a possessive noted and cut off.
 * One pass over the characters.
 */
export function readWords(text: string): Word[] {
  const words: Word[] = [];
  let at = 0;
  const length = text.length;
  while (at < length) {
    if (!isLetter(text, at)) {
      at++;
      continue;
    }
    const start = at;
    at++;
    while (at < length && (isLetter(text, at) || ((isJoiner(text.charCodeAt(at)) || isInvisible(text.charCodeAt(at))) && at + 1 < length && isLetter(text, at + 1)))) at++;
    // Initials written close ("P.J. Crowley", "J.R.R. Tolkien") are one word.
    while (at - start === 1 || (at - start >= 3 && text.charAt(at - 2) === '.')) {
      const code = text.charCodeAt(at + 1);
      if (text.charAt(at) !== '.' || !(code >= 65 && code <= 90) || isLetter(text, at + 2) || text.charAt(at + 2) !== '.' || !/\p{Lu}/u.test(text.charAt(start))) break;
      at += 2;
    }
    let end = at;
    let possessive = false;
    if (end - start > 2 && isApostrophe(text.charCodeAt(end - 2)) && text.charAt(end - 1) === 's') {
      possessive = true;
      end -= 2;
    } else if (isApostrophe(text.charCodeAt(at)) && text.charAt(at + 1) === 's' && !(at + 2 < length && isLetter(text, at + 2))) {
      possessive = true;
      at += 2;
    }
    // A full stop belongs to the word only for initials and abbreviations ("W.", "Jr.", "Dr."); else it ends a sentence.
    if (!possessive && text.charAt(end) === '.' && end - start <= 4 && ABBREVIATION.test(text.slice(start, end + 1))) {
      end++;
      at = end;
    }
    const written = text.slice(start, end);
    // Offsets stay those of the page; the word's text is read without its invisible characters.
    words.push({ start, end, text: written.includes('\u00AD') || /[\u200B-\u200D\u2060\uFEFF]/.test(written) ? written.replace(INVISIBLE_IN_WORDS, '') : written, possessive });
  }
  return words;
}

/** Lower-case particles inside a name ("Faisal bin Farhan", "Ursula von der Leyen", "Luiz Inácio Lula da Silva"). */
export const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'abu', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'dos', 'das', 'del', 'ter']);

/** Generational suffixes: part of the name as written, never its family name. */
export const NAME_SUFFIXES = new Set(['Jr.', 'Sr.', 'II', 'III', 'IV']);

/** Whether only a single space separates two words (no punctuation, no line break). */
export function adjacent(text: string, left: Word, right: Word): boolean {
  return right.start === left.end + 1 && (text.charAt(left.end) === ' ' || text.charAt(left.end) === '\u00A0') && !left.possessive;
}

/** Roles that are also names ("Martin Luther King", "Bishop", "Judge"): they do not end a run of names. */
const ROLES_ALSO_NAMES = new Set(['king', 'queen', 'prince', 'princess', 'general', 'major', 'judge', 'bishop', 'chair', 'head', 'member', 'chief']);

function nameLike(word: Word): boolean {
  if (isGivenSaid(word.text)) return true;
  const lower = word.text.toLowerCase();
  // "Florida Governor Ron DeSantis": a capitalised role ends the name before it.
  if (ROLE_NOUNS.has(lower) && !ROLES_ALSO_NAMES.has(lower)) return false;
  const first = word.text.charCodeAt(0);
  // Most words are lower case: only a particle-joined name ("al-Sudani") starts so.
  if (first >= 97 && first <= 122 && word.text.charCodeAt(2) !== 45 && word.text.charCodeAt(3) !== 45) return false;
  // "AdvertisementKoenigs", "GergesA": two words a page glued together (a caption, a teaser) are no name;
  // "McAdam", "DeSantis", "FitzGerald" keep a short prefix before their inner capital.
  if (/\p{Ll}{4,}\p{Lu}|\p{Ll}\p{Lu}\p{Ll}?$/u.test(word.text)) return false;
  // "Gov. Chris Christie": an abbreviated rank opens a name but is not part of it.
  return NAME_SUFFIXES.has(word.text) || (isNameWord(word.text) && !NAME_HONORIFICS.has(word.text));
}

/**
 * Maximal runs of name-like words: capitalised words that are not function words, days or titles,
 * with lower-case particles between them. A possessive ends its run; a run never starts with a particle.
 */
export function nameRuns(text: string, words: readonly Word[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < words.length) {
    if (!nameLike(words[i]!) || NAME_SUFFIXES.has(words[i]!.text)) {
      i++;
      continue;
    }
    // "Said" opens a name only before another name word ("Said Jalili"), never alone ("Said the minister").
    if (isGivenSaid(words[i]!.text) && !(words[i + 1] && adjacent(text, words[i]!, words[i + 1]!) && nameLike(words[i + 1]!))) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < words.length && adjacent(text, words[j - 1]!, words[j]!)) {
      const word = words[j]!;
      if (nameLike(word)) last = j;
      else if (!NAME_PARTICLES.has(word.text.toLowerCase()) || word.text !== word.text.toLowerCase()) break;
      j++;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** The words of a run that name (not particles, initials or suffixes). */
export function namingWords(words: readonly Word[], run: NameRun): Word[] {
  const named: Word[] = [];
  for (let i = run.first; i <= run.last; i++) {
    const word = words[i]!;
    if (NAME_PARTICLES.has(word.text.toLowerCase()) || NAME_SUFFIXES.has(word.text) || /^(?:\p{Lu}\.)+$/u.test(word.text)) continue;
    named.push(word);
  }
  return named;
}

/** The readable slug of a name read from an article, for its stable id ("Kurdistan Workers' Party" → kurdistan-workers-party). */
export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
