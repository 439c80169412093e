import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recogniseArticle } from '../../../lib/entities/recognise-article';
import type { Entity } from '../../../lib/entities/types';

const ENTITIES: Entity[] = [
  { id: 'country:iq', kind: 'country', name: 'Iraq', weakAliases: ['Iraqi'] },
  { id: 'country:lk', kind: 'country', name: 'Sri Lanka', weakAliases: ['Sri Lankan'] },
  { id: 'country:cn', kind: 'country', name: 'China', weakAliases: ['Chinese'] },
  { id: 'country:ph', kind: 'country', name: 'Philippines', weakAliases: ['Philippine'] },
  { id: 'country:tr', kind: 'country', name: 'Turkey', weakAliases: ['Turkish'] },
  { id: 'country:de', kind: 'country', name: 'Germany', weakAliases: ['German'] },
  { id: 'country:fi', kind: 'country', name: 'Finland', weakAliases: ['Finn'] },
  { id: 'country:us', kind: 'country', name: 'United States', aliases: ['U.S.'] },
  { id: 'org:hrw', kind: 'organization', name: 'Human Rights Watch' },
  { id: 'org:white-house', kind: 'organization', name: 'White House', country: 'country:us' },
  { id: 'org:pkk', kind: 'organization', name: "Kurdistan Workers' Party" },
  {
    id: 'person:antony-blinken', kind: 'person', name: 'Antony Blinken', surname: 'Blinken',
    roles: [{ title: 'Secretary of State', country: 'country:us', from: '2021-01-26', to: '2025-01-20' }],
  },
  { id: 'person:avigdor-liberman', kind: 'person', name: 'Avigdor Liberman', aliases: ['Avigdor Lieberman'], surname: 'Liberman', roles: [] },
  { id: 'person:theresa-may', kind: 'person', name: 'Theresa May', roles: [] },
];

function recognised(text: string, gazetteer = Gazetteer.compile(ENTITIES)) {
  const { mentions, discovered } = recogniseArticle(text, gazetteer);
  return {
    found: mentions.filter((m) => !m.weak).map((m) => `${m.surface}=${m.entityId}`),
    discovered: new Map(discovered.map((e) => [e.id, e])),
  };
}

const found = (text: string) => recognised(text).found;

describe('people the knowledge base lacks', () => {
  it('reads initials written close together as one part of the name ("P.J. Crowley"), the family name after it', () => {
    const names = found('State Department spokesman P.J. Crowley said the plant was no risk. Crowley added that talks went on.');
    expect(names).toContain('P.J. Crowley=person:pj-crowley');
    expect(names).toContain('Crowley=person:pj-crowley');
  });

  it('reads a single name that opens a sentence and is then said to hold an office, and its later mentions', () => {
    const names = found('Soelistyo, head of the search and rescue agency, told reporters. The plane may be on the seabed, Soelistyo said.');
    expect(names.filter((n) => n === 'Soelistyo=person:soelistyo')).toHaveLength(2);
    expect(found('Koenigs, the head of the U.N. mission to Afghanistan for two years, said so.')).toContain('Koenigs=person:koenigs');
    // After a courtesy title, inside a sentence or with no office, a single word is not read this way.
    expect(found('They met in Tarinkot, the provincial capital, on Monday.')).toEqual([]);
    expect(found('Meanwhile, the head of the agency said so.')).toEqual([]);
  });

  it('keeps a demonym in a name only where it is one: a family name after a given name, a given name before a described person', () => {
    expect(found('Charlie Finn and Daniel Mannella made 34 saves.')).toContain('Charlie Finn=person:charlie-finn');
    const described = found('On Saturday, German Galdetsky, a 19-year-old college student, was shot. Galdetsky is in hospital.');
    expect(described).toEqual(['German Galdetsky=person:german-galdetsky', 'Galdetsky=person:german-galdetsky']);
    // "Iraqi" describes the man named after it.
    expect(found('Iraqi Ahmed Chalabi said the vote was fair.')).toEqual(['Ahmed Chalabi=person:ahmed-chalabi']);
  });

  it('reads a given name that is also a thing ("Bill", "Grace") as a name when a cue says a person is named', () => {
    expect(found('Bill Cash said: "Let them have it!"')).toContain('Bill Cash=person:bill-cash');
    expect(found('The Finance Bill Passed on Monday.')).toEqual([]);
  });

  it('reads a family name’s capitalised particles as a name’s shape, and the family name with them later', () => {
    const names = found('The analysis is by Jamon Van Den Hoek of the university. Van Den Hoek estimates the damage.');
    expect(names).toEqual(['Jamon Van Den Hoek=person:jamon-van-den-hoek', 'Van Den Hoek=person:jamon-van-den-hoek']);
    // A lower-case particle after an ordinary capitalised word is no such sign.
    expect(found('Purported bin Hadi Tape Aired')).toEqual([]);
  });

  it('trims a capitalised noun for a person off the front of a name, and reads no name out of glued words or determiners', () => {
    expect(found('Midfielder Hosni Abd Rabou converted a penalty.')).toEqual(['Hosni Abd Rabou=person:hosni-abd-rabou']);
    expect(found('Steve YetivMr. Yetiv adds that talks can go on.')).toEqual([]);
    expect(found('The Safety Belt : Hussein Shobokshi Any wise individual said so.')).toEqual(['Hussein Shobokshi=person:hussein-shobokshi']);
  });

  it('reads transcript speaker labels in capitals as the family name of someone the article named', () => {
    const names = found('Foreign Minister Sabah Al-Ahmed Al-Sabah met reporters.\n\nAL-SABAH: Thank you.');
    expect(names).toContain('AL-SABAH=person:sabah-al-ahmed-al-sabah');
  });

  it('reads a speaker from the verbs news uses after a name', () => {
    // Names whose first word is no common given name: only the verb says they are people.
    expect(found('Haddad Nusseibeh tweeted that talks had failed.')).toContain('Haddad Nusseibeh=person:haddad-nusseibeh');
    expect(found('Okruashvili Bakradze reiterated the demand.')).toContain('Okruashvili Bakradze=person:okruashvili-bakradze');
  });

  it('reads appositions after and before a name, with what they say and the country they name', () => {
    const { found: names, discovered } = recognised('Hussain al-Shahristani, Iraq’s oil minister, said exports would rise.');
    expect(names).toContain('Hussain al-Shahristani=person:hussain-al-shahristani');
    const minister = discovered.get('person:hussain-al-shahristani');
    expect(minister?.readFromText).toBe('Iraq’s oil minister');
    expect(minister?.country).toBe('country:iq');
    expect(found('Iraq’s oil minister, Hussain al-Shahristani, said so.')).toContain('Hussain al-Shahristani=person:hussain-al-shahristani');
    expect(found('The Chinese consul general in Osaka, Xue Jian, drew protests.')).toContain('Xue Jian=person:xue-jian');
  });

  it('reads titles and roles before a name, including ones no title list holds', () => {
    const { found: names, discovered } = recognised('Iraqi Oil Minister Hussain al-Shahristani met Red Cross official Jessica Barry.');
    expect(names).toEqual(expect.arrayContaining(['Hussain al-Shahristani=person:hussain-al-shahristani', 'Jessica Barry=person:jessica-barry']));
    expect(discovered.get('person:jessica-barry')?.readFromText).toBe('Red Cross official');
    expect(found('Police spokesman Inspector Frank Lempka said.')).toEqual(['Frank Lempka=person:frank-lempka']);
  });

  it('reads an age or a description in apposition, and a family name after a courtesy title', () => {
    expect(found('Agents took Dijon Williams, 21, into custody.')).toEqual(['Dijon Williams=person:dijon-williams']);
    const { found: arar, discovered } = recognised('Officials seized Maher Arar, a 34-year-old computer scientist, in New York.');
    expect(arar).toEqual(['Maher Arar=person:maher-arar']);
    expect(discovered.get('person:maher-arar')?.readFromText).toBe('a 34-year-old computer scientist');
    expect(found('Kamal Sadat, a local stringer for the radio, was held.')).toEqual(['Kamal Sadat=person:kamal-sadat']);
    expect(found('Mr. Gerges says the talks will fail.')).toEqual(['Gerges=person:gerges']);
    expect(found('Antony Blinken spoke. Mr. Blinken flew home.')).toEqual(['Antony Blinken=person:antony-blinken', 'Blinken=person:antony-blinken']);
  });

  it('reads speakers from speech verbs on either side of the name', () => {
    expect(found('The plan will fail, said Ahmed Yousef, adding more.')).toEqual(['Ahmed Yousef=person:ahmed-yousef']);
    expect(found('Ahmed Yousef told reporters the plan would fail.')).toEqual(['Ahmed Yousef=person:ahmed-yousef']);
    expect(found('The talks collapsed, according to Ahmed Yousef.')).toEqual(['Ahmed Yousef=person:ahmed-yousef']);
    expect(found('Meanwhile Ahmed Yousef said no.')).toEqual(['Ahmed Yousef=person:ahmed-yousef']);
  });

  it('reads a name joined by "and" to a person just named as a second person, not a body or one word', () => {
    expect(found('Cabinet ministers Jonathan Moyo and Saviour Kasukuwere fled.')).toEqual([
      'Jonathan Moyo=person:jonathan-moyo',
      'Saviour Kasukuwere=person:saviour-kasukuwere',
    ]);
    expect(found('Antony Blinken and Saviour Kasukuwere spoke.')).toEqual(['Antony Blinken=person:antony-blinken', 'Saviour Kasukuwere=person:saviour-kasukuwere']);
    expect(found('Antony Blinken and Grand Hyatt Hotel staff spoke.')).toEqual(['Antony Blinken=person:antony-blinken']);
    expect(found('Antony Blinken and Kasukuwere spoke.')).toEqual(['Antony Blinken=person:antony-blinken']);
    expect(found('The Red Cross and Saviour Kasukuwere spoke.')).toEqual([]);
  });

  it('reads no person from a company’s name before a speech verb', () => {
    expect(found('Whole Foods said prices fell; Coresight Research said so too, and the Morris Trust agreed.')).toEqual(['Morris Trust=org:morris-trust']);
  });

  it('reads every name of a list in which a person is named, before or after them', () => {
    expect(found('Goals came from Vince Hinostroza, Saviour Kasukuwere and Antony Blinken.')).toEqual([
      'Vince Hinostroza=person:vince-hinostroza',
      'Saviour Kasukuwere=person:saviour-kasukuwere',
      'Antony Blinken=person:antony-blinken',
    ]);
    expect(found('Antony Blinken, Saviour Kasukuwere and Vince Hinostroza met.')).toEqual([
      'Antony Blinken=person:antony-blinken',
      'Saviour Kasukuwere=person:saviour-kasukuwere',
      'Vince Hinostroza=person:vince-hinostroza',
    ]);
    // No list: a name after a person and a comma, with nothing after it, is not read for the comma; nor is a
    // credit line's outlet, which no "and" closes.
    expect(found('It was Antony Blinken, Saviour Kasukuwere.')).toEqual(['Antony Blinken=person:antony-blinken']);
    expect(found('Antony Blinken, Think Progress, Aug 6, 2012 at 5:40 pm')).toEqual(['Antony Blinken=person:antony-blinken']);
  });

  it('reads names by their shape across naming cultures', () => {
    expect(found('Benazir Bhutto returned to Karachi.')).toEqual(['Benazir Bhutto=person:benazir-bhutto']);
    expect(found('Wang Yi met the delegation.')).toEqual(['Wang Yi=person:wang-yi']);
    expect(found('A message from Osama bin Laden was aired.')).toEqual(['Osama bin Laden=person:osama-bin-laden']);
    expect(found('George W. Bush said peace was near.')).toEqual(['George W. Bush=person:george-w-bush']);
    expect(found('Alexei Pushkov criticised the vote.')).toEqual(['Alexei Pushkov=person:alexei-pushkov']);
    // Given names from open data, beyond the hand-kept list.
    expect(found('Artyom Prokhorov and Jakub Vrana were there.')).toEqual([
      'Artyom Prokhorov=person:artyom-prokhorov',
      'Jakub Vrana=person:jakub-vrana',
    ]);
    // A headline in title case says nothing by its shape.
    expect(found('Zach Stepan Leads Americans Past Canada')).toEqual([]);
    // A credit line is capitalised too, but the comma after the name says what it is.
    expect(found('A digest.\nThomas Erdbrink, New York Times, August 7, 2012\nTehran said so.')).toEqual(['Thomas Erdbrink=person:thomas-erdbrink', 'New York Times=org:new-york-times']);
  });

  it('reads a later family name as the article spells it, for a person known by another spelling', () => {
    expect(found('Avigdor Lieberman threatened to quit. A spokeswoman for Lieberman said so.')).toEqual([
      'Avigdor Lieberman=person:avigdor-liberman',
      'Lieberman=person:avigdor-liberman',
    ]);
    // A person kept without a family name keeps none: "May" is the month.
    expect(found('Theresa May spoke in May.')).toEqual(['Theresa May=person:theresa-may']);
  });

  it('finds a discovered person’s later family name, and the full name without initials', () => {
    expect(found('George W. Bush said peace was near. George Bush later left; Bush smiled.')).toEqual([
      'George W. Bush=person:george-w-bush',
      'George Bush=person:george-w-bush',
      'Bush=person:george-w-bush',
    ]);
  });

  it('reads a later family name without its Arabic article as the person named with it', () => {
    expect(found('Sudanese President Omar Hassan al-Bashir rejected the warrant. Bashir said the court had no say.')).toEqual([
      'Omar Hassan al-Bashir=person:omar-hassan-al-bashir',
      'Bashir=person:omar-hassan-al-bashir',
    ]);
    // Two words, the second hyphenated after its article: the family name is the second, with or without the article.
    expect(found('A car bomb killed François al-Hajj, a brigadier general. With al-Hajj dead, Hajj was mourned.')).toEqual([
      'François al-Hajj=person:francois-al-hajj',
      'al-Hajj=person:francois-al-hajj',
      'Hajj=person:francois-al-hajj',
    ]);
  });

  it('reads a known person’s later family name without its Arabic article', () => {
    const maliki: Entity = { id: 'person:nouri-al-maliki', kind: 'person', name: 'Nouri al-Maliki', surname: 'al-Maliki', roles: [] };
    const gazetteer = Gazetteer.compile([...ENTITIES, maliki]);
    expect(recognised('Nouri al-Maliki met envoys. Maliki said later that al-Maliki had won.', gazetteer).found).toEqual([
      'Nouri al-Maliki=person:nouri-al-maliki',
      'Maliki=person:nouri-al-maliki',
      'al-Maliki=person:nouri-al-maliki',
    ]);
  });

  it('reads a place name the knowledge base knows is also a family name as the person the article named in full', () => {
    const town: Entity = { id: 'place:bidar', kind: 'place', name: 'Bidar', country: 'country:in', guards: [{ alias: 'Bidar', notBeforeName: true, notAfterName: true }] };
    const gazetteer = Gazetteer.compile([...ENTITIES, town]);
    expect(recognised('Police chief Rafiullah Bidar said four died. Bidar said the Taliban did it.', gazetteer).found).toEqual([
      'Rafiullah Bidar=person:rafiullah-bidar',
      'Bidar=person:rafiullah-bidar',
    ]);
    // Without the full name the town keeps its name.
    expect(recognised('Floods reached Bidar on Monday.', gazetteer).found).toEqual(['Bidar=place:bidar']);
  });

  it('does not take bodies, days, titles alone, credits or headline words for people', () => {
    expect(found('Human Rights Watch said on Monday the White House had not replied.')).toEqual([
      'Human Rights Watch=org:hrw',
      'White House=org:white-house',
    ]);
    expect(found('Mubarak Backs Mideast Pact')).toEqual([]);
    expect(found('The Prime Minister said nothing.')).toEqual([]);
    expect(found('(Reporting by Ben Blanchard; Editing by Dean Yates)')).toEqual([]);
    expect(found('Red Crescent Society officials said.')).toEqual(['Red Crescent Society=org:red-crescent-society']);
    // Words a page glued together are no name; a legislator's party and state is no short form.
    expect(found('the U.N. envoy, Tom AdvertisementKoenigs, said.')).toEqual([]);
    expect(found('Senator Carl Levin (D-MI) said the D-MI delegation agreed.')).not.toContainEqual(expect.stringMatching(/^D-MI=/));
  });
});

describe('state bodies', () => {
  it('ties a body to the country named right before it, with an id from both', () => {
    const { found: names, discovered } = recognised('Iraq’s Oil Ministry said the Chinese Navy and the Philippine Coast Guard met.');
    expect(names).toEqual(
      expect.arrayContaining(['Oil Ministry=org:iq-oil-ministry', 'Chinese Navy=org:cn-navy', 'Philippine Coast Guard=org:ph-coast-guard']),
    );
    expect(discovered.get('org:iq-oil-ministry')).toMatchObject({ kind: 'organization', country: 'country:iq', readFromText: 'Iraq’s Oil Ministry' });
    expect(found('The Iraqi Oil Ministry said.')).toContain('Iraqi Oil Ministry=org:iq-oil-ministry');
    expect(found('Turkish Defence Ministry officials and the Ministry of Foreign Affairs of Turkey met.')).toContain(
      'Turkish Defence Ministry=org:tr-defence-ministry',
    );
  });

  it('falls back on the country the article is about only when one clearly dominates', () => {
    expect(found('Turkey and Turkey’s allies: Turkey said the Defence Ministry would act.')).toContain('Defence Ministry=org:tr-defence-ministry');
    expect(found('Turkey and China: the Defence Ministry would act.')).not.toContainEqual(expect.stringContaining('Defence Ministry'));
    expect(found('The Army said so.')).toEqual([]);
  });

  it('reads a common noun as a body only right after its country: "the Iraqi army", "Turkey’s military"', () => {
    expect(found('The fleeing Iraqi army left tanks behind.')).toEqual(['Iraqi army=org:iq-army']);
    expect(found('Turkey’s military declined to comment.')).toEqual(['Turkey’s military=org:tr-military']);
    expect(found('The Iraqi government said so; the government had agreed.')).toEqual(['Iraqi government=org:iq-government']);
    // The noun qualifies what follows, or has no country.
    expect(found('Iraqi army officers and the army left.')).toEqual([]);
  });

  it('reads a parliament, a central bank or a lower-case ministry only after the country’s adjective', () => {
    expect(found('The Iraqi parliament and the Turkish central bank met the Iraqi oil ministry.')).toEqual([
      'Iraqi parliament=org:iq-parliament',
      'Turkish central bank=org:tr-central-bank',
      'Iraqi oil ministry=org:iq-oil-ministry',
    ]);
    // After a possessive the country keeps its own mention; a qualified noun names no body.
    expect(found('Turkey’s central bank cut rates.')).toEqual(['Turkey=country:tr']);
    expect(found('A Turkish central bank governor spoke.')).toEqual([]);
  });

  it('reads the country named after a body: "the Supreme Court of Turkey"', () => {
    expect(found('The Supreme Court of Turkey and the Ministry of Foreign Affairs of Iraq met.')).toEqual([
      'Supreme Court of Turkey=org:tr-supreme-court',
      'Ministry of Foreign Affairs of Iraq=org:iq-ministry-of-foreign-affairs',
    ]);
  });

  it('reads a body after a demonym of several words', () => {
    expect(found('The Sri Lankan Government and the Sri Lankan navy said.')).toEqual([
      'Sri Lankan Government=org:lk-government',
      'Sri Lankan navy=org:lk-navy',
    ]);
  });

  it('reads courts, election commissions and assemblies after their country', () => {
    expect(found('Turkey’s Constitutional Court and the Iraqi Central Election Commission ruled.')).toEqual([
      'Turkey=country:tr',
      'Constitutional Court=org:tr-constitutional-court',
      'Iraqi Central Election Commission=org:iq-central-election-commission',
    ]);
  });

  it('gives a body the knowledge base holds under the same id to that entry', () => {
    const gazetteer = Gazetteer.compile([...ENTITIES, { id: 'org:iq-parliament', kind: 'organization', name: 'Council of Representatives of Iraq', country: 'country:iq' }]);
    expect(recognised('The Iraqi parliament voted.', gazetteer).discovered.has('org:iq-parliament')).toBe(false);
    expect(recognised('The Iraqi parliament voted.', gazetteer).found).toEqual(['Iraqi parliament=org:iq-parliament']);
  });
});

describe('organisations by their head noun', () => {
  it('reads a capitalised phrase ending in an organisation’s head noun, or with a complement after it', () => {
    expect(found('Iraq’s National Oil Corporation and the Syrian Observatory for Human Rights said so.')).toEqual([
      'Iraq=country:iq',
      'National Oil Corporation=org:national-oil-corporation',
      'Syrian Observatory for Human Rights=org:syrian-observatory-for-human-rights',
    ]);
    expect(found('The Party said so, and a party of tourists left.')).toEqual([]);
  });

  it('reads a head that opens its name before its complement, and a newspaper by its head', () => {
    expect(found('Researchers at the University of Edinburgh and the Office of Management and Budget said.')).toEqual([
      'University of Edinburgh=org:university-of-edinburgh',
      'Office of Management and Budget=org:office-of-management-and-budget',
    ]);
    const { found: names, discovered } = recognised('The figures were first reported by the Bangkok Post.');
    expect(names).toEqual(['Bangkok Post=org:bangkok-post']);
    expect(discovered.get('org:bangkok-post')).toMatchObject({ orgType: 'media' });
    expect(found('An editorial in the Beirut-based Daily Star and the Richmond Times-Dispatch agreed.')).toEqual([
      'Daily Star=org:daily-star',
      'Richmond Times-Dispatch=org:richmond-times-dispatch',
    ]);
    expect(found('The UN Task Force and the Al-Baraa Brigade met; the Air Force said nothing.')).toEqual([
      'UN Task Force=org:un-task-force',
      'Al-Baraa Brigade=org:al-baraa-brigade',
    ]);
    // A head alone, or a sentence's first word before a newspaper's head, names nothing.
    expect(found('Committee members met. Many Times over, the University said no.')).toEqual([]);
    // Companies by the word that ends their names; a head before "and" ends a name of its own.
    expect(found('Acme Widgets Inc. rose; Tata Motors and Gulf Petroleum fell. Hyundai Heavy Industries said so.')).toEqual([
      'Acme Widgets Inc=org:acme-widgets-inc',
      'Tata Motors=org:tata-motors',
      'Gulf Petroleum=org:gulf-petroleum',
      'Hyundai Heavy Industries=org:hyundai-heavy-industries',
    ]);
  });

  it('keeps "and" between capitalised words before the head, and an article or connector inside the complement', () => {
    expect(found('The Intelligence and Security Committee of MPs and the Base Realignment and Closure Commission met.')).toEqual([
      'Intelligence and Security Committee=org:intelligence-and-security-committee',
      'Base Realignment and Closure Commission=org:base-realignment-and-closure-commission',
    ]);
    expect(found('The Human Rights Centre for the Assistance of Prisoners said.')).toEqual([
      'Human Rights Centre for the Assistance of Prisoners=org:human-rights-centre-for-the-assistance-of-prisoners',
    ]);
    // A country before "and" is a name of its own.
    expect(found('Iraq and Syria Development Fund officials met.')).toEqual(['Iraq=country:iq', 'Syria Development Fund=org:syria-development-fund']);
  });
});

describe('name variants within an article', () => {
  it('reads a middle initial and a later family name as the known person', () => {
    expect(found('Antony J. Blinken arrived. Blinken said talks went well.')).toEqual([
      'Antony J. Blinken=person:antony-blinken',
      'Blinken=person:antony-blinken',
    ]);
  });

  it('keeps a particle written before a later family name', () => {
    expect(found('A tape of Osama bin Laden aired. Bin Laden said so; bin Laden left.')).toEqual([
      'Osama bin Laden=person:osama-bin-laden',
      'Bin Laden=person:osama-bin-laden',
      'bin Laden=person:osama-bin-laden',
    ]);
  });

  it('keeps a generational suffix in the name and reads the family name before it later', () => {
    expect(found('Martin Luther King Jr. said he had a dream. King spoke in Washington.')).toEqual([
      'Martin Luther King Jr.=person:martin-luther-king-jr',
      'King=person:martin-luther-king-jr',
    ]);
  });

  it('reads a short form the article defines in brackets as the same entity later', () => {
    expect(found("Kurdistan Workers' Party (PKK) fighters withdrew. The PKK said so.")).toEqual([
      "Kurdistan Workers' Party=org:pkk",
      'PKK=org:pkk',
      'PKK=org:pkk',
    ]);
    const { found: names, discovered } = recognised('The Islamic Supreme Council of Iraq (ISCI) won seats. ISCI leaders met.');
    expect(names).toEqual([
      'Islamic Supreme Council of Iraq=org:islamic-supreme-council-of-iraq',
      'ISCI=org:islamic-supreme-council-of-iraq',
      'ISCI=org:islamic-supreme-council-of-iraq',
    ]);
    expect(discovered.get('org:islamic-supreme-council-of-iraq')?.readFromText).toBe('Islamic Supreme Council of Iraq (ISCI)');
  });
});

describe('places the knowledge base lacks', () => {
  it('reads a name followed by its type as a place, the mention being the name alone', () => {
    const { found: names, discovered } = recognised('Police in Farah province defected, and the Sayed Abad district fell.');
    expect(names).toEqual(['Farah=place:farah', 'Sayed Abad=place:sayed-abad']);
    expect(discovered.get('place:sayed-abad')?.readFromText).toBe('Sayed Abad district');
    expect(found('Iraq’s Nineveh governorate voted.')).toContain('Nineveh=place:nineveh');
  });

  it('reads no place from a clause word or a known name before the type', () => {
    expect(found('The province was calm.')).toEqual([]);
    expect(found('Each district voted, Iraq province by province.')).toEqual(['Iraq=country:iq']);
  });
});

describe('landmarks and settlements the knowledge base lacks', () => {
  const PLACES: Entity[] = [
    ...ENTITIES,
    { id: 'country:il', kind: 'country', name: 'Israel', weakAliases: ['Israeli'] },
    { id: 'place:gaza', kind: 'place', name: 'Gaza', country: 'country:ps' },
    { id: 'place:leicester', kind: 'place', name: 'Leicester', country: 'country:gb' },
    { id: 'place:kabul', kind: 'place', name: 'Kabul', country: 'country:af' },
    { id: 'place:damascus', kind: 'place', name: 'Damascus', country: 'country:sy' },
    { id: 'place:khost', kind: 'place', name: 'Khost', country: 'country:af' },
  ];
  const read = (text: string) => recognised(text, Gazetteer.compile(PLACES));

  it('reads a name ending on a landmark head noun as a place, head included', () => {
    const { found: names, discovered } = read('Patients fled Shifa Hospital for Tiananmen Square, then the Qandil Mountains and the Swat valley.');
    expect(names).toEqual([
      'Shifa Hospital=place:shifa-hospital',
      'Tiananmen Square=place:tiananmen-square',
      'Qandil Mountains=place:qandil-mountains',
      'Swat valley=place:swat-valley',
    ]);
    expect(discovered.get('place:shifa-hospital')?.readFromText).toBe('Shifa Hospital');
  });

  it('reads no landmark from a head alone, a generic modifier, a demonym or a longer name', () => {
    expect(found('Palace officials said Square Enix would buy the Hamad Medical Corporation.').filter((f) => f.includes('place:'))).toEqual([]);
    expect(read('The Presidential Palace and the International Airport were shelled.').found).toEqual([]);
    expect(read('Occupy Wall Street protesters marched.').found).toEqual([]);
    expect(read('Israeli Airport staff left.').found).toEqual([]);
  });

  it('takes a known place inside a landmark whole, but not a club of an English town', () => {
    expect(read('Strikes hit Gaza City and Kabul Airport.').found).toEqual(['Gaza City=place:gaza-city', 'Kabul Airport=place:kabul-airport']);
    expect(read('Leicester City won again.').found).toEqual(['Leicester=place:leicester']);
  });

  it('reads a name opened by Mount or Camp', () => {
    expect(read('Yazidis fled to Mount Sinjar while troops held Camp Salerno.').found).toEqual(['Mount Sinjar=place:mount-sinjar', 'Camp Salerno=place:camp-salerno']);
  });

  it('reads a settlement from its description, with the country written after it, and its later mentions', () => {
    const { found: names, discovered } = read('Smoke was seen from the city of Sderot, Israel, on Monday. Rockets fell on Sderot again.');
    expect(names).toEqual(['Sderot=place:sderot', 'Israel=country:il', 'Sderot=place:sderot']);
    expect(discovered.get('place:sderot')?.country).toBe('country:il');
    expect(discovered.get('place:sderot')?.readFromText).toBe('city of Sderot');
    expect(read('Fighters besieged the Kurdish town of Kobane.').found).toEqual(['Kobane=place:kobane']);
    expect(read('He was held in the cities of Khost, Asadabad and Jalalabad.').found).toEqual(['Khost=place:khost', 'Asadabad=place:asadabad', 'Jalalabad=place:jalalabad']);
  });

  it('reads camps and prisons named before their type, the mention being the name alone', () => {
    expect(read('Strikes hit Al-Maghazi refugee camp.').found).toEqual(['Al-Maghazi=place:al-maghazi']);
    expect(read('They were taken to Belmarsh and Woodhill prisons.').found).toEqual(['Belmarsh=place:belmarsh', 'Woodhill=place:woodhill']);
  });

  it('reads a settlement placed by a known place, a state abbreviation or a distance after it', () => {
    expect(read('They met in Annapolis, Md., last week.').found).toEqual(['Annapolis=place:annapolis']);
    expect(read('His home, in Midan in southern Damascus, was hit.').found).toEqual(['Midan=place:midan', 'Damascus=place:damascus']);
    expect(read('Militants fired near Maydon Shahr, about 20 miles southwest of Kabul.').found).toEqual(['Maydon Shahr=place:maydon-shahr', 'Kabul=place:kabul']);
    // ", Israel said": the country opens a clause; "in Arabic": a language.
    expect(read('In Smallville, Israel said it would wait.').found).toEqual(['Israel=country:il']);
    expect(read('He spoke in Arabic in Damascus.').found).toEqual(['Damascus=place:damascus']);
  });
});

describe('titles of rulers and clerics', () => {
  const RULERS: Entity[] = [
    ...ENTITIES,
    { id: 'country:qa', kind: 'country', name: 'Qatar' },
    { id: 'country:af', kind: 'country', name: 'Afghanistan' },
    {
      id: 'person:tamim-bin-hamad-al-thani', kind: 'person', name: 'Tamim bin Hamad Al Thani', surname: 'Tamim',
      roles: [{ title: 'Emir', country: 'country:qa', from: '2013' }],
    },
    {
      id: 'person:mohammed-omar', kind: 'person', name: 'Mohammed Omar', surname: 'Omar',
      roles: [{ title: 'Prime Minister', country: 'country:af', from: '1996-09-27', to: '2001-11-13' }],
    },
  ];
  const read = (text: string) => recognised(text, Gazetteer.compile(RULERS)).found;

  it('reads a ruler by title and given name as the known ruler ("Emir Tamim")', () => {
    expect(read('Emir Tamim hosted the talks in Qatar.')).toContain('Tamim=person:tamim-bin-hamad-al-thani');
  });

  it('reads a royal or a pope the base lacks from the title ("Prince Harry")', () => {
    expect(read('Prince Harry spoke to reporters.')).toContain('Harry=person:harry');
  });

  it('keeps a religious title that news writes as part of the name, for known and unknown people', () => {
    expect(read('Mullah Mohammed Omar ruled. Later Mullah Omar hid.')).toEqual([
      'Mullah Mohammed Omar=person:mohammed-omar',
      'Mullah Omar=person:mohammed-omar',
    ]);
    expect(read('Taliban commander Mullah Dadullah was killed.')).toContain('Mullah Dadullah=person:mullah-dadullah');
    expect(read('Taliban leader Mullah Omar has not signed off.')).toContain('Mullah Omar=person:mullah-omar');
  });

  it('reads "Said" as a given name before another name word, never as the verb', () => {
    expect(read('Said Jalili, Iran’s nuclear negotiator, said talks failed.')).toContain('Said Jalili=person:said-jalili');
    expect(read('Foreign Minister Said Jalili left.')).toContain('Said Jalili=person:said-jalili');
    expect(read('Said the minister: no talks. Prime Minister Said To Resign.')).toEqual([]);
  });

  it('reads a name after "Sheikh" as a person even where its first word is a place', () => {
    const withSabah = Gazetteer.compile([...RULERS, { id: 'place:sabah', kind: 'place', name: 'Sabah', country: 'country:my' }]);
    const names = recognised('Sheikh Sabah al-Khalid met the envoy in Sabah.', withSabah).found;
    expect(names).toEqual(['Sabah al-Khalid=person:sabah-al-khalid', 'Sabah=place:sabah']);
  });

  it('reads a name with a soft hyphen or a zero-width space inside it as one name', () => {
    const text = 'Hussain al-Shah\u00ADristani, Iraq’s oil minister, said so.';
    const { found: names } = recognised(text);
    expect(names).toEqual(['Hussain al-Shah\u00ADristani=person:hussain-al-shahristani', 'Iraq=country:iq']);
    expect(found('Secretary of State Antony Blin\u200Bken flew in.')).toContain('Antony Blin\u200Bken=person:antony-blinken');
  });
});

describe('per-run isolation', () => {
  it('never lets one article’s discovered entities appear in the next', () => {
    const gazetteer = Gazetteer.compile(ENTITIES);
    const first = recogniseArticle('Hussain al-Shahristani, Iraq’s oil minister, said exports would rise.', gazetteer);
    expect(first.discovered.map((e) => e.id)).toContain('person:hussain-al-shahristani');
    const second = recogniseArticle('Shahristani was not there, Iraqi officials said.', gazetteer);
    expect(second.mentions.map((m) => m.entityId)).not.toContain('person:hussain-al-shahristani');
    expect(second.discovered).toEqual([]);
    expect(gazetteer.get('person:hussain-al-shahristani')).toBeUndefined();
  });
});
