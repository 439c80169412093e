import type { DiplomarkDatabase } from '../store/db';
import { saveClipping } from '../store/clippings';
import { parseContentToBackground, type SaveClippingResponse } from './contract';

/** The parts of a message sender the background trusts: set by the browser, not by the page. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  url?: string;
}

/**
 * Handles messages from content scripts. Only our own extension's content scripts are answered, only
 * well-formed requests are acted on, and none of them can delete or import anything.
 */
export function createBackgroundHandler(options: { db: () => Promise<DiplomarkDatabase>; extensionId: string; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  return async (message: unknown, sender: MessageSender): Promise<SaveClippingResponse> => {
    if (sender.id !== options.extensionId || !sender.tab) {
      return { ok: false, error: 'Rejected: messages are accepted only from Diplomark in a browser tab.' };
    }
    const request = parseContentToBackground(message);
    if (typeof request === 'string') return { ok: false, error: `Rejected: ${request}.` };
    try {
      const { clipping, created } = await saveClipping(await options.db(), request.draft, now());
      return { ok: true, id: clipping.id, created };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : 'The clipping could not be saved.' };
    }
  };
}
