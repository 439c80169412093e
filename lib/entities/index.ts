import { loadGazetteerEntities, loadPackedGazetteer } from './data/gazetteer.generated';
import { Gazetteer } from './gazetteer';

let compiled: Gazetteer | undefined;

/**
 * The bundled gazetteer, compiled at build time (scripts/generate-gazetteer.mjs) and unpacked on first
 * use (its entities are read as texts name them), then shared by every analysis in this context. The build regenerates the packed module from
 * the data and a unit test fails when the committed one is stale, so the two always agree.
 */
export function getGazetteer(): Gazetteer {
  if (!compiled) {
    const started = performance.now();
    compiled = Gazetteer.unpack(loadGazetteerEntities(), loadPackedGazetteer());
    // On the page's performance timeline for the benchmarks (scripts/bench.mjs).
    performance.measure('diplomark:gazetteer', { start: started, end: performance.now() });
  }
  return compiled;
}

export { Gazetteer } from './gazetteer';
export { recognise } from './recognise';
export type { Entity, EntityKind, Mention } from './types';

/**
 * The gazetteer where recognition runs (the extension's background), opened once and shared by every
 * analysis there. Asynchronous so that the knowledge base may be read from a packed file.
 */
export async function loadGazetteer(): Promise<Gazetteer> {
  return getGazetteer();
}
