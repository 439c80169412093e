import { describe, expect, it } from 'vitest';
import { foldTerm, foldText } from '../../../lib/entities/normalize';

describe('foldText', () => {
  it('folds case, diacritics, quotes, hyphens and white space', () => {
    expect(foldText('Türkiye’s  Erdoğan—“Yoon Suk-yeol”').folded).toBe(`turkiye's erdogan "yoon suk yeol"`);
  });

  it('maps every folded character back to its place in the original', () => {
    const text = '  Japan’s\n\nSouth  Korea';
    const { folded, origin } = foldText(text);
    const at = folded.indexOf('south korea');
    const start = origin[at]!;
    const end = origin[at + 'south korea'.length - 1]! + 1;
    expect(text.slice(start, end)).toBe('South  Korea');
    expect(origin[folded.length]).toBe(text.length);
  });

  it('keeps one character per folded character even for combining marks', () => {
    const text = 'Sa\u0303o Tome\u0301';
    const { folded, origin } = foldText(text);
    expect(folded).toBe('sao tome');
    expect(text.slice(origin[4]!, origin[7]! + 1)).toBe('Tome');
  });

  it('keeps Hangul syllables whole (only combining diacritics are stripped)', () => {
    expect(foldText('김정은 김정일 독도').folded).toBe('김정은 김정일 독도');
  });

  it('drops soft hyphens and zero-width characters inside words, keeping offsets into the original', () => {
    const text = 'Benjamin Neta\u00ADnyahu met Ali Kha\u200Bmenei\uFEFF.';
    const { folded, origin } = foldText(text);
    expect(folded).toBe('benjamin netanyahu met ali khamenei.');
    const at = folded.indexOf('netanyahu');
    expect(text.slice(origin[at]!, origin[at + 'netanyahu'.length - 1]! + 1)).toBe('Neta\u00ADnyahu');
    expect(foldTerm('Neta\u00ADnyahu')).toBe('netanyahu');
  });

  it('folds terms the same way as text', () => {
    expect(foldTerm('S.Korea')).toBe('s.korea');
    expect(foldTerm(' Moon  Jae-in ')).toBe('moon jae in');
  });
});

describe('foldTerm', () => {
  it('folds every gazetteer term exactly as page text is folded', async () => {
    const { ALL_ENTITIES } = await import('../../../lib/entities/data');
    const terms = ALL_ENTITIES.flatMap((e) => [e.name, ...(e.aliases ?? []), ...(e.native ?? []), ...(e.weakAliases ?? []), ...(e.triggers ?? [])]);
    terms.push('  Suk–yeol  ', 'Côte d’Ivoire', '\u00A0U.S.\t', '-', '');
    for (const term of terms) expect(foldTerm(term), term).toBe(foldText(term).folded.trim());
  });
});
