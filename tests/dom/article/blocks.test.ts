// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText, forEachTextNode, leafBlocks, leafBlocksInSlices, textLength } from '../../../lib/article/blocks';

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

  it('finds the same leaf blocks in slices as at once, letting the page in as it goes', async () => {
    const items = Array.from({ length: 150 }, (_, i) => `<li>Point ${i}</li>`).join('');
    const doc = parse(`<article><div><p>Lead</p><ul>${items}</ul></div><aside><p>Related</p></aside><section><h2>More</h2><p>End</p></section></article>`);
    const root = doc.querySelector('article')!;
    const skip = (element: Element) => element.closest('aside') !== null;
    let pauses = 0;
    const sliced = await leafBlocksInSlices(root, skip, async () => void pauses++);
    expect(sliced).toEqual(leafBlocks(root, skip));
    expect(sliced.map((block) => block.textContent)).toEqual(['Lead', ...Array.from({ length: 150 }, (_, i) => `Point ${i}`), 'More', 'End']);
    expect(pauses).toBeGreaterThan(2);
  });
});
