#!/usr/bin/env node
// Re-anchoring benchmark: 200 reader highlights on a 20,000-word article, then the edits a news site
// makes (paragraphs inserted, sentences reworded, ads added between paragraphs, a few paragraphs cut).
// Reports the share re-anchored exactly / approximately / lost, whether each anchor is the right
// passage, the time taken in one go, and — as the page does it, in time slices (lib/highlight/slices.ts)
// — the longest single slice, which the design budget holds under 50 ms. Then in real Chromium (unless
// --skip-browser): the page's ReaderHighlights showing the same 200 highlights in the edited article,
// anchoring and wrapping included, with the longest main-thread task, in slices and in one task.
// Deterministic (seeded; BENCH_SEED=n for another article), run with:
//   node scripts/bench-reanchor.mjs [--skip-browser]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createServer } from 'vite';
import { findBrowser } from './chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORDS = 20_000;
const HIGHLIGHTS = 200;
const RUNS = 5;
const BROWSER_RUNS = 5;

/** Small seeded generator (mulberry32), so every run measures the same article and edits. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = `the of and to in a that said on for with minister foreign talks summit leaders agreed government
officials security trade sanctions ambassador treaty border dispute island ministry statement president prime
meeting visit delegation cooperation defence military exports tariffs negotiations ceasefire envoy council
resolution vote parliament opposition spokesman crisis region maritime coast guard vessels patrol territory claim
sovereignty historical apology compensation labour wartime relations bilateral alliance dialogue nuclear missile
launch test sea strait waters fishing rights agreement framework joint declaration economic partnership investment
energy supply chain semiconductors restrictions controls week month year Tuesday Monday Friday capital press
conference reporters analysts experts concern tension stability peace regional neighbours allies partners`
  .split(/\s+/)
  .filter(Boolean);

function sentence(next, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
  out[0] = out[0][0].toUpperCase() + out[0].slice(1);
  return `${out.join(' ')}.`;
}

function paragraph(next) {
  const sentences = [];
  let words = 0;
  const target = 60 + Math.floor(next() * 80);
  while (words < target) {
    const length = 12 + Math.floor(next() * 18);
    sentences.push(sentence(next, length));
    words += length;
  }
  return { text: sentences.join(' '), words };
}

async function main() {
  const server = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const { anchorAll, anchorAllInSlices, anchorSelectors } = await server.ssrLoadModule('/lib/anchoring/anchor.ts');
    const { createPauser, DEFAULT_SLICE_BUDGET_MS } = await server.ssrLoadModule('/lib/time-slices.ts');
    const { describeRange } = await server.ssrLoadModule('/lib/anchoring/selectors.ts');
    const next = random(Number(process.env.BENCH_SEED ?? 20260522));

    // The article as saved.
    const paragraphs = [];
    for (let words = 0; words < WORDS; ) {
      const p = paragraph(next);
      paragraphs.push(p.text);
      words += p.words;
    }
    const original = paragraphs.join('\n\n');

    // 200 highlights: 4–40 words inside one paragraph, in distinct paragraphs where possible.
    const highlights = [];
    const paragraphStarts = [];
    for (let i = 0, at = 0; i < paragraphs.length; i++) {
      paragraphStarts.push(at);
      at += paragraphs[i].length + 2;
    }
    for (let h = 0; h < HIGHLIGHTS; h++) {
      const p = Math.floor((h / HIGHLIGHTS) * paragraphs.length + next() * 0.5);
      const words = paragraphs[p].split(' ');
      const length = 4 + Math.floor(next() * 37);
      const first = Math.floor(next() * Math.max(1, words.length - length));
      const passage = words.slice(first, first + length).join(' ');
      const start = paragraphStarts[p] + words.slice(0, first).join(' ').length + (first ? 1 : 0);
      const selectors = describeRange(original, start, start + passage.length);
      highlights.push({ id: `h${h}`, paragraph: p, passage, selectors });
    }

    // The edits: 1 paragraph in 12 cut (its highlights are lost by design), a word changed in 1 highlight
    // in 5, a new paragraph inserted every 15, an ad line after every 4th paragraph.
    const cut = new Set();
    for (let p = 0; p < paragraphs.length; p++) if (next() < 1 / 12) cut.add(p);
    const expected = new Map();
    const edited = paragraphs.map((text) => text);
    for (const highlight of highlights) {
      if (cut.has(highlight.paragraph)) {
        expected.set(highlight.id, null);
        continue;
      }
      let passage = highlight.passage;
      // Reword only passages alone in their paragraph, so the expected text of every highlight is known.
      const alone = highlights.filter((other) => other.paragraph === highlight.paragraph).length === 1;
      if (alone && next() < 0.25) {
        const words = passage.split(' ');
        // An interior word: a word added at the very edge of a passage may or may not belong to it, so
        // there would be no single right answer to score against.
        const w = 1 + Math.floor(next() * Math.max(1, words.length - 2));
        words[w] = next() < 0.5 ? `${words[w]} reportedly` : 'officially';
        passage = words.join(' ');
        edited[highlight.paragraph] = edited[highlight.paragraph].replace(highlight.passage, passage);
      }
      expected.set(highlight.id, passage);
    }
    const pieces = [];
    edited.forEach((text, p) => {
      if (p % 15 === 7) pieces.push(paragraph(next).text);
      if (!cut.has(p)) pieces.push(text);
      if (p % 4 === 3) pieces.push('Advertisement. Subscribe for unlimited access to award-winning journalism.');
    });
    const editedText = pieces.join('\n\n');

    let report;
    const samples = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      report = anchorAll(editedText, highlights);
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);

    // As the page does it: in slices, the thread handed back whenever a slice has used its budget.
    const sliced = [];
    let slicedReport;
    for (let run = 0; run < RUNS; run++) {
      // Each slice runs from the page handing the thread back (or the start) to the next yield.
      const slices = [];
      let resumed = performance.now();
      const { pause } = createPauser({
        yieldToPage: async () => {
          slices.push(performance.now() - resumed);
          resumed = performance.now();
        },
      });
      const started = performance.now();
      slicedReport = await anchorAllInSlices(editedText, highlights, { pause });
      slices.push(performance.now() - resumed);
      sliced.push({ total: performance.now() - started, slices: slices.length, longest: Math.max(...slices) });
    }
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(slicedReport, report)) throw new Error('anchoring in slices gave a different report from anchoring in one go');
    sliced.sort((a, b) => a.longest - b.longest);
    // Each highlight's best of three (a collection pause is not the highlight's cost), the slowest of those.
    let slowest = 0;
    for (const highlight of highlights) {
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        anchorSelectors(editedText, highlight);
        best = Math.min(best, performance.now() - started);
      }
      slowest = Math.max(slowest, best);
    }

    const counts = { exact: 0, fuzzy: 0, lost: 0, wrong: 0, lostByDesign: 0, lostWrongly: 0 };
    for (const anchored of report.anchored) {
      counts[anchored.method === 'fuzzy' ? 'fuzzy' : 'exact']++;
      const want = expected.get(anchored.item.id);
      if (want === null || editedText.slice(anchored.start, anchored.end) !== want) counts.wrong++;
    }
    for (const lost of report.unanchored) {
      counts.lost++;
      if (expected.get(lost.item.id) === null) counts.lostByDesign++;
      else counts.lostWrongly++;
    }
    const share = (n) => `${((100 * n) / HIGHLIGHTS).toFixed(1)}%`;
    const survivable = HIGHLIGHTS - [...expected.values()].filter((v) => v === null).length;
    console.log(`Re-anchoring: ${HIGHLIGHTS} highlights on a ${WORDS.toLocaleString('en')}-word article (${original.length.toLocaleString('en')} characters → ${editedText.length.toLocaleString('en')} after edits)`);
    console.log(`  edits: ${cut.size} paragraphs cut, ${Math.floor(paragraphs.length / 15)} inserted, ${[...expected].filter(([id, v]) => v !== null && v !== highlights.find((h) => h.id === id).passage).length} highlighted passages reworded, ${Math.floor(paragraphs.length / 4)} ads`);
    console.log(`  exact (position or quote): ${counts.exact} (${share(counts.exact)})`);
    console.log(`  fuzzy:                     ${counts.fuzzy} (${share(counts.fuzzy)})`);
    console.log(`  lost:                      ${counts.lost} (${share(counts.lost)}) — ${counts.lostByDesign} whose paragraph was cut, ${counts.lostWrongly} still in the text`);
    console.log(`  anchored to the wrong text: ${counts.wrong}`);
    console.log(`  re-anchored of those still in the text: ${share(((counts.exact + counts.fuzzy - counts.wrong) * HIGHLIGHTS) / survivable)}`);
    console.log(`  time for all ${HIGHLIGHTS} in one go: median ${samples[Math.floor(RUNS / 2)].toFixed(1)} ms, max ${samples.at(-1).toFixed(1)} ms (${RUNS} runs)`);
    const middle = sliced[Math.floor(RUNS / 2)];
    console.log(`  in slices (${DEFAULT_SLICE_BUDGET_MS} ms budget, as in the page): ${middle.slices} slices, ${middle.total.toFixed(1)} ms in all; longest slice median ${middle.longest.toFixed(1)} ms, max ${sliced.at(-1).longest.toFixed(1)} ms (${RUNS} runs); same results as in one go`);
    console.log(`  slowest single highlight (alone, no shared index): ${slowest.toFixed(1)} ms`);
    if (!process.argv.includes('--skip-browser')) await benchInBrowser(editedText, highlights, report);
  } finally {
    await server.close();
  }
}

/**
 * The page's side in Chromium: lib/page/reader-highlights.ts bundled on its own, the edited article as
 * paragraphs, a clipping holding the 200 highlights. Times refresh → highlights wrapped and listed, the
 * longest slice (from the page letting Diplomark in to Diplomark yielding, wrapping included) and the
 * browser's own long tasks (over 50 ms); once in slices as shipped, once with an unlimited slice budget
 * (everything in one task, as before slicing).
 */
async function benchInBrowser(editedText, highlights, report) {
  const found = findBrowser();
  if ('error' in found) {
    console.log(`  in Chromium: skipped (${found.error})`);
    return;
  }
  const bundled = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    build: { write: false, minify: true, lib: { entry: 'lib/page/reader-highlights.ts', formats: ['iife'], name: 'DiplomarkReaderHighlights', fileName: 'reader-highlights' } },
  });
  const code = (Array.isArray(bundled) ? bundled[0] : bundled).output[0].code;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: found.path, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const stored = highlights.map(({ id, selectors }) => ({ id, selectors, note: '', createdAt: '', updatedAt: '' }));
  const rows = [];
  try {
    for (const [mode, sliceBudgetMs] of [['in slices', undefined], ['in one task', 1e9]]) {
      const samples = [];
      for (let run = 0; run < BROWSER_RUNS; run++) {
        const page = await browser.newPage();
        await page.addInitScript(() => {
          window.__longTasks = [];
          new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
        });
        await page.goto('about:blank');
        await page.evaluate((paragraphs) => {
          const article = document.createElement('article');
          for (const text of paragraphs) article.append(Object.assign(document.createElement('p'), { textContent: text }));
          document.body.append(article);
        }, editedText.split('\n\n'));
        await page.addScriptTag({ content: code });
        samples.push(
          await page.evaluate(
            async ({ highlights, sliceBudgetMs }) => {
              const canonicalUrl = 'https://news.example/story';
              const blocks = [...document.querySelectorAll('article p')];
              const analysis = { verdict: 'article', url: canonicalUrl, index: null, mentions: [], article: { blocks, headline: null, meta: { canonicalUrl } } };
              const clipping = { id: 'c1', canonicalUrl, text: '', highlights };
              const slices = [];
              let resumed = 0;
              // What the page uses (lib/highlight/slices.ts), timed: scheduler.yield() where Chromium has it.
              const yieldNow = typeof window.scheduler?.yield === 'function' ? () => window.scheduler.yield() : () => new Promise((resolve) => setTimeout(resolve, 0));
              const yieldToPage = () => {
                slices.push(performance.now() - resumed);
                return yieldNow().then(() => {
                  resumed = performance.now();
                });
              };
              const send = async () => {
                resumed = performance.now();
                return { ok: true, clipping };
              };
              const notes = new window.DiplomarkReaderHighlights.ReaderHighlights(document, { send, css: '', yieldToPage, sliceBudgetMs }, { pageChanges: { withoutObserving: (change) => change() }, ui: { renderReaderHighlights: () => undefined } });
              await new Promise((resolve) => setTimeout(resolve, 100));
              window.__longTasks.length = 0;
              const started = performance.now();
              notes.refresh(analysis);
              await notes.idle();
              slices.push(performance.now() - resumed);
              const total = performance.now() - started;
              // Long-task entries reach the observer a little after the task.
              await new Promise((resolve) => setTimeout(resolve, 300));
              const ids = new Set([...document.querySelectorAll('diplomark-note')].flatMap((mark) => mark.getAttribute('data-diplomark-note').split(' ')));
              return { total, slices: slices.length, longest: Math.max(...slices), last: slices.at(-1), longTasks: [...window.__longTasks], wrapped: ids.size };
            },
            { highlights: stored, sliceBudgetMs },
          ),
        );
        await page.close();
      }
      samples.sort((a, b) => a.longest - b.longest);
      const middle = samples[Math.floor(samples.length / 2)];
      if (samples.some((sample) => sample.wrapped !== report.anchored.length)) throw new Error(`in Chromium ${mode}: wrapped ${samples.map((s) => s.wrapped)} highlights, ${report.anchored.length} anchored in Node`);
      const longTasks = samples.flatMap((sample) => sample.longTasks);
      const lastSlices = samples.map((sample) => sample.last).sort((a, b) => a - b);
      rows.push(`  in Chromium, ${mode}: ${middle.slices} slice(s), refresh → shown ${middle.total.toFixed(1)} ms; longest slice median ${middle.longest.toFixed(1)} ms, max ${samples.at(-1).longest.toFixed(1)} ms${middle.slices > 1 ? ` (the last slice, drawing the list of highlights: median ${lastSlices[Math.floor(lastSlices.length / 2)].toFixed(1)} ms)` : ''}; browser long tasks (> 50 ms): ${longTasks.length ? `${longTasks.length}, longest ${Math.max(...longTasks).toFixed(0)} ms` : 'none'} (${BROWSER_RUNS} loads, ${middle.wrapped} highlights wrapped)`);
    }
  } finally {
    await browser.close();
  }
  for (const row of rows) console.log(row);
}

await main();
