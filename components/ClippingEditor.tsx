import { useState } from 'preact/hooks';
import { readerFieldsProblem } from '../lib/store/clipping-rules';
import type { Clipping } from '../lib/store/types';

export interface ClippingEditorProps {
  clipping: Clipping;
  /** May return a promise; a rejection's message is shown under the editor. */
  onSave: (change: { note: string; tags: string[] }) => void | Promise<unknown>;
}

/** The reader's note and tags on a clipping. Keyed by clipping id by the parent, so it resets on switch. */
export function ClippingEditor({ clipping, onSave }: ClippingEditorProps) {
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join(', '));
  const tagList = tags.split(',').map((tag) => tag.trim()).filter(Boolean);
  const changed = note !== clipping.note || tagList.join('\u0000') !== clipping.tags.join('\u0000');
  const [refusal, setRefusal] = useState('');
  // The store refuses what an export could not bring back; say so before the reader presses Save.
  const problem = readerFieldsProblem(note, tagList) ?? refusal;
  return (
    <form
      class="editor"
      aria-label="Your note and tags"
      onSubmit={(event) => {
        event.preventDefault();
        if (readerFieldsProblem(note, tagList)) return;
        setRefusal('');
        Promise.resolve(onSave({ note, tags: tagList })).catch((error: unknown) => setRefusal(error instanceof Error ? error.message : String(error)));
      }}
    >
      <label for="clipping-note">Note</label>
      <textarea
        id="clipping-note"
        rows={4}
        dir="auto"
        value={note}
        aria-describedby="clipping-editor-problem"
        onInput={(event) => {
          setNote(event.currentTarget.value);
          setRefusal('');
        }}
      />
      <label for="clipping-tags">Tags (separated by commas)</label>
      <input
        id="clipping-tags"
        type="text"
        dir="auto"
        value={tags}
        aria-describedby="clipping-editor-problem"
        onInput={(event) => {
          setTags(event.currentTarget.value);
          setRefusal('');
        }}
      />
      <p id="clipping-editor-problem" class="error" role="alert">
        {problem}
      </p>
      <div class="toolbar">
        <button type="submit" class="primary" disabled={!changed || !!readerFieldsProblem(note, tagList)}>
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
