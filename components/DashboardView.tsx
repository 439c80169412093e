import { EXPORT_FORMATS, type ExportFormat } from '../lib/export/formats';
import type { FacetFilter, FacetOptions, SortOrder } from '../lib/insights/facets';
import type { ClippingInsights } from '../lib/insights/insights';
import type { Clipping, ReaderHighlight } from '../lib/store/types';
import { ClippingDetail } from './ClippingDetail';
import { countLabel } from './clipping-format';
import { EmptyState } from './EmptyState';
import { FacetBar } from './FacetBar';
import { type ImportOutcome, ImportReport } from './ImportReport';
import { Insights } from './Insights';
import { type Notice, Notices } from './Notices';
import type { Theme } from './theme';
import type { ClippingsState } from './use-live-clippings';
import { VirtualClippingList } from './VirtualClippingList';

export type DashboardTab = 'list' | 'pictures';

export interface DashboardViewProps {
  state: ClippingsState;
  query: string;
  /** The query waits for the search index of the whole collection (just after opening or a change). */
  searching?: boolean;
  /** The clippings matching the query and filters, in the chosen order. */
  results: readonly Clipping[];
  /** The pictures of `results` for the Pictures tab; undefined while they are being counted. */
  insights?: ClippingInsights;
  filter: FacetFilter;
  sort: SortOrder;
  facetOptions: FacetOptions;
  /** Ids ticked for bulk actions. */
  checked: ReadonlySet<string>;
  selected: Clipping | undefined;
  tab: DashboardTab;
  exportFormat: ExportFormat;
  theme: Theme;
  notice: Notice | null;
  deleted: readonly Clipping[] | null;
  importOutcome: ImportOutcome | null;
  importing: boolean;
  /** Share of the import file read so far (0–1), while importing. */
  importProgress?: number;
  locale?: string;
  /** Fixed list height for tests; measured otherwise. */
  listHeight?: number;
  onQuery: (query: string) => void;
  onFilter: (filter: FacetFilter) => void;
  onSort: (sort: SortOrder) => void;
  onToggle: (clipping: Clipping, extend: boolean) => void;
  onCheckAll: () => void;
  onCheckNone: () => void;
  onSelect: (clipping: Clipping) => void;
  onOpenArticle: (url: string) => void;
  onDelete: (clipping: Clipping) => void;
  onDeleteChecked: () => void;
  onExport: (scope: 'checked' | 'all') => void;
  onExportFormat: (format: ExportFormat) => void;
  onImportFile: (file: File) => void;
  /** Stops an import under way; nothing is written. */
  onCancelImport?: () => void;
  onCloseImport: () => void;
  onSaveReaderFields: (clipping: Clipping, change: { note: string; tags: string[] }) => void;
  /** A new note for a reader highlight, or `null` to remove it. */
  onChangeHighlight: (clipping: Clipping, highlight: ReaderHighlight, note: string | null) => void;
  onTab: (tab: DashboardTab) => void;
  onTheme: (theme: Theme) => void;
  onUndo: () => void;
  onDismissNotice: () => void;
}

/** The full-page workspace: search, facets, the virtualised list, detail, bulk actions, pictures. Render-only. */
export function DashboardView(props: DashboardViewProps) {
  const { state, query, results, selected, locale, checked } = props;
  const total = state.status === 'ready' ? state.total : 0;
  const loaded = state.status === 'ready' ? state.clippings.length : 0;
  const filtered = results.length !== loaded;
  return (
    <div class="dashboard">
      <header class="dashboard-header">
        <h1>Diplomark</h1>
        {state.status === 'ready' && <p class="count">{countLabel(total, 'clipping')}</p>}
        <input
          type="search"
          class="search"
          aria-label="Search clippings"
          placeholder="Search titles, text, notes and entities"
          value={query}
          onInput={(event) => props.onQuery(event.currentTarget.value)}
        />
        <label class="file-button">
          <input
            type="file"
            class="visually-hidden"
            accept=".json,application/json"
            disabled={props.importing}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onImportFile(file);
            }}
          />
          <span aria-hidden="true">
            {props.importing ? `Importing… ${Math.round((props.importProgress ?? 0) * 100)} %` : 'Import JSON…'}
          </span>
          <span class="visually-hidden">Import clippings from a Diplomark JSON file</span>
        </label>
        {props.importing && props.onCancelImport && (
          <button type="button" data-action="cancel-import" onClick={props.onCancelImport}>
            Cancel import
          </button>
        )}
        <label class="facet">
          <span class="visually-hidden">Theme</span>
          <select value={props.theme} onChange={(event) => props.onTheme(event.currentTarget.value as Theme)} aria-label="Theme">
            <option value="system">System theme</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
      </header>
      <Notices notice={props.notice} deleted={props.deleted} onUndo={props.onUndo} onDismiss={props.onDismissNotice} />
      {props.importOutcome && <ImportReport outcome={props.importOutcome} onClose={props.onCloseImport} />}
      {state.status === 'loading' && <p class="placeholder">Loading your clippings…</p>}
      {state.status === 'error' && (
        <p class="notice error" role="alert">
          {state.error.message}
        </p>
      )}
      {state.status === 'ready' && total === 0 && <EmptyState />}
      {state.status === 'ready' && total > 0 && (
        <>
          <FacetBar options={props.facetOptions} filter={props.filter} sort={props.sort} onFilter={props.onFilter} onSort={props.onSort} />
          <div class="bulk-bar" role="toolbar" aria-label="Selection and export">
            <p class="count" aria-live="polite" data-testid="result-count">
              {props.searching
                ? `Searching ${countLabel(total, 'clipping')}…`
                : filtered
                  ? `${countLabel(results.length, 'match', 'matches')} of ${total.toLocaleString()}`
                  : countLabel(total, 'clipping')}
              {checked.size > 0 && ` · ${checked.size.toLocaleString()} selected`}
              {state.status === 'ready' && state.partial && ` · showing the newest ${state.clippings.length}, loading the rest…`}
            </p>
            <button type="button" onClick={props.onCheckAll} disabled={results.length === 0}>
              Select all {filtered ? 'matches' : ''}
            </button>
            <button type="button" onClick={props.onCheckNone} disabled={checked.size === 0}>
              Select none
            </button>
            <button type="button" class="danger" onClick={props.onDeleteChecked} disabled={checked.size === 0}>
              Delete selected
            </button>
            <label class="facet">
              <span>Format</span>
              <select aria-label="Format" value={props.exportFormat} onChange={(event) => props.onExportFormat(event.currentTarget.value as ExportFormat)}>
                {EXPORT_FORMATS.map(({ format, label }) => (
                  <option key={format} value={format}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => props.onExport('checked')} disabled={checked.size === 0}>
              Export selected
            </button>
            <button type="button" onClick={() => props.onExport('all')}>
              Export all
            </button>
            <span class="tabs" role="group" aria-label="View">
              <button type="button" aria-pressed={props.tab === 'list'} onClick={() => props.onTab('list')}>
                List
              </button>
              <button type="button" aria-pressed={props.tab === 'pictures'} onClick={() => props.onTab('pictures')}>
                Pictures
              </button>
            </span>
          </div>
          {props.tab === 'pictures' ? (
            <section aria-label="Pictures of the clippings in view">
              {props.searching ? (
                <p class="placeholder">Searching…</p>
              ) : props.insights ? (
                <Insights data={props.insights} />
              ) : (
                <p class="placeholder">Drawing the pictures…</p>
              )}
            </section>
          ) : (
            <div class="dashboard-panes">
              <section class="results" aria-label="Clippings">
                {props.searching ? (
                  <p class="placeholder">Searching…</p>
                ) : results.length === 0 ? (
                  <p class="placeholder">No clipping matches. Try fewer words or clear the filters.</p>
                ) : (
                  <VirtualClippingList
                    clippings={results}
                    checked={checked}
                    activeId={selected?.id}
                    locale={locale}
                    viewportHeight={props.listHeight}
                    onToggle={props.onToggle}
                    onActivate={props.onSelect}
                    onDelete={props.onDelete}
                  />
                )}
              </section>
              <section class="detail-pane" aria-label="Selected clipping">
                {selected ? (
                  <ClippingDetail
                    clipping={selected}
                    locale={locale}
                    onOpen={props.onOpenArticle}
                    onDelete={props.onDelete}
                    onSaveReaderFields={(change) => props.onSaveReaderFields(selected, change)}
                    onChangeHighlight={(highlight, note) => props.onChangeHighlight(selected, highlight, note)}
                  />
                ) : (
                  <p class="placeholder">Choose a clipping to read it here.</p>
                )}
              </section>
            </div>
          )}
        </>
      )}
    </div>
  );
}
