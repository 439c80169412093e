import { type ExportFile, type ExportFormat, buildExportFiles } from '../lib/export/formats';
import { EXPORT_MIME_TYPE, exportFileName, serializeClippings } from '../lib/export/json';
import { listClippings } from '../lib/store/clippings';
import type { DiplomarkDatabase } from '../lib/store/db';
import type { Clipping } from '../lib/store/types';

type ObjectUrls = Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;

/**
 * Offers `text` as a file download through a temporary object URL and `<a download>`, which needs no
 * extra permission. The URL is revoked a moment later: revoking during the click can cancel the download.
 */
export function downloadText(
  text: string | Uint8Array,
  fileName: string,
  type: string,
  doc: Document = document,
  urls: ObjectUrls = URL,
  revokeAfterMs = 1000,
): void {
  const url = urls.createObjectURL(new Blob([text as BlobPart], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => urls.revokeObjectURL(url), revokeAfterMs);
  }
}

/** Downloads every clipping in the native JSON format; returns how many were exported. */
export async function downloadAllClippings(
  db: DiplomarkDatabase,
  now: Date = new Date(),
  doc: Document = document,
): Promise<number> {
  const clippings = await listClippings(db);
  downloadText(serializeClippings(clippings, now), exportFileName(now), EXPORT_MIME_TYPE, doc);
  return clippings.length;
}

/** Downloads `clippings` in `format` (one file, or two for CSV); returns the files offered. */
export function downloadClippings(
  format: ExportFormat,
  clippings: readonly Clipping[],
  now: Date = new Date(),
  doc: Document = document,
): ExportFile[] {
  const files = buildExportFiles(format, clippings, now);
  for (const file of files) downloadText(file.content, file.name, file.type, doc);
  return files;
}
