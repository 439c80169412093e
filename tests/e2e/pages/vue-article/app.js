// A news article rendered by Vue 3 (from npm, bundled at e2e setup), driven by tests through
// window.frameworkArticle. Every part of a paragraph is its own child, so Vue holds one Text node per part.
import { createApp, h, nextTick, shallowRef } from 'vue';
import { CHANGES, initialState, paragraphsOf, renderedText, startClock, TITLE } from '../framework-article/story.js';

const state = shallowRef(initialState());

const App = {
  render() {
    const s = state.value;
    return s.shown ? h('article', [h('h1', TITLE), ...paragraphsOf(s).map((p) => h('p', { key: p.key }, p.parts))]) : null;
  },
};

function change(name) {
  state.value = CHANGES[name](state.value);
  return nextTick();
}

window.frameworkArticle = {
  framework: 'vue',
  change,
  expectedText: () => renderedText(state.value),
};

createApp(App).mount('#root');
startClock(document);
