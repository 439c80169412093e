import { Automaton } from './automaton';
import { foldTerm, isUnspacedScript } from './normalize';
import { isPerson, type Entity } from './types';

/** How a term refers to its entity. */
export type TermRole =
  /** A name of the entity: always means it. */
  | 'alias'
  /** A demonym: evidence of a country, never highlighted. */
  | 'weak'
  /** A generic phrase: means the entity only when its context countries are in the article. */
  | 'trigger'
  /** A family name: means a person named in full elsewhere in the article (or always, if distinctive). */
  | 'surname';

/** How the surface's letter case must look for a term to count. */
export type CaseRule = 'any' | 'capitalised' | 'upper';

export interface TermRecord {
  entity: Entity;
  role: TermRole;
  caseRule: CaseRule;
  /** Whether the term's first / last character is in a script written without spaces. */
  unspacedStart: boolean;
  unspacedEnd: boolean;
}

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
  readonly termCount: number;

  private constructor(entities: Map<string, Entity>, automaton: Automaton, records: TermRecord[][]) {
    this.entities = entities;
    this.automaton = automaton;
    this.records = records;
    this.termCount = records.reduce((sum, list) => sum + list.length, 0);
  }

  static compile(entities: readonly Entity[]): Gazetteer {
    const byId = new Map<string, Entity>();
    const patternIndex = new Map<string, number>();
    const patterns: string[] = [];
    const records: TermRecord[][] = [];

    const add = (entity: Entity, term: string, role: TermRole): void => {
      const folded = foldTerm(term);
      if (folded.length < 2 && !isUnspacedScript(folded)) return;
      let index = patternIndex.get(folded);
      if (index === undefined) {
        index = patterns.length;
        patternIndex.set(folded, index);
        patterns.push(folded);
        records.push([]);
      }
      const list = records[index]!;
      const caseRule = caseRuleFor(term);
      const same = list.find((r) => r.entity === entity && r.role === role);
      if (same) {
        // "NATO" and "Nato" fold to one term: keep the most permissive of their case rules.
        if (CASE_STRICTNESS[caseRule] < CASE_STRICTNESS[same.caseRule]) same.caseRule = caseRule;
        return;
      }
      list.push({
        entity,
        role,
        caseRule,
        unspacedStart: isUnspacedScript(folded.charAt(0)),
        unspacedEnd: isUnspacedScript(folded.charAt(folded.length - 1)),
      });
    };

    for (const entity of entities) {
      if (byId.has(entity.id)) throw new Error(`duplicate entity id ${entity.id}`);
      byId.set(entity.id, entity);
      add(entity, entity.name, 'alias');
      for (const alias of entity.aliases ?? []) add(entity, alias, 'alias');
      for (const native of entity.native ?? []) add(entity, native, 'alias');
      for (const weak of entity.weakAliases ?? []) add(entity, weak, 'weak');
      for (const trigger of entity.triggers ?? []) add(entity, trigger, 'trigger');
      if (isPerson(entity) && entity.surname) add(entity, entity.surname, 'surname');
    }
    return new Gazetteer(byId, Automaton.build(patterns), records);
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }
}
