import type { Entity } from '../types';
import { CONFLICTS } from './conflicts';
import { CAPITALS, COUNTRIES } from './countries.generated';
import { DISPUTES } from './disputes';
import { DISPUTES_WORLD } from './disputes-world';
import { withPairCompounds, withPlainWording } from './dispute-wording';
import { FEATURES } from './features';
import { withGuards } from './guards';
import { ORGANIZATIONS } from './organizations';
import { ORGANIZATIONS_GROUPS } from './organizations-groups';
import { ORGANIZATIONS_IGO } from './organizations-igo';
import { ORGANIZATIONS_MEDIA } from './organizations-media';
import { ORGANIZATIONS_STATE } from './organizations-state';
import { ORGANIZATIONS_WORLD } from './organizations-world';
import { PEOPLE } from './people';
import { PEOPLE_AMERICAS_EUROPE } from './people-americas-europe';
import { PEOPLE_ARMED_GROUPS } from './people-armed-groups';
import { PEOPLE_ASIA_AFRICA } from './people-asia-africa';
import { PEOPLE_GERMANY } from './people-germany';
import { PEOPLE_IGO } from './people-igo';
import { PEOPLE_HISTORY } from './people-history';
import { PEOPLE_ROYALS_RELIGION } from './people-royals-religion';
import { PLACES } from './places';
import { PLACES_DISPUTED } from './places-disputed';

const NOT_DISPUTES = [...COUNTRIES, ...CAPITALS, ...PLACES, ...PLACES_DISPUTED, ...ORGANIZATIONS, ...ORGANIZATIONS_WORLD, ...ORGANIZATIONS_IGO, ...ORGANIZATIONS_STATE, ...ORGANIZATIONS_MEDIA, ...ORGANIZATIONS_GROUPS, ...PEOPLE, ...PEOPLE_AMERICAS_EUROPE, ...PEOPLE_ASIA_AFRICA, ...PEOPLE_IGO, ...PEOPLE_GERMANY, ...PEOPLE_ROYALS_RELIGION, ...PEOPLE_HISTORY, ...PEOPLE_ARMED_GROUPS];

/** The bundled gazetteer: countries, places (capitals first), organisations, people and disputes and wars (with their plain wording). */
export const ALL_ENTITIES: readonly Entity[] = withGuards([
  ...NOT_DISPUTES,
  ...withPairCompounds([...withPlainWording([...DISPUTES, ...DISPUTES_WORLD], [...NOT_DISPUTES, ...FEATURES, ...CONFLICTS]), ...CONFLICTS], [...NOT_DISPUTES, ...FEATURES]),
  ...FEATURES,
]);
