import type { EntityCard as CardModel } from '../lib/entities/describe';

export interface EntityCardProps {
  card: CardModel;
  /** Occurrences in this article. */
  countHere: number;
  /** Saved clippings that name the entity; null while unknown (not asked yet, or the answer failed). */
  countSaved: number | null;
  /** Where to draw the card, in viewport pixels. */
  position: { top: number; left: number };
  /** Date the card describes roles at (the article's date), as shown to the reader. */
  asOf: string;
  onSave: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** The hover card for one highlighted entity. Render-only; every string is rendered as text. */
export function EntityCard({ card, countHere, countSaved, position, asOf, onSave, onPointerEnter, onPointerLeave }: EntityCardProps) {
  return (
    <section
      class={`card kind-${card.kind}`}
      role="dialog"
      aria-label={`${card.kindLabel}: ${card.name}`}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <header>
        <span class="kind-badge" data-kind={card.kind}>
          {card.kindLabel}
        </span>
        <h2>{card.name}</h2>
        {card.nativeNames.length > 0 && <p class="native">{card.nativeNames.join(' · ')}</p>}
      </header>
      {card.roleAtDate && (
        <p class="role">
          {card.roleAtDate} <span class="muted">(as of {asOf})</span>
        </p>
      )}
      {card.description && <p>{card.description}</p>}
      {card.names.length > 0 && (
        <dl class="names" aria-label="What each side calls it">
          {card.names.map(({ label, name }) => (
            <div key={`${label}:${name}`}>
              <dt>{label}</dt>
              <dd>{name}</dd>
            </div>
          ))}
        </dl>
      )}
      {card.summary && <p>{card.summary}</p>}
      {card.category && <p class="muted">Category: {card.category}</p>}
      {card.kind !== 'dispute' && card.countries.length > 0 && card.kind !== 'country' && (
        <p class="muted">{card.countries.join(', ')}</p>
      )}
      <footer>
        <span class="muted counts">
          <span data-count="here">
            {countHere} {countHere === 1 ? 'mention' : 'mentions'} in this article
          </span>
          {countSaved !== null && (
            <span data-count="saved">
              in {countSaved} saved {countSaved === 1 ? 'clipping' : 'clippings'}
            </span>
          )}
        </span>
        <button type="button" onClick={onSave}>
          Save article
        </button>
      </footer>
    </section>
  );
}
