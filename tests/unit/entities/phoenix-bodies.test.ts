import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import type { Entity } from '../../../lib/entities/types';

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
});
