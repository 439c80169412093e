// A news article rendered by React 19 (from npm, bundled at e2e setup), driven by tests through
// window.frameworkArticle. Every part of a paragraph is its own child, so React holds one Text node per part.
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { CHANGES, initialState, paragraphsOf, renderedText, startClock, TITLE } from '../framework-article/story.js';

let current = initialState();
let setState = () => {};

function Article({ state }) {
  return h('article', null, h('h1', null, TITLE), ...paragraphsOf(state).map((p) => h('p', { key: p.key }, ...p.parts)));
}

function App() {
  const [state, set] = useState(current);
  setState = set;
  current = state;
  return state.shown ? h(Article, { state }) : null;
}

function change(name) {
  flushSync(() => setState((state) => (current = CHANGES[name](state))));
  return Promise.resolve();
}

window.frameworkArticle = {
  framework: 'react',
  change,
  expectedText: () => renderedText(current),
};

const root = createRoot(document.getElementById('root'));
flushSync(() => root.render(h(App)));
startClock(document);
