import { describe, expect, it } from 'vitest';
import { parseClippingsExport } from '../../../lib/export/import';
import { buildClippingsExport, serializeClippings, serializeClippingsInParts } from '../../../lib/export/json';
import { exportedBytes } from '../../../lib/store/clipping-rules';
import { randomClippings } from './random-clippings';

const NOW = new Date('2026-02-03T04:05:06.000Z');
const utf8 = (text: string) => new TextEncoder().encode(text).byteLength;

describe('an export too large for one file is written as several, each importable', () => {
  it('is one file, the usual one, when everything fits', () => {
    const clippings = randomClippings(7, 5);
    expect(serializeClippingsInParts(clippings, NOW)).toEqual([serializeClippings(clippings, NOW)]);
  });

  it('splits into files under the limit that import back to every clipping, in order', () => {
    const clippings = randomClippings(11, 40);
    const limit = Math.ceil(utf8(serializeClippings(clippings, NOW)) / 5);
    const parts = serializeClippingsInParts(clippings, NOW, limit);
    expect(parts.length).toBeGreaterThan(1);
    const back = parts.flatMap((part) => {
      expect(utf8(part)).toBeLessThanOrEqual(limit);
      const parsed = parseClippingsExport(part);
      if (!parsed.ok) throw new Error(parsed.message);
      expect(parsed.rejected).toEqual([]);
      return parsed.clippings;
    });
    expect(back).toEqual(buildClippingsExport(clippings, NOW).clippings);
  });

  it('measures a clipping’s export size from above, so the write-time limit is never too generous', () => {
    for (const clipping of randomClippings(23, 30)) {
      const alone = utf8(serializeClippings([clipping], NOW)) - utf8(serializeClippings([], NOW));
      expect(exportedBytes(clipping)).toBeGreaterThanOrEqual(alone);
    }
  });
});
