/** The five kinds of thing Diplomark recognises; also the value of `data-diplomark-kind`. */
export type EntityKind = 'person' | 'country' | 'organization' | 'place' | 'dispute';

export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'country', 'organization', 'place', 'dispute'];

/** An office held by a person, so a card can say what they were at an article's date. */
export interface Role {
  /** e.g. "Foreign Minister", "President". */
  title: string;
  /** Country id the office belongs to, e.g. `country:jp`. */
  country?: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM or YYYY) the role began. */
  from: string;
  /**
   * ISO date it ended; absent while current. A year or a month alone says only that it ended within
   * that year or month (never the period's last day): see describe.ts.
   */
  to?: string;
  /**
   * ISO date the holder announced leaving, while staying in office until a successor took over: from
   * then until `to`, the card says the office was changing hands.
   */
  leaving?: string;
  /**
   * For a role without `to`: the last date its source covers. The source saw the role held then and
   * says nothing of later dates, so after it the card cannot tell whether the role went on.
   */
  recordedUntil?: string;
  /** Where the role comes from when it is open data: dataset and record ("wikidata-officeholders/france-cabinet"). */
  source?: string;
}

export type DisputeCategory = 'territorial' | 'maritime' | 'historical' | 'trade' | 'security' | 'legal';

/**
 * One gazetteer entry. Aliases are written in their usual case; matching folds case, diacritics,
 * quotes and hyphens, but keeps these case rules:
 *  - an alias in capitals only (`WTO`, `US`) must appear in capitals;
 *  - a single-word alias (`Moon`, `Turkey`) must start with a capital letter;
 *  - multi-word aliases match in any case, except the names of people, NGOs, companies and media,
 *    which must be written as names (the first word and another capitalised: "Save the Children").
 */
export interface EntityBase {
  /** Stable readable slug, never renamed once shipped: `country:jp`, `person:yoon-suk-yeol`. */
  id: string;
  kind: EntityKind;
  /** Canonical display name. */
  name: string;
  /** Other ways news writes it (spellings, romanisations, abbreviations, native script). */
  aliases?: string[];
  /** Weaker aliases (demonyms such as "Japanese"): count as context, never highlighted. */
  weakAliases?: string[];
  /**
   * Generic phrases that mean this entity only when its context countries are in the article
   * ("National Assembly" with South Korea, "forced labor" with Japan and South Korea).
   */
  triggers?: string[];
  /** Native-script names, shown on the card and matched in text without spaces. */
  native?: string[];
  /** Short neutral description for the card. */
  description?: string;
  /** Country id this entity belongs to (places, organisations, people). */
  country?: string;
  /**
   * For a body of an organisation (the UN's General Assembly): that organisation's id. Its generic
   * name (a trigger: "the General Assembly") means this body in an article that names the organisation.
   */
  within?: string;
  /** For organisations: what sort of body it is (news agencies are not evidence of diplomacy). */
  orgType?: OrganizationType;
  /** Aliases that are also ordinary words or other names, and when they do not mean this entity. */
  guards?: AliasGuard[];
  /**
   * Where an open-data entity comes from: dataset and record id (`wikidata:Q9545`, `geonames:2990440`,
   * `partyfacts:6641`, `phoenix:ABU_NIDAL_ORGANIZATION`, `naturalearth:…`). Absent on hand-curated entities.
   */
  source?: string;
  /**
   * For an entity found in one article's wording and absent from the knowledge base: what that article
   * says it is ("Iraq's oil minister"). Its presence marks the entity as read from the text.
   */
  readFromText?: string;
}

/**
 * When an alias that is also a word or another name ("Georgia", "Jordan", "Chad", "Diet") does not
 * mean its entity.
 */
export interface AliasGuard {
  /** The alias (or name) it applies to, as written in the entity. */
  alias: string;
  /** Not when a capitalised name-like word follows ("Jordan Bardella", "Chad Smith"). */
  notBeforeName?: boolean;
  /** Not when a capitalised name-like word comes right before ("Michael Jordan"). */
  notAfterName?: boolean;
  /** Not when any capitalised word comes right before, a known name too ("the American Red Cross", a national society). */
  notAfterCapitalised?: boolean;
  /** Not at the start of a sentence, where an ordinary word is capitalised too. */
  notSentenceStart?: boolean;
  /**
   * Phrases showing the article means something else (Georgia the US state: "Atlanta"); they win
   * unless the article also names this entity's own places or people.
   */
  otherSense?: string[];
}

export type OrganizationType = 'intergovernmental' | 'government' | 'party' | 'media' | 'company' | 'ngo' | 'armed-group';

export interface PersonEntity extends EntityBase {
  kind: 'person';
  /** Family name as written in news; after the full name, it alone refers to this person. */
  surname?: string;
  /** True when the surname alone is distinctive enough to mean this person in any article. */
  surnameStandsAlone?: boolean;
  roles: Role[];
  /**
   * For officials the gazetteer lacks, found by an honorific pattern ("Vice Speaker X"): the title the
   * article gave them. Such people have no dated roles and a generated id.
   */
  reportedTitle?: string;
}

export interface DisputeEntity extends EntityBase {
  kind: 'dispute';
  /** Country ids of the parties. */
  parties: string[];
  category: DisputeCategory;
  /** What each party calls it (country id → name), plus a neutral name when one exists. */
  names: { party: string; name: string }[];
  neutralName?: string;
  /** One-line neutral summary for the card. */
  summary: string;
}

export type Entity = EntityBase | PersonEntity | DisputeEntity;

/** A recognised occurrence of an entity in a text. Offsets are UTF-16 indices into that text. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  kind: EntityKind;
  /** The text exactly as written at [start, end). */
  surface: string;
  /** A weak alias (demonym): evidence for context and relevance, not highlighted. */
  weak?: boolean;
  /** The title written before a person's name here ("Foreign Minister"), when there was one. */
  title?: string;
}

export function isPerson(entity: Entity): entity is PersonEntity {
  return entity.kind === 'person';
}

export function isDispute(entity: Entity): entity is DisputeEntity {
  return entity.kind === 'dispute';
}
