// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { READER_HIGHLIGHT_TAG, offsetsToRange, rangeToOffsets, unwrapReaderHighlights, wrapReaderHighlights } from '../../../lib/anchoring/dom';
import { indexBlocks } from '../../../lib/highlight/text-index';

function page(html: string): Element[] {
  document.body.innerHTML = html;
  return [...document.body.querySelectorAll('p')];
}

function textOf(marks: Element[]): string[] {
  return marks.map((m) => m.textContent ?? '');
}

describe('rangeToOffsets', () => {
  it('maps a selection inside and across blocks to offsets in the index text', () => {
    const blocks = page('<p>Japan and <b>South   Korea</b> met.</p><p>They agreed.</p>');
    const index = indexBlocks(blocks);
    const range = document.createRange();
    const bold = blocks[0]!.querySelector('b')!.firstChild as Text;
    range.setStart(bold, 0);
    range.setEnd(bold, 13);
    const inside = rangeToOffsets(index, range)!;
    expect(index.text.slice(inside.start, inside.end)).toBe('South Korea');

    range.setStart(bold, 8);
    range.setEnd(blocks[1]!.firstChild!, 4);
    const across = rangeToOffsets(index, range)!;
    expect(index.text.slice(across.start, across.end)).toBe('Korea met.\n\nThey');
  });

  it('offsetsToRange is its inverse, across blocks and after the page was re-wrapped', () => {
    const blocks = page('<p>Japan and <b>South   Korea</b> met.</p><p>They agreed.</p>');
    let index = indexBlocks(blocks);
    const start = index.text.indexOf('Korea');
    const end = index.text.indexOf(' agreed');
    wrapReaderHighlights(index, [{ id: 'x', start: 0, end: 5, hasNote: false }]);
    index = indexBlocks(blocks);
    const range = offsetsToRange(index, start, end)!;
    expect(range.toString()).toBe('Korea met.They');
    expect(rangeToOffsets(index, range)).toEqual({ start, end });
    expect(offsetsToRange(index, index.text.indexOf('\n'), index.text.indexOf('\n') + 2)).toBeNull();
  });

  it('returns null for a range outside the article', () => {
    const blocks = page('<p>Article text.</p><div id="x">Elsewhere</div>');
    const index = indexBlocks(blocks);
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('x')!);
    expect(rangeToOffsets(index, range)).toBeNull();
  });
});

describe('wrapReaderHighlights / unwrapReaderHighlights', () => {
  it('wraps a highlight across blocks and inline elements, marks the note on its last piece, and restores the page', () => {
    const html = '<p>Japan and <b>South Korea</b> met in Seoul.</p><p>They agreed to talk.</p>';
    const blocks = page(html);
    const index = indexBlocks(blocks);
    const start = index.text.indexOf('Korea');
    const end = index.text.indexOf(' to talk');
    const marks = wrapReaderHighlights(index, [{ id: 'h1', start, end, hasNote: true }]);
    expect(textOf(marks)).toEqual(['Korea', ' met in Seoul.', 'They agreed']);
    expect(marks.every((m) => m.tagName.toLowerCase() === READER_HIGHLIGHT_TAG && m.getAttribute('data-diplomark-note') === 'h1')).toBe(true);
    expect(marks.every((m) => !m.hasAttribute('data-diplomark-entity'))).toBe(true);
    expect(marks.map((m) => m.hasAttribute('data-diplomark-note-marker'))).toEqual([false, false, true]);
    expect(document.body.textContent).toBe('Japan and South Korea met in Seoul.They agreed to talk.');

    unwrapReaderHighlights(document.body);
    expect(document.body.innerHTML).toBe(html);
    expect(blocks[0]!.childNodes).toHaveLength(3);
  });

  it('splits overlapping highlights into pieces that name every highlight covering them', () => {
    const blocks = page('<p>one two three four</p>');
    const index = indexBlocks(blocks);
    const marks = wrapReaderHighlights(index, [
      { id: 'a', start: 0, end: 9, hasNote: false },
      { id: 'b', start: 4, end: 18, hasNote: false },
    ]);
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-diplomark-note')])).toEqual([
      ['one ', 'a'],
      ['two t', 'a b'],
      ['hree four', 'b'],
    ]);
  });
});
