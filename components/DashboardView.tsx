import type { Clipping } from '../lib/store/types';
import { ClippingDetail } from './ClippingDetail';
import { ClippingList } from './ClippingList';
import { countLabel } from './clipping-format';
import { EmptyState } from './EmptyState';
import { type Notice, Notices } from './Notices';
import type { ClippingsState } from './use-live-clippings';

export interface DashboardViewProps {
  state: ClippingsState;
  query: string;
  /** The clippings matching `query`, in list order. */
  results: readonly Clipping[];
  selected: Clipping | undefined;
  notice: Notice | null;
  deleted: Clipping | null;
  locale?: string;
  onQuery: (query: string) => void;
  onSelect: (clipping: Clipping) => void;
  onOpenArticle: (url: string) => void;
  onDelete: (clipping: Clipping) => void;
  onExport: () => void;
  onUndo: () => void;
  onDismissNotice: () => void;
}

/** Full-page view: search, the clipping list and a detail pane. Render-only. */
export function DashboardView(props: DashboardViewProps) {
  const { state, query, results, selected, locale } = props;
  const total = state.status === 'ready' ? state.total : 0;
  return (
    <div class="dashboard">
      <header class="dashboard-header">
        <h1>Diplomark</h1>
        {state.status === 'ready' && <p class="count">{countLabel(total, 'clipping')}</p>}
        <input
          type="search"
          class="search"
          aria-label="Search clippings"
          placeholder="Search titles, text and entities"
          value={query}
          onInput={(event) => props.onQuery(event.currentTarget.value)}
        />
        <button type="button" onClick={props.onExport} disabled={total === 0}>
          Export JSON
        </button>
      </header>
      <Notices notice={props.notice} deleted={props.deleted} onUndo={props.onUndo} onDismiss={props.onDismissNotice} />
      {state.status === 'loading' && <p class="placeholder">Loading your clippings…</p>}
      {state.status === 'error' && (
        <p class="notice error" role="alert">
          {state.error.message}
        </p>
      )}
      {state.status === 'ready' && total === 0 && <EmptyState />}
      {state.status === 'ready' && total > 0 && (
        <div class="dashboard-panes">
          <section class="results" aria-label="Clippings">
            <p class="count" aria-live="polite">
              {query.trim() ? `${countLabel(results.length, 'match', 'matches')} of ${total.toLocaleString()}` : ''}
            </p>
            {results.length === 0 ? (
              <p class="placeholder">No clipping matches “{query}”. Try fewer or different words.</p>
            ) : (
              <ClippingList
                clippings={results}
                locale={locale}
                selectedId={selected?.id}
                onSelect={props.onSelect}
                onOpen={props.onOpenArticle}
                onDelete={props.onDelete}
              />
            )}
          </section>
          <section class="detail-pane" aria-label="Selected clipping">
            {selected ? (
              <ClippingDetail clipping={selected} locale={locale} onOpen={props.onOpenArticle} />
            ) : (
              <p class="placeholder">Choose “Read here” on a clipping to read it in this pane.</p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
