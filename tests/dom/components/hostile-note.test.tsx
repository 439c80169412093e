// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ClippingDetail } from '../../../components/ClippingDetail';
import { clipping } from './fixtures';
import { mount } from './render';

const SCRIPT_NOTE = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"><a href="javascript:alert(1)">x</a>';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  delete (window as { __pwned?: number }).__pwned;
});

function showNote(editable: boolean): HTMLElement {
  const hostile = clipping('n', {
    note: SCRIPT_NOTE,
    highlights: [
      {
        id: 'h-1',
        selectors: [
          { type: 'TextQuoteSelector', exact: 'First', prefix: '', suffix: ' paragraph' },
          { type: 'TextPositionSelector', start: 0, end: 5 },
        ],
        note: SCRIPT_NOTE,
        createdAt: '2024-03-06T10:00:00.000Z',
        updatedAt: '2024-03-06T10:00:00.000Z',
      },
    ],
  });
  const view = mount(
    <ClippingDetail clipping={hostile} locale="en" onOpen={() => {}} {...(editable ? { onSaveReaderFields: () => {}, onChangeHighlight: () => {} } : {})} />,
  );
  cleanup = view.unmount;
  return view.container;
}

describe('a <script> in a note is shown as text in the dashboard', () => {
  it.each([
    ['read-only', false],
    ['editable', true],
  ])('%s: no script, image or link element, nothing runs, the words are there', (_label, editable) => {
    const container = showNote(editable);
    expect(container.querySelectorAll('script, img, a[href^="javascript:"]')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    const shown = `${container.textContent ?? ''} ${[...container.querySelectorAll('textarea')].map((t) => t.value).join(' ')}`;
    expect(shown).toContain('<script>window.__pwned = 1</script>');
  });
});
