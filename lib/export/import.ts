import { isObject, MAX_CLIPPINGS, MAX_EXPORT_FILE_BYTES, own, validateStoredClipping } from '../store/clipping-rules';
import type { Clipping } from '../store/types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './json';

/** Files larger than this are refused before being read, so a huge file can't exhaust memory. */
export const MAX_IMPORT_BYTES = MAX_EXPORT_FILE_BYTES;
export const MAX_IMPORT_CLIPPINGS = MAX_CLIPPINGS;
/** Checks one clipping of an export file: the rules every stored clipping follows (lib/store/clipping-rules). */
export const validateImportedClipping = validateStoredClipping;

/** Why one clipping of a file was left out. */
export interface RejectedItem {
  index: number;
  /** The clipping's title or URL when the file gave one as a string, for the report. */
  label: string;
  reason: string;
}

export type ParsedImport =
  | { ok: false; message: string }
  | { ok: true; version: number; clippings: Clipping[]; rejected: RejectedItem[] };

const MB = 1024 * 1024;

/** A reader-facing message when a file is too large to import, or null. Checked before reading. */
export function checkImportSize(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES
    ? `This file is ${(bytes / MB).toFixed(1)} MB; Diplomark imports files up to ${MAX_IMPORT_BYTES / MB} MB. Nothing was imported.`
    : null;
}

function labelOf(value: unknown, index: number): string {
  if (isObject(value)) {
    for (const key of ['title', 'canonicalUrl', 'url']) {
      const text = own(value, key);
      if (typeof text === 'string' && text.trim()) return text.trim().slice(0, 120);
    }
  }
  return `Clipping ${index + 1}`;
}

/**
 * Reads a native export file. The whole file is checked before anything is written: a file that
 * isn't a complete Diplomark export of a known version is refused as a whole with a clear message;
 * otherwise each clipping is accepted or rejected with its reason.
 */
export function parseClippingsExport(text: string): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: checkImportSize(text.length) as string };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
    return { ok: false, message: `This file is not complete JSON; it may have been cut off or is not a Diplomark export${detail}. Nothing was imported.` };
  }
  if (!isObject(document) || own(document, 'format') !== EXPORT_FORMAT) {
    return { ok: false, message: 'This is not a Diplomark clippings export (its "format" is not "diplomark-clippings"). Nothing was imported.' };
  }
  const version = own(document, 'version');
  if (version !== EXPORT_VERSION) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : 'missing';
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return {
      ok: false,
      message: newer
        ? `This file is export format version ${shown}; this Diplomark reads version ${EXPORT_VERSION}. Update Diplomark to import it. Nothing was imported.`
        : `This file’s export format version (${shown}) is not one Diplomark knows (it reads version ${EXPORT_VERSION}). Nothing was imported.`,
    };
  }
  const items = own(document, 'clippings');
  if (!Array.isArray(items)) return { ok: false, message: 'This export has no list of clippings. Nothing was imported.' };
  if (items.length > MAX_IMPORT_CLIPPINGS) {
    return { ok: false, message: `This export holds ${items.length} clippings; Diplomark imports at most ${MAX_IMPORT_CLIPPINGS} at once. Nothing was imported.` };
  }
  const clippings: Clipping[] = [];
  const rejected: RejectedItem[] = [];
  const seenUrls = new Set<string>();
  const seenIds = new Set<string>();
  items.forEach((item, index) => {
    const result = validateImportedClipping(item);
    let reason = typeof result === 'string' ? result : null;
    if (typeof result !== 'string') {
      if (seenUrls.has(result.canonicalUrl)) reason = 'another clipping in this file has the same canonical URL';
      else if (seenIds.has(result.id)) reason = 'another clipping in this file has the same id';
    }
    if (reason !== null || typeof result === 'string') {
      rejected.push({ index, label: labelOf(item, index), reason: reason ?? 'invalid' });
      return;
    }
    seenUrls.add(result.canonicalUrl);
    seenIds.add(result.id);
    clippings.push(result);
  });
  return { ok: true, version, clippings, rejected };
}
