import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../../lib/entities/types';
import { announceSkip, REPO_ROOT, SHARED_DIR } from '../../support/shared';

// The shape of the corpus labels (format: tests/fixtures/corpus-labels/README.md). Scores are measured by
// scripts/evaluate-corpus.mjs, not held here.

const LABELS = join(REPO_ROOT, 'tests/fixtures/corpus-labels');
const CORPUS = join(SHARED_DIR, 'corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) announceSkip(`../shared is absent (looked in ${CORPUS}): skipping the checks of corpus labels against the pages.`);

const SETS = ['dev', 'holdout'] as const;
type SetName = (typeof SETS)[number];

interface CorpusLabel {
  page: string;
  set: SetName;
  published: string;
  verdict: 'diplomatic' | 'article' | 'none';
  about: string;
  must: [string, string][];
  sameEntity: string[][];
  acceptable: string[];
  mustNot: string[];
}

const split = JSON.parse(readFileSync(join(LABELS, 'split.json'), 'utf8')) as Record<SetName, string[]>;

const labels = SETS.flatMap((set) => {
  const dir = join(LABELS, set);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ folderSet: set, file, label: JSON.parse(readFileSync(join(dir, file), 'utf8')) as CorpusLabel }));
});

const fold = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((s) => typeof s === 'string' && s.trim() !== '');

describe('corpus labels', () => {
  it('split.json names each page once', () => {
    const all = [...split.dev, ...split.holdout];
    expect(new Set(all).size).toBe(all.length);
    expect(split.holdout).toHaveLength(15);
  });

  for (const { folderSet, file, label } of labels) {
    it(`${folderSet}/${file} has the documented shape`, () => {
      const folder = file.replace(/\.json$/, '');
      expect(label.set, 'set matches the folder the file is in').toBe(folderSet);
      expect(label.page).toMatch(/^(news-dev|readability-test-pages)\/[^/]+\/source\.html(\.gz)?$/);
      expect(label.page.split('/')[1], 'file named after the page folder').toBe(folder);
      expect(split[folderSet], `${label.page} is a ${folderSet} page of split.json`).toContain(label.page.replace(/\/source\.html(\.gz)?$/, ''));
      expect(label.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['diplomatic', 'article', 'none']).toContain(label.verdict);
      expect(typeof label.about === 'string' && label.about.trim().length > 0).toBe(true);
      expect(Array.isArray(label.must)).toBe(true);
      for (const item of label.must) {
        expect(Array.isArray(item) && item.length === 2 && typeof item[0] === 'string' && item[0].trim() !== '', JSON.stringify(item)).toBe(true);
        expect(ENTITY_KINDS, `kind of ${JSON.stringify(item)}`).toContain(item[1]);
      }
      const mustKeys = label.must.map(([surface, kind]) => `${fold(surface)}|${kind}`);
      expect(new Set(mustKeys).size, 'no must item twice').toBe(mustKeys.length);
      expect(Array.isArray(label.sameEntity)).toBe(true);
      const mustSurfaces = new Set(label.must.map(([surface]) => fold(surface)));
      for (const group of label.sameEntity) {
        expect(isStringArray(group) && group.length >= 2, JSON.stringify(group)).toBe(true);
        for (const surface of group) expect(mustSurfaces.has(fold(surface)), `sameEntity surface "${surface}" is a must item`).toBe(true);
      }
      expect(isStringArray(label.acceptable) || (Array.isArray(label.acceptable) && label.acceptable.length === 0)).toBe(true);
      expect(isStringArray(label.mustNot) || (Array.isArray(label.mustNot) && label.mustNot.length === 0)).toBe(true);
      for (const surface of label.mustNot) expect(mustSurfaces.has(fold(surface)), `"${surface}" is both must and mustNot`).toBe(false);
      if (label.verdict === 'diplomatic') expect(label.must.length, 'a diplomatic page names things').toBeGreaterThan(0);
    });
  }

  it('no page is labelled in both sets', () => {
    const dev = new Set(labels.filter((l) => l.folderSet === 'dev').map((l) => l.file));
    const both = labels.filter((l) => l.folderSet === 'holdout' && dev.has(l.file)).map((l) => l.file);
    expect(both).toEqual([]);
  });

  const holdoutFiles = labels.filter((l) => l.folderSet === 'holdout');
  it.skipIf(holdoutFiles.length < split.holdout.length)(
    `every holdout page of split.json is labelled (skipped until all ${split.holdout.length} holdout files exist; ${holdoutFiles.length} so far)`,
    () => {
      const labelled = new Set(holdoutFiles.map((l) => l.label.page.replace(/\/source\.html(\.gz)?$/, '')));
      expect(split.holdout.filter((page) => !labelled.has(page))).toEqual([]);
    },
  );
});

describe.skipIf(!HAS_CORPUS)('corpus labels against ../shared', () => {
  for (const { folderSet, file, label } of labels) {
    it(`${folderSet}/${file}: its page exists`, () => {
      expect(existsSync(join(CORPUS, label.page)), join(CORPUS, label.page)).toBe(true);
    });
  }
});
