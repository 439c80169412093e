import type { DisputeEntity } from '../types';
import { d } from './disputes';

/**
 * Territorial and maritime disputes beyond the core set in disputes.ts: the rest of the world's active
 * (or still-cited) sovereignty, boundary and maritime-zone disputes, with what each party calls them.
 * Long-settled disputes appear only where news still refers to them. A trailing comment cites the
 * reports that a dated fact was checked against (site and date).
 */
export const DISPUTES_WORLD: readonly DisputeEntity[] = [
  // ── Africa ──────────────────────────────────────────────────────────────────────────────────
  d('ilemi-triangle', 'territorial', { ke: 'Ilemi Triangle', ss: 'Ilemi Triangle' },
    'Arid border area north-west of Lake Turkana administered by Kenya and claimed by South Sudan, which inherited Sudan’s claim; Ethiopia has also had historical claims there.',
    { name: 'Ilemi Triangle', aliases: ['Ilemi', 'Ilemi Triangle dispute'] }),
  d('migingo-island', 'territorial', { ke: 'Migingo Island', ug: 'Migingo Island' },
    'Tiny, crowded fishing island in Lake Victoria claimed by both Kenya and Uganda, whose police and fisheries officers have clashed over it.',
    { name: 'Migingo Island dispute', aliases: ['Migingo', 'Migingo Island'] }),
  d('bakassi', 'territorial', { cm: 'Bakassi Peninsula', ng: 'Bakassi Peninsula' },
    'Oil-rich peninsula on the Gulf of Guinea that the International Court of Justice awarded to Cameroon in 2002; Nigeria handed it over under the 2006 Greentree Agreement, completing the transfer in 2008, though many residents and some Nigerian politicians still contest it.',
    { name: 'Bakassi Peninsula dispute', aliases: ['Bakassi', 'Bakassi Peninsula', 'Greentree Agreement'] }),
  d('mbanie-islands', 'territorial', { gq: 'Mbañe, Cocoteros and Conga islands', ga: 'Mbanié, Cocotiers and Conga islands' },
    'Three islets in the Gulf of Guinea, with potentially oil-rich waters, occupied by Gabon since 1972; in May 2025 the International Court of Justice found that Equatorial Guinea holds title to them.', // judgment of 2025-05-19: jurist.org 2025-05, demaribus.net 2025-06
    { name: 'Mbanié Island dispute', aliases: ['Mbanié', 'Mbanie Island', 'Mbañe', 'Cocotiers', 'Cocoteros', 'Conga island'] }),
  d('kenya-somalia-maritime', 'maritime', { so: 'Somalia–Kenya maritime boundary', ke: 'Kenya–Somalia maritime boundary' },
    'Overlapping claims to a triangle of the Indian Ocean thought to hold oil and gas; the International Court of Justice drew a boundary in October 2021 that mostly followed Somalia’s claim, a ruling Kenya rejected.',
    { name: 'Kenya–Somalia maritime dispute', aliases: ['Somalia v. Kenya'] }),
  d('lake-malawi-nyasa', 'territorial', { mw: 'Lake Malawi', tz: 'Lake Nyasa' },
    'Malawi claims the whole of the lake under an 1890 Anglo-German treaty, while Tanzania says the border runs through its middle; the dispute flared over oil exploration licences in 2012.',
    { name: 'Lake Malawi/Nyasa dispute', triggers: ['Lake Malawi', 'Lake Nyasa'] }),
  d('al-fashaga', 'territorial', { sd: 'Al-Fashaga', et: 'Al-Fashaga' },
    'Fertile border area recognised as Sudanese under colonial-era agreements but long farmed by Ethiopians; Sudan’s army took control of most of it in late 2020, raising tension with Ethiopia.',
    { name: 'Al-Fashaga dispute', aliases: ['al-Fashaga', 'Fashaga', 'al-Fashqa', 'Fashqa'] }),
  d('ras-doumeira', 'territorial', { dj: 'Ras Doumeira', er: 'Ras Doumeira' },
    'Promontory and island on the Djibouti–Eritrea border where the two armies fought in 2008; Qatari peacekeepers left in 2017 and the border remains undemarcated.',
    { name: 'Ras Doumeira dispute', aliases: ['Ras Doumeira', 'Doumeira', 'Dumeira Island'] }),
  d('mayotte', 'territorial', { fr: 'Mayotte', km: 'Maore' },
    'Island of the Comoros archipelago that voted to remain French when the other islands became independent in 1975 and has been a French department since 2011; the Comoros claims it.',
    { name: 'Mayotte dispute', aliases: ['Maore'] }),
  d('scattered-islands', 'territorial', { fr: 'Îles Éparses (Scattered Islands)', mg: 'Îles Éparses' },
    'Small French-held islands around Madagascar — the Glorioso Islands, Juan de Nova, Europa and Bassas da India — that Madagascar claims; the two set up a joint commission on them in 2019.',
    {
      name: 'Scattered Islands dispute',
      aliases: ['Îles Éparses', 'Iles Eparses', 'Scattered Islands', 'Glorioso Islands', 'Îles Glorieuses', 'Juan de Nova', 'Europa Island', 'Bassas da India'],
    }),
  d('herero-nama-genocide', 'historical', { na: 'Herero and Nama genocide', de: 'Herero and Nama genocide' },
    'German colonial troops killed tens of thousands of Herero and Nama people in German South West Africa (now Namibia) in 1904–1908; Germany acknowledged it as genocide in 2021 and offered €1.1 billion in development aid, a joint declaration that Herero and Nama leaders and many Namibian politicians reject as not enough.', // joint declaration initialled 2021-05-28: dw.com, bbc.com 2021-05-28
    {
      name: 'Herero and Nama genocide',
      aliases: ['genocide against the Herero and Nama', 'genocide of the Herero and Nama', 'Herero genocide', 'Namibian genocide', 'Herero and Namaqua genocide'],
    }),
  d('tromelin', 'territorial', { fr: 'Tromelin Island', mu: 'Tromelin Island' },
    'Small island in the Indian Ocean administered by France and claimed by Mauritius.',
    { name: 'Tromelin Island dispute', aliases: ['Tromelin', 'Tromelin Island'] }),

  // ── Europe, the Mediterranean and the Middle East ───────────────────────────────────────────
  d('ceuta-melilla', 'territorial', { es: 'Ceuta and Melilla', ma: 'Sebta and Melilla (occupied presidios)' },
    'Spanish cities on the North African coast, with several small islets and rocks, that Morocco claims; Spain and Morocco came to a standoff over the islet of Perejil in 2002.',
    {
      name: 'Ceuta and Melilla dispute',
      aliases: ['Ceuta and Melilla', 'Sebta', 'Sebta and Melilla', 'plazas de soberanía', 'Perejil Island', 'Isla Perejil', 'Leila Island', 'Peñón de Vélez de la Gomera', 'Alhucemas Islands', 'Chafarinas Islands'],
    }),
  d('olivenza', 'territorial', { es: 'Olivenza', pt: 'Olivença' },
    'Border town on the Guadiana river held by Spain since 1801; Portugal has never formally recognised Spanish sovereignty, though the claim is dormant.',
    { name: 'Olivenza dispute', aliases: ['Olivenza', 'Olivença'] }),
  d('rockall', 'maritime', {
    gb: 'Rockall',
    ie: 'Rockall',
    dk: 'Hatton–Rockall area (Faroe Islands’ shelf claim)',
    is: 'Hatton–Rockall area',
  },
    'Uninhabited Atlantic islet annexed by the United Kingdom; Ireland does not accept British sovereignty or a zone around it, a fishing row flared in 2019, and Ireland, Denmark (for the Faroes) and Iceland claim parts of the surrounding continental shelf.',
    { name: 'Rockall dispute', aliases: ['Rockall', 'Hatton-Rockall'] }),
  d('piran-bay', 'maritime', { si: 'Bay of Piran', hr: 'Bay of Savudrija' },
    'Sea and land border dispute between Slovenia and Croatia; an arbitral tribunal awarded most of the bay to Slovenia in 2017, a ruling Croatia rejects.',
    { name: 'Piran Bay dispute', aliases: ['Bay of Piran', 'Piran Bay', 'Savudrija Bay', 'Bay of Savudrija', 'Piran Bay arbitration'] }),
  d('khor-abdullah', 'maritime', { kw: 'Khor Abdullah', iq: 'Khor Abdullah' },
    'Waterway leading to the Iraqi port of Umm Qasr; Iraq’s supreme court struck down the 2012 Iraqi–Kuwaiti navigation agreement in September 2023, which Kuwait protested, and Iraq’s president and prime minister later appealed against the ruling.', // ruling and Kuwaiti protest: shafaq.com 2023-09-16; appeals, menafn.com (KUNA) 2025-04-21
    { name: 'Khor Abdullah dispute', aliases: ['Khor Abdullah', 'Khawr Abd Allah'] }),
  d('dorra-arash-gas-field', 'maritime', { kw: 'Dorra gas field', sa: 'Dorra gas field', ir: 'Arash gas field' },
    'Offshore gas field in the northern Gulf that Kuwait and Saudi Arabia say belongs to them jointly and plan to develop; Iran claims a share of it.',
    { name: 'Dorra/Arash gas field dispute', aliases: ['Dorra gas field', 'Durra gas field', 'Arash gas field', 'Dorra field', 'Arash field'] }),
  d('tiran-sanafir', 'territorial', { eg: 'Tiran and Sanafir', sa: 'Tiran and Sanafir' },
    'Two Red Sea islands at the mouth of the Gulf of Aqaba that Egypt agreed in 2016 to hand to Saudi Arabia; the deal, approved by Egypt’s parliament and ratified in June 2017, set off protests and court challenges in Egypt.', // parliament 2017-06-14, uk.reuters.com; ratified 2017-06-24, upi.com
    { name: 'Tiran and Sanafir', aliases: ['Tiran and Sanafir', 'Tiran Island', 'Sanafir Island'] }),

  // ── Asia and the Pacific ────────────────────────────────────────────────────────────────────
  d('siachen-glacier', 'territorial', { in: 'Siachen Glacier', pk: 'Siachen Glacier' },
    'Glacier at the northern end of the Line of Control in Kashmir, held by Indian troops since 1984 and claimed by Pakistan; often called the world’s highest battlefield.',
    { name: 'Siachen conflict', aliases: ['Siachen', 'Siachen Glacier', 'Saltoro Ridge'] }),
  d('shaksgam-valley', 'territorial', { in: 'Shaksgam Valley (part of Ladakh)', cn: 'Shaksgam Valley' },
    'Area north of the Karakoram that Pakistan ceded to China in a 1963 agreement; India claims it as part of Kashmir and objects to Chinese road-building there.',
    { name: 'Shaksgam Valley dispute', aliases: ['Shaksgam Valley', 'Shaksgam', 'Shaksam Valley', 'Trans-Karakoram Tract'] }),
  d('katchatheevu', 'territorial', { in: 'Katchatheevu', lk: 'Kachchativu' },
    'Small island in the Palk Strait recognised as Sri Lankan under a 1974 India–Sri Lanka agreement; politicians in India’s Tamil Nadu state demand it back, and arrests of Indian fishermen nearby keep it in the news.',
    { name: 'Katchatheevu', aliases: ['Katchatheevu', 'Kachchativu', 'Kachchatheevu'] }),
  d('thailand-cambodia-border', 'territorial', { th: 'Thai–Cambodian border', kh: 'Cambodian–Thai border' },
    'Undemarcated stretches of the border, including land around the Preah Vihear temple (awarded to Cambodia by the ICJ in 1962 and clarified in 2013) and the Ta Muen Thom temples; five days of fighting in July 2025 killed dozens before a ceasefire brokered in Malaysia.', // ceasefire of 2025-07-28: overviewpress.com (Straits Times) 2025-07-28; monitors agreed, bloomberg.com 2025-08-07
    {
      name: 'Thailand–Cambodia border dispute',
      aliases: ['Preah Vihear', 'Preah Vihear temple', 'Phra Wihan', 'Ta Muen Thom', 'Ta Moan Thom', 'Ta Muen Thom temple', 'Ta Krabey', 'Ta Kwai'],
      triggers: ['border dispute', 'border clashes', 'border conflict'],
    }),
  d('kyrgyzstan-tajikistan-border', 'territorial', { kg: 'Kyrgyz–Tajik border', tj: 'Tajik–Kyrgyz border' },
    'Roughly 970 km border, left partly undefined at the Soviet collapse, where disputes over land and water led to deadly clashes in 2021 and 2022; the two presidents signed a border treaty on 13 March 2025.', // trtworld.com 2025-03-11; en.fergana.agency, newscentralasia.net 2025-03-14
    { name: 'Kyrgyzstan–Tajikistan border dispute', aliases: ['Vorukh'], triggers: ['border dispute', 'border clashes', 'border treaty'] }),
  d('sabah-claim', 'territorial', { ph: 'North Borneo (Sabah) claim', my: 'Sabah' },
    'The Philippines keeps a dormant claim to eastern Sabah, now a Malaysian state, as former territory of the Sultanate of Sulu; armed followers of a Sulu claimant landed at Lahad Datu in 2013, and self-styled Sulu heirs won a US$14.9 billion arbitral award against Malaysia in 2022 that French and Dutch courts have refused to uphold.', // Hague Court of Appeal 2023-06-27, benarnews.org; French Court of Cassation, selangorjournal.my 2024-11-07
    { name: 'Sabah dispute', aliases: ['Sabah claim', 'North Borneo claim', 'North Borneo dispute', 'Lahad Datu standoff', 'Sulu claim'], triggers: ['Sulu heirs', 'Sulu sultanate', 'Sultanate of Sulu'] }),
  d('pedra-branca', 'territorial', { sg: 'Pedra Branca', my: 'Pulau Batu Puteh' },
    'Island with a lighthouse at the eastern entrance of the Singapore Strait; the International Court of Justice awarded it to Singapore in 2008 and nearby Middle Rocks to Malaysia, leaving South Ledge to be settled with the maritime boundary. Malaysia withdrew its requests to revise the ruling in 2018.',
    { name: 'Pedra Branca dispute', aliases: ['Pedra Branca', 'Pulau Batu Puteh', 'Batu Puteh', 'Middle Rocks', 'South Ledge'] }),
  d('ambalat', 'maritime', { id: 'Ambalat block', my: 'ND6 and ND7 blocks' },
    'Sea area in the Celebes Sea off Borneo, believed to hold oil and gas, claimed by both Indonesia and Malaysia; oil concessions awarded by both led to naval standoffs, notably in 2005.',
    { name: 'Ambalat dispute', aliases: ['Ambalat', 'Ambalat block'] }),
  d('timor-sea', 'maritime', { tl: 'Timor Sea maritime boundary', au: 'Timor Sea maritime boundary' },
    'Australia and Timor-Leste signed a treaty in March 2018 fixing their maritime boundary after a conciliation under the UN Convention on the Law of the Sea; how the Greater Sunrise gas fields will be developed remains contested.',
    { name: 'Timor Sea dispute', aliases: ['Greater Sunrise', 'Greater Sunrise gas field', 'Timor Gap', 'Timor Sea Treaty'] }),
  d('matthew-hunter-islands', 'territorial', { fr: 'Matthew and Hunter Islands', vu: 'Umaenupne and Umaeneag' },
    'Two uninhabited volcanic islands east of New Caledonia administered by France as part of New Caledonia and claimed by Vanuatu, with large fishing zones at stake; talks between the two began in 2018.', // Vanuatu names and talks in Sydney (2018) and Brussels (2019): islandsbusiness.com 2023-07, pina.com.fj 2010-04-07
    { name: 'Matthew and Hunter Islands dispute', aliases: ['Matthew and Hunter Islands', 'Matthew and Hunter', 'Umaenupne', 'Umaeneag'] }),
  d('wake-island', 'territorial', { us: 'Wake Island', mh: 'Ānen Kio' },
    'Atoll in the North Pacific with a US airfield, claimed by the Marshall Islands.',
    { name: 'Wake Island dispute', aliases: ['Enen-kio', 'Ānen Kio'] }),

  // ── The Americas, the Arctic and Antarctica ─────────────────────────────────────────────────
  d('sapodilla-cayes', 'territorial', { bz: 'Sapodilla Cayes', hn: 'Cayos Zapotillos', gt: 'Cayos Zapotillos' },
    'Cays in the Gulf of Honduras administered by Belize and claimed by both Guatemala and Honduras; Belize took Honduras to the International Court of Justice over them in 2022, and Guatemala, which also claims them in its own case against Belize, asked to intervene.', // Belize v. Honduras filed 2022-11-16, Guatemala’s request 2023-12-01: icj-cij.org 2023-12-11; hearings on it, caribscopeonline.com 2025-11-27
    { name: 'Sapodilla Cayes dispute', aliases: ['Sapodilla Cayes', 'Cayos Zapotillos', 'Sapodilla Cays'] }),
  d('nicaragua-colombia-maritime', 'maritime', {
    ni: 'Nicaragua–Colombia maritime boundary',
    co: 'Archipelago of San Andrés, Providencia and Santa Catalina',
  },
    'Nicaragua claimed the Colombian islands of San Andrés and Providencia and the surrounding sea; the International Court of Justice confirmed Colombian sovereignty over the islands in 2012 but gave Nicaragua a large share of the waters, a ruling Colombia refuses to apply, and in 2023 it rejected Nicaragua’s claim to an extended continental shelf.', // judgment of 2023-07-13: icj-cij.org, pledgetimes.com 2023-07-13
    {
      name: 'Nicaragua–Colombia maritime dispute',
      aliases: ['Nicaragua v. Colombia', 'Territorial and Maritime Dispute (Nicaragua v. Colombia)'],
      triggers: ['San Andrés', 'San Andres', 'Providencia', 'maritime boundary', 'continental shelf'],
    }),
  d('serranilla-bajo-nuevo', 'territorial', {
    co: 'Serranilla and Bajo Nuevo',
    hn: 'Serranilla Bank',
    ni: 'Serranilla and Bajo Nuevo banks',
    jm: 'Bajo Nuevo',
    us: 'Serranilla Bank and Bajo Nuevo Bank',
  },
    'Caribbean reefs and cays controlled by Colombia and claimed variously by Honduras, Nicaragua, Jamaica and the United States.',
    { name: 'Serranilla and Bajo Nuevo dispute', aliases: ['Serranilla Bank', 'Bajo Nuevo Bank', 'Serranilla', 'Bajo Nuevo', 'Petrel Islands'] }),
  d('navassa-island', 'territorial', { us: 'Navassa Island', ht: 'La Navase' },
    'Uninhabited Caribbean island administered by the United States as a wildlife refuge and claimed by Haiti.',
    { name: 'Navassa Island dispute', aliases: ['Navassa Island', 'Navassa', 'La Navase'] }),
  d('guyana-suriname', 'territorial', { gy: 'New River Triangle', sr: 'Tigri area' },
    'Forested area between two headwaters of the Courantyne river administered by Guyana and claimed by Suriname.',
    { name: 'New River Triangle dispute', aliases: ['New River Triangle', 'Tigri', 'Tigri Area'] }),
  d('conejo-island', 'territorial', { hn: 'Isla Conejo', sv: 'Isla Conejo' },
    'Islet in the Gulf of Fonseca held by Honduras and claimed by El Salvador, left out of the 1992 ICJ judgment on the two countries’ border.',
    { name: 'Conejo Island dispute', aliases: ['Isla Conejo', 'Conejo Island'] }),
  d('machias-seal-island', 'territorial', { ca: 'Machias Seal Island', us: 'Machias Seal Island' },
    'Island with a Canadian-staffed lighthouse at the mouth of the Bay of Fundy, claimed by both Canada and the United States along with the surrounding lobster grounds (the “Grey Zone”).',
    { name: 'Machias Seal Island dispute', aliases: ['Machias Seal Island'] }),
  d('northwest-passage', 'maritime', { ca: 'Canadian internal waters (Northwest Passage)', us: 'Northwest Passage (international strait)' },
    'Canada holds that the Arctic sea routes through its archipelago are its internal waters, while the United States and others regard the Northwest Passage as an international strait.',
    { name: 'Northwest Passage dispute', aliases: ['Northwest Passage', 'North-West Passage'] }),
  d('arctic-continental-shelf', 'maritime', {
    ru: 'Extended continental shelf in the Arctic Ocean',
    dk: 'Continental shelf north of Greenland',
    ca: 'Arctic Ocean continental shelf',
  },
    'Russia, Denmark (for Greenland) and Canada have filed overlapping claims with the UN commission on the limits of the continental shelf, each covering the Lomonosov Ridge and the seabed at the North Pole.',
    { name: 'Arctic continental shelf claims', aliases: ['Lomonosov Ridge', 'Mendeleev Ridge', 'Alpha-Mendeleev Ridge'] }),
  d('south-georgia-sandwich', 'territorial', { gb: 'South Georgia and the South Sandwich Islands', ar: 'Islas Georgias del Sur y Sandwich del Sur' },
    'British Overseas Territory in the South Atlantic claimed by Argentina together with the Falklands; Argentine forces landed there in 1982 at the start of the Falklands War.',
    { name: 'South Georgia and South Sandwich Islands dispute', aliases: ['Islas Georgias del Sur', 'Georgias del Sur', 'South Sandwich Islands', 'Sandwich del Sur'] }),
  d('antarctic-peninsula-claims', 'territorial', {
    gb: 'British Antarctic Territory',
    ar: 'Antártida Argentina',
    cl: 'Chilean Antarctic Territory',
  },
    'Overlapping British, Argentine and Chilean claims to the Antarctic Peninsula and nearby islands; the 1959 Antarctic Treaty freezes all territorial claims on the continent without settling them.',
    {
      name: 'Antarctic Peninsula claims',
      aliases: ['British Antarctic Territory', 'Antártida Argentina', 'Argentine Antarctica', 'Chilean Antarctic Territory', 'Territorio Chileno Antártico', 'Antarctic territorial claims'],
    }),
  d('southern-patagonian-ice-field', 'territorial', { ar: 'Hielo Continental Patagónico', cl: 'Campo de Hielo Sur' },
    'Stretch of the Argentina–Chile border across the Andean ice cap whose demarcation was left pending by a 1998 agreement; maps issued by either side still draw protests.',
    { name: 'Southern Patagonian Ice Field dispute', aliases: ['Southern Patagonian Ice Field', 'Campo de Hielo Sur', 'Hielo Continental Patagónico', 'Hielos Continentales'] }),
  d('korean-war-armistice', 'security', {
    kr: 'Korean War Armistice Agreement',
    kp: 'Korean Armistice Agreement',
    us: 'Korean War Armistice Agreement',
    cn: 'Korean Armistice Agreement',
  },
    'The Korean War ended in 1953 with an armistice, not a peace treaty, signed by the UN Command, North Korea and China; the two Koreas remain technically at war, and an end-of-war declaration has been discussed without result.',
    {
      name: 'Korean War armistice',
      aliases: ['Korean War armistice', 'Korean Armistice Agreement', 'Korean War Armistice Agreement', 'Korean War', 'end-of-war declaration', 'end of war declaration'],
      triggers: ['armistice agreement', 'technically at war'],
    }),
];
