import type { EntityKind } from '../lib/entities/types';
import type { InPageToolbarProps, SaveState } from '../lib/page/in-page-views';

export type { InPageToolbarProps, SaveState };

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

/**
 * The small in-page toolbar: verdict, a legend whose kinds toggle their highlights, save, show/hide all,
 * and previous/next highlight for keyboard readers. Render-only.
 */
export function InPageToolbar(props: InPageToolbarProps) {
  const { verdict, counts, highlightsShown, hiddenKinds, save, collapsed } = props;
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
              {KIND_ORDER.filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => {
                const shown = highlightsShown && !hiddenKinds.includes(kind);
                return (
                  <li key={kind}>
                    <button
                      type="button"
                      class="legend-item"
                      data-kind={kind}
                      data-action="toggle-kind"
                      aria-pressed={shown}
                      disabled={!highlightsShown}
                      title={shown ? `Hide highlights of ${KIND_PLURALS[kind]}` : `Show highlights of ${KIND_PLURALS[kind]}`}
                      onClick={() => props.onToggleKind(kind)}
                    >
                      <span class="swatch" data-kind={kind} aria-hidden="true" />
                      {counts[kind]} {KIND_PLURALS[kind]}
                    </button>
                  </li>
                );
              })}
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
            {total > 0 && highlightsShown && (
              <span class="stepper" role="group" aria-label="Go through highlights">
                <button type="button" data-action="previous-highlight" aria-label="Previous highlight" title="Previous highlight (or ← on a highlight)" onClick={() => props.onStepHighlight(-1)}>
                  ‹
                </button>
                <button type="button" data-action="next-highlight" aria-label="Next highlight" title="Next highlight (or → on a highlight)" onClick={() => props.onStepHighlight(1)}>
                  ›
                </button>
              </span>
            )}
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
