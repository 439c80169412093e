/**
 * Places the knowledge base lacks, named by the word news writes after them: "Farah province",
 * "Kunar province", "Sayed Abad district", "Nineveh governorate". The mention is the name alone (the
 * type word is the article's description of it); each gets a stable id from its name (`place:farah`)
 * and a card that says what the article called it.
 */
import type { TermRecord } from '../gazetteer';
import type { Candidate } from '../officials';
import type { RecognitionRun } from '../recognition-run';
import type { WordCover } from './people';
import { slugOf, type Word } from './words';

/** Lower-case words that, right after a capitalised name, make it a place of that kind. */
export const PLACE_TYPES = new Set(['province', 'governorate', 'prefecture', 'district', 'county', 'oblast']);

/** Capitalised words that open a sentence or a clause, never a place's name. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'Each', 'Every', 'Neighbouring', 'Neighboring', 'Restive', 'Southern', 'Northern', 'Eastern', 'Western', 'Central']);
const MAX_WORDS = 3;

/**
 * Finds names followed by a place type, keeps them in `recognition` and returns their candidates. A
 * name is one to three capitalised words the knowledge base reads as nothing else. Linear: each type
 * word looks at most three words back.
 */
export function placesByType(text: string, words: readonly Word[], cover: WordCover, recognition: RecognitionRun): Candidate[] {
  const added: Candidate[] = [];
  for (let type = 1; type < words.length; type++) {
    const typeWord = words[type]!;
    if (!PLACE_TYPES.has(typeWord.text)) continue;
    let first = type;
    while (first > 0 && type - first < MAX_WORDS) {
      const before = words[first - 1]!;
      const gap = text.slice(before.end, words[first]!.start);
      if (gap !== ' ' || before.possessive || !/^\p{Lu}\p{Ll}/u.test(before.text) || NOT_NAMES.has(before.text) || cover[first - 1] !== undefined) break;
      first--;
    }
    if (first === type) continue;
    // "in the Kunar province" and "of Farah province" are places; "Jim Smith county" is not news.
    const start = words[first]!.start;
    const end = words[type - 1]!.end;
    const name = text.slice(start, end);
    const entity = recognition.discover({
      id: `place:${slugOf(name)}`,
      kind: 'place',
      name,
      readFromText: `${name} ${typeWord.text}`,
    });
    const record: TermRecord = { entity, role: 'alias', caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
    added.push({ start, end, records: [record] });
  }
  return added;
}
