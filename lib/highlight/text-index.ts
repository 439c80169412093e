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

/** Grows the index one block at a time: characters into typed arrays, text as runs of words. */
class IndexBuilder {
  private readonly pieces: string[] = [];
  private readonly blockTexts: string[] = [];
  private nodeOf: Int32Array;
  private offsetOf: Int32Array;
  private length = 0;
  private readonly nodes: Text[] = [];
  private readonly blockStarts: number[] = [];

  /** `expectedLength`: about how long the text will be, so a long article's maps are made once, not grown and copied. */
  constructor(expectedLength = 0) {
    const size = Math.max(4096, expectedLength);
    this.nodeOf = new Int32Array(size);
    this.offsetOf = new Int32Array(size);
  }

  /** Makes room for `more` entries in the character maps. */
  private reserve(more: number): void {
    if (this.length + more <= this.nodeOf.length) return;
    const size = Math.max(this.nodeOf.length * 2, this.length + more);
    const nodeOf = new Int32Array(size);
    nodeOf.set(this.nodeOf.subarray(0, this.length));
    this.nodeOf = nodeOf;
    const offsetOf = new Int32Array(size);
    offsetOf.set(this.offsetOf.subarray(0, this.length));
    this.offsetOf = offsetOf;
  }

  private push(node: number, offset: number): void {
    this.reserve(1);
    this.nodeOf[this.length] = node;
    this.offsetOf[this.length] = offset;
    this.length++;
  }

  addBlock(block: Element): void {
    // Each block's words are joined as it is read, so the last step joins blocks, not every word of a long article.
    if (this.pieces.length > 0) this.blockTexts.push(this.pieces.splice(0).join(''));
    if (this.length > 0) {
      this.pieces.push(BLOCK_SEPARATOR);
      for (let i = 0; i < BLOCK_SEPARATOR.length; i++) this.push(-1, 0);
    }
    this.blockStarts.push(this.length);
    const blockStart = this.length;
    let pendingNode = -1;
    let pendingOffset = 0;
    // A line the page breaks inside the block (a <br>, a paragraph inside a container): one newline,
    // which recognition reads as the end of a line, where a name cannot run on.
    let pendingLineBreak = false;
    const lineBreak = (): void => {
      pendingLineBreak = this.length > blockStart;
    };
    const visitText = (node: Text): void => {
      const nodeIndex = this.nodes.push(node) - 1;
      const data = node.data;
      // At most one entry per character of the node, and one for a space carried over from the node before:
      // room for all of them at once, not per character.
      this.reserve(data.length + 1);
      const { nodeOf, offsetOf } = this;
      let i = 0;
      while (i < data.length) {
        if (isSpace(data.charCodeAt(i))) {
          if (this.length > blockStart && pendingNode === -1) {
            pendingNode = nodeIndex;
            pendingOffset = i;
          }
          i++;
          continue;
        }
        if (pendingLineBreak) {
          this.pieces.push('\n');
          nodeOf[this.length] = -1;
          offsetOf[this.length++] = 0;
          pendingLineBreak = false;
          pendingNode = -1;
        } else if (pendingNode !== -1) {
          this.pieces.push(' ');
          nodeOf[this.length] = pendingNode;
          offsetOf[this.length++] = pendingOffset;
          pendingNode = -1;
        }
        let j = i;
        while (j < data.length && !isSpace(data.charCodeAt(j))) {
          nodeOf[this.length] = nodeIndex;
          offsetOf[this.length++] = j++;
        }
        this.pieces.push(data.slice(i, j));
        i = j;
      }
    };
    forEachTextNode(block, visitText, lineBreak);
  }

  finish(): TextIndex {
    this.blockTexts.push(this.pieces.join(''));
    return {
      text: this.blockTexts.join(''),
      nodes: this.nodes,
      // Views, not copies: a long article's arrays hold millions of entries.
      nodeOf: this.nodeOf.subarray(0, this.length),
      offsetOf: this.offsetOf.subarray(0, this.length),
      blockStarts: this.blockStarts,
    };
  }
}

/** Indexes the text of `blocks`, in order. Linear in the text length. */
export function indexBlocks(blocks: readonly Element[]): TextIndex {
  const builder = new IndexBuilder();
  for (const block of blocks) builder.addBlock(block);
  return builder.finish();
}

/** Above this many blocks, the index's last step (joining its text) starts a task of its own. */
const LONG_INDEX_BLOCKS = 300;

/**
 * `indexBlocks` with `pause()` called between blocks, so a long article is indexed in time slices.
 * `expectedLength` (about how long the text will be, such as the extracted article's) saves growing the
 * character maps; a text that turns out longer still fits.
 */
export async function indexBlocksInSlices(blocks: readonly Element[], pause: (force?: boolean) => Promise<void>, expectedLength = 0): Promise<TextIndex> {
  const builder = new IndexBuilder(expectedLength);
  for (const block of blocks) {
    await pause();
    builder.addBlock(block);
  }
  // Joining a long article's text is a step of its own (200,000 words: tens of milliseconds).
  await pause(blocks.length > LONG_INDEX_BLOCKS);
  return builder.finish();
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
