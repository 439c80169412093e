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

  it('reads the generic phrase of a territorial or maritime dispute as the one dispute its named parties have', () => {
    expect(disputes('Japan and Russia have yet to settle their territorial dispute, Tokyo said.')).toEqual([
      'territorial dispute → dispute:kuril-islands',
    ]);
    // China and the Philippines dispute several features: the phrase names none of them.
    expect(disputes('China and the Philippines traded accusations in their territorial dispute.')).toEqual([]);
    // Without both parties in the article, it names nothing.
    expect(disputes('The two neighbours are locked in a territorial dispute.')).toEqual([]);
  });

  it('names a two-party dispute by its parties’ adjectives when it is their only one, leaving the countries their mentions', () => {
    expect(disputes('The Guyanese-Venezuelan territorial dispute flared.')).toEqual(['Guyanese-Venezuelan territorial dispute → dispute:essequibo']);
    expect(recognise('Talks on the territorial dispute between Guyana and Venezuela resumed.', getGazetteer()).map((m) => m.surface)).toEqual([
      'territorial dispute',
      'Guyana',
      'Venezuela',
    ]);
  });
});

describe('named features and boundaries', () => {
  it('knows a South China Sea feature under each claimant’s name', () => {
    expect(disputes('Manila said its troops landed on the Pag-asa Cays, which Beijing calls Tiexian Jiao.')).toEqual([
      'Pag-asa Cays → dispute:sandy-cay',
      'Tiexian Jiao → dispute:sandy-cay',
    ]);
    expect(disputes('Taipei reinforced the Dongsha Islands; Hanoi protested on Duncan Island, which China calls Chenhang Dao.')).toEqual([
      'Dongsha Islands → dispute:pratas-islands',
      'Duncan Island → dispute:duncan-island',
      'Chenhang Dao → dispute:duncan-island',
    ]);
  });
});

describe('wars and armed conflicts', () => {
  const mentions = (text: string) => recognise(text, getGazetteer()).map((m) => `${m.surface} → ${m.entityId}`);

  it('knows wars by their names and regional conflicts by the wording around their region', () => {
    expect(disputes('He fought in the Six-Day War and later in the Yom Kippur War.')).toEqual([
      'Six-Day War → dispute:six-day-war',
      'Yom Kippur War → dispute:yom-kippur-war',
    ]);
    expect(disputes('Aid groups warned that the conflict in Darfur was spreading into Chad.')).toEqual(['conflict in Darfur → dispute:darfur-conflict']);
    expect(disputes('Analysts compared it with the Syrian civil war.')).toEqual(['Syrian civil war → dispute:syrian-civil-war']);
  });

  it('leaves a country named inside a description of a war to the country', () => {
    expect(mentions('Troops returned from the war in Iraq and the war in Afghanistan.')).toEqual(['Iraq → country:iq', 'Afghanistan → country:af']);
  });
});
