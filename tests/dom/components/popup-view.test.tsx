// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupViewProps } from '../../../components/PopupView';
import { StorageError } from '../../../lib/store/errors';
import { clipping } from './fixtures';
import { buttonByText, click, mount } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function show(overrides: Partial<PopupViewProps> = {}) {
  const props: PopupViewProps = {
    state: { status: 'ready', clippings: [], total: 0 },
    notice: null,
    deleted: null,
    saving: false,
    onSavePage: vi.fn(),
    onHighlightPage: vi.fn(),
    onExport: vi.fn(),
    onOpenDashboard: vi.fn(),
    onOpenArticle: vi.fn(),
    onDelete: vi.fn(),
    onUndo: vi.fn(),
    onDismissNotice: vi.fn(),
    ...overrides,
  };
  const mounted = mount(<PopupView {...props} />);
  cleanup = mounted.unmount;
  return { root: mounted.container, props };
}

describe('PopupView', () => {
  it('tells the reader what to do when nothing is saved', () => {
    const { root } = show();
    expect(root.querySelector('.empty-state')?.textContent).toContain('No clippings yet');
    expect(root.querySelector('.empty-state')?.textContent).toContain('Save this page');
    expect(root.querySelector('.clipping-list')).toBeNull();
    expect(root.querySelector('.count')?.textContent).toBe('0 clippings');
    expect(buttonByText(root, 'Export JSON')?.disabled).toBe(true);
  });

  it('lists clippings with a count, and notes older ones left to the dashboard', () => {
    const { root } = show({ state: { status: 'ready', clippings: [clipping('b'), clipping('a')], total: 5 } });
    expect(root.querySelectorAll('li.clipping')).toHaveLength(2);
    expect(root.querySelector('.count')?.textContent).toBe('5 clippings');
    expect(root.textContent).toContain('3 older clippings in the dashboard');
    expect(root.querySelector('.empty-state')).toBeNull();
  });

  it('shows a storage error as a readable alert, never a blank popup', () => {
    const error = new StorageError('unavailable', new Error('MissingAPIError'));
    const { root } = show({ state: { status: 'error', error } });
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toBe(error.message);
    expect(alert?.textContent).toMatch(/IndexedDB/);
  });

  it('shows loading text while the database opens', () => {
    const { root } = show({ state: { status: 'loading' } });
    expect(root.textContent).toContain('Loading your clippings');
  });

  it('wires the action buttons', () => {
    const { root, props } = show({ state: { status: 'ready', clippings: [clipping('a')], total: 1 } });
    click(buttonByText(root, 'Save this page'));
    click(buttonByText(root, 'Highlight this page'));
    click(buttonByText(root, 'Export JSON'));
    click(buttonByText(root, 'Open dashboard'));
    click(buttonByText(root, 'Delete'));
    expect(props.onSavePage).toHaveBeenCalledOnce();
    expect(props.onHighlightPage).toHaveBeenCalledOnce();
    expect(props.onExport).toHaveBeenCalledOnce();
    expect(props.onOpenDashboard).toHaveBeenCalledOnce();
    expect(props.onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
  });

  it('offers Undo after a delete and shows notices as text', () => {
    const { root, props } = show({
      deleted: [clipping('a', { title: '<i>gone</i>' })],
      notice: { tone: 'info', text: 'Saved “<b>x</b>”.' },
    });
    expect(root.querySelector('.notice.undo')?.textContent).toContain('Deleted “<i>gone</i>”.');
    expect(root.querySelector('.notice.info')?.textContent).toContain('Saved “<b>x</b>”.');
    expect(root.querySelector('i, b')).toBeNull();
    click(buttonByText(root, 'Undo'));
    expect(props.onUndo).toHaveBeenCalledOnce();
    click(root.querySelector('button[aria-label="Dismiss message"]'));
    expect(props.onDismissNotice).toHaveBeenCalledOnce();
  });

  it('disables Save while saving', () => {
    const { root } = show({ saving: true });
    expect(buttonByText(root, 'Saving…')?.disabled).toBe(true);
  });
});
