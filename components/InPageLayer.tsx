import type { EntityCard as CardModel } from '../lib/entities/describe';
import { EntityCard } from './EntityCard';
import { InPageToolbar, type InPageToolbarProps } from './InPageToolbar';

export interface InPageLayerProps {
  toolbar: InPageToolbarProps | null;
  card: {
    model: CardModel;
    countHere: number;
    countSaved: number | null;
    position: { top: number; left: number };
    asOf: string;
  } | null;
  onCardEnter: () => void;
  onCardLeave: () => void;
}

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
