// Builds a DOM document from HTML the way a browser's parser would (the HTML standard's tree
// construction, through parse5), inside a DOM implementation that has a weaker parser of its own.
//
// Why: happy-dom's parser is not the standard's. It keeps an unclosed <P> inside a <SPAN> as one
// paragraph, and so loses whole story bodies that Chromium and Firefox read (old table-laid-out news
// sites are full of them). Measuring recognition on such a tree measures the test DOM, not the product.
import * as parse5 from 'parse5';

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Copies parse5's children of `from` under `into`, a node of `doc`. */
function copyChildren(doc, from, into) {
  for (const node of from.childNodes ?? []) {
    let copy;
    if (node.nodeName === '#text') copy = doc.createTextNode(node.value);
    else if (node.nodeName === '#comment') copy = doc.createComment(node.data);
    else if (node.nodeName === '#documentType') continue;
    else {
      copy = node.namespaceURI === HTML_NAMESPACE ? doc.createElement(node.tagName) : doc.createElementNS(node.namespaceURI, node.tagName);
      for (const { name, value } of node.attrs) {
        try {
          copy.setAttribute(name, value);
        } catch {
          // An attribute name a browser's parser accepts but setAttribute rejects ("a<b"): browsers keep it,
          // nothing we read depends on it.
        }
      }
      copyChildren(doc, node.tagName === 'template' ? node.content : node, copy);
    }
    into.appendChild(copy);
  }
}

/**
 * A document of `window` (a happy-dom Window, or any DOM with DOMParser) holding `html` parsed by the HTML
 * standard: the tree Chromium and Firefox build from the same bytes.
 */
export function parseLikeABrowser(window, html) {
  const doc = new window.DOMParser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  const root = parse5.parse(html).childNodes.find((node) => node.tagName === 'html');
  if (!root) return doc;
  for (const { name, value } of root.attrs) doc.documentElement.setAttribute(name, value);
  const head = root.childNodes.find((node) => node.tagName === 'head');
  const body = root.childNodes.find((node) => node.tagName === 'body' || node.tagName === 'frameset');
  if (head) copyChildren(doc, head, doc.head);
  if (body) copyChildren(doc, body, doc.body);
  return doc;
}
