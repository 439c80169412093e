import { describe, expect, it } from 'vitest';
import { CLIPPING_COLUMNS, MENTION_COLUMNS, clippingsCsv, csvField, mentionsCsv, neutraliseCell } from '../../../lib/export/csv';
import { HOSTILE, sample } from './sample';

/** A strict RFC 4180 reader (CRLF records, quoted fields), so the tests check the file, not the writer. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\ufeff')).toBe(true);
  const input = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < input.length) {
    if (input[i] === '"' && field === '') {
      i += 1;
      for (;;) {
        if (i >= input.length) throw new Error('unterminated quote');
        if (input[i] === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else field += input[i++];
      }
      if (input[i] !== ',' && !input.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else if (input[i] === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (input.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (input[i] === '"' || input[i] === '\n' || input[i] === '\r') throw new Error(`bare ${JSON.stringify(input[i])} at ${i}`);
      field += input[i++];
    }
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('CSV export', () => {
  it('writes one row per clipping with the documented columns', () => {
    const rows = parseCsv(clippingsCsv([sample('a'), sample('b', { tags: [] })]));
    expect(rows[0]).toEqual([...CLIPPING_COLUMNS]);
    expect(rows).toHaveLength(3);
    const record = Object.fromEntries(CLIPPING_COLUMNS.map((column, i) => [column, rows[1]?.[i]]));
    expect(record).toMatchObject({
      id: 'a',
      title: 'Seoul protests Tokyo’s Takeshima claim',
      tags: 'east-asia; islands',
      countries: 'South Korea; Japan',
      disputes: 'Dokdo',
      highlight_count: '2',
      published_at: '2024-02-22T09:00:00.000Z',
    });
    expect(rows[2]?.[CLIPPING_COLUMNS.indexOf('tags')]).toBe('');
  });

  it('writes one row per mention', () => {
    const rows = parseCsv(mentionsCsv([sample('a'), sample('b')]));
    expect(rows[0]).toEqual([...MENTION_COLUMNS]);
    expect(rows).toHaveLength(1 + 3 * 2);
    expect(rows[1]).toEqual(['a', 'Seoul protests Tokyo’s Takeshima claim', '2024-02-22T09:00:00.000Z', 'country:kr', 'country', 'South Korea', '1']);
  });

  it('quotes commas, quotes and line breaks, and round-trips unicode', () => {
    const tricky = 'He said, "no"\r\nthen left\nסוף 🎌 日本';
    const rows = parseCsv(clippingsCsv([sample('a', { title: tricky, note: '' })]));
    expect(rows[1]?.[1]).toBe(tricky);
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField(null)).toBe('');
  });

  it('neutralises every cell a spreadsheet could run as a formula', () => {
    for (const hostile of HOSTILE) {
      const clipping = sample('a', { title: hostile, site: hostile, byline: hostile, note: hostile, excerpt: hostile, tags: [hostile] });
      const rows = [...parseCsv(clippingsCsv([clipping])), ...parseCsv(mentionsCsv([{ ...clipping, entities: [{ id: hostile, kind: 'place', name: hostile, count: 1 }] }]))];
      for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(/^[=+\-@\t\r＝＋－＠]/u);
    }
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('＝1+1')).toBe("'＝1+1");
    expect(neutraliseCell('Seoul')).toBe('Seoul');
  });
});
