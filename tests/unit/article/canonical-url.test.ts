import { describe, expect, it } from 'vitest';
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
