import type { EntityKind } from '../entities/types';
import { type SliceOptions, inTimeSlices } from '../time-slices';
import type { Clipping } from '../store/types';

/** The dashboard's filters; each one left undefined lets everything through. */
export interface FacetFilter {
  entity?: string;
  kind?: EntityKind;
  dispute?: string;
  country?: string;
  site?: string;
  tag?: string;
  /** Inclusive `YYYY-MM-DD` bounds on the clipping's date (published, else saved). */
  from?: string;
  to?: string;
}

export type SortOrder = 'saved-desc' | 'saved-asc' | 'published-desc' | 'published-asc' | 'title' | 'mentions';

export const SORT_LABELS: Record<SortOrder, string> = {
  'saved-desc': 'Newest saved',
  'saved-asc': 'Oldest saved',
  'published-desc': 'Newest published',
  'published-asc': 'Oldest published',
  title: 'Title A–Z',
  mentions: 'Most mentions',
};

/** The date a clipping is filed under: when it was published, else when it was saved. */
export function clippingDate(clipping: Pick<Clipping, 'publishedAt' | 'savedAt'>): string {
  return clipping.publishedAt && !Number.isNaN(Date.parse(clipping.publishedAt)) ? new Date(clipping.publishedAt).toISOString() : clipping.savedAt;
}

export function matchesFacets(clipping: Clipping, filter: FacetFilter): boolean {
  if (filter.entity && !clipping.entityIds.includes(filter.entity)) return false;
  if (filter.country && !clipping.entityIds.includes(filter.country)) return false;
  if (filter.dispute && !clipping.disputes.includes(filter.dispute)) return false;
  if (filter.kind && !clipping.entities.some((entity) => entity.kind === filter.kind)) return false;
  if (filter.site !== undefined && clipping.site !== filter.site) return false;
  if (filter.tag && !clipping.tags.includes(filter.tag)) return false;
  if (filter.from || filter.to) {
    const day = clippingDate(clipping).slice(0, 10);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  return true;
}

export function isFilterEmpty(filter: FacetFilter): boolean {
  return Object.values(filter).every((value) => value === undefined || value === '');
}

export function applyFacets(clippings: readonly Clipping[], filter: FacetFilter): Clipping[] {
  return isFilterEmpty(filter) ? [...clippings] : clippings.filter((clipping) => matchesFacets(clipping, filter));
}

const totalMentions = (clipping: Clipping) => clipping.entities.reduce((sum, entity) => sum + entity.count, 0);
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** A sorted copy; ties keep the given order. */
export function sortClippings(clippings: readonly Clipping[], order: SortOrder): Clipping[] {
  const sorted = [...clippings];
  const byString = (key: (c: Clipping) => string, direction: 1 | -1) => (a: Clipping, b: Clipping) => {
    const x = key(a);
    const y = key(b);
    return x === y ? 0 : x < y ? -direction : direction;
  };
  switch (order) {
    case 'saved-desc':
      return sorted.sort(byString((c) => c.savedAt, -1));
    case 'saved-asc':
      return sorted.sort(byString((c) => c.savedAt, 1));
    case 'published-desc':
      return sorted.sort(byString(clippingDate, -1));
    case 'published-asc':
      return sorted.sort(byString(clippingDate, 1));
    case 'title':
      return sorted.sort((a, b) => collator.compare(a.title, b.title));
    case 'mentions':
      return sorted.sort((a, b) => totalMentions(b) - totalMentions(a));
  }
}

/** One choice in a facet menu. */
export interface FacetOption {
  value: string;
  label: string;
  /** Clippings having it. */
  count: number;
}

export interface FacetOptions {
  entity: FacetOption[];
  kind: FacetOption[];
  dispute: FacetOption[];
  country: FacetOption[];
  site: FacetOption[];
  tag: FacetOption[];
}

function tally(): { add: (value: string, label: string) => void; options: (limit?: number) => FacetOption[] } {
  const counts = new Map<string, FacetOption>();
  return {
    add(value, label) {
      const option = counts.get(value);
      if (option) option.count += 1;
      else counts.set(value, { value, label, count: 1 });
    },
    options: (limit) =>
      [...counts.values()].sort((a, b) => b.count - a.count || collator.compare(a.label, b.label)).slice(0, limit),
  };
}

/** Running counts for every facet menu, fed a range of clippings at a time. */
function facetTallies() {
  const entity = tally();
  const kind = tally();
  const dispute = tally();
  const country = tally();
  const site = tally();
  const tag = tally();
  const kinds = new Set<EntityKind>();
  return {
    count(clippings: readonly Clipping[], from: number, to: number) {
      for (let i = from; i < to; i += 1) {
        const clipping = clippings[i] as Clipping;
        kinds.clear();
        for (const e of clipping.entities) {
          entity.add(e.id, e.name);
          kinds.add(e.kind);
          if (e.kind === 'dispute') dispute.add(e.id, e.name);
          if (e.kind === 'country') country.add(e.id, e.name);
        }
        for (const k of kinds) kind.add(k, k);
        if (clipping.site) site.add(clipping.site, clipping.site);
        for (const t of clipping.tags) tag.add(t, t);
      }
    },
    options(entityLimit: number): FacetOptions {
      return {
        entity: entity.options(entityLimit),
        kind: kind.options(),
        dispute: dispute.options(),
        country: country.options(),
        site: site.options(),
        tag: tag.options(),
      };
    },
  };
}

/** The choices for each facet menu, most common first, counted over `clippings`. */
export function facetOptions(clippings: readonly Clipping[], entityLimit = 300): FacetOptions {
  const tallies = facetTallies();
  tallies.count(clippings, 0, clippings.length);
  return tallies.options(entityLimit);
}

/** The same options counted in time slices (see `inTimeSlices`); aborting `signal` stops it (it rejects). */
export async function facetOptionsInSlices(clippings: readonly Clipping[], options?: SliceOptions, entityLimit = 300): Promise<FacetOptions> {
  const tallies = facetTallies();
  await inTimeSlices(clippings.length, 200, (from, to) => tallies.count(clippings, from, to), options);
  return tallies.options(entityLimit);
}

/** Facet menus with no choices yet (before anything has been counted). */
export const NO_FACET_OPTIONS: FacetOptions = { entity: [], kind: [], dispute: [], country: [], site: [], tag: [] };
