import { type SliceOptions, inTimeSlices } from '../time-slices';
import type { Clipping } from '../store/types';

/** Folds case and diacritics so "Sao Tome", "SÃO TOMÉ" and "são tomé" compare equal. */
export function foldForSearch(text: string): string {
  // Only the runs outside ASCII are decomposed (ASCII is already decomposed, and marks only reorder
  // among themselves, never across an ASCII letter), which makes folding an article several times
  // faster than normalising all of it; the result is the same as `normalize('NFKD')` on the whole.
  return text.replace(NOT_ASCII, stripMarks).toLowerCase();
}

const NOT_ASCII = /[^\0-\x7f]+/g;
const stripMarks = (run: string) => run.normalize('NFKD').replace(/\p{M}+/gu, '');

/** The words of a query, folded; an empty list matches everything. */
export function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter(Boolean);
}

interface FoldedEntry {
  updatedAt: string;
  /** Title, site, byline, entity names, tags and notes, folded. */
  fields: string;
  /** The article text, folded: kept apart so the (large) text is copied once, not joined then folded. */
  text: string;
}

/**
 * A full-text index over clippings: each clipping's searchable fields folded once.
 * Rebuilding from a previous index refolds only the clippings that changed (by `updatedAt`), so the
 * live list can be re-indexed on every database change at the cost of the changes alone.
 */
export interface SearchIndex {
  readonly clippings: readonly Clipping[];
  /** Clippings containing every word of `query` (case- and accent-insensitive), in index order. */
  search(query: string): Clipping[];
}

// Fields joined with a line break so a word can't match across two of them.
function searchableFields(clipping: Clipping): string {
  return [
    clipping.title,
    clipping.site,
    clipping.byline,
    ...clipping.entities.map((entity) => entity.name),
    ...clipping.tags,
    clipping.note,
    ...clipping.highlights.map((highlight) => highlight.note),
  ].join('\n');
}

function foldEntry(clipping: Clipping): FoldedEntry {
  return { updatedAt: clipping.updatedAt, fields: foldForSearch(searchableFields(clipping)), text: foldForSearch(clipping.text) };
}

export function buildSearchIndex(clippings: readonly Clipping[], previous?: SearchIndex): SearchIndex {
  const reusable = previous instanceof FoldedIndex ? previous.entries : undefined;
  return new FoldedIndex(clippings, foldAll(clippings, reusable, 0, clippings.length, new Map()));
}

/**
 * The same index built in time slices (see `inTimeSlices`), so folding 10,000 clippings never blocks
 * scrolling or typing for long. Aborting `signal` stops the build at its next yield (it rejects).
 */
export async function buildSearchIndexInSlices(
  clippings: readonly Clipping[],
  previous?: SearchIndex,
  options?: SliceOptions,
): Promise<SearchIndex> {
  const reusable = previous instanceof FoldedIndex ? previous.entries : undefined;
  const entries = new Map<string, FoldedEntry>();
  await inTimeSlices(clippings.length, 50, (from, to) => foldAll(clippings, reusable, from, to, entries), options);
  return new FoldedIndex(clippings, entries);
}

function foldAll(
  clippings: readonly Clipping[],
  reusable: Map<string, FoldedEntry> | undefined,
  from: number,
  to: number,
  into: Map<string, FoldedEntry>,
): Map<string, FoldedEntry> {
  for (let i = from; i < to; i += 1) {
    const clipping = clippings[i] as Clipping;
    const old = reusable?.get(clipping.id);
    into.set(clipping.id, old && old.updatedAt === clipping.updatedAt ? old : foldEntry(clipping));
  }
  return into;
}

class FoldedIndex implements SearchIndex {
  private readonly folded: FoldedEntry[];
  // The last query and its results: a query that refines it (each old word inside a new word, as
  // when typing on) can only match a subset, so it searches those results instead of everything.
  private last: { terms: string[]; positions: number[] } | undefined;

  constructor(
    readonly clippings: readonly Clipping[],
    readonly entries: Map<string, FoldedEntry>,
  ) {
    this.folded = clippings.map((clipping) => entries.get(clipping.id) as FoldedEntry);
  }

  search(query: string): Clipping[] {
    const terms = queryTerms(query);
    if (terms.length === 0) {
      this.last = undefined;
      return [...this.clippings];
    }
    const last = this.last;
    const refines = last !== undefined && last.terms.every((old) => terms.some((term) => term.includes(old)));
    const candidates = refines ? last.positions : undefined;
    const positions: number[] = [];
    const test = (position: number) => {
      const { fields, text } = this.folded[position] as FoldedEntry;
      if (terms.every((term) => fields.includes(term) || text.includes(term))) positions.push(position);
    };
    if (candidates) for (const position of candidates) test(position);
    else for (let position = 0; position < this.folded.length; position += 1) test(position);
    this.last = { terms, positions };
    return positions.map((position) => this.clippings[position] as Clipping);
  }
}
