// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ReaderHighlightList, type ReaderHighlightListProps } from '../../../components/ReaderHighlightList';
import { click, mount } from './render';

function props(overrides: Partial<ReaderHighlightListProps> = {}): ReaderHighlightListProps {
  return {
    selection: null,
    items: [
      { id: 'a', quote: 'shuttle diplomacy', note: 'key', found: true, method: 'quote' },
      { id: 'b', quote: 'frank and useful', note: '', found: false, prefix: 'described the talks as ', suffix: ', while opposition' },
    ],
    open: true,
    editing: null,
    message: null,
    onHighlight: vi.fn(),
    onToggle: vi.fn(),
    onEdit: vi.fn(),
    onSaveNote: vi.fn(),
    onDelete: vi.fn(),
    onDismissMessage: vi.fn(),
    ...overrides,
  };
}

describe('ReaderHighlightList', () => {
  it('lists found highlights with notes and, apart, those not found with their quote and context', () => {
    const { container, unmount } = mount(<ReaderHighlightList {...props()} />);
    expect(container.querySelector('.reader-notes-toggle')?.textContent).toBe('Your highlights (2) · 1 not found');
    const found = container.querySelector('[data-section="anchored"] [data-highlight-id="a"]')!;
    expect(found.textContent).toContain('shuttle diplomacy');
    expect(found.textContent).toContain('key');
    const missing = container.querySelector('[data-section="unanchored"] [data-highlight-id="b"]')!;
    expect(missing.textContent).toContain('described the talks as');
    expect(missing.querySelector('mark')?.textContent).toBe('frank and useful');
    expect(missing.textContent).toContain(', while opposition');
    unmount();
  });

  it('shows page text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container, unmount } = mount(
      <ReaderHighlightList {...props({ items: [{ id: 'x', quote: hostile, note: hostile, found: true, method: 'fuzzy' }] })} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
    unmount();
  });

  it('edits a note, keeping typed keys from the page, and deletes a highlight', () => {
    const onSaveNote = vi.fn();
    const onDelete = vi.fn();
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    const { container, unmount } = mount(<ReaderHighlightList {...props({ editing: 'a', onSaveNote, onDelete })} />);
    const field = container.querySelector('textarea')!;
    expect(field.value).toBe('key');
    act(() => {
      field.value = 'changed';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }));
    });
    expect(pageKeys).not.toHaveBeenCalled();
    click(container.querySelector('[data-action="save-note"]'));
    expect(onSaveNote).toHaveBeenCalledWith('a', 'changed');
    click(container.querySelector('[data-highlight-id="b"] [data-action="delete-highlight"]'));
    expect(onDelete).toHaveBeenCalledWith('b');
    document.removeEventListener('keydown', pageKeys);
    unmount();
  });

  it('offers Highlight by the selection, and shows nothing when there are no highlights', () => {
    const onHighlight = vi.fn();
    const { container, unmount } = mount(<ReaderHighlightList {...props({ items: [], selection: { top: 10, left: 20 }, onHighlight })} />);
    expect(container.querySelector('.reader-notes')).toBeNull();
    click(container.querySelector('[data-action="highlight-with-note"]'));
    expect(onHighlight).toHaveBeenCalledWith(true);
    unmount();
  });
});
