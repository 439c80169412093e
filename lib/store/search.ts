import type { Clipping } from './types';

/** Folds case and diacritics so "Sao Tome", "SÃO TOMÉ" and "são tomé" compare equal. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words of a query, folded; an empty list matches everything. */
function queryTerms(query: string): string[] {
  return foldForSearch(query).split(/\s+/u).filter(Boolean);
}

/**
 * Returns a search over `clippings` (title, site, byline, entity names, text) that keeps their order.
 * Every word of the query must appear. The folded text of each clipping is built once, on first use,
 * so opening a large dashboard costs nothing until the reader types.
 */
export function createClippingSearch(clippings: readonly Clipping[]): (query: string) => Clipping[] {
  let folded: string[] | undefined;
  return (query) => {
    const terms = queryTerms(query);
    if (terms.length === 0) return [...clippings];
    folded ??= clippings.map((clipping) => foldForSearch(searchableText(clipping)));
    const haystacks = folded;
    return clippings.filter((_, index) => {
      const haystack = haystacks[index] ?? '';
      return terms.every((term) => haystack.includes(term));
    });
  };
}

// Fields joined with a line break so a word can't match across two of them.
function searchableText(clipping: Clipping): string {
  const names = clipping.entities.map((entity) => entity.name);
  return [clipping.title, clipping.site, clipping.byline, ...names, clipping.text].join('\n');
}
