import { analysePage, type AnalyseOptions, type PageAnalysis } from '../article/analyse';
import { placeArticle, readSnapshot, snapshotArticle } from '../article/extract';
import { gatherEvidence, judgeVerdict, LEAD_CHARACTERS } from '../article/verdict';
import type { Gazetteer } from '../entities/gazetteer';
import { createPauser, type SliceOptions } from '../highlight/slices';
import { indexBlocksInSlices } from '../highlight/text-index';
import { recogniseInSlices } from './recognise-in-slices';

/** Marks a step on the page's performance timeline, read by the benchmarks (scripts/bench.mjs). */
function measured<T>(name: string, step: () => T): T {
  const started = performance.now();
  try {
    return step();
  } finally {
    performance.measure(`diplomark:${name}`, { start: started, end: performance.now() });
  }
}

/**
 * `analysePage` as a series of main-thread tasks: the gate and a copy of the page, Readability on the
 * copy, placing it in the live page, indexing, opening the gazetteer,
 * recognition (in slices on long articles) and the verdict each run in a task of their own, with the
 * page let in between. Throws `Cancelled` at a step boundary once `signal` aborts. Touches nothing in the page.
 */
export async function analysePageInSteps(
  doc: Document,
  gazetteer: () => Gazetteer,
  options: AnalyseOptions & SliceOptions = {},
): Promise<PageAnalysis> {
  // A page the reader asked for by hand may not be an article: the one-task path knows how to read it whole.
  if (options.force) return analysePage(doc, gazetteer, options);
  const { pause } = createPauser(options);
  const url = options.url ?? doc.location?.href ?? '';
  const none: PageAnalysis = { verdict: 'none', article: null, index: null, mentions: [], url };
  // The caller may have just removed a long article's old highlights: extraction gets a task of its own.
  await pause(true);
  const snapshot = measured('gate', () => snapshotArticle(doc, url));
  if (!snapshot) return none;
  await pause(true);
  const read = measured('extract', () => readSnapshot(snapshot));
  if (!read) return none;
  await pause(true);
  const article = measured('place', () => placeArticle(doc, read, url));
  if (!article) return none;
  await pause(true);
  const indexed = performance.now();
  const index = await indexBlocksInSlices(article.headline ? [article.headline, ...article.blocks] : article.blocks, pause);
  performance.measure('diplomark:index', { start: indexed, end: performance.now() });
  await pause(true);
  const entities = gazetteer();
  await pause(true);
  const started = performance.now();
  const mentions = await recogniseInSlices(index.text, entities, { ...options, pause });
  performance.measure('diplomark:recognise', { start: started, end: performance.now() });
  await pause(true);
  const verdict = measured('verdict', () => {
    const leadEnd = Math.min(index.text.length, LEAD_CHARACTERS);
    const lead = gatherEvidence(index.text.slice(0, leadEnd), mentions.filter((m) => m.end <= leadEnd), entities);
    return judgeVerdict(gatherEvidence(index.text, mentions, entities), lead);
  });
  return { verdict, article, index, mentions, url };
}
