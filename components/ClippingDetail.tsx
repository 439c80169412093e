import { ENTITY_KINDS } from '../lib/entities/types';
import type { Clipping } from '../lib/store/types';
import { KIND_LABELS, countLabel, formatDate, isOpenableUrl } from './clipping-format';
import { KindIcon } from './KindIcon';

interface ClippingDetailProps {
  clipping: Clipping;
  locale?: string;
  onOpen: (url: string) => void;
}

/** One clipping in full: metadata, entities grouped by kind, and its clean text. Render-only. */
export function ClippingDetail({ clipping, locale, onOpen }: ClippingDetailProps) {
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
      {clipping.note && (
        <section aria-label="Note">
          <h3>Note</h3>
          <p class="detail-note" dir="auto">
            {clipping.note}
          </p>
        </section>
      )}
      <EntitiesByKind clipping={clipping} />
      <section aria-label="Article text">
        <h3>Text</h3>
        <div class="detail-text" dir="auto" lang={lang}>
          {paragraphs(clipping.text).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
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

// The stored text separates paragraphs with a blank line.
function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}
