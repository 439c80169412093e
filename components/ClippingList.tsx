import type { Clipping } from '../lib/store/types';
import { displayDate, formatDate, isOpenableUrl } from './clipping-format';
import { EntityChips } from './EntityChips';

export interface ClippingListProps {
  clippings: readonly Clipping[];
  /** Opens an article (only ever called with an http(s) URL). */
  onOpen: (url: string) => void;
  onDelete: (clipping: Clipping) => void;
  /** When given, each item gets a "Read here" button (the dashboard's detail pane). */
  onSelect?: (clipping: Clipping) => void;
  selectedId?: string;
  /** BCP 47 locale for dates; undefined means the browser's. */
  locale?: string;
  /** Chips per clipping. */
  maxChips?: number;
}

/** Saved clippings in the order given (callers pass them newest first). */
export function ClippingList({ clippings, onOpen, onDelete, onSelect, selectedId, locale, maxChips }: ClippingListProps) {
  return (
    <ul class="clipping-list" aria-label="Saved clippings">
      {clippings.map((clipping) => (
        <ClippingItem
          key={clipping.id}
          clipping={clipping}
          onOpen={onOpen}
          onDelete={onDelete}
          onSelect={onSelect}
          selected={clipping.id === selectedId}
          locale={locale}
          maxChips={maxChips}
        />
      ))}
    </ul>
  );
}

interface ClippingItemProps extends Pick<ClippingListProps, 'onOpen' | 'onDelete' | 'onSelect' | 'locale' | 'maxChips'> {
  clipping: Clipping;
  selected: boolean;
}

function ClippingItem({ clipping, onOpen, onDelete, onSelect, selected, locale, maxChips }: ClippingItemProps) {
  const title = clipping.title.trim() || clipping.url;
  const date = displayDate(clipping);
  const formattedDate = formatDate(date.iso, locale);
  return (
    <li class={selected ? 'clipping selected' : 'clipping'} aria-current={selected ? 'true' : undefined}>
      <h2 class="clipping-title" dir="auto" lang={clipping.language || undefined}>
        {isOpenableUrl(clipping.url) ? (
          <a
            href={clipping.url}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              event.preventDefault();
              onOpen(clipping.url);
            }}
          >
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      <p class="clipping-meta">
        {clipping.site && (
          <span class="clipping-site" dir="auto">
            {clipping.site}
          </span>
        )}
        {formattedDate && (
          <time dateTime={date.iso}>
            {date.label} {formattedDate}
          </time>
        )}
      </p>
      <EntityChips entities={clipping.entities} max={maxChips} />
      <div class="clipping-actions">
        {onSelect && (
          <button type="button" aria-pressed={selected} aria-label={`Read “${title}” here`} onClick={() => onSelect(clipping)}>
            Read here
          </button>
        )}
        <button type="button" class="danger" aria-label={`Delete “${title}”`} onClick={() => onDelete(clipping)}>
          Delete
        </button>
      </div>
    </li>
  );
}
