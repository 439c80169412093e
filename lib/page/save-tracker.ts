import type { SaveClippingResponse } from '../messaging/contract';
import type { ClippingDraft } from '../store/types';
import type { SaveState } from './in-page-views';

/** Why a save did not reach the background, in the reader's words. */
function unreachable(error: unknown): string {
  return error instanceof Error && /context invalidated/i.test(error.message)
    ? 'Diplomark was updated or turned off. Reload the page to save this article.'
    : `Could not reach Diplomark to save: ${error instanceof Error ? error.message : String(error)}`;
}

/** The save button's state machine: idle → saving → saved or error; a reader highlight can save the article too. */
export class SaveTracker {
  private current: SaveState = { status: 'idle' };

  constructor(
    private readonly options: {
      /** Sends a clipping to be stored; resolves with the background's answer. */
      send: (draft: ClippingDraft) => Promise<SaveClippingResponse>;
      /** The article was stored by a save (before the state changes). */
      onStored?: () => void;
      /** The state changed: draw it. */
      onChange: () => void;
    },
  ) {}

  get state(): SaveState {
    return this.current;
  }

  /** Back to idle without drawing (a new view or analysis draws anyway). */
  reset(): void {
    this.current = { status: 'idle' };
  }

  /** The article was saved by another way (a reader highlight stores its clipping too). */
  markSaved(created: boolean): void {
    this.set({ status: 'saved', created });
  }

  async save(draft: ClippingDraft | null): Promise<SaveClippingResponse> {
    if (!draft) {
      const response: SaveClippingResponse = { ok: false, error: 'Diplomark found no article on this page to save.' };
      this.set({ status: 'error', message: response.error });
      return response;
    }
    this.set({ status: 'saving' });
    let response: SaveClippingResponse;
    try {
      response = await this.options.send(draft);
    } catch (error) {
      response = { ok: false, error: unreachable(error) };
    }
    if (response.ok) this.options.onStored?.();
    this.set(response.ok ? { status: 'saved', created: response.created } : { status: 'error', message: response.error });
    return response;
  }

  private set(state: SaveState): void {
    this.current = state;
    this.options.onChange();
  }
}
