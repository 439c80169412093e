import { describe, expect, it } from 'vitest';
import { readImportText, type ReadProgress } from '../../../lib/export/read-import-text';

/** A file whose stream hands out `chunks` one by one. */
function fileOf(chunks: string[], declaredSize?: number): Pick<Blob, 'size' | 'stream'> {
  const bytes = chunks.map((chunk) => new TextEncoder().encode(chunk));
  const size = declaredSize ?? bytes.reduce((sum, b) => sum + b.byteLength, 0);
  return {
    size,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (const b of bytes) controller.enqueue(b);
          controller.close();
        },
      }) as ReturnType<Blob['stream']>,
  };
}

describe('reading an import file: size limit, progress and cancel', () => {
  it('reads the whole text, multi-byte characters split across chunks included, and reports progress', async () => {
    const emoji = new TextEncoder().encode('😀');
    const file = {
      size: 6 + emoji.byteLength,
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"a":'));
            controller.enqueue(emoji.slice(0, 2));
            controller.enqueue(emoji.slice(2));
            controller.enqueue(new TextEncoder().encode('}'));
            controller.close();
          },
        }) as ReturnType<Blob['stream']>,
    };
    const progress: ReadProgress[] = [];
    expect(await readImportText(file, { onProgress: (p) => progress.push(p) })).toEqual({ ok: true, text: '{"a":😀}' });
    expect(progress.map((p) => p.bytesRead)).toEqual([5, 7, 9, 10]);
    expect(progress.every((p) => p.totalBytes === 10)).toBe(true);
  });

  it('refuses a file over the limit before reading it', async () => {
    let read = false;
    const file = { size: 11, stream: () => ((read = true), fileOf(['x']).stream()) };
    expect(await readImportText(file, { maxBytes: 10 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(read).toBe(false);
  });

  it('stops when the file turns out larger than it said', async () => {
    expect(await readImportText(fileOf(['12345', '67890', 'x'], 3), { maxBytes: 10 })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('stops at once when cancelled, with a message saying nothing was imported', async () => {
    const controller = new AbortController();
    const result = await readImportText(fileOf(['a', 'b', 'c']), {
      signal: controller.signal,
      onProgress: ({ bytesRead }) => bytesRead === 1 && controller.abort(),
    });
    expect(result).toEqual({ ok: false, reason: 'cancelled', message: expect.stringMatching(/Nothing was imported/) });
  });
});
