import type { Entity } from './types';

/** Anything that answers an entity id with its entity: the gazetteer, or the gazetteer and one run. */
export interface EntityLookup {
  get(id: string): Entity | undefined;
}

/**
 * What one recognition learns from its text alone: the people, state bodies and organisations the
 * knowledge base lacks, read from the article's wording. It lives as long as one analysis, so what one
 * page says never shapes how the next page is read.
 */
export class RecognitionRun {
  private readonly found = new Map<string, Entity>();

  /** `date`: the article's date (ISO), when known; a title then names whoever held it on that date. */
  constructor(readonly date?: string) {}

  /**
   * Keeps an entity read from the text under its id; the first reading of an id wins, so every mention
   * of it in this run points at one entity object. Returns the entity to use.
   */
  discover<T extends Entity>(entity: T): Entity {
    const seen = this.found.get(entity.id);
    if (seen) return seen;
    this.found.set(entity.id, entity);
    return entity;
  }

  get(id: string): Entity | undefined {
    return this.found.get(id);
  }

  /** Every entity read from the text so far, in the order first met. */
  entities(): Entity[] {
    return [...this.found.values()];
  }
}

/** A lookup that answers from the run first (its ids are never the knowledge base's), then the base. */
export function lookupWith(base: EntityLookup, discovered: readonly Entity[]): EntityLookup {
  if (discovered.length === 0) return base;
  const byId = new Map(discovered.map((entity) => [entity.id, entity]));
  return { get: (id) => byId.get(id) ?? base.get(id) };
}
