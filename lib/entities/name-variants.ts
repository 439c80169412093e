/**
 * Written variants of a known person's name within an article: a middle initial ("Antony J. Blinken"
 * for Antony Blinken) and a generational suffix ("Martin Luther King Jr."). The knowledge base lists
 * the plain name; the automaton then sees only the family name ("Blinken") or the name without its
 * suffix. This pass widens such a candidate to the whole name as written and makes it a full name, so
 * later bare family names resolve to it. Each candidate looks at most 48 characters around itself.
 */
import { lastToLeave, roleStatus } from './describe';
import type { TermRecord } from './gazetteer';
import { foldTerm } from './normalize';
import type { Candidate } from './officials';
import { nameForms } from './open-world/later-references';
import { isPerson, type Entity } from './types';

// A given name and one or two initials right before a family name: "Antony J. " or "George H. W. ".
const GIVEN_AND_INITIALS = /(?:^|[^\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'\u2019-]+) ((?:\p{Lu}\. ?){1,2})$/u;
// A generational suffix right after a name: " Jr.", ", Jr.", " III".
const SUFFIX_AFTER = /^,? (?:Jr\.|Sr\.|III|II|IV)(?![\p{L}\p{N}])/u;
// A given name alone right before a family name: "George " in "George Bush".
const GIVEN_BEFORE = /(?:^|[^\p{L}\p{M}.])(\p{Lu}[\p{L}\p{M}'\u2019-]+) $/u;

function namesOf(entity: Entity): string[] {
  return [entity.name, ...(entity.aliases ?? [])].map(foldTerm);
}

function asFullName(entity: Entity): TermRecord {
  return { entity, role: 'alias', caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
}

/**
 * Of several people one plain name fits ("George Bush": George H. W. Bush and George W. Bush), the one in
 * office on `date`, else the one whose last office before it ended latest; none without a date.
 */
function atDate(people: readonly Entity[], date: string | undefined): Entity | undefined {
  if (people.length === 1) return people[0];
  if (!date) return undefined;
  const roles = (entity: Entity) => (isPerson(entity) ? entity.roles : []);
  const holding = people.filter((p) => roles(p).some((role) => roleStatus(role, date) === 'held'));
  if (holding.length > 0) return holding.length === 1 ? holding[0] : undefined;
  return lastToLeave(people, date);
}

/**
 * Widens candidates for known people over middle initials and generational suffixes, in place.
 * A family name preceded by "Given X." becomes that person's full name when "Given Family" is one of
 * the person's names; a family name preceded by a given name alone becomes the full name of the person
 * whose name is that without its initials ("George Bush" for George W. Bush, by the article's date when
 * two fit); a person's full name followed by "Jr." or "III" takes the suffix into its span.
 */
export function joinNameVariants(text: string, candidates: Candidate[], date?: string): void {
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
    } else if (text.charAt(candidate.start - 1) === ' ' && people.every((r) => r.role === 'surname')) {
      const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, candidate.start - 32), candidate.start))?.[1];
      const folded = given ? foldTerm(`${given} ${text.slice(candidate.start, candidate.end)}`) : '';
      const fitting = given ? people.filter((r) => nameForms(r.entity.name).slice(1).some((form) => foldTerm(form) === folded)).map((r) => r.entity) : [];
      const person = atDate(fitting, date);
      if (person) {
        candidate.start -= given!.length + 1;
        candidate.records = [asFullName(person)];
      }
    }
    const next = text.charAt(candidate.end);
    if ((next === ' ' || next === ',') && candidate.records.every((r) => r.role === 'alias' && isPerson(r.entity))) {
      const suffix = SUFFIX_AFTER.exec(text.slice(candidate.end, candidate.end + 6));
      if (suffix) candidate.end += suffix[0].length;
    }
  }
}
