import { describe, expect, it } from 'vitest';
import { DISPUTES } from '../../../lib/entities/data/disputes';
import { withPairCompounds, withPlainWording } from '../../../lib/entities/data/dispute-wording';
import type { DisputeEntity, EntityBase } from '../../../lib/entities/types';
import { getGazetteer, recognise } from '../../../lib/entities';

const disputes = (text: string) =>
  recognise(text, getGazetteer())
    .filter((m) => m.kind === 'dispute')
    .map((m) => `${m.surface} → ${m.entityId}`);

describe('disputes named in plain words', () => {
  it('takes the whole phrase around a dispute’s place, under any party’s name for it', () => {
    expect(disputes('Talks stalled over the Kashmir issue again.')).toEqual(['Kashmir issue → dispute:kashmir']);
    expect(disputes('Seoul and Tokyo revived the row over Dokdo this week.')).toEqual(['row over Dokdo → dispute:takeshima-dokdo']);
    expect(disputes('Beijing raised the dispute over the Diaoyu Islands.')).toEqual(['dispute over the Diaoyu Islands → dispute:senkaku-diaoyu']);
    expect(disputes('The Essequibo dispute reached the court.')).toEqual(['Essequibo dispute → dispute:essequibo']);
  });

  it('names a two-party border dispute by its parties when it is their only one', () => {
    expect(disputes('Mediators returned to the border dispute between Eritrea and Ethiopia.')).toEqual([
      'border dispute between Eritrea and Ethiopia → dispute:badme',
    ]);
  });

  it('never takes a name another entity has, nor builds wording on a treaty or an abbreviation', () => {
    const kashmir = DISPUTES.find((e) => e.id === 'dispute:kashmir')!;
    const [worded] = withPlainWording([kashmir], [{ id: 'org:x', kind: 'organization', name: 'Kashmir row' }]);
    expect(worded!.aliases).not.toContain('Kashmir row');
    expect(worded!.aliases).toContain('row over Kashmir');
    expect(worded!.aliases!.some((a) => /IIOJK (dispute|issue)|Line of Control dispute/.test(a))).toBe(false);
  });

  it('reads the generic phrase of a territorial or maritime dispute as the one dispute its named parties have', () => {
    expect(disputes('Japan and Russia have yet to settle their territorial dispute, Tokyo said.')).toEqual([
      'territorial dispute → dispute:kuril-islands',
    ]);
    // China and the Philippines dispute several features: the phrase names none of them.
    expect(disputes('China and the Philippines traded accusations in their territorial dispute.')).toEqual([]);
    // Without both parties in the article, it names nothing.
    expect(disputes('The two neighbours are locked in a territorial dispute.')).toEqual([]);
  });

  it('names a two-party dispute by its parties’ adjectives when it is their only one, leaving the countries their mentions', () => {
    expect(disputes('The Guyanese-Venezuelan territorial dispute flared.')).toEqual(['Guyanese-Venezuelan territorial dispute → dispute:essequibo']);
    expect(recognise('Talks on the territorial dispute between Guyana and Venezuela resumed.', getGazetteer()).map((m) => m.surface)).toEqual([
      'territorial dispute',
      'Guyana',
      'Venezuela',
    ]);
  });
});

describe('wars and disputes named by their two parties', () => {
  const COUNTRIES: EntityBase[] = [
    { id: 'country:er', kind: 'country', name: 'Eritrea', weakAliases: ['Eritrean'] },
    { id: 'country:et', kind: 'country', name: 'Ethiopia', weakAliases: ['Ethiopian'] },
    { id: 'country:ge', kind: 'country', name: 'Georgia', weakAliases: ['Georgian'] },
    { id: 'country:ru', kind: 'country', name: 'Russia', weakAliases: ['Russian'] },
    { id: 'country:us', kind: 'country', name: 'United States', aliases: ['US', 'USA'], weakAliases: ['American'] },
  ];
  const war = (slug: string, parties: string[], name: string, aliases: string[] = []): DisputeEntity => ({
    id: `dispute:${slug}`, kind: 'dispute', name, aliases, parties, category: 'security', names: [], summary: '',
  });
  const aliasesOf = (entities: DisputeEntity[], others: EntityBase[] = COUNTRIES) =>
    Object.fromEntries(withPairCompounds(entities, others).map((e) => [e.id, e.aliases ?? []]));

  it('writes a two-party name in either order, by names, adjectives and two-letter abbreviations mixed', () => {
    const aliases = aliasesOf([war('badme', ['country:er', 'country:et'], 'Eritrean–Ethiopian war')])['dispute:badme']!;
    expect(aliases).toEqual(expect.arrayContaining(['Ethiopia-Eritrea war', 'Eritrea-Ethiopia war', 'Ethiopian-Eritrean war', 'Ethiopia-Eritrean war']));
    expect(aliases).not.toContain('Eritrean-Ethiopian war');
    const trade = aliasesOf([war('trade', ['country:us', 'country:ru'], 'US–Russia trade war')])['dispute:trade']!;
    expect(trade).toEqual(expect.arrayContaining(['Russia-US trade war', 'Russian-American trade war', 'United States-Russia trade war']));
    expect(trade.some((a) => a.startsWith('USA'))).toBe(false);
  });

  it('varies no dated name, no pair that is not the entity’s parties, and no phrase two entities or another name would take', () => {
    expect(aliasesOf([war('w2008', ['country:ge', 'country:ru'], '2008 Russo-Georgian war')])['dispute:w2008']).toEqual([]);
    expect(aliasesOf([war('backed', ['country:er'], 'Eritrean–Ethiopian war')])['dispute:backed']).toEqual([]);
    const twice = aliasesOf([war('one', ['country:ge', 'country:ru'], 'Georgian-Russian war'), war('two', ['country:ge', 'country:ru'], 'Russia–Georgia war')]);
    expect(twice).toEqual({ 'dispute:one': [], 'dispute:two': [] });
    const taken = aliasesOf([war('badme', ['country:er', 'country:et'], 'Eritrean–Ethiopian war')], [...COUNTRIES, { id: 'org:x', kind: 'organization', name: 'Ethiopia-Eritrea war' }]);
    expect(taken['dispute:badme']).not.toContain('Ethiopia-Eritrea war');
  });

  it('recognises the pair names news writes with a hyphen or a dash', () => {
    expect(disputes('The Armenia–Azerbaijan war ended in 2020; the Ethiopia-Eritrea war in 2000.')).toEqual([
      'Armenia–Azerbaijan war → dispute:armenia-azerbaijan-wars',
      'Ethiopia-Eritrea war → dispute:badme',
    ]);
    expect(disputes('Peace in the Israel-Palestinian conflict and an end to the Ukrainian–Russian war.')).toEqual([
      'Israel-Palestinian conflict → dispute:israeli-palestinian-conflict',
      'Ukrainian–Russian war → dispute:russia-ukraine-war',
    ]);
  });

  it('leaves a pair with more than one war or conflict between them unnamed', () => {
    // Kashmir, Siachen, Kargil and the 2025 clashes are all India–Pakistan conflicts.
    expect(disputes('The India-Pakistan conflict shaped the region.')).toEqual([]);
  });
});

describe('named features and boundaries', () => {
  it('knows a South China Sea feature under each claimant’s name', () => {
    expect(disputes('Manila said its troops landed on the Pag-asa Cays, which Beijing calls Tiexian Jiao.')).toEqual([
      'Pag-asa Cays → dispute:sandy-cay',
      'Tiexian Jiao → dispute:sandy-cay',
    ]);
    expect(disputes('Taipei reinforced the Dongsha Islands; Hanoi protested on Duncan Island, which China calls Chenhang Dao.')).toEqual([
      'Dongsha Islands → dispute:pratas-islands',
      'Duncan Island → dispute:duncan-island',
      'Chenhang Dao → dispute:duncan-island',
    ]);
  });
});

describe('wars and armed conflicts', () => {
  const mentions = (text: string) => recognise(text, getGazetteer()).map((m) => `${m.surface} → ${m.entityId}`);

  it('knows wars by their names and regional conflicts by the wording around their region', () => {
    expect(disputes('He fought in the Six-Day War and later in the Yom Kippur War.')).toEqual([
      'Six-Day War → dispute:six-day-war',
      'Yom Kippur War → dispute:yom-kippur-war',
    ]);
    expect(disputes('Aid groups warned that the conflict in Darfur was spreading into Chad.')).toEqual(['conflict in Darfur → dispute:darfur-conflict']);
    expect(disputes('Analysts compared it with the Syrian civil war.')).toEqual(['Syrian civil war → dispute:syrian-civil-war']);
  });

  it('names a war by the country it is fought in, where that country has had one war', () => {
    expect(mentions("Aid groups left the war in Yemen, and Syria's civil war entered its tenth year.")).toEqual([
      'war in Yemen → dispute:yemen-war',
      "Syria's civil war → dispute:syrian-civil-war",
    ]);
    expect(mentions("Russia's war in Ukraine and the Libyan war")).toEqual(['Russia → country:ru', 'war in Ukraine → dispute:russia-ukraine-war', 'Libyan war → dispute:libyan-civil-war']);
    // "the conflict in Syria" describes any fighting there.
    expect(mentions('Talks over the conflict in Syria stalled.')).toEqual(['Syria → country:sy']);
  });

  it('knows the world wars, the Holocaust and the Cold War under each side’s name', () => {
    expect(disputes('Moscow marks the Great Patriotic War; Beijing the War of Resistance against Japanese Aggression.')).toEqual([
      'Great Patriotic War → dispute:world-war-ii',
      'War of Resistance against Japanese Aggression → dispute:world-war-ii',
    ]);
    expect(disputes('Since the Second World War and the Holocaust, through the Cold War and the Cuban missile crisis, to the centenary of World War I.')).toEqual([
      'Second World War → dispute:world-war-ii',
      'Holocaust → dispute:holocaust',
      'Cold War → dispute:cold-war',
      'Cuban missile crisis → dispute:cuban-missile-crisis',
      'World War I → dispute:world-war-i',
    ]);
  });

  it('names a standing crisis by its country’s adjective, and a nuclear programme by its owner', () => {
    expect(mentions('The Syrian crisis and the Crimean crisis dominated the summit.')).toEqual([
      'Syrian crisis → dispute:syrian-civil-war',
      'Crimean crisis → dispute:crimea-annexation',
    ]);
    expect(disputes("Talks on North Korea's nuclear program stalled.")).toEqual(["North Korea's nuclear program → dispute:north-korea-nuclear"]);
  });

  it('reads a trade or energy quarrel’s plain words as that quarrel only when its parties are in the article', () => {
    expect(disputes('Russia cut supplies to Ukraine as the gas dispute deepened.')).toEqual(['gas dispute → dispute:russia-ukraine-gas']);
    expect(disputes('The gas dispute between two utilities deepened.')).toEqual([]);
    expect(disputes('Canada and the United States resumed talks on softwood lumber.')).toEqual(['softwood lumber → dispute:softwood-lumber']);
    expect(disputes('China lifted its wine tariffs as relations with Australia thawed.')).toEqual(['wine tariffs → dispute:australia-china-trade']);
  });

  it('leaves a country named inside a description of a war to the country', () => {
    expect(mentions('Troops returned from the war in Iraq and the war in Afghanistan.')).toEqual(['Iraq → country:iq', 'Afghanistan → country:af']);
  });
});
