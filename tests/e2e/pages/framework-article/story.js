// The story both framework test pages render (React and Vue), as data: each paragraph is a list of parts,
// and the framework renders each part as a Text node of its own, as it does for `{expression}` children.
// The page's state changes edit parts that hold highlighted names, re-order paragraphs, unmount and
// remount the article, and stream in more paragraphs.

export const TITLE = 'Japan and South Korea resume shuttle diplomacy';

const VIEWS = [
  { partner: 'South Korea', host: 'Seoul' },
  { partner: 'the Philippines', host: 'Tokyo' },
];

const BASE = [
  (v) => ['Leaders of Japan and ', v.partner, ' met in ', v.host, ' on Monday for a summit on security, trade and the history disputes that have strained ties between the two neighbours for years.'],
  (v) => ['The foreign ministers of Japan and ', v.partner, ' agreed to restart regular talks, officials in ', v.host, ' said, after years of frozen bilateral diplomacy and mutual sanctions.'],
  () => ['Washington welcomed the meeting. The United States has pressed both allies to cooperate more closely on North Korea, on missile defence and on export controls.'],
  () => ['The government said the summit would be followed by a meeting of defence ministers, the first since 2018, and by a joint statement on maritime security.'],
  (v) => ['Beijing was more cautious. China said it respected the decision of Japan and ', v.partner, ' but warned against any new military bloc in Asia.'],
  (v) => ['Diplomats in ', v.host, ' said the next round of talks would cover export controls and the wartime labour dispute, which remains unresolved.'],
];

const STREAMED = [
  (v) => ['Later, officials in Canberra said Australia would join talks with Japan and ', v.partner, ' on maritime security and on trade.'],
  (v) => ['The European Union also welcomed the summit in ', v.host, ', calling it a step toward stability in Northeast Asia and a model for dialogue.'],
  () => ['In Manila, the foreign ministry said it hoped for a wider regional forum on the South China Sea before the end of the year.'],
];

/** The page's state when it loads. */
export function initialState() {
  return { view: 0, order: BASE.map((_, i) => i), streamed: 0, shown: true };
}

/** The paragraphs the state renders, in order: `{ key, parts }`. */
export function paragraphsOf(state) {
  const view = VIEWS[state.view];
  const base = state.order.map((i) => ({ key: `p${i}`, parts: BASE[i](view) }));
  const streamed = STREAMED.slice(0, state.streamed).map((make, i) => ({ key: `s${i}`, parts: make(view) }));
  return [...base, ...streamed];
}

/** The article's text exactly as the framework renders it: what the page must show, highlights or not. */
export function renderedText(state) {
  if (!state.shown) return '';
  return TITLE + paragraphsOf(state).map((p) => p.parts.join('')).join('');
}

/** The state changes a test asks for, each a pure step from one state to the next. */
export const CHANGES = {
  /** Edits the Text nodes holding the partner's and the host's names. */
  rename: (s) => ({ ...s, view: (s.view + 1) % VIEWS.length }),
  reorder: (s) => ({ ...s, order: [...s.order].reverse() }),
  hide: (s) => ({ ...s, shown: false }),
  show: (s) => ({ ...s, shown: true }),
  stream: (s) => ({ ...s, streamed: Math.min(STREAMED.length, s.streamed + 1) }),
};

/** What each view names, for tests that check highlights follow the new text. */
export const NAMES_BY_VIEW = VIEWS;

/** A clock outside the article, ticking faster than the page ever goes quiet (a busy host page). */
export function startClock(doc) {
  const clock = doc.getElementById('clock');
  let ticks = 0;
  setInterval(() => {
    clock.textContent = `Updated ${++ticks} times`;
  }, 100);
}
