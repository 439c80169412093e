import { gatherEvidence, judgeVerdict, LEAD_CHARACTERS } from '../article/verdict';
import { describeEntity, type EntityCard } from '../entities/describe';
import type { Gazetteer } from '../entities/gazetteer';
import { recogniseArticle } from '../entities/recognise-article';
import type { Entity, Mention } from '../entities/types';
import type { ClippingEntity, Verdict } from '../store/types';

/**
 * Everything a page needs to show and save an article's entities, from one recognition of its text:
 * the page highlights `mentions`, shows `cards`, and saves `entities` with the clipping — the same
 * mentions the reader saw.
 */
export interface TextAnalysis {
  /** Mentions in the text the page sent (its offsets). */
  mentions: Mention[];
  /** The hover card of each entity mentioned, as of the article's date. */
  cards: EntityCard[];
  /** Entities with their counts, most mentioned first (what a clipping stores). */
  entities: ClippingEntity[];
  verdict: Exclude<Verdict, 'none'>;
}

export interface AnalyseTextOptions {
  /** The article's publication date (ISO); cards say what people were then. Today when absent. */
  publishedAt?: string | null;
  now?: () => Date;
}

/** Entities of a text with their counts, most mentioned first; weak mentions count only if nothing else names the entity. */
export function summariseEntities(mentions: readonly Mention[], gazetteer: Pick<Gazetteer, 'get'>): ClippingEntity[] {
  const counts = new Map<string, ClippingEntity>();
  for (const mention of mentions) {
    if (mention.weak) continue;
    const entity = gazetteer.get(mention.entityId);
    if (!entity) continue;
    const entry = counts.get(entity.id) ?? { id: entity.id, kind: entity.kind, name: entity.name, count: 0 };
    entry.count++;
    counts.set(entity.id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The gazetteer with this article's own discovered entities in front: they exist for this text only. */
function withDiscovered(gazetteer: Gazetteer, discovered: readonly Entity[]): Gazetteer {
  if (discovered.length === 0) return gazetteer;
  const byId = new Map(discovered.map((entity) => [entity.id, entity]));
  // A view, never a change to the shared gazetteer: another article must not see these entities.
  return Object.create(gazetteer, { get: { value: (id: string) => byId.get(id) ?? gazetteer.get(id) } }) as Gazetteer;
}

/**
 * Recognises an article's text once and derives what the page shows from it: mentions, cards at the
 * article's date, the entity summary and the verdict. Pure: the gazetteer is a parameter.
 */
export function analyseText(text: string, gazetteer: Gazetteer, options: AnalyseTextOptions = {}): TextAnalysis {
  const publishedAt = options.publishedAt ?? null;
  const { mentions, discovered } = recogniseArticle(text, gazetteer, { publishedAt });
  const lookup = withDiscovered(gazetteer, discovered);
  const leadEnd = Math.min(text.length, LEAD_CHARACTERS);
  const lead = gatherEvidence(text.slice(0, leadEnd), mentions.filter((m) => m.end <= leadEnd), lookup);
  const verdict = judgeVerdict(gatherEvidence(text, mentions, lookup), lead);
  const asOf = publishedAt?.slice(0, 10) || (options.now?.() ?? new Date()).toISOString().slice(0, 10);
  const cards: EntityCard[] = [];
  const seen = new Set<string>();
  for (const mention of mentions) {
    if (mention.weak || seen.has(mention.entityId)) continue;
    seen.add(mention.entityId);
    const entity = lookup.get(mention.entityId);
    if (entity) cards.push(describeEntity(entity, lookup, asOf));
  }
  return { mentions, cards, entities: summariseEntities(mentions, lookup), verdict };
}

/** `analyseText` in this context, in the shape the page asks the background for it (tests and tools use it). */
export function recogniseWith(gazetteer: () => Gazetteer): (text: string, publishedAt: string | null) => Promise<TextAnalysis> {
  return async (text, publishedAt) => analyseText(text, gazetteer(), { publishedAt });
}
