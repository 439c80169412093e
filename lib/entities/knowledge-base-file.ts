import { Gazetteer, type GazetteerArrays } from './gazetteer';
import { shipEntity, type EntityRows } from './entity-table';
import type { Entity } from './types';

/**
 * The knowledge base as one binary file, opened where recognition runs. The extension ships it
 * gzip-compressed (public/knowledge-base.bin.gz, `inflateKnowledgeBase`).
 *
 *   bytes 0–3   "DMKB"
 *   bytes 4–7   format version (little-endian u32)
 *   bytes 8–11  header length in bytes
 *   header      JSON: counts and, per section, [byte offset, element count]
 *   sections    typed arrays (little-endian), each at a multiple of 4 bytes
 *
 * Opening takes views on the sections — no copy and no JSON.parse of the entities: each entity's
 * JSON row is decoded when a text first names it, and an entity the text has not named (a card's
 * country) is found by a binary search over its id, through the entities in id order (`idOrder`).
 */
const MAGIC = 'DMKB';
const VERSION = 2;

type SectionType = 'u8' | 'u16' | 'i32' | 'u32';
const SECTIONS: Record<string, SectionType> = {
  codes: 'u16',
  childCounts: 'u16',
  blockStarts: 'i32',
  terminalStates: 'i32',
  patternLengths: 'u16',
  records: 'i32',
  recordsAt: 'i32',
  entityBefore: 'i32',
  titles: 'i32',
  rowEnds: 'u32',
  rows: 'u8',
  idEnds: 'u32',
  ids: 'u8',
  idOrder: 'u32',
};

interface Header {
  entityCount: number;
  recordCount: number;
  sections: Record<string, [offset: number, length: number]>;
}

const BYTES: Record<SectionType, number> = { u8: 1, u16: 2, i32: 4, u32: 4 };

function view(buffer: ArrayBuffer, type: SectionType, offset: number, length: number) {
  switch (type) {
    case 'u8':
      return new Uint8Array(buffer, offset, length);
    case 'u16':
      return new Uint16Array(buffer, offset, length);
    case 'i32':
      return new Int32Array(buffer, offset, length);
    case 'u32':
      return new Uint32Array(buffer, offset, length);
  }
}

/** Texts one after another as UTF-8, with where each ends. */
function utf8Blob(texts: readonly string[]): { ends: Uint32Array; bytes: Uint8Array } {
  const encoder = new TextEncoder();
  const parts = texts.map((text) => encoder.encode(text));
  const ends = new Uint32Array(parts.length);
  let total = 0;
  parts.forEach((part, i) => (ends[i] = total += part.length));
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { ends, bytes };
}

/** Compiles `entities` (curated first, then open data) into the knowledge base's binary file. */
export function writeKnowledgeBase(entities: readonly Entity[]): Uint8Array {
  const arrays = Gazetteer.compile(entities).toArrays(entities);
  const rows = utf8Blob(entities.map((entity) => JSON.stringify(shipEntity(entity))));
  const notAscii = entities.find((entity) => !/^[\x20-\x7e]+$/.test(entity.id));
  if (notAscii) throw new Error(`knowledge base: id ${JSON.stringify(notAscii.id)} is not plain ASCII`);
  const ids = utf8Blob(entities.map((entity) => entity.id));
  // Ids are ASCII slugs: ordering them as strings orders their bytes, as the binary search reads them.
  const idOrder = Uint32Array.from(entities.keys()).sort((a, b) => (entities[a]!.id < entities[b]!.id ? -1 : entities[a]!.id > entities[b]!.id ? 1 : 0));
  const data: Record<string, ArrayLike<number> & { buffer: ArrayBufferLike; byteOffset: number; byteLength: number }> = {
    ...arrays.automaton,
    records: arrays.records,
    recordsAt: arrays.recordsAt,
    entityBefore: arrays.entityBefore,
    titles: arrays.titles,
    rowEnds: rows.ends,
    rows: rows.bytes,
    idEnds: ids.ends,
    ids: ids.bytes,
    idOrder,
  };
  // Lay the sections out after a header whose own length depends on their offsets: settle it in two passes.
  let headerLength = 0;
  let header: Header = { entityCount: entities.length, recordCount: arrays.recordCount, sections: {} };
  for (let pass = 0; pass < 3; pass++) {
    let at = align(12 + headerLength);
    header = { ...header, sections: {} };
    for (const name of Object.keys(SECTIONS)) {
      header.sections[name] = [at, data[name]!.length];
      at = align(at + data[name]!.byteLength);
    }
    const length = new TextEncoder().encode(JSON.stringify(header)).length;
    if (length === headerLength) break;
    headerLength = length;
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const last = Object.keys(SECTIONS).at(-1)!;
  const total = header.sections[last]![0] + data[last]!.byteLength;
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  const words = new DataView(out.buffer);
  words.setUint32(4, VERSION, true);
  words.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const name of Object.keys(SECTIONS)) {
    const section = data[name]!;
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), header.sections[name]![0]);
  }
  return out;
}

function align(at: number): number {
  return (at + 3) & ~3;
}

/** The id of entity `index` compared with `id` (ASCII), as bytes: negative when it sorts first. */
function compareId(ids: Uint8Array, idEnds: Uint32Array, index: number, id: string): number {
  const start = index === 0 ? 0 : idEnds[index - 1]!;
  const length = idEnds[index]! - start;
  const shared = Math.min(length, id.length);
  for (let i = 0; i < shared; i++) {
    const difference = ids[start + i]! - id.charCodeAt(i);
    if (difference !== 0) return difference;
  }
  return length - id.length;
}

/**
 * Rows of a binary file, decoded one at a time; an id is found by a binary search through the entities
 * in id order, so a background that has just opened the base builds no index of 32,000 ids for a card.
 */
function binaryRows(rowEnds: Uint32Array, rows: Uint8Array, idEnds: Uint32Array, ids: Uint8Array, idOrder: Uint32Array): EntityRows {
  const decoder = new TextDecoder();
  return {
    length: rowEnds.length,
    row: (index) => decoder.decode(rows.subarray(index === 0 ? 0 : rowEnds[index - 1]!, rowEnds[index]!)),
    indexOf(id) {
      let low = 0;
      let high = idOrder.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const order = compareId(ids, idEnds, idOrder[middle]!, id);
        if (order === 0) return idOrder[middle];
        if (order < 0) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    },
  };
}

/**
 * The packed bytes of the shipped, gzip-compressed file, inflated by the platform's own decoder as
 * they are read. The background reads the file each time the browser starts it again: a fifth of the
 * bytes to read, and inflating overlaps reading.
 */
export async function inflateKnowledgeBase(gzipped: ReadableStream<BufferSource>): Promise<ArrayBuffer> {
  try {
    return await new Response(gzipped.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
  } catch {
    throw new Error('knowledge base: the file is not gzip-compressed, or is cut short');
  }
}

/** Opens the knowledge base from its binary file's bytes. */
export function readKnowledgeBase(file: ArrayBuffer | Uint8Array): Gazetteer {
  // Typed-array views need their offsets aligned within one buffer: copy only if the bytes sit oddly.
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  const buffer = bytes.byteOffset % 4 === 0 ? bytes.buffer : bytes.slice().buffer;
  const base = bytes.byteOffset % 4 === 0 ? bytes.byteOffset : 0;
  const decoder = new TextDecoder();
  if (decoder.decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('knowledge base: not a Diplomark knowledge base file');
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (words.getUint32(4, true) !== VERSION) throw new Error('knowledge base: unknown format version');
  const header = JSON.parse(decoder.decode(bytes.subarray(12, 12 + words.getUint32(8, true)))) as Header;
  const section = (name: string) => {
    const place = header.sections[name];
    if (!place || place[0] + place[1] * BYTES[SECTIONS[name]!] > bytes.byteLength) throw new Error(`knowledge base: section ${name} is missing or cut short`);
    return view(buffer as ArrayBuffer, SECTIONS[name]!, base + place[0], place[1]);
  };
  const arrays: GazetteerArrays = {
    automaton: {
      codes: section('codes') as Uint16Array,
      childCounts: section('childCounts') as Uint16Array,
      blockStarts: section('blockStarts') as Int32Array,
      terminalStates: section('terminalStates') as Int32Array,
      patternLengths: section('patternLengths') as Uint16Array,
    },
    records: section('records') as Int32Array,
    recordsAt: section('recordsAt') as Int32Array,
    entityBefore: section('entityBefore') as Int32Array,
    recordCount: header.recordCount,
    titles: section('titles') as Int32Array,
  };
  const rowEnds = section('rowEnds') as Uint32Array;
  if (rowEnds.length !== header.entityCount) throw new Error('knowledge base: rows and entities disagree');
  const idEnds = section('idEnds') as Uint32Array;
  const idOrder = section('idOrder') as Uint32Array;
  if (idEnds.length !== header.entityCount || idOrder.length !== header.entityCount) throw new Error('knowledge base: ids and entities disagree');
  const rows = binaryRows(rowEnds, section('rows') as Uint8Array, idEnds, section('ids') as Uint8Array, idOrder);
  return Gazetteer.fromArrays(rows, arrays);
}
