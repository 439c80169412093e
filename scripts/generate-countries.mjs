#!/usr/bin/env node
// Generates lib/entities/data/countries.generated.ts from the `world-countries` package (ODbL-1.0).
//
//   node scripts/generate-countries.mjs
//
// What is kept: what recognition needs (names, aliases, demonyms, native-script names, capitals), with
// the names English-language news uses. The package supplies the base list, official names, ISO codes,
// demonyms and native names; the small tables below correct names to news usage, add the abbreviations
// news writes, drop spellings that are dangerous as words in English text, and add widely reported
// entities the package lacks (breakaway and partially recognised states).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = dirname(require.resolve('world-countries/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const countries = JSON.parse(readFileSync(join(pkgDir, 'countries.json'), 'utf8'));
const OUT = join(root, 'lib/entities/data/countries.generated.ts');

/** Entries of the package that are not countries or territories in news (a continent, uninhabited isles). */
const SKIP = new Set(['AQ', 'BV', 'HM', 'UM']);

/**
 * Hand-written corrections, keyed by ISO alpha-2 code.
 *  name: the name news uses (the package's common name otherwise);
 *  aliases / weak / native: added; dropAliases / dropWeak: removed (folded comparison);
 *  weakOnly: replace the package's demonyms;
 *  description, country: for territories and contested entities;
 *  capitals: replace the package's capitals ([] to omit), each { name, aliases?, native?, description? };
 *  triggers: generic names that mean the country in an article that names it otherwise ("the Islamic Republic").
 */
const OVERRIDES = {
  AE: { aliases: ['UAE', 'U.A.E.'], dropAliases: ['Emirates'], weakOnly: ['Emirati', 'Emiratis'] },
  AF: { aliases: ['Islamic Emirate of Afghanistan'] },
  AG: { aliases: ['Antigua'] },
  AZ: { weak: ['Azeri', 'Azeris'] },
  BA: { aliases: ['Bosnia', 'Bosnia-Herzegovina'] },
  BN: { aliases: ['Brunei Darussalam'] },
  BO: {
    capitals: [
      { name: 'Sucre', description: 'Constitutional capital of Bolivia' },
      { name: 'La Paz', description: 'Seat of government of Bolivia' },
    ],
  },
  BJ: {
    capitals: [
      { name: 'Porto-Novo', description: 'Official capital of Benin' },
      { name: 'Cotonou', description: 'Seat of government of Benin' },
    ],
  },
  BW: { weak: ['Botswanan'] },
  CD: {
    name: 'Democratic Republic of the Congo',
    aliases: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  },
  CG: { name: 'Republic of the Congo', aliases: ['Republic of Congo', 'Congo Republic', 'Congo-Brazzaville'] },
  CI: {
    aliases: ["Côte d'Ivoire"],
    capitals: [
      { name: 'Yamoussoukro', description: "Official capital of Côte d'Ivoire" },
      { name: 'Abidjan', description: "Economic capital and largest city of Côte d'Ivoire" },
    ],
  },
  CN: {
    aliases: ['PRC', 'mainland China'],
    native: ['中国', '中國', '中华人民共和国', '中華人民共和國', '중국'],
    capitals: [{ name: 'Beijing', aliases: ['Peking'], native: ['北京'] }],
  },
  CR: { capitals: [] }, // "San José" is far more often the Californian city in English news.
  CV: { aliases: ['Cabo Verde'], weakOnly: ['Cape Verdean', 'Cape Verdeans'] },
  CZ: { name: 'Czech Republic', aliases: ['Czechia'], weakOnly: ['Czech', 'Czechs'] },
  DK: { weak: ['Dane', 'Danes'] },
  DJ: { weakOnly: ['Djiboutian', 'Djiboutians'] },
  DM: { weakOnly: [] },
  DO: { weakOnly: ['Dominican', 'Dominicans'] },
  EC: { weak: ['Ecuadorian', 'Ecuadorians'] },
  ES: { weak: ['Spaniard', 'Spaniards'] },
  FI: { weak: ['Finn', 'Finns'] },
  EH: {
    aliases: ['Sahrawi Arab Democratic Republic', 'SADR'],
    weakOnly: ['Sahrawi', 'Sahrawis'],
    description:
      'Disputed former Spanish colony, largely controlled by Morocco and claimed by the Polisario Front as the Sahrawi Arab Democratic Republic',
    capitals: [],
  },
  FK: {
    aliases: ['Falklands'],
    dropAliases: ['Islas Malvinas', 'Falkland Islands (Malvinas)'],
    description: 'British Overseas Territory in the South Atlantic, claimed by Argentina as the Islas Malvinas',
  },
  GB: {
    aliases: ['U.K.', 'UK', 'Britain', 'Great Britain'],
    weakOnly: ['British', 'Briton', 'Britons'],
  },
  GI: { weakOnly: ['Gibraltarian', 'Gibraltarians'], description: 'British Overseas Territory, claimed by Spain' },
  GL: {
    aliases: ['Kalaallit Nunaat'],
    weakOnly: ['Greenlander', 'Greenlanders', 'Greenlandic'],
  },
  GF: { dropAliases: ['Guiana'] },
  GM: { aliases: ['The Gambia'] },
  GR: { weak: ['Greeks'] },
  GS: { weakOnly: [] },
  HK: {
    aliases: ['Hong Kong SAR', 'Hong Kong Special Administrative Region'],
    weakOnly: ['Hong Konger', 'Hong Kongers', 'Hongkonger', 'Hongkongers'],
  },
  IL: { capitals: [] }, // Jerusalem's status is itself disputed: see places.ts and disputes.ts.
  IN: { aliases: ['Bharat'], capitals: [{ name: 'New Delhi', aliases: ['Delhi'] }] },
  IO: {
    aliases: ['BIOT'],
    description:
      'British Overseas Territory (the Chagos Archipelago); in 2025 the UK agreed to transfer sovereignty to Mauritius',
  },
  IQ: { native: ['العراق'] }, // the package's other entries are the words for 'country' and 'republic'
  IS: { weak: ['Icelandic'] },
  JP: {
    native: ['日本', '日本国', '日本國', '일본'],
    capitals: [{ name: 'Tokyo', native: ['東京'] }],
  },
  KG: { weakOnly: ['Kyrgyz', 'Kyrgyzstani', 'Kyrgyzstanis'] },
  KI: { capitals: [{ name: 'South Tarawa', aliases: ['Tarawa'] }] },
  KN: { aliases: ['St Kitts and Nevis', 'St. Kitts and Nevis'] },
  IR: { triggers: ['Islamic Republic'] },
  KP: {
    aliases: ['DPRK', 'N.Korea', 'N. Korea'],
    native: ['조선민주주의인민공화국', '북한', '北朝鮮', '北韓', '朝鮮民主主義人民共和国', '朝鲜民主主义人民共和国'],
    weakOnly: ['North Korean', 'North Koreans'],
    capitals: [{ name: 'Pyongyang', native: ['평양', '平壌', '平壤'] }],
  },
  KR: {
    aliases: ['S.Korea', 'S. Korea', 'ROK'],
    native: ['대한민국', '한국', '남한', '韓國', '韓国', '韩国', '南韓', '大韓民國', '大韓民国', '大韩民国'],
    weakOnly: ['South Korean', 'South Koreans'],
    // "Japan and Korea" in an article that names South Korea; else "Korea" may be the peninsula or the North.
    triggers: ['Korea'],
    capitals: [{ name: 'Seoul', native: ['서울'] }],
  },
  KZ: { capitals: [{ name: 'Astana' }] },
  LA: { aliases: ['Lao PDR'], weak: ['Lao'] },
  LC: { aliases: ['St Lucia', 'St. Lucia'] },
  LK: {
    capitals: [
      { name: 'Sri Jayawardenepura Kotte', aliases: ['Kotte'], description: 'Legislative capital of Sri Lanka' },
      { name: 'Colombo', description: 'Executive and commercial capital of Sri Lanka' },
    ],
  },
  MK: {
    aliases: ['Former Yugoslav Republic of Macedonia', 'FYROM'],
    dropAliases: ['Macedonia', 'The former Yugoslav Republic of Macedonia'],
    weakOnly: ['North Macedonian', 'North Macedonians'],
  },
  MM: {
    aliases: ['Burma'],
    capitals: [{ name: 'Naypyidaw', aliases: ['Nay Pyi Taw', 'Naypyitaw'] }],
  },
  MN: { native: ['Монгол Улс'], capitals: [{ name: 'Ulaanbaatar', aliases: ['Ulan Bator'] }] },
  MO: {
    name: 'Macau',
    aliases: ['Macao', 'Macau SAR', 'Macao SAR'],
    native: ['澳門', '澳门'],
    weakOnly: ['Macanese'],
  },
  MV: { weakOnly: ['Maldivian', 'Maldivians'], native: [], capitals: [] }, // "Malé" folds to the English word "Male".
  MY: { weak: ['Malaysians'] },
  NL: { weakOnly: ['Dutch'] },
  NZ: { weak: ['New Zealanders'] },
  PL: { weak: ['Poles'] },
  PH: { weakOnly: ['Filipino', 'Filipinos', 'Philippine'] },
  // "Palestinian territories" names the land (West Bank, East Jerusalem, Gaza): a place of its own (places.ts).
  PS: {
    description:
      'State recognised by most UN members and a UN non-member observer state, claiming the West Bank, East Jerusalem and the Gaza Strip',
    capitals: [{ name: 'Ramallah', description: 'Administrative seat of the Palestinian Authority' }],
  },
  RU: { native: ['Россия'], capitals: [{ name: 'Moscow', native: ['Москва'] }] },
  SA: { weakOnly: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'] },
  SC: { capitals: [] }, // "Victoria" is mostly the Australian state or a given name in English news.
  SH: { aliases: ['St Helena', 'St. Helena'] },
  SE: { weak: ['Swede', 'Swedes'] },
  SI: { weak: ['Slovenian', 'Slovenians'] },
  SZ: { aliases: ['Swaziland'], capitals: [{ name: 'Mbabane', description: 'Administrative capital of Eswatini' }] },
  TJ: { weakOnly: ['Tajik', 'Tajiks', 'Tajikistani'] },
  TL: { name: 'East Timor', aliases: ['Timor-Leste'], weakOnly: ['East Timorese', 'Timorese'] },
  TR: {
    name: 'Turkey',
    aliases: ['Türkiye', 'Republic of Türkiye', 'Republic of Turkey'],
    weakOnly: ['Turkish', 'Turks'],
  },
  TW: {
    aliases: ['Republic of China', 'Chinese Taipei'],
    native: ['臺灣', '台灣', '台湾', '中華民國', '대만'],
    description: 'Self-governing island; the People’s Republic of China claims it as part of its territory',
    capitals: [{ name: 'Taipei', native: ['臺北', '台北'], description: 'Seat of government of Taiwan' }],
  },
  TZ: { capitals: [{ name: 'Dodoma' }] },
  UA: {
    native: ['Україна'],
    capitals: [{ name: 'Kyiv', aliases: ['Kiev'], native: ['Київ'] }],
  },
  US: {
    aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'America'],
    weakOnly: ['American', 'Americans'],
    capitals: [{ id: 'washington-dc', name: 'Washington, D.C.', aliases: ['Washington', 'Washington D.C.', 'Washington DC', 'Washington, DC'] }],
  },
  VA: { name: 'Vatican City', aliases: ['Vatican', 'Holy See'], weakOnly: [], capitals: [] },
  VC: { aliases: ['St Vincent and the Grenadines', 'St. Vincent and the Grenadines'] },
  VG: { dropAliases: ['Virgin Islands'] },
  VI: { aliases: ['U.S. Virgin Islands', 'US Virgin Islands'] },
  VN: { aliases: ['Viet Nam'] },
  XK: {
    weakOnly: ['Kosovar', 'Kosovars'],
    description: 'Declared independence from Serbia in 2008; recognised by many but not all UN members, not by Serbia',
    capitals: [{ name: 'Pristina', aliases: ['Prishtina'] }],
  },
  YE: { capitals: [{ name: 'Sanaa', aliases: ["Sana'a"] }] },
  ZA: {
    aliases: ['RSA'],
    capitals: [
      { name: 'Pretoria', description: 'Executive capital of South Africa' },
      { name: 'Cape Town', description: 'Legislative capital of South Africa' },
      { name: 'Bloemfontein', description: 'Judicial capital of South Africa' },
    ],
  },
};

/** Dependent territories: the state they belong to and a short description. */
const TERRITORIES = {
  AW: ['nl', 'Constituent country of the Kingdom of the Netherlands'],
  CW: ['nl', 'Constituent country of the Kingdom of the Netherlands'],
  SX: ['nl', 'Constituent country of the Kingdom of the Netherlands'],
  BQ: ['nl', 'Special municipalities of the Netherlands in the Caribbean'],
  AI: ['gb', 'British Overseas Territory'],
  BM: ['gb', 'British Overseas Territory'],
  KY: ['gb', 'British Overseas Territory'],
  MS: ['gb', 'British Overseas Territory'],
  PN: ['gb', 'British Overseas Territory'],
  SH: ['gb', 'British Overseas Territory'],
  GS: ['gb', 'British Overseas Territory'],
  TC: ['gb', 'British Overseas Territory'],
  VG: ['gb', 'British Overseas Territory'],
  FK: ['gb'],
  GI: ['gb'],
  IO: ['gb'],
  GG: ['gb', 'British Crown Dependency'],
  JE: ['gb', 'British Crown Dependency'],
  IM: ['gb', 'British Crown Dependency'],
  AS: ['us', 'Territory of the United States'],
  GU: ['us', 'Territory of the United States'],
  MP: ['us', 'Territory of the United States'],
  PR: ['us', 'Territory of the United States'],
  VI: ['us', 'Territory of the United States'],
  TF: ['fr', 'Overseas territory of France'],
  BL: ['fr', 'Overseas collectivity of France'],
  MF: ['fr', 'Overseas collectivity of France'],
  PM: ['fr', 'Overseas collectivity of France'],
  WF: ['fr', 'Overseas collectivity of France'],
  PF: ['fr', 'Overseas collectivity of France'],
  NC: ['fr', 'Special collectivity of France'],
  GP: ['fr', 'Overseas department of France'],
  GF: ['fr', 'Overseas department of France'],
  MQ: ['fr', 'Overseas department of France'],
  RE: ['fr', 'Overseas department of France'],
  YT: ['fr', 'Overseas department of France'],
  CC: ['au', 'External territory of Australia'],
  CX: ['au', 'External territory of Australia'],
  NF: ['au', 'External territory of Australia'],
  CK: ['nz', 'Self-governing state in free association with New Zealand'],
  NU: ['nz', 'Self-governing state in free association with New Zealand'],
  TK: ['nz', 'Territory of New Zealand'],
  AX: ['fi', 'Autonomous region of Finland'],
  SJ: ['no', 'Norwegian territory'],
  FO: ['dk', 'Self-governing territory within the Kingdom of Denmark'],
  GL: ['dk', 'Self-governing territory within the Kingdom of Denmark'],
  HK: ['cn', 'Special administrative region of China'],
  MO: ['cn', 'Special administrative region of China'],
};

/** Widely reported entities without an ISO 3166-1 code. Ids use a slug. */
const EXTRA = [
  {
    // A former state, still named in news of history and of its successors' disputes.
    id: 'country:su',
    name: 'Soviet Union',
    aliases: ['USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
    weakAliases: ['Soviet'],
    description: 'Former state (1922–1991); Russia is its continuator state',
    capitals: [],
  },
  {
    id: 'country:somaliland',
    name: 'Somaliland',
    aliases: ['Republic of Somaliland'],
    weakAliases: ['Somalilander', 'Somalilanders'],
    description: 'Self-declared state in northern Somalia (1991); Somalia regards it as part of its territory',
    capitals: [{ name: 'Hargeisa' }],
  },
  {
    id: 'country:abkhazia',
    name: 'Abkhazia',
    aliases: ['Republic of Abkhazia'],
    weakAliases: ['Abkhaz', 'Abkhazian', 'Abkhazians'],
    description: 'Breakaway region of Georgia; Russia recognised it as independent in 2008 and keeps troops there',
    capitals: [{ name: 'Sukhumi', aliases: ['Sukhum'] }],
  },
  {
    id: 'country:south-ossetia',
    name: 'South Ossetia',
    aliases: ['Tskhinvali Region'],
    weakAliases: ['South Ossetian', 'South Ossetians'],
    description: 'Breakaway region of Georgia; Russia recognised it as independent in 2008 and keeps troops there',
    capitals: [{ name: 'Tskhinvali' }],
  },
  {
    id: 'country:northern-cyprus',
    name: 'Northern Cyprus',
    aliases: ['Turkish Republic of Northern Cyprus', 'TRNC', 'North Cyprus'],
    weakAliases: ['Turkish Cypriot', 'Turkish Cypriots'],
    description: 'Self-declared state in the north of Cyprus (1983), recognised only by Turkey',
    capitals: [{ name: 'North Nicosia', description: 'Seat of the Turkish Cypriot administration' }],
  },
  {
    id: 'country:transnistria',
    name: 'Transnistria',
    aliases: ['Pridnestrovie', 'Pridnestrovian Moldavian Republic', 'Transdniestria', 'Trans-Dniester'],
    weakAliases: ['Transnistrian'],
    description: 'Breakaway region of Moldova, unrecognised, with Russian troops stationed there',
    capitals: [{ name: 'Tiraspol' }],
  },
];

// Words that make an alternative spelling an English name ("Republic of Korea"), and words that mark
// it as another language's ("República de …"). Everything else in altSpellings is dropped.
const ENGLISH_WORDS =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Confederation|Union|Duchy|Sultanate|Emirates|Territory|Islands|Collectivity|Bailiwick|Department)\b/;
const FOREIGN_WORDS =
  /\b(de|del|da|do|du|des|la|le|di|ya|y|wa|na|al|as|ar|ta|e|et|og|Republika|Republik|Republica|Respublika|Repubblica|Reino|Royaume|Konungariket|Kongeriket|Koninkrijk|Estado|Stato|Bundesrepublik)\b/;
/** Aliases too risky as words in English text, whatever the source. */
const NEVER = new Set(['in', 'us', 'is', 'it', 'no', 'me', 'or', 'to', 'so', 'am', 'be', 'do', 'go', 'an', 'as', 'at', 'by', 'he', 'hi', 'id', 'if', 'la', 'ma', 'mo', 'my', 'of', 'oh', 'ok', 'on', 'pa', 'we']);

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015\u2212-]/g, ' ')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const isLatin = (s) => /\p{Script=Latin}/u.test(s);
const hasLetters = (s) => /\p{L}/u.test(s);

function englishAltSpelling(s) {
  if (s.length < 4 || /[,()]/.test(s) || !isLatin(s)) return false;
  if (/[^\u0000-\u024f\s'’.-]/u.test(s)) return false; // letters outside Latin + Latin Extended
  if (s !== s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) return false; // diacritics: a native form
  return ENGLISH_WORDS.test(s) && !FOREIGN_WORDS.test(s);
}

/** Adds "St." / "St" variants for "Saint …" names. */
function saintVariants(name) {
  return name.startsWith('Saint ') ? [`St. ${name.slice(6)}`, `St ${name.slice(6)}`] : [];
}

function pluralDemonym(d) {
  if (/\b(I-Kiribati|Ni-Vanuatu)\b/.test(d)) return [];
  return /(an|i|er|ot|ino)$/.test(d) ? [`${d}s`] : [];
}

function uniqueFolded(list, taken) {
  const out = [];
  for (const item of list) {
    const key = fold(item);
    if (!key || taken.has(key)) continue;
    taken.add(key);
    out.push(item);
  }
  return out;
}

function demonymsOf(c) {
  const eng = c.demonyms?.eng;
  if (!eng) return [];
  return [...new Set([eng.m, eng.f].filter(Boolean).flatMap((d) => d.split(/,\s*|\s+or\s+/)))].map((d) => d.trim()).filter(Boolean);
}

/** Demonyms before deduplication: the override's list, else the package's (with plurals) plus additions. */
function candidateDemonyms(c) {
  const o = OVERRIDES[c.cca2] ?? {};
  if (o.weakOnly) return o.weakOnly;
  const base = demonymsOf(c);
  return [...base, ...base.flatMap(pluralDemonym), ...(o.weak ?? [])];
}

// A demonym used by several entries goes to the entry whose override names it, else to the one
// independent state using it, else to nobody ("Congolese", "Virgin Islander").
const demonymOwners = new Map();
for (const c of countries) {
  if (SKIP.has(c.cca2)) continue;
  for (const d of candidateDemonyms(c)) {
    const list = demonymOwners.get(fold(d)) ?? [];
    list.push(c);
    demonymOwners.set(fold(d), list);
  }
}
function ownsDemonym(c, d) {
  const owners = demonymOwners.get(fold(d)) ?? [];
  if (owners.length <= 1) return true;
  const forced = owners.filter((o) => OVERRIDES[o.cca2]?.weakOnly?.some((w) => fold(w) === fold(d)));
  if (forced.length) return forced.length === 1 && forced[0] === c;
  const independent = owners.filter((o) => o.independent);
  return independent.length === 1 && independent[0] === c;
}

const REGION_NAMES = {
  'Eastern Asia': 'East Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Southern Asia': 'South Asia',
  'Northern Africa': 'North Africa',
  'Western Africa': 'West Africa',
  'Eastern Africa': 'East Africa',
  'Middle Africa': 'Central Africa',
  Caribbean: 'the Caribbean',
  'Australia and New Zealand': 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania',
};
const regionOf = (c) => REGION_NAMES[c.subregion] ?? (c.subregion || c.region);

/** Names written with "the" in running text ("Capital of the Netherlands"). */
const WITH_THE = new Set([
  'United Kingdom', 'United States', 'Netherlands', 'Philippines', 'Bahamas', 'Gambia', 'Czech Republic',
  'Democratic Republic of the Congo', 'Republic of the Congo', 'Central African Republic', 'Dominican Republic',
  'Maldives', 'Marshall Islands', 'Solomon Islands', 'United Arab Emirates', 'Comoros', 'Seychelles',
]);
const inText = (name) => (WITH_THE.has(name) ? `the ${name}` : name);

const entities = [];
const capitals = [];
const strongTaken = new Set(); // folded names/aliases/native across all generated entities

function addCapitals(countryId, countryName, list) {
  for (const cap of list) {
    const name = cap.name;
    if (fold(name) === fold(countryName)) continue; // city-states: the country entity covers it
    const id = `place:${cap.id ?? slug(name)}`;
    capitals.push({
      id,
      name,
      aliases: [...(cap.aliases ?? []), ...saintVariants(name)],
      native: cap.native ?? [],
      description: cap.description ?? `Capital of ${inText(countryName)}`,
      country: countryId,
    });
  }
}

for (const c of countries) {
  if (SKIP.has(c.cca2)) continue;
  const o = OVERRIDES[c.cca2] ?? {};
  const id = `country:${c.cca2.toLowerCase()}`;
  const name = o.name ?? c.name.common;
  const drop = new Set([...(o.dropAliases ?? [])].map(fold));

  const official = /[(),]/.test(c.name.official) || FOREIGN_WORDS.test(c.name.official) ? [] : [c.name.official];
  const rawAliases = [
    c.name.common,
    ...official,
    ...c.altSpellings.filter(englishAltSpelling),
    ...(o.aliases ?? []),
    ...saintVariants(name),
  ];
  const aliases = [];
  const seen = new Set([fold(name)]);
  for (const a of rawAliases) {
    const key = fold(a);
    if (seen.has(key) || drop.has(key) || NEVER.has(a) || (a.length <= 2 && !['US', 'UK'].includes(a))) continue;
    if (a !== a.toUpperCase() && a.length <= 2) continue;
    seen.add(key);
    aliases.push(a);
  }

  const packageNative = Object.values(c.name.native ?? {})
    .map((n) => n.common?.normalize('NFC').replace(/\u0301/g, ''))
    .filter((n) => n && hasLetters(n) && !isLatin(n));
  const native = o.native ?? [...new Set(packageNative)];

  let weak = candidateDemonyms(c).filter((d) => ownsDemonym(c, d) && fold(d) !== fold(name));
  weak = [...new Set(weak)].filter((w) => !seen.has(fold(w)) && !NEVER.has(w));

  const territory = TERRITORIES[c.cca2];
  const entity = { id, name };
  const uniqueAliases = uniqueFolded([name, ...aliases, ...native], strongTaken).slice(1);
  const aliasOut = uniqueAliases.filter((a) => aliases.includes(a));
  const nativeOut = uniqueAliases.filter((a) => native.includes(a));
  if (aliasOut.length) entity.aliases = aliasOut;
  if (weak.length) entity.weakAliases = weak;
  if (nativeOut.length) entity.native = nativeOut;
  if (o.triggers) entity.triggers = o.triggers;
  entity.description =
    o.description ?? territory?.[1] ?? (c.independent ? `Country in ${regionOf(c)}` : `Territory in ${regionOf(c)}`);
  if (territory) entity.country = `country:${territory[0]}`;
  entities.push(entity);

  const isTerritory = Boolean(territory) || c.independent === false;
  const capitalList = o.capitals ?? (isTerritory ? [] : c.capital.map((n) => ({ name: n })));
  addCapitals(id, name, capitalList);
}

for (const x of EXTRA) {
  const { capitals: caps, ...entity } = x;
  entity.aliases = uniqueFolded([entity.name, ...entity.aliases], strongTaken).slice(1);
  entities.push(entity);
  addCapitals(entity.id, entity.name, caps);
}

// Capital ids must be unique; a clash gets the country code appended.
const capitalIds = new Set();
for (const cap of capitals) {
  if (capitalIds.has(cap.id)) cap.id = `${cap.id}-${cap.country.slice('country:'.length)}`;
  capitalIds.add(cap.id);
  cap.aliases = uniqueFolded([cap.name, ...cap.aliases, ...cap.native], strongTaken).slice(1).filter((a) => cap.aliases.includes(a));
  if (!cap.aliases.length) delete cap.aliases;
  if (!cap.native.length) delete cap.native;
}

entities.sort((a, b) => a.id.localeCompare(b.id));
capitals.sort((a, b) => a.id.localeCompare(b.id));

/** JSON with bare keys, one entity per line. */
const row = (obj) => JSON.stringify(obj).replace(/"(\w+)":/g, '$1:');

const header = `// GENERATED FILE — do not edit by hand. Regenerate with: node scripts/generate-countries.mjs
//
// Country names, official names, alternative spellings, demonyms, native names and capitals are derived
// from the npm package "${pkg.name}" ${pkg.version} (https://github.com/mledoze/countries), by Mohammed
// Le Doze and contributors, made available under the Open Database License (ODbL) v1.0:
// https://opendatacommons.org/licenses/odbl/1.0/. This derived database is likewise available under the
// ODbL v1.0. Corrections to news usage and additional entries come from the tables in the script.
import type { EntityBase } from '../types';

type Row = Omit<EntityBase, 'kind'>;
`;

const body = `${header}
const COUNTRY_ROWS: Row[] = [
${entities.map((e) => `  ${row(e)},`).join('\n')}
];

const CAPITAL_ROWS: Row[] = [
${capitals.map((e) => `  ${row(e)},`).join('\n')}
];

/** Sovereign states, dependent territories and widely reported breakaway or partially recognised states. */
export const COUNTRIES: readonly EntityBase[] = COUNTRY_ROWS.map((r) => ({ ...r, kind: 'country' }));

/** Capital cities (and seats of government), each linked to its country. */
export const CAPITALS: readonly EntityBase[] = CAPITAL_ROWS.map((r) => ({ ...r, kind: 'place' }));
`;

writeFileSync(OUT, body);
console.log(`wrote ${OUT}: ${entities.length} countries, ${capitals.length} capitals, ${Buffer.byteLength(body)} bytes`);
