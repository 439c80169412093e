import type { Clipping } from '../store/types';

export const CSV_MIME_TYPE = 'text/csv';

// Spreadsheets run a cell starting with these as a formula (fullwidth forms too, in some locales),
// and tab or carriage return can shift what the first character is taken to be.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/u;

/** Makes a cell inert in spreadsheets: a leading apostrophe turns a would-be formula into text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted (with quotes doubled) when it holds a comma, quote, CR or LF. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = neutraliseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 text: CRLF after every record, the header first. A UTF-8 BOM lets Excel read it as UTF-8. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  const lines = [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`);
  return `\ufeff${lines.join('')}`;
}

const LIST_SEPARATOR = '; ';

export const CLIPPING_COLUMNS = [
  'id',
  'title',
  'site',
  'byline',
  'published_at',
  'saved_at',
  'updated_at',
  'url',
  'canonical_url',
  'language',
  'verdict',
  'tags',
  'countries',
  'disputes',
  'entities',
  'highlight_count',
  'note',
  'excerpt',
] as const;

/** One row per clipping (documented in docs/export-format.md). The article text stays in JSON. */
export function clippingsCsv(clippings: readonly Clipping[]): string {
  const rows = clippings.map((c) => {
    const names = (kind?: string) =>
      c.entities
        .filter((entity) => kind === undefined || entity.kind === kind)
        .map((entity) => entity.name)
        .join(LIST_SEPARATOR);
    return [
      c.id,
      c.title,
      c.site,
      c.byline,
      c.publishedAt,
      c.savedAt,
      c.updatedAt,
      c.url,
      c.canonicalUrl,
      c.language,
      c.verdict,
      c.tags.join(LIST_SEPARATOR),
      names('country'),
      names('dispute'),
      names(),
      c.highlights.length,
      c.note,
      c.excerpt,
    ];
  });
  return csvDocument(CLIPPING_COLUMNS, rows);
}

export const MENTION_COLUMNS = ['clipping_id', 'clipping_title', 'published_at', 'entity_id', 'entity_kind', 'entity_name', 'mentions'] as const;

/** One row per (clipping, recognised entity) with its mention count: ready for pivot tables. */
export function mentionsCsv(clippings: readonly Clipping[]): string {
  const rows = clippings.flatMap((c) =>
    c.entities.map((entity) => [c.id, c.title, c.publishedAt, entity.id, entity.kind, entity.name, entity.count]),
  );
  return csvDocument(MENTION_COLUMNS, rows);
}
