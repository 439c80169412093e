#!/usr/bin/env node
// Recognition on real news pages nobody here wrote: the pages of ../shared/corpus labelled in
// tests/fixtures/corpus-labels/<set>/*.json (format and scoring: tests/fixtures/corpus-labels/README.md).
// Each page goes through the product's own extraction (Readability on a clone, mapped back to live
// blocks, in a happy-dom document), then recognition on the text the product reads; precision and
// recall per kind, sameEntity and verdict accuracy. A measuring tool: it always exits 0.
//
//   node scripts/node22.mjs node scripts/evaluate-corpus.mjs [--set dev|holdout|all]
//        [--engine diplomark|compromise] [--verbose] [--json] [--page <folder>] [--print-text <folder>]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LABELS = path.join(ROOT, 'tests/fixtures/corpus-labels');
const SHARED = path.resolve(ROOT, '../shared');
const CORPUS = path.join(SHARED, 'corpus');
const KINDS = ['person', 'country', 'organization', 'place', 'dispute'];

/** Pages whose bytes are not UTF-8 (../shared/corpus/news-dev/README.md); every other page is read as UTF-8. */
const CHARSETS = {
  'bbc-have-your-say-china-japan-meeting-2005': 'iso-8859-1',
  'mosnews-moscow-student-accuses-police-2004': 'windows-1251',
};

/** A mistake on the command line: reported as one line, without a stack. */
class UsageError extends Error {}

function parseArgs(argv) {
  const options = { set: 'dev', engine: 'diplomark', verbose: false, json: false, page: null, printText: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--set') options.set = value();
    else if (arg.startsWith('--set=')) options.set = arg.slice(6);
    else if (arg === '--engine') options.engine = value();
    else if (arg.startsWith('--engine=')) options.engine = arg.slice(9);
    else if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--page') options.page = value();
    else if (arg === '--print-text') options.printText = value();
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: evaluate-corpus.mjs [--set dev|holdout|all] [--engine diplomark|compromise] [--verbose] [--json] [--page <folder>] [--print-text <folder>]');
      process.exit(0);
    } else throw new UsageError(`unknown argument ${arg}`);
  }
  if (!['dev', 'holdout', 'all'].includes(options.set)) throw new UsageError(`--set must be dev, holdout or all (got ${options.set})`);
  if (!['diplomark', 'compromise'].includes(options.engine)) throw new UsageError(`--engine must be diplomark or compromise (got ${options.engine})`);
  return options;
}

/** Case, white space (soft hyphens and zero-width characters dropped) and quote/apostrophe variants folded, so "Côte d’Ivoire" and "côte d'ivoire" compare equal. */
export function fold(surface) {
  return surface
    .normalize('NFC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4\u0060\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
}

function readLabels(set) {
  const sets = set === 'all' ? ['dev', 'holdout'] : [set];
  const labels = [];
  for (const name of sets) {
    const dir = path.join(LABELS, name);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const label = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      labels.push({ folder: file.replace(/\.json$/, ''), file: path.join(name, file), ...label });
    }
  }
  return labels;
}

/** The page's HTML as a browser would read it: decoded in its real charset, without the data sets' `<text id=…>` wrapper. */
function readPage(relative) {
  const file = path.join(CORPUS, relative);
  let bytes = readFileSync(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  const folder = path.basename(path.dirname(file));
  const html = new TextDecoder(CHARSETS[folder] ?? 'utf-8').decode(bytes);
  // CleanEval / CleanPortalEval inputs begin with a line the data sets added before the page itself.
  return html.replace(/^\s*<text id="[^"]*"[^>]*>\s*/i, '').replace(/<\/text>\s*$/i, '');
}

/** The page file of a folder given by name (label or not): source.html or source.html.gz. */
function pageOfFolder(folder) {
  for (const set of ['news-dev', 'readability-test-pages']) {
    for (const file of ['source.html', 'source.html.gz']) {
      const relative = `${set}/${folder}/${file}`;
      if (existsSync(path.join(CORPUS, relative))) return relative;
    }
  }
  return null;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(CORPUS)) {
    console.log(`../shared is absent (looked in ${CORPUS}): nothing to evaluate.`);
    return;
  }
  let labels = readLabels(options.set);
  if (options.page) labels = labels.filter((l) => l.folder === options.page);
  if (!options.printText && labels.length === 0) {
    console.log(`No label files in tests/fixtures/corpus-labels/${options.set === 'all' ? '{dev,holdout}' : options.set}${options.page ? ` for ${options.page}` : ''}: nothing to evaluate.`);
    return;
  }

  const { Window } = await import('happy-dom');
  const { parseLikeABrowser } = await import('./standard-dom.mjs');
  const { createServer } = await import('vite');
  const server = await createServer({ root: ROOT, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const { analysePage } = await server.ssrLoadModule('/lib/article/analyse-page.ts');
    const { loadGazetteer } = await server.ssrLoadModule('/lib/entities/index.ts');
    const { recogniseArticle } = await server.ssrLoadModule('/lib/entities/recognise-article.ts');
    const started = performance.now();
    const gazetteer = await loadGazetteer();
    const gazetteerMs = performance.now() - started;
    let nlp = null;
    if (options.engine === 'compromise') nlp = (await import('compromise')).default;

    /** The product's analysis of a page: extraction on a happy-dom document, verdict, and the text it reads. */
    const analyse = (relative, folder) => {
      const html = readPage(relative);
      const window = new Window({
        url: `https://corpus.example/${folder}/`,
        settings: {
          disableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
          disableIframePageLoading: true,
          disableComputedStyleRendering: true,
          navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
        },
      });
      // The product's DOM code reads these as globals, as in a browser.
      globalThis.Node = window.Node;
      globalThis.NodeFilter = window.NodeFilter;
      const t0 = performance.now();
      // The tree a reader's browser builds from these bytes, not happy-dom's own parse (scripts/standard-dom.mjs).
      const doc = parseLikeABrowser(window, html);
      const t1 = performance.now();
      const analysis = analysePage(doc, gazetteer, { url: `https://corpus.example/${folder}/` });
      const t2 = performance.now();
      const text = analysis.index?.text ?? '';
      const result = { analysis, text, parseMs: t1 - t0, analyseMs: t2 - t1, close: () => window.happyDOM?.close?.() };
      return result;
    };

    if (options.printText) {
      const relative = labels.find((l) => l.folder === options.printText)?.page ?? pageOfFolder(options.printText);
      if (!relative) {
        console.log(`No page ${options.printText} in ${CORPUS}`);
        return;
      }
      const { analysis, text } = analyse(relative, options.printText);
      console.log(`# ${relative}\n# verdict: ${analysis.verdict}; title: ${analysis.article?.meta.title ?? '-'}; published: ${analysis.article?.meta.publishedAt ?? '-'}; ${text.length} characters\n`);
      console.log(text || '(the product extracts nothing from this page)');
      return;
    }

    const pages = [];
    for (const label of labels) {
      const pageStarted = performance.now();
      const { analysis, text, parseMs, analyseMs } = analyse(label.page, label.folder);
      const extractMs = performance.now() - pageStarted;
      const r0 = performance.now();
      let highlights;
      if (options.engine === 'diplomark') {
        const publishedAt = label.published ?? analysis.article?.meta.publishedAt ?? null;
        const { mentions } = recogniseArticle(text, gazetteer, { publishedAt });
        highlights = mentions.filter((m) => !m.weak).map((m) => ({ surface: m.surface, kind: m.kind, id: m.entityId }));
      } else {
        highlights = compromiseHighlights(nlp, text, label);
      }
      const recogniseMs = performance.now() - r0;
      const score = scorePage(label, highlights, options.engine === 'diplomark');
      pages.push({
        folder: label.folder,
        set: label.set,
        expectedVerdict: label.verdict,
        verdict: analysis.verdict,
        chars: text.length,
        ms: { parse: parseMs, analyse: analyseMs, extract: extractMs, recognise: recogniseMs },
        ...score,
      });
    }
    const report = summarise(pages, options, gazetteerMs);
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report, options);
  } finally {
    await server.close();
  }
}

/** compromise's people, places and organisations on the same text; a place is a country when the page's labels call that surface a country. */
function compromiseHighlights(nlp, text, label) {
  const countries = new Set([
    ...(label.must ?? []).filter(([, kind]) => kind === 'country').map(([surface]) => fold(surface)),
    ...(label.acceptable ?? []).map(fold),
  ]);
  const doc = nlp(text);
  // Surfaces as written (by offset), split at commas ("Syria, Iran" is a list), without possessives or
  // trailing punctuation (a final period stays on abbreviations such as "U.S.").
  const clean = (s) => {
    let surface = s.trim().replace(/^[^\p{L}\p{N}]+/u, '').replace(/['\u2019]s?$/u, '');
    surface = surface.replace(/[^\p{L}\p{N}.)]+$/u, '').replace(/['\u2019]s$/u, '');
    if (surface.endsWith('.') && !/(^|[\s.])\p{Lu}\.$/u.test(surface)) surface = surface.slice(0, -1);
    return surface.trim();
  };
  const out = [];
  for (const [method, kind] of [['people', 'person'], ['organizations', 'organization'], ['places', 'place']]) {
    for (const match of doc[method]().json({ offset: true, terms: false })) {
      const raw = match.offset ? text.slice(match.offset.start, match.offset.start + match.offset.length) : match.text;
      for (const part of raw.split(/,\s*/)) {
        const surface = clean(part);
        if (!surface) continue;
        out.push({ surface, kind: kind === 'place' && countries.has(fold(surface)) ? 'country' : kind, id: null });
      }
    }
  }
  return out;
}

/** Recall of must items, precision of distinct highlighted (surface, kind) pairs, sameEntity, per kind. */
function scorePage(label, highlights, hasIds) {
  const must = (label.must ?? []).map(([surface, kind]) => ({ surface, kind, key: fold(surface) }));
  const acceptable = new Set((label.acceptable ?? []).map(fold));
  const mustNot = new Set((label.mustNot ?? []).map(fold));
  const mustByKey = new Map();
  for (const item of must) mustByKey.set(`${item.key}\u0000${item.kind}`, item);

  const pairs = new Map();
  for (const h of highlights) {
    const key = `${fold(h.surface)}\u0000${h.kind}`;
    const pair = pairs.get(key) ?? { surface: h.surface, kind: h.kind, ids: new Set() };
    if (h.id) pair.ids.add(h.id);
    pairs.set(key, pair);
  }

  const perKind = Object.fromEntries(KINDS.map((k) => [k, { must: 0, found: 0, highlighted: 0, correct: 0 }]));
  const misses = [];
  for (const item of must) {
    const bucket = perKind[item.kind];
    if (!bucket) continue;
    bucket.must++;
    if (pairs.has(`${item.key}\u0000${item.kind}`)) bucket.found++;
    else misses.push(`${item.surface} (${item.kind})`);
  }
  const falsePositives = [];
  for (const [key, pair] of pairs) {
    const bucket = perKind[pair.kind];
    if (!bucket) continue;
    bucket.highlighted++;
    const surfaceKey = fold(pair.surface);
    const ok = !mustNot.has(surfaceKey) && (mustByKey.has(key) || acceptable.has(surfaceKey));
    if (ok) bucket.correct++;
    else {
      const wrongKind = must.find((m) => m.key === surfaceKey);
      const why = mustNot.has(surfaceKey) ? ', mustNot' : wrongKind ? `, labelled ${wrongKind.kind}` : '';
      falsePositives.push(`${pair.surface} (${pair.kind}${why})`);
    }
  }

  // sameEntity: a group counts when at least two of its surfaces were highlighted; it holds when all resolve to one id.
  let groupsEvaluated = 0;
  let groupsSame = 0;
  const splitGroups = [];
  if (hasIds) {
    for (const group of label.sameEntity ?? []) {
      const keys = new Set(group.map(fold));
      const found = [...pairs.values()].filter((p) => keys.has(fold(p.surface)));
      const foundSurfaces = new Set(found.map((p) => fold(p.surface)));
      if (foundSurfaces.size < 2) continue;
      groupsEvaluated++;
      const ids = new Set(found.flatMap((p) => [...p.ids]));
      if (ids.size === 1) groupsSame++;
      else splitGroups.push(`${group.join(' = ')} → ${[...ids].join(', ')}`);
    }
  }
  return { perKind, misses, falsePositives, sameEntity: { evaluated: groupsEvaluated, same: groupsSame, split: splitGroups } };
}

function summarise(pages, options, gazetteerMs) {
  const totals = Object.fromEntries(KINDS.map((k) => [k, { must: 0, found: 0, highlighted: 0, correct: 0 }]));
  for (const page of pages) for (const k of KINDS) for (const f of ['must', 'found', 'highlighted', 'correct']) totals[k][f] += page.perKind[k][f];
  const all = { must: 0, found: 0, highlighted: 0, correct: 0 };
  for (const k of KINDS) for (const f of Object.keys(all)) all[f] += totals[k][f];
  const withRates = (c) => ({ ...c, recall: c.must ? c.found / c.must : null, precision: c.highlighted ? c.correct / c.highlighted : null });
  const verdictRight = pages.filter((p) => p.verdict === p.expectedVerdict).length;
  const sameEvaluated = pages.reduce((n, p) => n + p.sameEntity.evaluated, 0);
  const sameSame = pages.reduce((n, p) => n + p.sameEntity.same, 0);
  const mean = (f) => (pages.length ? pages.reduce((n, p) => n + f(p), 0) / pages.length : 0);
  return {
    set: options.set,
    engine: options.engine,
    pages: pages.map((p) => ({
      ...p,
      overall: withRates(KINDS.reduce((acc, k) => ({ must: acc.must + p.perKind[k].must, found: acc.found + p.perKind[k].found, highlighted: acc.highlighted + p.perKind[k].highlighted, correct: acc.correct + p.perKind[k].correct }), { must: 0, found: 0, highlighted: 0, correct: 0 })),
    })),
    kinds: Object.fromEntries(KINDS.map((k) => [k, withRates(totals[k])])),
    overall: withRates(all),
    sameEntity: { evaluated: sameEvaluated, same: sameSame, rate: sameEvaluated ? sameSame / sameEvaluated : null },
    verdict: { right: verdictRight, pages: pages.length, accuracy: pages.length ? verdictRight / pages.length : null },
    timing: {
      gazetteerMs,
      meanParseMs: mean((p) => p.ms.parse),
      meanAnalyseMs: mean((p) => p.ms.analyse),
      meanRecogniseMs: mean((p) => p.ms.recognise),
      meanRecogniseMsPer10kChars: mean((p) => (p.chars ? (p.ms.recognise * 10000) / p.chars : 0)),
    },
  };
}

const pct = (x) => (x === null ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);

function printReport(report, options) {
  console.log(`Recognition on ${report.pages.length} labelled corpus pages (set ${report.set}, engine ${report.engine})\n`);
  console.log('page                                                 verdict (want → got)        recall   precision  must  found  hl   ok   chars  recog ms');
  for (const p of report.pages) {
    const mark = p.verdict === p.expectedVerdict ? ' ' : '✗';
    console.log(
      `${p.folder.padEnd(52)} ${mark} ${`${p.expectedVerdict} → ${p.verdict}`.padEnd(24)} ${pct(p.overall.recall)}   ${pct(p.overall.precision)}  ${String(p.overall.must).padStart(4)}  ${String(p.overall.found).padStart(5)} ${String(p.overall.highlighted).padStart(4)} ${String(p.overall.correct).padStart(4)}  ${String(p.chars).padStart(6)}  ${p.ms.recognise.toFixed(1).padStart(7)}`,
    );
    if (options.verbose) {
      if (p.chars === 0) console.log('      (the product extracts no article text from this page)');
      for (const m of p.misses) console.log(`      miss: ${m}`);
      for (const f of p.falsePositives) console.log(`      false positive: ${f}`);
      for (const s of p.sameEntity.split) console.log(`      split entity: ${s}`);
    }
  }
  console.log('\nkind           recall   precision   must  found  highlighted  correct');
  for (const [kind, c] of [...Object.entries(report.kinds), ['overall', report.overall]]) {
    console.log(`${kind.padEnd(13)}  ${pct(c.recall)}   ${pct(c.precision)}   ${String(c.must).padStart(5)}  ${String(c.found).padStart(5)}  ${String(c.highlighted).padStart(11)}  ${String(c.correct).padStart(7)}`);
  }
  const s = report.sameEntity;
  console.log(`\nsameEntity: ${report.engine === 'compromise' ? 'n/a (compromise gives no entity ids)' : `${s.same}/${s.evaluated} groups with two or more surfaces found resolve to one entity (${pct(s.rate).trim()})`}`);
  console.log(`verdict accuracy: ${report.verdict.right}/${report.verdict.pages} (${pct(report.verdict.accuracy).trim()}) — the verdict is the product's analysis whichever engine is scored`);
  const t = report.timing;
  console.log(
    `timing (mean per page): parse ${t.meanParseMs.toFixed(1)} ms, extraction+analysis ${t.meanAnalyseMs.toFixed(1)} ms, ${report.engine} recognition ${t.meanRecogniseMs.toFixed(1)} ms (${t.meanRecogniseMsPer10kChars.toFixed(1)} ms per 10k characters); gazetteer load ${t.gazetteerMs.toFixed(0)} ms`,
  );
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`evaluate-corpus: ${error.message} (--help for usage)`);
  else console.error(`evaluate-corpus: ${error instanceof Error ? error.stack ?? error.message : error}`);
}
process.exit(0);
