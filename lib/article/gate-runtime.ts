import { isActiveOn, parseSettings, type Settings } from '../settings/settings';
import { mayBeArticle } from './gate';
import { loadedArticleCode, type ArticleCode } from './gate-handoff';

/** The extension APIs the gate uses, as the browser provides them (no polyfill rides on every page). */
export interface GateApis {
  runtime: {
    readonly id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: {
      addListener(listener: GateMessageListener): void;
      removeListener(listener: GateMessageListener): void;
    };
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
      removeListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

type GateMessageListener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => boolean | undefined;

export interface GateOptions {
  doc: Document;
  apis: GateApis;
  /** The article code loaded in this frame (tests pass their own). */
  articleCode?: () => ArticleCode | undefined;
  /** How often a page that was no article is looked at again for a new URL (a single-page app's next view). */
  urlCheckMs?: number;
}

/** Root attribute of the verdict (docs/design.md); the gate sets `none` for a page it turns away. */
const VERDICT_ATTRIBUTE = 'data-diplomark';
const URL_CHECK_MS = 1000;
/** Messages the popup and the background send to a page; anything else is not the gate's to answer. */
const PAGE_MESSAGES = new Set(['popup→content:analyse-now', 'popup→content:save-article', 'background→content:save-article', 'background→content:highlight-selection']);

/**
 * What runs on every http(s) page: decides whether the page may hold an article and, only then, asks
 * the background to load the article code into it. It answers the popup's and background's messages
 * itself, loading the article code first when the reader asks for something on a page that is not an
 * article ("Highlight this page", save from the menu or shortcut). Nothing is posted to the page and
 * no page event is listened to. Returns `stop`.
 */
export function startGate({ doc, apis, articleCode = loadedArticleCode, urlCheckMs = URL_CHECK_MS }: GateOptions): () => void {
  let settings: Settings | null = null;
  let loading: Promise<ArticleCode | undefined> | null = null;
  let markedNone = false;
  let checkedUrl = '';
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;

  const active = () => settings !== null && isActiveOn(settings, doc.location?.hostname ?? '');

  const loadArticleCode = (): Promise<ArticleCode | undefined> => {
    const loaded = articleCode();
    if (loaded) return Promise.resolve(loaded);
    loading ??= apis.runtime.sendMessage({ type: 'content→background:load-article-code' }).then(
      // The background answers once the article code has run in this frame, so it is registered by now.
      () => articleCode(),
      () => undefined,
    ).finally(() => {
      loading = null;
    });
    return loading;
  };

  const look = () => {
    if (stopped || !active() || articleCode()) return;
    checkedUrl = doc.location?.href ?? '';
    if (mayBeArticle(doc)) {
      if (markedNone) doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
      markedNone = false;
      void loadArticleCode();
    } else {
      doc.documentElement.setAttribute(VERDICT_ATTRIBUTE, 'none');
      markedNone = true;
    }
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearInterval(timer);
    if (markedNone && !articleCode()) doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
    try {
      apis.runtime.onMessage.removeListener(onMessage);
      apis.storage.onChanged.removeListener(onStorage);
    } catch {
      // The extension was updated or turned off: its listeners went with it.
    }
  };

  // A page that was no article may become one without a load (a single-page app's next view): look again
  // when the URL changes. The same tick notices the extension going away (updated, turned off).
  const tick = () => {
    if (apis.runtime.id === undefined) return stop();
    if (articleCode()) return clearInterval(timer);
    if ((doc.location?.href ?? '') !== checkedUrl) look();
  };

  const onMessage: GateMessageListener = (message, sender, sendResponse) => {
    if (sender.id !== apis.runtime.id || typeof message !== 'object' || message === null) return undefined;
    if (!PAGE_MESSAGES.has(String((message as { type?: unknown }).type))) return undefined;
    const answer = async (): Promise<unknown> => {
      if (!active()) return { ok: false, error: 'Diplomark is paused or turned off on this site.' };
      const code = await loadArticleCode();
      if (!code) return { ok: false, error: 'Diplomark could not start on this page.' };
      return code.answer(message, sender) ?? { ok: false, error: 'Diplomark did not understand the request.' };
    };
    answer().then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }));
    return true; // the answer comes asynchronously
  };

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !('settings' in changes)) return;
    settings = parseSettings(changes.settings?.newValue);
    if (!active() && markedNone) {
      doc.documentElement.removeAttribute(VERDICT_ATTRIBUTE);
      markedNone = false;
    }
    look();
  };

  apis.runtime.onMessage.addListener(onMessage);
  apis.storage.onChanged.addListener(onStorage);
  void apis.storage.local.get('settings').then((stored) => {
    settings = parseSettings(stored.settings);
    look();
    if (!stopped) timer = setInterval(tick, urlCheckMs);
  }, stop);
  return stop;
}
