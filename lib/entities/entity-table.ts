import { isPerson, type Entity } from './types';

/**
 * An entity as pages need it once its terms are compiled: the card's fields and the rules read while
 * recognising, without the names only the automaton needs (aliases, demonyms, trigger phrases), so
 * the names are not in the bundle twice, and without the description of a person with dated roles
 * (the card sums up their roles instead: describe.ts `careerSummary`).
 */
export function entityForPages(entity: Entity): Entity {
  const { aliases: _aliases, weakAliases: _weakAliases, triggers: _triggers, ...rest } = entity;
  if (isPerson(rest) && rest.roles.length > 0) {
    delete rest.description;
    // A role's source stays in the data (open-data.generated.jsonl); the entity's own source ships.
    if (rest.roles.some((role) => role.source)) rest.roles = rest.roles.map(({ source: _source, ...role }) => role);
  }
  return rest;
}

/** How ids begin, by kind (design.md: stable readable slugs). */
const ID_PREFIX: Record<Entity['kind'], string> = { person: 'person', place: 'place', organization: 'org', country: 'country', dispute: 'dispute' };

/** The id an entity's kind and plain-ASCII name give ("person:fumio-kishida" for Fumio Kishida). */
export function idFromName(kind: Entity['kind'], name: string): string {
  return `${ID_PREFIX[kind]}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`;
}

/** An entity as the build ships it: as pages need it, without an id that `idFromName` gives back. */
export type ShippedEntity = Omit<Entity, 'id'> & { id?: string };

export function shipEntity(entity: Entity): ShippedEntity {
  const shipped: ShippedEntity = entityForPages(entity);
  if (shipped.id === idFromName(shipped.kind, shipped.name)) delete shipped.id;
  return shipped;
}

/** One shipped entity's JSON row back as the entity, its id in place. */
export function unshipEntity(row: string): Entity {
  const entity = JSON.parse(row) as ShippedEntity;
  entity.id ??= idFromName(entity.kind, entity.name);
  return entity as Entity;
}

/**
 * Shipped entity rows read one at a time: a list of strings, or the knowledge base's binary file,
 * which can also say where an id is without reading every row.
 */
export interface EntityRows {
  readonly length: number;
  row(index: number): string;
  /** The position of the entity with this id, if the rows can tell without being read. */
  indexOf?(id: string): number | undefined;
}

function rowList(rows: readonly string[]): EntityRows {
  return { length: rows.length, row: (index) => rows[index]! };
}

/**
 * The gazetteer's entities by position (as packed data refers to them) and by id. Unpacked from the
 * build's JSON rows, each entity is parsed when a text first names it: a page reads a few dozen of
 * them, not the thousands shipped. Looking up an id not read yet asks the rows where it is, or else
 * reads them all, once.
 */
export class EntityTable {
  private readonly byIndex: (Entity | undefined)[];
  private readonly byId = new Map<string, Entity>();
  private unread: number;

  private constructor(
    private readonly rows: EntityRows,
    entities: readonly Entity[] | null,
  ) {
    this.byIndex = entities ? [...entities] : new Array(rows.length);
    this.unread = entities ? 0 : rows.length;
    for (const entity of entities ?? []) {
      if (this.byId.has(entity.id)) throw new Error(`duplicate entity id ${entity.id}`);
      this.byId.set(entity.id, entity);
    }
  }

  /** A table of entities at hand (compiling from the data). */
  static of(entities: readonly Entity[]): EntityTable {
    return new EntityTable(rowList([]), entities);
  }

  /** A table that reads `shipEntity` rows as they are needed. */
  static fromRows(rows: readonly string[] | EntityRows): EntityTable {
    return new EntityTable(Array.isArray(rows) ? rowList(rows) : (rows as EntityRows), null);
  }

  get size(): number {
    return this.byIndex.length;
  }

  at(index: number): Entity {
    let entity = this.byIndex[index];
    if (!entity) {
      if (index < 0 || index >= this.rows.length) throw new Error(`no entity at ${index}`);
      entity = unshipEntity(this.rows.row(index));
      this.byIndex[index] = entity;
      this.byId.set(entity.id, entity);
      this.unread--;
    }
    return entity;
  }

  /** The entity with this id if it has been read (or was at hand). */
  getIfRead(id: string): Entity | undefined {
    return this.byId.get(id);
  }

  get(id: string): Entity | undefined {
    const known = this.byId.get(id);
    if (known || this.unread === 0) return known;
    if (this.rows.indexOf) {
      const index = this.rows.indexOf(id);
      return index === undefined ? undefined : this.at(index);
    }
    for (let index = 0; index < this.byIndex.length; index++) this.at(index);
    return this.byId.get(id);
  }
}
