import type { Clipping } from '../lib/store/types';

/** A one-line message for the reader: the outcome of an action, or what went wrong. */
export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

interface NoticesProps {
  notice: Notice | null;
  /** The clipping (or clippings) just deleted, while Undo is still offered. */
  deleted: readonly Clipping[] | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** Messages and the Undo offer, in a live region so screen readers announce them. */
export function Notices({ notice, deleted, onUndo, onDismiss }: NoticesProps) {
  return (
    <div class="notices" aria-live="polite">
      {deleted && deleted.length > 0 && (
        <p class="notice undo">
          {/* bdi keeps a right-to-left title from reordering the sentence around it */}
          <span>{deletedLabel(deleted)}</span>
          <button type="button" onClick={onUndo}>
            Undo
          </button>
        </p>
      )}
      {notice && (
        <p class={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
          <span>{notice.text}</span>
          <button type="button" class="quiet" aria-label="Dismiss message" onClick={onDismiss}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}

function deletedLabel(deleted: readonly Clipping[]) {
  const one = deleted.length === 1 ? deleted[0] : undefined;
  if (one) {
    return (
      <>
        Deleted “<bdi>{one.title.trim() || one.url}</bdi>”.
      </>
    );
  }
  return <>Deleted {deleted.length.toLocaleString()} clippings.</>;
}
