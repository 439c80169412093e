import type { BackgroundToContentMessage } from './contract';

/** Keyboard shortcuts (manifest `commands`) and context-menu items, and what each asks the page to do. */
export const COMMAND_SAVE_ARTICLE = 'save-article';
export const COMMAND_HIGHLIGHT_SELECTION = 'highlight-selection';
export const MENU_SAVE_ARTICLE = 'diplomark-save-article';
export const MENU_HIGHLIGHT_SELECTION = 'diplomark-highlight-selection';

export const CONTEXT_MENU_ITEMS = [
  { id: MENU_SAVE_ARTICLE, title: 'Save article to Diplomark', contexts: ['page', 'link', 'image'] },
  { id: MENU_HIGHLIGHT_SELECTION, title: 'Highlight selection in Diplomark', contexts: ['selection'] },
] as const;

/** The message a command or menu item sends to the tab's content script, or null for one we do not know. */
export function messageFor(commandOrMenuItem: string | number): BackgroundToContentMessage | null {
  switch (commandOrMenuItem) {
    case COMMAND_SAVE_ARTICLE:
    case MENU_SAVE_ARTICLE:
      return { type: 'background→content:save-article' };
    case COMMAND_HIGHLIGHT_SELECTION:
    case MENU_HIGHLIGHT_SELECTION:
      return { type: 'background→content:highlight-selection' };
    default:
      return null;
  }
}

export interface CommandEnvironment {
  /** Sends to the top frame of a tab (where the content script runs). */
  sendToTab: (tabId: number, message: BackgroundToContentMessage) => Promise<unknown>;
  /** The active tab of the current window, when the browser did not say which tab. */
  activeTabId: () => Promise<number | undefined>;
}

/**
 * Runs a command or menu item on a tab: asks its content script to save or highlight. Resolves with
 * the content script's answer, or an error when the tab has none (a browser page, a site turned off).
 */
export async function runCommand(
  commandOrMenuItem: string | number,
  tabId: number | undefined,
  env: CommandEnvironment,
): Promise<{ ok: boolean; error?: string }> {
  const message = messageFor(commandOrMenuItem);
  if (!message) return { ok: false, error: `unknown command ${String(commandOrMenuItem)}` };
  const target = tabId !== undefined && tabId >= 0 ? tabId : await env.activeTabId();
  if (target === undefined) return { ok: false, error: 'no tab' };
  try {
    const answer = (await env.sendToTab(target, message)) as { ok?: boolean; error?: string } | undefined;
    return answer && typeof answer.ok === 'boolean' ? { ok: answer.ok, error: answer.error } : { ok: false, error: 'no answer from the page' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
