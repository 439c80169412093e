/**
 * Short forms an article defines in brackets: "Kurdistan Workers' Party (PKK)" makes every later "PKK"
 * the same entity. When the knowledge base knows the long name, the short form joins its entity for
 * this article; when it does not, a long name whose capitalised words spell the short form
 * ("Islamic Supreme Council of Iraq (ISCI)") is an organisation read from the text.
 */
import type { TermRecord } from '../gazetteer';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import type { Entity } from '../types';
import type { WordCover } from './people';
import { slugOf, type Word } from './words';

/** A short form defined in this text and the entity it stands for. */
export interface Definition {
  short: string;
  entity: Entity;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'de', 'des', 'du', 'la', 'el', 'al', 'in', 'on', 'to', '&']);
const MAX_LONG_WORDS = 8;

function aliasRecord(entity: Entity): TermRecord {
  return { entity, role: 'alias', caseRule: 'any', unspacedStart: false, unspacedEnd: false };
}

/** The capitals a long name spells: the first letter of each capitalised word (and of each part of a hyphenated one). */
function initialsOf(words: readonly Word[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w.text.toLowerCase()))
    .flatMap((w) => w.text.split(/[-\u2011]/))
    .map((part) => part.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * The shortest run of words ending at `last` whose capitals spell `short`: from the end backwards,
 * over capitalised words and connectors, at most eight words.
 */
function longNameEndingAt(text: string, words: readonly Word[], last: number, short: string): { first: number } | undefined {
  const wanted = short.replace(/[^A-Za-z]/g, '').toUpperCase();
  for (let first = last; first >= 0 && last - first < MAX_LONG_WORDS; first--) {
    const word = words[first]!;
    if (first < last && !/^['\u2019]? $/.test(text.slice(word.end + (word.possessive ? 2 : 0), words[first + 1]!.start))) return undefined;
    const connector = CONNECTORS.has(word.text.toLowerCase());
    if (!connector && !/^\p{Lu}/u.test(word.text)) return undefined;
    if (connector) continue;
    const initials = initialsOf(words.slice(first, last + 1));
    if (initials === wanted || `${initials}S` === wanted) return last > first ? { first } : undefined;
    if (initials.length >= wanted.length) return undefined;
  }
  return undefined;
}

/**
 * Reads every "(SHORT)" right after a name: joins the short form to the entity of a candidate ending
 * there, or reads a new organisation from a long name that spells it. Returns the candidates to add
 * (the long name when new, and the bracketed short form) and the definitions for later mentions.
 */
export function bracketDefinitions(
  text: string,
  words: readonly Word[],
  cover: WordCover,
  entityEndingAt: (end: number, short: string) => Entity | undefined,
  recognition: RecognitionRun,
): { candidates: Candidate[]; definitions: Definition[] } {
  const candidates: Candidate[] = [];
  const definitions: Definition[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const short = word.text;
    if (text.charAt(word.start - 1) !== '(' || text.charAt(word.end) !== ')' || !/^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(short)) continue;
    // "(R-TX)", "(D-CA)": a US legislator's party and state, not a short form of the name before it.
    if (/^[RDI]-[A-Z]{2}$/.test(short)) continue;
    const previous = words[i - 1]!;
    const longEnd = previous.end + (previous.possessive ? 2 : 0);
    if (text.slice(longEnd, word.start) !== ' (') continue;
    let entity = entityEndingAt(longEnd, short);
    if (entity && recognition.get(entity.id) === entity && !entity.aliases?.includes(short)) {
      // An organisation this run read by its head noun: the article has just given its short form too.
      entity.aliases = [...(entity.aliases ?? []), short];
      entity.readFromText = `${entity.name} (${short})`;
    }
    if (!entity) {
      const long = longNameEndingAt(text, words, i - 1, short);
      // A long name the knowledge base reads whole is its entity's; one that merely ends in a known name ("of Iraq") is new.
      if (!long || cover[long.first] !== undefined) continue;
      const name = text.slice(words[long.first]!.start, longEnd);
      entity = recognition.discover({
        id: `org:${slugOf(name)}`,
        kind: 'organization',
        name,
        aliases: [short],
        readFromText: `${name} (${short})`,
      });
      candidates.push({ start: words[long.first]!.start, end: longEnd, records: [aliasRecord(entity)] });
    }
    if (cover[i] === undefined) candidates.push({ start: word.start, end: word.end, records: [aliasRecord(entity)] });
    definitions.push({ short, entity });
  }
  return { candidates, definitions };
}
