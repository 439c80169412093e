// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ROW_HEIGHT, VirtualClippingList } from '../../../components/VirtualClippingList';
import { clipping } from './fixtures';
import { mount } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const many = Array.from({ length: 10_000 }, (_, i) => clipping(`c${i}`, { title: `Clipping ${i}` }));

function show(height = 640) {
  const props = { onToggle: vi.fn(), onActivate: vi.fn(), onDelete: vi.fn() };
  const mounted = mount(<VirtualClippingList clippings={many} checked={new Set(['c1'])} activeId="c2" viewportHeight={height} {...props} />);
  cleanup = mounted.unmount;
  return { root: mounted.container, props };
}

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('[role="listitem"]')];

describe('VirtualClippingList', () => {
  it('renders only the rows in view, each saying its place in the whole list', () => {
    const { root } = show();
    const visible = rows(root);
    expect(visible.length).toBeLessThan(30);
    expect(visible[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(visible[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(root.querySelector<HTMLElement>('.vlist-inner')?.style.height).toBe(`${10_000 * ROW_HEIGHT}px`);
    expect(visible[1]?.querySelector<HTMLInputElement>('input')?.checked).toBe(true);
    expect(visible[2]?.querySelector('.vrow-open')?.getAttribute('aria-current')).toBe('true');
  });

  it('renders the rows at the scroll position', () => {
    const { root } = show();
    const scroller = root.querySelector<HTMLElement>('.vlist')!;
    act(() => {
      scroller.scrollTop = 5000 * ROW_HEIGHT;
      scroller.dispatchEvent(new Event('scroll'));
    });
    const titles = rows(root).map((row) => row.querySelector('.vrow-title')?.textContent);
    expect(titles).toContain('Clipping 5000');
    expect(titles).not.toContain('Clipping 0');
    expect(rows(root).length).toBeLessThan(30);
  });

  it('moves between rows with the arrow keys and deletes with Delete', () => {
    const { root, props } = show();
    const first = rows(root)[0]!.querySelector<HTMLElement>('.vrow-open')!;
    first.focus();
    act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement?.closest('[role="listitem"]')?.getAttribute('data-index')).toBe('1');
    act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
    });
    expect(props.onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'c1' }));
    act(() => {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(document.activeElement?.closest('[role="listitem"]')?.getAttribute('data-index')).toBe('9999');
  });
});
