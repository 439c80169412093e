import type { ComponentChild } from 'preact';
import type { Clipping } from '../lib/store/types';
import { type TextSegment, segmentText } from './text-segments';

function Run({ segment }: { segment: TextSegment }) {
  return segment.entity ? (
    <span class="entity-mention" data-kind={segment.entity.kind} data-entity={segment.entity.id} title={segment.entity.name}>
      {segment.text}
    </span>
  ) : (
    <>{segment.text}</>
  );
}

/**
 * The clean article text with the reader's highlights (one mark each) and the recognised entities
 * marked. Every run is a text node: page text never becomes markup.
 */
export function ClippingText({ clipping }: { clipping: Clipping }) {
  const segments = segmentText(clipping.text, clipping.highlights, clipping.entities);
  const children: ComponentChild[] = [];
  for (let i = 0; i < segments.length; ) {
    const id = (segments[i] as TextSegment).highlightId;
    let j = i + 1;
    while (j < segments.length && id !== undefined && (segments[j] as TextSegment).highlightId === id) j += 1;
    const runs = segments.slice(i, j).map((segment, k) => <Run key={k} segment={segment} />);
    children.push(
      id !== undefined ? (
        <mark key={i} class="reader-highlight" data-highlight={id}>
          {runs}
        </mark>
      ) : (
        <span key={i}>{runs}</span>
      ),
    );
    i = j;
  }
  return (
    <div class="detail-text" dir="auto" lang={clipping.language || undefined}>
      {children}
    </div>
  );
}
