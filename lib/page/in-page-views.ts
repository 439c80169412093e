import type { EntityCard } from '../entities/describe';
import type { EntityKind } from '../entities/types';
import type { Verdict } from '../store/types';

/** What the page layer draws, as data and callbacks; `components/` draws it (lib/ never imports components). */

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; created: boolean }
  | { status: 'error'; message: string };

export interface InPageToolbarProps {
  verdict: Verdict;
  counts: Partial<Record<EntityKind, number>>;
  highlightsShown: boolean;
  /** Kinds the reader turned off in the legend. */
  hiddenKinds: readonly EntityKind[];
  save: SaveState;
  collapsed: boolean;
  onSave: () => void;
  onToggleHighlights: () => void;
  onToggleKind: (kind: EntityKind) => void;
  /** Moves keyboard focus to the next (1) or previous (-1) visible highlight. */
  onStepHighlight: (direction: 1 | -1) => void;
  onToggleCollapsed: () => void;
}

export interface InPageLayerProps {
  toolbar: InPageToolbarProps | null;
  card: {
    model: EntityCard;
    countHere: number;
    countSaved: number | null;
    position: { top: number; left: number };
    asOf: string;
  } | null;
  onCardEnter: () => void;
  onCardLeave: () => void;
}

/** One of the reader's highlights as the in-page list shows it. */
export type ReaderHighlightItem =
  | { id: string; quote: string; note: string; found: true; method: string }
  | { id: string; quote: string; note: string; found: false; prefix: string; suffix: string };

export interface ReaderHighlightListProps {
  /** Where the Highlight button goes, next to the reader's selection in the article; null hides it. */
  selection: { top: number; left: number } | null;
  items: ReaderHighlightItem[];
  open: boolean;
  /** Id of the highlight whose note is being edited. */
  editing: string | null;
  message: string | null;
  onHighlight: (withNote: boolean) => void;
  onToggle: () => void;
  onEdit: (id: string | null) => void;
  onSaveNote: (id: string, note: string) => void;
  onDelete: (id: string) => void;
  onDismissMessage: () => void;
}

/** Draws a view into a mount point inside our shadow root; `null` takes it down. */
export interface InPageRenderers {
  layer(props: InPageLayerProps | null, mount: HTMLElement): void;
  readerHighlights(props: ReaderHighlightListProps | null, mount: HTMLElement): void;
}
