import { describe, expect, it, vi } from 'vitest';
import type { PageAnalysis } from '../../../lib/article/analyse';
import { answerContentMessage, type MessageTarget } from '../../../lib/page/content-messages';

const OWN = 'own-extension-id';
const analysis = { verdict: 'diplomatic', article: { meta: { title: 'Leaders meet in Seoul' } } } as unknown as PageAnalysis;

function session(overrides: Partial<MessageTarget> = {}): MessageTarget {
  return {
    current: analysis,
    readerHighlights: { highlightSelection: vi.fn(async () => ({ ok: true as const, id: 'h1' })) },
    analyseNow: vi.fn(async () => analysis),
    save: vi.fn(async () => ({ ok: true as const, id: 'c1', created: true })),
    ...overrides,
  };
}

describe('answerContentMessage', () => {
  it('ignores messages from other extensions and of unknown shape, so nothing acts on them', () => {
    const target = session();
    expect(answerContentMessage({ type: 'popup→content:save-article' }, { id: 'someone-else' }, OWN, target)).toBeUndefined();
    expect(answerContentMessage({ type: 'popup→content:delete-everything' }, { id: OWN }, OWN, target)).toBeUndefined();
    expect(answerContentMessage('popup→content:save-article', { id: OWN }, OWN, target)).toBeUndefined();
    expect(target.save).not.toHaveBeenCalled();
  });

  it('saves from the popup, the context menu and the shortcut, and reports the verdict and title', async () => {
    const target = session();
    await expect(answerContentMessage({ type: 'popup→content:save-article' }, { id: OWN }, OWN, target)).resolves.toEqual({
      ok: true,
      verdict: 'diplomatic',
      title: 'Leaders meet in Seoul',
    });
    await answerContentMessage({ type: 'background→content:save-article' }, { id: OWN }, OWN, target);
    expect(target.save).toHaveBeenCalledTimes(2);
  });

  it('passes on a failed save’s message', async () => {
    const target = session({ save: async () => ({ ok: false, error: 'Storage is full.' }) });
    await expect(answerContentMessage({ type: 'popup→content:save-article' }, { id: OWN }, OWN, target)).resolves.toEqual({ ok: false, error: 'Storage is full.' });
  });

  it('analyses on request and highlights the selection with the note editor open', async () => {
    const target = session();
    await expect(answerContentMessage({ type: 'popup→content:analyse-now' }, { id: OWN }, OWN, target)).resolves.toMatchObject({ ok: true, verdict: 'diplomatic' });
    await answerContentMessage({ type: 'background→content:highlight-selection' }, { id: OWN }, OWN, target);
    expect(target.readerHighlights!.highlightSelection).toHaveBeenCalledWith({ openEditor: true });
  });

  it('says why when Diplomark is off on the site or highlights are off on the page', async () => {
    await expect(answerContentMessage({ type: 'popup→content:save-article' }, { id: OWN }, OWN, null)).resolves.toEqual({
      ok: false,
      error: 'Diplomark is paused or turned off on this site.',
    });
    const noReaderHighlights = session({ readerHighlights: null });
    await expect(answerContentMessage({ type: 'background→content:highlight-selection' }, { id: OWN }, OWN, noReaderHighlights)).resolves.toEqual({
      ok: false,
      error: 'Highlights are turned off on this page.',
    });
  });
});
