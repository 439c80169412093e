// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClippingDraft } from '../../../lib/article/analyse';
import { analysePage } from '../../../lib/article/analyse-page';
import { getGazetteer } from '../../../lib/entities';
import { highlightMentions } from '../../../lib/highlight/highlight';
import { announceSkip, HAS_SHARED, readExpectations, SHARED_ABSENT_MESSAGE, SHARED_DIR } from '../../support/shared';

// Static pages only: the single-page app renders its story from a script, covered end to end in Chromium.
const expectations = readExpectations(join(SHARED_DIR, 'fixtures/expected')).filter((e) => !e.file.startsWith('spa-'));
if (!HAS_SHARED) announceSkip(SHARED_ABSENT_MESSAGE);

function load(page: string): Document {
  const html = readFileSync(join(SHARED_DIR, 'fixtures', page), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.skipIf(!HAS_SHARED)('pipeline on the shared fixture pages (DOM, without the browser)', () => {
  for (const expected of expectations) {
    it(`${expected.file}: verdict, must, sameEntity, mustNot`, () => {
      const doc = load(expected.page);
      const gazetteer = getGazetteer();
      const analysis = analysePage(doc, gazetteer, { url: `http://127.0.0.1/${expected.page}` });
      expect(analysis.verdict).toBe(expected.verdict);
      if (analysis.index) highlightMentions(analysis.index, analysis.mentions);
      const marks = [...doc.querySelectorAll('[data-diplomark-entity]')].map((m) => ({
        text: m.textContent ?? '',
        id: m.getAttribute('data-diplomark-entity') ?? '',
        kind: m.getAttribute('data-diplomark-kind') ?? '',
      }));
      const missing = (expected.must ?? []).filter(([surface, kind]) => !marks.some((m) => m.text === surface && m.kind === kind));
      expect(missing, `not highlighted with that kind; found ${JSON.stringify(marks.map((m) => `${m.text}/${m.kind}`))}`).toEqual([]);
      for (const group of expected.sameEntity ?? []) {
        const ids = new Set(group.map((surface) => marks.find((m) => m.text === surface)?.id));
        expect(ids.size, `${group.join(' = ')} → ${[...ids].join(', ')}`).toBe(1);
        expect([...ids][0]).toBeDefined();
      }
      const wrongly = (expected.mustNot ?? []).filter((surface) => marks.some((m) => m.text === surface));
      expect(wrongly).toEqual([]);
      if (expected.clipping) {
        const draft = buildClippingDraft(analysis)!;
        const names = draft.entities.map((e) => e.name);
        for (const surface of expected.mustNot ?? []) expect(draft.text).not.toContain(surface);
        expect(names.length).toBeGreaterThan(5);
      }
    });
  }
});
