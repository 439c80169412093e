import { mayBeArticle } from './gate';
import { loadedArticleCode, type ArticleCode } from './gate-handoff';

/** The extension APIs the gate uses, as the browser provides them (no polyfill rides on every page). */
export interface GateApis {
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
  };
  storage: {
    onChanged: {
      addListener(listener: SettingsListener): void;
      removeListener(listener: SettingsListener): void;
    };
  };
}

type SettingsListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The page's window, as far as the gate follows its navigations. */
export type GateWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & { navigation?: EventTarget };

export interface GateOptions {
  doc: Document;
  /** The extension's APIs, asked for only once the gate needs them (undefined once the extension is gone). */
  apis: () => GateApis | undefined;
  /** The window whose navigations are followed (default: the document's). */
  win?: GateWindow;
  /** The article code loaded in this frame (tests pass their own). */
  articleCode?: () => ArticleCode | undefined;
  /**
   * When a new view of a page that was no article is looked at, in ms after its URL changed: a single-page
   * app often renders the view after the URL changes (once its data arrives), so it is looked at a few times.
   */
  lookAgainAfterMs?: readonly number[];
  /** Where the browser has no Navigation API, how often the URL is read: pushState fires no event there. */
  urlCheckMs?: number;
}

/** Root attribute of the verdict (docs/design.md); the gate sets `none` for a page it turns away. */
const VERDICT_ATTRIBUTE = 'data-diplomark';
const LOOK_AGAIN_AFTER_MS = [100, 1000, 3000];
const URL_CHECK_MS = 3000;

/**
 * What runs on every http(s) page: decides whether the page may hold an article and, only then, touches
 * the extension: asks the background to load the article code into the page (the background checks the
 * reader's settings first: paused, site turned off). A page it turns away costs one look at the page:
 * no extension API, no listener of the extension's messages (a request from the reader loads the article
 * code from the extension's side, lib/article/article-code-loader.ts) and, where the browser has the
 * Navigation API, no timer: it looks again when a single-page app changes the URL. Nothing is posted to
 * the page. Returns `stop`.
 */
export function startGate({
  doc,
  apis,
  win = doc.defaultView ?? undefined,
  articleCode = loadedArticleCode,
  lookAgainAfterMs = LOOK_AGAIN_AFTER_MS,
  urlCheckMs = URL_CHECK_MS,
}: GateOptions): () => void {
  let loading = false;
  let markedNone = false;
  let stopped = false;
  let seenUrl = doc.location?.href ?? '';
  let looks: ReturnType<typeof setTimeout>[] = [];
  let urlCheck: ReturnType<typeof setInterval> | undefined;
  let followingSettings: GateApis | null = null;

  const loadArticleCode = async () => {
    const api = apis();
    if (api === undefined) return stop(); // the extension was updated or turned off
    if (loading) return;
    loading = true;
    const answer = await api.runtime.sendMessage({ type: 'content→background:load-article-code' }).catch(() => undefined);
    loading = false;
    // The background answers once the article code has run in this frame, so it is registered by now.
    if (articleCode()) {
      // The article code follows the navigations and the settings from here on.
      stopFollowingNavigation();
      unfollowSettings();
    } else if (api.runtime.id === undefined) {
      stop();
    } else if ((answer as { loaded?: unknown } | undefined)?.loaded === false) {
      followSettings(api); // paused, or the site turned off
    }
  };

  const look = () => {
    if (stopped || articleCode()) return;
    if (mayBeArticle(doc)) {
      if (markedNone) doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
      markedNone = false;
      void loadArticleCode();
    } else if (!markedNone) {
      doc.documentElement.setAttribute(VERDICT_ATTRIBUTE, 'none');
      markedNone = true;
    }
  };

  // A page that was no article may become one without a load (a single-page app's next view): look again
  // when the URL changes. The URL is read, not told, so an event the page forges changes nothing.
  const onNavigated = () => {
    const url = doc.location?.href ?? '';
    if (stopped || url === seenUrl) return;
    seenUrl = url;
    for (const pending of looks) clearTimeout(pending);
    looks = lookAgainAfterMs.map((delay) => setTimeout(look, delay));
  };
  const navigation = win?.navigation;
  const followNavigation = () => {
    // currententrychange follows pushState, replaceState, back and forward, and #fragment changes alike.
    if (navigation) return navigation.addEventListener('currententrychange', onNavigated);
    win?.addEventListener('popstate', onNavigated);
    win?.addEventListener('hashchange', onNavigated);
    urlCheck = setInterval(onNavigated, urlCheckMs);
  };
  const stopFollowingNavigation = () => {
    navigation?.removeEventListener('currententrychange', onNavigated);
    win?.removeEventListener('popstate', onNavigated);
    win?.removeEventListener('hashchange', onNavigated);
    clearInterval(urlCheck);
    for (const pending of looks) clearTimeout(pending);
    looks = [];
  };

  // Paused, or the site turned off, when the page may be an article: look again once the settings change.
  const onSettingsChanged: SettingsListener = (changes, area) => {
    if (area === 'local' && 'settings' in changes) look();
  };
  const followSettings = (api: GateApis) => {
    if (followingSettings || stopped) return;
    followingSettings = api;
    api.storage.onChanged.addListener(onSettingsChanged);
  };

  const unfollowSettings = () => {
    try {
      followingSettings?.storage.onChanged.removeListener(onSettingsChanged);
    } catch {
      // The extension was updated or turned off: its listeners went with it.
    }
    followingSettings = null;
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopFollowingNavigation();
    if (markedNone && !articleCode()) doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
    unfollowSettings();
  };

  look();
  if (!stopped && !articleCode()) followNavigation();
  return stop;
}
