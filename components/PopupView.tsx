import type { HostAccess } from '../lib/host-access';
import type { Clipping } from '../lib/store/types';
import { ClippingList } from './ClippingList';
import { countLabel } from './clipping-format';
import { EmptyState } from './EmptyState';
import { type Notice, Notices } from './Notices';
import type { ClippingsState } from './use-live-clippings';

export interface PopupViewProps {
  state: ClippingsState;
  notice: Notice | null;
  deleted: readonly Clipping[] | null;
  /** True while the active tab is saving, to avoid double saves. */
  saving: boolean;
  locale?: string;
  onSavePage: () => void;
  /** Highlight the active page even if Diplomark judged it not to be an article. */
  onHighlightPage: () => void;
  onExport: () => void;
  onOpenDashboard: () => void;
  onOpenArticle: (url: string) => void;
  onDelete: (clipping: Clipping) => void;
  onUndo: () => void;
  onDismissNotice: () => void;
  /** Diplomark's access to the active tab's site; when missing, the popup says so and offers to allow it. */
  hostAccess?: HostAccess;
  onAllowSite?: () => void;
}

/** The toolbar popup: actions, messages and the newest clippings. Render-only. */
export function PopupView(props: PopupViewProps) {
  const { state, saving } = props;
  const total = state.status === 'ready' ? state.total : 0;
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Diplomark</h1>
        {state.status === 'ready' && <p class="count">{countLabel(total, 'clipping')}</p>}
      </header>
      {props.hostAccess?.state === 'missing' && <HostAccessMissing site={props.hostAccess.site} onAllow={props.onAllowSite} />}
      <div class="toolbar" role="group" aria-label="Actions">
        <button type="button" class="primary" onClick={props.onSavePage} disabled={saving}>
          {saving ? 'Saving…' : 'Save this page'}
        </button>
        <button type="button" onClick={props.onHighlightPage} title="Highlight names on this page even if it is not an article">
          Highlight this page
        </button>
        <button type="button" onClick={props.onExport} disabled={total === 0}>
          Export JSON
        </button>
        <button type="button" onClick={props.onOpenDashboard}>
          Open dashboard
        </button>
      </div>
      <Notices notice={props.notice} deleted={props.deleted} onUndo={props.onUndo} onDismiss={props.onDismissNotice} />
      <PopupBody {...props} />
    </main>
  );
}

/** Without host access the content script never runs on the site: say so instead of silently doing nothing. */
function HostAccessMissing({ site, onAllow }: { site: string; onAllow: (() => void) | undefined }) {
  return (
    <section class="notice error host-access" role="alert" aria-label="Site access">
      <p>
        Diplomark is not allowed to read pages on <bdi>{site}</bdi>, so it can’t highlight or save them.
      </p>
      <button type="button" class="primary" data-action="allow-site" onClick={onAllow}>
        Allow on this site
      </button>
    </section>
  );
}

function PopupBody({ state, locale, onOpenArticle, onDelete }: PopupViewProps) {
  if (state.status === 'loading') return <p class="placeholder">Loading your clippings…</p>;
  if (state.status === 'error') {
    return (
      <p class="notice error" role="alert">
        {state.error.message}
      </p>
    );
  }
  if (state.clippings.length === 0) return <EmptyState />;
  const more = state.total - state.clippings.length;
  return (
    <>
      <ClippingList clippings={state.clippings} locale={locale} onOpen={onOpenArticle} onDelete={onDelete} />
      {more > 0 && <p class="placeholder">{countLabel(more, 'older clipping')} in the dashboard.</p>}
    </>
  );
}
