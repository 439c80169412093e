import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { loadGazetteer, recognise } from '../../../lib/entities';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { describeEntity } from '../../../lib/entities/describe';
import { readKnowledgeBase, writeKnowledgeBase } from '../../../lib/entities/knowledge-base-file';
import { isDispute, isPerson, type Entity, type PersonEntity } from '../../../lib/entities/types';

const file = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const OPEN_DATA: Entity[] = readFileSync(file('lib/entities/data/open-data.generated.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Entity);
const SHARED_DATASETS = file('../shared/datasets');

/** A sample spread over the whole file, the same on every run. */
function sample<T>(list: readonly T[], size: number): T[] {
  const step = Math.max(1, Math.floor(list.length / size));
  return list.filter((_, i) => i % step === 0);
}

describe('the open-data layer (lib/entities/data/open-data.generated.jsonl)', () => {
  it('gives every sampled entry a source (dataset and record) and every sampled role a source and consistent dates', () => {
    const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    for (const entity of sample(OPEN_DATA, 500)) {
      expect(entity.source, entity.id).toMatch(/^(wikidata|geonames|partyfacts|phoenix|naturalearth|bioguide|govtrack):\S+$/);
      if (!isPerson(entity)) continue;
      expect(entity.roles.length, entity.id).toBeGreaterThan(0);
      for (const role of entity.roles) {
        expect(role.source, entity.id).toMatch(/^(wikidata-officeholders|us-congress-legislators|phoenix-actors)\//);
        expect(role.from, entity.id).toMatch(ISO);
        if (role.recordedUntil) {
          expect(role.to, `${entity.id}: an end and a last recorded date`).toBeUndefined();
          expect(role.recordedUntil >= role.from, entity.id).toBe(true);
        }
        if (role.to) {
          expect(role.to, entity.id).toMatch(ISO);
          expect(role.to.slice(0, role.from.length) >= role.from.slice(0, role.to.length), `${entity.id}: ${role.from}–${role.to}`).toBe(true);
        }
      }
    }
  });

  it('has readable, stable, unique ids that no curated entity uses', () => {
    const curatedIds = new Set(ALL_ENTITIES.map((e) => e.id));
    const seen = new Set<string>();
    for (const entity of OPEN_DATA) {
      expect(entity.id).toMatch(/^(person|place|org|dispute):[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(seen.has(entity.id), entity.id).toBe(false);
      expect(curatedIds.has(entity.id), entity.id).toBe(false);
      seen.add(entity.id);
    }
  });

  it('leaves people, places and names the curated layer has to it', () => {
    const curatedNames = new Set(ALL_ENTITIES.flatMap((e) => [e.name, ...(e.aliases ?? [])]).map((n) => n.toLowerCase()));
    const clashes = OPEN_DATA.filter((e) => curatedNames.has(e.name.toLowerCase()));
    expect(clashes.map((e) => e.id)).toEqual([]);
    expect(OPEN_DATA.some((e) => e.name === 'Abdullah II of Jordan'), 'a curated king under his realm’s name').toBe(false);
  });

  it('reaches leaders, ministers, cities, regions, parties, armed groups and disputed areas', () => {
    const byId = new Map(OPEN_DATA.map((e) => [e.id, e]));
    const heydar = byId.get('person:heydar-aliyev') as PersonEntity;
    expect(heydar.roles.some((r) => r.title === 'President' && r.country === 'country:az')).toBe(true);
    expect(byId.get('place:surabaya')?.country).toBe('country:id');
    expect(byId.get('place:sverdlovsk')?.kind).toBe('place');
    expect(byId.get('org:all-tripura-tiger-force')?.aliases).toContain('ATTF');
    // An abbreviation on an alias line of its own ("+FARC") is an abbreviation, not a one-word name.
    expect(byId.get('org:popular-front-for-the-liberation-of-palestine-general-command')?.aliases).toContain('PFLP-GC');
    expect(OPEN_DATA.filter((e) => e.kind === 'organization' && (e as { orgType?: string }).orgType === 'party').length).toBeGreaterThan(1500);
    // A party's common name from its Wikipedia title, its acronym in title case, its name without its country.
    expect(byId.get('org:fidesz-hungarian-civic-alliance')?.aliases).toContain('Fidesz');
    expect(byId.get('org:coalition-of-the-radical-left')?.aliases).toContain('Syriza');
    expect(byId.get('org:bangladesh-people-s-league')?.triggers).toContain('Awami League');
    expect(OPEN_DATA.filter(isDispute).every((d) => d.parties.length >= 2 && d.neutralName)).toBe(true);
  });

  it('gives people of China and the Koreas their first word as the family name news uses alone', () => {
    const byId = new Map(OPEN_DATA.map((e) => [e.id, e]));
    expect((byId.get('person:wen-jiabao') as PersonEntity).surname).toBe('Wen');
    // Two letters are a family name there.
    expect((byId.get('person:hu-jintao') as PersonEntity).surname).toBe('Hu');
    expect((byId.get('person:lee-hae-chan') as PersonEntity).surname).not.toBe('Chan');
  });

  it('keeps a family name that is also a noun or carries the Arabic article, but not a month, title, realm or city', () => {
    const surnameOf = (id: string) => (OPEN_DATA.find((e) => e.id === id) as PersonEntity | undefined)?.surname;
    expect(surnameOf('person:gordon-brown')).toBe('Brown');
    expect(surnameOf('person:nouri-al-maliki')).toBe('al-Maliki');
    // A monarch is called by the regnal name; a peer has no family name read alone from the peerage's place.
    expect(surnameOf('person:albert-ii-of-belgium')).toBe('Albert');
    expect(surnameOf('person:abdullah-of-saudi-arabia')).toBe('Abdullah');
    expect(surnameOf('person:derry-irvine-baron-irvine-of-lairg')).toBeUndefined();
    expect(surnameOf('person:joseph-muscat')).toBeUndefined();
    const surnames = new Set(OPEN_DATA.flatMap((e) => (isPerson(e) && e.surname ? [e.surname] : [])));
    for (const word of ['May', 'Will', 'House', 'Justice', 'Lord', 'Major', 'Belgium', 'England', 'Arabia', 'Jordan', 'Lairg']) expect(surnames.has(word), word).toBe(false);
  });

  it('reads a town of under 50,000 only in an article about its country, which a US state’s AP abbreviation tells', async () => {
    const gazetteer = await loadGazetteer();
    const places = (text: string) => recognise(text, gazetteer).filter((m) => m.kind === 'place' && !m.weak).map((m) => m.surface);
    // Fairfax, Virginia (about 24,000 people): in an Australian story "Fairfax" is the media company.
    expect(places('Fairfax and News Corporation editors in Canberra objected.')).toEqual(['Canberra']);
    expect(places('Officials in Fairfax, Virginia, and in Washington agreed.')).toContain('Fairfax');
    // Annapolis (about 40,000): the state's abbreviation alone says the story is in the United States.
    expect(places('The conference last week in Annapolis, Md., ended.')).toEqual(['Annapolis']);
  });

  it('reads an abbreviation several parties share as the party of the country the article is about', async () => {
    const anc = OPEN_DATA.find((e) => e.id === 'org:african-national-congress');
    expect(anc).toMatchObject({ orgType: 'party', triggers: expect.arrayContaining(['ANC']) });
    expect(OPEN_DATA.some((e) => e.triggers?.includes('INC') || e.aliases?.includes('INC'))).toBe(false);
    const gazetteer = await loadGazetteer();
    const orgs = (text: string) => recognise(text, gazetteer).filter((m) => m.kind === 'organization').map((m) => `${m.surface}=${m.entityId}`);
    expect(orgs('In South Africa the ANC won the vote.')).toEqual(['ANC=org:african-national-congress']);
    expect(orgs('The ANC won the vote.')).toEqual([]);
  });

  it('takes no militant of Phoenix’s militarized-groups list for a group, and keeps the groups of that list', () => {
    const organisations = new Set(OPEN_DATA.filter((e) => e.kind === 'organization').map((e) => e.name));
    for (const person of ['Abu Musab', 'Umar Patek', 'Mohammed Atef', 'Dulmatin', 'Sheikh Ahmed Yassin']) expect(organisations.has(person), person).toBe(false);
    for (const group of ['Aum Shinrikyo', 'Lashkar E Sajjad']) expect([...organisations].some((n) => n.toLowerCase() === group.toLowerCase()), group).toBe(true);
  });

  it('gives every UN member but the Holy See office-holders, each role dated and from a dataset', async () => {
    const { default: worldCountries } = await import('world-countries');
    const withHolders = new Set(OPEN_DATA.filter(isPerson).flatMap((p) => p.roles.flatMap((r) => (r.country ? [r.country] : []))));
    const members = worldCountries.filter((c) => c.unMember).map((c) => `country:${c.cca2.toLowerCase()}`);
    // The Holy See's offices are in the curated layer (people-royals-religion.ts).
    expect(members.filter((id) => !withHolders.has(id) && id !== 'country:va')).toEqual([]);
    const byId = new Map(OPEN_DATA.map((e) => [e.id, e]));
    // Peru and Lebanon have no Wikidata list: their leaders come from Phoenix's country file.
    const fujimori = byId.get('person:alberto-fujimori') as PersonEntity;
    expect(fujimori.roles).toEqual([
      { title: 'Head of state or government', country: 'country:pe', from: '1990-07-28', to: '2000-11-22', source: 'phoenix-actors/Phoenix.Countries.actors.txt' },
    ]);
    expect((byId.get('person:emile-lahoud') as PersonEntity).roles[0]?.country).toBe('country:lb');
  });

  it('reads a term Wikidata’s lists leave open as held on the day the list was taken, not as held today', async () => {
    const gazetteer = await loadGazetteer();
    const open = OPEN_DATA.filter(isPerson).flatMap((p) => p.roles.filter((r) => r.source?.startsWith('wikidata-officeholders/') && !r.to));
    expect(open.length).toBeGreaterThan(1000);
    // The lists were taken between July 2022 and March 2023 (../shared/datasets/wikidata-officeholders/*/date).
    expect(open.filter((r) => !r.recordedUntil || r.recordedUntil < '2022-07-01' || r.recordedUntil > '2023-03-31' || r.recordedUntil < r.from)).toEqual([]);
    const walcott = OPEN_DATA.find((e) => e.id === 'person:jerome-x-walcott') as PersonEntity;
    expect(walcott.roles[0]).toMatchObject({ from: '2020-07-22', recordedUntil: '2022-07-23' });
    expect(describeEntity(walcott, gazetteer, '2021-06-01').roleAtDate).toBe('Minister of Foreign Affairs and Foreign Trade, Barbados');
    expect(describeEntity(walcott, gazetteer, '2026-12-05').roleAtDate).toBe(
      'Minister of Foreign Affairs and Foreign Trade, Barbados (recorded until 23 July 2022; whether it went on is not known)',
    );
    // A curated person keeps the curated facts, which go on after the lists were taken.
    const lavrov = gazetteer.get('person:sergei-lavrov')!;
    expect(describeEntity(lavrov, gazetteer, '2026-12-05').roleAtDate).toBe('Foreign Minister, Russia');
  });

  it('keeps office-holders whose family name is also a noun, read only when their name is written capitalised and the family name only after it', async () => {
    const gazetteer = await loadGazetteer();
    const cook = OPEN_DATA.find((e) => e.id === 'person:robin-cook') as PersonEntity;
    expect(cook.roles.some((r) => r.title === 'Secretary of State for Foreign and Commonwealth Affairs' && r.country === 'country:gb')).toBe(true);
    expect(cook.surname).toBe('Cook');
    expect(cook.surnameStandsAlone, 'an ordinary word never stands for him alone').toBeUndefined();
    const people = (text: string) => recognise(text, gazetteer).filter((m) => m.kind === 'person').map((m) => m.surface);
    expect(people('She worked for Robin Cook before returning to Wolverhampton.')).toEqual(['Robin Cook']);
    expect(people('A robin cook book, and Robin cook the rice.')).toEqual([]);
    // The family name is his only after his full name.
    expect(people('Robin Cook resigned. Cook said the war was wrong.')).toEqual(['Robin Cook', 'Cook']);
    expect(people('Cook said the rice was done.')).toEqual([]);
  });

  it('reads a headline’s title and family name as the office’s holder ("Secretary Rumsfeld Media Availability")', async () => {
    const gazetteer = await loadGazetteer();
    const mentions = recognise('Secretary Rumsfeld Media Availability with the Foreign Minister\n\nRUMSFELD: Good afternoon.', gazetteer);
    expect(mentions.filter((m) => m.kind === 'person').map((m) => [m.surface, m.entityId])).toEqual([
      ['Rumsfeld', 'person:donald-rumsfeld'],
      ['RUMSFELD', 'person:donald-rumsfeld'],
    ]);
  });

  it('reads every leader of Phoenix’s lists, Soviet terms under the Soviet Union, and lets distinctive leaders’ family names stand alone', () => {
    const byId = new Map(OPEN_DATA.map((e) => [e.id, e]));
    const gorbachev = byId.get('person:mikhail-gorbachev') as PersonEntity;
    expect(gorbachev.roles.every((r) => r.country === 'country:su')).toBe(true);
    const yeltsin = byId.get('person:boris-yeltsin') as PersonEntity;
    expect(yeltsin.roles[0]).toMatchObject({ country: 'country:ru', from: '1991-07-10', to: '1999-12-31' });
    expect(yeltsin.aliases, 'an alias the file writes without its "+"').toContain('Boris N. Yeltsin');
    expect(byId.get('person:mahmoud-ahmadinejad')).toMatchObject({ surname: 'Ahmadinejad', surnameStandsAlone: true });
    expect(byId.get('person:george-h-w-bush')?.aliases, 'initials written close').toContain('George H.W. Bush');
    // Chinese names put the family name first: Zedong is no family name to stand alone.
    const standing = OPEN_DATA.filter((e): e is PersonEntity => isPerson(e) && e.surnameStandsAlone === true);
    expect(standing.filter((p) => p.country === 'country:cn' || p.country === 'country:kr')).toEqual([]);
    const curatedSurnames = new Set(ALL_ENTITIES.filter(isPerson).flatMap((p) => (p.surname ? [p.surname.toLowerCase()] : [])));
    expect(standing.filter((p) => curatedSurnames.has(p.surname!.toLowerCase())).map((p) => p.id)).toEqual([]);
  });

  it('joins a leader Phoenix and Wikidata both list under one entity, with Phoenix’s spelling as a name, and keeps two people of one name apart', () => {
    const byId = new Map(OPEN_DATA.map((e) => [e.id, e]));
    expect(byId.get('person:jun-ichiro-koizumi')?.aliases, 'Wikidata’s "Jun’ichirō" written as news writes it').toContain('Junichiro Koizumi');
    expect(byId.has('person:junichiro-koizumi'), 'no second Koizumi').toBe(false);
    expect(byId.get('person:raila-a-odinga')?.aliases).toContain('Raila Odinga');
    // Offices a generation apart: President John F. Kennedy is not Senator John Kennedy of Louisiana.
    const senator = byId.get('person:john-kennedy') as PersonEntity;
    expect(senator.roles.every((r) => r.from >= '2000')).toBe(true);
    expect((byId.get('person:john-f-kennedy') as PersonEntity).roles[0]).toMatchObject({ from: '1961-01-20', to: '1963-11-22' });
    // Names that share only their first and last word: the emperor is not the minister of 2016.
    expect((byId.get('person:jean-serge-bokassa') as PersonEntity).roles.every((r) => r.from >= '2000')).toBe(true);
    expect((byId.get('person:jean-bedel-bokassa') as PersonEntity).roles[0]).toMatchObject({ from: '1966-01-01' });
  });

  it('names first-level regions as GeoNames and Natural Earth spell them, keeping shipped ids', () => {
    const byId = new Map(OPEN_DATA.map((e) => [e.id, e]));
    const helmand = byId.get('place:hilmand');
    expect(helmand?.name, 'the id shipped for Natural Earth’s spelling stays the region’s').toBe('Helmand');
    expect(helmand?.aliases).toContain('Hilmand');
    const places = OPEN_DATA.filter((e) => e.kind === 'place');
    const named = (name: string) => places.filter((e) => e.name === name || e.aliases?.includes(name));
    // Hubei and Hebei share a consonant skeleton, and are two provinces.
    expect(named('Hubei').map((e) => e.id)).toEqual(['place:hubei']);
    expect(named('Hebei').map((e) => e.id)).toEqual(['place:hebei']);
    // A region named as its city is named with its type ("Homs Province"); the city keeps the bare name.
    expect(named('Homs Province').map((e) => e.country)).toEqual(['country:sy']);
    expect(named('Sindh').map((e) => e.country)).toEqual(['country:pk']);
    expect(named('California').map((e) => e.country)).toEqual(['country:us']);
    // Municipalities that are first-level regions of small states stay out ("Florida" of Puerto Rico).
    expect(named('Florida').map((e) => e.country).sort()).toEqual(['country:us', 'country:uy']);
    expect(places.filter((e) => e.name === 'Sumatra' || e.name === 'Java').map((e) => e.source)).toEqual([
      'naturalearth:island/sumatra',
      'naturalearth:island/java',
    ]);
  });

  it('reaches seas, straits, gulfs, continents and large islands, with no country of their own', () => {
    const byName = new Map(OPEN_DATA.filter((e) => e.kind === 'place').map((e) => [e.name, e]));
    for (const name of ['Europe', 'Africa', 'Java Sea', 'Arabian Sea', 'Bay of Bengal', 'Luzon Strait', 'Strait of Singapore', 'Sulawesi', 'Borneo']) {
      const place = byName.get(name);
      expect(place?.source, name).toMatch(/^naturalearth:/);
      expect(place?.country, name).toBeUndefined();
    }
  });

  it('keeps ordinary words and directions out of the names', () => {
    const names = new Set(OPEN_DATA.map((e) => e.name));
    for (const word of ['Reading', 'Split', 'Nice', 'Mobile', 'Bath', 'The Right', 'We Can', 'Muslim', 'South-West', 'Northern Areas']) {
      expect(names.has(word), word).toBe(false);
    }
  });

  it('is up to date with the datasets and the script (only where ../shared is present)', async (context) => {
    if (!existsSync(SHARED_DATASETS)) {
      context.skip('../shared/datasets is absent: the committed open-data file is used as it is');
      return;
    }
    const { renderCurrentOpenData } = await import('../../../scripts/build-knowledge-base.mjs');
    const current = readFileSync(file('lib/entities/data/open-data.generated.jsonl'), 'utf8');
    expect(await renderCurrentOpenData(ALL_ENTITIES), 'stale: run `npm run build:knowledge-base`').toBe(current);
  }, 120_000);
});

describe('the knowledge base file (public/knowledge-base.bin.gz)', () => {
  it('is up to date with the curated and open data (if not: npm run generate:gazetteer)', () => {
    const curatedIds = new Set(ALL_ENTITIES.map((e) => e.id));
    const expected = writeKnowledgeBase([...ALL_ENTITIES, ...OPEN_DATA.filter((e) => !curatedIds.has(e.id))]);
    const committed = gunzipSync(readFileSync(file('public/knowledge-base.bin.gz')));
    expect(Buffer.from(expected).equals(committed), 'public/knowledge-base.bin.gz is stale: run `npm run generate:gazetteer`').toBe(true);
  }, 120_000);

  it('opens from bytes at any offset and recognises what compiling the same entities recognises', () => {
    const entities: Entity[] = [
      ...ALL_ENTITIES,
      { id: 'place:surabaya', kind: 'place', name: 'Surabaya', country: 'country:id', source: 'geonames:1625822' },
    ];
    const bytes = writeKnowledgeBase(entities);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const opened = readKnowledgeBase(shifted.subarray(1));
    const text = 'Foreign Minister Yoshimasa Hayashi flew from Seoul to Surabaya; NATO and the WTO were not involved. Georgia, not Atlanta.';
    const mentions = recognise(text, opened);
    expect(mentions.map((m) => m.entityId)).toContain('place:surabaya');
    expect(mentions.map((m) => m.entityId)).toContain('person:yoshimasa-hayashi');
    expect(opened.get('country:jp')?.name, 'an entity no text named is found by id').toBe('Japan');
    expect(opened.get('person:nobody')).toBeUndefined();
  });

  it('finds every entity by its id, and nothing by the beginning of one', () => {
    const entities: Entity[] = [
      ...ALL_ENTITIES,
      { id: 'place:surabaya', kind: 'place', name: 'Surabaya', country: 'country:id', source: 'geonames:1625822' },
      { id: 'place:surabaya-east', kind: 'place', name: 'Surabaya East', country: 'country:id', source: 'geonames:1' },
    ];
    const opened = readKnowledgeBase(writeKnowledgeBase(entities));
    const wrong = entities.filter((entity) => opened.get(entity.id)?.name !== entity.name).map((entity) => entity.id);
    expect(wrong).toEqual([]);
    for (const absent of ['', 'a', 'country:', 'country:zz', 'place:surabaya-', 'zzz']) expect(opened.get(absent), absent).toBeUndefined();
  });

  it('refuses an id that is not plain ASCII, which its binary search could not order', () => {
    expect(() => writeKnowledgeBase([{ id: 'place:são-paulo', kind: 'place', name: 'São Paulo' }])).toThrow(/not plain ASCII/);
  });

  it('refuses a file that is not one, or is cut short', () => {
    expect(() => readKnowledgeBase(new TextEncoder().encode('not a knowledge base'))).toThrow(/not a Diplomark/);
    const bytes = writeKnowledgeBase(ALL_ENTITIES.slice(0, 20));
    expect(() => readKnowledgeBase(bytes.subarray(0, bytes.length - 8))).toThrow(/cut short/);
  });
});

describe('loadGazetteer()', () => {
  it('opens the knowledge base once, with the curated layer and the open data', async () => {
    const base = await loadGazetteer();
    expect(await loadGazetteer()).toBe(base);
    expect(base.entityCount).toBeGreaterThan(ALL_ENTITIES.length + 10_000);
    const text =
      'Azerbaijan’s president Heydar Aliyev met officials in Yekaterinburg, in the Sverdlovsk region. ' +
      'The Liberation Tigers of Tamil Eelam (LTTE) were not mentioned. Yoon Suk-yeol visited Dokdo.';
    const ids = recognise(text, base).map((m) => m.entityId);
    expect(ids).toEqual(expect.arrayContaining(['person:heydar-aliyev', 'place:yekaterinburg', 'place:sverdlovsk', 'org:liberation-tigers-of-tamil-eelam', 'person:yoon-suk-yeol']));
    const aliyev = base.get('person:heydar-aliyev')!;
    expect(describeEntity(aliyev, base, '2000-01-01').roleAtDate).toBe('President, Azerbaijan');
  });

  it('reads the compressed file through the reader it is given (the extension fetches its own packaged file)', async () => {
    const gzipped = gzipSync(writeKnowledgeBase(ALL_ENTITIES.slice(0, 300)));
    const paths: string[] = [];
    const read = async (path: string) => {
      paths.push(path);
      return new Blob([gzipped]).stream();
    };
    vi.resetModules();
    const { loadGazetteer: fresh } = await import('../../../lib/entities/index');
    const base = await fresh(read);
    expect(paths).toEqual(['/knowledge-base.bin.gz']);
    expect(base.entityCount).toBe(300);
  });

  it('rejects a file that is not compressed or is cut short, and reads it again on the next call', async () => {
    const gzipped = gzipSync(writeKnowledgeBase(ALL_ENTITIES.slice(0, 50)));
    vi.resetModules();
    const { loadGazetteer: fresh } = await import('../../../lib/entities/index');
    const uncompressed = new Uint8Array(writeKnowledgeBase(ALL_ENTITIES.slice(0, 50)));
    await expect(fresh(async () => new Blob([uncompressed]).stream())).rejects.toThrow(/not gzip-compressed, or is cut short/);
    await expect(fresh(async () => new Blob([gzipped.subarray(0, gzipped.length >> 1)]).stream())).rejects.toThrow(/cut short/);
    expect((await fresh(async () => new Blob([gzipped]).stream())).entityCount).toBe(50);
  });
});

describe('loadGazetteer() with a copy kept between starts of the background', () => {
  /** A copy in memory, with the calls made to it. */
  const memoryCopy = (bytes?: ArrayBuffer) => {
    const calls: string[] = [];
    let kept = bytes;
    return {
      calls,
      kept: () => kept,
      copy: {
        read: async () => (calls.push('read'), kept),
        write: async (b: ArrayBuffer) => void (calls.push('write'), (kept = b.slice(0))),
        forget: async () => void (calls.push('forget'), (kept = undefined)),
      },
    };
  };
  const fresh = async () => {
    vi.resetModules();
    return (await import('../../../lib/entities/index')).loadGazetteer;
  };
  const packaged = (count: number) => {
    const gzipped = gzipSync(writeKnowledgeBase(ALL_ENTITIES.slice(0, count)));
    const reads: string[] = [];
    return { reads, read: async (path: string) => (reads.push(path), new Blob([gzipped]).stream()) };
  };

  it('opens a good copy without reading the packaged file', async () => {
    const { copy, calls } = memoryCopy(new Uint8Array(writeKnowledgeBase(ALL_ENTITIES.slice(0, 40))).buffer);
    const pkg = packaged(300);
    const base = await (await fresh())(pkg.read, copy);
    expect(base.entityCount).toBe(40);
    expect(pkg.reads).toEqual([]);
    expect(calls).toEqual(['read']);
  });

  it('without a copy, reads the packaged file and keeps a copy once the first article is answered', async () => {
    vi.useFakeTimers();
    try {
      const { copy, calls, kept } = memoryCopy();
      const pkg = packaged(300);
      const base = await (await fresh())(pkg.read, copy);
      expect(base.entityCount).toBe(300);
      expect(pkg.reads).toEqual(['/knowledge-base.bin.gz']);
      expect(calls).toEqual(['read']);
      await vi.runAllTimersAsync();
      expect(calls).toEqual(['read', 'write']);
      // The copy is the inflated base, which the next start opens.
      expect(readKnowledgeBase(kept()!).entityCount).toBe(300);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a damaged copy is dropped and the packaged file read instead', async () => {
    vi.useFakeTimers();
    try {
      const whole = new Uint8Array(writeKnowledgeBase(ALL_ENTITIES.slice(0, 40)));
      const { copy, calls, kept } = memoryCopy(whole.slice(0, whole.length >> 1).buffer);
      const pkg = packaged(300);
      const base = await (await fresh())(pkg.read, copy);
      expect(base.entityCount).toBe(300);
      expect(calls).toEqual(['read', 'forget']);
      await vi.runAllTimersAsync();
      expect(readKnowledgeBase(kept()!).entityCount).toBe(300);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a copy that cannot be written (storage full) is only a warning: the base stays open', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { copy } = memoryCopy();
      copy.write = async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const base = await (await fresh())(packaged(30).read, copy);
      await vi.runAllTimersAsync();
      expect(base.entityCount).toBe(30);
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not keep a copy of its knowledge base \(The quota has been exceeded\.\)/));
    } finally {
      warn.mockRestore();
      vi.useRealTimers();
    }
  });
});

describe('towns of Arab countries as news spells them', () => {
  it('drops the marks and the article of GeoNames’ transliteration and knows the English endings', async () => {
    const { arabicNewsSpellings } = await import('../../../scripts/build-knowledge-base.mjs');
    expect(arabicNewsSpellings('Al Fallūjah')).toContain('Fallujah');
    expect(arabicNewsSpellings('Mişrātah')).toEqual(['Misrata']);
    expect(arabicNewsSpellings('Az Zubayr')).toContain('Zubair');
    expect(arabicNewsSpellings('Dayr al Balaḩ')).toContain('Deir al Balah');
    expect(arabicNewsSpellings('Baghdad')).toEqual([]);
  });

  it('reads them in running text, and the bare name of a governorate as its city', async () => {
    const base = await loadGazetteer();
    const places = (text: string) => recognise(text, base).filter((m) => m.kind === 'place').map((m) => `${m.surface}=${m.entityId}`);
    expect(places('Fighting spread from Fallujah to Hillah, Misrata and Deir al-Balah.')).toEqual([
      'Fallujah=place:al-fallujah',
      'Hillah=place:al-hillah',
      'Misrata=place:misratah',
      'Deir al-Balah=place:dayr-al-balah',
    ]);
    expect(places('British troops left Basra.')).toEqual(['Basra=place:basrah']);
  });
});

describe('seas, oceans and world regions in running text', () => {
  it('marks an ocean named alone, but not the ocean word in the name of something else', async () => {
    const base = await loadGazetteer();
    const places = (text: string) => recognise(text, base).filter((m) => m.kind === 'place').map((m) => m.surface);
    expect(places('Colonies were acquired in the Pacific and across the Atlantic.')).toEqual(['Pacific', 'Atlantic']);
    expect(places('Fellows of the Atlantic Council met the Pacific Fleet commander.')).toEqual([]);
    expect(places('Ships crossed the Java Sea toward the Strait of Singapore and on to Europe.')).toEqual(['Java Sea', 'Strait of Singapore', 'Europe']);
    // A colony's name is not the region inside it.
    expect(places('the genocide in German South-West Africa')).toEqual(['German South-West Africa']);
  });
});

describe('the open-data layer does not add false positives on the labelled articles', () => {
  it('finds on them exactly what the curated layer finds, or more of the labelled names', async () => {
    const base = await loadGazetteer();
    const dir = file('tests/fixtures/labelled');
    const { readdirSync } = await import('node:fs');
    let falsePositives = 0;
    let found = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const labelled = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as { text: string; mentions: { start: number; entityId: string }[] };
      const expected = new Set(labelled.mentions.map((m) => `${m.start}:${m.entityId}`));
      for (const mention of recognise(labelled.text, base).filter((m) => !m.weak)) {
        found++;
        if (!expected.has(`${mention.start}:${mention.entityId}`)) falsePositives++;
      }
    }
    expect(found).toBeGreaterThan(500);
    expect(1 - falsePositives / found).toBeGreaterThanOrEqual(0.97);
  });
});
