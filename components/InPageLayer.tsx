import type { InPageLayerProps } from '../lib/page/in-page-views';
import { EntityCard } from './EntityCard';
import { InPageToolbar } from './InPageToolbar';

export type { InPageLayerProps };

/** Everything Diplomark draws over a page: the toolbar and, while one is hovered, an entity card. */
export function InPageLayer({ toolbar, card, onCardEnter, onCardLeave }: InPageLayerProps) {
  return (
    <>
      {toolbar && <InPageToolbar {...toolbar} />}
      {card && toolbar && (
        <EntityCard
          card={card.model}
          countHere={card.countHere}
          countSaved={card.countSaved}
          position={card.position}
          asOf={card.asOf}
          onSave={toolbar.onSave}
          onPointerEnter={onCardEnter}
          onPointerLeave={onCardLeave}
        />
      )}
    </>
  );
}
