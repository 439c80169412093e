// @vitest-environment happy-dom
// The page's Text nodes stay the page's: what a framework holds is never moved, merged or split away.
import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import { recognise } from '../../../lib/entities/recognise';
import type { Entity } from '../../../lib/entities/types';
import { repairPageEdits } from '../../../lib/highlight/guest-text';
import { highlightMentions, removeHighlights } from '../../../lib/highlight/highlight';
import { indexBlocks } from '../../../lib/highlight/text-index';
import { unwrapReaderHighlights, wrapReaderHighlights } from '../../../lib/anchoring/dom';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
] satisfies Entity[]);

/** A paragraph made the way React and Vue make one: several Text nodes side by side, held by the framework. */
function frameworkParagraph(...texts: string[]): { p: HTMLElement; nodes: Text[] } {
  document.body.innerHTML = '';
  const p = document.createElement('p');
  const nodes = texts.map((text) => document.createTextNode(text));
  p.append(...nodes);
  document.body.append(p);
  return { p, nodes };
}

function highlight(p: HTMLElement): Element[] {
  const index = indexBlocks([p]);
  return highlightMentions(index, recognise(index.text, gazetteer));
}

describe('highlighting a framework’s text nodes', () => {
  it('keeps every page Text node in its place (even one that starts with a name) and never merges them on removal', () => {
    const { p, nodes } = frameworkParagraph('Talks between ', 'Japan', ' and South Korea ended.');
    const marks = highlight(p);
    expect(marks.map((m) => m.textContent)).toEqual(['Japan', 'South Korea']);
    expect(nodes.every((node) => node.parentNode === p), 'each page node still a child of its paragraph').toBe(true);
    expect(nodes.map((node) => node.data)).toEqual(['Talks between ', '', ' and ']);
    expect(p.textContent).toBe('Talks between Japan and South Korea ended.');
    removeHighlights(document.body);
    expect([...p.childNodes], 'exactly the page’s nodes again, none merged').toEqual(nodes);
    expect(nodes.map((node) => node.data)).toEqual(['Talks between ', 'Japan', ' and South Korea ended.']);
  });

  it('the framework can still remove its Text node after highlighting (React’s removeChild)', () => {
    const { p, nodes } = frameworkParagraph('Japan', ' and South Korea');
    highlight(p);
    expect(() => p.removeChild(nodes[0]!)).not.toThrow();
  });

  it('reader highlights over entity highlights unwrap back to the page’s own nodes', () => {
    const { p, nodes } = frameworkParagraph('Envoys of ', 'Japan and South Korea met.');
    highlight(p);
    const index = indexBlocks([p]);
    wrapReaderHighlights(index, [{ id: 'a', start: 5, end: 22, hasNote: false }]);
    expect(p.textContent).toBe('Envoys of Japan and South Korea met.');
    unwrapReaderHighlights(document.body);
    removeHighlights(document.body);
    expect([...p.childNodes]).toEqual(nodes);
    expect(nodes.map((node) => node.data)).toEqual(['Envoys of ', 'Japan and South Korea met.']);
  });

  it('when the page writes into or takes out a node we split, our pieces go and its text stands as written', () => {
    const { p, nodes } = frameworkParagraph('Leaders of Japan and South Korea met.', ' Then Japan left.');
    highlight(p);
    nodes[0]!.data = 'Leaders of Japan met.';
    const records: MutationRecord[] = [{ type: 'characterData', target: nodes[0]!, removedNodes: [] as unknown as NodeList } as unknown as MutationRecord];
    expect(repairPageEdits(document, records)).toBe(true);
    expect(p.textContent).toBe('Leaders of Japan met. Then Japan left.');
    const next = nodes[1]!.nextSibling;
    p.removeChild(nodes[1]!);
    const removal = { type: 'childList', target: p, removedNodes: [nodes[1]!], nextSibling: next } as unknown as MutationRecord;
    expect(repairPageEdits(document, [removal])).toBe(true);
    expect(p.textContent, 'the removed node’s pieces went with it').toBe('Leaders of Japan met.');
    expect(nodes[1]!.data, 'and it holds its whole text, should the page put it back').toBe(' Then Japan left.');
  });
});
