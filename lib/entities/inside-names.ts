/**
 * Names inside longer names. A place or a person whose name is part of a longer name the knowledge base
 * does not hold is not mentioned there: "the Duke of Edinburgh" names a person, "the University of
 * Western Australia" a university, "the Geneva Conventions" treaties, "the Lloyd Erskine Sandiford
 * Centre" a building. When the longer name is known it wins as the longest match; when it is not, the
 * shorter name is dropped rather than read out of it. Bounded look-arounds: linear in the mentions.
 */
import type { EntityKind } from './types';

/** Nouns that, with "of" and a place after them, make a title or an institution ("Duke of Edinburgh"). */
const HEADS_BEFORE_OF = new Set(
  (
    'University College Institute School Academy Museum Library Conservatory Polytechnic Seminary ' +
    'Duke Duchess Earl Countess Marquess Marquis Baron Baroness Viscount Archbishop Bishop Archdiocese Diocese'
  ).split(' '),
);

/** Nouns that, after a place, make the phrase a treaty or an institution ("Geneva Conventions", "Columbia University"). */
const HEADS_AFTER_PLACE = new Set(
  'convention conventions protocol protocols accord accords university college institute school academy times post herald gazette stadium'.split(' '),
);

/** Nouns that, after a person's name, make it the name of a place or an institution ("Kofi Annan Foundation", "Qandil Mountains"). */
const HEADS_AFTER_PERSON = new Set(
  (
    'centre center foundation institute university college school academy hospital airport stadium arena ' +
    'library museum memorial bridge street avenue boulevard road square highway prize award trophy medal fellowship scholarship ' +
    'mountains mountain river valley lake island islands province district county camp base dam canal'
  ).split(' '),
);

const WORD_AFTER = /^[ \u00A0]([\p{L}'’]+)/u;
const HEAD_OF_BEFORE = /(\p{Lu}\p{Ll}+) of (?:the )?$/u;

/** The word right after `end` (one space away), if any. */
function wordAfter(text: string, end: number): string | undefined {
  return WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
}

/**
 * Whether the mention at `start`–`end` of this kind is only part of a longer name, so that it names
 * nothing on its own there.
 */
export function insideLongerName(text: string, start: number, end: number, kind: EntityKind): boolean {
  if (kind === 'place') {
    const head = HEAD_OF_BEFORE.exec(text.slice(Math.max(0, start - 32), start))?.[1];
    if (head && HEADS_BEFORE_OF.has(head)) return true;
    const next = wordAfter(text, end);
    // "Geneva conventions" is written in either case; "Columbia University" in capitals.
    return next !== undefined && HEADS_AFTER_PLACE.has(next.toLowerCase()) && (/^\p{Lu}/u.test(next) || /^(?:conventions?|protocols?|accords?)$/.test(next));
  }
  if (kind === 'person') {
    const next = wordAfter(text, end);
    // "Sakharov prize", "Nobel prize": a prize is written in either case.
    return next !== undefined && HEADS_AFTER_PERSON.has(next.toLowerCase()) && (/^\p{Lu}/u.test(next) || /^(?:prize|award|trophy|medal)$/.test(next));
  }
  return false;
}
