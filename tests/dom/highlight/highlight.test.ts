// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import type { Entity } from '../../../lib/entities/types';
import { leafBlocks } from '../../../lib/article/blocks';
import { highlightMentions, removeHighlights } from '../../../lib/highlight/highlight';
import { indexBlocks } from '../../../lib/highlight/text-index';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
  { id: 'place:seoul', kind: 'place', name: 'Seoul', country: 'country:kr' },
] satisfies Entity[]);

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function highlightAll(blocks: Element[]): Element[] {
  const index = indexBlocks(blocks);
  return highlightMentions(index, recognise(index.text, gazetteer));
}

describe('highlightMentions / removeHighlights', () => {
  it('wraps each mention with the entity and kind attributes and the exact page text', () => {
    const body = page('<p>Talks between  Japan and\n South\n  Korea in <b>Seoul</b>.</p>');
    const marks = highlightAll([body.querySelector('p')!]);
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-diplomark-entity'), m.getAttribute('data-diplomark-kind')])).toEqual([
      ['Japan', 'country:jp', 'country'],
      ['South\n  Korea', 'country:kr', 'country'],
      ['Seoul', 'place:seoul', 'place'],
    ]);
    expect(body.querySelector('p')!.textContent).toBe('Talks between  Japan and\n South\n  Korea in Seoul.');
  });

  it('splits a name that spans elements into one highlight per piece', () => {
    const body = page('<p>From South <i>Korea</i> today</p>');
    const marks = highlightAll([body.querySelector('p')!]);
    expect(marks.map((m) => m.textContent)).toEqual(['South', 'Korea']);
    expect(marks.every((m) => m.getAttribute('data-diplomark-entity') === 'country:kr')).toBe(true);
  });

  it('never touches editable regions, form fields, scripts or SVG and keeps table and list structure', () => {
    const body = page(`<table><tr><td>Japan</td><td>Seoul</td></tr></table>
      <ul><li>South Korea</li><li>Japan</li></ul>
      <div contenteditable="true">Japan here</div><textarea>Japan</textarea><input value="Japan">
      <svg><text>Japan</text></svg><script>var s = "Japan";</script>`);
    const before = body.innerHTML;
    const rows = body.querySelectorAll('tr').length;
    const cells = body.querySelectorAll('td').length;
    const items = body.querySelectorAll('li').length;
    highlightAll(leafBlocks(body));
    expect(body.querySelectorAll('[data-diplomark-entity]')).toHaveLength(4);
    expect([body.querySelectorAll('tr').length, body.querySelectorAll('td').length, body.querySelectorAll('li').length]).toEqual([rows, cells, items]);
    expect(body.querySelector('[contenteditable]')!.innerHTML).toBe('Japan here');
    expect((body.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Japan');
    expect((body.querySelector('input') as HTMLInputElement).value).toBe('Japan');
    expect(body.querySelector('svg')!.querySelector('[data-diplomark-entity]')).toBeNull();
    expect(body.querySelector('script')!.textContent).toBe('var s = "Japan";');
    removeHighlights(body);
    body.normalize();
    expect(body.innerHTML).toBe(before);
  });

  it('restores the original text nodes exactly after removal', () => {
    const body = page('<p>Japan, South Korea and Japan again in Seoul.</p>');
    const paragraph = body.querySelector('p')!;
    highlightAll([paragraph]);
    expect(paragraph.childNodes.length).toBeGreaterThan(1);
    removeHighlights(body);
    expect(paragraph.childNodes).toHaveLength(1);
    expect(paragraph.firstChild!.nodeValue).toBe('Japan, South Korea and Japan again in Seoul.');
  });

  it('keeps markup-looking page text as text', () => {
    const body = page('<p>&lt;img src=x onerror="window.__pwned=1"&gt; Japan</p>');
    highlightAll([body.querySelector('p')!]);
    expect(body.querySelector('img')).toBeNull();
    expect(body.querySelector('p')!.textContent).toBe('<img src=x onerror="window.__pwned=1"> Japan');
  });
});

describe('indexBlocks: lines the page breaks inside a block', () => {
  it('reads a paragraph inside a container and a <br> as the end of a line, not as a glued word', () => {
    const body = page('<div>GAZA CITY (AP) - Talks ended.<p>They met in Seoul.</p><p>Japan left.<br>South Korea stayed.</p></div>');
    const index = indexBlocks([body.querySelector('div')!]);
    expect(index.text).toBe('GAZA CITY (AP) - Talks ended.\nThey met in Seoul.\nJapan left.\nSouth Korea stayed.');
    // The line breaks are Diplomark's own characters; every other character maps back to the page.
    const added = [...index.nodeOf].flatMap((node, at) => (node === -1 ? [index.text.charAt(at)] : []));
    expect(added).toEqual(['\n', '\n', '\n']);
    expect(highlightMentions(index, recognise(index.text, gazetteer)).map((m) => m.textContent)).toEqual(['Seoul', 'Japan', 'South Korea']);
  });

  it('adds no line break before a block’s first words or after its last', () => {
    const body = page('<div><p>Japan</p></div><p><br>Seoul<br></p>');
    expect(indexBlocks([...body.children]).text).toBe('Japan\n\nSeoul');
  });
});
