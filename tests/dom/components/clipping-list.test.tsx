// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClippingList } from '../../../components/ClippingList';
import { EntityChips } from '../../../components/EntityChips';
import type { ClippingEntity } from '../../../lib/store/types';
import { clipping } from './fixtures';
import { buttonByText, click, mount } from './render';

let cleanup: (() => void) | undefined;
function show(...args: Parameters<typeof mount>) {
  const mounted = mount(...args);
  cleanup = mounted.unmount;
  return mounted.container;
}
afterEach(() => cleanup?.());

const noop = () => {};

describe('ClippingList', () => {
  it('renders one list item per clipping, in the order given', () => {
    const root = show(<ClippingList clippings={[clipping('b'), clipping('a')]} onOpen={noop} onDelete={noop} />);
    const list = root.querySelector('ul.clipping-list');
    expect(list?.getAttribute('aria-label')).toBe('Saved clippings');
    const titles = [...root.querySelectorAll('.clipping-title')].map((el) => el.textContent);
    expect(titles).toEqual(['Article b', 'Article a']);
  });

  it('renders a hostile title as literal text, creating no element', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const root = show(
      <ClippingList
        clippings={[clipping('x', { title: hostile, site: '<b>site</b>' })]}
        onOpen={noop}
        onDelete={noop}
      />,
    );
    expect(root.querySelector('.clipping-title')?.textContent).toBe(hostile);
    expect(root.querySelector('.clipping-site')?.textContent).toBe('<b>site</b>');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
  });

  it('links http(s) titles and opens them through the handler', () => {
    const onOpen = vi.fn();
    const root = show(<ClippingList clippings={[clipping('a')]} onOpen={onOpen} onDelete={noop} />);
    const link = root.querySelector<HTMLAnchorElement>('.clipping-title a');
    expect(link?.getAttribute('href')).toBe('https://news.example/a');
    expect(link?.getAttribute('rel')).toContain('noopener');
    click(link);
    expect(onOpen).toHaveBeenCalledWith('https://news.example/a');
  });

  it('never links a javascript: or data: URL', () => {
    const root = show(
      <ClippingList
        clippings={[clipping('a', { url: 'javascript:alert(1)' }), clipping('b', { url: 'data:text/html,hi' })]}
        onOpen={noop}
        onDelete={noop}
      />,
    );
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelectorAll('.clipping-title')).toHaveLength(2);
  });

  it('shows the publication date, or the saved date, in the given locale', () => {
    const root = show(
      <ClippingList
        clippings={[clipping('a'), clipping('b', { publishedAt: null })]}
        onOpen={noop}
        onDelete={noop}
        locale="en-GB"
      />,
    );
    const times = [...root.querySelectorAll('time')];
    expect(times.map((t) => t.getAttribute('datetime'))).toEqual(['2024-03-05T09:00:00.000Z', '2024-03-06T10:00:00.000Z']);
    expect(times[0]?.textContent).toBe('Published 5 Mar 2024');
    expect(times[1]?.textContent).toBe('Saved 6 Mar 2024');
  });

  it('calls onDelete with the clipping from a labelled Delete button', () => {
    const onDelete = vi.fn();
    const item = clipping('a');
    const root = show(<ClippingList clippings={[item]} onOpen={noop} onDelete={onDelete} />);
    const button = buttonByText(root, 'Delete');
    expect(button?.getAttribute('aria-label')).toBe('Delete “Article a”');
    click(button);
    expect(onDelete).toHaveBeenCalledWith(item);
  });

  it('offers "Read here" only when selection is wired, and marks the selected item', () => {
    const onSelect = vi.fn();
    const root = show(
      <ClippingList clippings={[clipping('a'), clipping('b')]} onOpen={noop} onDelete={noop} onSelect={onSelect} selectedId="b" />,
    );
    const items = root.querySelectorAll('li.clipping');
    expect(items[1]?.getAttribute('aria-current')).toBe('true');
    expect(items[0]?.hasAttribute('aria-current')).toBe(false);
    click(buttonByText(items[0]!, 'Read here'));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
  });
});

describe('EntityChips', () => {
  it('renders one chip per entity, most mentioned first, with kind in text and title', () => {
    const root = show(<EntityChips entities={clipping('a').entities} />);
    const chips = [...root.querySelectorAll('li.chip')];
    expect(chips.map((chip) => chip.getAttribute('data-entity'))).toEqual([
      'dispute:takeshima-dokdo',
      'country:jp',
      'person:yoon-suk-yeol',
    ]);
    expect(chips[0]?.getAttribute('data-kind')).toBe('dispute');
    expect(chips[0]?.getAttribute('title')).toBe('Dispute: Dokdo / Takeshima (7 mentions)');
    expect(chips[0]?.textContent).toContain('Dispute: Dokdo / Takeshima');
    expect(chips[1]?.querySelector('.visually-hidden')?.textContent).toBe('Country: ');
  });

  it('shows at most eight and counts the rest', () => {
    const many: ClippingEntity[] = Array.from({ length: 11 }, (_, i) => ({
      id: `place:p${i}`,
      kind: 'place',
      name: `Place ${i}`,
      count: i,
    }));
    const root = show(<EntityChips entities={many} />);
    expect(root.querySelectorAll('li.chip[data-entity]')).toHaveLength(8);
    expect(root.querySelector('li.chip-more')?.textContent).toBe('+3 more');
    expect(root.querySelector('li.chip')?.getAttribute('data-entity')).toBe('place:p10');
  });

  it('renders nothing without entities', () => {
    const root = show(<EntityChips entities={[]} />);
    expect(root.querySelector('ul')).toBeNull();
  });
});
