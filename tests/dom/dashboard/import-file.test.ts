import { describe, expect, it, vi } from 'vitest';
import { readImportFile } from '../../../entrypoints/dashboard/import-file';
import { MAX_IMPORT_BYTES } from '../../../lib/export/import';
import { serializeClippings } from '../../../lib/export/json';
import { listClippings } from '../../../lib/store/clippings';
import { importClippings } from '../../../lib/store/import';
import { sample } from '../../unit/export/sample';
import { useFreshDatabases } from '../../unit/store/helpers';

const database = useFreshDatabases();

function file(name: string, text: string, size?: number) {
  const blob = new Blob([text]);
  return { name, size: size ?? blob.size, stream: vi.fn(() => blob.stream()) };
}

describe('readImportFile', () => {
  it('refuses a file over the limit without reading it', async () => {
    const big = file('huge.json', '', MAX_IMPORT_BYTES + 1);
    const outcome = await readImportFile(big, database());
    expect(outcome).toMatchObject({ status: 'refused', fileName: 'huge.json', message: expect.stringContaining('50 MB') });
    expect(big.stream).not.toHaveBeenCalled();
  });

  it('refuses hostile files and leaves the database as it was', async () => {
    const db = database();
    await importClippings(db, [sample('a')]);
    const before = await listClippings(db);
    const valid = serializeClippings([sample('b')]);
    for (const text of [valid.slice(0, 100), valid.replace('"version": 1', '"version": 9'), '{"__proto__": {"polluted": 1}}']) {
      const outcome = await readImportFile(file('bad.json', text), db);
      expect(outcome.status).toBe('refused');
    }
    expect(await listClippings(db)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('imports valid clippings and reports rejected ones by item', async () => {
    const db = database();
    const text = serializeClippings([sample('a'), sample('b')]).replace('"url": "https://news.example/world/b?utm_source=feed"', '"url": "ftp://x"');
    const outcome = await readImportFile(file('mine.json', text), db);
    expect(outcome).toMatchObject({
      status: 'done',
      items: [{ id: 'a', status: 'imported' }],
      rejected: [{ index: 1, reason: 'url must be an http(s) URL' }],
    });
    expect((await listClippings(db)).map((c) => c.id)).toEqual(['a']);
  });

  it('stops at Cancel and writes nothing', async () => {
    const db = database();
    const controller = new AbortController();
    controller.abort();
    const outcome = await readImportFile(file('mine.json', serializeClippings([sample('a')])), db, { signal: controller.signal });
    expect(outcome).toMatchObject({ status: 'refused', message: expect.stringContaining('cancelled') });
    expect(await listClippings(db)).toEqual([]);
  });

  it('reports how far reading has got', async () => {
    const seen: number[] = [];
    const text = serializeClippings([sample('a')]);
    await readImportFile(file('mine.json', text), database(), { onProgress: ({ bytesRead }) => seen.push(bytesRead) });
    expect(seen.at(-1)).toBe(new Blob([text]).size);
  });
});
