import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import { RecognitionRun } from '../../../lib/entities/recognition-run';
import type { Entity } from '../../../lib/entities/types';

const ENTITIES: Entity[] = [
  { id: 'country:jp', kind: 'country', name: 'Japan', weakAliases: ['Japanese'], native: ['日本'] },
  { id: 'country:kr', kind: 'country', name: 'South Korea', aliases: ['Republic of Korea', 'S.Korea', 'ROK'], weakAliases: ['South Korean'], native: ['한국'] },
  { id: 'country:tr', kind: 'country', name: 'Turkey', aliases: ['Türkiye'] },
  { id: 'org:wto', kind: 'organization', name: 'World Trade Organization', aliases: ['WTO'] },
  { id: 'org:nyt', kind: 'organization', name: 'New York Times', orgType: 'media', description: 'US daily newspaper' },
  { id: 'org:ap', kind: 'organization', name: 'Associated Press', orgType: 'media', description: 'US news agency' },
  { id: 'org:european-commission', kind: 'organization', name: 'European Commission', triggers: ['Commission'] },
  { id: 'org:kr-national-assembly', kind: 'organization', name: 'National Assembly of South Korea', triggers: ['National Assembly'], country: 'country:kr' },
  { id: 'org:fr-national-assembly', kind: 'organization', name: 'National Assembly of France', triggers: ['National Assembly'], country: 'country:fr' },
  {
    id: 'person:yoon-suk-yeol', kind: 'person', name: 'Yoon Suk-yeol', aliases: ['Yoon Seok-yeol'], surname: 'Yoon',
    roles: [{ title: 'President', country: 'country:kr', from: '2022-05-10', to: '2025-04-04' }],
  },
  {
    id: 'person:moon-jae-in', kind: 'person', name: 'Moon Jae-in', surname: 'Moon',
    roles: [{ title: 'President', country: 'country:kr', from: '2017-05-10', to: '2022-05-09' }],
  },
  {
    id: 'person:fumio-kishida', kind: 'person', name: 'Fumio Kishida', surname: 'Kishida', surnameStandsAlone: true,
    roles: [{ title: 'Prime Minister', country: 'country:jp', from: '2021-10-04', to: '2024-10-01' }],
  },
  {
    id: 'dispute:takeshima-dokdo', kind: 'dispute', name: 'Liancourt Rocks', aliases: ['Takeshima', 'Dokdo', '독도'],
    parties: ['country:jp', 'country:kr'], category: 'territorial',
    names: [{ party: 'country:jp', name: 'Takeshima' }, { party: 'country:kr', name: 'Dokdo' }], summary: 'Islets.',
  },
  {
    id: 'dispute:wartime-forced-labor', kind: 'dispute', name: 'Wartime forced labor', triggers: ['forced labor', 'forced labour'],
    parties: ['country:jp', 'country:kr'], category: 'historical', names: [], summary: 'Compensation.',
  },
];

const gazetteer = Gazetteer.compile(ENTITIES);
const ids = (text: string) => recognise(text, gazetteer).filter((m) => !m.weak).map((m) => [m.surface, m.entityId]);

describe('recognise', () => {
  it('finds names on word boundaries with exact page offsets', () => {
    const text = 'Japan’s talks with South Korea at the WTO.';
    const mentions = recognise(text, gazetteer);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Japan', 'South Korea', 'WTO']);
    expect(mentions.map((m) => m.surface)).toEqual(['Japan', 'South Korea', 'WTO']);
  });

  it('resolves romanisation, hyphen and spacing variants to one person', () => {
    expect(ids('Yoon Suk-yeol met Yoon Seok yeol and YOON SUK YEOL.')).toEqual([
      ['Yoon Suk-yeol', 'person:yoon-suk-yeol'],
      ['Yoon Seok yeol', 'person:yoon-suk-yeol'],
      ['YOON SUK YEOL', 'person:yoon-suk-yeol'],
    ]);
  });

  it('resolves a surname to the full name named in the article, and not otherwise', () => {
    expect(ids('President Moon Jae-in spoke. Later Moon left.')).toEqual([
      ['Moon Jae-in', 'person:moon-jae-in'],
      ['Moon', 'person:moon-jae-in'],
    ]);
    expect(ids('The Moon rose over Seoul.')).toEqual([]);
    expect(ids('Kishida spoke.')).toEqual([['Kishida', 'person:fumio-kishida']]);
  });

  it('applies case rules: abbreviations in capitals, single words capitalised', () => {
    expect(ids('the wto and rok')).toEqual([]);
    expect(ids('roast turkey in Turkey')).toEqual([['Turkey', 'country:tr']]);
    expect(ids('the Moon Jae-in era')).toEqual([['Moon Jae-in', 'person:moon-jae-in']]);
    // A person's name of several words is capitalised: its last word in lower case is that word ("Robin cook").
    expect(ids('the moon jae-in era, moon Jae-in')).toEqual([]);
  });

  it('reads a prize named after a person as no mention of the person, in either case', () => {
    expect(ids('The annual Kishida prize went to a band. The Kishida Prize jury met.')).toEqual([]);
    expect(ids('The prize is named after Fumio Kishida; Kishida said so.').map(([, id]) => id)).toEqual(['person:fumio-kishida', 'person:fumio-kishida']);
  });

  it('does not match inside longer words', () => {
    expect(ids('Japanese Japanology')).toEqual([]);
    expect(recognise('Japanese officials', gazetteer)).toEqual([
      { start: 0, end: 8, entityId: 'country:jp', kind: 'country', surface: 'Japanese', weak: true },
    ]);
  });

  it('attaches generic phrases to a dispute only when its parties are in the article', () => {
    expect(ids('Japan and South Korea disagree over forced labor.')).toContainEqual(['forced labor', 'dispute:wartime-forced-labor']);
    expect(ids('The report on forced labor in supply chains.')).toEqual([]);
    expect(ids('Japanese and South Korean firms and forced labour')).toEqual([['forced labour', 'dispute:wartime-forced-labor']]);
  });

  it('resolves a phrase shared by several bodies by the countries in the article', () => {
    expect(ids('South Korea’s National Assembly voted.')).toContainEqual(['National Assembly', 'org:kr-national-assembly']);
    expect(ids('The National Assembly voted.')).toEqual([]);
  });

  it('reads a body’s generic short name as the body the article names in full', () => {
    expect(ids('The European Commission opened a probe; the Commission said it would act.')).toEqual([
      ['European Commission', 'org:european-commission'],
      ['Commission', 'org:european-commission'],
    ]);
    expect(ids('The Commission said it would act.')).toEqual([]);
  });

  it('resolves a name several places share by the other countries the article names, never by the name itself', () => {
    const places = Gazetteer.compile([
      ...ENTITIES,
      { id: 'country:us', kind: 'country', name: 'United States', aliases: ['America'] },
      { id: 'place:florida-us', kind: 'place', name: 'Florida', country: 'country:us' },
      { id: 'place:florida', kind: 'place', name: 'Florida', country: 'country:uy' },
    ]);
    const found = (text: string) => recognise(text, places).map((m) => [m.surface, m.entityId]);
    expect(found('America said so. It was in Florida today.')).toContainEqual(['Florida', 'place:florida-us']);
    expect(found('It was in Florida today.')).toEqual([]);
  });

  it('reads no place or person out of a longer name nobody resolved', () => {
    const longer = Gazetteer.compile([
      ...ENTITIES,
      { id: 'place:edinburgh', kind: 'place', name: 'Edinburgh', country: 'country:gb' },
      { id: 'place:geneva', kind: 'place', name: 'Geneva', country: 'country:ch' },
      { id: 'place:western-australia', kind: 'place', name: 'Western Australia', country: 'country:au' },
      { id: 'person:erskine-sandiford', kind: 'person', name: 'Erskine Sandiford', roles: [] },
    ]);
    const found = (text: string) => recognise(text, longer).map((m) => m.surface);
    // The university is read as the organisation it is; no place is read out of it.
    expect(found('The Duke of Edinburgh and the University of Western Australia signed the Geneva conventions.')).toEqual(['University of Western Australia']);
    expect(found('Talks at the Lloyd Erskine Sandiford Centre.')).toEqual([]);
    expect(found('Erskine Sandiford flew from Edinburgh to Geneva and on to Western Australia.')).toEqual([
      'Erskine Sandiford',
      'Edinburgh',
      'Geneva',
      'Western Australia',
    ]);
  });

  it('prefers the longest match and recognises every party’s name of a dispute as one entity', () => {
    expect(ids('Takeshima, which South Korea calls Dokdo (독도).')).toEqual([
      ['Takeshima', 'dispute:takeshima-dokdo'],
      ['South Korea', 'country:kr'],
      ['Dokdo', 'dispute:takeshima-dokdo'],
      ['독도', 'dispute:takeshima-dokdo'],
    ]);
  });

  it('recognises native-script names inside text without spaces', () => {
    expect(ids('日本政府は독도について')).toEqual([
      ['日本', 'country:jp'],
      ['독도', 'dispute:takeshima-dokdo'],
    ]);
  });

  it('keeps the most permissive case rule when two spellings fold to one term', () => {
    const nato = Gazetteer.compile([{ id: 'org:nato', kind: 'organization', name: 'NATO', aliases: ['Nato'] }]);
    expect(recognise('Nato allies and NATO', nato).map((m) => m.surface)).toEqual(['Nato', 'NATO']);
  });

  it('handles abbreviations with periods', () => {
    expect(ids('S.Korea and Japan')).toEqual([
      ['S.Korea', 'country:kr'],
      ['Japan', 'country:jp'],
    ]);
  });

  it('reads a name written without its middle initials as the person of that name in office on the article’s date', () => {
    const bushes = Gazetteer.compile([
      { id: 'country:us', kind: 'country', name: 'United States' },
      {
        id: 'person:george-h-w-bush', kind: 'person', name: 'George H. W. Bush', surname: 'Bush',
        roles: [{ title: 'President', country: 'country:us', from: '1989-01-20', to: '1993-01-20' }],
      },
      {
        id: 'person:george-w-bush', kind: 'person', name: 'George W. Bush', surname: 'Bush',
        roles: [{ title: 'President', country: 'country:us', from: '2001-01-20', to: '2009-01-20' }],
      },
    ]);
    const onDate = (text: string, date?: string) => recognise(text, bushes, new RecognitionRun(date)).map((m) => `${m.surface}=${m.entityId}`);
    const text = 'George Bush spoke; later Bush left.';
    expect(onDate(text, '2005-06-01')).toEqual(['George Bush=person:george-w-bush', 'Bush=person:george-w-bush']);
    expect(onDate(text, '1991-06-01')).toEqual(['George Bush=person:george-h-w-bush', 'Bush=person:george-h-w-bush']);
    // Neither in office: the one who left office last.
    expect(onDate(text, '2015-06-01')).toEqual(['George Bush=person:george-w-bush', 'Bush=person:george-w-bush']);
    // Without a date two fit, and neither is taken: the name is read as a person of its own.
    expect(onDate(text)).toEqual(['George Bush=person:george-bush', 'Bush=person:george-bush']);
  });

  it('reads a UN body’s name with "UN" or "U.N." for "United Nations", and "Program" for "Programme"', () => {
    const un = Gazetteer.compile([
      { id: 'org:unicef', kind: 'organization', name: 'United Nations Children’s Fund', aliases: ['UNICEF'] },
      { id: 'org:undp', kind: 'organization', name: 'United Nations Development Programme', aliases: ['UNDP'] },
    ]);
    const found = (text: string) => recognise(text, un).map((m) => `${m.surface}=${m.entityId}`);
    expect(found("The UN Children's Fund and the U.N. Development Program met.")).toEqual([
      "UN Children's Fund=org:unicef",
      'U.N. Development Program=org:undp',
    ]);
  });

  it('reads a Persian or Urdu linking vowel written either way in a body’s or a place’s name', () => {
    const names = Gazetteer.compile([
      { id: 'org:ttp', kind: 'organization', name: 'Tehrik-i-Taliban Pakistan' },
      { id: 'place:mazar-e-sharif', kind: 'place', name: 'Mazār-e Sharīf' },
    ]);
    const found = (text: string) => recognise(text, names).map((m) => `${m.surface}=${m.entityId}`);
    expect(found('Tehrik-e-Taliban Pakistan fought near Mazar-i Sharif.')).toEqual(['Tehrik-e-Taliban Pakistan=org:ttp', 'Mazar-i Sharif=place:mazar-e-sharif']);
  });

  it('reads a newspaper’s capital "The" as part of its name, but not an agency’s', () => {
    const surfaces = (text: string) => recognise(text, gazetteer).map((m) => m.surface);
    expect(surfaces('Officers left, The New York Times reported, citing the Associated Press.')).toEqual(['The New York Times', 'Associated Press']);
    expect(surfaces('The Associated Press said the New York Times erred.')).toEqual(['Associated Press', 'New York Times']);
    expect(surfaces('SoThe New York Times')).toEqual(['New York Times']);
  });
});
