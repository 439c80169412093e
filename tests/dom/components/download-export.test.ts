// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText } from '../../../components/download-export';

afterEach(() => {
  vi.useRealTimers();
});

describe('downloadText', () => {
  it('clicks a temporary download link to an object URL and revokes the URL afterwards', async () => {
    vi.useFakeTimers();
    const urls = {
      createObjectURL: vi.fn((_blob: Blob) => 'blob:diplomark/1'),
      revokeObjectURL: vi.fn(),
    };
    const clicked: HTMLAnchorElement[] = [];
    document.addEventListener('click', (event) => {
      clicked.push(event.target as HTMLAnchorElement);
      event.preventDefault(); // happy-dom would otherwise try to navigate
    });

    downloadText('{"a":1}\n', 'diplomark-clippings-2024-03-05.json', 'application/json', document, urls);

    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.getAttribute('href')).toBe('blob:diplomark/1');
    expect(clicked[0]?.getAttribute('download')).toBe('diplomark-clippings-2024-03-05.json');
    expect(document.querySelector('a[download]')).toBeNull(); // link removed again
    const blob = urls.createObjectURL.mock.calls[0]![0];
    expect(blob.type).toBe('application/json');
    expect(await blob.text()).toBe('{"a":1}\n');

    expect(urls.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(urls.revokeObjectURL).toHaveBeenCalledWith('blob:diplomark/1');
  });
});
