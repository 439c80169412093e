import { Automaton, type AutomatonArrays, type PackedAutomaton } from './automaton';
import { HONORIFIC_TITLES, withoutArabicArticle } from './honorifics';
import { foldTerm, isUnspacedScript } from './normalize';
import { EntityTable, type EntityRows } from './entity-table';
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

/**
 * How the surface's letter case must look for a term to count: `name` is a person's name of several
 * words, written with its first word and at least one more capitalised ("Robin Cook", never "Robin cook").
 */
export type CaseRule = 'any' | 'capitalised' | 'upper' | 'name';

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

const CASE_STRICTNESS: Record<CaseRule, number> = { any: 0, capitalised: 1, name: 1, upper: 2 };

/** Codes for the packed form; append only, since packed data refers to them by position. */
const ROLE_CODES: readonly TermRole[] = ['alias', 'weak', 'trigger', 'surname', 'cue'];
const CASE_CODES: readonly CaseRule[] = ['any', 'capitalised', 'upper', 'name'];

/**
 * The compiled gazetteer as plain data, generated at build time (scripts/generate-gazetteer.mjs) so
 * that a page never folds a term or builds the automaton. Entities are referred to by their position
 * in the entity list it was compiled from.
 */
export interface PackedGazetteer {
  /** How many entities it was compiled from: a pack for another list is refused. */
  entityCount: number;
  automaton: PackedAutomaton;
  /**
   * Per pattern: its number of records, then for each record its entity's position as a step from
   * the previous record's (records come mostly in entity order, so steps are small), a bit field
   * (role code, case code << 3, unspaced start << 5, unspaced end << 6), and its guard's position in
   * the entity's guards plus one (0: no guard).
   */
  records: number[];
  /** Pairs of pattern index and position in HONORIFIC_TITLES. */
  titles: number[];
}

/**
 * The compiled gazetteer as typed arrays, the form the knowledge base's binary file holds
 * (knowledge-base-file.ts): records as in `PackedGazetteer`, plus where each pattern's records start
 * and the entity position before them, so that opening needs no pass over the records.
 */
export interface GazetteerArrays {
  automaton: AutomatonArrays;
  records: Int32Array;
  recordsAt: Int32Array;
  entityBefore: Int32Array;
  recordCount: number;
  titles: Int32Array;
}

function titleCaseRule(title: string): CaseRule {
  return /\s/.test(title) || LOWER_CASE_TITLES.has(title) ? 'any' : 'capitalised';
}

/**
 * Organisations whose names are often plain phrases ("Save the Children", "Human Rights Watch", "General
 * Electric"): as with people, only the name as written capitalised is theirs.
 */
const NAME_CASED_ORGANIZATIONS: ReadonlySet<string> = new Set(['ngo', 'company', 'media']);

/** Whether an entity's names of several words count only when written as a name (case rule `name`). */
function writtenAsName(entity: Entity): boolean {
  return entity.kind === 'person' || (entity.kind === 'organization' && NAME_CASED_ORGANIZATIONS.has(entity.orgType ?? ''));
}

function caseRuleFor(term: string, asName: boolean): CaseRule {
  const letters = term.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0 || letters.toLowerCase() === letters.toUpperCase()) return 'any'; // uncased script
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'upper';
  if (!/\s/.test(term.trim())) return 'capitalised';
  // A person's name whose last word is also a word ("Robin Cook", "Bill Cash") is that word in running
  // text; so is a body's name of plain words ("save the children").
  return asName && /^\p{Lu}\S*(?:\s.*)?\s\p{Lu}\S*$/u.test(term.trim()) ? 'name' : 'any';
}

/**
 * A name and the forms news also writes it in: a UN body's name with "UN" or "U.N." for "United Nations"
 * ("UN Children's Fund"), the American spelling of "Programme", and the Persian and Urdu linking vowel
 * written either way ("Tehrik-i-Taliban" and "Tehrik-e-Taliban", "Mazar-e-Sharif" and "Mazar-i-Sharif").
 */
function writtenForms(entity: Entity, name: string): string[] {
  if (!/United Nations |Programme|-[ei][- ]/.test(name) || (entity.kind !== 'organization' && entity.kind !== 'place')) return [name];
  const forms = new Set([name]);
  if (entity.kind === 'organization') {
    for (const form of [...forms]) if (form.includes('United Nations ')) for (const short of ['UN ', 'U.N. ']) forms.add(form.replace('United Nations ', short));
    for (const form of [...forms]) forms.add(form.replace(/Programme\b/, 'Program'));
  }
  for (const form of [...forms]) {
    forms.add(form.replace(/-e(?=[- ])/g, '-i'));
    forms.add(form.replace(/-i(?=[- ])/g, '-e'));
  }
  return [...forms];
}

/**
 * The compiled gazetteer: the entities plus one automaton over every folded term. Compile once and
 * reuse it for every text.
 */
export class Gazetteer {
  readonly automaton: Automaton;
  private readonly entities: EntityTable;
  /** Titles by pattern index (undefined where the pattern is no title). */
  readonly titles: readonly (TitleRecord | undefined)[];
  readonly termCount: number;
  /** Records by pattern index (several entities may share one folded term); filled on first use when unpacked. */
  private readonly recordLists: (readonly TermRecord[] | undefined)[];
  /** Decodes one pattern's records from packed data; absent when compiled from entities. */
  private readonly decodeRecords?: (patternIndex: number) => TermRecord[];

  private constructor(
    entities: EntityTable,
    automaton: Automaton,
    titles: (TitleRecord | undefined)[],
    terms: { lists: (TermRecord[] | undefined)[]; count: number; decode?: (patternIndex: number) => TermRecord[] },
  ) {
    this.entities = entities;
    this.automaton = automaton;
    this.titles = titles;
    this.recordLists = terms.lists;
    this.termCount = terms.count;
    if (terms.decode) this.decodeRecords = terms.decode;
  }

  /** How many entities the gazetteer holds. */
  get entityCount(): number {
    return this.entities.size;
  }

  /** How many distinct folded terms (and titles) the automaton knows. */
  get patternCount(): number {
    return this.automaton.patternLengths.length;
  }

  /** The records of one pattern: which entities the term names, and how. */
  recordsOf(patternIndex: number): readonly TermRecord[] {
    let list = this.recordLists[patternIndex];
    if (!list) {
      list = this.decodeRecords?.(patternIndex) ?? [];
      this.recordLists[patternIndex] = list;
    }
    return list;
  }

  static compile(entities: readonly Entity[]): Gazetteer {
    const table = EntityTable.of(entities);
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
      const caseRule = anyCase ? 'any' : caseRuleFor(term, writtenAsName(entity));
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
      // A name listed among the entity's triggers is generic ("Conservative Party"): a trigger only.
      if (!entity.triggers?.includes(entity.name)) for (const form of writtenForms(entity, entity.name)) add(entity, form, 'alias');
      for (const alias of entity.aliases ?? []) for (const form of writtenForms(entity, alias)) add(entity, form, 'alias');
      // Native names are written as they are: no English case rule (Georgian, for one, has capitals
      // that its ordinary text never uses).
      for (const native of entity.native ?? []) add(entity, native, 'alias', true);
      for (const weak of entity.weakAliases ?? []) add(entity, weak, 'weak');
      for (const trigger of entity.triggers ?? []) add(entity, trigger, 'trigger');
      if (isPerson(entity) && entity.surname) {
        add(entity, entity.surname, 'surname');
        // "Nouri al-Maliki" … "Maliki said": news often drops the article from a family name.
        const bare = withoutArabicArticle(entity.surname);
        if (bare) add(entity, bare, 'surname');
      }
      for (const guard of entity.guards ?? []) for (const cue of guard.otherSense ?? []) add(entity, cue, 'cue');
    }
    for (const title of HONORIFIC_TITLES) {
      const index = indexOf(foldTerm(title));
      titles[index] ??= { title, caseRule: titleCaseRule(title) };
    }
    const count = records.reduce((sum, list) => sum + list.length, 0);
    return new Gazetteer(table, Automaton.build(patterns), titles, { lists: records, count });
  }

  /** The records of every pattern in `order` as numbers (see `PackedGazetteer.records`), and the titles. */
  private packRecords(entities: readonly Entity[], order: readonly number[]): { records: number[]; titles: number[] } {
    const position = new Map(entities.map((entity, index) => [entity, index]));
    const records: number[] = [];
    let previousEntity = 0;
    for (const pattern of order) {
      const list = this.recordsOf(pattern);
      records.push(list.length);
      for (const record of list) {
        const entityIndex = position.get(record.entity);
        if (entityIndex === undefined) throw new Error(`pack: ${record.entity.id} is not in the entity list`);
        const bits =
          ROLE_CODES.indexOf(record.role) |
          (CASE_CODES.indexOf(record.caseRule) << 3) |
          (Number(record.unspacedStart) << 5) |
          (Number(record.unspacedEnd) << 6);
        const guardIndex = record.guard ? record.entity.guards!.indexOf(record.guard) + 1 : 0;
        records.push(entityIndex - previousEntity, bits, guardIndex);
        previousEntity = entityIndex;
      }
    }
    const titles: number[] = [];
    order.forEach((pattern, renumbered) => {
      const title = this.titles[pattern];
      if (title) titles.push(renumbered, HONORIFIC_TITLES.indexOf(title.title));
    });
    return { records, titles };
  }

  /**
   * This gazetteer as plain data; `entities` must be the list it was compiled from. Patterns are
   * renumbered in the automaton's state order (see `Automaton.packInStateOrder`).
   */
  pack(entities: readonly Entity[]): PackedGazetteer {
    const { packed: automaton, order } = this.automaton.packInStateOrder();
    return { entityCount: entities.length, automaton, ...this.packRecords(entities, order) };
  }

  /** This gazetteer as typed arrays (see `GazetteerArrays`); `entities` must be the list it was compiled from. */
  toArrays(entities: readonly Entity[]): GazetteerArrays {
    const { arrays: automaton, order } = this.automaton.inStateOrder();
    const { records, titles } = this.packRecords(entities, order);
    const { recordsAt, entityBefore, count } = indexRecords(records, order.length, entities.length);
    return { automaton, records: Int32Array.from(records), recordsAt, entityBefore, recordCount: count, titles: Int32Array.from(titles) };
  }

  /**
   * Rebuilds a gazetteer from `pack`'s output and the entities as the build ships them (one JSON row
   * each, `shipEntity`), without folding a term. One pass over the numbers checks them and notes where
   * each pattern's records start; records and entities are made when a text first needs them.
   */
  static unpack(rows: readonly string[], packed: PackedGazetteer): Gazetteer {
    if (packed.entityCount !== rows.length) throw new Error('unpack: the pack was made from another entity list');
    const patternCount = packed.automaton.patternLengths.length;
    const { recordsAt, entityBefore, count } = indexRecords(packed.records, patternCount, rows.length);
    return Gazetteer.open(EntityTable.fromRows(rows), Automaton.unpack(packed.automaton), {
      records: packed.records,
      recordsAt,
      entityBefore,
      recordCount: count,
      titles: packed.titles,
    });
  }

  /**
   * Opens a gazetteer from typed arrays (a binary file's, `toArrays`' output) and the entities' rows,
   * without a pass over terms or records: the file's build checked them.
   */
  static fromArrays(rows: EntityRows, arrays: GazetteerArrays): Gazetteer {
    return Gazetteer.open(EntityTable.fromRows(rows), Automaton.fromArrays(arrays.automaton), arrays);
  }

  private static open(
    entities: EntityTable,
    automaton: Automaton,
    packed: { records: ArrayLike<number>; recordsAt: Int32Array; entityBefore: Int32Array; recordCount: number; titles: ArrayLike<number> },
  ): Gazetteer {
    const patternCount = automaton.patternLengths.length;
    const numbers = packed.records;
    const { recordsAt, entityBefore } = packed;
    const decode = (pattern: number): TermRecord[] => {
      let position = recordsAt[pattern]!;
      let entityIndex = entityBefore[pattern]!;
      const list: TermRecord[] = new Array(numbers[position++]!);
      for (let i = 0; i < list.length; i++, position += 3) {
        entityIndex += numbers[position]!;
        const entity = entities.at(entityIndex);
        const bits = numbers[position + 1]!;
        const guardIndex = numbers[position + 2]!;
        const record: TermRecord = {
          entity,
          role: ROLE_CODES[bits & 7]!,
          caseRule: CASE_CODES[(bits >> 3) & 3]!,
          unspacedStart: (bits & 32) !== 0,
          unspacedEnd: (bits & 64) !== 0,
        };
        if (guardIndex > 0) {
          const guard = entity.guards?.[guardIndex - 1];
          if (!guard) throw new Error(`unpack: ${entity.id} has no guard ${guardIndex}`);
          record.guard = guard;
        }
        list[i] = record;
      }
      return list;
    };

    // Sparse: most patterns are no title, and filling every slot would cost a pass on each open.
    const titles: (TitleRecord | undefined)[] = new Array(patternCount);
    for (let i = 0; i < packed.titles.length; i += 2) {
      const title = HONORIFIC_TITLES[packed.titles[i + 1]!];
      if (title === undefined || packed.titles[i]! >= patternCount) throw new Error('unpack: a title is out of range');
      titles[packed.titles[i]!] = { title, caseRule: titleCaseRule(title) };
    }
    return new Gazetteer(entities, automaton, titles, { lists: new Array(patternCount), count: packed.recordCount, decode });
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /**
   * An entity with this id among those a text has named so far (entries whose terms were found),
   * without reading the rest: for a name just found in the text, any entry it could be has been read
   * already. Entities read from one article's wording live in that article's RecognitionRun.
   */
  getNamed(id: string): Entity | undefined {
    return this.entities.getIfRead(id);
  }
}

/**
 * One pass over packed record numbers: checks them and notes where each pattern's records start and
 * the entity position before them.
 */
function indexRecords(numbers: ArrayLike<number>, patternCount: number, entityCount: number): { recordsAt: Int32Array; entityBefore: Int32Array; count: number } {
  const recordsAt = new Int32Array(patternCount);
  const entityBefore = new Int32Array(patternCount);
  let at = 0;
  let entityIndex = 0;
  let count = 0;
  for (let pattern = 0; pattern < patternCount; pattern++) {
    recordsAt[pattern] = at;
    entityBefore[pattern] = entityIndex;
    const records = numbers[at++]!;
    count += records;
    for (let i = 0; i < records; i++, at += 3) {
      entityIndex += numbers[at]!;
      if (entityIndex < 0 || entityIndex >= entityCount) throw new Error('unpack: a record refers to no entity');
      if ((numbers[at + 1]! & 7) >= ROLE_CODES.length || ((numbers[at + 1]! >> 3) & 3) >= CASE_CODES.length) {
        throw new Error('unpack: a record has an unknown role or case rule');
      }
    }
  }
  if (at !== numbers.length) throw new Error('unpack: the records do not match the patterns');
  return { recordsAt, entityBefore, count };
}
