import { describe, expect, it } from 'vitest';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { careerSummary, describeEntity } from '../../../lib/entities/describe';
import { entityForPages } from '../../../lib/entities/entity-table';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { isPerson, type PersonEntity } from '../../../lib/entities/types';

const gazetteer = Gazetteer.compile(ALL_ENTITIES);
const person = (id: string) => ALL_ENTITIES.find((e) => e.id === id) as PersonEntity;

describe('person cards', () => {
  it('sum up a person’s dated offices, most recent first', () => {
    expect(careerSummary(person('person:fumio-kishida'), gazetteer)).toBe(
      'Prime Minister, Japan 2021–2024 · Foreign Minister, Japan 2012–2017',
    );
  });

  it('say what the person was at the article’s date, and who they are, the same from the full or the shipped data', () => {
    const kishida = person('person:fumio-kishida');
    const card = describeEntity(kishida, gazetteer, '2015-06-01');
    expect(card.roleAtDate).toBe('Foreign Minister, Japan');
    expect(card.description).toContain('Prime Minister, Japan 2021–2024');
    const shipped = entityForPages(kishida);
    expect(shipped.description, 'the page bundle carries no separate description for people with roles').toBeUndefined();
    expect(describeEntity(shipped, gazetteer, '2015-06-01')).toEqual(card);
  });

  it('keep the description of entities that are not people with roles', () => {
    const japan = ALL_ENTITIES.find((e) => e.id === 'country:jp')!;
    expect(entityForPages(japan).description).toBe(japan.description);
    const withoutRoles = ALL_ENTITIES.filter(isPerson).find((p) => p.roles.length === 0 && p.description);
    if (withoutRoles) expect(entityForPages(withoutRoles).description).toBe(withoutRoles.description);
  });
});
