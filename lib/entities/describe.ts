import type { Gazetteer } from './gazetteer';
import { isDispute, isPerson, type Entity, type EntityKind, type PersonEntity, type Role } from './types';

/** How each kind is named to the reader, in cards and in the extension pages. */
export const KIND_LABELS: Record<EntityKind, string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organisation',
  place: 'Place',
  dispute: 'Dispute',
};

/** What a hover card shows about an entity. Plain strings only. */
export interface EntityCard {
  id: string;
  kind: EntityKind;
  kindLabel: string;
  name: string;
  description: string;
  /** e.g. "Foreign Minister of Japan" at the article's date; '' when unknown. */
  roleAtDate: string;
  /** Country (or countries) the entity belongs to, by name. */
  countries: string[];
  /** For disputes: what each side calls it, every party listed. */
  names: { label: string; name: string }[];
  category: string;
  summary: string;
  nativeNames: string[];
}

/** Compares ISO-like dates that may be truncated (YYYY, YYYY-MM). */
function within(role: Role, date: string): boolean {
  const day = date.slice(0, 10);
  const from = role.from.padEnd(10, role.from.length === 4 ? '-01-01' : '-01').slice(0, 10);
  if (day < from) return false;
  if (!role.to) return true;
  const to = role.to.length === 4 ? `${role.to}-12-31` : role.to.length === 7 ? `${role.to}-31` : role.to;
  return day <= to;
}

/** The roles a person held on `date` (ISO), most recent first. */
export function rolesAt(person: PersonEntity, date: string): Role[] {
  return person.roles.filter((role) => within(role, date)).sort((a, b) => b.from.localeCompare(a.from));
}

function countryName(gazetteer: Gazetteer, id: string | undefined): string {
  return (id && gazetteer.get(id)?.name) || '';
}

function roleText(gazetteer: Gazetteer, role: Role): string {
  const country = countryName(gazetteer, role.country);
  return country ? `${role.title}, ${country}` : role.title;
}

/** "2021–2024", "since 2025", or one year. */
function roleYears(role: Role): string {
  const from = role.from.slice(0, 4);
  if (!role.to) return `since ${from}`;
  const to = role.to.slice(0, 4);
  return to === from ? from : `${from}–${to}`;
}

/**
 * A person's offices, most recent first ("Prime Minister, Japan 2021–2024 · Foreign Minister, Japan
 * 2012–2017"): who they are, from the same dated roles the card's "as of" line reads.
 */
export function careerSummary(person: PersonEntity, gazetteer: Gazetteer): string {
  return [...person.roles]
    .sort((a, b) => b.from.localeCompare(a.from))
    .map((role) => `${roleText(gazetteer, role)} ${roleYears(role)}`)
    .join(' · ');
}

/** Builds the card for `entity` as of `date` (the article's publication date, or today). */
export function describeEntity(entity: Entity, gazetteer: Gazetteer, date: string): EntityCard {
  const card: EntityCard = {
    id: entity.id,
    kind: entity.kind,
    kindLabel: KIND_LABELS[entity.kind],
    name: entity.name,
    description: entity.description ?? '',
    roleAtDate: '',
    countries: entity.country ? [countryName(gazetteer, entity.country)].filter(Boolean) : [],
    names: [],
    category: '',
    summary: '',
    nativeNames: entity.native ?? [],
  };
  if (isPerson(entity) && entity.reportedTitle !== undefined) {
    // An official the gazetteer lacks: all we know is the title the article gave them.
    card.roleAtDate = roleText(gazetteer, { title: entity.reportedTitle, country: entity.country, from: date });
    card.description ||= 'Named with this title in the article; not in Diplomark’s reference list.';
  } else if (isPerson(entity)) {
    const current = rolesAt(entity, date);
    card.roleAtDate = current.map((role) => roleText(gazetteer, role)).join('; ');
    // The dated roles say who the person is; pages get no separate description for people with roles.
    if (entity.roles.length > 0) card.description = careerSummary(entity, gazetteer);
    card.countries = [...new Set(entity.roles.map((r) => countryName(gazetteer, r.country)).filter(Boolean))];
  }
  if (isDispute(entity)) {
    card.countries = entity.parties.map((party) => countryName(gazetteer, party) || party);
    card.names = entity.names.map(({ party, name }) => ({ label: countryName(gazetteer, party) || party, name }));
    if (entity.neutralName) card.names.push({ label: 'Neutral', name: entity.neutralName });
    card.category = entity.category;
    card.summary = entity.summary;
  }
  return card;
}
