import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, recognise } from '../../../lib/entities';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { isInitialsOf, naturalCase } from '../../../scripts/build-knowledge-base.mjs';

const file = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const OPEN_DATA: Entity[] = readFileSync(file('lib/entities/data/open-data.generated.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Entity);
const fromPhoenix = (name: string) => OPEN_DATA.find((e) => e.name === name && e.source?.startsWith('phoenix:'));

describe('NGOs, companies and media from the Phoenix international actors', () => {
  it('are in the open data in natural case, with the initials that are theirs', () => {
    expect(fromPhoenix('American Civil Liberties Union')).toMatchObject({ kind: 'organization', orgType: 'ngo', country: 'country:us', aliases: ['ACLU'] });
    expect(fromPhoenix('Catholic Agency for Overseas Development')).toMatchObject({ orgType: 'ngo', aliases: ['CAFOD'] });
    expect(fromPhoenix('BHP Billiton')).toMatchObject({ kind: 'organization', orgType: 'company', country: 'country:au' });
    expect(fromPhoenix('McDonald\u2019s') ?? fromPhoenix("McDonald's")).toMatchObject({ orgType: 'company' });
    expect(fromPhoenix('McClatchy')).toMatchObject({ orgType: 'media' });
  });

  it('leave out small companies, people, descriptions and bare abbreviations', () => {
    const names = new Set(OPEN_DATA.filter((e) => e.source?.startsWith('phoenix:')).map((e) => e.name));
    // A listed company worth $137 million; a spokesman; a man of the World Hindu Council; no name at all;
    // what a body is rather than which; a curated body's name cut short.
    const left = ['A.H. Belo Corporation', 'A.H. Belo', 'Robert Berzok', 'A.G. Kishore', 'Foreign Owned Vessel', 'Multi-National Corporation', 'Aapso', 'American'];
    left.push('Non Governmental Organization', 'International Human Rights Group', 'International Federation of Red Cross and Red Crescent');
    for (const absent of left) {
      expect(names.has(absent), absent).toBe(false);
    }
    const phoenixBodies = OPEN_DATA.filter((e) => e.kind === 'organization' && ['ngo', 'company', 'media'].includes(e.orgType ?? '') && e.source?.startsWith('phoenix:'));
    expect(phoenixBodies.length).toBeGreaterThan(1000);
    // Natural case: no name is a run of capitals, and none keeps the file's underscores.
    for (const body of phoenixBodies) expect(body.name, body.id).not.toMatch(/_|^[A-Z]{4,}( [A-Z]{4,})+$/);
  });

  it('write a name in natural case, keeping abbreviations in capitals and small words in lower case', () => {
    const english = (word: string) => ['oil', 'air', 'save', 'the', 'children'].includes(word);
    expect(naturalCase('AMNESTY_INTERNATIONAL_', english)).toBe('Amnesty International');
    expect(naturalCase('SAVE_THE_CHILDREN', english)).toBe('Save the Children');
    expect(naturalCase('BHP_BILLITON_', english)).toBe('BHP Billiton');
    expect(naturalCase('J.P._MORGAN_CHASE_', english)).toBe('J.P. Morgan Chase');
    expect(naturalCase("MOODY'S_INVESTORS_SERVICE_", english)).toBe("Moody's Investors Service");
    expect(naturalCase('HON_HAI_PRECISION_INDUSTRIES_', english)).toBe('Hon Hai Precision Industries');
    expect(naturalCase('ACTION_CONTRE_LA_FAIM_', english)).toBe('Action Contre la Faim');
    expect(naturalCase('ARMENIA_FUND_USA_', english)).toBe('Armenia Fund USA');
  });

  it('take an abbreviation as a name only when it is the initials of the name', () => {
    expect(isInitialsOf('ICRC', 'International Committee of the Red Cross')).toBe(true);
    expect(isInitialsOf('AAPSO', 'Afro Asian Peoples Solidarity Organization')).toBe(true);
    expect(isInitialsOf('MSF', 'Medical Aid Society')).toBe(false);
    expect(isInitialsOf('UNOCAL', 'Union Oil Company of California')).toBe(false);
  });
});

describe('names of NGOs, companies and media in running text', () => {
  const ENTITIES: Entity[] = [
    { id: 'org:save-the-children', kind: 'organization', name: 'Save the Children', orgType: 'ngo' },
    { id: 'org:general-electric', kind: 'organization', name: 'General Electric', orgType: 'company' },
    { id: 'org:wto', kind: 'organization', name: 'World Trade Organization', aliases: ['WTO'], orgType: 'intergovernmental' },
  ];
  const gazetteer = Gazetteer.compile(ENTITIES);
  const found = (text: string) => recognise(text, gazetteer).map((m) => m.surface);

  it('count only when written as a name', () => {
    expect(found('Save the Children said aid was blocked.')).toEqual(['Save the Children']);
    expect(found('A campaign to save the children of Gaza.')).toEqual([]);
    expect(found('General Electric won the turbine contract.')).toEqual(['General Electric']);
    expect(found('The general electric grid failed.')).toEqual([]);
  });

  it('leave the case rule of other bodies as it was', () => {
    expect(found('the world trade organization ruled')).toEqual(['world trade organization']);
  });

  it('hold in the knowledge base the extension ships', async () => {
    const base = await loadGazetteer();
    const ids = (text: string) => recognise(text, base).filter((m) => m.kind === 'organization').map((m) => m.entityId);
    expect(ids('The American Civil Liberties Union sued, and BHP Billiton paid.')).toEqual(
      expect.arrayContaining(['org:american-civil-liberties-union', 'org:bhp-billiton']),
    );
    expect(ids('the american civil liberties union sued')).toEqual([]);
    expect(ids('Save the Children said aid was blocked.')).toEqual(['org:save-the-children']);
    expect(ids('They came to save the children.')).toEqual([]);
  });
});
