import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countLabel, isOpenableUrl } from '../../components/clipping-format';
import { type DashboardTab, DashboardView } from '../../components/DashboardView';
import { downloadClippings } from '../../components/download-export';
import type { ImportOutcome } from '../../components/ImportReport';
import type { Notice } from '../../components/Notices';
import { type Theme, applyTheme, loadTheme } from '../../components/theme';
import { useLiveClippings } from '../../components/use-live-clippings';
import { useInsights } from '../../components/use-insights';
import { useRangeSelection } from '../../components/use-range-selection';
import { type TimeSlices, useSearchIndex } from '../../components/use-search-index';
import { useUndoableDelete } from '../../components/use-undoable-delete';
import type { ExportFormat } from '../../lib/export/formats';
import { readImportFile } from './import-file';
import { updateReaderFields } from '../../lib/store/bulk';
import { changeReaderHighlight } from '../../lib/store/reader-highlights';
import type { DiplomarkDatabase } from '../../lib/store/db';
import { toStorageError } from '../../lib/store/errors';
import { type FacetFilter, type SortOrder, applyFacets, sortClippings } from '../../lib/insights/facets';
import type { Clipping, ReaderHighlight } from '../../lib/store/types';

interface DashboardAppProps {
  database: Promise<DiplomarkDatabase>;
  /** How the search index and facet counts share the main thread (tests hold the yields). */
  timeSlices?: TimeSlices;
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
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [tab, setTab] = useState<DashboardTab>('list');
  const [exportFormat, setExportFormat] = useState<ExportFormat>('json');
  const [theme, setTheme] = useState<Theme>(() => loadTheme());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importOutcome, setImportOutcome] = useState<ImportOutcome | null>(null);
  /** While a file is read and imported: how much is read (0–1) and how to cancel it. */
  const [importing, setImporting] = useState<{ share: number; controller: AbortController } | null>(null);
  const showError = (error: unknown) => setNotice({ tone: 'error', text: toStorageError(error).message });
  const { deleted, remove, undo } = useUndoableDelete(database, showError);

  useEffect(() => applyTheme(theme), [theme]);

  const clippings = state.status === 'ready' ? state.clippings : NO_CLIPPINGS;
  const partial = state.status === 'ready' && state.partial === true;
  const { index, facetOptions } = useSearchIndex(clippings, partial, timeSlices);

  // A query waits for the index of the whole current collection rather than answering from part of it.
  const searching = query.trim() !== '' && !index;
  const searched = useMemo(() => {
    if (!query.trim()) return clippings;
    return index ? index.search(query) : NO_CLIPPINGS;
  }, [clippings, index, query]);
  const results = useMemo(() => {
    const narrowed = applyFacets(searched, filter);
    return sort === 'saved-desc' ? narrowed : sortClippings(narrowed, sort);
  }, [searched, filter, sort]);
  const selected = clippings.find((clipping) => clipping.id === selectedId);
  const insights = useInsights(results, tab === 'pictures' && !searching, timeSlices);
  const selection = useRangeSelection(clippings, results);

  async function deleteIds(ids: string[]) {
    const removed = await remove(ids);
    if (removed.length > 0) selection.uncheck(ids);
  }

  function exportClippings(scope: 'checked' | 'all') {
    const chosen = scope === 'all' ? clippings : clippings.filter((c) => selection.checked.has(c.id));
    try {
      const files = downloadClippings(exportFormat, chosen);
      setNotice({ tone: 'info', text: `Exported ${countLabel(chosen.length, 'clipping')} as ${files.map((f) => f.name).join(' and ')}.` });
    } catch (error) {
      setNotice({ tone: 'error', text: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  async function importFile(file: File) {
    const controller = new AbortController();
    setImporting({ share: 0, controller });
    try {
      const onProgress = ({ bytesRead, totalBytes }: { bytesRead: number; totalBytes: number }) =>
        setImporting({ share: totalBytes > 0 ? bytesRead / totalBytes : 1, controller });
      setImportOutcome(await readImportFile(file, await database, { onProgress, signal: controller.signal }));
    } catch (error) {
      setImportOutcome({ status: 'refused', fileName: file.name, message: `${toStorageError(error).message} Nothing was imported.` });
    } finally {
      setImporting(null);
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
      insights={insights}
      filter={filter}
      sort={sort}
      facetOptions={facetOptions}
      checked={selection.checked}
      selected={selected}
      tab={tab}
      exportFormat={exportFormat}
      theme={theme}
      notice={notice}
      deleted={deleted}
      importOutcome={importOutcome}
      importing={importing !== null}
      importProgress={importing?.share}
      onCancelImport={() => importing?.controller.abort()}
      onQuery={setQuery}
      onFilter={setFilter}
      onSort={setSort}
      onToggle={selection.toggle}
      onCheckAll={selection.checkAll}
      onCheckNone={selection.checkNone}
      onSelect={(clipping) => setSelectedId(clipping.id)}
      onOpenArticle={(url) => {
        if (isOpenableUrl(url)) void browser.tabs.create({ url });
      }}
      onDelete={(clipping) => void deleteIds([clipping.id])}
      onDeleteChecked={() => void deleteIds([...selection.checked])}
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
