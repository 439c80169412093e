import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderHighlightItem, ReaderHighlightListProps } from '../lib/page/in-page-views';

export type { ReaderHighlightItem, ReaderHighlightListProps };

const QUOTE_PREVIEW = 160;

function preview(text: string, max = QUOTE_PREVIEW): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Keeps keys typed in the note editor from reaching the page's own shortcuts. */
function stopKeys(event: KeyboardEvent): void {
  event.stopPropagation();
}

function NoteEditor({ item, onSave, onCancel }: { item: ReaderHighlightItem; onSave: (note: string) => void; onCancel: () => void }) {
  const [note, setNote] = useState(item.note);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  return (
    <form
      class="note-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(note);
      }}
    >
      <label>
        <span class="visually-hidden">Note</span>
        <textarea
          ref={field}
          name="note"
          rows={3}
          placeholder="Add a note (optional)"
          value={note}
          onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(event) => {
            stopKeys(event);
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSave(note);
            if (event.key === 'Escape') onCancel();
          }}
          onKeyUp={stopKeys}
          onKeyPress={stopKeys}
        />
      </label>
      <div class="note-actions">
        <button type="submit" data-action="save-note">Save note</button>
        <button type="button" data-action="cancel-note" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function HighlightEntry(props: { item: ReaderHighlightItem; editing: boolean } & Pick<ReaderHighlightListProps, 'onEdit' | 'onSaveNote' | 'onDelete'>) {
  const { item, editing } = props;
  return (
    <li class="reader-note" data-highlight-id={item.id} data-found={item.found ? 'true' : 'false'}>
      {item.found ? (
        <blockquote class="note-quote">{preview(item.quote)}</blockquote>
      ) : (
        <blockquote class="note-quote note-context">
          <span class="muted">…{preview(item.prefix, 40)}</span>
          <mark>{preview(item.quote)}</mark>
          <span class="muted">{preview(item.suffix, 40)}…</span>
        </blockquote>
      )}
      {editing ? (
        <NoteEditor item={item} onSave={(note) => props.onSaveNote(item.id, note)} onCancel={() => props.onEdit(null)} />
      ) : (
        <>
          {item.note && <p class="note-text">{item.note}</p>}
          <div class="note-actions">
            <button type="button" data-action="edit-note" onClick={() => props.onEdit(item.id)}>
              {item.note ? 'Edit note' : 'Add note'}
            </button>
            <button type="button" data-action="delete-highlight" onClick={() => props.onDelete(item.id)}>
              Delete
            </button>
          </div>
        </>
      )}
    </li>
  );
}

/**
 * The reader's highlights in the page: a Highlight button by the selection, and a panel listing the
 * highlights with their notes, those not found in the page's current text apart, with their context.
 * Render-only. Its class names and `data-action`s (`reader-notes-toggle`, `toggle-notes`) are kept as
 * shipped: end-to-end tests find the list by them.
 */
export function ReaderHighlightList(props: ReaderHighlightListProps) {
  const { selection, items, open, editing, message } = props;
  const found = items.filter((item) => item.found);
  const missing = items.filter((item) => !item.found);
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  return (
    <>
      {selection && (
        <div class="note-selection" role="toolbar" aria-label="Highlight the selection" style={{ top: `${selection.top}px`, left: `${selection.left}px` }}>
          <button type="button" data-action="highlight-selection" onMouseDown={keepSelection} onClick={() => props.onHighlight(false)}>
            Highlight
          </button>
          <button type="button" data-action="highlight-with-note" onMouseDown={keepSelection} onClick={() => props.onHighlight(true)}>
            Highlight + note
          </button>
        </div>
      )}
      {(items.length > 0 || message) && (
        <section class="reader-notes" aria-label="Your highlights">
          {items.length > 0 && (
            <button type="button" class="reader-notes-toggle" data-action="toggle-notes" aria-expanded={open} onClick={props.onToggle}>
              Your highlights ({items.length})
              {missing.length > 0 && <span class="missing-count"> · {missing.length} not found</span>}
            </button>
          )}
          {message && (
            <p class="error" role="alert">
              {message}{' '}
              <button type="button" class="link" onClick={props.onDismissMessage}>
                Dismiss
              </button>
            </p>
          )}
          {open && found.length > 0 && (
            <ol class="reader-note-list" data-section="anchored">
              {found.map((item) => (
                <HighlightEntry key={item.id} item={item} editing={editing === item.id} onEdit={props.onEdit} onSaveNote={props.onSaveNote} onDelete={props.onDelete} />
              ))}
            </ol>
          )}
          {open && missing.length > 0 && (
            <div data-section="unanchored">
              <h3>Not found in this version of the page</h3>
              <p class="muted">The article changed since you highlighted these passages. They stay saved with your clipping.</p>
              <ol class="reader-note-list">
                {missing.map((item) => (
                  <HighlightEntry key={item.id} item={item} editing={editing === item.id} onEdit={props.onEdit} onSaveNote={props.onSaveNote} onDelete={props.onDelete} />
                ))}
              </ol>
            </div>
          )}
        </section>
      )}
    </>
  );
}
