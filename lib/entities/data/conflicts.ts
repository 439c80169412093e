import type { DisputeEntity } from '../types';
import { d } from './disputes';

/**
 * Wars, armed conflicts and frozen conflicts as news names them ("the conflict in Darfur", "the Syrian
 * civil war", "the Six-Day War", "Operation Iraqi Freedom"), each with what its parties call it. A war
 * inside one state has that state as its only party; the territorial disputes some of them grew out of
 * (Kashmir, Nagorno-Karabakh, Cyprus) are in disputes.ts and carry their own war names there.
 *
 * Aliases are the names news uses for the war itself. A country's name is in one only where news names
 * the war by it and the country has had no other war to name so ("the war in Syria", "Yemen's civil
 * war": `warIn`, and `civilWar` given the country); where it has ("the war in Iraq", "the Afghan war"),
 * the phrase describes more than it names, and the country keeps its own mention. Such a war has its
 * common name as its neutral name and its dates in its card name ("Iraq War (2003–2011)"), which running
 * text never matches. The wording around a region ("conflict in Darfur") is listed with `around`; a bare
 * region name stays the place's.
 */

/**
 * How news names a conflict around the region it is fought in: "Darfur conflict", "conflict in Darfur",
 * "war in Darfur". Only for regions: around a country's name ("war in Iraq") the phrase would take the
 * country's own mention, and news uses it as a description more than as a name.
 */
function around(region: string): string[] {
  return [`${region} conflict`, `conflict in ${region}`, `war in ${region}`, `${region} war`];
}

/**
 * A civil war named by its country's adjective ("Syrian civil war"), which leaves the country's own
 * mentions alone, and, given the country of a war that is the only civil war news gives it, by the
 * country's name ("the civil war in Lebanon", "Lebanon's civil war").
 */
function civilWar(demonym: string, country?: string): string[] {
  return [`${demonym} civil war`, `${demonym} Civil War`, ...(country ? [`civil war in ${country}`, `${country}'s civil war`, `${country} civil war`] : [])];
}

/**
 * How news names a war by the country it is fought in, for a country whose one war this is: "the war in
 * Yemen", "the Syria war", "the Libyan conflict". The phrase takes the country's mention there, as "the
 * Darfur conflict" takes the region's: it is the war's name in that article, and the country is named
 * in it. Not "the conflict in Syria", which news writes of any fighting there, as a description.
 */
function warIn(country: string, demonym: string): string[] {
  return [`war in ${country}`, `${country} war`, `${demonym} war`, `${demonym} conflict`];
}

export const CONFLICTS: readonly DisputeEntity[] = [
  // ── The world wars and the Cold War ─────────────────────────────────────────────────────────
  // Named in diplomatic news as the origin of standing quarrels (reparations, apologies, borders, memorials).
  d('world-war-i', 'historical', { fr: 'First World War', gb: 'First World War', us: 'World War I', de: 'First World War', ru: 'First World War', tr: 'First World War' },
    'War of 1914–1918 between the Allies (France, Britain, Russia, Italy and from 1917 the United States) and the Central Powers (Germany, Austria-Hungary, the Ottoman Empire and Bulgaria); its peace treaties redrew the borders of Europe and the Middle East.',
    { name: 'World War I', neutralName: 'First World War', aliases: ['First World War', 'World War One', 'World War 1', 'WWI', 'WW1', 'Great War'] }),
  d('world-war-ii', 'historical', {
    gb: 'Second World War', us: 'World War II', fr: 'Second World War', de: 'Second World War', pl: 'Second World War',
    ru: 'Great Patriotic War', cn: 'War of Resistance against Japanese Aggression', jp: 'Pacific War',
  },
    'War of 1939–1945 between the Axis (Germany, Japan, Italy) and the Allies (among them Britain, the Soviet Union, the United States and China); its dead, occupations and borders remain live between states, from Japan’s relations with China and Korea to claims for reparations from Germany.',
    {
      name: 'World War II', neutralName: 'Second World War',
      aliases: [
        'Second World War', 'World War Two', 'World War 2', 'WWII', 'WW2', 'WW II', 'Great Patriotic War', 'Pacific War',
        'War of Resistance against Japanese Aggression', 'War of Resistance Against Japanese Aggression',
      ],
    }),
  d('holocaust', 'historical', { de: 'Holocaust', il: 'Shoah', pl: 'Holocaust' },
    'Nazi Germany’s genocide of about six million European Jews from 1941 to 1945; its remembrance and the responsibility for it still shape relations between Germany, Israel, Poland and other states.',
    { name: 'Holocaust', aliases: ['Shoah'] }),
  d('cold-war', 'historical', { us: 'Cold War', ru: 'Cold War' },
    'Rivalry from the late 1940s until 1991 between the United States and its allies and the Soviet Union and its allies, fought through arms races, proxy wars and ideology rather than war between them; it ended with the Soviet Union’s dissolution in December 1991.',
    { name: 'Cold War' }),
  d('cuban-missile-crisis', 'historical', { us: 'Cuban Missile Crisis', ru: 'Caribbean Crisis', cu: 'October Crisis' },
    'Confrontation in October 1962 between the United States and the Soviet Union over Soviet nuclear missiles in Cuba; it ended when Moscow withdrew them and Washington pledged not to invade Cuba and, in secret, to remove its own missiles from Turkey.',
    { name: 'Cuban Missile Crisis', aliases: ['Cuban missile crisis', 'Caribbean Crisis'] }),

  // ── Middle East ─────────────────────────────────────────────────────────────────────────────
  d('arab-israeli-conflict', 'security', {
    il: 'Arab–Israeli conflict',
    ps: 'Arab–Israeli conflict',
    sy: 'Arab–Zionist conflict',
    lb: 'Arab–Israeli conflict',
    eg: 'Arab–Israeli conflict',
    jo: 'Arab–Israeli conflict',
  },
    'The conflict between Israel and Arab states and peoples since Israel’s founding in 1948, fought in several wars (1948, 1956, 1967, 1973, 1982); Egypt (1979) and Jordan (1994) made peace with Israel, and several Arab states normalised relations under the 2020 Abraham Accords.',
    {
      name: 'Arab–Israeli conflict', neutralName: 'Arab–Israeli conflict',
      aliases: ['Arab-Israeli conflict', 'Israeli-Arab conflict', 'Middle East conflict', 'Mideast conflict', 'Arab-Israeli wars'],
    }),
  d('six-day-war', 'security', { il: 'Six-Day War', eg: 'Naksa (the setback)', sy: 'June 1967 war', jo: 'June 1967 war' },
    'War of 5–10 June 1967 in which Israel took Gaza and Sinai from Egypt, the West Bank and East Jerusalem from Jordan and the Golan Heights from Syria; the lines of 4 June 1967 are the reference of later peace plans.',
    { name: 'Six-Day War', aliases: ['Six Day War', '1967 war', '1967 Mideast war', '1967 Middle East war', '1967 Arab-Israeli war', 'June 1967 war', 'Naksa'] }),
  d('yom-kippur-war', 'security', { il: 'Yom Kippur War', eg: 'October War', sy: 'October Liberation War' },
    'War launched by Egypt and Syria against Israel on 6 October 1973, Yom Kippur; it led to the 1978 Camp David Accords and the 1979 Egypt–Israel peace treaty.',
    { name: 'Yom Kippur War', aliases: ['October War', '1973 war', '1973 Arab-Israeli war', '1973 Mideast war', 'Ramadan War', 'October Liberation War'] }),
  d('lebanon-war-2006', 'security', { il: 'Second Lebanon War', lb: 'July War' },
    'Thirty-four-day war between Israel and Hezbollah in July and August 2006, set off by a Hezbollah cross-border raid; it ended with UN Security Council Resolution 1701.',
    { name: 'Second Lebanon War', neutralName: '2006 Lebanon War', aliases: ['July War', '2006 Israel-Hezbollah war'] }),
  d('israel-hezbollah-war-2024', 'security', { il: 'War with Hezbollah (Operation Northern Arrows)', lb: 'Israeli aggression on Lebanon' },
    'Hezbollah began firing on northern Israel on 8 October 2023 in support of Hamas; Israel escalated in September 2024, killed Hezbollah’s leader Hassan Nasrallah and invaded southern Lebanon, and a ceasefire took effect on 27 November 2024.',
    { name: 'Israel–Hezbollah war', neutralName: 'Israel–Hezbollah war (2023–2024)', aliases: ['Hezbollah-Israel war', 'Israel-Hezbollah conflict', 'Operation Northern Arrows'] }),
  d('gaza-war-2008', 'security', { il: 'Operation Cast Lead', ps: 'Gaza massacre (Battle of al-Furqan)' },
    'Israeli offensive against Hamas in the Gaza Strip from 27 December 2008 to 18 January 2009, in which about 1,400 Palestinians and 13 Israelis were killed.',
    { name: 'Gaza War (2008–2009)', aliases: ['Operation Cast Lead', '2008-2009 Gaza war', '2008-09 Gaza war', '2009 Gaza war'] }),
  d('gaza-war-2014', 'security', { il: 'Operation Protective Edge', ps: 'Battle of the Eaten Straw' },
    'Fifty-day Israeli offensive in the Gaza Strip in July and August 2014 after rocket fire from Gaza, in which more than 2,100 Palestinians and 73 Israelis were killed.',
    { name: 'Gaza War (2014)', aliases: ['Operation Protective Edge', '2014 Gaza war', '2014 Gaza conflict'] }),
  d('iran-israel-war-2025', 'security', { il: 'Operation Rising Lion', ir: 'Operation True Promise III', us: 'Operation Midnight Hammer' },
    'Twelve days of Israeli strikes on Iran’s nuclear sites, military leaders and scientists from 13 June 2025, answered by Iranian missile fire on Israel; the United States bombed Fordow, Natanz and Isfahan on 22 June, and a ceasefire took effect on 24 June.',
    {
      name: 'Twelve-Day War', neutralName: 'Iran–Israel war of 2025',
      aliases: ['12-day war', 'Operation Rising Lion', 'Operation Midnight Hammer', 'Operation True Promise III'],
    }),
  d('iraq-war', 'security', { iq: 'Iraq War', us: 'Operation Iraqi Freedom', gb: 'Iraq War (Operation Telic)' },
    'War that began with the US-led invasion of Iraq in March 2003, which overthrew Saddam Hussein, and went on as an insurgency and sectarian war; US combat troops left in December 2011.',
    {
      name: 'Iraq War (2003–2011)', neutralName: 'Iraq War',
      aliases: ['Second Gulf War', 'Operation Iraqi Freedom', 'Operation Telic'],
    }),
  d('gulf-war-1991', 'security', { kw: 'Liberation of Kuwait', iq: 'Mother of All Battles', us: 'Operation Desert Storm', sa: 'Gulf War' },
    'Iraq invaded and annexed Kuwait in August 1990; a US-led coalition authorised by the UN Security Council drove Iraqi forces out in January and February 1991.',
    {
      name: 'Gulf War', neutralName: 'Gulf War',
      aliases: ['Persian Gulf War', 'First Gulf War', '1991 Gulf War', 'Operation Desert Storm', 'Desert Storm', 'Operation Desert Shield', 'Mother of All Battles'],
    }),
  d('iran-iraq-war', 'security', { ir: 'Imposed War (Sacred Defence)', iq: 'Qadisiyyat Saddam' },
    'War of 1980–1988 that began with Iraq’s invasion of Iran and killed hundreds of thousands on both sides, including in Iraqi chemical attacks; it ended in a UN-brokered ceasefire with the border unchanged.',
    { name: 'Iran–Iraq War (1980–1988)', neutralName: 'Iran–Iraq War', aliases: ['Imposed War', 'Sacred Defense', 'Sacred Defence', 'Qadisiyyat Saddam'] }),
  d('war-against-islamic-state', 'security', { iq: 'War against ISIS', sy: 'War on terrorism', us: 'Operation Inherent Resolve' },
    'War against the Islamic State group after it seized Mosul and large parts of Iraq and Syria in 2014; Iraqi forces, Kurdish-led forces and a US-led coalition took back its territory by March 2019.',
    {
      name: 'War against the Islamic State',
      aliases: [
        'Operation Inherent Resolve', 'war against ISIS', 'war against ISIL', 'war against the Islamic State', 'war against Islamic State', 'war on ISIS',
        'fight against ISIS', 'fight against the Islamic State', 'campaign against ISIS', 'campaign against the Islamic State', 'anti-ISIS campaign',
      ],
    }),
  d('syrian-civil-war', 'security', { sy: 'Syrian crisis', tr: 'Syrian civil war', ru: 'Syrian conflict', ir: 'Syrian crisis', us: 'Syrian civil war' },
    'War that grew out of the crackdown on protests against Bashar al-Assad in 2011, drawing in Russia, Iran, Turkey, the United States and armed groups of many sides; rebels led by Hayat Tahrir al-Sham overthrew Assad on 8 December 2024.',
    {
      name: 'Syrian civil war', neutralName: 'Syrian civil war',
      aliases: [...civilWar('Syrian', 'Syria'), ...warIn('Syria', 'Syrian'), 'Syrian revolution', 'Syrian uprising', 'Syrian crisis'],
    }),
  d('yemen-war', 'security', { ye: 'Yemeni civil war', sa: 'Operation Decisive Storm', ae: 'Operation Restoring Hope' },
    'War between the Houthi movement, which took Sanaa in 2014, and Yemen’s internationally recognised government, backed since March 2015 by a Saudi-led coalition; fighting has largely been frozen since a UN-brokered truce in 2022.',
    {
      name: 'Yemeni civil war', neutralName: 'Yemeni civil war',
      aliases: [...civilWar('Yemeni', 'Yemen'), ...warIn('Yemen', 'Yemeni'), 'Operation Decisive Storm', 'Operation Restoring Hope'],
    }),
  d('libyan-civil-war', 'security', { ly: 'Libyan conflict', tr: 'Libyan conflict', ae: 'Libyan conflict', eg: 'Libyan crisis', ru: 'Libyan crisis' },
    'The 2011 uprising that overthrew Muammar Gaddafi with NATO air support, and the war from 2014 between rival governments in Tripoli and the east, backed by Turkey on one side and the UAE, Egypt and Russia on the other; a ceasefire was signed in October 2020.',
    {
      name: 'Libyan civil war', neutralName: 'Libyan civil war',
      aliases: [...civilWar('Libyan', 'Libya'), ...warIn('Libya', 'Libyan'), 'Libyan revolution', '2011 Libyan civil war', 'Second Libyan Civil War', 'Libyan crisis'],
    }),
  d('lebanese-civil-war', 'security', { lb: 'Lebanese civil war', sy: 'Lebanese civil war', il: 'Lebanese civil war' },
    'Civil war of 1975–1990 between Lebanon’s sectarian militias, drawing in Syria, Israel and the PLO; it ended with the 1989 Taif Agreement.',
    { name: 'Lebanese civil war', aliases: [...civilWar('Lebanese', 'Lebanon'), 'Taif Agreement', 'Taif Accord'] }),
  d('qatar-diplomatic-crisis', 'security', {
    qa: 'Illegal blockade of Qatar',
    sa: 'Boycott of Qatar',
    ae: 'Boycott of Qatar',
    bh: 'Boycott of Qatar',
    eg: 'Boycott of Qatar',
  },
    'Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut ties with Qatar and closed its land, sea and air routes in June 2017, accusing it of backing terrorism and Iran; the Al-Ula declaration of January 2021 ended the rift.',
    {
      // Named without "Qatar", whose own mentions the country keeps.
      name: '2017 Gulf crisis', neutralName: 'Qatar diplomatic crisis',
      aliases: ['Gulf rift', 'Gulf diplomatic crisis', 'Al-Ula declaration', 'Al Ula declaration'],
    }),
  d('israeli-blockade-of-gaza', 'security', { il: 'Security blockade of the Gaza Strip', ps: 'Siege of Gaza', eg: 'Rafah crossing closure' },
    'Israel, with Egypt, has restricted the movement of people and goods in and out of the Gaza Strip since Hamas took control there in 2007; Israel says it keeps weapons from Hamas, Palestinians and UN bodies call it collective punishment.',
    { name: 'Blockade of the Gaza Strip', aliases: ['blockade of Gaza', 'Gaza blockade', 'siege of Gaza', 'blockade of the Gaza Strip', 'Gaza siege'] }),

  // ── South and Central Asia ──────────────────────────────────────────────────────────────────
  d('war-in-afghanistan', 'security', { af: 'War in Afghanistan', us: 'Operation Enduring Freedom', gb: 'Operation Herrick' },
    'War that began with the US-led invasion of Afghanistan in October 2001, after the attacks of 11 September, and ended with the Taliban’s return to power when the last US troops left in August 2021.',
    {
      name: 'War in Afghanistan (2001–2021)', neutralName: 'War in Afghanistan',
      aliases: ['Operation Enduring Freedom', 'Operation Herrick'],
    }),
  d('soviet-afghan-war', 'security', { af: 'Soviet–Afghan War', ru: 'Afghan War (1979–1989)' },
    'The Soviet Union invaded Afghanistan in December 1979 to prop up its communist government and fought mujahideen backed by the United States, Pakistan and Saudi Arabia until it withdrew in February 1989.',
    { name: 'Soviet–Afghan War', aliases: ['Soviet-Afghan War'] }),
  d('sri-lankan-civil-war', 'security', { lk: 'Humanitarian operation (war against terrorism)', in: 'Sri Lankan civil war' },
    'War of 1983–2009 between Sri Lanka’s government and the Liberation Tigers of Tamil Eelam, who fought for a Tamil state; it ended with the Tigers’ defeat in May 2009, and alleged war crimes in its final months are still investigated by UN bodies.',
    {
      name: 'Sri Lankan civil war', neutralName: 'Sri Lankan civil war',
      aliases: [...civilWar('Sri Lankan', 'Sri Lanka'), 'Eelam War', 'Eelam War IV', 'Tamil insurgency'],
    }),
  d('kargil-war', 'security', { in: 'Operation Vijay', pk: 'Kargil conflict' },
    'Fighting from May to July 1999 after Pakistani troops and militants occupied heights on India’s side of the Line of Control near Kargil; India retook them and Pakistan withdrew.',
    { name: 'Kargil War', aliases: ['Kargil war', 'Kargil conflict', 'Operation Vijay'] }),
  d('bangladesh-liberation-war', 'historical', { bd: 'Liberation War', pk: '1971 war', in: 'Indo-Pakistani War of 1971' },
    'War of 1971 in which East Pakistan became Bangladesh after a Pakistani army crackdown and an Indian intervention; Bangladesh seeks an apology from Pakistan for the killings of that year.',
    { name: 'Bangladesh Liberation War (1971)', neutralName: 'Bangladesh Liberation War', aliases: ['Indo-Pakistani War of 1971', '1971 Liberation War', '1971 genocide'] }),
  d('india-pakistan-conflict-2025', 'security', { in: 'Operation Sindoor', pk: 'Operation Bunyan-um-Marsoos' },
    'Indian missile strikes on Pakistan and Pakistani Kashmir from 7 May 2025, after a militant attack killed 26 people, mostly tourists, at Pahalgam on 22 April; four days of strikes and drone attacks on both sides ended in a ceasefire on 10 May.',
    { name: 'India–Pakistan conflict (May 2025)', neutralName: '2025 India–Pakistan conflict', aliases: ['Operation Sindoor', 'Operation Bunyan-um-Marsoos', 'Bunyan-um-Marsoos'] }),
  d('sino-indian-war', 'historical', { in: 'Sino-Indian War of 1962', cn: 'China–India border self-defence counterattack' },
    'Month-long border war of October–November 1962 in which Chinese forces advanced in Aksai Chin and the North-East Frontier Agency before declaring a ceasefire and withdrawing in the east.',
    { name: 'Sino-Indian War', aliases: ['1962 Sino-Indian war'] }),
  d('balochistan-insurgency', 'security', { pk: 'Terrorism in Balochistan', af: 'Balochistan insurgency' },
    'Insurgency by Baloch separatist groups against Pakistan’s state and Chinese-funded projects in Balochistan; Pakistan accuses India and groups in Afghanistan of backing it.',
    { name: 'Balochistan insurgency', aliases: ['Balochistan insurgency', 'insurgency in Balochistan', 'Baloch insurgency', 'Balochistan conflict', 'conflict in Balochistan'] }),

  // ── East and South-East Asia ────────────────────────────────────────────────────────────────
  d('vietnam-war', 'historical', { vn: 'Resistance War against America', us: 'Vietnam War' },
    'War of 1955–1975 between communist North Vietnam, with the Viet Cong, and South Vietnam backed by the United States, which sent combat troops from 1965 to 1973; it ended with the fall of Saigon in April 1975.',
    { name: 'Vietnam War (1955–1975)', neutralName: 'Vietnam War', aliases: ['Second Indochina War', 'Resistance War against America'] }),
  d('sino-vietnamese-war', 'historical', { vn: 'War to defend the northern border', cn: 'Self-defence counterattack against Vietnam' },
    'Chinese invasion of northern Vietnam in February–March 1979, after Vietnam overthrew the Khmer Rouge in Cambodia; border clashes went on through the 1980s.',
    { name: 'Sino-Vietnamese War', aliases: ['Sino-Vietnamese War', '1979 Sino-Vietnamese war', '1979 border war'] }),
  d('myanmar-civil-war', 'security', { mm: 'Myanmar conflict', th: 'Myanmar conflict', cn: 'Myanmar conflict' },
    'Armed resistance by ethnic armed organisations and the People’s Defence Forces against Myanmar’s military since its coup of 1 February 2021; an offensive launched in October 2023 (Operation 1027) took large areas along the Chinese border.',
    {
      name: 'Myanmar civil war (2021–)', neutralName: 'Myanmar civil war',
      aliases: [...civilWar('Burmese', 'Myanmar'), 'Operation 1027'],
    }),
  d('mindanao-conflict', 'security', { ph: 'Bangsamoro peace process', my: 'Mindanao peace process' },
    'Decades of Muslim separatist insurgency in the southern Philippines; the Moro Islamic Liberation Front signed a peace deal in 2014 that created the autonomous Bangsamoro region in 2019, which Malaysia helped broker. Islamic State-linked fighters besieged Marawi in 2017.',
    { name: 'Moro conflict', aliases: ['Moro conflict', 'Mindanao conflict', 'conflict in Mindanao', 'Bangsamoro peace process', 'Mindanao peace process', 'Marawi siege', 'siege of Marawi', 'Battle of Marawi'] }),
  d('papua-conflict', 'security', { id: 'Papua security disturbances', pg: 'West Papua conflict' },
    'Low-level separatist insurgency in Indonesia’s Papua region since its 1969 integration into Indonesia through a contested UN-supervised vote.',
    { name: 'Papua conflict', aliases: [...around('Papua'), 'West Papua conflict', 'Papua insurgency', 'Act of Free Choice'] }),

  d('tibet-question', 'legal', { cn: 'Xizang affairs (an internal matter of China)', in: 'Tibet issue' },
    'China took control of Tibet in 1950 and put down an uprising in 1959, after which the Dalai Lama fled to India, where the Tibetan government-in-exile sits in Dharamsala; China rejects his call for genuine autonomy and says it alone will approve his successor.',
    {
      name: 'Tibet question',
      aliases: ['Tibet issue', 'Tibetan issue', 'Tibetan question', 'status of Tibet', 'invasion of Tibet', 'Chinese invasion of Tibet', 'annexation of Tibet', 'Tibetan independence', 'Tibetan autonomy', 'Tibetan uprising', '1959 Tibetan uprising'],
    }),

  // ── Europe and the former Soviet Union ──────────────────────────────────────────────────────
  d('chechen-wars', 'security', { ru: 'Counter-terrorist operation in the North Caucasus', ge: 'Chechen conflict' },
    'Wars of 1994–1996 and 1999–2009 in which Russia fought Chechen separatists and later Islamist insurgents; Russia accused Georgia of harbouring fighters in the Pankisi Gorge.',
    {
      name: 'Chechen wars', neutralName: 'Chechen wars',
      aliases: [
        'Chechen war', 'Chechen wars', 'First Chechen War', 'Second Chechen War', 'war in Chechnya', 'Chechen conflict', 'conflict in Chechnya', 'Chechnya conflict',
        'Chechnya war', 'Chechen insurgency', 'North Caucasus insurgency', 'insurgency in the North Caucasus',
      ],
    }),
  d('bosnian-war', 'historical', { ba: 'Aggression against Bosnia and Herzegovina', rs: 'Civil war in Bosnia and Herzegovina', hr: 'Bosnian War' },
    'War of 1992–1995 after Bosnia and Herzegovina declared independence from Yugoslavia, with sieges and ethnic cleansing, among them the siege of Sarajevo and the Srebrenica massacre; it ended with the Dayton Agreement.',
    {
      name: 'Bosnian War',
      aliases: ['Bosnian war', 'war in Bosnia', 'Bosnian conflict', 'Bosnia war', 'Dayton Agreement', 'Dayton Accords', 'Dayton peace agreement', 'siege of Sarajevo'],
    }),
  d('srebrenica-genocide', 'historical', { ba: 'Srebrenica genocide', rs: 'Srebrenica crime' },
    'Killing of more than 8,000 Bosniak men and boys by Bosnian Serb forces at Srebrenica in July 1995, ruled a genocide by international courts; Serbia and Bosnian Serb leaders reject the term, and a 2024 UN General Assembly resolution set a day of remembrance.',
    { name: 'Srebrenica genocide', aliases: ['Srebrenica genocide', 'Srebrenica massacre', 'genocide in Srebrenica'] }),
  d('kosovo-war', 'historical', { xk: 'Kosovo War', rs: 'NATO aggression against the Federal Republic of Yugoslavia' },
    'War of 1998–1999 between Yugoslav forces and the Kosovo Liberation Army, ended by a 78-day NATO bombing campaign against Yugoslavia; Kosovo came under UN administration and declared independence in 2008.',
    { name: 'Kosovo War (1998–1999)', neutralName: 'Kosovo War', aliases: ['NATO bombing of Yugoslavia', '1999 NATO bombing'] }),
  d('croatian-war', 'historical', { hr: 'Homeland War', rs: 'War in Croatia' },
    'War of 1991–1995 after Croatia declared independence from Yugoslavia, fought against Croatian Serb forces backed by the Yugoslav army; it ended with Croatian offensives in 1995 and the peaceful reintegration of eastern Slavonia.',
    { name: 'Croatian War of Independence', aliases: ['Homeland War', 'Operation Storm'] }),
  d('yugoslav-wars', 'historical', { rs: 'Wars in the former Yugoslavia', hr: 'Yugoslav wars', ba: 'Yugoslav wars', si: 'Ten-Day War' },
    'The wars that broke up Yugoslavia between 1991 and 2001, in Slovenia, Croatia, Bosnia and Herzegovina, Kosovo and North Macedonia; a UN tribunal in The Hague tried those accused of war crimes.',
    { name: 'Yugoslav Wars', aliases: ['Yugoslav wars', 'wars in the former Yugoslavia', 'Balkan wars of the 1990s', 'breakup of Yugoslavia', 'Ten-Day War'] }),
  d('northern-ireland-conflict', 'historical', { gb: 'Northern Ireland conflict', ie: 'Northern Ireland conflict' },
    'Three decades of violence over Northern Ireland’s status, known as the Troubles, which killed about 3,500 people before the 1998 Good Friday (Belfast) Agreement.',
    {
      name: 'Northern Ireland conflict',
      aliases: ['conflict in Northern Ireland', 'Good Friday Agreement', 'Belfast Agreement', 'Northern Ireland peace process', 'Northern Irish peace process'],
    }),
  d('basque-conflict', 'historical', { es: 'Basque conflict', fr: 'Basque conflict' },
    'The armed campaign of the Basque separatist group ETA in Spain and France, which killed more than 800 people before ETA ended its violence in 2011 and disbanded in 2018.',
    { name: 'Basque conflict', aliases: ['Basque separatist conflict'] }),
  d('armenia-azerbaijan-wars', 'security', { am: 'Artsakh wars', az: 'Patriotic War (2020)' },
    'The First Karabakh War of 1988–1994, in which Armenian forces took Nagorno-Karabakh and surrounding districts, and the 44-day Second Karabakh War of autumn 2020, in which Azerbaijan retook most of them.',
    {
      name: 'Karabakh wars',
      aliases: ['First Karabakh War', 'Second Karabakh War', '44-day war', 'Patriotic War of 2020', 'First Nagorno-Karabakh War', 'Second Nagorno-Karabakh War', 'Armenian-Azerbaijani war'],
    }),

  // ── Africa ──────────────────────────────────────────────────────────────────────────────────
  d('darfur-conflict', 'security', { sd: 'Darfur conflict', td: 'Darfur crisis' },
    'War in western Sudan since 2003 between rebel groups and the government with its Janjaweed militias, in which some 300,000 people died by UN estimates and which the United States called genocide; the International Criminal Court indicted Omar al-Bashir. Chad and Sudan accused each other of backing rebels until 2010.',
    {
      name: 'Darfur conflict', neutralName: 'Darfur conflict',
      aliases: [...around('Darfur'), 'Darfur crisis', 'crisis in Darfur', 'Darfur genocide', 'genocide in Darfur', 'Darfur peace process', 'Darfur peace talks'],
    }),
  d('sudan-war-2023', 'security', { sd: 'War of dignity (Rapid Support Forces rebellion)', ae: 'Sudanese civil war' },
    'War between Sudan’s army and the paramilitary Rapid Support Forces since 15 April 2023, which has displaced millions; Sudan accuses the United Arab Emirates of arming the RSF, which the UAE denies.',
    {
      name: 'Sudanese civil war', neutralName: 'War in Sudan (2023–)',
      aliases: [...civilWar('Sudanese')],
    }),
  d('south-sudan-civil-war', 'security', { ss: 'South Sudanese civil war', ug: 'South Sudanese civil war', sd: 'South Sudanese civil war' },
    'Civil war of 2013–2018 between forces loyal to President Salva Kiir and to his former deputy Riek Machar, ended by a 2018 peace agreement whose terms are only partly carried out.',
    { name: 'South Sudanese civil war', aliases: [...civilWar('South Sudanese', 'South Sudan')] }),
  d('tigray-war', 'security', { et: 'Law enforcement operation in Tigray', er: 'Tigray war' },
    'War from November 2020 between Ethiopia’s federal government, joined by Eritrean troops, and the Tigray People’s Liberation Front, with hundreds of thousands of deaths; it ended with the Pretoria agreement of 2 November 2022.',
    { name: 'Tigray war', aliases: [...around('Tigray'), 'Tigray crisis', 'crisis in Tigray', 'Pretoria agreement', 'Ethiopian civil war'] }),
  d('eastern-congo-conflict', 'security', { cd: 'Rwandan aggression', rw: 'Eastern DRC security crisis', ug: 'Eastern DRC conflict' },
    'Fighting in the eastern Democratic Republic of the Congo among armed groups, above all the M23 rebels, whom the UN and Congo say Rwanda backs; M23 took Goma and Bukavu in early 2025, and the two countries signed a peace agreement in Washington in June 2025.',
    {
      name: 'Eastern Congo conflict', neutralName: 'Kivu conflict',
      aliases: [
        'Kivu conflict', 'conflict in eastern Congo', 'eastern Congo conflict', 'conflict in eastern DRC', 'eastern DRC conflict', 'conflict in the eastern DRC',
        'conflict in eastern Democratic Republic of Congo', 'M23 rebellion', 'M23 crisis', 'M23 conflict', 'war in eastern Congo',
      ],
    }),
  d('congo-wars', 'historical', { cd: 'Congo wars', rw: 'Congo wars', ug: 'Congo wars', ao: 'Congo wars', zw: 'Congo wars' },
    'The First (1996–1997) and Second (1998–2003) Congo Wars, which drew in the armies of many African states and, with the disease and hunger they caused, killed millions.',
    { name: 'Congo wars', aliases: ['First Congo War', 'Second Congo War', 'Great African War', 'Great War of Africa', 'Congo war'] }),
  d('sahel-insurgency', 'security', { ml: 'Fight against terrorism', bf: 'Fight against terrorism', ne: 'Fight against terrorism', fr: 'Operation Barkhane' },
    'Jihadist insurgency across Mali, Burkina Faso and Niger since 2012, when rebels and jihadists took northern Mali; French forces intervened from 2013 until the military juntas that took power in the three countries turned to Russia and made them leave by 2023.',
    {
      name: 'Sahel insurgency',
      aliases: ['insurgency in the Sahel', 'jihadist insurgency in the Sahel', 'Sahel conflict', 'conflict in the Sahel', 'Malian conflict', 'Northern Mali conflict', 'Operation Serval', 'Operation Barkhane'],
    }),
  d('boko-haram-insurgency', 'security', { ng: 'Boko Haram insurgency', cm: 'Boko Haram insurgency', td: 'Boko Haram insurgency', ne: 'Boko Haram insurgency' },
    'Islamist insurgency in north-eastern Nigeria since 2009 by Boko Haram and its offshoot, Islamic State West Africa Province, which has spread around Lake Chad to Cameroon, Chad and Niger.',
    { name: 'Boko Haram insurgency' }),
  d('somali-civil-war', 'security', { so: 'War against al-Shabaab', ke: 'Operation Linda Nchi', et: 'Somali conflict' },
    'Civil war since the collapse of Somalia’s government in 1991, fought since the late 2000s mainly against al-Shabaab, with African Union forces and troops from Kenya and Ethiopia.',
    { name: 'Somali civil war', aliases: [...civilWar('Somali', 'Somalia'), ...warIn('Somalia', 'Somali'), 'Operation Linda Nchi'] }),
  d('cabo-delgado-insurgency', 'security', { mz: 'Cabo Delgado insurgency', rw: 'Cabo Delgado insurgency' },
    'Islamic State-linked insurgency since 2017 in Mozambique’s northern Cabo Delgado province, near large gas projects; Rwandan troops have helped Mozambique fight it since 2021.',
    { name: 'Cabo Delgado insurgency', aliases: [...around('Cabo Delgado'), 'insurgency in Cabo Delgado'] }),
  d('sierra-leone-civil-war', 'historical', { sl: 'Sierra Leone civil war', lr: 'Sierra Leone civil war' },
    'War of 1991–2002 in which the Revolutionary United Front, backed by Liberia’s Charles Taylor, fought Sierra Leone’s governments, with mass mutilations and child soldiers; Taylor was convicted of aiding its war crimes by a UN-backed court in 2012.',
    { name: 'Sierra Leone civil war (1991–2002)', neutralName: 'Sierra Leone civil war', aliases: [...civilWar('Sierra Leonean', 'Sierra Leone')] }),
  d('liberian-civil-wars', 'historical', { lr: 'Liberian civil wars', sl: 'Liberian civil wars' },
    'The civil wars of 1989–1997 and 1999–2003 in Liberia, in which Charles Taylor rose to power and was forced out; they killed about 250,000 people.',
    { name: 'Liberian civil wars', aliases: [...civilWar('Liberian', 'Liberia'), 'First Liberian Civil War', 'Second Liberian Civil War'] }),
  d('rwandan-genocide', 'historical', { rw: 'Genocide against the Tutsi', fr: 'Rwandan genocide' },
    'Killing of about 800,000 people, most of them Tutsi, by Hutu extremists in April–July 1994; Rwanda long accused France of complicity, and a 2021 French report found France bore heavy responsibility, which President Macron acknowledged.',
    { name: 'Rwandan genocide', aliases: ['genocide against the Tutsi', '1994 genocide against the Tutsi', 'genocide against the Tutsis'] }),

  // ── The Americas ────────────────────────────────────────────────────────────────────────────
  d('colombian-conflict', 'security', { co: 'Colombian armed conflict', ve: 'Colombian armed conflict' },
    'Armed conflict since the 1960s between Colombia’s state, left-wing guerrillas such as the FARC and ELN, and right-wing paramilitaries; the FARC disarmed under a 2016 peace agreement, while the ELN and FARC splinter groups fight on, partly from Venezuela.',
    {
      name: 'Colombian conflict',
      aliases: ['Colombian armed conflict', 'Colombian peace process', 'Colombian peace deal', 'FARC peace deal'],
    }),
  d('mexican-drug-war', 'security', { mx: 'Fight against organised crime', us: 'Mexican drug war' },
    'Violence between Mexico’s drug cartels and the state since the army was sent against them in 2006, with hundreds of thousands killed; the United States designated several cartels as terrorist organisations in 2025.',
    { name: 'Mexican drug war' }),
];
