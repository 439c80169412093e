import type { RejectedItem } from '../lib/export/import';
import type { ImportedItem } from '../lib/store/import';
import { countLabel } from './clipping-format';

/** The outcome of an import: refused as a whole (message), or item by item. */
export type ImportOutcome =
  | { status: 'refused'; fileName: string; message: string }
  | { status: 'done'; fileName: string; items: ImportedItem[]; rejected: RejectedItem[] };

const SHOWN = 200;
const STATUS_TEXT = { imported: 'Imported', merged: 'Merged', unchanged: 'Already here' } as const;

/** The per-item report of an import, shown until dismissed. Render-only. */
export function ImportReport({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const counts =
    outcome.status === 'done'
      ? {
          imported: outcome.items.filter((item) => item.status === 'imported').length,
          merged: outcome.items.filter((item) => item.status === 'merged').length,
          unchanged: outcome.items.filter((item) => item.status === 'unchanged').length,
        }
      : null;
  return (
    <section class="import-report" aria-labelledby="import-report-title" role="region">
      <header>
        <h2 id="import-report-title">
          Import of <bdi>{outcome.fileName}</bdi>
        </h2>
        <button type="button" class="quiet" onClick={onClose} aria-label="Close the import report">
          ×
        </button>
      </header>
      {outcome.status === 'refused' ? (
        <p class="notice error" role="alert" data-import="refused">
          {outcome.message}
        </p>
      ) : (
        <>
          <p data-import="summary" role="status">
            {countLabel(counts?.imported ?? 0, 'clipping')} imported, {counts?.merged ?? 0} merged, {counts?.unchanged ?? 0} already
            here, {outcome.rejected.length} rejected.
          </p>
          {outcome.rejected.length > 0 && (
            <>
              <h3>Rejected</h3>
              <ul class="import-items">
                {outcome.rejected.slice(0, SHOWN).map((item) => (
                  <li key={item.index} data-status="rejected">
                    <bdi>{item.label}</bdi> (item {item.index + 1}): {item.reason}
                  </li>
                ))}
              </ul>
              {outcome.rejected.length > SHOWN && <p class="muted">…and {outcome.rejected.length - SHOWN} more.</p>}
            </>
          )}
          {outcome.items.length > 0 && (
            <details>
              <summary>Accepted clippings ({outcome.items.length})</summary>
              <ul class="import-items">
                {outcome.items.slice(0, SHOWN).map((item) => (
                  <li key={item.id} data-status={item.status}>
                    {STATUS_TEXT[item.status]}: <bdi>{item.title || item.canonicalUrl}</bdi>
                  </li>
                ))}
              </ul>
              {outcome.items.length > SHOWN && <p class="muted">…and {outcome.items.length - SHOWN} more.</p>}
            </details>
          )}
        </>
      )}
    </section>
  );
}
