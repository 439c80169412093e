import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalizeUrl } from '../../../lib/article/canonical-url';

describe('canonicalizeUrl', () => {
  it('drops tracking parameters and the fragment, keeps the rest', () => {
    expect(canonicalizeUrl('https://news.example/a/b?id=7&utm_source=rss&utm_medium=x&fbclid=1&gclid=2#comments')).toBe(
      'https://news.example/a/b?id=7',
    );
  });

  it('resolves relative URLs against the page', () => {
    expect(canonicalizeUrl('/world/story?utm_campaign=z', 'https://news.example/index.html')).toBe('https://news.example/world/story');
  });

  it('refuses anything but http(s)', () => {
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalizeUrl('data:text/html,hi')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBeNull();
  });

  it('strips credentials', () => {
    expect(canonicalizeUrl('https://user:pw@news.example/x')).toBe('https://news.example/x');
  });
});

/**
 * A URL constructor that behaves like the page's URL seen from a Firefox content script (through an Xray
 * wrapper): the iterators returned by searchParams.keys()/values()/entries() have next() but are not iterable.
 */
class XrayLikeUrl extends URL {
  override get searchParams(): URLSearchParams {
    const params = super.searchParams;
    return new Proxy(params, {
      get(target, property) {
        if (property === 'keys' || property === 'values' || property === 'entries') {
          return () => {
            const iterator = target[property]();
            return { next: () => iterator.next() };
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}

describe('canonicalizeUrl with a page-realm URL (Firefox content script)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('still drops tracking parameters and keeps the others when searchParams iterators are not iterable', () => {
    vi.stubGlobal('URL', XrayLikeUrl);
    expect(canonicalizeUrl('https://news.example/story?utm_source=x&id=3&fbclid=9#top')).toBe('https://news.example/story?id=3');
  });
});
