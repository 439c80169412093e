import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { countLabel, isOpenableUrl } from '../../components/clipping-format';
import { downloadAllClippings } from '../../components/download-export';
import type { Notice } from '../../components/Notices';
import { PersistenceNotice } from '../../components/PersistenceNotice';
import { PopupView } from '../../components/PopupView';
import { usePersistentStorage } from '../../components/use-persistent-storage';
import { useLiveClippings } from '../../components/use-live-clippings';
import { useUndoableDelete } from '../../components/use-undoable-delete';
import type { HostAccess } from '../../lib/host-access';
import type { DiplomarkDatabase } from '../../lib/store/db';
import { toStorageError } from '../../lib/store/errors';
import { highlightActivePage, saveActivePage } from './save-active-page';
import { browserSiteAccess, type SiteAccess } from './site-access';

/** The popup is a quick glance: the last few clippings; the dashboard has them all. */
const POPUP_LIMIT = 8;

interface PopupAppProps {
  database: Promise<DiplomarkDatabase>;
  /** Host access to the active tab's site (default: through the browser). */
  siteAccess?: SiteAccess;
}

/** Wires the popup view to the database and the browser. */
export function PopupApp({ database, siteAccess: givenSiteAccess }: PopupAppProps) {
  const state = useLiveClippings(database, POPUP_LIMIT);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);
  const showError = (error: unknown) => setNotice({ tone: 'error', text: toStorageError(error).message });
  const { deleted, remove, undo } = useUndoableDelete(database, showError);
  // Asked from an extension page, so it covers the extension's own origin where clippings live.
  const persistence = usePersistentStorage();
  const [siteAccess] = useState(() => givenSiteAccess ?? browserSiteAccess());
  const [hostAccess, setHostAccess] = useState<HostAccess>({ state: 'not-applicable' });
  useEffect(() => {
    siteAccess.check().then(setHostAccess, () => setHostAccess({ state: 'not-applicable' }));
  }, []);

  function allowSite() {
    if (hostAccess.state !== 'missing') return;
    const { site, origins } = hostAccess;
    // Called synchronously from the click: the browser shows its prompt only for the reader's own action.
    siteAccess.request(origins).then(
      (granted) => {
        if (!granted) {
          setNotice({ tone: 'error', text: `Diplomark was not allowed on ${site}.` });
          return;
        }
        setHostAccess({ state: 'granted', site });
        setNotice({ tone: 'info', text: `Diplomark may now read ${site}. Reload the page to see its highlights.` });
      },
      () => setNotice({ tone: 'error', text: `Diplomark could not ask for access to ${site}.` }),
    );
  }

  async function savePage() {
    setSaving(true);
    setNotice(null);
    try {
      const outcome = await saveActivePage();
      setNotice({ tone: outcome.ok ? 'info' : 'error', text: outcome.text });
    } catch {
      setNotice({ tone: 'error', text: 'Diplomark could not reach the current tab. Reload the page and try again.' });
    } finally {
      setSaving(false);
    }
  }

  async function highlightPage() {
    setNotice(null);
    try {
      const outcome = await highlightActivePage();
      setNotice({ tone: outcome.ok ? 'info' : 'error', text: outcome.text });
    } catch {
      setNotice({ tone: 'error', text: 'Diplomark could not reach the current tab. Reload the page and try again.' });
    }
  }

  async function exportAll() {
    try {
      const count = await downloadAllClippings(await database);
      setNotice({ tone: 'info', text: `Exported ${countLabel(count, 'clipping')}.` });
    } catch (error) {
      showError(error);
    }
  }

  return (
    <>
    <PopupView
      state={state}
      notice={notice}
      deleted={deleted}
      saving={saving}
      onSavePage={() => void savePage()}
      onHighlightPage={() => void highlightPage()}
      onExport={() => void exportAll()}
      onOpenDashboard={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
      onOpenArticle={(url) => {
        if (isOpenableUrl(url)) void browser.tabs.create({ url });
      }}
      onDelete={(clipping) => void remove([clipping.id])}
      onUndo={() => void undo()}
      onDismissNotice={() => setNotice(null)}
      hostAccess={hostAccess}
      onAllowSite={allowSite}
    />
    <PersistenceNotice outcome={persistence} />
    </>
  );
}

