import type { DisputeEntity, EntityBase } from '../types';

/**
 * How news names a dispute in plain words around the name of its place or subject: "the Kashmir
 * issue", "the Dokdo row", "the dispute over the Senkakus", "the border dispute between Eritrea and
 * Ethiopia". These phrases become aliases of the dispute, so the whole phrase is one mention (the
 * automaton's longest match) under whichever party's name it is built on.
 */

/** Nouns news puts after a dispute's place: "the Kashmir issue", "the Golan question", "the Abyei crisis". */
const AFTER = ['dispute', 'conflict', 'issue', 'question', 'row', 'standoff', 'crisis', 'problem'];
/**
 * Phrases news puts before it: "the row over Dokdo", "the conflict in Nagorno-Karabakh". Not "claim to"
 * or "sovereignty over", which read the place itself ("sovereignty over the Chagos Islands").
 */
const BEFORE = ['dispute over', 'conflict over', 'conflict in', 'row over', 'standoff over', 'war over', 'war in', 'crisis over', 'crisis in', 'tensions over'];
/**
 * Generic phrases news uses for a territorial or maritime dispute once its parties are named ("Tokyo and
 * Moscow's territorial dispute"): triggers, so they mean a dispute only when two of its parties are in
 * the article and no other dispute of the kind between them is.
 */
const GENERIC: Partial<Record<DisputeEntity['category'], readonly string[]>> = {
  territorial: [
    'territorial dispute', 'territorial disputes', 'territorial row', 'territorial spat', 'territorial conflict', 'sovereignty dispute',
    'island dispute', 'islands dispute', 'border dispute', 'boundary dispute', 'territorial standoff',
  ],
  maritime: ['maritime dispute', 'maritime disputes', 'maritime boundary dispute', 'maritime row', 'maritime spat', 'maritime standoff', 'maritime claims'],
};
/** Place names news writes after "the": plurals ("the Kurils") and named features ("the Golan Heights", "the Ilemi Triangle"). */
const TAKES_THE = /(s|\b(Sea|Strait|Gulf|Bay|Valley|Triangle|Glacier|Peninsula|Bank|Shoal|Reef|Rock|Ridge|Passage|Plateau|Corridor|Region|Area|Territory|Archipelago|Island|Basin|Field|Zone|Coast|Ice Field|River|Lake))$/;
/** Combining forms of country adjectives that open compounds ("Sino-Japanese", "Indo-Pakistani", "Russo-Georgian"). */
const COMBINING: Record<string, string> = {
  'country:cn': 'Sino', 'country:in': 'Indo', 'country:ru': 'Russo', 'country:gb': 'Anglo', 'country:fr': 'Franco', 'country:gr': 'Greco',
};
/** An anchor that already says what it is, or names a document or an event, takes no wording. */
const NOT_AN_ANCHOR = /\b(agreement|treaty|act|accords?|consensus|policy|principle|process|arbitration|incident|war|massacre|conflict|dispute|issue|question|crisis|row|line|corridor|plan|talks|deal|programme|program)\b|\d|\(/i;
/** A head noun at the end of a dispute's own name: "Kashmir conflict" is anchored on "Kashmir". */
const HEAD = /\s+(conflict|dispute|issue|question|row)$/i;

const fold = (text: string): string => text.toLowerCase().replace(/[‐-―−-]/g, '-').replace(/\s+/g, ' ').trim();

/** The place or subject names a dispute's plain wording is built on: its neutral name, each party's name, its proper-name aliases. */
function anchors(dispute: DisputeEntity): string[] {
  const candidates = [
    dispute.neutralName,
    dispute.name.replace(HEAD, ''),
    ...dispute.names.map((n) => n.name),
    ...(dispute.aliases ?? []),
  ].filter((a): a is string => Boolean(a));
  return [...new Set(candidates)].filter(
    (a) => /^\p{Lu}/u.test(a) && a.split(/\s+/).length <= 4 && !NOT_AN_ANCHOR.test(a) && !/^[A-Z]{2,6}$/.test(a) && /\p{Ll}/u.test(a),
  );
}

/** A country's first demonym, and the combining form news puts first in a compound ("Sino-", "Indo-"), by country id. */
function adjectivesOf(entities: readonly EntityBase[]): Map<string, string[]> {
  return new Map(
    entities
      .filter((e) => e.kind === 'country' && e.weakAliases?.[0])
      .map((e) => [e.id, [e.weakAliases![0]!, ...(COMBINING[e.id] ? [COMBINING[e.id]!] : [])]]),
  );
}

/**
 * The disputes with their plain-word names added as aliases; `others` are every other entity, whose
 * names and aliases a new phrase never takes. Two-party territorial and maritime disputes also answer
 * to "the border dispute between X and Y", "the X–Y maritime dispute" and the compound of their
 * adjectives ("the Sino-Indian border dispute") when they are their parties' only dispute of that
 * category, and every territorial or maritime dispute takes the generic phrases of its category as
 * triggers.
 */
export function withPlainWording(disputes: readonly DisputeEntity[], others: readonly EntityBase[]): DisputeEntity[] {
  const taken = new Set<string>();
  for (const entity of [...others, ...disputes]) {
    for (const term of [entity.name, ...(entity.aliases ?? []), ...(entity.triggers ?? [])]) taken.add(fold(term));
  }
  const countryName = new Map(others.filter((e) => e.kind === 'country').map((e) => [e.id, e.name]));
  const adjectives = adjectivesOf(others);
  const pairUse = new Map<string, number>();
  const pairKey = (d: DisputeEntity) => `${d.category}:${[...d.parties].sort().join('+')}`;
  for (const d of disputes) if (d.parties.length === 2) pairUse.set(pairKey(d), (pairUse.get(pairKey(d)) ?? 0) + 1);

  return disputes.map((dispute) => {
    const phrases: string[] = [];
    for (const anchor of anchors(dispute)) {
      for (const noun of AFTER) phrases.push(`${anchor} ${noun}`);
      // "the row over the Senkakus", "the dispute over the Golan Heights": only names news writes with "the".
      const withThe = TAKES_THE.test(anchor);
      for (const lead of BEFORE) phrases.push(`${lead} ${anchor}`, ...(withThe ? [`${lead} the ${anchor}`] : []));
    }
    const [a, b] = dispute.parties.map((id) => countryName.get(id));
    const kind = dispute.category === 'territorial' ? 'border' : dispute.category === 'maritime' ? 'maritime' : undefined;
    const onlyOne = dispute.parties.length === 2 && pairUse.get(pairKey(dispute)) === 1;
    if (kind && a && b && onlyOne) {
      for (const [x, y] of [[a, b], [b, a]]) phrases.push(`${kind} dispute between ${x} and ${y}`, `${x}-${y} ${kind} dispute`);
    }
    // "the Sino-Indian border dispute", "the Greek-Turkish maritime dispute": the parties' adjectives, which
    // leave the countries' own mentions alone.
    const [p, q] = dispute.parties.map((id) => adjectives.get(id) ?? []);
    if (kind && onlyOne && p && q) {
      for (const [xs, ys] of [[p, q], [q, p]] as const) {
        for (const x of xs) for (const y of ys) phrases.push(`${x}-${y} ${kind} dispute`, `${x}-${y} ${dispute.category} dispute`);
      }
    }
    const fresh = phrases.filter((p) => !taken.has(fold(p)) && taken.add(fold(p)));
    const generic = (GENERIC[dispute.category] ?? []).filter((t) => !(dispute.triggers ?? []).includes(t));
    if (fresh.length === 0 && generic.length === 0) return dispute;
    return {
      ...dispute,
      ...(fresh.length > 0 ? { aliases: [...(dispute.aliases ?? []), ...fresh] } : {}),
      ...(generic.length > 0 ? { triggers: [...(dispute.triggers ?? []), ...generic] } : {}),
    };
  });
}

/** A name made of two countries and a head ("Eritrean-Ethiopian war", "Russia–Ukraine war", "US–China trade war"). */
const PAIR_COMPOUND = /^(\p{Lu}[\p{L}.' ]*?)\s?[‐-―−-]\s?(\p{Lu}[\p{L}.' ]*?) ((?:trade |border )?(?:[Ww]ars?|[Cc]onflict)|[Dd]ispute)$/u;
/** Two-letter abbreviations that stand for a country in a compound ("US-China", "U.K.-Iran"). */
const COUNTRY_ABBREVIATION = /^[A-Z]\.?[A-Z]\.?$/;

/**
 * The wars, conflicts and disputes that news names by their two parties, with that name written every
 * way news writes it: parties in either order, each by its name, its adjective or a two-letter
 * abbreviation — "the Ethiopia-Eritrea war" and "the Eritrean–Ethiopian war", "the Israel-Palestinian
 * conflict", "the Ukrainian-Russian war". Border, territorial and maritime compounds are
 * `withPlainWording`'s, built from the parties of every two-party dispute of those categories.
 *
 * Only a name the entity already has is varied, so the pair is the one the entity is known by (a state
 * that backs one side is a party too, but never makes the pair), and a dated name ("2008 Russo-Georgian
 * war") is not. A phrase two entities would get, or that another entity has, is left to no one. Dashes
 * of every kind are one in matching, so one spelling covers the hyphen and the en dash.
 */
export function withPairCompounds(entities: readonly DisputeEntity[], others: readonly EntityBase[]): DisputeEntity[] {
  const countries = others.filter((e) => e.kind === 'country');
  // Every form that names one country inside a compound; a form two countries share names neither.
  const countryOfForm = new Map<string, string | null>();
  for (const country of countries) {
    for (const form of [country.name, ...(country.aliases ?? []), ...(country.weakAliases ?? []), ...(COMBINING[country.id] ? [COMBINING[country.id]!] : [])]) {
      const key = fold(form);
      countryOfForm.set(key, countryOfForm.has(key) && countryOfForm.get(key) !== country.id ? null : country.id);
    }
  }
  const byId = new Map(countries.map((c) => [c.id, c]));
  const forms = (id: string) => {
    const country = byId.get(id)!;
    const short = (country.aliases ?? []).filter((a) => COUNTRY_ABBREVIATION.test(a));
    // Combining forms stay with the names that have them ("Sino-Indian War"): built anew they misread ("Indo-Chinese" is Indochina's).
    return [country.name, ...short, ...(country.weakAliases?.[0] ? [country.weakAliases[0]] : [])];
  };
  const taken = new Set<string>();
  for (const entity of others) for (const term of [entity.name, ...(entity.aliases ?? []), ...(entity.triggers ?? [])]) taken.add(fold(term));
  for (const entity of entities) for (const term of [entity.name, ...(entity.aliases ?? []), ...(entity.triggers ?? [])]) taken.add(fold(term));

  // Each phrase, and the entities it would name.
  const owners = new Map<string, { phrase: string; ids: Set<string> }>();
  for (const entity of entities) {
    const sources = [entity.name, entity.neutralName, ...(entity.aliases ?? []), ...entity.names.map((n) => n.name)];
    for (const source of sources) {
      if (!source || /\d|\(/.test(source)) continue;
      const match = PAIR_COMPOUND.exec(source);
      if (!match) continue;
      const [a, b] = [countryOfForm.get(fold(match[1]!)), countryOfForm.get(fold(match[2]!))];
      if (!a || !b || a === b || !entity.parties.includes(a) || !entity.parties.includes(b)) continue;
      const head = match[3]!.toLowerCase();
      for (const [x, y] of [[a, b], [b, a]] as const) {
        for (const [p, q] of forms(x).flatMap((p) => forms(y).map((q) => [p, q] as const))) {
          const phrase = `${p}-${q} ${head}`;
          const key = fold(phrase);
          if (taken.has(key)) continue;
          const owner = owners.get(key) ?? { phrase, ids: new Set<string>() };
          owner.ids.add(entity.id);
          owners.set(key, owner);
        }
      }
    }
  }
  const phrasesOf = new Map<string, string[]>();
  for (const { phrase, ids } of owners.values()) {
    if (ids.size !== 1) continue;
    const [id] = ids;
    phrasesOf.set(id!, [...(phrasesOf.get(id!) ?? []), phrase]);
  }
  return entities.map((entity) => {
    const fresh = phrasesOf.get(entity.id);
    return fresh ? { ...entity, aliases: [...(entity.aliases ?? []), ...fresh] } : entity;
  });
}
