import { useState } from 'preact/hooks';
import { ENTITY_KINDS } from '../lib/entities/types';
import type { Clipping, ReaderHighlight } from '../lib/store/types';
import { KIND_LABELS, countLabel, formatDate, isOpenableUrl } from './clipping-format';
import { ClippingEditor } from './ClippingEditor';
import { ClippingText } from './ClippingText';
import { KindIcon } from './KindIcon';
import { highlightRanges } from './text-segments';

interface ClippingDetailProps {
  clipping: Clipping;
  locale?: string;
  onOpen: (url: string) => void;
  /** When given, the note and tags are editable. */
  onSaveReaderFields?: (change: { note: string; tags: string[] }) => void;
  onDelete?: (clipping: Clipping) => void;
  /** When given, each highlight's note is editable; `null` removes the highlight. */
  onChangeHighlight?: (highlight: ReaderHighlight, note: string | null) => void;
}

/**
 * One clipping in full: metadata, the reader's note, tags and highlights, entities grouped by kind, and
 * the clean text with highlights and entity names marked. Render-only.
 */
export function ClippingDetail({ clipping, locale, onOpen, onSaveReaderFields, onDelete, onChangeHighlight }: ClippingDetailProps) {
  const lang = clipping.language || undefined;
  return (
    <article class="detail" aria-labelledby="detail-title">
      <header>
        <h2 id="detail-title" dir="auto" lang={lang}>
          {clipping.title.trim() || clipping.url}
        </h2>
        <dl class="detail-meta">
          <MetaRow label="Site" value={clipping.site} />
          <MetaRow label="By" value={clipping.byline} />
          <MetaRow label="Published" value={clipping.publishedAt ? formatDate(clipping.publishedAt, locale, true) : ''} />
          <MetaRow label="Saved" value={formatDate(clipping.savedAt, locale, true)} />
          {clipping.updatedAt !== clipping.savedAt && (
            <MetaRow label="Updated" value={formatDate(clipping.updatedAt, locale, true)} />
          )}
          <MetaRow label="Language" value={clipping.language} />
          <MetaRow label="Verdict" value={clipping.verdict} />
          <MetaRow label="Tags" value={clipping.tags.join(', ')} />
        </dl>
        {isOpenableUrl(clipping.url) && (
          <p>
            <a
              href={clipping.url}
              target="_blank"
              rel="noopener noreferrer"
              onClick={(event) => {
                event.preventDefault();
                onOpen(clipping.url);
              }}
            >
              Open the article
            </a>
          </p>
        )}
      </header>
      {onDelete && (
        <p>
          <button type="button" class="danger" onClick={() => onDelete(clipping)}>
            Delete this clipping
          </button>
        </p>
      )}
      {onSaveReaderFields && <ClippingEditor key={`${clipping.id} ${clipping.updatedAt}`} clipping={clipping} onSave={onSaveReaderFields} />}
      {!onSaveReaderFields && clipping.note && (
        <section aria-label="Note">
          <h3>Note</h3>
          <p class="detail-note" dir="auto">
            {clipping.note}
          </p>
        </section>
      )}
      <ReaderHighlights clipping={clipping} onChange={onChangeHighlight} />
      <EntitiesByKind clipping={clipping} />
      <section aria-label="Article text">
        <h3>Text</h3>
        <ClippingText clipping={clipping} />
      </section>
    </article>
  );
}

function MetaRow({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd dir="auto">{value}</dd>
    </div>
  );
}

function EntitiesByKind({ clipping }: { clipping: Clipping }) {
  if (clipping.entities.length === 0) return null;
  return (
    <section aria-label="Entities">
      <h3>Entities</h3>
      {ENTITY_KINDS.map((kind) => {
        const entities = clipping.entities.filter((entity) => entity.kind === kind).sort((a, b) => b.count - a.count);
        if (entities.length === 0) return null;
        return (
          <div key={kind} class="entity-group" data-kind={kind}>
            <h4>
              <KindIcon kind={kind} /> {KIND_LABELS[kind]}
            </h4>
            <ul>
              {entities.map((entity) => (
                <li key={entity.id} data-entity={entity.id}>
                  <span dir="auto">{entity.name}</span>{' '}
                  <span class="muted">({countLabel(entity.count, 'mention')})</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

function ReaderHighlights({ clipping, onChange }: { clipping: Clipping; onChange?: ClippingDetailProps['onChangeHighlight'] }) {
  if (clipping.highlights.length === 0) return null;
  const order = new Map(highlightRanges(clipping.text, clipping.highlights).map((range, index) => [range.id, index]));
  const sorted = [...clipping.highlights].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9));
  return (
    <section aria-label="Your highlights">
      <h3>Your highlights</h3>
      <ul class="reader-highlights">
        {sorted.map((highlight) => (
          <HighlightItem key={`${highlight.id} ${highlight.updatedAt}`} highlight={highlight} lang={clipping.language || undefined} onChange={onChange} />
        ))}
      </ul>
    </section>
  );
}

function HighlightItem({ highlight, lang, onChange }: { highlight: ReaderHighlight; lang?: string; onChange?: ClippingDetailProps['onChangeHighlight'] }) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState(highlight.note);
  const quote = highlight.selectors[0].exact;
  const short = quote.length > 40 ? `${quote.slice(0, 39)}…` : quote;
  return (
    <li data-highlight={highlight.id}>
      <blockquote dir="auto" lang={lang}>
        {quote}
      </blockquote>
      {editing ? (
        <form
          class="editor"
          onSubmit={(event) => {
            event.preventDefault();
            onChange?.(highlight, note);
            setEditing(false);
          }}
        >
          <label for={`note-${highlight.id}`}>Note on this passage</label>
          <textarea id={`note-${highlight.id}`} rows={2} dir="auto" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          <div class="toolbar">
            <button type="submit" class="primary">
              Save note
            </button>
            <button type="button" onClick={() => (setNote(highlight.note), setEditing(false))}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        highlight.note && (
          <p class="highlight-note" dir="auto">
            {highlight.note}
          </p>
        )
      )}
      {onChange && !editing && (
        <div class="toolbar">
          <button type="button" class="quiet" aria-label={`Edit the note on “${short}”`} onClick={() => setEditing(true)}>
            {highlight.note ? 'Edit note' : 'Add note'}
          </button>
          <button type="button" class="quiet danger" aria-label={`Remove the highlight “${short}”`} onClick={() => onChange(highlight, null)}>
            Remove highlight
          </button>
        </div>
      )}
    </li>
  );
}
