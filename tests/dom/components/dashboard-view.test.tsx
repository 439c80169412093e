// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DashboardView, type DashboardViewProps } from '../../../components/DashboardView';
import { facetOptions } from '../../../lib/insights/facets';
import { clippingInsights } from '../../../lib/insights/insights';
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
    filter: {},
    sort: 'saved-desc',
    facetOptions: facetOptions(clippings),
    checked: new Set(),
    selected: undefined,
    tab: 'list',
    exportFormat: 'json',
    theme: 'system',
    notice: null,
    deleted: null,
    importOutcome: null,
    importing: false,
    listHeight: 400,
    onQuery: vi.fn(),
    onFilter: vi.fn(),
    onSort: vi.fn(),
    onToggle: vi.fn(),
    onCheckAll: vi.fn(),
    onCheckNone: vi.fn(),
    onSelect: vi.fn(),
    onOpenArticle: vi.fn(),
    onDelete: vi.fn(),
    onDeleteChecked: vi.fn(),
    onExport: vi.fn(),
    onExportFormat: vi.fn(),
    onImportFile: vi.fn(),
    onCloseImport: vi.fn(),
    onSaveReaderFields: vi.fn(),
    onChangeHighlight: vi.fn(),
    onTab: vi.fn(),
    onTheme: vi.fn(),
    onUndo: vi.fn(),
    onDismissNotice: vi.fn(),
    ...overrides,
  };
  const mounted = mount(<DashboardView {...props} />);
  cleanup = mounted.unmount;
  return { root: mounted.container, props };
}

function change(element: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null, value: string, type = 'change') {
  if (!element) throw new Error('no element');
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event(type, { bubbles: true }));
  });
}

describe('DashboardView', () => {
  it('has a labelled search box that reports what is typed', () => {
    const { root, props } = show();
    const input = root.querySelector<HTMLInputElement>('input[type="search"]');
    expect(input?.getAttribute('aria-label')).toBe('Search clippings');
    change(input, 'dokdo', 'input');
    expect(props.onQuery).toHaveBeenCalledWith('dokdo');
  });

  it('shows how many clippings match and says so when none do', () => {
    const { root } = show({ query: 'zzz', results: [] });
    expect(root.textContent).toContain('0 matches of 2');
    expect(root.textContent).toContain('No clipping matches');
  });

  it('labels every facet menu and reports a choice', () => {
    const { root, props } = show();
    const labels = [...root.querySelectorAll('.facets label')].map((label) => label.querySelector('span')?.textContent);
    expect(labels).toEqual(['Dispute', 'Country', 'Entity', 'Kind', 'Site', 'Tag', 'From', 'To', 'Sort']);
    const dispute = root.querySelector<HTMLSelectElement>('.facets label select');
    expect([...dispute!.options].map((o) => o.textContent)).toEqual(['Any dispute', 'Dokdo / Takeshima (2)']);
    change(dispute, 'dispute:takeshima-dokdo');
    expect(props.onFilter).toHaveBeenCalledWith({ dispute: 'dispute:takeshima-dokdo' });
  });

  it('selects a clipping for the detail pane and ticks rows for bulk actions', () => {
    const { root, props } = show();
    const rows = root.querySelectorAll('[role="listitem"]');
    click(rows[1]?.querySelector('.vrow-open'));
    expect(props.onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    click(rows[0]?.querySelector('input[type="checkbox"]'));
    expect(props.onToggle).toHaveBeenCalledWith(expect.objectContaining({ id: 'b' }), false);
    expect(root.querySelector('.detail-pane')?.textContent).toContain('Choose a clipping');
  });

  it('offers bulk delete and export of the selection only when something is ticked', () => {
    const none = show();
    expect(buttonByText(none.root, 'Delete selected')?.disabled).toBe(true);
    expect(buttonByText(none.root, 'Export selected')?.disabled).toBe(true);
    none.props.onExport = vi.fn();
    cleanup?.();
    const { root, props } = show({ checked: new Set(['a']) });
    expect(root.textContent).toContain('1 selected');
    click(buttonByText(root, 'Delete selected'));
    expect(props.onDeleteChecked).toHaveBeenCalled();
    change(root.querySelector<HTMLSelectElement>('.bulk-bar select'), 'csv');
    expect(props.onExportFormat).toHaveBeenCalledWith('csv');
    click(buttonByText(root, 'Export selected'));
    expect(props.onExport).toHaveBeenCalledWith('checked');
    click(buttonByText(root, 'Export all'));
    expect(props.onExport).toHaveBeenCalledWith('all');
  });

  it('shows the selected clipping’s metadata, entities and text, all as text, and saves note and tags', () => {
    const selected = clipping('a', {
      title: 'مباحثات <img src=x onerror=alert(1)>',
      text: 'One <script>alert(1)</script> Japan.\n\nTwo\nlines.',
      language: 'ar',
      note: 'my <u>note</u>',
    });
    const { root, props } = show({ selected });
    const detail = root.querySelector('.detail')!;
    expect(detail.querySelector('h2')?.textContent).toBe('مباحثات <img src=x onerror=alert(1)>');
    expect(detail.querySelector('h2')?.getAttribute('dir')).toBe('auto');
    expect(detail.querySelector('.detail-text')?.textContent).toBe(selected.text);
    expect(detail.querySelector('.detail-text [data-entity="country:jp"]')?.textContent).toBe('Japan');
    expect(detail.querySelectorAll('img, script, u')).toHaveLength(0);
    const note = detail.querySelector<HTMLTextAreaElement>('#clipping-note');
    expect(note?.value).toBe('my <u>note</u>');
    change(note, 'new note', 'input');
    change(detail.querySelector<HTMLInputElement>('#clipping-tags'), 'asia, , trade ', 'input');
    click(buttonByText(detail, 'Save note and tags'));
    expect(props.onSaveReaderFields).toHaveBeenCalledWith(selected, { note: 'new note', tags: ['asia', 'trade'] });
  });

  it('edits and removes a reader highlight from the detail pane', () => {
    const text = 'Japan and South Korea met in Seoul.';
    const selected = clipping('a', {
      text,
      highlights: [
        {
          id: 'h1',
          selectors: [
            { type: 'TextQuoteSelector', exact: 'South Korea met', prefix: 'Japan and ', suffix: ' in Seoul.' },
            { type: 'TextPositionSelector', start: 10, end: 25 },
          ],
          note: 'first <i>note</i>',
          createdAt: '2024-03-06T10:00:00.000Z',
          updatedAt: '2024-03-06T10:00:00.000Z',
        },
      ],
    });
    const { root, props } = show({ selected });
    const item = root.querySelector('[data-highlight="h1"]')!;
    expect(item.querySelector('.highlight-note')?.textContent).toBe('first <i>note</i>');
    click(buttonByText(item, 'Edit note'));
    change(item.querySelector('textarea'), 'second', 'input');
    click(buttonByText(item, 'Save note'));
    expect(props.onChangeHighlight).toHaveBeenCalledWith(selected, selected.highlights[0], 'second');
    click(buttonByText(root.querySelector('[data-highlight="h1"]')!, 'Remove highlight'));
    expect(props.onChangeHighlight).toHaveBeenLastCalledWith(selected, selected.highlights[0], null);
  });

  it('switches to the pictures, drawn as SVG with names as text', () => {
    const list = show();
    click(buttonByText(list.root, 'Pictures'));
    expect(list.props.onTab).toHaveBeenCalledWith('pictures');
    cleanup?.();
    const hostile = clipping('x', {
      entities: [
        { id: 'country:jp', kind: 'country', name: '<img src=x onerror=alert(1)>', count: 3 },
        { id: 'country:kr', kind: 'country', name: 'South Korea', count: 1 },
        { id: 'dispute:takeshima-dokdo', kind: 'dispute', name: 'Dokdo / Takeshima', count: 2 },
      ],
    });
    const results = [hostile, clipping('y')];
    expect(show({ tab: 'pictures', results }).root.querySelector('.placeholder')?.textContent).toBe('Drawing the pictures…');
    cleanup?.();
    const { root } = show({ tab: 'pictures', results, insights: clippingInsights(results) });
    expect(root.querySelectorAll('figure.chart svg')).toHaveLength(3);
    expect(root.querySelector('[role="list"]')).toBeNull();
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows an import report per item', () => {
    const { root } = show({
      importOutcome: {
        status: 'done',
        fileName: 'mine.json',
        items: [{ id: 'a', title: 'Kept', canonicalUrl: 'https://x.example/a', status: 'merged' }],
        rejected: [{ index: 1, label: '<b>Bad</b>', reason: 'url must be an http(s) URL' }],
      },
    });
    const report = root.querySelector('.import-report')!;
    expect(report.textContent).toContain('0 clippings imported, 1 merged, 0 already here, 1 rejected.');
    expect(report.querySelector('[data-status="rejected"]')?.textContent).toBe('<b>Bad</b> (item 2): url must be an http(s) URL');
    expect(report.querySelector('[data-status="merged"]')?.textContent).toBe('Merged: Kept');
  });

  it('shows a refused import as an alert', () => {
    const { root } = show({ importOutcome: { status: 'refused', fileName: 'x.json', message: 'This file is not complete JSON.' } });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('This file is not complete JSON.');
  });

  it('shows the empty state when nothing is saved', () => {
    const { root } = show({ state: { status: 'ready', clippings: [], total: 0 }, results: [] });
    expect(root.querySelector('.empty-state')).not.toBeNull();
    expect(root.querySelector('input[type="search"]')).not.toBeNull();
  });
});
