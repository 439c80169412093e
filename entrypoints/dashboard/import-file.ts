import type { ImportOutcome } from '../../components/ImportReport';
import { parseClippingsExport } from '../../lib/export/import';
import { type ReadProgress, readImportText } from '../../lib/export/read-import-text';
import type { DiplomarkDatabase } from '../../lib/store/db';
import { importClippings } from '../../lib/store/import';

export interface ImportFileOptions {
  /** How far reading the file has got (for a progress bar). */
  onProgress?: (progress: ReadProgress) => void;
  /** Aborted when the reader presses Cancel: reading stops and nothing is written. */
  signal?: AbortSignal;
}

/**
 * Imports a file chosen by the reader: size checked before reading, read in chunks with progress and
 * cancel, everything validated before anything is written, then one transaction. Storage errors
 * propagate to the caller.
 */
export async function readImportFile(
  file: Pick<File, 'name' | 'size' | 'stream'>,
  db: DiplomarkDatabase,
  options: ImportFileOptions = {},
): Promise<ImportOutcome> {
  const read = await readImportText(file, options);
  if (!read.ok) return { status: 'refused', fileName: file.name, message: read.message };
  const parsed = parseClippingsExport(read.text);
  if (!parsed.ok) return { status: 'refused', fileName: file.name, message: parsed.message };
  if (options.signal?.aborted) return { status: 'refused', fileName: file.name, message: 'Import cancelled. Nothing was imported.' };
  const items = parsed.clippings.length > 0 ? await importClippings(db, parsed.clippings) : [];
  return { status: 'done', fileName: file.name, items, rejected: parsed.rejected };
}
