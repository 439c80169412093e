import { useState } from 'preact/hooks';
import type { Clipping } from '../lib/store/types';

export interface ClippingEditorProps {
  clipping: Clipping;
  onSave: (change: { note: string; tags: string[] }) => void;
}

/** The reader's note and tags on a clipping. Keyed by clipping id by the parent, so it resets on switch. */
export function ClippingEditor({ clipping, onSave }: ClippingEditorProps) {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join(', '));
  const tagList = tags.split(',').map((tag) => tag.trim()).filter(Boolean);
  const changed = note !== clipping.note || tagList.join('\u0000') !== clipping.tags.join('\u0000');
  return (
    <form
      class="editor"
      aria-label="Your note and tags"
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ note, tags: tagList });
      }}
    >
      <label for="clipping-note">Note</label>
      <textarea id="clipping-note" rows={4} dir="auto" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      <label for="clipping-tags">Tags (separated by commas)</label>
      <input id="clipping-tags" type="text" dir="auto" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
      <div class="toolbar">
        <button type="submit" class="primary" disabled={!changed}>
          Save note and tags
        </button>
        <button
          type="button"
          disabled={!changed}
          onClick={() => {
            setNote(clipping.note);
            setTags(clipping.tags.join(', '));
          }}
        >
          Discard changes
        </button>
      </div>
    </form>
  );
}
