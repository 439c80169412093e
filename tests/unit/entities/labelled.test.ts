import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_ENTITIES } from '../../../lib/entities/data';
import { evaluateRecognition, formatReport, type LabelledCase } from '../../../lib/entities/evaluation';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import { ENTITY_KINDS } from '../../../lib/entities/types';

const LABELLED = path.resolve(__dirname, '../../fixtures/labelled');
const cases: (LabelledCase & { negative: boolean })[] = readdirSync(LABELLED)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: file.replace(/\.json$/, ''), ...JSON.parse(readFileSync(path.join(LABELLED, file), 'utf8')) }));

describe('labelled articles', () => {
  it('are enough, and their labels point at the text and at real entities', () => {
    expect(cases.filter((c) => !c.negative).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.negative).length).toBeGreaterThanOrEqual(5);
    const known = new Set(ALL_ENTITIES.map((e) => e.id));
    for (const labelled of cases) {
      for (const m of labelled.mentions) {
        expect(labelled.text.slice(m.start, m.end), `${labelled.name} @${m.start}`).toBe(m.surface);
        // People the gazetteer lacks are found by honorific patterns, with generated ids.
        if (m.kind !== 'person') expect(known.has(m.entityId), `${labelled.name}: ${m.entityId}`).toBe(true);
      }
    }
  });

  it('are recognised with precision and recall of at least 0.95 for every kind', () => {
    const gazetteer = Gazetteer.compile(ALL_ENTITIES);
    const report = evaluateRecognition(cases, (text) => recognise(text, gazetteer));
    const text = formatReport(report).join('\n');
    for (const kind of ENTITY_KINDS) {
      expect(report.byKind[kind].precision, `${kind} precision\n${text}`).toBeGreaterThanOrEqual(0.95);
      expect(report.byKind[kind].recall, `${kind} recall\n${text}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
