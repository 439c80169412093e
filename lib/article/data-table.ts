/**
 * Big data tables beside a story: a page that publishes, say, a directory of hundreds of names and
 * e-mail addresses under a short article. Readability scores table cells like paragraphs, so such a
 * table outweighs the story and is returned instead of it. The table is taken out of Readability's
 * copy of the page (never the live page) before it reads it.
 */

/** Rows from which a table is big enough to outweigh a story. */
const MIN_DATA_ROWS = 30;
/** Cells of a data table are short; a longer cell holds prose or a nested layout. */
const MAX_DATA_CELL_CHARS = 200;
const MAX_MEAN_CELL_CHARS = 50;

/** A table of many rows of short cells, none of which holds prose: data, not a page layout. */
export function isDataTable(table: HTMLTableElement): boolean {
  if (table.rows.length < MIN_DATA_ROWS) return false;
  let cells = 0;
  let chars = 0;
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const length = (cell.textContent ?? '').replace(/\s+/g, ' ').trim().length;
      if (length > MAX_DATA_CELL_CHARS) return false;
      cells++;
      chars += length;
    }
  }
  return cells > 0 && chars / cells <= MAX_MEAN_CELL_CHARS;
}

/** Removes big data tables from `copy`, a clone of the page made for Readability. */
export function removeDataTables(copy: Document): void {
  for (const table of copy.querySelectorAll('table')) {
    if (isDataTable(table as HTMLTableElement)) table.remove();
  }
}
