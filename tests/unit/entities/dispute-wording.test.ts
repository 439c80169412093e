import { describe, expect, it } from 'vitest';
import { DISPUTES } from '../../../lib/entities/data/disputes';
import { withPlainWording } from '../../../lib/entities/data/dispute-wording';
import { getGazetteer, recognise } from '../../../lib/entities';

const disputes = (text: string) =>
  recognise(text, getGazetteer())
    .filter((m) => m.kind === 'dispute')
    .map((m) => `${m.surface} → ${m.entityId}`);

describe('disputes named in plain words', () => {
  it('takes the whole phrase around a dispute’s place, under any party’s name for it', () => {
    expect(disputes('Talks stalled over the Kashmir issue again.')).toEqual(['Kashmir issue → dispute:kashmir']);
    expect(disputes('Seoul and Tokyo revived the row over Dokdo this week.')).toEqual(['row over Dokdo → dispute:takeshima-dokdo']);
    expect(disputes('Beijing raised the dispute over the Diaoyu Islands.')).toEqual(['dispute over the Diaoyu Islands → dispute:senkaku-diaoyu']);
    expect(disputes('The Essequibo dispute reached the court.')).toEqual(['Essequibo dispute → dispute:essequibo']);
  });

  it('names a two-party border dispute by its parties when it is their only one', () => {
    expect(disputes('Mediators returned to the border dispute between Eritrea and Ethiopia.')).toEqual([
      'border dispute between Eritrea and Ethiopia → dispute:badme',
    ]);
  });

  it('never takes a name another entity has, nor builds wording on a treaty or an abbreviation', () => {
    const kashmir = DISPUTES.find((e) => e.id === 'dispute:kashmir')!;
    const [worded] = withPlainWording([kashmir], [{ id: 'org:x', kind: 'organization', name: 'Kashmir row' }]);
    expect(worded!.aliases).not.toContain('Kashmir row');
    expect(worded!.aliases).toContain('row over Kashmir');
    expect(worded!.aliases!.some((a) => /IIOJK (dispute|issue)|Line of Control dispute/.test(a))).toBe(false);
  });
});
