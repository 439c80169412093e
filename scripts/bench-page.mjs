#!/usr/bin/env node
// What a reader pays for Diplomark, measured from outside: each page is loaded in three Chromium profiles
// side by side — no extension, a one-line extension (a content script of one statement on every page) and
// Diplomark — in rounds, so a noisy moment of the machine touches all three alike. Figures come from the
// browser's own trace (Chrome tracing over CDP), not from timers inside our code.
//
//   node scripts/bench-page.mjs [--runs N] [--no-build] [--extension DIR] [--baseline DIR] [--pages section,1k,seed,50k,200k,cold,restart]
//
// --baseline DIR loads another build of Diplomark (say, the one before a change) as a fourth profile in the same
// rounds, and prints its row under each page's: a before/after pair that the machine's noise touches alike.
//
// Per page (medians over the runs):
//   Diplomark tasks   main-thread tasks running any chrome-extension:// script: their sum and the longest one, and
//                     the CPU they used (the trace's thread time: on a busy machine their wall time is mostly waiting). A
//                     task counts when a trace event in it names such a script, or when a CPU-profile sample
//                     taken in it has such a script on its stack: the continuation of a time slice
//                     (scheduler.yield) or an extension message's reply runs our code without naming it.
//   evaluate          evaluating the extension's scripts (the gate on every page; what it loads on articles)
//   added main        renderer main-thread time with the extension minus without it (all tasks)
//   added style+layout  style recalculation and layout with minus without, and as a share of the page's own
//   added heap        JS heap after a forced garbage collection, with minus without
//   highlights        the first highlight and the verdict attribute, after the load event
// "× one-line" divides a Diplomark figure by the same figure of the one-line extension in the same run.
//
// cold: the 1,000-word article as the first article after the extension's background started, in a new
// browser each round. The paired rounds above reuse one background, which keeps the knowledge base open and
// its code compiled; a reader meets a new one whenever the browser has stopped the idle background (after
// about 30 seconds), so the first article then waits for the knowledge base to be read and opened.
// restart: the same, in a browser that has run the background before and stopped it (as it does after 30
// seconds idle): each round stops the background, then loads the article. The first case a reader meets
// once a day; this one, at nearly every article.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildExtension, median, table } from './bench-helpers.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_PAGES = path.resolve(ROOT, '../shared/fixtures/pages');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] ? argv[at + 1] : fallback;
};
const RUNS = Number(option('--runs', '5'));
const EXTENSION_DIR = path.resolve(ROOT, option('--extension', process.env.DIPLOMARK_EXTENSION_DIR ?? '.output/chrome-mv3'));
const BASELINE_DIR = option('--baseline', '') ? path.resolve(ROOT, option('--baseline', '')) : null;
const PAGE_SET = new Set(option('--pages', 'section,1k,seed,50k,200k,cold,restart').split(','));
/** Quiet time after the page is done, so late tasks (idle callbacks, slices) land inside the trace. */
const SETTLE_MS = 1500;

const fmt = (value, unit = 'ms') => (Number.isFinite(value) ? `${value < 10 && value > -10 ? value.toFixed(1) : value.toFixed(0)} ${unit}` : '—');

// ---- pages ----

/** Paragraph texts of the shared seed pages, tags stripped: the text the long pages are made of. */
function seedParagraphs() {
  const files = existsSync(SHARED_PAGES) ? readdirSync(SHARED_PAGES).filter((f) => f.startsWith('seed-')) : [];
  const sources = files.length ? files.map((f) => path.join(SHARED_PAGES, f)) : [path.join(ROOT, 'tests/fixtures/pages/diplomatic-shuttle-summit/source.html')];
  return sources
    .map((file) => readFileSync(file, 'utf8'))
    .flatMap((html) => [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()))
    .filter((text) => text.split(' ').length >= 12);
}

/** An article page of `words` words built from the seed paragraphs, with the usual page furniture around it. */
function articlePage(words) {
  const source = seedParagraphs();
  const paragraphs = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = source[i % source.length];
    paragraphs.push(`<p>${text}</p>`);
    count += text.split(' ').length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Japan and South Korea: ${words} words</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-03-16T20:40:00+09:00">
<style>body{font:18px/1.6 Georgia,serif;margin:0} article{max-width:720px;margin:24px auto;padding:0 20px}</style></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Japan and South Korea: ${words} words</h1>${paragraphs.join('\n')}</article><footer>Footer</footer></body></html>`;
}

// ---- extensions ----

/** The smallest extension with a content script on every page: the floor any extension pays. */
function oneLineExtension() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplomark-oneline-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'One line',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(path.join(dir, 'content.js'), 'document.documentElement.dataset.oneLine = "1";\n');
  return dir;
}

function gzipKb(file) {
  if (!existsSync(file)) return NaN;
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** The built bundles: what every page evaluates (the declared content scripts), what article pages load, the background. */
function bundleSizes(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const declared = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const scripts = existsSync(path.join(dir, 'content-scripts')) ? readdirSync(path.join(dir, 'content-scripts')).filter((f) => f.endsWith('.js')) : [];
  const loaded = [...scripts.map((f) => `content-scripts/${f}`), ...(existsSync(path.join(dir, 'article.js')) ? ['article.js'] : [])].filter((f) => !declared.includes(f));
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const sum = (files) => files.reduce((total, f) => total + gzipKb(path.join(dir, f)), 0);
  return { everyPage: sum(declared), articleScript: sum(loaded), background: background ? gzipKb(path.join(dir, background)) : NaN };
}

// ---- trace reading ----

const EXTENSION_URL = /^chrome-extension:\/\//;

/** The url a trace event names, if any (script evaluation, function calls, compiles). */
function eventUrl(event) {
  const data = event.args?.data;
  return data?.url ?? data?.scriptName ?? event.args?.fileName ?? data?.stackTrace?.[0]?.url ?? '';
}

/**
 * Figures of one page load from its trace: the renderer main thread of the page is the one that parsed its
 * HTML. Tasks are its top-level RunTask events; a task "runs extension code" when an event inside it names a
 * chrome-extension:// script.
 */
function readTrace(events, pageUrl, extensionSampleTimes = []) {
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(pageUrl));
  if (!parse) return null;
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').sort((a, b) => a.ts - b.ts);
  const topLevel = [];
  for (const task of tasks) {
    const last = topLevel.at(-1);
    if (last && task.ts < last.ts + last.dur) continue; // nested inside the previous task
    topLevel.push(task);
  }
  const extensionEvents = onMain.filter((e) => EXTENSION_URL.test(eventUrl(e)));
  const extensionTasks = new Set();
  for (const ts of [...extensionEvents.map((e) => e.ts), ...extensionSampleTimes]) {
    const task = topLevel.find((t) => t.ts <= ts && ts < t.ts + t.dur);
    if (task) extensionTasks.add(task);
  }
  const evaluate = extensionEvents.filter((e) => e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.run');
  // Nested compile/run inside EvaluateScript would count twice: keep the outermost.
  const outer = evaluate.filter((e) => !evaluate.some((o) => o !== e && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur && o.dur > e.dur));
  const sum = (list) => list.reduce((total, e) => total + e.dur, 0) / 1000;
  // Thread time (tdur): the CPU a task used, without the time the thread waited, preempted, on a busy machine.
  const cpu = (list) => list.reduce((total, e) => total + (e.tdur ?? NaN), 0) / 1000;
  const styleLayout = onMain.filter((e) => e.name === 'UpdateLayoutTree' || e.name === 'Layout' || e.name === 'RecalculateStyles');
  return {
    main: sum(topLevel),
    extensionTasks: sum([...extensionTasks]),
    extensionCpu: cpu([...extensionTasks]),
    longestExtensionTask: Math.max(0, ...[...extensionTasks].map((t) => t.dur / 1000)),
    evaluate: sum(outer),
    styleLayout: sum(styleLayout),
  };
}

/** How often the CPU profiler samples the page's stack (µs): often enough to catch a 1 ms slice, cheap enough to leave the figures alone. */
const SAMPLING_INTERVAL_US = 250;

/** Times (trace clock, µs) of the CPU-profile samples with an extension script on their stack. */
function extensionSampleTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const ours = new Map();
  const runsExtension = (id) => {
    if (ours.has(id)) return ours.get(id);
    const node = byId.get(id);
    const parent = parentOf.get(id);
    const result = EXTENSION_URL.test(node?.callFrame?.url ?? '') || (parent !== undefined && runsExtension(parent));
    ours.set(id, result);
    return result;
  };
  const times = [];
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    if (runsExtension(id)) times.push(ts);
  });
  return times;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'toplevel', 'blink.user_timing', 'loading'];

/** Loads `url` in a fresh tab of `context` with tracing on; returns the trace figures, heap and highlight timings. */
async function measureLoad(context, url, { waitForVerdict }) {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      // Our own observer, identical in all three profiles: when the first highlight and the verdict appear.
      const w = window;
      new MutationObserver(() => {
        const root = document.documentElement;
        if (!w.__firstHighlight && document.querySelector('[data-diplomark-entity]')) w.__firstHighlight = performance.now();
        if (!w.__verdict && root.hasAttribute('data-diplomark')) w.__verdict = performance.now();
      }).observe(document, { attributes: true, childList: true, subtree: true, attributeFilter: ['data-diplomark', 'data-diplomark-entity'] });
    });
    const cdp = await context.newCDPSession(page);
    const chunks = [];
    cdp.on('Tracing.dataCollected', (event) => chunks.push(...event.value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // The same wait in every profile: waitForFunction puts Playwright's own script into the page (about 0.6 MB
    // of heap and its evaluation), which a wait in Diplomark's profile only would count as Diplomark's.
    await page.waitForFunction((wait) => !wait || window.__verdict !== undefined, waitForVerdict, { timeout: 60_000 }).catch(() => {});
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('Tracing.end');
    await complete;
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const timings = await page.evaluate(() => {
      const load = performance.getEntriesByType('navigation')[0]?.loadEventStart ?? NaN;
      const w = window;
      return {
        firstHighlight: w.__firstHighlight ? w.__firstHighlight - load : NaN,
        verdictAfterLoad: w.__verdict ? w.__verdict - load : NaN,
        highlights: document.querySelectorAll('[data-diplomark-entity]').length,
        verdict: document.documentElement.dataset.diplomark ?? '',
      };
    });
    const sampleTimes = extensionSampleTimes(profile);
    const figures = readTrace(chunks, url, sampleTimes);
    return { ...figures, heap: heap.usedSize / 1024 / 1024, ...timings };
  } finally {
    await page.close();
  }
}

// ---- main ----

async function main() {
  const { findBrowser } = await import('./chromium.mjs');
  const { startServer } = await import('./serve.mjs');
  const found = findBrowser();
  if ('error' in found) {
    console.log(`Page benchmark skipped: ${found.error}`);
    return;
  }
  if (!argv.includes('--no-build')) buildExtension(ROOT);
  const sizes = bundleSizes(EXTENSION_DIR);

  const generated = mkdtempSync(path.join(os.tmpdir(), 'diplomark-bench-page-'));
  for (const words of [1_000, 50_000, 200_000]) writeFileSync(path.join(generated, `article-${words}.html`), articlePage(words));
  const mounts = { '/generated/': generated };
  if (existsSync(SHARED_PAGES)) mounts['/shared/'] = SHARED_PAGES;
  const server = await startServer({ root: path.join(ROOT, 'demo'), mounts });

  const pages = [];
  if (PAGE_SET.has('section') && mounts['/shared/']) pages.push(['section front (not an article)', '/shared/section-front.html']);
  if (PAGE_SET.has('1k')) pages.push(['1,000-word article', '/generated/article-1000.html']);
  if (PAGE_SET.has('seed') && mounts['/shared/']) {
    for (const f of readdirSync(SHARED_PAGES).filter((f) => f.startsWith('seed-'))) pages.push([f.replace('.html', ''), `/shared/${f}`]);
  }
  if (PAGE_SET.has('50k')) pages.push(['50,000-word page', '/generated/article-50000.html']);
  if (PAGE_SET.has('200k')) pages.push(['200,000-word page', '/generated/article-200000.html']);

  const oneLineDir = oneLineExtension();
  const { chromium } = await import('playwright-core');
  const { extensionArgs } = await import('./chromium.mjs');
  const profiles = [];
  const launch = async (name, extensionDir) => {
    const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'diplomark-bench-profile-'));
    const args = extensionDir
      ? extensionArgs(extensionDir, { headless: true })
      : ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions'];
    const context = await chromium.launchPersistentContext(userDataDir, { executablePath: found.path, headless: false, args, viewport: { width: 1280, height: 900 } });
    profiles.push({ name, context, userDataDir });
    return context;
  };
  const closeProfile = async (context) => {
    const at = profiles.findIndex((p) => p.context === context);
    const [{ userDataDir }] = profiles.splice(at, 1);
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  const rows = [];
  const coldRows = [];
  try {
    const none = await launch('none', null);
    const oneLine = await launch('one-line', oneLineDir);
    const builds = [{ label: '', context: await launch('diplomark', EXTENSION_DIR) }];
    if (BASELINE_DIR) builds.push({ label: ' (baseline)', context: await launch('baseline', BASELINE_DIR) });
    // Let the extensions' background start before the first measured load.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const [name, pathname] of pages) {
      const url = server.url + pathname;
      const samples = { none: [], oneLine: [], builds: builds.map(() => []) };
      const runs = pathname.includes('200000') ? Math.min(RUNS, 3) : RUNS;
      // One unmeasured round first: the browsers' caches (HTTP, compiled code) warm up as a reader's would.
      for (const context of [none, oneLine]) await measureLoad(context, url, { waitForVerdict: false });
      for (const build of builds) await measureLoad(build.context, url, { waitForVerdict: true });
      for (let run = 0; run < runs; run++) {
        samples.none.push(await measureLoad(none, url, { waitForVerdict: false }));
        samples.oneLine.push(await measureLoad(oneLine, url, { waitForVerdict: false }));
        for (const [b, build] of builds.entries()) samples.builds[b].push(await measureLoad(build.context, url, { waitForVerdict: true }));
      }
      for (const [b, build] of builds.entries()) {
        const ofProfile = (profile) => (profile === 'diplomark' ? samples.builds[b] : samples[profile]);
        const pick = (profile, key) => median(ofProfile(profile).map((s) => s?.[key]));
        const added = (profile, key) => median(ofProfile(profile).map((s, i) => (s && samples.none[i] ? s[key] - samples.none[i][key] : NaN)));
        const ratio = (key) => {
          const ours = pick('diplomark', key);
          const floor = pick('oneLine', key);
          return Number.isFinite(ours) && floor > 0 ? `${(ours / floor).toFixed(1)}×` : '—';
        };
        const ownStyle = pick('none', 'styleLayout');
        const addedStyle = added('diplomark', 'styleLayout');
        const first = samples.builds[b][0];
        rows.push([
          name + build.label,
          `${first?.verdict || '—'} / ${first?.highlights ?? 0}`,
          `${fmt(pick('diplomark', 'extensionTasks'))} (${ratio('extensionTasks')})`,
          `${fmt(pick('diplomark', 'extensionCpu'))} (${ratio('extensionCpu')})`,
          fmt(pick('diplomark', 'longestExtensionTask')),
          `${fmt(pick('diplomark', 'evaluate'))} (${ratio('evaluate')})`,
          `${fmt(added('diplomark', 'main'))} / ${fmt(added('oneLine', 'main'))}`,
          `${fmt(addedStyle)} (${ownStyle > 0 ? (addedStyle / ownStyle).toFixed(2) : '—'}× own ${fmt(ownStyle)})`,
          `${fmt(added('diplomark', 'heap'), 'MB')} / ${fmt(added('oneLine', 'heap'), 'MB')}`,
          `${fmt(pick('diplomark', 'firstHighlight'))} / ${fmt(pick('diplomark', 'verdictAfterLoad'))}`,
          runs,
        ]);
      }
      console.log(`  measured ${name} (${runs} rounds)`);
    }
    if (PAGE_SET.has('cold')) {
      const url = server.url + '/generated/article-1000.html';
      const dirs = [['', EXTENSION_DIR], ...(BASELINE_DIR ? [[' (baseline)', BASELINE_DIR]] : [])];
      const samples = dirs.map(() => []);
      for (let run = 0; run < RUNS; run++) {
        // Alternating which build goes first, so neither always meets the busier moment.
        const order = run % 2 ? [...dirs.keys()].reverse() : [...dirs.keys()];
        for (const d of order) {
          const context = await launch(`cold${d}`, dirs[d][1]);
          await new Promise((resolve) => setTimeout(resolve, 1500)); // the background starts, as at browser start-up
          samples[d].push(await measureLoad(context, url, { waitForVerdict: true }));
          await closeProfile(context);
        }
      }
      for (const [d, [label]] of dirs.entries()) {
        const pick = (key) => median(samples[d].map((s) => s?.[key]));
        coldRows.push([`1,000-word article, background just started${label}`, fmt(pick('extensionTasks')), fmt(pick('longestExtensionTask')), `${fmt(pick('firstHighlight'))} / ${fmt(pick('verdictAfterLoad'))}`, RUNS]);
      }
      console.log(`  measured the 1,000-word article with a background just started (${RUNS} browsers)`);
    }
    if (PAGE_SET.has('restart')) {
      const url = server.url + '/generated/article-1000.html';
      const dirs = [['', EXTENSION_DIR], ...(BASELINE_DIR ? [[' (baseline)', BASELINE_DIR]] : [])];
      const samples = dirs.map(() => []);
      const browsers = [];
      for (const [d, [, dir]] of dirs.entries()) {
        const context = await launch(`restart${d}`, dir);
        const control = await context.newCDPSession(await context.newPage());
        await control.send('ServiceWorker.enable');
        await new Promise((resolve) => setTimeout(resolve, 1500));
        // One article first, unmeasured: what the background keeps between starts is kept then.
        await measureLoad(context, url, { waitForVerdict: true });
        browsers.push({ context, control });
      }
      await new Promise((resolve) => setTimeout(resolve, 5000));
      for (let run = 0; run < RUNS; run++) {
        const order = run % 2 ? [...dirs.keys()].reverse() : [...dirs.keys()];
        for (const d of order) {
          await browsers[d].control.send('ServiceWorker.stopAllWorkers');
          await new Promise((resolve) => setTimeout(resolve, 1000));
          samples[d].push(await measureLoad(browsers[d].context, url, { waitForVerdict: true }));
        }
      }
      for (const [d, [label]] of dirs.entries()) {
        const pick = (key) => median(samples[d].map((s) => s?.[key]));
        coldRows.push([`1,000-word article, background stopped and started again${label}`, fmt(pick('extensionTasks')), fmt(pick('longestExtensionTask')), `${fmt(pick('firstHighlight'))} / ${fmt(pick('verdictAfterLoad'))}`, RUNS]);
      }
      console.log(`  measured the 1,000-word article after the background was stopped (${RUNS} rounds)`);
    }
  } finally {
    for (const { context, userDataDir } of profiles) {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    }
    await server.close();
    rmSync(generated, { recursive: true, force: true });
    rmSync(oneLineDir, { recursive: true, force: true });
  }
  console.log(
    `\nWhat a reader pays, in Chromium (${path.basename(found.path)}): medians of paired loads (no extension / one-line extension /\n` +
      'Diplomark, in rounds). "× one-line" divides Diplomark\'s figure by the one-line extension\'s in the same run.\n' +
      `Bundles (gzip): every page ${sizes.everyPage.toFixed(1)} KB · article script ${sizes.articleScript.toFixed(1)} KB · background ${sizes.background.toFixed(1)} KB`,
  );
  table([
    ['page', 'verdict / highlights', 'Diplomark tasks (× one-line)', 'their CPU (× one-line)', 'longest task', 'evaluate (× one-line)', 'added main: Diplomark / one-line', 'added style+layout', 'added heap: Diplomark / one-line', 'after load: first highlight / verdict', 'rounds'],
    ...rows,
  ]);
  if (coldRows.length > 0) {
    console.log('\nThe first article after the background started (cold: a new browser each round; restart: the browser stopped its background; the rounds above reuse one background):');
    table([['page', 'Diplomark tasks', 'longest task', 'after load: first highlight / verdict', 'rounds'], ...coldRows]);
  }
}

await main();
