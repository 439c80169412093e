import { describe, expect, it } from 'vitest';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { loadGazetteer } from '../../../lib/entities';
import { recognise } from '../../../lib/entities/recognise';

// The real gazetteer: these rules are about the words it holds.
const gazetteer = Gazetteer.compile(ALL_ENTITIES);
const found = (text: string) => recognise(text, gazetteer).filter((m) => !m.weak).map((m) => `${m.surface}=${m.entityId}`);

describe('names that are also words or other names', () => {
  it('reads Georgia as the US state when the article is about the state, and as the country otherwise', () => {
    expect(found('Georgia’s governor met Korean investors in Atlanta about the battery plant in Georgia.')).not.toContainEqual(
      expect.stringMatching(/=country:ge$/),
    );
    expect(found('Georgia Republicans held the Senate seat.')).not.toContainEqual(expect.stringMatching(/=country:ge$/));
    expect(found('Russia keeps troops in Abkhazia and Georgia protested.')).toContain('Georgia=country:ge');
    // Both senses: the country's own capital outweighs a passing mention of Atlanta.
    expect(found('Protesters in Tbilisi said Georgia must not follow Atlanta’s example.')).toContain('Georgia=country:ge');
  });

  it('reads Jordan and Chad as countries, not as the given or family names of people', () => {
    // Neither is the country; the basketball player is a person read from his name's shape.
    expect(found('Jordan Bardella met Michael Jordan.')).toEqual(['Michael Jordan=person:michael-jordan']);
    expect(found('King Abdullah of Jordan met Chad’s president. Jordan and Chad signed.')).toEqual(
      expect.arrayContaining(['Jordan=country:jo', 'Chad=country:td']),
    );
    expect(found('Chad Smith scored twice.')).toEqual([]);
    expect(found('Jordan Foreign Minister Ayman Safadi spoke.')).toContain('Jordan=country:jo');
  });

  it('does not take a family name the knowledge base holds for a known neighbour of Jordan or Chad', async () => {
    // The whole base: "Johnson" and "Brown" are family names of people it holds, not names of their own.
    const base = await loadGazetteer();
    const inBase = (text: string) => recognise(text, base).filter((m) => !m.weak).map((m) => `${m.surface}=${m.entityId}`);
    expect(inBase('Chad Johnson scored twice.')).not.toContainEqual(expect.stringMatching(/=country:td$/));
    expect(inBase('Jordan Brown spoke to reporters.')).not.toContainEqual(expect.stringMatching(/=country:jo$/));
    // A full name or a family name that stands alone is still a neighbour: two entities side by side in a headline.
    expect(inBase('Trump Jordan talks')).toContain('Jordan=country:jo');
    expect(inBase('Jordan Vladimir Putin talks')).toContain('Jordan=country:jo');
  });

  it('reads a name that opens with a lower-case particle as written ("al-Qaeda"), but not a plain lower-case word', () => {
    expect(found('It blamed al-Qaeda and al-Shabaab.')).toEqual(['al-Qaeda=org:al-qaeda', 'al-Shabaab=org:al-shabaab']);
    expect(found('a shell company')).toEqual([]);
  });

  it('keeps the family name of a head of state whose term ran into 1990 or later, for later mentions', async () => {
    const base = await loadGazetteer();
    const bush = recognise('President George H.W. Bush held back loan guarantees. Shamir ran afoul of Bush in 1991.', base)
      .filter((m) => m.surface === 'Bush')
      .map((m) => m.entityId);
    expect(bush).toEqual(['person:george-h-w-bush']);
  });

  it('reads the spellings news uses for places and capitals ("Deir al-Zour", "Sharm el-Sheik", "Washington, DC")', () => {
    expect(found('Fighting reached Deir al-Zour; Deir ez-Zor and Deir el-Zour are one city.')).toEqual([
      'Deir al-Zour=place:deir-ez-zor',
      'Deir ez-Zor=place:deir-ez-zor',
      'Deir el-Zour=place:deir-ez-zor',
    ]);
    expect(found('Leaders met in Sharm el-Sheik, then in Washington, DC.')).toEqual(['Sharm el-Sheik=place:sharm-el-sheikh', 'Washington, DC=place:washington-dc']);
  });

  it('knows Pakistan’s tribal areas under their names before and after 2010, and places news names by a landmark', () => {
    expect(found('Drones hit North Waziristan and Waziristan, in the FATA of the North West Frontier Province.')).toEqual([
      'North Waziristan=place:north-waziristan',
      'Waziristan=place:waziristan',
      'FATA=place:fata',
      'North West Frontier Province=place:khyber-pakhtunkhwa',
    ]);
    expect(found('From Whitehall to the Western Wall, Gallipoli and Rojava: the Mid East.')).toEqual([
      'Whitehall=place:whitehall',
      'Western Wall=place:western-wall',
      'Gallipoli=place:gallipoli',
      'Rojava=place:rojava',
      'Mid East=place:middle-east',
    ]);
  });

  it('knows the settlements and villages of the occupied West Bank, East Jerusalem and the Golan, and a given name is no settlement', () => {
    expect(found('Israel approved homes in Efrat, Har Homa, Kiryat Arba and Ramat Shlomo; settlers attacked Huwara.')).toEqual([
      'Israel=country:il',
      'Efrat=place:efrat',
      'Har Homa=place:har-homa',
      'Kiryat Arba=place:kiryat-arba',
      'Ramat Shlomo=place:ramat-shlomo',
      'Huwara=place:huwara',
    ]);
    expect(found('The singer Ofra Haza was born in Tel Aviv.')).not.toContain('Ofra=place:ofra');
  });

  it('knows the towns and camps of the Middle East’s wars, and a given name is no town', () => {
    expect(found('Strikes hit Jabalia, Khan Yunis and Hodeidah; Kobane and Tal Abyad were quiet.')).toEqual([
      'Jabalia=place:jabalia',
      'Khan Yunis=place:khan-younis',
      'Hodeidah=place:hodeidah',
      'Kobane=place:kobani',
      'Tal Abyad=place:tal-abyad',
    ]);
    expect(found('Sabha Ahmed spoke.')).not.toContainEqual(expect.stringMatching(/=place:sabha$/));
  });

  it('reads "IS" as Islamic State only in an article that names the group otherwise, and only in capitals', () => {
    expect(found('Islamic State fighters besieged Kobane. IS had swept through Iraq.')).toEqual(
      expect.arrayContaining(['Islamic State=org:islamic-state', 'IS=org:islamic-state']),
    );
    expect(found('WHAT IS NEXT for Iraq? The vote IS due.')).not.toContainEqual(expect.stringMatching(/=org:islamic-state$/));
    expect(found('ISIS held Mosul; it is gone now.')).not.toContainEqual(expect.stringMatching(/^is=/i));
  });

  it('reads a UN or EU body’s generic name as that body only in an article naming the UN or the EU', () => {
    expect(found('The UN chief spoke before the General Assembly voted and the Security Council met.')).toEqual([
      'UN=org:un',
      'General Assembly=org:un-general-assembly',
      'Security Council=org:un-security-council',
    ]);
    expect(found('The EU agreed to what the Commission proposed.')).toEqual(['EU=org:eu', 'Commission=org:european-commission']);
    expect(found('The General Assembly of the Presbyterian Church voted.')).not.toContain('General Assembly=org:un-general-assembly');
    expect(found('The Commission on Human Rights met.')).not.toContain('Commission=org:european-commission');
  });

  it('reads "the Politburo" as the ruling party’s in an article about one of China, North Korea or Vietnam', () => {
    expect(found('China said the Politburo Standing Committee met after the Politburo did.')).toEqual([
      'China=country:cn',
      'Politburo Standing Committee=org:cn-politburo-standing-committee',
      'Politburo=org:cn-ccp-politburo',
    ]);
    expect(found('North Korea said the Politburo met.')).toEqual(['North Korea=country:kp', 'Politburo=org:kp-wpk-politburo']);
    expect(found('Vietnam and China said the Politburo met.')).toEqual(['Vietnam=country:vn', 'China=country:cn']);
  });

  it('reads a generic name two countries’ bodies share as the body of the country the article names far more often', () => {
    const britainMostly = 'Britain said. London agreed. The UK and Britain again; Germany too. The Foreign Office said.';
    expect(found(britainMostly)).toContain('Foreign Office=org:gb-fcdo');
    const both = 'Britain said. Germany agreed. The Foreign Office said.';
    expect(found(both).filter((m) => m.startsWith('Foreign Office'))).toEqual([]);
  });

  it('reads "Korea" as South Korea and "the Islamic Republic" as Iran only in an article that names the country', () => {
    expect(found('South Korea and Japan argued; Korea said no. Iran warned, and the Islamic Republic said so.')).toEqual([
      'South Korea=country:kr',
      'Japan=country:jp',
      'Korea=country:kr',
      'Iran=country:ir',
      'Islamic Republic=country:ir',
    ]);
    expect(found('Korea was divided after 1945; the Islamic Republic of Mauritania voted.')).toEqual(['Islamic Republic of Mauritania=country:mr']);
  });

  it('knows the leaders of armed groups as people, by the one name news gives them later', () => {
    expect(found('Abu Musab al-Zarqawi was killed in 2006; Zarqawi had fought beside Ayman al-Zawahiri. Hambali and Khalid Sheikh Mohammed were held.')).toEqual([
      'Abu Musab al-Zarqawi=person:abu-musab-al-zarqawi',
      'Zarqawi=person:abu-musab-al-zarqawi',
      'Ayman al-Zawahiri=person:ayman-al-zawahiri',
      'Hambali=person:hambali',
      'Khalid Sheikh Mohammed=person:khalid-sheikh-mohammed',
    ]);
    expect(found('Abu Mazen met the envoy.')).toEqual(['Abu Mazen=person:mahmoud-abbas']);
  });

  it('knows the companies that sanctions, arms and energy stories are about', () => {
    expect(found('Sanctions hit Sberbank, VTB and Rostec; Naftogaz paid; Blackwater guards and Hikvision cameras; WikiLeaks published.')).toEqual([
      'Sberbank=org:sberbank',
      'VTB=org:vtb',
      'Rostec=org:rostec',
      'Naftogaz=org:naftogaz',
      'Blackwater=org:blackwater',
      'Hikvision=org:hikvision',
      'WikiLeaks=org:wikileaks',
    ]);
  });

  it('reads "the Red Cross" as the International Committee of the Red Cross, a national society by its own name', () => {
    expect(found('The Red Cross said it had reached the camp.')).toEqual(['Red Cross=org:icrc']);
    expect(found('The American Red Cross and the Kenya Red Cross said they sent volunteers.')).toEqual(['Kenya=country:ke']);
  });

  it('reads Turkey as the country unless the article is about the bird', () => {
    expect(found('Turkey closed the strait.')).toContain('Turkey=country:tr');
    expect(found('Turkey prices rose before Thanksgiving.')).toEqual([]);
    expect(found('roast turkey')).toEqual([]);
  });

  it('reads Moon and Chung as people only after a full name (or a fitting title)', () => {
    expect(found('The Moon rose. Chung spoke.')).toEqual([]);
    expect(found('Moon Jae-in met Chung Eui-yong. Moon and Chung agreed.')).toEqual([
      'Moon Jae-in=person:moon-jae-in',
      'Chung Eui-yong=person:chung-eui-yong',
      'Moon=person:moon-jae-in',
      'Chung=person:chung-eui-yong',
    ]);
    // With two Chungs named, a bare Chung is the one named most recently before it.
    const two = found('Chung Sye-kyun spoke. Chung Jin-suk replied. Chung said.');
    expect(two[two.length - 1]).toBe('Chung=person:chung-jin-suk');
  });

  it('never reads the month May as Theresa May', () => {
    expect(found('Theresa May resigned in May.')).toEqual(['Theresa May=person:theresa-may']);
  });

  it('reads a capitalised common word at the start of a sentence as the word', () => {
    expect(found('Japan and South Korea met. Diet and exercise matter.')).not.toContainEqual(expect.stringMatching(/^Diet=/));
    expect(found('Japan’s parliament, the Diet, passed the bill.')).toContain('Diet=org:jp-diet');
  });

  it('matches native-script names whatever their script does with capitals', () => {
    expect(found('საქართველო და ევროკავშირი')).toContain('საქართველო=country:ge');
  });
});
