import { describe, expect, it } from 'vitest';
import { ANNOTATION_CONTEXT, buildAnnotationCollection, serializeAnnotations } from '../../../lib/export/web-annotation';
import { sample } from './sample';

const NOW = new Date('2024-05-06T07:08:09.000Z');
const isIri = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\S+$/i.test(value);

// Required by the Web Annotation Data Model (W3C Recommendation, 2017): §3.1 Annotation (@context, id,
// type, target), §5.1 AnnotationCollection and §5.2 AnnotationPage (id, type; a page's items).
function modelErrors(doc: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (doc['@context'] !== ANNOTATION_CONTEXT) errors.push('collection @context');
  if (!isIri(doc.id) || doc.type !== 'AnnotationCollection') errors.push('collection id/type');
  const page = doc.first as Record<string, unknown>;
  if (!isIri(page.id) || page.type !== 'AnnotationPage' || !Array.isArray(page.items)) errors.push('page id/type/items');
  if (page.partOf !== doc.id) errors.push('page partOf');
  if (doc.total !== (page.items as unknown[]).length) errors.push('total');
  for (const annotation of page.items as Record<string, unknown>[]) {
    if (!isIri(annotation.id) || annotation.type !== 'Annotation') errors.push('annotation id/type');
    const target = annotation.target as Record<string, unknown> | undefined;
    if (!target || !isIri(target.source)) errors.push('annotation target');
    if (target?.selector) {
      const [quote, position] = target.selector as Record<string, unknown>[];
      if (quote?.type !== 'TextQuoteSelector' || typeof quote.exact !== 'string') errors.push('TextQuoteSelector');
      if (position?.type !== 'TextPositionSelector' || !Number.isInteger(position.start) || !Number.isInteger(position.end)) errors.push('TextPositionSelector');
    }
    for (const body of (annotation.body as Record<string, unknown>[] | undefined) ?? []) {
      if (body.type !== 'TextualBody' || typeof body.value !== 'string') errors.push('TextualBody');
    }
  }
  return errors;
}

describe('Web Annotation export', () => {
  it('is an AnnotationCollection meeting the model’s required fields', () => {
    const doc = JSON.parse(serializeAnnotations([sample('a'), sample('b', { highlights: [], note: '' })], NOW)) as Record<string, unknown>;
    expect(modelErrors(doc)).toEqual([]);
    expect(doc.total).toBe(2 + 1 + 1);
  });

  it('the model check catches a missing target', () => {
    const doc = buildAnnotationCollection([sample('a')], NOW) as unknown as Record<string, unknown>;
    const page = doc.first as { items: Record<string, unknown>[] };
    delete page.items[1]?.target;
    expect(modelErrors(doc)).toContain('annotation target');
  });

  it('annotates each highlight with its selectors, its note and the entities it names', () => {
    const { first } = buildAnnotationCollection([sample('a')], NOW);
    const highlight = first.items.find((item) => item.id === 'urn:diplomark:highlight:h-1');
    expect(highlight).toMatchObject({
      motivation: 'commenting',
      target: {
        source: 'https://news.example/world/a?utm_source=feed',
        selector: [
          { type: 'TextQuoteSelector', exact: 'The Dokdo islets are administered by Seoul' },
          { type: 'TextPositionSelector', start: 54, end: 96 },
        ],
      },
    });
    expect(highlight?.body).toEqual([
      { type: 'TextualBody', value: 'check the date', purpose: 'commenting', format: 'text/plain' },
      { type: 'TextualBody', value: 'Dokdo', purpose: 'tagging', format: 'text/plain' },
    ]);
    const plain = first.items.find((item) => item.id === 'urn:diplomark:highlight:h-2');
    expect(plain?.motivation).toBe('highlighting');
    expect(plain?.body?.map((body) => body.value)).toEqual(['Japan']);
  });

  it('tags the clipping’s page annotation with reader tags and every entity', () => {
    const { first } = buildAnnotationCollection([sample('a b/c')], NOW);
    const page = first.items[0];
    expect(page?.id).toBe('urn:diplomark:clipping:a%20b%2Fc');
    expect(page?.body?.filter((body) => body.purpose === 'tagging').map((body) => body.value)).toEqual([
      'east-asia',
      'islands',
      'South Korea',
      'Japan',
      'Dokdo',
    ]);
  });
});
