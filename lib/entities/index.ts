import { ALL_ENTITIES } from './data';
import { Gazetteer } from './gazetteer';

let compiled: Gazetteer | undefined;

/** The bundled gazetteer, compiled on first use and then shared by every analysis in this context. */
export function getGazetteer(): Gazetteer {
  compiled ??= Gazetteer.compile(ALL_ENTITIES);
  return compiled;
}

export { Gazetteer } from './gazetteer';
export { recognise } from './recognise';
export type { Entity, EntityKind, Mention } from './types';
