/**
 * Once an article has named someone the knowledge base lacks ("Hussain al-Shahristani", "Antony J.
 * Blinken"), or defined a short form ("(PKK)"), the rest of the article refers to them again: by the
 * full name, by the name without its initials or suffix, by the family name, or by the short form.
 * One pass over the capitalised words finds them all.
 */
import type { TermRecord } from '../gazetteer';
import { withoutArabicArticle } from '../honorifics';
import type { Candidate } from '../officials';
import { isPerson, type Entity } from '../types';
import type { Definition } from './bracket-definitions';
import type { Word } from './words';

const INITIAL_OR_SUFFIX = /(?:^|\s)(?:(?:\p{Lu}\.)+|Jr\.|Sr\.|II|III|IV)(?=\s|$)/gu;

function record(entity: Entity, role: 'alias' | 'surname'): TermRecord {
  return { entity, role, caseRule: 'capitalised', unspacedStart: false, unspacedEnd: false };
}

/** A name and its shorter written forms: "Antony J. Blinken" → also "Antony Blinken"; "Martin Luther King Jr." → also "Martin Luther King". */
export function nameForms(name: string): string[] {
  const plain = name.replace(INITIAL_OR_SUFFIX, '').replace(/,$/, '').replace(/\s+/g, ' ').trim();
  return plain && plain !== name && plain.includes(' ') ? [name, plain] : [name];
}

/**
 * Full names, shorter forms and family names of the people read from this text, and short forms it
 * defined, wherever else they occur. `named` holds the starts already found; `byStart` the candidates
 * by start, so a family name the knowledge base also reads joins the nearest-full-name decision.
 */
export function laterReferences(
  text: string,
  words: readonly Word[],
  people: readonly Entity[],
  definitions: readonly Definition[],
  named: ReadonlySet<number>,
  byStart: ReadonlyMap<number, Candidate[]>,
  writtenFamilyNames: ReadonlyMap<string, readonly Entity[]> = new Map(),
): Candidate[] {
  const byFirstWord = new Map<string, { person: Entity; name: string }[]>();
  // The family names the article wrote for people the knowledge base knows under another spelling
  // ("Avigdor Lieberman" for Avigdor Liberman), then those of the people read from the text.
  const byFamilyName = new Map<string, Entity[]>([...writtenFamilyNames].map(([word, family]) => [word, [...family]]));
  const byShortForm = new Map(definitions.map((d) => [d.short, d.entity]));
  for (const person of people) {
    if (!isPerson(person)) continue;
    for (const form of nameForms(person.name)) {
      const first = form.split(' ')[0]!;
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { person, name: form }]);
    }
    if (person.surname) {
      // A transcript's speaker labels write the family name in capitals ("AL-SABAH:"); later mentions often
      // drop the Arabic article ("Omar Hassan al-Bashir" … "Bashir said").
      const withoutArticle = withoutArabicArticle(person.surname);
      for (const written of new Set([person.surname, person.surname.toUpperCase(), ...(withoutArticle ? [withoutArticle] : [])])) {
        byFamilyName.set(written, [...(byFamilyName.get(written) ?? []), person]);
      }
    }
  }
  if (byFirstWord.size === 0 && byShortForm.size === 0 && byFamilyName.size === 0) return [];
  const found: Candidate[] = [];
  for (const { start, text: word } of words) {
    const first = word.charAt(0);
    // A family name with its lower-case Arabic article ("al-Hajj") is capitalised where it counts.
    if ((first === first.toLowerCase() && withoutArabicArticle(word) === undefined) || named.has(start) || /[\p{N}]/u.test(text.charAt(start - 1))) continue;
    const full = (byFirstWord.get(word) ?? [])
      .filter(({ name }) => text.startsWith(name, start) && !/[\p{L}\p{N}]/u.test(text.charAt(start + name.length)))
      .sort((a, b) => b.name.length - a.name.length)[0];
    if (full) {
      found.push({ start, end: start + full.name.length, records: [record(full.person, 'alias')] });
      continue;
    }
    const end = start + word.length;
    if (/\p{N}/u.test(text.charAt(end))) continue;
    const defined = byShortForm.get(word);
    if (defined) {
      if (!(byStart.get(start) ?? []).some((c) => c.end === end)) found.push({ start, end, records: [{ ...record(defined, 'alias'), caseRule: 'upper' }] });
      continue;
    }
    // A family name alone ("Maduro" in a headline, before or after the full name), but not the first
    // word of another name ("Jordan Bardella" beside "Michael Jordan").
    const family = byFamilyName.get(word);
    if (!family || /^ \p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) continue;
    // "bin Laden", "van der Leyen": the particle written before a family name belongs to it.
    const particle = /(?:^|[^\p{L}])((?:bin|ibn|van den|van der|van de|van|von der|von|de la|de|al|el) )$/iu.exec(text.slice(Math.max(0, start - 9), start))?.[1];
    if (particle && family.every((p) => p.name.toLowerCase().includes(`${particle}${word}`.toLowerCase()))) {
      const widened = start - particle.length;
      if (!named.has(widened)) found.push({ start: widened, end, records: family.map((p) => record(p, 'surname')) });
      continue;
    }
    const records = family.map((p) => record(p, 'surname'));
    // Join the knowledge base's own readings of the word, so the nearest full name decides between them.
    const same = (byStart.get(start) ?? []).find((c) => c.end === end);
    if (same) same.records.push(...records);
    else found.push({ start, end, records });
  }
  return found;
}
