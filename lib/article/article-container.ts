/** The share of the page's paragraph text one element must hold to be taken for the article's container. */
const MIN_PROSE_SHARE = 0.85;

/**
 * The element holding the page's article, where the page marks it clearly: of its `<article>` elements
 * (or, on a page without one, its `<main>` and `role="main"` elements), the one holding most of the page's
 * paragraph text, when that is at least 85 % of it. Null otherwise: a story outside any `<article>`, teasers
 * sharing the prose, a page without paragraphs. Reads the page only (a pass over its paragraphs).
 */
export function findArticleContainer(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const selector = body.getElementsByTagName('article').length > 0 ? 'article' : 'main, [role="main"]';
  const prose = new Map<Element, number>();
  let all = 0;
  for (const paragraph of body.getElementsByTagName('p')) {
    const length = paragraph.textContent?.length ?? 0;
    all += length;
    const box = paragraph.closest(selector);
    if (box) prose.set(box, (prose.get(box) ?? 0) + length);
  }
  let best: Element | null = null;
  let most = 0;
  for (const [box, length] of prose) {
    if (length > most) {
      best = box;
      most = length;
    }
  }
  return best && most >= MIN_PROSE_SHARE * all ? best : null;
}

/** Class or id words of a byline, as Readability reads them (it also takes `rel="author"` and `itemprop="author"`). */
const BYLINE_NAMES = /byline|author|dateline|writtenby/i;
/** Where a byline-looking element belongs to the site, not to the story. */
const SITE_FURNITURE = 'header, nav, aside, footer, menu, [hidden], [aria-hidden="true"]';

function looksLikeByline(element: Element): boolean {
  const marked =
    element.getAttribute('rel') === 'author' ||
    (element.getAttribute('itemprop') ?? '').includes('author') ||
    BYLINE_NAMES.test(`${element.getAttribute('class') ?? ''} ${element.id}`);
  if (!marked) return false;
  const length = (element.textContent ?? '').trim().length;
  return length > 0 && length < 100 && element.closest(SITE_FURNITURE) === null;
}

/** The first byline-looking element of the page before `container` (outside it), if any. */
function bylineBefore(doc: Document, container: Element): Element | null {
  for (const element of doc.body?.getElementsByTagName('*') ?? []) {
    if (element === container) return null;
    if (looksLikeByline(element)) return element;
  }
  return null;
}

/**
 * A document holding a copy of `container` alone, for Readability to take apart: the page's title,
 * language, `<meta>` and `<link>` tags and JSON-LD (what Readability reads metadata from) come along, and
 * a `<base>` makes relative links resolve against the page, as in a copy of the whole page. When the
 * page's metadata names no author (`bylineWanted`), a byline shown before the container (a story's
 * author line above its `<article>`) comes along too, where Readability looks for one.
 */
export function copyContainer(doc: Document, container: Element, bylineWanted = false): Document {
  const copy = doc.implementation.createHTMLDocument(doc.title);
  for (const name of ['lang', 'dir']) {
    const value = doc.documentElement.getAttribute(name);
    if (value) copy.documentElement.setAttribute(name, value);
  }
  const base = copy.createElement('base');
  base.href = doc.baseURI;
  copy.head.append(base);
  for (const tag of doc.querySelectorAll('meta, link[rel], script[type="application/ld+json"]')) {
    if (!container.contains(tag)) copy.head.append(copy.importNode(tag, true));
  }
  const byline = bylineWanted ? bylineBefore(doc, container) : null;
  if (byline) copy.body.append(copy.importNode(byline, true));
  copy.body.append(copy.importNode(container, true));
  return copy;
}
