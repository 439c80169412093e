import type { ClippingEntity } from '../lib/store/types';
import { KIND_LABELS, countLabel, topEntities } from './clipping-format';
import { KindIcon } from './KindIcon';

interface EntityChipsProps {
  entities: readonly ClippingEntity[];
  /** How many chips to show; the rest are summed up as "+N more". */
  max?: number;
}

/** The most mentioned entities of a clipping as small chips, each marked by kind in colour, icon, border and text. */
export function EntityChips({ entities, max = 8 }: EntityChipsProps) {
  if (entities.length === 0) return null;
  const shown = topEntities(entities, max);
  const hidden = entities.length - shown.length;
  return (
    <ul class="chips" aria-label="Entities">
      {shown.map((entity) => {
        const kind = KIND_LABELS[entity.kind];
        return (
          <li
            key={entity.id}
            class="chip"
            data-kind={entity.kind}
            data-entity={entity.id}
            title={`${kind}: ${entity.name} (${countLabel(entity.count, 'mention')})`}
          >
            <KindIcon kind={entity.kind} />
            <span class="visually-hidden">{kind}: </span>
            <span class="chip-name" dir="auto">
              {entity.name}
            </span>
          </li>
        );
      })}
      {hidden > 0 && <li class="chip chip-more">+{hidden} more</li>}
    </ul>
  );
}
