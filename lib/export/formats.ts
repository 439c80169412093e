import type { Clipping } from '../store/types';
import { CSL_MIME_TYPE, clippingsToCslJson } from './csl';
import { CSV_MIME_TYPE, clippingsCsv, mentionsCsv } from './csv';
import { EXPORT_MIME_TYPE, exportFileName, serializeClippingsInParts } from './json';
import { MARKDOWN_MIME_TYPE, clippingToMarkdown, markdownFileName } from './markdown';
import { WEB_ANNOTATION_MIME_TYPE, serializeAnnotations } from './web-annotation';
import { ZIP_MIME_TYPE, buildZip } from './zip';

export type ExportFormat = 'json' | 'markdown' | 'csv' | 'web-annotation' | 'csl-json';

/** The formats in the order menus offer them, with a label a reader recognises. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'Diplomark JSON' },
  { format: 'markdown', label: 'Markdown (Obsidian)' },
  { format: 'csv', label: 'CSV (spreadsheet)' },
  { format: 'web-annotation', label: 'Web Annotation (JSON-LD)' },
  { format: 'csl-json', label: 'CSL-JSON (Zotero)' },
];

/** One file to download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string | Uint8Array;
}

/** `diplomark-<what>-YYYY-MM-DD.<ext>` in the reader's local date, like the JSON export. */
function datedName(what: string, ext: string, now: Date): string {
  return exportFileName(now).replace('clippings', what).replace(/\.json$/, `.${ext}`);
}

/**
 * The files for an export of `clippings` in `format`. Pure. Markdown is one note per clipping: a
 * single .md file for one clipping, a .zip of notes for several. CSV is two files (clippings, mentions).
 * Diplomark JSON is one file, or several importable parts when the collection outgrows the import limit.
 */
export function buildExportFiles(format: ExportFormat, clippings: readonly Clipping[], now: Date = new Date()): ExportFile[] {
  switch (format) {
    case 'json': {
      // A collection too large for one importable file is written as several, each complete on its own.
      const parts = serializeClippingsInParts(clippings, now);
      const name = (index: number) =>
        parts.length === 1 ? exportFileName(now) : exportFileName(now).replace(/\.json$/, `-part-${index + 1}-of-${parts.length}.json`);
      return parts.map((content, index) => ({ name: name(index), type: EXPORT_MIME_TYPE, content }));
    }
    case 'markdown': {
      const taken = new Set<string>();
      const notes = clippings.map((clipping) => ({ name: markdownFileName(clipping, taken), text: clippingToMarkdown(clipping) }));
      if (notes.length === 1) {
        const [note] = notes as [{ name: string; text: string }];
        return [{ name: note.name, type: MARKDOWN_MIME_TYPE, content: note.text }];
      }
      return [{ name: datedName('clippings', 'zip', now), type: ZIP_MIME_TYPE, content: buildZip(notes, now) }];
    }
    case 'csv':
      return [
        { name: datedName('clippings', 'csv', now), type: CSV_MIME_TYPE, content: clippingsCsv(clippings) },
        { name: datedName('mentions', 'csv', now), type: CSV_MIME_TYPE, content: mentionsCsv(clippings) },
      ];
    case 'web-annotation':
      return [{ name: datedName('annotations', 'jsonld', now), type: WEB_ANNOTATION_MIME_TYPE, content: serializeAnnotations(clippings, now) }];
    case 'csl-json':
      return [{ name: datedName('citations', 'csl.json', now), type: CSL_MIME_TYPE, content: clippingsToCslJson(clippings) }];
  }
}
