import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../../lib/entities';
import { recognise } from '../../../lib/entities/recognise';
import { recogniseInSlices } from '../../../lib/page/recognise-in-slices';
import { REPO_ROOT } from '../../support/shared';

/** Paragraph text of the project's diplomatic fixture, tags stripped. */
function articleText(): string {
  const html = readFileSync(path.join(REPO_ROOT, 'tests/fixtures/pages/diplomatic-shuttle-summit.html'), 'utf8');
  return [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, ' ')).join('\n\n');
}

describe('recogniseInSlices', () => {
  const gazetteer = getGazetteer();

  it('finds the same mentions as recognise on the whole text, however small the slices', async () => {
    const text = Array.from({ length: 6 }, articleText).join('\n\n');
    const whole = recognise(text, gazetteer);
    expect(whole.length).toBeGreaterThan(50);
    for (const sliceCharacters of [500, 1_700, 6_000]) {
      let pauses = 0;
      const sliced = await recogniseInSlices(text, gazetteer, { sliceCharacters, pause: async () => void pauses++ });
      expect(sliced, `slices of ${sliceCharacters}`).toEqual(whole);
      expect(pauses, 'pauses between slices').toBeGreaterThanOrEqual(2 * Math.floor(text.length / sliceCharacters));
    }
  });

  it('resolves a surname in a late slice to the person named in full in an early one', async () => {
    const filler = ' The weather was mild and the markets were calm that week.'.repeat(40);
    const text = `South Korean President Yoon Suk-yeol arrived in Tokyo.${filler}\n\nLater, Yoon spoke to reporters.`;
    const whole = recognise(text, gazetteer);
    const late = whole.find((m) => m.surface === 'Yoon');
    expect(late?.entityId, 'the whole-text reading of the late surname').toMatch(/^person:yoon/);
    const sliced = await recogniseInSlices(text, gazetteer, { sliceCharacters: 300 });
    expect(sliced.find((m) => m.surface === 'Yoon')).toEqual(late);
  });

  it('keeps a name cut by a slice boundary whole, and only once', async () => {
    const text = `${'word '.repeat(59)}South Korea and Japan`;
    const cut = text.indexOf('Korea') - 1; // the boundary falls on the space inside "South Korea"
    const sliced = await recogniseInSlices(text, gazetteer, { sliceCharacters: cut });
    expect(sliced.map((m) => m.surface)).toEqual(['South Korea', 'Japan']);
  });

  it('stops at a slice boundary when pause throws (cancelled)', async () => {
    const text = Array.from({ length: 3 }, articleText).join('\n\n');
    let calls = 0;
    const pause = async () => {
      if (++calls === 2) throw new Error('cancelled');
    };
    await expect(recogniseInSlices(text, gazetteer, { sliceCharacters: 1_000, pause })).rejects.toThrow('cancelled');
    expect(calls).toBe(2);
  });
});
