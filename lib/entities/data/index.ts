import type { Entity } from '../types';
import { CAPITALS, COUNTRIES } from './countries.generated';
import { DISPUTES } from './disputes';
import { withGuards } from './guards';
import { ORGANIZATIONS } from './organizations';
import { PEOPLE } from './people';
import { PEOPLE_AMERICAS_EUROPE } from './people-americas-europe';
import { PEOPLE_ASIA_AFRICA } from './people-asia-africa';
import { PLACES } from './places';

/** The bundled gazetteer: countries, places (capitals first), organisations, people and disputes. */
export const ALL_ENTITIES: readonly Entity[] = withGuards([...COUNTRIES, ...CAPITALS, ...PLACES, ...ORGANIZATIONS, ...PEOPLE, ...PEOPLE_AMERICAS_EUROPE, ...PEOPLE_ASIA_AFRICA, ...DISPUTES]);
