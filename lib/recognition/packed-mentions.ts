import type { EntityKind, Mention } from '../entities/types';
import { ENTITY_KINDS } from '../entities/types';

/**
 * Mentions as they travel from the background to the page: numbers in one flat array and each entity id
 * once. A long article's tens of thousands of mention objects, each with its id, kind and surface as
 * strings, took the page a long task to read out of the message; this takes a fraction of it. The
 * surface is not sent: it is the page's own text at the mention's offsets.
 */
export interface PackedMentions {
  /** Entity ids, each once, in order of first mention. */
  ids: string[];
  /** Per mention, five numbers: start, end, index into `ids`, index into ENTITY_KINDS, 1 when weak else 0. */
  fields: number[];
  /** The title written before a person's name, by mention number, for the few mentions that have one. */
  titles: [number, string][];
}

const FIELDS = 5;

/** Packs mentions for the message (lib/recognition/recognition-handler.ts). */
export function packMentions(mentions: readonly Mention[]): PackedMentions {
  const idIndex = new Map<string, number>();
  const ids: string[] = [];
  const fields: number[] = new Array<number>(mentions.length * FIELDS);
  const titles: [number, string][] = [];
  mentions.forEach((mention, m) => {
    let id = idIndex.get(mention.entityId);
    if (id === undefined) {
      id = ids.push(mention.entityId) - 1;
      idIndex.set(mention.entityId, id);
    }
    const at = m * FIELDS;
    fields[at] = mention.start;
    fields[at + 1] = mention.end;
    fields[at + 2] = id;
    fields[at + 3] = ENTITY_KINDS.indexOf(mention.kind);
    fields[at + 4] = mention.weak ? 1 : 0;
    if (mention.title) titles.push([m, mention.title]);
  });
  return { ids, fields, titles };
}

/**
 * The mentions back, on the page, for the `text` it sent. Throws on a message that is not packed
 * mentions of that text (offsets outside it, unknown entity or kind): nothing half-read is highlighted.
 */
export function unpackMentions(packed: PackedMentions, text: string): Mention[] {
  const { ids, fields, titles } = packed;
  if (!Array.isArray(ids) || !Array.isArray(fields) || !Array.isArray(titles) || fields.length % FIELDS !== 0) {
    throw new Error('Diplomark: the recognition answer is not packed mentions');
  }
  const mentions: Mention[] = new Array<Mention>(fields.length / FIELDS);
  for (let m = 0, at = 0; at < fields.length; m++, at += FIELDS) {
    const start = fields[at]!;
    const end = fields[at + 1]!;
    const entityId = ids[fields[at + 2]!];
    const kind: EntityKind | undefined = ENTITY_KINDS[fields[at + 3]!];
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length) || typeof entityId !== 'string' || !kind) {
      throw new Error('Diplomark: the recognition answer names a mention outside the text');
    }
    const mention: Mention = { start, end, entityId, kind, surface: text.slice(start, end) };
    if (fields[at + 4] === 1) mention.weak = true;
    mentions[m] = mention;
  }
  for (const [m, title] of titles) {
    const mention = mentions[m];
    if (mention && typeof title === 'string') mention.title = title;
  }
  return mentions;
}
