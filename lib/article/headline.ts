import { blockText } from './blocks';

/**
 * Finding the live headline. Pages decorate their `<title>` ("Site > World -- Headline",
 * "Headline - FEATURE"), spell it with other quotes than the heading, or mark the headline up as an
 * `h3` or a `span class="headline"`; the headline still names who and where the story is about, so it
 * is worth finding through those differences.
 */

/** Elements that may hold a page's headline, headings first. */
const HEADLINE_CANDIDATES =
  'h1, h2, h3, [itemprop="headline"], [class*="headline"], [class*="Headline"], [id*="headline"], [class*="title"], [class*="Title"]';
/** Longer than any headline: such an element is a container of many (a list of headlines, a page column). */
const MAX_HEADLINE_CHARS = 300;
/** A heading that is only part of a title must still be most of it ("DoD News: <headline>"). */
const MIN_SHARE_OF_TITLE = 0.5;

/** Text folded for comparing a heading with a title: case, quotes, dashes and white space. */
export function foldTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032`´]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How well a heading's text names one of the page's titles: 2 when it is a title, 1 when it is most
 * of a title (the rest being the site's decoration) or a title is most of it (a kicker added), else 0.
 */
export function headlineMatch(headingText: string, titles: readonly string[]): number {
  const heading = foldTitle(headingText);
  if (heading.length < 3) return 0;
  let best = 0;
  for (const raw of titles) {
    const title = foldTitle(raw);
    if (!title) continue;
    if (heading === title) return 2;
    const shorter = Math.min(heading.length, title.length);
    const longer = Math.max(heading.length, title.length);
    if (shorter >= 12 && shorter >= MIN_SHARE_OF_TITLE * longer && (title.includes(heading) || heading.includes(title))) best = 1;
  }
  return best;
}

/**
 * The live element that is the article's headline, preferring the one nearest before the body; none
 * when the headline is already inside the body's blocks.
 */
export function findHeadline(doc: Document, titles: readonly string[], blocks: readonly Element[]): Element | null {
  const wanted = titles.filter(Boolean);
  if (wanted.length === 0 || !doc.body) return null;
  let best = 0;
  let matches: Element[] = [];
  for (const element of doc.body.querySelectorAll(HEADLINE_CANDIDATES)) {
    if ((element.textContent?.length ?? 0) > MAX_HEADLINE_CHARS * 4) continue;
    const text = blockText(element);
    if (text.length > MAX_HEADLINE_CHARS) continue;
    const match = headlineMatch(text, wanted);
    if (match === 0 || match < best) continue;
    // A candidate inside another one (a span.headline inside an h1) adds nothing.
    if (matches.some((m) => m.contains(element))) continue;
    if (match > best) matches = [];
    best = match;
    matches.push(element);
  }
  if (matches.length === 0) return null;
  const first = blocks[0];
  const before = first ? matches.filter((h) => h.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING) : matches;
  const chosen = before.at(-1) ?? matches[0]!;
  // A headline already inside the body's blocks is read with them, not a second time.
  return blocks.some((block) => block.contains(chosen)) ? null : chosen;
}
