import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recogniseArticle } from '../../../lib/entities/recognise-article';
import { isDispute, type DisputeEntity, type Entity } from '../../../lib/entities/types';

const ENTITIES: Entity[] = [
  { id: 'country:sd', kind: 'country', name: 'Sudan', weakAliases: ['Sudanese'] },
  { id: 'country:ss', kind: 'country', name: 'South Sudan', weakAliases: ['South Sudanese'] },
  { id: 'country:ke', kind: 'country', name: 'Kenya', weakAliases: ['Kenyan'] },
  { id: 'country:tz', kind: 'country', name: 'Tanzania', weakAliases: ['Tanzanian'] },
  { id: 'country:iq', kind: 'country', name: 'Iraq', weakAliases: ['Iraqi'] },
  { id: 'country:us', kind: 'country', name: 'United States', aliases: ['U.S.'] },
  { id: 'place:heglig', kind: 'place', name: 'Heglig', country: 'country:sd' },
  { id: 'place:mosul', kind: 'place', name: 'Mosul', country: 'country:iq' },
  { id: 'place:lake-victoria', kind: 'place', name: 'Lake Victoria' },
  {
    id: 'dispute:kashmir', kind: 'dispute', name: 'Kashmir', aliases: ['Kashmir issue'], parties: ['country:in', 'country:pk'],
    category: 'territorial', names: [], summary: 'Kashmir.',
  } as DisputeEntity,
  {
    id: 'dispute:abyei', kind: 'dispute', name: 'Abyei', parties: ['country:sd', 'country:ss'], category: 'territorial', names: [], summary: 'Abyei.',
    triggers: ['border dispute'],
  } as DisputeEntity,
];

function read(text: string) {
  const { mentions, discovered } = recogniseArticle(text, Gazetteer.compile(ENTITIES));
  return {
    found: mentions.filter((m) => !m.weak).map((m) => `${m.surface}=${m.entityId}`),
    disputes: new Map(discovered.filter(isDispute).map((e) => [e.id, e])),
  };
}

describe('disputes the knowledge base lacks, read from a known name and a head noun', () => {
  it('reads "the" and a known place before a dispute head as a dispute, kept in the run with its country', () => {
    const { found, disputes } = read('Troops withdrew over the Heglig dispute, and Baghdad raised the Mosul question again.');
    expect(found).toEqual(['Heglig dispute=dispute:heglig-dispute', 'Mosul question=dispute:mosul-question']);
    const heglig = disputes.get('dispute:heglig-dispute')!;
    expect(heglig).toMatchObject({ name: 'Heglig dispute', parties: ['country:sd'], category: 'territorial', readFromText: 'the Heglig dispute' });
    expect(heglig.summary).toMatch(/not in Diplomark’s reference list/);
  });

  it('takes a qualifier into the name and its category, and a place of several words', () => {
    const { found, disputes } = read('Fishermen are caught in the Lake Victoria maritime dispute.');
    expect(found).toEqual(['Lake Victoria maritime dispute=dispute:lake-victoria-maritime-dispute']);
    expect(disputes.get('dispute:lake-victoria-maritime-dispute')?.category).toBe('maritime');
  });

  it('after a country, reads only heads that cannot describe the country itself', () => {
    expect(read('Analysts revisited the Iraq conflict.').found).toEqual(['Iraq conflict=dispute:iraq-conflict']);
    expect(read('Analysts revisited the Iraq issue.').found).toEqual(['Iraq=country:iq']);
  });

  it('never reads a head alone, a capitalised head, a name without "the" or a name the knowledge base words itself', () => {
    expect(read('The dispute dragged on for years.').found).toEqual([]);
    expect(read('Veterans of the Mosul War met.').found).toEqual(['Mosul=place:mosul']);
    expect(read('Mosul dispute resolution stalled.').found).toEqual(['Mosul=place:mosul']);
    expect(read('Delhi raised the Kashmir issue.').found).toEqual(['Kashmir issue=dispute:kashmir']);
  });

  it('reads a border dispute named by two countries the knowledge base has none between, leaving them their mentions', () => {
    const { found, disputes } = read('Talks on the border dispute between Kenya and Tanzania resumed.');
    expect(found).toEqual(['border dispute=dispute:kenya-tanzania-border-dispute', 'Kenya=country:ke', 'Tanzania=country:tz']);
    expect(disputes.get('dispute:kenya-tanzania-border-dispute')).toMatchObject({
      name: 'Kenya–Tanzania border dispute',
      parties: ['country:ke', 'country:tz'],
      category: 'territorial',
      readFromText: 'border dispute between Kenya and Tanzania',
    });
  });

  it('reads the pair written with a hyphen before the head as the same dispute, the countries keeping their mentions', () => {
    expect(read('The Kenya-Tanzania border dispute flared again.').found).toEqual([
      'Kenya=country:ke',
      'Tanzania=country:tz',
      'border dispute=dispute:kenya-tanzania-border-dispute',
    ]);
    // Demonyms are no mentions of their own: the phrase is the dispute's.
    expect(read('The Kenyan-Tanzanian border dispute flared again.').found).toEqual(['Kenyan-Tanzanian border dispute=dispute:kenya-tanzania-border-dispute']);
    // One country twice, or a pair before a bare head, is no dispute of two.
    expect(read('The Kenya-Kenya border dispute flared.').found).toEqual(['Kenya=country:ke', 'Kenya=country:ke']);
    expect(read('The Kenya-Tanzania dispute flared.').found).toEqual(['Kenya=country:ke', 'Tanzania=country:tz']);
  });

  it('leaves a pair the knowledge base has a dispute of that category between to its generic phrase', () => {
    expect(read('Talks on the border dispute between Sudan and South Sudan resumed.').found).toEqual([
      'border dispute=dispute:abyei',
      'Sudan=country:sd',
      'South Sudan=country:ss',
    ]);
  });

  it('reads no pair from a bare head, one country, or something other than a country', () => {
    expect(read('The dispute between Kenya and Tanzania eased.').found).toEqual(['Kenya=country:ke', 'Tanzania=country:tz']);
    expect(read('The border dispute between Kenya and its neighbours eased.').found).toEqual(['Kenya=country:ke']);
    expect(read('The border dispute between Kenya and Kenya eased.').found).toEqual(['Kenya=country:ke', 'Kenya=country:ke']);
  });
});
