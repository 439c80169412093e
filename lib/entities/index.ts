import { ALL_ENTITIES } from './data';
import { Gazetteer } from './gazetteer';

let compiled: Gazetteer | undefined;

/** The bundled gazetteer, compiled on first use and then shared by every analysis in this context. */
export function getGazetteer(): Gazetteer {
  if (!compiled) {
    const started = performance.now();
    compiled = Gazetteer.compile(ALL_ENTITIES);
    // On the page's performance timeline for the benchmarks (scripts/bench.mjs).
    performance.measure('diplomark:gazetteer', { start: started, end: performance.now() });
  }
  return compiled;
}

export { Gazetteer } from './gazetteer';
export { recognise } from './recognise';
export type { Entity, EntityKind, Mention } from './types';
