/**
 * The words of a text with their offsets, read once in one pass, and the runs of name-like words
 * among them ("Hussain al-Shahristani", "George W. Bush", "Martin Luther King Jr."). The open-world
 * readers look at a bounded number of words around each run, so their cost stays linear in the text.
 */
import { isNameWord } from '../honorifics';
import { NAME_HONORIFICS } from './cues';

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

// A word: letters with inner hyphens and apostrophes, or an initial such as "W." or a suffix "Jr.".
const WORD = /[\p{L}\p{M}](?:[\p{L}\p{M}]|['\u2019\-\u2011](?=[\p{L}\p{M}]))*(?:\.(?=\s|,|$)|['\u2019]s\b)?/gu;

/** Reads every word of `text` with its offsets. Linear: one regular-expression pass without backtracking. */
export function readWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    const possessive = /['\u2019]s$/.test(raw);
    if (possessive) raw = raw.slice(0, -2);
    // A full stop belongs to the word only for initials and abbreviations ("W.", "Jr.", "Dr."); else it ends a sentence.
    if (raw.endsWith('.') && !/^(?:\p{Lu}|Jr|Sr|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Capt|Sgt|Sen|Rep|Gov|Prof|Adm)\.$/u.test(raw)) raw = raw.slice(0, -1);
    words.push({ start: match.index, end: match.index + raw.length, text: raw, possessive });
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

function nameLike(word: Word): boolean {
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
    if (NAME_PARTICLES.has(word.text.toLowerCase()) || NAME_SUFFIXES.has(word.text) || /^\p{Lu}\.$/u.test(word.text)) continue;
    named.push(word);
  }
  return named;
}
