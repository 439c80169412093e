import { Automaton } from './automaton';
import { HONORIFIC_TITLES } from './honorifics';
import { foldTerm, isUnspacedScript } from './normalize';
import { isPerson, type AliasGuard, type Entity, type PersonEntity } from './types';

/** How a term refers to its entity. */
export type TermRole =
  /** A name of the entity: always means it. */
  | 'alias'
  /** A demonym: evidence of a country, never highlighted. */
  | 'weak'
  /** A generic phrase: means the entity only when its context countries are in the article. */
  | 'trigger'
  /** A family name: means a person named in full elsewhere in the article (or always, if distinctive). */
  | 'surname'
  /** A phrase showing that a guarded alias of the entity means something else here ("Atlanta" for Georgia). */
  | 'cue';

/** How the surface's letter case must look for a term to count. */
export type CaseRule = 'any' | 'capitalised' | 'upper';

export interface TermRecord {
  entity: Entity;
  role: TermRole;
  caseRule: CaseRule;
  /** Whether the term's first / last character is in a script written without spaces. */
  unspacedStart: boolean;
  unspacedEnd: boolean;
  /** For aliases that are also words or other names: when they do not mean the entity. */
  guard?: AliasGuard;
}

/** A title that may precede a name ("Foreign Minister", "ambassador"). */
export interface TitleRecord {
  /** The title as listed, for the card ("Foreign Minister"). */
  title: string;
  caseRule: CaseRule;
}

/** Single-word titles written in lower case before a name in news copy ("spokesman Dmitry Peskov"). */
const LOWER_CASE_TITLES = new Set(['ambassador', 'envoy', 'spokesperson', 'spokesman', 'spokeswoman']);

const CASE_STRICTNESS: Record<CaseRule, number> = { any: 0, capitalised: 1, upper: 2 };

function caseRuleFor(term: string): CaseRule {
  const letters = term.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters.toLowerCase() === letters.toUpperCase()) return 'any'; // uncased script
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  return /\s/.test(term.trim()) ? 'any' : 'capitalised';
}

/**
 * The compiled gazetteer: entities by id plus one automaton over every folded term. Compile once and
 * reuse it for every text.
 */
export class Gazetteer {
  readonly entities: ReadonlyMap<string, Entity>;
  readonly automaton: Automaton;
  /** Records by pattern index (several entities may share one folded term). */
  readonly records: readonly TermRecord[][];
  /** Titles by pattern index (undefined where the pattern is no title). */
  readonly titles: readonly (TitleRecord | undefined)[];
  readonly termCount: number;
  /**
   * Officials the gazetteer lacks, found by honorific patterns as articles are read, so that cards,
   * summaries and verdicts can look them up by id like any gazetteer entry.
   */
  private readonly discovered = new Map<string, PersonEntity>();

  private constructor(entities: Map<string, Entity>, automaton: Automaton, records: TermRecord[][], titles: (TitleRecord | undefined)[]) {
    this.entities = entities;
    this.automaton = automaton;
    this.records = records;
    this.titles = titles;
    this.termCount = records.reduce((sum, list) => sum + list.length, 0);
  }

  static compile(entities: readonly Entity[]): Gazetteer {
    const byId = new Map<string, Entity>();
    const patternIndex = new Map<string, number>();
    const patterns: string[] = [];
    const records: TermRecord[][] = [];
    const titles: (TitleRecord | undefined)[] = [];

    const indexOf = (folded: string): number => {
      let index = patternIndex.get(folded);
      if (index === undefined) {
        index = patterns.length;
        patternIndex.set(folded, index);
        patterns.push(folded);
        records.push([]);
        titles.push(undefined);
      }
      return index;
    };

    const add = (entity: Entity, term: string, role: TermRole, anyCase = false): void => {
      const folded = foldTerm(term);
      if (folded.length < 2 && !isUnspacedScript(folded)) return;
      const list = records[indexOf(folded)]!;
      const caseRule = anyCase ? 'any' : caseRuleFor(term);
      const same = list.find((r) => r.entity === entity && r.role === role);
      if (same) {
        // "NATO" and "Nato" fold to one term: keep the most permissive of their case rules.
        if (CASE_STRICTNESS[caseRule] < CASE_STRICTNESS[same.caseRule]) same.caseRule = caseRule;
        return;
      }
      const record: TermRecord = {
        entity,
        role,
        caseRule,
        unspacedStart: isUnspacedScript(folded.charAt(0)),
        unspacedEnd: isUnspacedScript(folded.charAt(folded.length - 1)),
      };
      const guard = role !== 'cue' ? entity.guards?.find((g) => foldTerm(g.alias) === folded) : undefined;
      if (guard) record.guard = guard;
      list.push(record);
    };

    for (const entity of entities) {
      if (byId.has(entity.id)) throw new Error(`duplicate entity id ${entity.id}`);
      byId.set(entity.id, entity);
      add(entity, entity.name, 'alias');
      for (const alias of entity.aliases ?? []) add(entity, alias, 'alias');
      // Native names are written as they are: no English case rule (Georgian, for one, has capitals
      // that its ordinary text never uses).
      for (const native of entity.native ?? []) add(entity, native, 'alias', true);
      for (const weak of entity.weakAliases ?? []) add(entity, weak, 'weak');
      for (const trigger of entity.triggers ?? []) add(entity, trigger, 'trigger');
      if (isPerson(entity) && entity.surname) add(entity, entity.surname, 'surname');
      for (const guard of entity.guards ?? []) for (const cue of guard.otherSense ?? []) add(entity, cue, 'cue');
    }
    for (const title of HONORIFIC_TITLES) {
      const index = indexOf(foldTerm(title));
      const caseRule = /\s/.test(title) || LOWER_CASE_TITLES.has(title) ? 'any' : 'capitalised';
      titles[index] ??= { title, caseRule };
    }
    return new Gazetteer(byId, Automaton.build(patterns), records, titles);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id) ?? this.discovered.get(id);
  }

  /** Officials found by honorific patterns so far, in the order they were first met. */
  discoveredPeople(): readonly PersonEntity[] {
    return [...this.discovered.values()];
  }

  /**
   * Registers (or refreshes) an official found by an honorific pattern; a gazetteer entry with the
   * same id always wins. Returns the entity to use.
   */
  discover(person: PersonEntity): Entity {
    const known = this.entities.get(person.id);
    if (known) return known;
    const seen = this.discovered.get(person.id);
    if (seen && seen.reportedTitle === person.reportedTitle && seen.country === person.country) return seen;
    this.discovered.set(person.id, person);
    return person;
  }
}
