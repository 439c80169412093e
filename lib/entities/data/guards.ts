import type { AliasGuard, Entity } from '../types';

/**
 * Names that are also ordinary words or other names, and when they do not mean the entity. Kept apart
 * from the generated country list so that regenerating it keeps them.
 */
export const ALIAS_GUARDS: Readonly<Record<string, AliasGuard[]>> = {
  // The US state: news about it names its cities, governor, senators, universities.
  'country:ge': [
    {
      alias: 'Georgia',
      otherSense: [
        'Atlanta', 'Savannah', 'Augusta National', 'Peach State', 'Fulton County', 'Bryan County', 'Ellabell',
        'Georgia governor', 'Georgia’s governor', 'governor of Georgia', 'Georgia Senate', 'Georgia senator',
        'Georgia senators', 'Georgia Republicans', 'Georgia Democrats', 'Georgia voters', 'state of Georgia',
        'Georgia Tech', 'University of Georgia', 'Georgia Bulldogs', 'Brian Kemp', 'Raphael Warnock', 'Jon Ossoff',
        'Stacey Abrams',
      ],
    },
  ],
  // Common given names: "Jordan Bardella", "Michael Jordan", "Chad Smith".
  'country:jo': [{ alias: 'Jordan', notBeforeName: true, notAfterName: true }],
  'country:td': [{ alias: 'Chad', notBeforeName: true, notAfterName: true }],
  // Also a given name ("Stanley Johnson") and a trophy ("Stanley Cup").
  'place:stanley': [{ alias: 'Stanley', notBeforeName: true, notAfterName: true, otherSense: ['Stanley Cup'] }],
  'country:tr': [{ alias: 'Turkey', otherSense: ['Thanksgiving', 'roast turkey', 'Butterball'] }],
  // "Diet" opening a sentence is more often about food than about Japan's parliament.
  'org:jp-diet': [{ alias: 'Diet', notSentenceStart: true }],
};

/** The entities with their guards attached. */
export function withGuards(entities: readonly Entity[]): Entity[] {
  return entities.map((entity) => {
    const guards = ALIAS_GUARDS[entity.id];
    return guards ? { ...entity, guards: [...(entity.guards ?? []), ...guards] } : entity;
  });
}
