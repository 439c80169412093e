// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ClippingText } from '../../../components/ClippingText';
import { highlightRanges, segmentText } from '../../../components/text-segments';
import { highlight } from '../../unit/export/sample';
import { clipping } from './fixtures';
import { mount } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const TEXT = 'Japan and South Korea met. The Dokdo row (Takeshima to Japan) went on.\n\nJapanese officials <b>spoke</b>.';
const entities = [
  { id: 'country:jp', kind: 'country' as const, name: 'Japan', count: 2 },
  { id: 'country:kr', kind: 'country' as const, name: 'South Korea', count: 1 },
  { id: 'dispute:takeshima-dokdo', kind: 'dispute' as const, name: 'Dokdo / Takeshima', count: 2 },
];

describe('segmentText', () => {
  it('marks entity names (whole words, either half of a dispute name) and keeps all the text', () => {
    const segments = segmentText(TEXT, [], entities);
    expect(segments.map((s) => s.text).join('')).toBe(TEXT);
    expect(segments.filter((s) => s.entity).map((s) => [s.text, s.entity?.id])).toEqual([
      ['Japan', 'country:jp'],
      ['South Korea', 'country:kr'],
      ['Dokdo', 'dispute:takeshima-dokdo'],
      ['Takeshima', 'dispute:takeshima-dokdo'],
      ['Japan', 'country:jp'],
    ]);
  });

  it('marks reader highlights by position, or by quote when the position drifted', () => {
    const h1 = highlight('h1', TEXT, 'South Korea met');
    const drifted = { ...highlight('h2', TEXT, 'went on'), selectors: [highlight('h2', TEXT, 'went on').selectors[0], { type: 'TextPositionSelector' as const, start: 0, end: 7 }] as const };
    const ranges = highlightRanges(TEXT, [h1, { ...drifted, selectors: [...drifted.selectors] as typeof h1.selectors }]);
    expect(ranges.map((r) => TEXT.slice(r.start, r.end))).toEqual(['South Korea met', 'went on']);
    const segments = segmentText(TEXT, [h1], entities);
    expect(segments.filter((s) => s.highlightId === 'h1').map((s) => s.text)).toEqual(['South Korea', ' met']);
  });
});

describe('ClippingText', () => {
  it('renders the text as text nodes with marks for entities and highlights', () => {
    const c = clipping('a', { text: TEXT, entities, highlights: [highlight('h1', TEXT, 'South Korea met')] });
    const mounted = mount(<ClippingText clipping={c} />);
    cleanup = mounted.unmount;
    const root = mounted.container;
    expect(root.textContent).toBe(TEXT);
    expect(root.querySelectorAll('b')).toHaveLength(0);
    expect(root.querySelector('mark[data-highlight="h1"]')?.textContent).toBe('South Korea met');
    expect(root.querySelector('mark [data-entity="country:kr"]')?.getAttribute('data-kind')).toBe('country');
    expect(root.querySelectorAll('[data-entity]')).toHaveLength(5);
  });
});
