#!/usr/bin/env node
// Benchmarks of the knowledge base (public/knowledge-base.bin.gz), run by `npm run bench` (scripts/bench.mjs):
//  - its size, raw and gzip, and what it holds per kind;
//  - opening it cold (the first open in a fresh process, as the extension's background pays it) and warm;
//  - recognising a 1,000-word and a 50,000-word article with 25 %, 50 % and 100 % of the open-data layer
//    (the curated layer always in): the cost should follow the text, not the base.
// Budgets (docs/architecture.md): cold open ≤ 50 ms; 1,000 words ≤ 5 ms.
//   node scripts/bench-knowledge.mjs [--quick] [--evaluate]
//     --quick: 100 % only; --evaluate: also precision and recall on tests/fixtures/labelled, curated
//     gazetteer against the whole knowledge base, with the knowledge base's false positives listed.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { KNOWLEDGE_BASE_FILE, readKnowledgeBaseFile, readOpenData } from './generate-gazetteer.mjs';
import { fmt, median, table, time } from './bench-helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');

/** Article text from the project's own fixtures (tags stripped), repeated to `words` words. */
function textOfWords(words) {
  const files = [path.join(ROOT, 'demo/index.html'), path.join(ROOT, 'tests/fixtures/pages/diplomatic-shuttle-summit/source.html')];
  const base = files
    .map((file) => readFileSync(file, 'utf8'))
    .flatMap((html) => [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&[a-z]+;/g, ' ')))
    .join('\n\n')
    .split(/\s+/);
  const out = [];
  while (out.length < words) out.push(...base);
  return out.slice(0, words).join(' ');
}

/** The first open of the file in a new Node process (the module loads through Vite first, untimed). */
function coldOpenInFreshProcess() {
  const script = `
    import { readFileSync } from 'node:fs';
    import { createServer } from 'vite';
    const server = await createServer({ root: ${JSON.stringify(ROOT)}, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
    const { readKnowledgeBase } = await server.ssrLoadModule('/lib/entities/knowledge-base-file.ts');
    const { gunzipSync } = await import('node:zlib');
    const file = gunzipSync(readFileSync(${JSON.stringify(KNOWLEDGE_BASE_FILE)}));
    const started = performance.now();
    readKnowledgeBase(file);
    console.log(performance.now() - started);
    await server.close();`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').at(-1));
}

const server = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
try {
  const { readKnowledgeBase, writeKnowledgeBase } = await server.ssrLoadModule('/lib/entities/knowledge-base-file.ts');
  const { recognise } = await server.ssrLoadModule('/lib/entities/recognise.ts');
  const { ALL_ENTITIES } = await server.ssrLoadModule('/lib/entities/data/index.ts');

  // Cold: the first open in a process, nothing optimised yet — here and in fresh processes (median).
  const readStarted = performance.now();
  const file = readKnowledgeBaseFile();
  // Reading and inflating the shipped file (the background inflates it with DecompressionStream).
  const readMs = performance.now() - readStarted;
  const coldStarted = performance.now();
  const base = readKnowledgeBase(file);
  const coldSamples = [performance.now() - coldStarted];
  if (!quick) for (let i = 0; i < 4; i++) coldSamples.push(coldOpenInFreshProcess());
  const coldMs = median(coldSamples);
  const article = textOfWords(1_000);
  const firstStarted = performance.now();
  recognise(article, base);
  const firstArticleMs = performance.now() - firstStarted;
  const warmMs = time(() => readKnowledgeBase(file), 10);

  const open = readOpenData(new Set(ALL_ENTITIES.map((e) => e.id)));
  const kinds = {};
  for (const entity of [...ALL_ENTITIES, ...open]) {
    const counts = (kinds[entity.kind] ??= { curated: 0, open: 0 });
    counts[entity.source ? 'open' : 'curated']++;
  }
  console.log('\nKnowledge base (Node ' + process.versions.node + ')');
  table([
    ['file', 'packed', 'shipped (gzip)', 'entities', 'terms', 'automaton states'],
    ['public/knowledge-base.bin.gz', `${(file.length / 1e6).toFixed(2)} MB`, `${(statSync(KNOWLEDGE_BASE_FILE).size / 1e6).toFixed(2)} MB`, base.entityCount, base.termCount, base.automaton.stateCount],
  ]);
  table([['kind', 'curated', 'open data', 'total'], ...Object.entries(kinds).map(([kind, c]) => [kind, c.curated, c.open, c.curated + c.open])]);
  console.log(`  machine load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores (figures grow with it)`);
  console.log(`  read and inflate file ${fmt(readMs)} ms · open cold ${fmt(coldMs)} ms, median of ${coldSamples.length} fresh opens (budget 50 ms) · open warm ${fmt(warmMs)} ms · first 1,000-word article on the cold base ${fmt(firstArticleMs)} ms`);

  // Warm the JIT on the whole base first, so each share is timed the same way.
  for (let i = 0; i < 3; i++) recognise(textOfWords(50_000), base);
  const rows = [['open-data share', 'entities', 'terms', '1,000 words', '50,000 words', 'per 1,000 words (50k)', 'scan only (50k)', 'term hits (50k)']];
  const { foldText } = await server.ssrLoadModule('/lib/entities/normalize.ts');
  const long = textOfWords(50_000);
  // Build every subset first, so compiling one does not leave garbage in the timing of another.
  const shares = quick ? [1] : [0.25, 0.5, 1];
  const subsets = shares.map((share) => (share === 1 ? base : readKnowledgeBase(writeKnowledgeBase([...ALL_ENTITIES, ...open.slice(0, Math.round(open.length * share))]))));
  globalThis.gc?.();
  for (const [i, share] of shares.entries()) {
    const subset = subsets[i];
    for (let run = 0; run < 3; run++) recognise(long, subset); // work out the links the texts reach
    const shortMs = time(() => recognise(article, subset), 51);
    const longMs = time(() => recognise(long, subset), 7);
    const { folded } = foldText(long);
    let hits = 0;
    subset.automaton.scan(folded, () => hits++);
    const scanMs = time(() => subset.automaton.scan(folded, () => {}), 7);
    rows.push([`${share * 100} %`, subset.entityCount, subset.termCount, `${fmt(shortMs)} ms`, `${fmt(longMs)} ms`, `${fmt(longMs / 50)} ms`, `${fmt(scanMs)} ms`, hits.toLocaleString('en')]);
  }
  console.log(
    '\nRecognition against knowledge-base size (budget: 1,000 words ≤ 5 ms). The scan follows the text, not the base; a bigger\n' +
      'base finds more terms in the same text, and checking each hit is the rest of the time.',
  );
  table(rows);
  if (process.argv.includes('--evaluate')) await evaluate(base, ALL_ENTITIES, recognise);
} finally {
  await server.close();
}

/** Precision and recall per kind on the project's labelled articles, before (curated) and after (knowledge base). */
async function evaluate(base, curatedEntities, recognise) {
  const { readdirSync } = await import('node:fs');
  const { Gazetteer } = await server.ssrLoadModule('/lib/entities/gazetteer.ts');
  const { evaluateRecognition, formatReport } = await server.ssrLoadModule('/lib/entities/evaluation.ts');
  const dir = path.join(ROOT, 'tests/fixtures/labelled');
  const cases = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ name: file.replace(/\.json$/, ''), ...JSON.parse(readFileSync(path.join(dir, file), 'utf8')) }));
  const curated = Gazetteer.compile(curatedEntities);
  for (const [label, gazetteer] of [['curated gazetteer', curated], ['knowledge base', base]]) {
    console.log(`\nLabelled articles (${cases.length}), ${label}`);
    for (const line of formatReport(evaluateRecognition(cases, (text) => recognise(text, gazetteer)))) console.log(line);
  }
}
