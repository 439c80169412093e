import { describe, expect, it, vi } from 'vitest';
import { CONTEXT_MENU_ITEMS, messageFor, runCommand } from '../../../lib/messaging/commands';

describe('commands and context-menu items', () => {
  it('maps shortcuts and menu items to the message for the tab', () => {
    expect(messageFor('save-article')).toEqual({ type: 'background→content:save-article' });
    expect(messageFor('diplomark-save-article')).toEqual({ type: 'background→content:save-article' });
    expect(messageFor('highlight-selection')).toEqual({ type: 'background→content:highlight-selection' });
    expect(messageFor('diplomark-highlight-selection')).toEqual({ type: 'background→content:highlight-selection' });
    expect(messageFor('delete-everything')).toBeNull();
    expect(CONTEXT_MENU_ITEMS.map((item) => item.title)).toEqual(['Save article to Diplomark', 'Highlight selection in Diplomark']);
  });

  it('sends to the given tab, or the active one, and reports what the page answered', async () => {
    const sendToTab = vi.fn(async () => ({ ok: true, verdict: 'diplomatic' }));
    const activeTabId = vi.fn(async () => 9);
    expect(await runCommand('save-article', 4, { sendToTab, activeTabId })).toEqual({ ok: true, error: undefined });
    expect(sendToTab).toHaveBeenLastCalledWith(4, { type: 'background→content:save-article' });
    expect(activeTabId).not.toHaveBeenCalled();
    await runCommand('highlight-selection', undefined, { sendToTab, activeTabId });
    expect(sendToTab).toHaveBeenLastCalledWith(9, { type: 'background→content:highlight-selection' });
  });

  it('turns a page without Diplomark, an unknown command or no tab into an error, never a throw', async () => {
    const failing = { sendToTab: async () => Promise.reject(new Error('Receiving end does not exist.')), activeTabId: async () => 1 };
    expect(await runCommand('save-article', 1, failing)).toEqual({ ok: false, error: 'Receiving end does not exist.' });
    expect(await runCommand('nope', 1, failing)).toMatchObject({ ok: false });
    expect(await runCommand('save-article', undefined, { ...failing, activeTabId: async () => undefined })).toEqual({ ok: false, error: 'no tab' });
    expect(await runCommand('save-article', 1, { ...failing, sendToTab: async () => undefined })).toMatchObject({ ok: false });
  });
});
