import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { DiplomarkDatabase } from '../../../lib/store/db';
import type { ClippingDraft } from '../../../lib/store/types';

let counter = 0;

/** A database of its own for each test, on fake-indexeddb. */
export function freshDatabase(): DiplomarkDatabase {
  counter += 1;
  return new DiplomarkDatabase(`diplomark-test-${counter}-${Math.random().toString(36).slice(2)}`, {
    indexedDB,
    IDBKeyRange,
  });
}

/**
 * For a test file: returns a factory of fresh databases and deletes every one it made after each test.
 * Call it at the top level of the file.
 */
export function useFreshDatabases(): () => DiplomarkDatabase {
  const made: DiplomarkDatabase[] = [];
  afterEach(async () => {
    await Promise.all(made.splice(0).map((db) => db.delete()));
  });
  return () => {
    const db = freshDatabase();
    made.push(db);
    return db;
  };
}

/** A plausible draft; override any field. */
export function draft(overrides: Partial<ClippingDraft> = {}): ClippingDraft {
  return {
    url: 'https://news.example/world/2024/takeshima?utm=x',
    canonicalUrl: 'https://news.example/world/2024/takeshima',
    title: 'Seoul protests Tokyo’s Takeshima claim',
    site: 'News Example',
    byline: 'Kim Min-ji',
    publishedAt: '2024-02-22T09:00:00.000Z',
    text: 'South Korea summoned a Japanese diplomat.\n\nThe Dokdo islets are administered by Seoul.',
    excerpt: 'South Korea summoned a Japanese diplomat.',
    language: 'en',
    verdict: 'diplomatic',
    entities: [
      { id: 'country:kr', kind: 'country', name: 'South Korea', count: 3 },
      { id: 'country:jp', kind: 'country', name: 'Japan', count: 2 },
      { id: 'dispute:takeshima-dokdo', kind: 'dispute', name: 'Dokdo / Takeshima', count: 2 },
    ],
    disputes: ['dispute:takeshima-dokdo'],
    ...overrides,
  };
}

/** Ids 'id-1', 'id-2'… so tests can name what they expect. */
export function sequentialIds(): () => string {
  let n = 0;
  return () => `id-${++n}`;
}
