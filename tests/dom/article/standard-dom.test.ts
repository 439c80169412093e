// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseLikeABrowser } from '../../../scripts/standard-dom.mjs';

// Old table-laid-out news pages put a story's unclosed <P>s inside a <SPAN>. A browser makes each one a
// paragraph; the recognition figures are only honest if the test DOM does too.
const OLD_NEWS_PAGE = `<html lang="en"><head><title>Gaza</title></head><body>
<table><tr><td><SPAN class=txtmn><P>GAZA CITY (AP) - First paragraph.<P>Second paragraph.<P>Third.</SPAN></td></tr></table>
<template><p>inert</p></template><svg><circle r="1"/></svg></body></html>`;

describe('parseLikeABrowser', () => {
  it('builds the paragraphs a browser builds from unclosed <P>s inside a <SPAN>', () => {
    const doc = parseLikeABrowser(window, OLD_NEWS_PAGE);
    const paragraphs = [...doc.querySelectorAll('span.txtmn > p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['GAZA CITY (AP) - First paragraph.', 'Second paragraph.', 'Third.']);
  });

  it('keeps the head, the root attributes, tables with their implied tbody and foreign elements', () => {
    const doc = parseLikeABrowser(window, OLD_NEWS_PAGE);
    expect(doc.title).toBe('Gaza');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    expect(doc.querySelector('table > tbody > tr > td')).not.toBeNull();
    expect(doc.querySelector('circle')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(doc.querySelectorAll('body > p')).toHaveLength(0);
  });
});
