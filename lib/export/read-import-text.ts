import { checkImportSize, MAX_IMPORT_BYTES } from './import';

/** How far reading a file has got, for a progress bar. */
export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
}

export type ReadImportText =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' | 'cancelled'; message: string };

/**
 * Reads an import file as text in chunks, reporting progress and stopping as soon as `signal` is
 * aborted (the reader pressed Cancel) — nothing has been written at that point, since validation and
 * the one import transaction come after reading. A file over the import limit is refused before
 * reading, and again if it turns out larger than it said while being read.
 */
export async function readImportText(
  file: Pick<Blob, 'size' | 'stream'>,
  { onProgress, signal, maxBytes = MAX_IMPORT_BYTES }: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal; maxBytes?: number } = {},
): Promise<ReadImportText> {
  const tooLarge = (bytes: number) => (bytes > maxBytes ? (checkImportSize(bytes) ?? `This file is larger than ${maxBytes} bytes. Nothing was imported.`) : null);
  const cancelled: ReadImportText = { ok: false, reason: 'cancelled', message: 'Import cancelled. Nothing was imported.' };
  const early = tooLarge(file.size);
  if (early) return { ok: false, reason: 'too-large', message: early };
  if (signal?.aborted) return cancelled;
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytesRead = 0;
  try {
    for (;;) {
      if (signal?.aborted) return cancelled;
      const { done, value } = await reader.read();
      if (done) break;
      bytesRead += value.byteLength;
      const over = tooLarge(bytesRead);
      if (over) return { ok: false, reason: 'too-large', message: over };
      parts.push(decoder.decode(value, { stream: true }));
      onProgress?.({ bytesRead, totalBytes: file.size });
    }
    if (signal?.aborted) return cancelled;
    parts.push(decoder.decode());
    return { ok: true, text: parts.join('') };
  } finally {
    void reader.cancel().catch(() => {});
  }
}
