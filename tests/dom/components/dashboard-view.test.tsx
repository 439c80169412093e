// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardView, type DashboardViewProps } from '../../../components/DashboardView';
import { clipping } from './fixtures';
import { buttonByText, click, mount } from './render';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function show(overrides: Partial<DashboardViewProps> = {}) {
  const clippings = [clipping('b'), clipping('a')];
  const props: DashboardViewProps = {
    state: { status: 'ready', clippings, total: clippings.length },
    query: '',
    results: clippings,
    selected: undefined,
    notice: null,
    deleted: null,
    onQuery: vi.fn(),
    onSelect: vi.fn(),
    onOpenArticle: vi.fn(),
    onDelete: vi.fn(),
    onExport: vi.fn(),
    onUndo: vi.fn(),
    onDismissNotice: vi.fn(),
    ...overrides,
  };
  const mounted = mount(<DashboardView {...props} />);
  cleanup = mounted.unmount;
  return { root: mounted.container, props };
}

describe('DashboardView', () => {
  it('has a labelled search box that reports what is typed', () => {
    const { root, props } = show();
    const input = root.querySelector<HTMLInputElement>('input[type="search"]');
    expect(input?.getAttribute('aria-label')).toBe('Search clippings');
    input!.value = 'dokdo';
    input!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(props.onQuery).toHaveBeenCalledWith('dokdo');
  });

  it('shows how many clippings match and says so when none do', () => {
    const { root } = show({ query: 'zzz', results: [] });
    expect(root.textContent).toContain('0 matches of 2');
    expect(root.textContent).toContain('No clipping matches “zzz”');
  });

  it('selects a clipping for the detail pane', () => {
    const { root, props } = show();
    click(buttonByText(root.querySelectorAll('li.clipping')[1]!, 'Read here'));
    expect(props.onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    expect(root.querySelector('.detail-pane')?.textContent).toContain('Choose “Read here”');
  });

  it('shows the selected clipping’s metadata, entities and text, all as text', () => {
    const selected = clipping('a', {
      title: 'مباحثات <img src=x onerror=alert(1)>',
      text: 'One <script>alert(1)</script>.\n\nTwo\nlines.\n\n\nThree.',
      language: 'ar',
      note: 'my <u>note</u>',
    });
    const { root } = show({ selected });
    const detail = root.querySelector('.detail')!;
    expect(detail.querySelector('h2')?.textContent).toBe('مباحثات <img src=x onerror=alert(1)>');
    expect(detail.querySelector('h2')?.getAttribute('dir')).toBe('auto');
    expect(detail.querySelector('h2')?.getAttribute('lang')).toBe('ar');
    expect([...detail.querySelectorAll('.detail-text p')].map((p) => p.textContent)).toEqual([
      'One <script>alert(1)</script>.',
      'Two\nlines.',
      'Three.',
    ]);
    expect(detail.querySelector('.detail-note')?.textContent).toBe('my <u>note</u>');
    expect(detail.querySelectorAll('img, script, u')).toHaveLength(0);
    const groups = [...detail.querySelectorAll('.entity-group')].map((g) => g.getAttribute('data-kind'));
    expect(groups).toEqual(['person', 'country', 'dispute']);
    expect(detail.querySelector('[data-entity="dispute:takeshima-dokdo"]')?.textContent).toBe(
      'Dokdo / Takeshima (7 mentions)',
    );
  });

  it('shows the empty state when nothing is saved', () => {
    const { root } = show({ state: { status: 'ready', clippings: [], total: 0 }, results: [] });
    expect(root.querySelector('.empty-state')).not.toBeNull();
    expect(root.querySelector('input[type="search"]')).not.toBeNull();
  });
});
