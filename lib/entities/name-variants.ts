/**
 * Written variants of a known person's name within an article: a middle initial ("Antony J. Blinken"
 * for Antony Blinken) and a generational suffix ("Martin Luther King Jr."). The knowledge base lists
 * the plain name; the automaton then sees only the family name ("Blinken") or the name without its
 * suffix. This pass widens such a candidate to the whole name as written and makes it a full name, so
 * later bare family names resolve to it. Each candidate looks at most 48 characters around itself.
 */
import type { TermRecord } from './gazetteer';
import { foldTerm } from './normalize';
import type { Candidate } from './officials';
import { isPerson, type Entity } from './types';

// A given name and one or two initials right before a family name: "Antony J. " or "George H. W. ".
const GIVEN_AND_INITIALS = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'\u2019-]+) ((?:\p{Lu}\. ?){1,2})$/u;
// A generational suffix right after a name: " Jr.", ", Jr.", " III".
const SUFFIX_AFTER = /^,? (?:Jr\.|Sr\.|III|II|IV)(?![\p{L}\p{N}])/u;

function namesOf(entity: Entity): string[] {
  return [entity.name, ...(entity.aliases ?? [])].map(foldTerm);
}

function asFullName(entity: Entity): TermRecord {
  return { entity, role: 'alias', caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
}

/**
 * Widens candidates for known people over middle initials and generational suffixes, in place.
 * A family name preceded by "Given X." becomes that person's full name when "Given Family" is one of
 * the person's names; a person's full name followed by "Jr." or "III" takes the suffix into its span.
 */
export function joinNameVariants(text: string, candidates: Candidate[]): void {
  for (const candidate of candidates) {
    const people = candidate.records.filter((r) => isPerson(r.entity) && (r.role === 'surname' || r.role === 'alias'));
    if (people.length === 0) continue;
    // Only "X. Family" can follow an initial: skip the look-back everywhere else.
    const initialBefore = text.charAt(candidate.start - 2) === '.' && text.charAt(candidate.start - 1) === ' ';
    const before = initialBefore ? GIVEN_AND_INITIALS.exec(text.slice(Math.max(0, candidate.start - 48), candidate.start)) : null;
    if (before) {
      const written = `${before[1]} ${text.slice(candidate.start, candidate.end)}`;
      const folded = foldTerm(written);
      const person = people.find((r) => namesOf(r.entity).includes(folded));
      if (person) {
        candidate.start -= before[1]!.length + 1 + before[2]!.length;
        candidate.records = [asFullName(person.entity)];
      }
    }
    const next = text.charAt(candidate.end);
    if ((next === ' ' || next === ',') && candidate.records.every((r) => r.role === 'alias' && isPerson(r.entity))) {
      const suffix = SUFFIX_AFTER.exec(text.slice(candidate.end, candidate.end + 6));
      if (suffix) candidate.end += suffix[0].length;
    }
  }
}
