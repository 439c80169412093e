import type { Entity } from '../types';
import { CAPITALS, COUNTRIES } from './countries.generated';
import { DISPUTES } from './disputes';
import { withGuards } from './guards';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE } from './people';
import { PLACES } from './places';

/** The bundled gazetteer: countries, places (capitals first), organisations, people and disputes. */
export const ALL_ENTITIES: readonly Entity[] = withGuards([...COUNTRIES, ...CAPITALS, ...PLACES, ...ORGANIZATIONS, ...PEOPLE, ...DISPUTES]);
