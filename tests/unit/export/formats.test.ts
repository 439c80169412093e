import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, buildExportFiles } from '../../../lib/export/formats';
import { buildZip, crc32 } from '../../../lib/export/zip';
import { sample } from './sample';

const NOW = new Date(2024, 4, 6, 7, 8, 9);

/** Reads a stored (uncompressed) ZIP through its central directory. */
function readZip(bytes: Uint8Array): { name: string; text: string }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(dataStart, dataStart + size);
    expect(crc32(data)).toBe(crc);
    entries.push({ name, text: decoder.decode(data) });
    at += 46 + nameLength;
  }
  return entries;
}

describe('export formats', () => {
  it('crc32 matches the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('zips notes with UTF-8 names and content intact', () => {
    const entries = [
      { name: '日本 🎌.md', text: 'שלום\nhello' },
      { name: 'b.md', text: '' },
    ];
    expect(readZip(buildZip(entries, NOW))).toEqual(entries);
  });

  it('gives every format a dated file name and content', () => {
    for (const { format } of EXPORT_FORMATS) {
      const files = buildExportFiles(format, [sample('a'), sample('b')], NOW);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        expect(file.name).toMatch(/^diplomark-[a-z]+-2024-05-06\.[a-z.]+$/);
        expect(file.content.length).toBeGreaterThan(0);
      }
    }
    expect(buildExportFiles('csv', [sample('a')], NOW).map((f) => f.name)).toEqual([
      'diplomark-clippings-2024-05-06.csv',
      'diplomark-mentions-2024-05-06.csv',
    ]);
  });

  it('exports one clipping as a Markdown note and several as a zip of notes', () => {
    const [single] = buildExportFiles('markdown', [sample('a')], NOW);
    expect(single?.name).toBe('Seoul protests Tokyo’s Takeshima claim.md');
    expect(typeof single?.content).toBe('string');
    const [zip] = buildExportFiles('markdown', [sample('a'), sample('b')], NOW);
    const notes = readZip(zip?.content as Uint8Array);
    expect(notes.map((n) => n.name)).toEqual(['Seoul protests Tokyo’s Takeshima claim.md', 'Seoul protests Tokyo’s Takeshima claim (2).md']);
    expect(notes[1]?.text).toContain('diplomark-id: "b"');
  });
});
