// Property: whatever the store accepts, through any sequence of writes, an export of it imports back
// into an empty database and exports again byte for byte the same (docs/export-format.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClippingsExport } from '../../../lib/export/import';
import { serializeClippings } from '../../../lib/export/json';
import { validateClippingDraft } from '../../../lib/messaging/validate';
import { deleteClippings, restoreClippings, updateReaderFields } from '../../../lib/store/bulk';
import { saveClipping } from '../../../lib/store/clippings';
import { MAX_NOTE, MAX_TAGS } from '../../../lib/store/clipping-rules';
import type { DiplomarkDatabase } from '../../../lib/store/db';
import { StorageError } from '../../../lib/store/errors';
import { importClippings } from '../../../lib/store/import';
import { addReaderHighlight, changeReaderHighlight } from '../../../lib/store/reader-highlights';
import type { ClippingDraft, Verdict } from '../../../lib/store/types';
import { useFreshDatabases } from './helpers';

const fresh = useFreshDatabases();
const EXPORTED_AT = new Date('2026-03-04T05:06:07.000Z');

// Pieces that stress encoding: RTL, combining marks, emoji (pairs, ZWJ, flags), every kind of line
// break, NUL, a lone surrogate, and the syntax of JSON, CSV and Markdown.
const piece = fc.oneof(
  fc.constantFrom('Seoul', ' ', '\n', '\r\n', '\u2028', '\t', '"', '\\', '`', '](javascript:', '=1+1', 'שלום', 'السلام', '\u200f', 'e\u0301', '日本', '😀', '👩‍👩‍👧', '🇯🇵', '\u0000', '\ud800', '__proto__'),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const text = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces }).map((pieces) => pieces.join(''));
const isoDate = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }).map((ms) => new Date(ms).toISOString());

const draftArbitrary: fc.Arbitrary<ClippingDraft> = fc
  .record({
    path: fc.constantFrom('a', 'b', 'c', 'd'),
    title: text(6),
    site: text(3),
    byline: text(3),
    publishedAt: fc.option(isoDate, { nil: null }),
    modifiedAt: fc.option(fc.option(isoDate, { nil: null }), { nil: undefined }),
    section: fc.option(text(2), { nil: undefined }),
    text: text(20),
    excerpt: text(4),
    language: fc.constantFrom('', 'en', 'ar', 'he', 'ja'),
    verdict: fc.constantFrom<Verdict>('diplomatic', 'article', 'none'),
    entities: fc.array(
      fc.record({ id: fc.constantFrom('country:jp', 'country:kr', 'dispute:takeshima-dokdo', 'person:x'), kind: fc.constantFrom('country', 'dispute', 'person'), name: text(2), count: fc.nat(50) }),
      { maxLength: 4 },
    ),
    disputes: fc.array(fc.constantFrom('dispute:takeshima-dokdo', 'dispute:kuril'), { maxLength: 3 }),
  })
  .map(({ path, ...fields }) => {
    const draft = { ...fields, url: `https://news.example/${path}?utm_source=x`, canonicalUrl: `https://news.example/${path}` };
    // The store is written to only with drafts the message validator accepted.
    const checked = validateClippingDraft(JSON.parse(JSON.stringify(draft, (_k, v) => (v === undefined ? undefined : v))));
    if (typeof checked === 'string') throw new Error(`generator made an invalid draft: ${checked}`);
    return checked;
  });

type Step =
  | { kind: 'save'; draft: ClippingDraft }
  | { kind: 'highlight'; draft: ClippingDraft; id: string; start: number; length: number; note: string }
  | { kind: 'change-highlight'; path: string; id: string; note: string | null }
  | { kind: 'reader-fields'; pick: number; note?: string; tags?: string[] }
  | { kind: 'delete-and-undo'; pick: number; resave?: ClippingDraft };

const longNote = fc.constantFrom('n'.repeat(MAX_NOTE - 3), 'o'.repeat(MAX_NOTE + 1));
const step: fc.Arbitrary<Step> = fc.oneof(
  draftArbitrary.map((draft) => ({ kind: 'save' as const, draft })),
  fc.record({ draft: draftArbitrary, id: fc.constantFrom('h-one-0001', 'h-two-0002', 'h-three-0003'), start: fc.nat(40), length: fc.integer({ min: 1, max: 20 }), note: text(4) }).map((s) => ({ kind: 'highlight' as const, ...s })),
  fc.record({ path: fc.constantFrom('a', 'b'), id: fc.constantFrom('h-one-0001', 'h-two-0002'), note: fc.option(fc.oneof(text(4), longNote), { nil: null }) }).map((s) => ({ kind: 'change-highlight' as const, ...s })),
  fc
    .record({
      pick: fc.nat(10),
      note: fc.option(fc.oneof(text(8), longNote), { nil: undefined }),
      tags: fc.option(fc.oneof(fc.array(text(2), { maxLength: 6 }), fc.constant(Array.from({ length: MAX_TAGS + 2 }, (_, n) => `t${n}`))), { nil: undefined }),
    })
    .map((s) => ({ kind: 'reader-fields' as const, ...s })),
  fc.record({ pick: fc.nat(10), resave: fc.option(draftArbitrary, { nil: undefined }) }).map((s) => ({ kind: 'delete-and-undo' as const, ...s })),
);

/** Applies one step; a write the store refuses (StorageError `limit`) is part of the property, anything else fails. */
async function apply(db: DiplomarkDatabase, s: Step, now: Date): Promise<void> {
  try {
    const all = await db.clippings.orderBy('id').toArray();
    const picked = all.length ? all[('pick' in s ? s.pick : 0) % all.length] : undefined;
    switch (s.kind) {
      case 'save':
        await saveClipping(db, s.draft, now);
        return;
      case 'highlight': {
        const start = Math.min(s.start, s.draft.text.length);
        const end = Math.min(start + s.length, s.draft.text.length);
        if (end <= start) return;
        const exact = s.draft.text.slice(start, end);
        await addReaderHighlight(db, s.draft, { id: s.id, selectors: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }], note: s.note }, now);
        return;
      }
      case 'change-highlight':
        await changeReaderHighlight(db, `https://news.example/${s.path}`, s.id, s.note, now);
        return;
      case 'reader-fields':
        if (picked) await updateReaderFields(db, picked.id, { ...(s.note !== undefined ? { note: s.note } : {}), ...(s.tags ? { tags: s.tags } : {}) }, now);
        return;
      case 'delete-and-undo': {
        if (!picked) return;
        const deleted = await deleteClippings(db, [picked.id]);
        if (s.resave) await saveClipping(db, { ...s.resave, url: picked.url, canonicalUrl: picked.canonicalUrl }, now);
        await restoreClippings(db, deleted);
        return;
      }
    }
  } catch (error) {
    if (error instanceof StorageError && error.reason === 'limit') return;
    throw error;
  }
}

describe('export → import round trip of anything the store accepts', () => {
  it('gives back a byte-identical export, and importing it again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const source = fresh();
        let clock = Date.UTC(2026, 0, 1);
        for (const s of steps) await apply(source, s, new Date((clock += 61_000)));
        const exported = serializeClippings(await source.clippings.toArray(), EXPORTED_AT);

        const parsed = parseClippingsExport(exported);
        if (!parsed.ok) throw new Error(parsed.message);
        expect(parsed.rejected, 'clippings the importer refused').toEqual([]);
        const target = fresh();
        const report = await importClippings(target, parsed.clippings);
        expect(report.every((item) => item.status === 'imported')).toBe(true);
        expect(serializeClippings(await target.clippings.toArray(), EXPORTED_AT)).toBe(exported);

        const again = await importClippings(source, parsed.clippings);
        expect(again.every((item) => item.status === 'unchanged'), 'importing a backup over its own data').toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
