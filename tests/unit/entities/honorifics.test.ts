import { describe, expect, it } from 'vitest';
import { describeEntity } from '../../../lib/entities/describe';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { familyNameOf, readNameAfterTitle } from '../../../lib/entities/honorifics';
import { recognise } from '../../../lib/entities/recognise';
import { RecognitionRun } from '../../../lib/entities/recognition-run';
import { isPerson, type Entity } from '../../../lib/entities/types';

const ENTITIES: Entity[] = [
  { id: 'country:jp', kind: 'country', name: 'Japan', weakAliases: ['Japanese'] },
  { id: 'country:kr', kind: 'country', name: 'South Korea', weakAliases: ['South Korean'] },
  { id: 'country:us', kind: 'country', name: 'United States', aliases: ['U.S.'] },
  {
    id: 'person:yoshimasa-hayashi', kind: 'person', name: 'Yoshimasa Hayashi', surname: 'Hayashi',
    roles: [{ title: 'Foreign Minister', country: 'country:jp', from: '2021-11-10', to: '2023-09-13' }],
  },
  {
    id: 'person:moon-jae-in', kind: 'person', name: 'Moon Jae-in', surname: 'Moon',
    roles: [{ title: 'President', country: 'country:kr', from: '2017-05-10', to: '2022-05-09' }],
  },
  {
    id: 'person:kim-jong-un', kind: 'person', name: 'Kim Jong Un', surname: 'Kim',
    roles: [{ title: 'Supreme Leader', from: '2011-12-17' }],
  },
];

/** Two presidents of one family name, a term apart. */
const PRESIDENTS_BUSH: Entity[] = [
  {
    id: 'person:george-h-w-bush', kind: 'person', name: 'George H. W. Bush', surname: 'Bush',
    roles: [{ title: 'President', country: 'country:us', from: '1989-01-20', to: '1993-01-20' }],
  },
  {
    id: 'person:george-w-bush', kind: 'person', name: 'George W. Bush', surname: 'Bush',
    roles: [{ title: 'President', country: 'country:us', from: '2001-01-20', to: '2009-01-20' }],
  },
];

/** Reads texts with `gazetteer` on a date: the strong mentions as "surface=id". */
const readOn = (gazetteer: Gazetteer) => (text: string, date?: string) =>
  recognise(text, gazetteer, new RecognitionRun(date)).filter((m) => !m.weak).map((m) => `${m.surface}=${m.entityId}`);

const found = (text: string, gazetteer = Gazetteer.compile(ENTITIES)) =>
  recognise(text, gazetteer).filter((m) => !m.weak).map((m) => [m.surface, m.entityId, m.title ?? '']);

describe('reading a name after a title', () => {
  it('reads "Secretary" and a family name as the secretary who held an office of that name', () => {
    const withSecretary = Gazetteer.compile([
      ...ENTITIES,
      {
        id: 'person:donald-rumsfeld', kind: 'person', name: 'Donald Rumsfeld', surname: 'Rumsfeld',
        roles: [{ title: 'Secretary of Defense', country: 'country:us', from: '2001-01-20', to: '2006-12-18' }],
      },
    ]);
    expect(found('Secretary Rumsfeld met the minister.', withSecretary)).toEqual([['Rumsfeld', 'person:donald-rumsfeld', 'Secretary']]);
    expect(found('President Rumsfeld met the minister.', withSecretary).map(([, id]) => id)).not.toContain('person:donald-rumsfeld');
  });

  it('reads one to three capitalised words, particles between them, and stops at anything else', () => {
    const name = (text: string, after: string) => readNameAfterTitle(text, text.indexOf(after) + after.length)?.words;
    expect(name('Foreign Minister Park Jin said', 'Minister')).toEqual(['Park', 'Jin']);
    expect(name('Foreign Minister Faisal bin Farhan said', 'Minister')).toEqual(['Faisal', 'bin', 'Farhan']);
    expect(name('Prime Minister Mark Carney’s visit', 'Minister')).toEqual(['Mark', 'Carney']);
    expect(name('the prime minister said', 'minister')).toBeUndefined();
    expect(name('Foreign Minister On Monday', 'Minister')).toBeUndefined();
    expect(name('the foreign minister, Park Jin, said', 'minister')).toEqual(['Park', 'Jin']);
    expect(name('the foreign minister, Japan said', 'minister')).toBeUndefined();
  });

  it('takes the family name first for East Asian names, last otherwise', () => {
    expect(familyNameOf(['Park', 'Jin'])).toBe('Park');
    expect(familyNameOf(['Cho', 'Tae-yul'])).toBe('Cho');
    expect(familyNameOf(['François', 'al-Hajj'])).toBe('al-Hajj');
    expect(familyNameOf(['Ahmed', 'Abdel-Rahman'])).toBe('Abdel-Rahman');
    expect(familyNameOf(['Rahm', 'Emanuel'])).toBe('Emanuel');
    expect(familyNameOf(['Faisal', 'bin', 'Farhan'])).toBe('Farhan');
  });
});

describe('honorific patterns', () => {
  it('recognises an official the gazetteer lacks, with a generated id, the title and later bare surnames', () => {
    expect(found('South Korean Foreign Minister Park Jin met reporters. Park said talks would go on.')).toEqual([
      ['Park Jin', 'person:park-jin', 'Foreign Minister'],
      ['Park', 'person:park-jin', ''],
    ]);
  });

  it('reads hyphenated and several-word titles as written', () => {
    expect(found('President-elect Lee Jae-myung met Vice Speaker Chung Woo-taik and spokesperson Kang Yu-jung.')).toEqual([
      ['Lee Jae-myung', 'person:lee-jae-myung', 'President-elect'],
      ['Chung Woo-taik', 'person:chung-woo-taik', 'Vice Speaker'],
      ['Kang Yu-jung', 'person:kang-yu-jung', 'spokesperson'],
    ]);
  });

  it('keeps the gazetteer id for names it knows, and gives them the title', () => {
    expect(found('Foreign Minister Yoshimasa Hayashi spoke.')).toEqual([['Yoshimasa Hayashi', 'person:yoshimasa-hayashi', 'Foreign Minister']]);
  });

  it('reads a bare surname after a fitting title as the gazetteer person who held that office', () => {
    expect(found('President Moon said so. Moon left.')).toEqual([
      ['Moon', 'person:moon-jae-in', 'President'],
      ['Moon', 'person:moon-jae-in', ''],
    ]);
  });

  it('keeps a posting and a "former" in the title, and the country named before it on the card', () => {
    const gazetteer = Gazetteer.compile(ENTITIES);
    const run = new RecognitionRun();
    const mentions = recognise('U.S. Ambassador to Japan Rahm Emanuel spoke; former Vice Speaker Chung Woo-young did too.', gazetteer, run);
    expect(mentions.filter((m) => !m.weak).map((m) => [m.surface, m.entityId, m.title ?? ''])).toEqual([
      ['U.S.', 'country:us', ''],
      ['Japan', 'country:jp', ''],
      ['Rahm Emanuel', 'person:rahm-emanuel', 'Ambassador to Japan'],
      ['Chung Woo-young', 'person:chung-woo-young', 'former Vice Speaker'],
    ]);
    const emanuel = run.get('person:rahm-emanuel');
    expect(emanuel && isPerson(emanuel) && emanuel.country).toBe('country:us');
    const card = describeEntity(emanuel!, gazetteer, '2023-01-01');
    expect(card.roleAtDate).toBe('Ambassador to Japan, United States');
    expect(card.countries).toEqual(['United States']);
  });

  it('reads a family name after a title as whoever held that title on the article’s date (two Presidents Bush)', () => {
    const gazetteer = Gazetteer.compile([...ENTITIES, ...PRESIDENTS_BUSH]);
    const onDate = readOn(gazetteer);
    const text = 'President Bush met the prime minister. Bush said talks went well.';
    expect(onDate(text, '2008-01-16')).toEqual(['Bush=person:george-w-bush', 'Bush=person:george-w-bush']);
    expect(onDate(text, '1991-10-30')).toEqual(['Bush=person:george-h-w-bush', 'Bush=person:george-h-w-bush']);
    // No date, or a title written as past: the title alone cannot tell them apart.
    expect(onDate(text)).toEqual([]);
    expect(onDate('Former President Bush spoke.', '2008-01-16')).toEqual([]);
  });

  it('reads a family name no full name explains as the bearer then leading a country the article names', () => {
    const gazetteer = Gazetteer.compile([
      ...ENTITIES,
      ...PRESIDENTS_BUSH,
      {
        id: 'person:lee-hae-chan', kind: 'person', name: 'Lee Hae Chan', surname: 'Chan',
        roles: [{ title: 'Prime Minister', country: 'country:kr', from: '2004-07-30', to: '2006-03-15' }],
      },
      { id: 'person:julius-chan', kind: 'person', name: 'Julius Chan', surname: 'Chan', roles: [] },
    ]);
    const onDate = readOn(gazetteer);
    expect(onDate('Bush told the United States it was over.', '2008-01-16')).toEqual(['Bush=person:george-w-bush', 'United States=country:us']);
    expect(onDate('Bush told the United States it was over.', '1991-10-30')).toEqual(['Bush=person:george-h-w-bush', 'United States=country:us']);
    // Neither in office: the one who led the country last before the article.
    expect(onDate('Bush told the United States it was over.', '2015-06-01')).toEqual(['Bush=person:george-w-bush', 'United States=country:us']);
    expect(onDate('Bush told the United States it was over.', '1995-06-01')).toEqual(['Bush=person:george-h-w-bush', 'United States=country:us']);
    // Not yet in office, or the country not in the article: no one.
    expect(onDate('Bush told the United States it was over.', '1980-06-01')).toEqual(['United States=country:us']);
    expect(onDate('Bush said it was over.', '2008-01-16')).toEqual([]);
    // The last word of a name the article does not explain, or part of a compound, is no one's family name alone.
    expect(onDate('Jeb Bush told the United States it was over.', '2008-01-16')).toEqual(['Jeb Bush=person:jeb-bush', 'United States=country:us']);
    expect(onDate('The Bush-Platz in the United States.', '2008-01-16')).toEqual(['United States=country:us']);
    // After a title it is still the leader.
    expect(onDate('President Bush told the United States it was over.', '2008-01-16')).toEqual(['Bush=person:george-w-bush', 'United States=country:us']);
    // An East Asian name's last word is no family name to read alone.
    expect(onDate('Chan said South Korea would wait.', '2005-05-01')).toEqual(['South Korea=country:kr']);
  });

  it('reads a family name no full name explains as the foreign or defence minister of the day when no leader bears it', () => {
    const gazetteer = Gazetteer.compile([
      ...ENTITIES,
      { id: 'country:gb', kind: 'country', name: 'United Kingdom', aliases: ['Britain'] },
      {
        id: 'person:colin-powell', kind: 'person', name: 'Colin Powell', surname: 'Powell',
        roles: [{ title: 'Secretary of State', country: 'country:us', from: '2001-01-20', to: '2005-01-26' }],
      },
      {
        id: 'person:geoff-hoon', kind: 'person', name: 'Geoff Hoon', surname: 'Hoon',
        roles: [{ title: 'Secretary of State for Defence', country: 'country:gb', from: '1999-10-11', to: '2005-05-06' }],
      },
      {
        id: 'person:jack-straw', kind: 'person', name: 'Jack Straw', surname: 'Straw',
        roles: [{ title: 'Secretary of State for the Home Department', country: 'country:gb', from: '1997-05-02', to: '2001-06-08' }],
      },
    ]);
    const onDate = readOn(gazetteer);
    expect(onDate('Powell told the United States it was over.', '2003-02-05')).toEqual(['Powell=person:colin-powell', 'United States=country:us']);
    expect(onDate('Hoon said Britain was ready.', '2003-02-05')).toEqual(['Hoon=person:geoff-hoon', 'Britain=country:gb']);
    // Out of office, or in another office: no one.
    expect(onDate('Powell told the United States it was over.', '2008-02-05')).toEqual(['United States=country:us']);
    expect(onDate('Straw said Britain was ready.', '1999-02-05')).toEqual(['Britain=country:gb']);
  });

  it('reads a title two people held on the date as the one who held it for the country named with it', () => {
    const gazetteer = Gazetteer.compile([
      ...ENTITIES,
      { id: 'country:jo', kind: 'country', name: 'Jordan', weakAliases: ['Jordanian'] },
      { id: 'country:sa', kind: 'country', name: 'Saudi Arabia', weakAliases: ['Saudi'] },
      { id: 'person:abdullah-ii', kind: 'person', name: 'Abdullah II', surname: 'Abdullah', roles: [{ title: 'King', country: 'country:jo', from: '1999-02-07' }] },
      {
        id: 'person:abdullah-of-saudi-arabia', kind: 'person', name: 'Abdullah of Saudi Arabia', surname: 'Abdullah',
        roles: [{ title: 'King', country: 'country:sa', from: '2005-08-01', to: '2015-01-23' }],
      },
    ]);
    const kings = (text: string) =>
      recognise(text, gazetteer, new RecognitionRun('2008-05-01')).filter((m) => m.kind === 'person').map((m) => `${m.surface}=${m.entityId}`);
    expect(kings('Saudi King Abdullah spoke.')).toEqual(['Abdullah=person:abdullah-of-saudi-arabia']);
    expect(kings('Jordan’s King Abdullah spoke.')).toEqual(['Abdullah=person:abdullah-ii']);
    expect(kings('King Abdullah of Jordan spoke.')).toEqual(['Abdullah=person:abdullah-ii']);
  });

  it('reads "Prince" before a given name as the royal of that name who holds a dukedom, without the title in the span', () => {
    const gazetteer = Gazetteer.compile([
      ...ENTITIES,
      {
        id: 'person:prince-harry', kind: 'person', name: 'Harry, Duke of Sussex', surname: 'Harry',
        roles: [{ title: 'Duke of Sussex', country: 'country:gb', from: '2018-05-19' }],
      },
      { id: 'person:harry-kane', kind: 'person', name: 'Harry Kane', surname: 'Kane', roles: [] },
    ]);
    const names = (text: string) => recognise(text, gazetteer, new RecognitionRun('2021-03-08')).map((m) => `${m.surface}=${m.entityId}`);
    expect(names('Prince Harry spoke to the press. Harry said he was ashamed.')).toEqual(['Harry=person:prince-harry', 'Harry=person:prince-harry']);
    // No one of that name who holds a title a prince may hold: not the royal, and a full name keeps its person.
    expect(names('Harry Kane scored. Harry said it was his best game.')).toEqual(['Harry Kane=person:harry-kane']);
  });

  it('lets the nearest full name decide a family name shared with a gazetteer person', () => {
    expect(found('Kim Jong Un fired missiles. Prime Minister Kim Min-seok called a meeting. Kim said it was grave.')).toEqual([
      ['Kim Jong Un', 'person:kim-jong-un', ''],
      ['Kim Min-seok', 'person:kim-min-seok', 'Prime Minister'],
      ['Kim', 'person:kim-min-seok', ''],
    ]);
  });

  it('keeps an official found in one text out of the shared gazetteer, so the next text knows nothing of them', () => {
    const gazetteer = Gazetteer.compile(ENTITIES);
    const run = new RecognitionRun();
    recognise('Vice Foreign Minister Kim Hong-kyun arrived.', gazetteer, run);
    expect(describeEntity(run.get('person:kim-hong-kyun')!, gazetteer, '2020-01-01').roleAtDate).toBe('Vice Foreign Minister');
    expect(gazetteer.get('person:kim-hong-kyun')).toBeUndefined();
    expect(found('Kim left.', gazetteer)).toEqual([]);
  });

  it('reads lower-case titles only where news writes them so, and ignores titles with no name', () => {
    expect(found('Kremlin spokesman Dmitry Peskov said.')).toEqual([['Dmitry Peskov', 'person:dmitry-peskov', 'Kremlin spokesman']]);
    // A lower-case role is no office title, though the name after it is still a person's.
    expect(found('The club president Florentino Perez said.')).toEqual([['Florentino Perez', 'person:florentino-perez', 'club president']]);
    expect(found('The Premier League and the Prime Minister’s Office.')).toEqual([]);
  });
});
