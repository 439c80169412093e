import type { EntityKind } from '../lib/entities/types';
import type { Verdict } from '../lib/store/types';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; created: boolean }
  | { status: 'error'; message: string };

export interface InPageToolbarProps {
  verdict: Verdict;
  counts: Partial<Record<EntityKind, number>>;
  highlightsShown: boolean;
  save: SaveState;
  collapsed: boolean;
  onSave: () => void;
  onToggleHighlights: () => void;
  onToggleCollapsed: () => void;
}

const KIND_ORDER: EntityKind[] = ['person', 'country', 'organization', 'place', 'dispute'];
const KIND_PLURALS: Record<EntityKind, string> = {
  person: 'people',
  country: 'countries',
  organization: 'organisations',
  place: 'places',
  dispute: 'disputes',
};

function saveLabel(save: SaveState): string {
  switch (save.status) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return save.created ? 'Saved' : 'Updated';
    default:
      return 'Save';
  }
}

/** The small in-page toolbar: verdict, what was found, save and show/hide. Render-only. */
export function InPageToolbar(props: InPageToolbarProps) {
  const { verdict, counts, highlightsShown, save, collapsed } = props;
  const total = KIND_ORDER.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  return (
    <aside class={`toolbar${collapsed ? ' collapsed' : ''}`} aria-label="Diplomark">
      <button type="button" class="brand" aria-expanded={!collapsed} onClick={props.onToggleCollapsed} title="Diplomark">
        ◆ <span class="visually-hidden">Diplomark</span>
      </button>
      {!collapsed && (
        <>
          <div class="summary">
            <strong>{verdict === 'diplomatic' ? 'Diplomatic news' : verdict === 'article' ? 'Article' : 'Page'}</strong>
            <ul class="legend" aria-label="Highlights by kind">
              {KIND_ORDER.filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => (
                <li key={kind} class="legend-item" data-kind={kind}>
                  <span class="swatch" data-kind={kind} aria-hidden="true" />
                  {counts[kind]} {KIND_PLURALS[kind]}
                </li>
              ))}
              {total === 0 && <li class="muted">Nothing recognised</li>}
            </ul>
          </div>
          <div class="actions">
            <button type="button" data-action="save" onClick={props.onSave} disabled={save.status === 'saving'}>
              {saveLabel(save)}
            </button>
            <button type="button" data-action="toggle-highlights" aria-pressed={!highlightsShown} onClick={props.onToggleHighlights}>
              {highlightsShown ? 'Hide highlights' : 'Show highlights'}
            </button>
          </div>
          {save.status === 'error' && (
            <p class="error" role="alert">
              {save.message}
            </p>
          )}
        </>
      )}
    </aside>
  );
}
