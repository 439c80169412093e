import type { ImportOutcome } from '../../components/ImportReport';
import { checkImportSize, parseClippingsExport } from '../../lib/export/import';
import type { DiplomarkDatabase } from '../../lib/store/db';
import { importClippings } from '../../lib/store/import';

/**
 * Imports a file chosen by the reader: size checked before reading, everything validated before
 * anything is written, then one transaction. Storage errors propagate to the caller.
 */
export async function readImportFile(file: Pick<File, 'name' | 'size' | 'text'>, db: DiplomarkDatabase): Promise<ImportOutcome> {
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) return { status: 'refused', fileName: file.name, message: tooLarge };
  const parsed = parseClippingsExport(await file.text());
  if (!parsed.ok) return { status: 'refused', fileName: file.name, message: parsed.message };
  const items = parsed.clippings.length > 0 ? await importClippings(db, parsed.clippings) : [];
  return { status: 'done', fileName: file.name, items, rejected: parsed.rejected };
}
