import { browser } from 'wxt/browser';
import type { PopupToContentResponse, SaveArticleRequest } from '../../lib/messaging/contract';

type TabsApi = Pick<typeof browser.tabs, 'query' | 'sendMessage'>;

/** What the popup shows after "Save this page". */
export interface SaveOutcome {
  ok: boolean;
  text: string;
}

const NOT_A_WEB_PAGE =
  'Diplomark can only save web pages (addresses starting with http or https). Open a news article and try again.';
const NO_CONTENT_SCRIPT =
  'Diplomark is not running on this page. Browser pages and the extension store can’t be saved; if this is a ' +
  'news page that was open before Diplomark was installed or updated, reload it and try again.';

/** Asks the active tab's content script to save its article and describes the outcome for the reader. */
export async function saveActivePage(tabs: TabsApi = browser.tabs): Promise<SaveOutcome> {
  const [tab] = await tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, text: 'There is no open tab to save.' };
  // Without the "tabs" permission the URL is often hidden; then the content script's absence tells us.
  if (tab.url && !/^https?:/i.test(tab.url)) return { ok: false, text: NOT_A_WEB_PAGE };

  const request: SaveArticleRequest = { type: 'popup→content:save-article' };
  let response: unknown;
  try {
    response = await tabs.sendMessage(tab.id, request);
  } catch {
    return { ok: false, text: NO_CONTENT_SCRIPT };
  }
  return describeResponse(response);
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
