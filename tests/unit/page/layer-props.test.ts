import { describe, expect, it, vi } from 'vitest';
import type { PageAnalysis } from '../../../lib/article/analyse';
import type { EntityCard } from '../../../lib/entities/describe';
import type { EntityKind, Mention } from '../../../lib/entities/types';
import type { OpenCard } from '../../../lib/page/card-controller';
import { kindCounts, layerProps, showsToolbar, type LayerSources } from '../../../lib/page/layer-props';
import type { SaveState } from '../../../lib/page/in-page-views';
import type { Verdict } from '../../../lib/store/types';

function mention(entityId: string, kind: EntityKind, weak = false): Mention {
  return { start: 0, end: 1, entityId, kind, surface: entityId, ...(weak ? { weak } : {}) };
}

function card(id: string, kind: EntityKind): EntityCard {
  return { id, kind, kindLabel: kind, name: id, description: '', roleAtDate: '', countries: [], names: [], category: '', summary: '', nativeNames: [] };
}

const MENTIONS = [
  mention('country:jp', 'country'),
  mention('country:jp', 'country'),
  mention('country:jp', 'country', true), // "Japanese"
  mention('country:kr', 'country'),
  mention('country:kr', 'country', true), // "South Korean": evidence only, not highlighted
  mention('person:yoon-suk-yeol', 'person'),
];

function analysis({ verdict = 'diplomatic' as Verdict, article = true, dated = true } = {}): PageAnalysis {
  return {
    verdict,
    article: article ? { meta: { title: 'Leaders meet in Tokyo', ...(dated ? { publishedAt: '2023-03-16T09:00:00Z' } : {}) } } : null,
    index: null,
    mentions: MENTIONS,
    cards: [card('country:jp', 'country'), card('person:yoon-suk-yeol', 'person')],
    entities: [],
    url: 'https://news.example/story',
  } as unknown as PageAnalysis;
}

/** Collaborators as plain objects: what the session hands `layerProps`, with spies for what the clicks drive. */
function sources({
  current = analysis() as PageAnalysis | null,
  isForced = false,
  open = null as OpenCard | null,
  hidden = [] as EntityKind[],
  highlightsShown = true,
  save = { status: 'idle' } as SaveState,
} = {}) {
  const visibility = {
    highlightsShown,
    hiddenKinds: hidden,
    collapsed: true,
    shows: (kind: EntityKind) => highlightsShown && !hidden.includes(kind),
    toggleHighlights: vi.fn(),
    toggleKind: vi.fn(),
    toggleCollapsed: vi.fn(),
  };
  const cards = { current: open, savedCount: vi.fn((id: string) => (id === 'country:jp' ? 7 : null)), step: vi.fn(), keepOpen: vi.fn(), hideSoon: vi.fn() };
  const from: LayerSources = { analyser: { current, isForced }, visibility, cards, saves: { state: save }, save: vi.fn() };
  return { from, visibility, cards };
}

const NOW = new Date('2026-12-04T12:00:00Z');

describe('showsToolbar', () => {
  it('shows a toolbar for an article with a verdict, or one the reader asked for, never without an article', () => {
    expect(showsToolbar(null, true)).toBe(false);
    expect(showsToolbar(analysis({ article: false }), true)).toBe(false);
    expect(showsToolbar(analysis({ verdict: 'none' }), false)).toBe(false);
    expect(showsToolbar(analysis({ verdict: 'none' }), true)).toBe(true);
    expect(showsToolbar(analysis({ verdict: 'article' }), false)).toBe(true);
  });
});

describe('kindCounts', () => {
  it('counts the highlighted mentions of each kind, leaving weak ones out', () => {
    expect(kindCounts(analysis())).toEqual({ country: 3, person: 1 });
  });
});

describe('layerProps', () => {
  it('draws the toolbar from the analysis, what the reader chose to see and the save state', () => {
    const { from } = sources({ hidden: ['person'], save: { status: 'saved', created: true } });
    const { toolbar } = layerProps(from, NOW);
    expect(toolbar).toMatchObject({
      verdict: 'diplomatic',
      counts: { country: 3, person: 1 },
      highlightsShown: true,
      hiddenKinds: ['person'],
      collapsed: true,
      save: { status: 'saved', created: true },
    });
  });

  it('draws no toolbar before an analysis, for a page without an article, or for one with nothing of interest', () => {
    expect(layerProps(sources({ current: null }).from, NOW).toolbar).toBeNull();
    expect(layerProps(sources({ current: analysis({ article: false }) }).from, NOW).toolbar).toBeNull();
    expect(layerProps(sources({ current: analysis({ verdict: 'none' }) }).from, NOW).toolbar).toBeNull();
    expect(layerProps(sources({ current: analysis({ verdict: 'none' }), isForced: true }).from, NOW).toolbar?.verdict).toBe('none');
  });

  it('hands the toolbar’s and card’s clicks to the collaborators that answer them', () => {
    const { from, visibility, cards } = sources();
    const props = layerProps(from, NOW);
    props.toolbar!.onSave();
    props.toolbar!.onToggleHighlights();
    props.toolbar!.onToggleKind('dispute');
    props.toolbar!.onStepHighlight(-1);
    props.toolbar!.onToggleCollapsed();
    props.onCardEnter();
    props.onCardLeave();
    expect(from.save).toHaveBeenCalledOnce();
    expect(visibility.toggleHighlights).toHaveBeenCalledOnce();
    expect(visibility.toggleKind).toHaveBeenCalledWith('dispute');
    expect(cards.step).toHaveBeenCalledWith(-1);
    expect(visibility.toggleCollapsed).toHaveBeenCalledOnce();
    expect(cards.keepOpen).toHaveBeenCalledOnce();
    expect(cards.hideSoon).toHaveBeenCalledOnce();
  });

  it('draws the open card with its counts here and saved, where it was opened, dated by the article', () => {
    const position = { top: 120, left: 40 };
    const { card } = layerProps(sources({ open: { entityId: 'country:jp', position } }).from, NOW);
    expect(card?.model.id).toBe('country:jp');
    expect(card).toMatchObject({ countHere: 2, countSaved: 7, position, asOf: '2023-03-16' });
  });

  it('dates the card today when the article has no date, and leaves the saved count unknown until it is', () => {
    const { card } = layerProps(
      sources({ current: analysis({ dated: false }), open: { entityId: 'person:yoon-suk-yeol', position: { top: 0, left: 0 } } }).from,
      NOW,
    );
    expect(card).toMatchObject({ countHere: 1, countSaved: null, asOf: '2026-12-04' });
  });

  it('draws no card when none is open, when the analysis has no card for the entity, or when its kind is hidden', () => {
    const at = { top: 0, left: 0 };
    expect(layerProps(sources().from, NOW).card).toBeNull();
    expect(layerProps(sources({ open: { entityId: 'country:kr', position: at } }).from, NOW).card).toBeNull();
    expect(layerProps(sources({ open: { entityId: 'country:jp', position: at }, hidden: ['country'] }).from, NOW).card).toBeNull();
    expect(layerProps(sources({ open: { entityId: 'country:jp', position: at }, highlightsShown: false }).from, NOW).card).toBeNull();
  });

  it('draws the open card whether or not the analysis is worth a toolbar', () => {
    const { card, toolbar } = layerProps(sources({ current: analysis({ verdict: 'none' }), open: { entityId: 'country:jp', position: { top: 0, left: 0 } } }).from, NOW);
    expect(toolbar).toBeNull();
    expect(card?.model.id).toBe('country:jp');
  });
});
