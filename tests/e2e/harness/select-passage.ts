/**
 * Runs in the page (pass it to `page.evaluate`, Playwright or Puppeteer): selects `passage` in the
 * article's paragraphs as a reader's mouse selection leaves it, a DOM range over the text nodes, even
 * where the passage runs across entity highlights. Returns whether the selection reads `passage`.
 */
export function selectPassageInPage(passage: string): boolean {
  for (const p of document.querySelectorAll('article p')) {
    const at = (p.textContent ?? '').indexOf(passage);
    if (at === -1) continue;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const next = seen + node.data.length;
      if (at >= seen && at < next) range.setStart(node, at - seen);
      if (at + passage.length > seen && at + passage.length <= next) range.setEnd(node, at + passage.length - seen);
      seen = next;
    }
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString() === passage;
  }
  return false;
}
