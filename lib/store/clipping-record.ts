import type { Clipping, ClippingDraft } from './types';

export type ReaderFields = Pick<Clipping, 'id' | 'savedAt' | 'updatedAt' | 'highlights' | 'note' | 'tags'>;

/**
 * The stored clipping for a draft plus the reader's own fields. Copies the known fields only, so
 * nothing unexpected on the draft is ever stored; key order follows docs/export-format.md. Derived
 * fields (entityIds, unique disputes) are computed here, so no caller can make them disagree.
 */
export function clippingFromDraft(draft: ClippingDraft, reader: ReaderFields): Clipping {
  const entities = draft.entities.map(({ id, kind, name, count }) => ({ id, kind, name, count }));
  return {
    id: reader.id,
    url: draft.url,
    canonicalUrl: draft.canonicalUrl,
    title: draft.title,
    site: draft.site,
    byline: draft.byline,
    publishedAt: draft.publishedAt,
    ...(draft.modifiedAt !== undefined ? { modifiedAt: draft.modifiedAt } : {}),
    ...(draft.section ? { section: draft.section } : {}),
    savedAt: reader.savedAt,
    updatedAt: reader.updatedAt,
    language: draft.language,
    verdict: draft.verdict,
    excerpt: draft.excerpt,
    text: draft.text,
    entities,
    entityIds: [...new Set(entities.map((entity) => entity.id))],
    disputes: [...new Set(draft.disputes)],
    highlights: reader.highlights,
    note: reader.note,
    tags: reader.tags,
  };
}
