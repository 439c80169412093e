import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { CONFLICTS } from '../../../lib/entities/data/conflicts';
import { CAPITALS, COUNTRIES } from '../../../lib/entities/data/countries.generated';
import { DISPUTES as DISPUTES_CORE } from '../../../lib/entities/data/disputes';
import { DISPUTES_WORLD } from '../../../lib/entities/data/disputes-world';
import { FEATURES } from '../../../lib/entities/data/features';
import { ORGANIZATIONS as ORGANIZATIONS_CORE } from '../../../lib/entities/data/organizations';
import { ORGANIZATIONS_GROUPS } from '../../../lib/entities/data/organizations-groups';
import { ORGANIZATIONS_IGO } from '../../../lib/entities/data/organizations-igo';
import { ORGANIZATIONS_MEDIA } from '../../../lib/entities/data/organizations-media';
import { ORGANIZATIONS_STATE } from '../../../lib/entities/data/organizations-state';
import { ORGANIZATIONS_WORLD } from '../../../lib/entities/data/organizations-world';
import { PEOPLE as PEOPLE_CORE } from '../../../lib/entities/data/people';
import { PEOPLE_AMERICAS_EUROPE } from '../../../lib/entities/data/people-americas-europe';
import { PEOPLE_ARMED_GROUPS } from '../../../lib/entities/data/people-armed-groups';
import { PEOPLE_ASIA_AFRICA } from '../../../lib/entities/data/people-asia-africa';
import { PEOPLE_GERMANY } from '../../../lib/entities/data/people-germany';
import { PEOPLE_IGO } from '../../../lib/entities/data/people-igo';
import { PEOPLE_HISTORY } from '../../../lib/entities/data/people-history';
import { PEOPLE_ROYALS_RELIGION } from '../../../lib/entities/data/people-royals-religion';
import { PLACES as PLACES_CORE } from '../../../lib/entities/data/places';
import { PLACES_DISPUTED } from '../../../lib/entities/data/places-disputed';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { foldTerm } from '../../../lib/entities/normalize';
import { recognise } from '../../../lib/entities/recognise';
import { isDispute, isPerson, type Entity, type EntityKind } from '../../../lib/entities/types';

/** Every person, whichever data file lists them. */
const ORGANIZATIONS = [...ORGANIZATIONS_CORE, ...ORGANIZATIONS_WORLD, ...ORGANIZATIONS_IGO, ...ORGANIZATIONS_STATE, ...ORGANIZATIONS_MEDIA, ...ORGANIZATIONS_GROUPS];
const PEOPLE = [...PEOPLE_CORE, ...PEOPLE_AMERICAS_EUROPE, ...PEOPLE_ASIA_AFRICA, ...PEOPLE_IGO, ...PEOPLE_GERMANY, ...PEOPLE_ROYALS_RELIGION, ...PEOPLE_HISTORY, ...PEOPLE_ARMED_GROUPS];
/** Every dispute, named features inside disputes and wars included. */
const DISPUTES = [...DISPUTES_CORE, ...DISPUTES_WORLD, ...FEATURES, ...CONFLICTS];
const PLACES = [...PLACES_CORE, ...PLACES_DISPUTED];

const PREFIX: Record<EntityKind, string> = {
  person: 'person',
  country: 'country',
  organization: 'org',
  place: 'place',
  dispute: 'dispute',
};
const CATEGORIES = new Set(['territorial', 'maritime', 'historical', 'trade', 'security', 'legal']);

const byId = new Map(ALL_ENTITIES.map((e) => [e.id, e]));
const countryIds = new Set(COUNTRIES.map((c) => c.id));

/** Names, aliases and native names: the terms that always mean their entity. */
function strongTerms(entity: Entity): string[] {
  return [entity.name, ...(entity.aliases ?? []), ...(entity.native ?? [])];
}

/**
 * The key two terms collide on. Hangul is compared as written: foldTerm currently decomposes a Hangul
 * syllable and keeps only its first jamo, which would make unrelated Korean names (김정은, 김정일) look
 * alike; that is a matcher issue, not a data one.
 */
function key(term: string): string {
  return /[\uAC00-\uD7AF]/.test(term) ? term.normalize('NFC') : foldTerm(term);
}

/** Folded term → ids of the entities that use it with the given role. */
function index(terms: (e: Entity) => string[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const entity of ALL_ENTITIES) {
    for (const term of terms(entity)) {
      const k = key(term);
      const ids = map.get(k) ?? new Set<string>();
      ids.add(entity.id);
      map.set(k, ids);
    }
  }
  return map;
}
const strong = index(strongTerms);

/** The entity a term (alias, trigger, surname…) names, checked by id. */
function entityWith(id: string): Entity {
  const entity = byId.get(id);
  if (!entity) throw new Error(`missing entity ${id}`);
  return entity;
}
const has = (list: readonly string[] | undefined, term: string) => (list ?? []).some((t) => foldTerm(t) === foldTerm(term));

/** A role/ISO date: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
function validDate(date: string): boolean {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return false;
  const [y, m = 1, d = 1] = date.split('-').map(Number) as [number, number?, number?];
  const parsed = new Date(Date.UTC(y, m - 1, d));
  return parsed.getUTCFullYear() === y && parsed.getUTCMonth() === m - 1 && parsed.getUTCDate() === d;
}
const startOf = (date: string) => date.padEnd(10, date.length === 4 ? '-01-01' : '-01');
const endOf = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

describe('gazetteer data: shape', () => {
  it('has unique ids of the form <kind prefix>:<slug>', () => {
    const ids = ALL_ENTITIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entity of ALL_ENTITIES) {
      expect(entity.id, entity.id).toMatch(/^(person|country|org|place|dispute):[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entity.id.split(':')[0], entity.id).toBe(PREFIX[entity.kind]);
    }
  });

  it('keeps each kind in its own module', () => {
    const kinds = (list: readonly Entity[]) => new Set(list.map((e) => e.kind));
    expect(kinds(COUNTRIES)).toEqual(new Set(['country']));
    expect(kinds([...CAPITALS, ...PLACES])).toEqual(new Set(['place']));
    expect(kinds(ORGANIZATIONS)).toEqual(new Set(['organization']));
    expect(kinds(PEOPLE)).toEqual(new Set(['person']));
    expect(kinds(DISPUTES)).toEqual(new Set(['dispute']));
    expect(ALL_ENTITIES.length).toBe(
      COUNTRIES.length + CAPITALS.length + PLACES.length + ORGANIZATIONS.length + PEOPLE.length + DISPUTES.length,
    );
  });

  it('gives every entity a name and a description (disputes: a summary), and no blank or padded terms', () => {
    for (const entity of ALL_ENTITIES) {
      expect(entity.name.trim(), entity.id).not.toBe('');
      // Disputes carry a summary instead (checked below).
      if (!isDispute(entity)) expect(entity.description?.trim(), entity.id).toBeTruthy();
      const terms = [...strongTerms(entity), ...(entity.weakAliases ?? []), ...(entity.triggers ?? [])];
      if (isPerson(entity) && entity.surname) terms.push(entity.surname);
      for (const term of terms) {
        expect(term, entity.id).toBe(term.trim());
        expect(foldTerm(term).length, `${entity.id}: "${term}"`).toBeGreaterThan(0);
      }
    }
  });

  it('refers only to existing countries', () => {
    for (const entity of ALL_ENTITIES) {
      if (entity.country) expect(countryIds.has(entity.country), `${entity.id} → ${entity.country}`).toBe(true);
      if (isPerson(entity)) {
        for (const role of entity.roles) {
          if (role.country) expect(countryIds.has(role.country), `${entity.id} → ${role.country}`).toBe(true);
        }
      }
      if (isDispute(entity)) {
        for (const party of entity.parties) expect(countryIds.has(party), `${entity.id} → ${party}`).toBe(true);
        for (const { party } of entity.names) expect(countryIds.has(party), `${entity.id} → ${party}`).toBe(true);
      }
    }
  });

  it('links every place to a country unless it is a region, sea or contested place', () => {
    for (const capital of CAPITALS) expect(capital.country, capital.id).toBeTruthy();
    expect(entityWith('place:tokyo').country).toBe('country:jp');
    expect(entityWith('place:seoul').country).toBe('country:kr');
    expect(entityWith('place:pyongyang').country).toBe('country:kp');
    expect(entityWith('place:crimea').country).toBe('country:ua');
    expect(entityWith('place:korean-peninsula').country).toBeUndefined();
  });

  it('gives roles well-formed date ranges', () => {
    for (const person of PEOPLE.filter(isPerson)) {
      expect(Array.isArray(person.roles), person.id).toBe(true);
      for (const role of person.roles) {
        const label = `${person.id} ${role.title} ${role.from}–${role.to ?? ''}`;
        expect(role.title.trim(), label).not.toBe('');
        expect(validDate(role.from), label).toBe(true);
        if (role.to !== undefined) {
          expect(validDate(role.to), label).toBe(true);
          expect(startOf(role.from) <= endOf(role.to), label).toBe(true);
        }
        expect(startOf(role.from) <= '2026-12-31', label).toBe(true);
      }
    }
  });

  it('gives every dispute two or more parties, a name for each party, a category and a summary', () => {
    for (const dispute of DISPUTES) {
      expect(dispute.parties.length, dispute.id).toBeGreaterThanOrEqual(2);
      expect(new Set(dispute.parties).size, dispute.id).toBe(dispute.parties.length);
      const named = new Set(dispute.names.map((n) => n.party));
      for (const party of dispute.parties) expect(named.has(party), `${dispute.id}: ${party}`).toBe(true);
      for (const { name } of dispute.names) expect(name.trim(), dispute.id).not.toBe('');
      expect(CATEGORIES.has(dispute.category), dispute.id).toBe(true);
      expect(dispute.summary.trim().length, dispute.id).toBeGreaterThan(20);
    }
  });

  it('gives every named feature inside a dispute each claimant’s name as a term on its card', () => {
    for (const feature of FEATURES) {
      expect(feature.neutralName, feature.id).toBeTruthy();
      expect(feature.parties.length, feature.id).toBeGreaterThanOrEqual(2);
      const terms = [...strongTerms(feature)].map(foldTerm);
      // Every party's name is on the card; the main part of it (before any parenthesis) is also matched in text.
      for (const { party, name } of feature.names) {
        const main = name.replace(/\s*\(.*\)$/, '');
        const matched = terms.some((t) => foldTerm(main).includes(t) || t.includes(foldTerm(main)));
        expect(matched, `${feature.id}: ${party} "${name}"`).toBe(true);
      }
    }
  });

  it.each([
    ['international-bodies', 'people-igo.ts', 50],
    ['Holy See and religious leaders', 'people-royals-religion.ts', 10],
    ['leaders of the past', 'people-history.ts', 10],
  ])('cites a source, or says it was not re-checked, for every role in the %s file', (_, file, least) => {
    const source = readFileSync(fileURLToPath(new URL(`../../../lib/entities/data/${file}`, import.meta.url)), 'utf8');
    const roleLines = source.split('\n').filter((line) => /\br\('/.test(line));
    expect(roleLines.length).toBeGreaterThan(least);
    for (const line of roleLines) expect(line, line.trim()).toMatch(/\/\/ .*(\d{4}-\d{2}|not re-checked)/);
  });

  it('has the expected numbers of entities', () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(190);
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(150);
    expect(DISPUTES.length).toBeGreaterThanOrEqual(60);
    expect(PEOPLE.length).toBeGreaterThanOrEqual(80);
    expect(CAPITALS.length).toBeGreaterThanOrEqual(180);
  });

  it('keeps the generated country module small', () => {
    const file = fileURLToPath(new URL('../../../lib/entities/data/countries.generated.ts', import.meta.url));
    expect(statSync(file).size).toBeLessThan(120 * 1024);
  });
});

describe('gazetteer data: terms', () => {
  it('never gives one name, alias or native name to two entities', () => {
    const shared = [...strong].filter(([, ids]) => ids.size > 1).map(([term, ids]) => `${term}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('keeps demonyms, triggers and surnames apart from other entities’ names', () => {
    const clashes: string[] = [];
    for (const entity of ALL_ENTITIES) {
      const soft = [...(entity.weakAliases ?? []), ...(entity.triggers ?? [])];
      if (isPerson(entity) && entity.surname) soft.push(entity.surname);
      for (const term of soft) {
        const owners = [...(strong.get(key(term)) ?? [])].filter((id) => id !== entity.id);
        if (owners.length) clashes.push(`${entity.id} "${term}" = ${owners.join(', ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('gives each demonym to one country', () => {
    const weak = index((e) => e.weakAliases ?? []);
    expect([...weak].filter(([, ids]) => ids.size > 1).map(([t]) => t)).toEqual([]);
  });

  it('has no aliases that are dangerous as English words', () => {
    const dangerous = new Set(['in', 'us', 'is', 'it', 'no', 'me', 'or', 'to', 'so', 'am', 'be', 'do', 'go', 'an', 'as', 'at', 'of', 'on', 'we']);
    for (const entity of ALL_ENTITIES) {
      for (const term of [...strongTerms(entity), ...(entity.weakAliases ?? [])]) {
        // Two-letter Latin terms are allowed only in capitals ("US", "UK", "AU"), which the matcher requires.
        if (/^[A-Za-z.]{1,3}$/.test(term) && term.replace(/\./g, '').length <= 2) {
          expect(term, `${entity.id}: "${term}"`).toBe(term.toUpperCase());
        }
        expect(dangerous.has(term), `${entity.id}: "${term}"`).toBe(false);
      }
    }
  });

  it('lets only one person stand alone by each surname', () => {
    const standing = new Map<string, string[]>();
    for (const person of PEOPLE.filter(isPerson)) {
      if (!person.surname || !person.surnameStandsAlone) continue;
      const key = foldTerm(person.surname);
      standing.set(key, [...(standing.get(key) ?? []), person.id]);
    }
    expect([...standing].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });
});

describe('gazetteer data: seed articles', () => {
  const strongOf = (id: string, term: string) => has(strongTerms(entityWith(id)), term);

  it('has the people the seeds name, with their romanisations, surnames and native names', () => {
    const yoon = entityWith('person:yoon-suk-yeol');
    for (const n of ['Yoon Suk-yeol', 'Yoon Seok-yeol', 'Yoon Suk Yeol', 'Yoon Seok Yeol', '윤석열', '尹錫悅']) expect(strongOf(yoon.id, n), n).toBe(true);
    const people: [string, string, string, boolean][] = [
      ['person:yoon-suk-yeol', 'Yoon Suk-yeol', 'Yoon', false],
      ['person:yoshimasa-hayashi', 'Yoshimasa Hayashi', 'Hayashi', false],
      ['person:fumio-kishida', 'Fumio Kishida', 'Kishida', true],
      ['person:chung-jin-suk', 'Chung Jin-suk', 'Chung', false],
      ['person:moon-jae-in', 'Moon Jae-in', 'Moon', false],
      ['person:nobuo-kishi', 'Nobuo Kishi', 'Kishi', false],
      ['person:shinzo-abe', 'Shinzo Abe', 'Abe', false],
      ['person:yoshihide-suga', 'Yoshihide Suga', 'Suga', false],
      ['person:koichi-hagiuda', 'Koichi Hagiuda', 'Hagiuda', false],
      ['person:rahm-emanuel', 'Rahm Emanuel', 'Emanuel', false],
      ['person:park-jin', 'Park Jin', 'Park', false],
    ];
    for (const [id, name, surname, stands] of people) {
      const person = entityWith(id);
      expect(isPerson(person), id).toBe(true);
      if (!isPerson(person)) continue;
      expect(person.name).toBe(name);
      expect(person.surname, id).toBe(surname);
      expect(Boolean(person.surnameStandsAlone), id).toBe(stands);
    }
    expect(strongOf('person:yoshimasa-hayashi', '林芳正')).toBe(true);
    expect(strongOf('person:fumio-kishida', '岸田文雄')).toBe(true);
    expect(strongOf('person:moon-jae-in', '문재인')).toBe(true);
    expect(strongOf('person:chung-jin-suk', '정진석')).toBe(true);
    expect(strongOf('person:shinzo-abe', '安倍晋三')).toBe(true);
  });

  it('knows what each seed person was at the article’s date', () => {
    const at = (id: string, date: string) => {
      const person = entityWith(id);
      if (!isPerson(person)) throw new Error(id);
      return person.roles.filter((r) => startOf(r.from) <= date && (!r.to || date <= endOf(r.to))).map((r) => `${r.title} ${r.country}`);
    };
    expect(at('person:yoshimasa-hayashi', '2022-04-25')).toEqual(['Foreign Minister country:jp']);
    expect(at('person:fumio-kishida', '2022-05-10')).toEqual(['Prime Minister country:jp']);
    expect(at('person:moon-jae-in', '2022-04-25')).toEqual(['President country:kr']);
    expect(at('person:yoon-suk-yeol', '2022-05-10')).toEqual(['President country:kr']);
    expect(at('person:yoon-suk-yeol', '2022-04-25')).toEqual([]); // President-elect
    expect(at('person:nobuo-kishi', '2022-04-25')).toEqual(['Defense Minister country:jp']);
    expect(at('person:koichi-hagiuda', '2022-04-25')).toEqual(['Economy, Trade and Industry Minister country:jp']);
    expect(at('person:rahm-emanuel', '2022-05-10')).toEqual(['Ambassador to Japan country:us']);
  });

  it('has the countries with the names and abbreviations news uses', () => {
    const cases: [string, string[]][] = [
      ['country:jp', ['Japan', '日本']],
      ['country:kr', ['South Korea', 'Republic of Korea', 'S.Korea', 'S. Korea', 'ROK', '대한민국', '한국', '韓國']],
      ['country:kp', ['North Korea', "Democratic People's Republic of Korea", 'DPRK', 'N.Korea', 'N. Korea', '조선민주주의인민공화국', '북한', '北朝鮮']],
      ['country:us', ['United States', 'United States of America', 'U.S.', 'US', 'USA', 'U.S.A.', 'America']],
      ['country:gb', ['United Kingdom', 'U.K.', 'UK', 'Britain', 'Great Britain']],
      ['country:cn', ['China', "People's Republic of China", 'PRC', '中国', '中國']],
      ['country:tw', ['Taiwan', '臺灣', '台灣']],
      ['country:ru', ['Russia', 'Russian Federation']],
      ['country:ua', ['Ukraine']],
      ['country:ae', ['United Arab Emirates', 'UAE']],
      ['country:mm', ['Myanmar', 'Burma']],
      ['country:ci', ['Ivory Coast', "Côte d'Ivoire"]],
      ['country:cz', ['Czech Republic', 'Czechia']],
      ['country:tr', ['Turkey', 'Türkiye']],
      ['country:ir', ['Iran']],
      ['country:sy', ['Syria']],
      ['country:vn', ['Vietnam']],
      ['country:la', ['Laos']],
      ['country:xk', ['Kosovo']],
      ['country:ps', ['Palestine']],
      ['country:eh', ['Western Sahara']],
      ['country:hk', ['Hong Kong']],
      ['country:mo', ['Macau']],
      ['country:gl', ['Greenland']],
      ['country:somaliland', ['Somaliland']],
      ['country:abkhazia', ['Abkhazia']],
      ['country:south-ossetia', ['South Ossetia']],
      ['country:northern-cyprus', ['Northern Cyprus']],
      ['country:transnistria', ['Transnistria']],
    ];
    for (const [id, terms] of cases) for (const term of terms) expect(strongOf(id, term), `${id}: ${term}`).toBe(true);
    for (const [id, demonym] of [
      ['country:jp', 'Japanese'],
      ['country:kr', 'South Korean'],
      ['country:kp', 'North Korean'],
      ['country:us', 'American'],
      ['country:gb', 'British'],
      ['country:cn', 'Chinese'],
    ] as const) {
      expect(has(entityWith(id).weakAliases, demonym), `${id}: ${demonym}`).toBe(true);
    }
    expect(entityWith('country:jp').weakAliases).not.toContain('Japan');
  });

  it('has the places, organisations and disputes the seeds name', () => {
    expect(entityWith('place:tokyo').name).toBe('Tokyo');
    expect(entityWith('place:seoul').name).toBe('Seoul');
    expect(entityWith('place:korean-peninsula').name).toBe('Korean Peninsula');
    expect(strongOf('place:sea-of-japan-east-sea', 'Sea of Japan')).toBe(true);
    expect(strongOf('place:sea-of-japan-east-sea', 'East Sea')).toBe(true);
    expect(strongOf('org:wto', 'World Trade Organization')).toBe(true);
    expect(strongOf('org:wto', 'WTO')).toBe(true);
    expect(strongOf('org:g7', 'G7')).toBe(true);
    for (const id of ['org:un', 'org:nato', 'org:asean', 'org:g20', 'org:eu', 'org:iaea']) expect(byId.has(id), id).toBe(true);
    expect(has(entityWith('org:kr-national-assembly').triggers, 'National Assembly')).toBe(true);
    expect(entityWith('org:kr-national-assembly').country).toBe('country:kr');
    expect(has(entityWith('org:jp-ldp').triggers, 'Liberal Democratic Party')).toBe(true);
    expect(has(entityWith('org:jp-self-defense-forces').triggers, 'Self-Defense Forces')).toBe(true);
    expect(strongOf('org:jp-self-defense-forces', 'Japan Self-Defense Forces')).toBe(true);

    const takeshima = entityWith('dispute:takeshima-dokdo');
    if (!isDispute(takeshima)) throw new Error('not a dispute');
    for (const n of ['Takeshima', 'Dokdo', 'Tokdo', 'Liancourt Rocks', '竹島', '독도', '獨島']) expect(strongOf(takeshima.id, n), n).toBe(true);
    expect(takeshima.names).toEqual([
      { party: 'country:jp', name: 'Takeshima' },
      { party: 'country:kr', name: 'Dokdo' },
    ]);
    expect(takeshima.neutralName).toBe('Liancourt Rocks');
    const triggers: [string, string[]][] = [
      ['dispute:comfort-women', ['comfort women', 'comfort woman']],
      ['dispute:wartime-forced-labor', ['forced labor', 'forced labour', 'wartime labor', 'forced laborers']],
      ['dispute:japan-korea-export-controls', ['export controls', 'export restrictions', 'white list', 'whitelist']],
      ['dispute:japan-korea-radar-incident', ['fire control radar', 'fire-control radar', 'radar incident', 'radar lock']],
    ];
    for (const [id, terms] of triggers) {
      const dispute = entityWith(id);
      if (!isDispute(dispute)) throw new Error(id);
      expect(dispute.parties, id).toEqual(['country:jp', 'country:kr']);
      for (const term of terms) expect(has(dispute.triggers, term), `${id}: ${term}`).toBe(true);
    }
  });
});

describe('gazetteer data: recognition of seed sentences', () => {
  const gazetteer = Gazetteer.compile(ALL_ENTITIES);
  const found = (text: string) =>
    recognise(text, gazetteer)
      .filter((m) => !m.weak)
      .map((m) => [m.surface, m.entityId]);

  it('recognises the first seed’s names with their kinds and resolves short forms', () => {
    const text =
      'Japanese cabinet ministers and members of a delegation sent by South Korean President-elect Yoon Suk-yeol agreed on Monday. ' +
      'A series of meetings between Yoon’s representatives and Foreign Minister Yoshimasa Hayashi could pave the way for a meeting with Prime Minister Fumio. Kishida. ' +
      'Hayashi and the delegation agreed, said Chung Jin-suk, vice-president of the National Assembly, after talks at the Foreign Ministry in Tokyo. ' +
      'Under incumbent President Moon Jae-in’s administration, ties between Tokyo and Seoul have sunk, stemming from Japan’s colonial rule on the Korean Peninsula. ' +
      'The two nations have disagreed over islets known as Takeshima in Japan and as Dokdo in South Korea, and over the Moon administration’s handling of ‘comfort women’ and wartime forced labor. ' +
      'Seoul has filed a complaint with the World Trade Organization against Japan which imposes export controls. ' +
      'The South Korean navy allegedly locked its fire control radar on a Self-Defense Forces patrol plane. ' +
      'Yoon is focused on a better relationship with Japan and the United States following Russia’s invasion of Ukraine and launches by North Korea. ' +
      'The delegation met Defense Minister Nobuo Kishi, former Prime Minister Shinzo Abe, who leads the largest faction within the ruling Liberal Democratic Party, and his successor, Yoshihide Suga. ' +
      'Economy, Trade and Industry Minister Koichi Hagiuda discussed export controls; Japan wants Seoul to withdraw its complaint to the WTO.';
    const mentions = found(text);
    const expected: [string, string][] = [
      ['Yoon Suk-yeol', 'person:yoon-suk-yeol'],
      ['Yoon', 'person:yoon-suk-yeol'],
      ['Yoshimasa Hayashi', 'person:yoshimasa-hayashi'],
      ['Kishida', 'person:fumio-kishida'],
      ['Hayashi', 'person:yoshimasa-hayashi'],
      ['Chung Jin-suk', 'person:chung-jin-suk'],
      ['National Assembly', 'org:kr-national-assembly'],
      ['Tokyo', 'place:tokyo'],
      ['Moon Jae-in', 'person:moon-jae-in'],
      ['Seoul', 'place:seoul'],
      ['Japan', 'country:jp'],
      ['Korean Peninsula', 'place:korean-peninsula'],
      ['Takeshima', 'dispute:takeshima-dokdo'],
      ['Dokdo', 'dispute:takeshima-dokdo'],
      ['South Korea', 'country:kr'],
      ['Moon', 'person:moon-jae-in'],
      ['comfort women', 'dispute:comfort-women'],
      ['forced labor', 'dispute:wartime-forced-labor'],
      ['World Trade Organization', 'org:wto'],
      ['export controls', 'dispute:japan-korea-export-controls'],
      ['fire control radar', 'dispute:japan-korea-radar-incident'],
      ['Self-Defense Forces', 'org:jp-self-defense-forces'],
      ['United States', 'country:us'],
      ['Russia', 'country:ru'],
      ['Ukraine', 'country:ua'],
      ['North Korea', 'country:kp'],
      ['Nobuo Kishi', 'person:nobuo-kishi'],
      ['Shinzo Abe', 'person:shinzo-abe'],
      ['Liberal Democratic Party', 'org:jp-ldp'],
      ['Yoshihide Suga', 'person:yoshihide-suga'],
      ['Koichi Hagiuda', 'person:koichi-hagiuda'],
      ['WTO', 'org:wto'],
    ];
    for (const pair of expected) expect(mentions, pair.join(' → ')).toContainEqual(pair);
  });

  it('recognises the second seed’s romanisation, abbreviations and ambassador', () => {
    const mentions = found(
      'TOKYO (Reuters) – Japan and South Korea have agreed, Japanese Foreign Minister Yoshimasa Hayashi said after meeting Yoon Seok-yeol. ' +
        'Yoon was sworn in as Washington seeks co-operation with Tokyo and Seoul amid threats from North Korea. ' +
        'Ties between the key U.S. security allies have been dogged by disagreements ranging from wartime forced labor to export controls. ' +
        'Yoon told Hayashi he hoped to meet Japanese Prime Minister Fumio Kishida. On Monday, Rahm Emanuel, the U.S. ambassador to Tokyo, spoke. ' +
        'Japan says S.Korea wants to work on improving ties.',
    );
    for (const pair of [
      ['TOKYO', 'place:tokyo'],
      ['Yoon Seok-yeol', 'person:yoon-suk-yeol'],
      ['Yoon', 'person:yoon-suk-yeol'],
      ['Hayashi', 'person:yoshimasa-hayashi'],
      ['U.S.', 'country:us'],
      ['forced labor', 'dispute:wartime-forced-labor'],
      ['export controls', 'dispute:japan-korea-export-controls'],
      ['Fumio Kishida', 'person:fumio-kishida'],
      ['Rahm Emanuel', 'person:rahm-emanuel'],
      ['S.Korea', 'country:kr'],
    ]) {
      expect(mentions, pair.join(' → ')).toContainEqual(pair);
    }
  });

  it('recognises the structures page and the hostile page’s names', () => {
    const mentions = found(
      'Japan and the Republic of Korea met in Tokyo; a South Korean destroyer locked its fire-control radar on a Japanese patrol plane. ' +
        'SEOUL — South Korea’s Foreign Ministry protested Japanese school textbooks that describe the Dokdo islets, which Japan calls Takeshima, ' +
        'and raised wartime forced labor and the "comfort women" forced to work in Japanese military brothels.',
    );
    for (const pair of [
      ['Republic of Korea', 'country:kr'],
      ['fire-control radar', 'dispute:japan-korea-radar-incident'],
      ['SEOUL', 'place:seoul'],
      ['school textbooks', 'dispute:japan-history-textbooks'],
      ['Dokdo', 'dispute:takeshima-dokdo'],
      ['Takeshima', 'dispute:takeshima-dokdo'],
      ['comfort women', 'dispute:comfort-women'],
    ]) {
      expect(mentions, pair.join(' → ')).toContainEqual(pair);
    }
  });

  it('does not attach generic phrases without their context, nor lowercase words', () => {
    expect(found('A report on forced labor and export controls in global supply chains.')).toEqual([]);
    expect(found('It is in us to go on; no, it is not.')).toEqual([]);
    expect(found('Xi’an hosted the summit; Xi spoke.')).toEqual([
      ['Xi’an', 'place:xian'],
      ['Xi', 'person:xi-jinping'],
    ]);
    expect(found('Latin America and America')).toEqual([
      ['Latin America', 'place:latin-america'],
      ['America', 'country:us'],
    ]);
  });
});
