import { describe, expect, it } from 'vitest';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { careerSummary, dateSpan, describeEntity, roleStatus } from '../../../lib/entities/describe';
import { entityForPages } from '../../../lib/entities/entity-table';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { isPerson, type PersonEntity, type Role } from '../../../lib/entities/types';

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

describe('dates as precise as the data', () => {
  const role = (from: string, to?: string, leaving?: string): Role => ({ title: 'Prime Minister', country: 'country:gb', from, ...(to ? { to } : {}), ...(leaving ? { leaving } : {}) });

  it('never reads a year-only end as 31 December', () => {
    expect(dateSpan('2026')).toEqual({ first: '2026-01-01', last: '2026-12-31', precise: false });
    expect(dateSpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29', precise: false });
    expect(roleStatus(role('2024-07-05', '2026'), '2025-12-31')).toBe('held');
    expect(roleStatus(role('2024-07-05', '2026'), '2026-01-01')).toBe('maybe-ended');
    expect(roleStatus(role('2024-07-05', '2026'), '2026-12-31')).toBe('maybe-ended');
    expect(roleStatus(role('2024-07-05', '2026'), '2027-01-01')).toBe('ended');
    expect(roleStatus(role('2024-07-05', '2026-06'), '2026-06-15')).toBe('maybe-ended');
    expect(roleStatus(role('2024-07-05', '2026-06-22'), '2026-06-22')).toBe('held');
    expect(roleStatus(role('2024-07-05', '2026-06-22'), '2026-06-23')).toBe('ended');
    expect(roleStatus(role('2026'), '2026-03-01')).toBe('maybe-started');
    expect(roleStatus(role('2026'), '2025-12-31')).toBe('not-yet');
  });

  it('says on the card when a year-only end leaves the date uncertain', () => {
    const person: PersonEntity = { id: 'person:test-holder', kind: 'person', name: 'Test Holder', roles: [role('2020-01-10', '2023')] };
    expect(describeEntity(person, gazetteer, '2022-05-01').roleAtDate).toBe('Prime Minister, United Kingdom');
    expect(describeEntity(person, gazetteer, '2023-11-30').roleAtDate).toBe('Prime Minister, United Kingdom (until 2023; the day it ended is not known)');
    expect(describeEntity(person, gazetteer, '2024-01-02').roleAtDate).toBe('');
  });

  it('says an open role whose source vouches only for its start is not known to have gone on', () => {
    const opened: Role = { title: 'Head of state or government', country: 'country:pe', from: '2006-07-28', recordedUntil: '2006-07-28' };
    const person: PersonEntity = { id: 'person:test-leader', kind: 'person', name: 'Test Leader', roles: [opened] };
    expect(roleStatus(opened, '2006-07-28')).toBe('held');
    expect(roleStatus(opened, '2009-01-01')).toBe('unrecorded');
    expect(roleStatus({ ...opened, to: '2011-07-28' }, '2009-01-01'), 'an end, once known, decides').toBe('held');
    expect(describeEntity(person, gazetteer, '2009-01-01').roleAtDate).toBe(
      'Head of state or government, Peru (recorded until 28 July 2006; whether it went on is not known)',
    );
    expect(careerSummary(person, gazetteer)).toBe('Head of state or government, Peru 2006–?');
  });

  it('calls Keir Starmer Prime Minister until his announced resignation, then says the office was changing hands', () => {
    const starmer = person('person:keir-starmer');
    expect(describeEntity(starmer, gazetteer, '2026-03-01').roleAtDate).toBe('Prime Minister, United Kingdom');
    const late = describeEntity(starmer, gazetteer, '2026-11-20').roleAtDate;
    expect(late).toContain('announced leaving on 22 June 2026');
    expect(late).toContain('the day is not known');
    expect(late).not.toBe('Prime Minister, United Kingdom');
    expect(describeEntity(starmer, gazetteer, '2027-02-01').roleAtDate).toBe('');
  });

  it('ends António Guterres’s term as Secretary-General on 31 December 2026', () => {
    const guterres = person('person:antonio-guterres');
    expect(describeEntity(guterres, gazetteer, '2026-12-31').roleAtDate).toBe('Secretary-General of the United Nations');
    expect(describeEntity(guterres, gazetteer, '2027-01-01').roleAtDate).toBe('');
  });

  it('dates the Houthi attacks on Israel from 19 October 2023', () => {
    const redSea = ALL_ENTITIES.find((e) => e.id === 'dispute:houthi-red-sea-attacks')!;
    expect(describeEntity(redSea, gazetteer, '2024-01-10').summary).toContain('on Israel since 19 October 2023');
  });
});
