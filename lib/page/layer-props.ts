import type { PageAnalysis } from '../article/analyse';
import type { EntityKind } from '../entities/types';
import type { CardController } from './card-controller';
import type { HighlightVisibility } from './highlight-visibility';
import type { InPageLayerProps, SaveState } from './in-page-views';

/**
 * What the toolbar and card are drawn from: the parts of a page session's collaborators they read, and
 * the ones that answer the reader's clicks. Read once per drawing; nothing here is changed by reading it.
 */
export interface LayerSources {
  /** The current analysis, and whether the reader asked for highlights whatever the verdict (lib/page/page-analyser.ts). */
  analyser: { readonly current: PageAnalysis | null; readonly isForced: boolean };
  visibility: Pick<HighlightVisibility, 'highlightsShown' | 'hiddenKinds' | 'collapsed' | 'shows' | 'toggleHighlights' | 'toggleKind' | 'toggleCollapsed'>;
  cards: Pick<CardController, 'current' | 'savedCount' | 'step' | 'keepOpen' | 'hideSoon'>;
  saves: { readonly state: SaveState };
  /** Saves the article (the toolbar's save button). */
  save: () => void;
}

/** Whether the analysis is worth a toolbar: an article with a verdict, or one the reader asked to see anyway. */
export function showsToolbar(analysis: PageAnalysis | null, forced: boolean): analysis is PageAnalysis {
  return analysis !== null && analysis.article !== null && (analysis.verdict !== 'none' || forced);
}

/** How many strong mentions of each kind the analysis found, for the toolbar's legend. */
export function kindCounts(analysis: PageAnalysis): Partial<Record<EntityKind, number>> {
  const counts: Partial<Record<EntityKind, number>> = {};
  for (const mention of analysis.mentions) {
    if (!mention.weak) counts[mention.kind] = (counts[mention.kind] ?? 0) + 1;
  }
  return counts;
}

/**
 * The toolbar (null when the analysis is not worth one) and the open card, as the components draw them.
 * A card is drawn only for an entity the analysis has a card for, of a kind the reader shows. `now` dates
 * the card when the article carries no date of its own.
 */
export function layerProps({ analyser, visibility, cards, saves, save }: LayerSources, now: Date = new Date()): InPageLayerProps {
  const analysis = analyser.current;
  const open = cards.current;
  // Cards come with the analysis (built where recognition runs): the page holds no knowledge base.
  const model = open ? analysis?.cards.find((card) => card.id === open.entityId) : undefined;
  return {
    toolbar: showsToolbar(analysis, analyser.isForced)
      ? {
          verdict: analysis.verdict,
          counts: kindCounts(analysis),
          highlightsShown: visibility.highlightsShown,
          hiddenKinds: visibility.hiddenKinds,
          save: saves.state,
          collapsed: visibility.collapsed,
          onSave: save,
          onToggleHighlights: () => visibility.toggleHighlights(),
          onToggleKind: (kind) => visibility.toggleKind(kind),
          onStepHighlight: (direction) => cards.step(direction),
          onToggleCollapsed: () => visibility.toggleCollapsed(),
        }
      : null,
    card:
      open && model && visibility.shows(model.kind)
        ? {
            model,
            countHere: (analysis?.mentions ?? []).filter((m) => m.entityId === model.id && !m.weak).length,
            countSaved: cards.savedCount(model.id),
            position: open.position,
            asOf: analysis?.article?.meta.publishedAt?.slice(0, 10) || now.toISOString().slice(0, 10),
          }
        : null,
    onCardEnter: () => cards.keepOpen(),
    onCardLeave: () => cards.hideSoon(),
  };
}
