import type { PersistenceOutcome } from '../lib/store/persistence';

/** One calm line when the browser did not grant persistent storage; nothing otherwise. Render-only. */
export function PersistenceNotice({ outcome }: { outcome: PersistenceOutcome | null }) {
  if (outcome !== 'denied') return null;
  return (
    <p class="muted persistence-notice" data-notice="persistence">
      The browser may clear Diplomark’s clippings if the disk gets full. Export them now and then to keep a copy.
    </p>
  );
}
