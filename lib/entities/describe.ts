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

/** The first and last day an ISO date may stand for: a year or a month alone is a span, never its last day. */
export function dateSpan(date: string): { first: string; last: string; precise: boolean } {
  if (/^\d{4}$/.test(date)) return { first: `${date}-01-01`, last: `${date}-12-31`, precise: false };
  if (/^\d{4}-\d{2}$/.test(date)) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return { first: `${date}-01`, last: `${date}-${String(days).padStart(2, '0')}`, precise: false };
  }
  const day = date.slice(0, 10);
  return { first: day, last: day, precise: true };
}

/**
 * Where a role stands on a date:
 *  - `held`, or `not-yet` / `ended`;
 *  - `maybe-started` / `maybe-ended`: the date falls in the year or month the data gives for the start
 *    or the end, so the data cannot say (a year-only end never means 31 December);
 *  - `leaving`: the holder had announced leaving (`leaving`) and stayed until a successor took over;
 *  - `unrecorded`: an open role after the last date its source covers (`recordedUntil`): held then,
 *    not known since.
 */
export type RoleStatus = 'held' | 'not-yet' | 'ended' | 'maybe-started' | 'maybe-ended' | 'leaving' | 'unrecorded';

export function roleStatus(role: Role, date: string): RoleStatus {
  const day = date.slice(0, 10);
  const from = dateSpan(role.from);
  if (day < from.first) return 'not-yet';
  if (day <= from.last && !from.precise) return 'maybe-started';
  // Before the announced departure the holder was in office, whatever the year-only end says.
  if (role.leaving && day < role.leaving) return 'held';
  if (role.to) {
    const to = dateSpan(role.to);
    if (day > to.last) return 'ended';
    if (day >= to.first && !to.precise) return 'maybe-ended';
  }
  if (role.leaving && day >= role.leaving) return 'leaving';
  if (!role.to && role.recordedUntil && day > dateSpan(role.recordedUntil).last) return 'unrecorded';
  return 'held';
}

/**
 * Of `people`, the one whose last role that `counts` and had ended by `date` ended latest: "George Bush" in
 * 2015 is George W. Bush. None when no such role had ended, or when two ended on the same day.
 */
export function lastToLeave(people: readonly Entity[], date: string, counts: (role: Role) => boolean = () => true): Entity | undefined {
  const left = (person: Entity) =>
    isPerson(person) ? person.roles.reduce((latest, role) => (role.to && counts(role) && roleStatus(role, date) === 'ended' && role.to > latest ? role.to : latest), '') : '';
  const ranked = people.map((person) => ({ person, left: left(person) })).filter((r) => r.left !== '').sort((a, b) => b.left.localeCompare(a.left));
  return ranked.length > 0 && ranked[0]!.left !== ranked[1]?.left ? ranked[0]!.person : undefined;
}

/** The roles a person held (or may still have held) on `date` (ISO), most recent first. */
export function rolesAt(person: PersonEntity, date: string): Role[] {
  return person.roles
    .filter((role) => {
      const status = roleStatus(role, date);
      return status !== 'not-yet' && status !== 'ended';
    })
    .sort((a, b) => b.from.localeCompare(a.from));
}

/** "22 June 2026", "June 2026" or "2026", as precise as the date is. */
export function formatDate(date: string): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = months[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** What the card adds to a role whose standing on the date is not plainly "held". */
function statusNote(role: Role, status: RoleStatus): string {
  const leaving = role.leaving ? `announced leaving on ${formatDate(role.leaving)}` : '';
  switch (status) {
    case 'leaving':
      return ` (${leaving}; in office until a successor takes over)`;
    case 'maybe-ended':
      return leaving
        ? ` (${leaving}; stayed until a successor took over later in ${formatDate(role.to!)} — the day is not known)`
        : ` (until ${formatDate(role.to!)}; the day it ended is not known)`;
    case 'unrecorded':
      return ` (recorded until ${formatDate(role.recordedUntil!)}; whether it went on is not known)`;
    case 'maybe-started':
      return ` (from ${formatDate(role.from)}; the day it began is not known)`;
    default:
      return '';
  }
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
  if (!role.to && role.recordedUntil) return `${from}–?`;
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
    card.roleAtDate = current.map((role) => roleText(gazetteer, role) + statusNote(role, roleStatus(role, date))).join('; ');
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
