import { describe, expect, it } from 'vitest';
import { gatherEvidence, judgeVerdict, type RelevanceEvidence } from '../../../lib/article/verdict';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';

const none: RelevanceEvidence = { countries: 0, disputes: 0, officials: 0, internationalBodies: 0, lexiconHits: 0, words: 400 };
const diplomaticBody: RelevanceEvidence = { countries: 3, disputes: 1, officials: 2, internationalBodies: 1, lexiconHits: 12, words: 600 };

describe('judgeVerdict', () => {
  it('calls an article about relations between states diplomatic', () => {
    expect(judgeVerdict(diplomaticBody, { ...none, countries: 2, lexiconHits: 2, words: 120 })).toBe('diplomatic');
  });

  it('keeps a story that only touches foreign affairs after its lead an article', () => {
    expect(judgeVerdict(diplomaticBody, { ...none, countries: 1, words: 120 })).toBe('article');
  });

  it('keeps sports and business stories that name countries but not relations an article', () => {
    expect(judgeVerdict({ ...none, countries: 4, words: 500 }, { ...none, countries: 2, words: 120 })).toBe('article');
  });

  it('needs the language of relations often enough for the length', () => {
    expect(judgeVerdict({ ...diplomaticBody, lexiconHits: 40, words: 16_000 }, { ...none, countries: 3, lexiconHits: 1 })).toBe('article');
  });
});

describe('gatherEvidence', () => {
  const gazetteer = Gazetteer.compile([
    { id: 'country:jp', kind: 'country', name: 'Japan' },
    { id: 'country:kr', kind: 'country', name: 'South Korea' },
    { id: 'org:wto', kind: 'organization', name: 'WTO' },
    { id: 'org:afp', kind: 'organization', name: 'AFP', orgType: 'media' },
  ]);

  it('counts distinct actors and diplomatic vocabulary, not news agencies or everyday words', () => {
    const text = 'Japan and South Korea held bilateral talks on Japan’s WTO case (AFP). Race relations and family ties.';
    expect(gatherEvidence(text, recognise(text, gazetteer), gazetteer)).toEqual({
      countries: 2,
      disputes: 0,
      officials: 0,
      internationalBodies: 1,
      lexiconHits: 2,
      words: 17,
    });
  });
});
