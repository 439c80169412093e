import { browser } from 'wxt/browser';
import { askArticleCode, loadArticleCode } from '../../lib/article/article-code-loader';
import type { AnalyseNowRequest, PopupToContentMessage, PopupToContentResponse, SaveArticleRequest } from '../../lib/messaging/contract';
import { isActiveOn } from '../../lib/settings/settings';
import { loadSettings } from '../../lib/settings/storage';

type TabsApi = Pick<typeof browser.tabs, 'query' | 'sendMessage'>;

/** Loading the article code into the tab when nothing there answers (a page the gate turned away). */
export interface ArticleCodeLoading {
  isActiveOn: (url: string) => Promise<boolean>;
  load: (tabId: number) => Promise<void>;
}

const LOAD_ARTICLE_CODE: ArticleCodeLoading = {
  isActiveOn: async (url) => isActiveOn(await loadSettings(), new URL(url).hostname),
  load: (tabId) => loadArticleCode(browser.scripting, tabId),
};

/** What the popup shows after "Save this page" or "Highlight this page". */
export interface SaveOutcome {
  ok: boolean;
  text: string;
}

const NOT_A_WEB_PAGE =
  'Diplomark works on web pages (addresses starting with http or https). Open a news article and try again.';
const NO_CONTENT_SCRIPT =
  'Diplomark is not running on this page. It can’t work on browser pages or the extension store; if this is a ' +
  'news page that was open before Diplomark was installed or updated, reload it and try again.';

/** Asks the active tab's content script to save its article and describes the outcome for the reader. */
export async function saveActivePage(tabs: TabsApi = browser.tabs, loading = LOAD_ARTICLE_CODE): Promise<SaveOutcome> {
  const request: SaveArticleRequest = { type: 'popup→content:save-article' };
  const answer = await askActiveTab(request, tabs, loading);
  return 'outcome' in answer ? answer.outcome : describeResponse(answer.response);
}

/**
 * Asks the active tab to highlight what it recognises even when the page is not an article (a section
 * front, a home page): the reader asked for it.
 */
export async function highlightActivePage(tabs: TabsApi = browser.tabs, loading = LOAD_ARTICLE_CODE): Promise<SaveOutcome> {
  const request: AnalyseNowRequest = { type: 'popup→content:analyse-now' };
  const answer = await askActiveTab(request, tabs, loading);
  if ('outcome' in answer) return answer.outcome;
  const { response } = answer;
  if (!isResponse(response)) return { ok: false, text: 'The page did not answer. Reload it and try again.' };
  if (!response.ok) return { ok: false, text: response.error };
  return { ok: true, text: 'Highlighted what Diplomark recognises on this page.' };
}

/**
 * Sends `request` to the active tab's article code, loading it first on a page that has none yet; an
 * `outcome` when that is impossible.
 */
async function askActiveTab(
  request: PopupToContentMessage,
  tabs: TabsApi,
  loading: ArticleCodeLoading,
): Promise<{ response: unknown } | { outcome: SaveOutcome }> {
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { outcome: { ok: false, text: 'There is no open tab.' } };
  // Without the "tabs" permission the URL is often hidden; then the content script's absence tells us.
  if (tab.url && !/^https?:/i.test(tab.url)) return { outcome: { ok: false, text: NOT_A_WEB_PAGE } };
  const tabId = tab.id;
  try {
    const response = await askArticleCode({
      send: () => tabs.sendMessage(tabId, request),
      url: async () => tab.url,
      isActiveOn: loading.isActiveOn,
      load: () => loading.load(tabId),
    });
    return { response };
  } catch {
    return { outcome: { ok: false, text: NO_CONTENT_SCRIPT } };
  }
}

function describeResponse(response: unknown): SaveOutcome {
  if (!isResponse(response)) return { ok: false, text: 'The page did not answer. Reload it and try again.' };
  if (!response.ok) return { ok: false, text: `Not saved: ${response.error}` };
  return { ok: true, text: response.title ? `Saved “${response.title}”.` : 'Saved.' };
}

function isResponse(value: unknown): value is PopupToContentResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, error, title } = value as Record<string, unknown>;
  if (ok === true) return title === undefined || typeof title === 'string';
  return ok === false && typeof error === 'string';
}
