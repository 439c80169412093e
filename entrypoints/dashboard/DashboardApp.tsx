import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countLabel, isOpenableUrl } from '../../components/clipping-format';
import { DashboardView } from '../../components/DashboardView';
import { downloadAllClippings } from '../../components/download-export';
import type { Notice } from '../../components/Notices';
import { useLiveClippings } from '../../components/use-live-clippings';
import { useUndoableDelete } from '../../components/use-undoable-delete';
import type { DiplomarkDatabase } from '../../lib/store/db';
import { toStorageError } from '../../lib/store/errors';
import { createClippingSearch } from '../../lib/store/search';
import type { Clipping } from '../../lib/store/types';

interface DashboardAppProps {
  database: Promise<DiplomarkDatabase>;
}

const NO_CLIPPINGS: Clipping[] = [];

/** Wires the dashboard view to the database, search and the browser. */
export function DashboardApp({ database }: DashboardAppProps) {
  const state = useLiveClippings(database);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [notice, setNotice] = useState<Notice | null>(null);
  const showError = (error: unknown) => setNotice({ tone: 'error', text: toStorageError(error).message });
  const { deleted, remove, undo } = useUndoableDelete(database, showError);

  const clippings = state.status === 'ready' ? state.clippings : NO_CLIPPINGS;
  // Rebuilt only when the clippings change, so typing reuses the folded text.
  const search = useMemo(() => createClippingSearch(clippings), [clippings]);
  const results = useMemo(() => search(query), [search, query]);
  const selected = clippings.find((clipping) => clipping.id === selectedId);

  async function exportAll() {
    try {
      const count = await downloadAllClippings(await database);
      setNotice({ tone: 'info', text: `Exported ${countLabel(count, 'clipping')}.` });
    } catch (error) {
      showError(error);
    }
  }

  return (
    <DashboardView
      state={state}
      query={query}
      results={results}
      selected={selected}
      notice={notice}
      deleted={deleted}
      onQuery={setQuery}
      onSelect={(clipping) => setSelectedId(clipping.id)}
      onOpenArticle={(url) => {
        if (isOpenableUrl(url)) void browser.tabs.create({ url });
      }}
      onDelete={(clipping) => void remove(clipping)}
      onExport={() => void exportAll()}
      onUndo={() => void undo()}
      onDismissNotice={() => setNotice(null)}
    />
  );
}
