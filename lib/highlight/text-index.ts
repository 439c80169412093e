import { forEachTextNode } from '../article/blocks';

/**
 * The article text as Diplomark reads it from live blocks (white space collapsed, blocks separated by
 * a blank line), with a map from each character back to the text node and offset it came from.
 */
export interface TextIndex {
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, or -1 for characters Diplomark added. */
  nodeOf: Int32Array;
  /** For each character of `text`: offset within its node. */
  offsetOf: Int32Array;
  /** Start offset of each block in `text`. */
  blockStarts: number[];
}

const BLOCK_SEPARATOR = '\n\n';

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 160;
}

/** Indexes the text of `blocks`, in order. Linear in the text length. */
export function indexBlocks(blocks: readonly Element[]): TextIndex {
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const nodes: Text[] = [];
  const blockStarts: number[] = [];

  for (const block of blocks) {
    if (chars.length > 0) {
      for (const ch of BLOCK_SEPARATOR) {
        chars.push(ch);
        nodeOf.push(-1);
        offsetOf.push(0);
      }
    }
    blockStarts.push(chars.length);
    const blockStart = chars.length;
    let pendingSpace: { node: number; offset: number } | null = null;
    forEachTextNode(block, (node) => {
      const nodeIndex = nodes.push(node) - 1;
      const data = node.data;
      for (let i = 0; i < data.length; i++) {
        if (isSpace(data.charCodeAt(i))) {
          if (chars.length > blockStart && !pendingSpace) pendingSpace = { node: nodeIndex, offset: i };
          continue;
        }
        if (pendingSpace) {
          chars.push(' ');
          nodeOf.push(pendingSpace.node);
          offsetOf.push(pendingSpace.offset);
          pendingSpace = null;
        }
        chars.push(data.charAt(i));
        nodeOf.push(nodeIndex);
        offsetOf.push(i);
      }
    });
  }
  return {
    text: chars.join(''),
    nodes,
    nodeOf: Int32Array.from(nodeOf),
    offsetOf: Int32Array.from(offsetOf),
    blockStarts,
  };
}

/** A piece of a text node: [start, end) within `node`. */
export interface NodeSlice {
  node: Text;
  start: number;
  end: number;
}

/**
 * The text-node slices covering [start, end) of the index text, in document order. Returns [] when
 * the range crosses a block boundary.
 */
export function slicesFor(index: TextIndex, start: number, end: number): NodeSlice[] {
  const slices: NodeSlice[] = [];
  for (let i = start; i < end; i++) {
    const nodeIndex = index.nodeOf[i]!;
    if (nodeIndex === -1) return [];
    const offset = index.offsetOf[i]!;
    const last = slices.at(-1);
    const node = index.nodes[nodeIndex]!;
    if (last && last.node === node) last.end = offset + 1;
    else slices.push({ node, start: offset, end: offset + 1 });
  }
  return slices;
}
