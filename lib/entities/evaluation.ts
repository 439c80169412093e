import { ENTITY_KINDS, type EntityKind, type Mention } from './types';

/** One labelled article: its text and every mention an analyst would mark (tests/fixtures/labelled). */
export interface LabelledCase {
  name: string;
  text: string;
  mentions: { surface: string; start: number; end: number; entityId: string; kind: EntityKind }[];
}

/** A mention in the labels the recogniser did not return (miss) or returned without a label (false positive). */
export interface Discrepancy {
  case: string;
  surface: string;
  start: number;
  entityId: string;
  kind: EntityKind;
  /** For a miss: what the recogniser returned over the same text instead, if anything. */
  instead?: string;
}

export interface KindScore {
  expected: number;
  found: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface EvaluationReport {
  byKind: Record<EntityKind, KindScore>;
  overall: KindScore;
  misses: Discrepancy[];
  falsePositives: Discrepancy[];
}

function score(expected: number, found: number, correct: number): KindScore {
  return { expected, found, correct, precision: found === 0 ? 1 : correct / found, recall: expected === 0 ? 1 : correct / expected };
}

/**
 * Scores recognition against labelled articles: a mention counts as correct only with the exact span
 * and entity id. Weak mentions (demonyms) are never highlighted, so they are left out.
 */
export function evaluateRecognition(cases: readonly LabelledCase[], recognise: (text: string) => Mention[]): EvaluationReport {
  const tally = Object.fromEntries(ENTITY_KINDS.map((k) => [k, { expected: 0, found: 0, correct: 0 }])) as Record<
    EntityKind,
    { expected: number; found: number; correct: number }
  >;
  const misses: Discrepancy[] = [];
  const falsePositives: Discrepancy[] = [];
  for (const labelled of cases) {
    const found = recognise(labelled.text).filter((m) => !m.weak);
    const key = (m: { start: number; end: number; entityId: string }) => `${m.start}:${m.end}:${m.entityId}`;
    const expectedKeys = new Set(labelled.mentions.map(key));
    const foundKeys = new Set(found.map(key));
    for (const m of labelled.mentions) {
      tally[m.kind].expected++;
      if (foundKeys.has(key(m))) {
        tally[m.kind].correct++;
        continue;
      }
      const overlapping = found.filter((f) => f.start < m.end && m.start < f.end).map((f) => `${f.surface}=${f.entityId}`);
      misses.push({ case: labelled.name, surface: m.surface, start: m.start, entityId: m.entityId, kind: m.kind, ...(overlapping.length ? { instead: overlapping.join(', ') } : {}) });
    }
    for (const m of found) {
      tally[m.kind].found++;
      if (!expectedKeys.has(key(m))) falsePositives.push({ case: labelled.name, surface: m.surface, start: m.start, entityId: m.entityId, kind: m.kind });
    }
  }
  const byKind = Object.fromEntries(ENTITY_KINDS.map((k) => [k, score(tally[k].expected, tally[k].found, tally[k].correct)])) as Record<EntityKind, KindScore>;
  const sum = (field: 'expected' | 'found' | 'correct') => ENTITY_KINDS.reduce((total, k) => total + tally[k][field], 0);
  return { byKind, overall: score(sum('expected'), sum('found'), sum('correct')), misses, falsePositives };
}

/** The report as plain text lines: a table per kind, then every miss and false positive. */
export function formatReport(report: EvaluationReport): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (label: string, s: KindScore) =>
    `  ${label.padEnd(13)}${String(s.expected).padStart(9)}${String(s.found).padStart(7)}${String(s.correct).padStart(9)}${pct(s.precision)}   ${pct(s.recall)}`;
  const lines = ['  kind          expected  found  correct  precision  recall'];
  for (const kind of ENTITY_KINDS) lines.push(row(kind, report.byKind[kind]));
  lines.push(row('overall', report.overall));
  lines.push('', `Misses (${report.misses.length}):`);
  for (const m of report.misses) lines.push(`  ${m.case} @${m.start} "${m.surface}" → ${m.entityId}${m.instead ? `   (got ${m.instead})` : ''}`);
  lines.push('', `False positives (${report.falsePositives.length}):`);
  for (const m of report.falsePositives) lines.push(`  ${m.case} @${m.start} "${m.surface}" → ${m.entityId}`);
  return lines;
}
