import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Clipping } from '../lib/store/types';
import { displayDate, formatDate, topEntities } from './clipping-format';

/** Every row has this height (CSS `.vrow` matches), so the visible slice is arithmetic. */
export const ROW_HEIGHT = 64;
const OVERSCAN = 6;
const FALLBACK_VIEWPORT = 640;

export interface VirtualClippingListProps {
  clippings: readonly Clipping[];
  /** Clippings ticked for bulk actions. */
  checked: ReadonlySet<string>;
  /** The clipping shown in the detail pane. */
  activeId?: string;
  locale?: string;
  onToggle: (clipping: Clipping, extend: boolean) => void;
  onActivate: (clipping: Clipping) => void;
  onDelete: (clipping: Clipping) => void;
  /** Height of the scroll area when it can't be measured (tests). */
  viewportHeight?: number;
}

/**
 * The clipping list, virtualised: only the rows in view (plus a few) are in the DOM, so 10,000+
 * clippings scroll smoothly. Arrow keys, Home and End move between rows; Enter opens, Space ticks,
 * Delete deletes. Each row says its place in the whole list (aria-posinset/aria-setsize).
 */
export function VirtualClippingList(props: VirtualClippingListProps) {
  const { clippings, checked, activeId, locale } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(props.viewportHeight ?? FALLBACK_VIEWPORT);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || props.viewportHeight !== undefined || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight || FALLBACK_VIEWPORT));
    observer.observe(element);
    return () => observer.disconnect();
  }, [props.viewportHeight]);

  // A shorter list (new search) may leave the scroll position past its end.
  useEffect(() => {
    const element = scroller.current;
    if (element && scrollTop > clippings.length * ROW_HEIGHT) {
      element.scrollTop = 0;
      setScrollTop(0);
    }
  }, [clippings.length, scrollTop]);

  useEffect(() => {
    if (focusIndex === null) return;
    scroller.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"] .vrow-open`)?.focus();
  }, [focusIndex, scrollTop]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(clippings.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  function moveTo(index: number) {
    const target = Math.max(0, Math.min(clippings.length - 1, index));
    const element = scroller.current;
    if (element) {
      const top = target * ROW_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + height) element.scrollTop = top + ROW_HEIGHT - height;
      setScrollTop(element.scrollTop);
    }
    setFocusIndex(target);
  }

  function onKeyDown(event: KeyboardEvent) {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const clipping = clippings[index];
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: clippings.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] as number);
    } else if (event.key === 'Delete' && clipping) {
      event.preventDefault();
      props.onDelete(clipping);
    }
  }

  return (
    <div
      ref={scroller}
      class="vlist"
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="list" aria-label="Clippings" class="vlist-inner" style={{ height: `${clippings.length * ROW_HEIGHT}px` }}>
        {clippings.slice(first, last).map((clipping, offset) => {
          const index = first + offset;
          return (
            <Row
              key={clipping.id}
              clipping={clipping}
              index={index}
              total={clippings.length}
              checked={checked.has(clipping.id)}
              active={clipping.id === activeId}
              locale={locale}
              onToggle={props.onToggle}
              onActivate={(c) => {
                setFocusIndex(index);
                props.onActivate(c);
              }}
              onDelete={props.onDelete}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowProps extends Pick<VirtualClippingListProps, 'locale' | 'onToggle' | 'onActivate' | 'onDelete'> {
  clipping: Clipping;
  index: number;
  total: number;
  checked: boolean;
  active: boolean;
}

function Row({ clipping, index, total, checked, active, locale, onToggle, onActivate, onDelete }: RowProps) {
  const title = clipping.title.trim() || clipping.url;
  const date = displayDate(clipping);
  const names = topEntities(clipping.entities, 3).map((entity) => entity.name);
  return (
    <div
      role="listitem"
      aria-posinset={index + 1}
      aria-setsize={total}
      data-index={index}
      data-id={clipping.id}
      class={`vrow${active ? ' active' : ''}${checked ? ' checked' : ''}`}
      style={{ top: `${index * ROW_HEIGHT}px` }}
    >
      <input
        type="checkbox"
        checked={checked}
        aria-label={`Select “${title}”`}
        // The parent owns the ticked set (it re-renders this box); shift-click ticks the run from the last ticked row.
        onClick={(event) => onToggle(clipping, event.shiftKey)}
      />
      <button type="button" class="vrow-open" aria-current={active ? 'true' : undefined} onClick={() => onActivate(clipping)}>
        <span class="vrow-title" dir="auto" lang={clipping.language || undefined}>
          {title}
        </span>
        <span class="vrow-meta">
          {clipping.site && <bdi>{clipping.site}</bdi>}
          <time dateTime={date.iso}>{formatDate(date.iso, locale)}</time>
          {names.length > 0 && <bdi class="vrow-entities">{names.join(' · ')}</bdi>}
          {clipping.highlights.length > 0 && <span>✎ {clipping.highlights.length}</span>}
        </span>
      </button>
      <button type="button" class="quiet danger vrow-delete" aria-label={`Delete “${title}”`} onClick={() => onDelete(clipping)}>
        ×
      </button>
    </div>
  );
}
