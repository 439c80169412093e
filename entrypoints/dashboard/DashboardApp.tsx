import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countLabel, isOpenableUrl } from '../../components/clipping-format';
import { type DashboardTab, DashboardView } from '../../components/DashboardView';
import { downloadClippings } from '../../components/download-export';
import type { ImportOutcome } from '../../components/ImportReport';
import type { Notice } from '../../components/Notices';
import { type Theme, applyTheme, loadTheme } from '../../components/theme';
import { useLiveClippings } from '../../components/use-live-clippings';
import { useUndoableBulkDelete } from '../../components/use-undoable-bulk-delete';
import type { ExportFormat } from '../../lib/export/formats';
import { readImportFile } from './import-file';
import { updateReaderFields } from '../../lib/store/bulk';
import { changeReaderHighlight } from '../../lib/store/reader-highlights';
import type { DiplomarkDatabase } from '../../lib/store/db';
import { toStorageError } from '../../lib/store/errors';
import {
  type FacetFilter,
  type FacetOptions,
  NO_FACET_OPTIONS,
  type SortOrder,
  applyFacets,
  facetOptionsInSlices,
  sortClippings,
} from '../../lib/store/facets';
import { type ClippingInsights, clippingInsightsInSlices } from '../../lib/store/insights';
import { type SearchIndex, buildSearchIndexInSlices } from '../../lib/store/search';
import { type SliceOptions, isAbort } from '../../lib/store/time-slices';
import type { Clipping, ReaderHighlight } from '../../lib/store/types';

interface DashboardAppProps {
  database: Promise<DiplomarkDatabase>;
  /** How the search index and facet counts share the main thread (tests hold the yields). */
  timeSlices?: Pick<SliceOptions, 'sliceMs' | 'yieldNow'>;
}

const NO_CLIPPINGS: Clipping[] = [];
/** Clippings shown while the whole collection is still being read. */
const PREVIEW = 100;

/** Wires the dashboard view to the database, search, exports, imports and the browser. */
export function DashboardApp({ database, timeSlices }: DashboardAppProps) {
  const state = useLiveClippings(database, undefined, PREVIEW);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FacetFilter>({});
  const [sort, setSort] = useState<SortOrder>('saved-desc');
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | undefined>();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [tab, setTab] = useState<DashboardTab>('list');
  const [exportFormat, setExportFormat] = useState<ExportFormat>('json');
  const [theme, setTheme] = useState<Theme>(() => loadTheme());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  const [importing, setImporting] = useState(false);
  const showError = (error: unknown) => setNotice({ tone: 'error', text: toStorageError(error).message });
  const { deleted, remove, undo } = useUndoableBulkDelete(database, showError);

  useEffect(() => applyTheme(theme), [theme]);

  const clippings = state.status === 'ready' ? state.clippings : NO_CLIPPINGS;

  // The search index and the facet counts cover every clipping. Both are built in time slices once the
  // list has painted (never one long task), and a newer collection aborts the builds for an older one.
  // The index is rebuilt from the previous one, so after an edit only the changed clippings are folded.
  const partial = state.status === 'ready' && state.partial === true;
  const previousIndex = useRef<SearchIndex | undefined>(undefined);
  const [index, setIndex] = useState<SearchIndex | undefined>();
  const [options, setOptions] = useState<FacetOptions>(NO_FACET_OPTIONS);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const unlessAborted = (error: unknown) => {
      if (!isAbort(error, signal)) throw error;
    };
    // Until the new counts are in, the menus keep the previous ones (the filters themselves never lag).
    facetOptionsInSlices(clippings, { ...timeSlices, signal }).then(setOptions, unlessAborted);
    // The first few clippings shown while the rest load are not worth indexing: no search runs on them.
    if (!partial) {
      buildSearchIndexInSlices(clippings, previousIndex.current, { ...timeSlices, signal }).then((built) => {
        previousIndex.current = built;
        setIndex(built);
      }, unlessAborted);
    }
    return () => controller.abort();
  }, [clippings]);

  // A query waits for the index of the whole current collection rather than answering from part of it
  // (the newest few while loading) or from an index of an older collection: never missing or stale results.
  const indexed = !partial && index !== undefined && index.clippings === clippings;
  const searching = query.trim() !== '' && !indexed;
  const searched = useMemo(() => {
    if (!query.trim()) return clippings;
    return indexed ? index.search(query) : NO_CLIPPINGS;
  }, [clippings, index, indexed, query]);
  const results = useMemo(() => {
    const narrowed = applyFacets(searched, filter);
    return sort === 'saved-desc' ? narrowed : sortClippings(narrowed, sort);
  }, [searched, filter, sort]);
  const selected = clippings.find((clipping) => clipping.id === selectedId);

  // The pictures are counted only while their tab is shown, in time slices, for the results in view.
  const [insights, setInsights] = useState<{ of: readonly Clipping[]; data: ClippingInsights }>();
  useEffect(() => {
    if (tab !== 'pictures' || searching) return;
    const controller = new AbortController();
    const { signal } = controller;
    clippingInsightsInSlices(results, { ...timeSlices, signal }).then(
      (data) => setInsights({ of: results, data }),
      (error: unknown) => {
        if (!isAbort(error, signal)) throw error;
      },
    );
    return () => controller.abort();
  }, [tab, results, searching]);

  // Ticks of clippings that no longer exist are dropped.
  useEffect(() => {
    if (checked.size === 0) return;
    const ids = new Set(clippings.map((c) => c.id));
    if ([...checked].some((id) => !ids.has(id))) setChecked(new Set([...checked].filter((id) => ids.has(id))));
  }, [clippings]);

  function toggle(clipping: Clipping, extend: boolean) {
    const next = new Set(checked);
    const from = anchor ? results.findIndex((c) => c.id === anchor) : -1;
    const to = results.findIndex((c) => c.id === clipping.id);
    if (extend && from !== -1 && to !== -1) {
      for (const c of results.slice(Math.min(from, to), Math.max(from, to) + 1)) next.add(c.id);
    } else if (next.has(clipping.id)) next.delete(clipping.id);
    else next.add(clipping.id);
    setAnchor(clipping.id);
    setChecked(next);
  }

  async function deleteIds(ids: string[]) {
    const removed = await remove(ids);
    if (removed.length > 0) setChecked((current) => new Set([...current].filter((id) => !ids.includes(id))));
  }

  function exportClippings(scope: 'checked' | 'all') {
    const chosen = scope === 'all' ? clippings : clippings.filter((c) => checked.has(c.id));
    try {
      const files = downloadClippings(exportFormat, chosen);
      setNotice({ tone: 'info', text: `Exported ${countLabel(chosen.length, 'clipping')} as ${files.map((f) => f.name).join(' and ')}.` });
    } catch (error) {
      setNotice({ tone: 'error', text: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function importFile(file: File) {
    setImporting(true);
    try {
      setImportOutcome(await readImportFile(file, await database));
    } catch (error) {
      setImportOutcome({ status: 'refused', fileName: file.name, message: `${toStorageError(error).message} Nothing was imported.` });
    } finally {
      setImporting(false);
    }
  }

  async function saveReaderFields(clipping: Clipping, change: { note: string; tags: string[] }) {
    try {
      const updated = await updateReaderFields(await database, clipping.id, change);
      setNotice(updated ? { tone: 'info', text: 'Saved your note and tags.' } : { tone: 'error', text: 'This clipping was deleted meanwhile.' });
    } catch (error) {
      showError(error);
    }
  }

  async function changeHighlight(clipping: Clipping, highlight: ReaderHighlight, note: string | null) {
    try {
      const updated = await changeReaderHighlight(await database, clipping.canonicalUrl, highlight.id, note);
      setNotice(
        updated
          ? { tone: 'info', text: note === null ? 'Removed the highlight.' : 'Saved the note.' }
          : { tone: 'error', text: 'This highlight was removed meanwhile.' },
      );
    } catch (error) {
      showError(error);
    }
  }

  return (
    <DashboardView
      state={state}
      query={query}
      searching={searching}
      results={results}
      insights={insights?.of === results ? insights.data : undefined}
      filter={filter}
      sort={sort}
      facetOptions={options}
      checked={checked}
      selected={selected}
      tab={tab}
      exportFormat={exportFormat}
      theme={theme}
      notice={notice}
      deleted={deleted}
      importOutcome={importOutcome}
      importing={importing}
      onQuery={setQuery}
      onFilter={setFilter}
      onSort={setSort}
      onToggle={toggle}
      onCheckAll={() => setChecked(new Set(results.map((c) => c.id)))}
      onCheckNone={() => setChecked(new Set())}
      onSelect={(clipping) => setSelectedId(clipping.id)}
      onOpenArticle={(url) => {
        if (isOpenableUrl(url)) void browser.tabs.create({ url });
      }}
      onDelete={(clipping) => void deleteIds([clipping.id])}
      onDeleteChecked={() => void deleteIds([...checked])}
      onExport={exportClippings}
      onExportFormat={setExportFormat}
      onImportFile={(file) => void importFile(file)}
      onCloseImport={() => setImportOutcome(null)}
      onSaveReaderFields={(clipping, change) => void saveReaderFields(clipping, change)}
      onChangeHighlight={(clipping, highlight, note) => void changeHighlight(clipping, highlight, note)}
      onTab={setTab}
      onTheme={setTheme}
      onUndo={() => void undo()}
      onDismissNotice={() => setNotice(null)}
    />
  );
}
