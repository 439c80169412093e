// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, forEachTextNode, textLength } from '../../../lib/article/blocks';

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

describe('reading a block’s text', () => {
  it('visits the article text in document order, skipping code, form fields, SVG, our UI and editable regions', () => {
    const doc = parse(`<div id="block">One <b>two <i>three</i></b><script>skip()</script><style>p{}</style>
      <button>Skip</button><svg><text>skip</text></svg><diplomark-ui>skip</diplomark-ui>
      <span contenteditable="true">skip</span><span contenteditable>skip</span><span contenteditable="false">four</span> five</div>`);
    const seen: string[] = [];
    forEachTextNode(doc.getElementById('block')!, (node) => seen.push(node.data));
    expect(seen.map((text) => text.trim()).filter(Boolean)).toEqual(['One', 'two', 'three', 'four', 'five']);
    expect(blockText(doc.getElementById('block')!)).toBe('One two three four five');
  });

  it('reads nothing of a block inside a region that is not text, and nothing of an empty one', () => {
    const doc = parse('<div contenteditable="true"><p id="inside">Draft</p></div><p id="empty"></p>');
    expect(blockText(doc.getElementById('inside')!)).toBe('');
    expect(blockText(doc.getElementById('empty')!)).toBe('');
  });

  it('counts the text under a node as textContent does', () => {
    const doc = parse('<p>Seoul <b>and</b> Tokyo</p><script>var x = 1;</script><ul><li>One</li><li>Two</li></ul>');
    expect(textLength(doc.body)).toBe(doc.body.textContent!.length);
    expect(textLength(doc.querySelector('ul')!)).toBe('OneTwo'.length);
  });
});
