#!/usr/bin/env node
// Precision and recall of recognition on the labelled articles in tests/fixtures/labelled, per kind
// and overall, with every miss and false positive listed.
//   node scripts/evaluate-recognition.mjs
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LABELLED = path.join(ROOT, 'tests/fixtures/labelled');

const cases = readdirSync(LABELLED)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ name: file.replace(/\.json$/, ''), ...JSON.parse(readFileSync(path.join(LABELLED, file), 'utf8')) }));

const server = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
try {
  const { ALL_ENTITIES } = await server.ssrLoadModule('/lib/entities/data/index.ts');
  const { Gazetteer } = await server.ssrLoadModule('/lib/entities/gazetteer.ts');
  const { recognise } = await server.ssrLoadModule('/lib/entities/recognise.ts');
  const { evaluateRecognition, formatReport } = await server.ssrLoadModule('/lib/entities/evaluation.ts');
  const gazetteer = Gazetteer.compile(ALL_ENTITIES);
  const report = evaluateRecognition(cases, (text) => recognise(text, gazetteer));
  const negatives = cases.filter((c) => c.negative).length;
  console.log(`Recognition on ${cases.length} labelled articles (${cases.length - negatives} diplomatic, ${negatives} negative)\n`);
  for (const line of formatReport(report)) console.log(line);
} finally {
  await server.close();
}
