import { foldForSearch } from '../insights/search';
import type { Clipping, ReaderHighlight, TextPositionSelector, TextQuoteSelector } from '../store/types';

export const WEB_ANNOTATION_MIME_TYPE = 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"';
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format: 'text/plain';
  language?: string;
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'tagging';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector?: [TextQuoteSelector, TextPositionSelector] } | { source: string };
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  partOf: string;
  startIndex: number;
  items: Annotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  first: AnnotationPage;
  last: string;
}

// Ids must be IRIs; Diplomark's ids are made safe for a URN by percent-encoding.
const urn = (kind: string, id: string) => `urn:diplomark:${kind}:${encodeURIComponent(id)}`;

function tag(value: string): TextualBody {
  return { type: 'TextualBody', value, purpose: 'tagging', format: 'text/plain' };
}

function comment(value: string, language: string): TextualBody {
  const body: TextualBody = { type: 'TextualBody', value, purpose: 'commenting', format: 'text/plain' };
  if (language) body.language = language;
  return body;
}

/** One annotation per clipping (the whole page): the reader's note, tags and every recognised entity as tags. */
function clippingAnnotation(clipping: Clipping): Annotation {
  const body = [
    ...(clipping.note ? [comment(clipping.note, '')] : []),
    ...clipping.tags.map(tag),
    ...clipping.entities.map((entity) => tag(entity.name)),
  ];
  return {
    id: urn('clipping', clipping.id),
    type: 'Annotation',
    motivation: clipping.note ? 'commenting' : 'tagging',
    created: clipping.savedAt,
    modified: clipping.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: { source: clipping.url },
  };
}

/** A reader highlight: its selectors, its note, and the entities whose names the passage contains as tags. */
function highlightAnnotation(clipping: Clipping, highlight: ReaderHighlight): Annotation {
  const [quote, position] = highlight.selectors;
  const passage = foldForSearch(quote.exact);
  const entityTags = clipping.entities.filter((entity) => passage.includes(foldForSearch(entity.name))).map((entity) => tag(entity.name));
  const body = [...(highlight.note ? [comment(highlight.note, '')] : []), ...entityTags];
  return {
    id: urn('highlight', highlight.id),
    type: 'Annotation',
    motivation: highlight.note ? 'commenting' : 'highlighting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: clipping.url,
      selector: [
        { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: position.start, end: position.end },
      ],
    },
  };
}

/**
 * Clippings as a W3C Web Annotation collection (JSON-LD): one embedded AnnotationPage holding, per
 * clipping, an annotation of the whole page followed by one per reader highlight.
 */
export function buildAnnotationCollection(clippings: readonly Clipping[], now: Date = new Date()): AnnotationCollection {
  const generated = now.toISOString();
  const id = urn('export', generated);
  const items = clippings.flatMap((clipping) => [
    clippingAnnotation(clipping),
    ...clipping.highlights.map((highlight) => highlightAnnotation(clipping, highlight)),
  ]);
  const pageId = `${id}:page:1`;
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Diplomark clippings',
    total: items.length,
    generator: { id: 'urn:diplomark:software', type: 'Software', name: 'Diplomark' },
    generated,
    first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: pageId,
  };
}

export function serializeAnnotations(clippings: readonly Clipping[], now: Date = new Date()): string {
  return `${JSON.stringify(buildAnnotationCollection(clippings, now), null, 2)}\n`;
}
