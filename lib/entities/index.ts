import { ALL_ENTITIES } from './data';
import { PACKED_GAZETTEER } from './data/gazetteer.generated';
import { Gazetteer } from './gazetteer';

let compiled: Gazetteer | undefined;

/**
 * The bundled gazetteer, unpacked from its build-time compilation on first use and then shared by
 * every analysis in this context. Compiling from the data instead is the fallback for a pack that does
 * not fit the entity list (a stale generated module); the unit tests keep that from shipping.
 */
export function getGazetteer(): Gazetteer {
  if (!compiled) {
    const started = performance.now();
    compiled = loadGazetteer();
    // On the page's performance timeline for the benchmarks (scripts/bench.mjs).
    performance.measure('diplomark:gazetteer', { start: started, end: performance.now() });
  }
  return compiled;
}

function loadGazetteer(): Gazetteer {
  try {
    return Gazetteer.unpack(ALL_ENTITIES, PACKED_GAZETTEER);
  } catch (error) {
    console.warn('Diplomark: the prebuilt gazetteer does not fit the entity data; compiling it instead.', error);
    return Gazetteer.compile(ALL_ENTITIES);
  }
}

export { Gazetteer } from './gazetteer';
export { recognise } from './recognise';
export type { Entity, EntityKind, Mention } from './types';
