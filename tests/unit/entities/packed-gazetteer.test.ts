import { describe, expect, it, vi } from 'vitest';
import { getGazetteer } from '../../../lib/entities';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { PACKED_GAZETTEER } from '../../../lib/entities/data/gazetteer.generated';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import type { Entity } from '../../../lib/entities/types';

const compiled = Gazetteer.compile(ALL_ENTITIES);

describe('the build-time gazetteer', () => {
  it('is up to date with the entity data (if not: npm run generate:gazetteer)', () => {
    // A stale module would recognise yesterday's terms; the build regenerates it, this catches a commit without it.
    expect(compiled.pack(ALL_ENTITIES), 'lib/entities/data/gazetteer.generated.ts is stale: run `npm run generate:gazetteer`').toEqual(
      PACKED_GAZETTEER,
    );
  });

  it('unpacks to the same terms, records and titles as compiling the data', () => {
    const unpacked = Gazetteer.unpack(ALL_ENTITIES, PACKED_GAZETTEER);
    expect(unpacked.termCount).toBe(compiled.termCount);
    expect(unpacked.automaton.stateCount).toBe(compiled.automaton.stateCount);
    expect(unpacked.titles).toEqual(compiled.titles);
    const summary = (g: Gazetteer) =>
      Array.from({ length: g.patternCount }, (_, i) => g.recordsOf(i)).map((list) => list.map((r) => [r.entity.id, r.role, r.caseRule, r.unspacedStart, r.unspacedEnd, r.guard?.alias]));
    expect(summary(unpacked)).toEqual(summary(compiled));
  });

  it('recognises an article exactly as the compiled gazetteer does', () => {
    const text =
      'Foreign Minister Yoshimasa Hayashi met South Korean President Yoon Suk-yeol in Seoul on the Takeshima ' +
      'dispute, which Korea calls Dokdo (독도, 竹島); NATO and the WTO were not involved. Georgia, not Atlanta.';
    const unpacked = Gazetteer.unpack(ALL_ENTITIES, PACKED_GAZETTEER);
    const mentions = recognise(text, unpacked);
    expect(mentions.map((m) => m.entityId)).toContain('dispute:takeshima-dokdo');
    expect(mentions).toEqual(recognise(text, Gazetteer.compile(ALL_ENTITIES)));
  });

  it('is what the page uses, without compiling', () => {
    const compile = vi.spyOn(Gazetteer, 'compile');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(getGazetteer().entities.size).toBe(ALL_ENTITIES.length);
      expect(compile).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      compile.mockRestore();
      warn.mockRestore();
    }
  });

  it('refuses a pack made from another entity list', () => {
    const fewer: Entity[] = ALL_ENTITIES.slice(1);
    expect(() => Gazetteer.unpack(fewer, PACKED_GAZETTEER)).toThrow(/another entity list/);
  });
});
