import type { EntityKind } from '../lib/entities/types';

// Drawn inline rather than taken from an emoji font, which many systems lack.
const PATHS: Record<EntityKind, string> = {
  person: 'M8 1.5a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM2 15c0-3.3 2.7-6 6-6s6 2.7 6 6z',
  country: 'M3 1h1.6v14H3zM5.6 2H13l-2 3 2 3H5.6z',
  organization: 'M8 1 1 4.5V6h14V4.5zM2.5 7h2v6h-2zM7 7h2v6H7zM11.5 7h2v6h-2zM1 13.8h14v1.7H1z',
  place: 'M8 .5a5.2 5.2 0 0 0-5.2 5.2C2.8 9.6 8 15.5 8 15.5s5.2-5.9 5.2-9.8A5.2 5.2 0 0 0 8 .5zm0 3.2a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
  dispute:
    'M7.2 1h1.6v12.5H7.2zM4 13.5h8V15H4zM2 3h12v1.5H2zM3.5 4.5 1 10h5zM12.5 4.5 10 10h5zM1 10.5h5a2.5 2.5 0 0 1-5 0zM10 10.5h5a2.5 2.5 0 0 1-5 0z',
};

/** A small decorative glyph for an entity kind; the kind is always also given in text. */
export function KindIcon({ kind }: { kind: EntityKind }) {
  return (
    <svg class="kind-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="currentColor" fill-rule={kind === 'place' ? 'evenodd' : 'nonzero'} />
    </svg>
  );
}
