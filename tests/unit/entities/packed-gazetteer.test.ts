import { describe, expect, it, vi } from 'vitest';
import { getGazetteer } from '../../../lib/entities';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { loadGazetteerEntities, loadPackedGazetteer } from '../../../lib/entities/data/gazetteer.generated';
import { EntityTable, entityForPages, shipEntity, unshipEntity } from '../../../lib/entities/entity-table';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import { recogniseArticle } from '../../../lib/entities/recognise-article';

const compiled = Gazetteer.compile(ALL_ENTITIES);
const ROWS = loadGazetteerEntities();
const PACKED_GAZETTEER = loadPackedGazetteer();
const STALE = 'lib/entities/data/gazetteer.generated.ts is stale: run `npm run generate:gazetteer`';

describe('the build-time gazetteer', () => {
  it('is up to date with the entity data (if not: npm run generate:gazetteer)', () => {
    // A stale module would recognise yesterday's terms; the build regenerates it, this catches a commit without it.
    expect(compiled.pack(ALL_ENTITIES), STALE).toEqual(PACKED_GAZETTEER);
    expect(ROWS.map(unshipEntity), STALE).toEqual(ALL_ENTITIES.map(entityForPages));
  });

  it('ships entities without the names only the automaton needs', () => {
    const shipped = ROWS.map(unshipEntity);
    const yoon = shipped.find((e) => e.id === 'person:yoon-suk-yeol')!;
    expect(yoon.name).toBe('Yoon Suk-yeol');
    expect(yoon.aliases).toBeUndefined();
    expect(shipped.some((e) => e.triggers || e.weakAliases)).toBe(false);
    expect(ALL_ENTITIES.find((e) => e.id === 'person:yoon-suk-yeol')!.aliases, 'the data keeps them').toContain('Yoon Seok-yeol');
  });

  it('ships an id only where the name does not give it back', () => {
    const byId = (id: string) => ALL_ENTITIES.find((e) => e.id === id)!;
    expect(shipEntity(byId('person:fumio-kishida')).id).toBeUndefined();
    expect(shipEntity(byId('person:sebastien-lecornu')).id, 'an accented name keeps its id').toBe('person:sebastien-lecornu');
    expect(shipEntity(byId('country:jp')).id).toBe('country:jp');
    expect(ALL_ENTITIES.map((e) => unshipEntity(JSON.stringify(shipEntity(e))).id)).toEqual(ALL_ENTITIES.map((e) => e.id));
  });

  it('unpacks to the same terms, records and titles as compiling the data', () => {
    const unpacked = Gazetteer.unpack(ROWS, PACKED_GAZETTEER);
    expect(unpacked.termCount).toBe(compiled.termCount);
    expect(unpacked.entityCount).toBe(compiled.entityCount);
    expect(unpacked.automaton.stateCount).toBe(compiled.automaton.stateCount);
    // The pack numbers patterns in the automaton's state order: compare what each pattern holds, in any order.
    const summary = (g: Gazetteer) =>
      Array.from({ length: g.patternCount }, (_, i) =>
        JSON.stringify([
          g.automaton.patternLengths[i],
          g.titles[i],
          g.recordsOf(i).map((r) => [r.entity.id, r.role, r.caseRule, r.unspacedStart, r.unspacedEnd, r.guard?.alias]),
        ]),
      ).sort();
    expect(summary(unpacked)).toEqual(summary(compiled));
  });

  it('recognises an article exactly as the compiled gazetteer does', () => {
    const text =
      'Foreign Minister Yoshimasa Hayashi met South Korean President Yoon Seok-yeol in Seoul on the Takeshima ' +
      'dispute, which Korea calls Dokdo (독도, 竹島); NATO and the WTO were not involved. Georgia, not Atlanta. ' +
      'Yoon later spoke of wartime forced labor and Japan’s export controls. Vice Foreign Minister Jane Doe-Smith listened.';
    const mentions = recognise(text, Gazetteer.unpack(ROWS, PACKED_GAZETTEER));
    expect(mentions.map((m) => m.entityId)).toEqual(expect.arrayContaining(['dispute:takeshima-dokdo', 'person:yoon-suk-yeol']));
    expect(mentions).toEqual(recognise(text, Gazetteer.compile(ALL_ENTITIES)));
  });

  it('is what the page uses, without compiling', () => {
    const compile = vi.spyOn(Gazetteer, 'compile');
    try {
      expect(getGazetteer().entityCount).toBe(ALL_ENTITIES.length);
      expect(getGazetteer().get('country:jp')?.name).toBe('Japan');
      expect(compile).not.toHaveBeenCalled();
    } finally {
      compile.mockRestore();
    }
  });

  it('discovers officials without reading every entity', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const gazetteer = Gazetteer.unpack(ROWS, PACKED_GAZETTEER);
      const { mentions, discovered } = recogniseArticle('Vice Foreign Minister Jane Doe-Smith met Japan’s envoy in Seoul.', gazetteer);
      const official = mentions.find((m) => m.kind === 'person');
      expect(official?.entityId).toBe('person:jane-doe-smith');
      expect(discovered.find((e) => e.id === 'person:jane-doe-smith')?.name).toBe('Jane Doe-Smith');
      expect(parse.mock.calls.length, 'rows read').toBeLessThan(20);
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses a pack made from another entity list', () => {
    expect(() => Gazetteer.unpack(ROWS.slice(1), PACKED_GAZETTEER)).toThrow(/another entity list/);
  });
});

describe('EntityTable', () => {
  it('reads a row when its entity is first needed, and every row for an id not read yet', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const table = EntityTable.fromRows(ROWS);
      expect(parse).not.toHaveBeenCalled();
      const first = table.at(0);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(table.at(0)).toBe(first);
      expect(table.get(first.id)).toBe(first);
      expect(parse).toHaveBeenCalledTimes(1);
      expect(table.get('country:jp')?.name).toBe('Japan');
      expect(parse).toHaveBeenCalledTimes(ROWS.length);
      expect(table.get('person:nobody-at-all')).toBeUndefined();
      expect(parse).toHaveBeenCalledTimes(ROWS.length);
    } finally {
      parse.mockRestore();
    }
  });

  it('refuses two entities with one id', () => {
    const japan = ALL_ENTITIES.find((e) => e.id === 'country:jp')!;
    expect(() => EntityTable.of([japan, { ...japan }])).toThrow(/duplicate entity id country:jp/);
  });
});
