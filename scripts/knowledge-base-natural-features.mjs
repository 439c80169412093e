#!/usr/bin/env node
/**
 * Seas, straits, gulfs, continents, large islands and deserts for the knowledge base, from Natural
 * Earth's marine-area and geographic-region polygons (public domain).
 *
 * Those two files are large (14 MB of geometry) and not among ../shared/datasets, so the names are
 * kept in a small committed extract, `scripts/data/natural-earth-features.json`, which this module
 * reads at build time. To redo the extract from a Natural Earth GeoJSON checkout
 * (github:martynafford/natural-earth-geojson, 10m/physical/):
 *
 *   node scripts/knowledge-base-natural-features.mjs --extract <ne_10m_geography_marine_polys.json> <ne_10m_geography_regions_polys.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const NATURAL_FEATURES_FILE = path.join(ROOT, 'scripts/data/natural-earth-features.json');

/** Marine classes news names as places; scale rank says how early a map labels it (0 = oceans). */
const MARINE = { ocean: 0, sea: 7, gulf: 7, bay: 5, strait: 9, channel: 7, sound: 5, reef: 4 };
/** Land classes and the largest scale rank kept: continents, the big islands and island groups, deserts. */
const LAND = { Continent: 9, Peninsula: 2, Island: 3, 'Island group': 3, Desert: 3 };

/** Map labels that are descriptions, not names news uses. */
const NOT_A_NAME = new Set(['Inner Sea', 'Inner Seas', 'Boca Grande', 'Bahía Grande', 'The North Western Passages', 'Punjab']);

/** "NORTH ATLANTIC OCEAN" → "North Atlantic Ocean"; map abbreviations written out. */
function cleanName(raw) {
  let name = raw.replace(/\s+/g, ' ').trim();
  if (name === name.toUpperCase()) {
    name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep, c) => sep + c.toUpperCase())
      .replace(/\b(Of|The|And|De|Du|Des)\b/g, (w) => w.toLowerCase());
  }
  return name
    .replace(/ Is\.$/, ' Islands').replace(/ I\.$/, ' Island').replace(/ Isands$/i, ' Islands')
    .replace(/ Str\.$/, ' Strait').replace(/ Sd\.$/, ' Sound').replace(/ Arch\.$/, ' Archipelago')
    .replace(/Ü/g, 'u').replace(/ü/g, 'u');
}

/** Extracts the kept names (with class and scale rank) from the two Natural Earth files. */
export function extractNaturalFeatures(marine, regions) {
  const out = [];
  for (const { properties: p } of marine.features) {
    const limit = MARINE[p.featurecla];
    if (!p.name || limit === undefined || p.scalerank > limit) continue;
    out.push({ name: cleanName(p.name), class: p.featurecla, scalerank: p.scalerank });
  }
  for (const { properties: p } of regions.features) {
    const limit = LAND[p.featurecla];
    if (!p.name || limit === undefined || p.scalerank > limit) continue;
    out.push({ name: cleanName(p.name), class: p.featurecla.toLowerCase(), scalerank: p.scalerank });
  }
  const seen = new Set();
  return out
    .filter((f) => /^[\p{L}][\p{L}'’. -]+$/u.test(f.name) && !/^[NS]\. /.test(f.name) && !NOT_A_NAME.has(f.name))
    .filter((f) => !seen.has(f.name) && seen.add(f.name))
    .sort((a, b) => a.scalerank - b.scalerank || a.name.localeCompare(b.name));
}

/** A record key without spaces or diacritics: "Bay of Bengal" → "bay-of-bengal". */
function slug(text) {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

const DESCRIPTION = {
  ocean: 'Ocean', sea: 'Sea', gulf: 'Gulf', bay: 'Bay', strait: 'Strait', channel: 'Channel', sound: 'Sound',
  reef: 'Reef', continent: 'Continent', peninsula: 'Peninsula', island: 'Island', 'island group': 'Islands', desert: 'Desert',
};

/**
 * The natural features as place entries for the build: `{ name, aliases, describe, source }`. An ocean
 * split for maps ("North Atlantic Ocean") also gives the whole ocean's name ("Atlantic Ocean").
 */
export function naturalFeatures() {
  const features = JSON.parse(readFileSync(NATURAL_FEATURES_FILE, 'utf8'));
  return features.map((f) => {
    const aliases = [];
    const whole = /^(?:North|South) (.+ Ocean)$/.exec(f.name)?.[1];
    if (whole) aliases.push(whole);
    // "Gulf of Tonkin" is also "Tonkin Gulf"; "Strait of Hormuz" the "Hormuz Strait".
    const of = /^(Gulf|Strait|Sea|Bay) of (\p{Lu}[\p{L}-]+)$/u.exec(f.name);
    if (of && of[1] !== 'Sea' && of[1] !== 'Bay') aliases.push(`${of[2]} ${of[1]}`);
    return { name: f.name, aliases, describe: DESCRIPTION[f.class] ?? 'Place', source: `naturalearth:${slug(f.class)}/${slug(f.name)}` };
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === '--extract') {
  const [marineFile, regionsFile] = process.argv.slice(3);
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const features = extractNaturalFeatures(read(marineFile), read(regionsFile));
  writeFileSync(NATURAL_FEATURES_FILE, '[\n' + features.map((f) => JSON.stringify(f)).join(',\n') + '\n]\n');
  console.log(`Wrote ${features.length} natural features to scripts/data/natural-earth-features.json`);
}
