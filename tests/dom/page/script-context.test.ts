// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Gazetteer } from '../../../lib/entities/gazetteer';
import type { Entity } from '../../../lib/entities/types';
import { ScriptContext } from '../../../lib/page/script-context';
import { PageSession } from '../../../lib/page/session';
import { inPageRenderers } from '../../../components/in-page-renderers';
import { recogniseWith } from '../../../lib/recognition/analyse-text';

const gazetteer = Gazetteer.compile([
  { id: 'country:jp', kind: 'country', name: 'Japan' },
  { id: 'country:kr', kind: 'country', name: 'South Korea' },
] satisfies Entity[]);
const SENTENCE = 'Diplomats from Japan and South Korea met for bilateral talks on trade, security and sanctions, and their foreign ministers agreed to meet again.';

let ctx: ScriptContext | null = null;
let session: PageSession | null = null;
afterEach(() => {
  session?.stop();
  ctx?.invalidate();
  session = ctx = null;
});

/** The article code's wiring (entrypoints/article.ts): the session stops with the context and follows its URL changes. */
async function openArticle(extensionId = 'diplomark@diplomark.app') {
  let alive = true;
  document.head.innerHTML = '<meta property="og:type" content="article"><title>Talks</title>';
  document.body.innerHTML = `<article><h1>Japan and South Korea talks</h1>${Array.from({ length: 6 }, () => `<p>${SENTENCE}</p>`).join('')}</article>`;
  ctx = new ScriptContext({ extensionAlive: () => alive, currentUrl: () => location.href, checkEveryMs: 10 });
  const s = new PageSession({ doc: document, recogniseText: recogniseWith(() => gazetteer), saveDraft: async () => ({ ok: true, id: 'x', created: true }), css: '', renderers: inPageRenderers });
  session = s;
  ctx.onLocationChange(() => s.onLocationChange());
  ctx.onInvalidated(() => s.stop());
  ctx.followNavigation(window);
  s.start();
  await s.idle();
  return { extensionId, goAway: () => (alive = false) };
}

const highlights = () => document.querySelectorAll('[data-diplomark-entity]').length;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the article code’s own context', () => {
  it('survives every event a page can forge: WXT’s script-started and locationchange, popstate', async () => {
    const { extensionId } = await openArticle();
    expect(highlights()).toBeGreaterThan(0);
    const before = highlights();
    // What a page could send to WXT's context, knowing the public extension id.
    for (const entrypoint of ['content', 'article', 'gate']) {
      const detail = { contentScriptName: entrypoint, messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(`${extensionId}:${entrypoint}:wxt:content-script-started`, { detail }));
      window.postMessage({ type: `${extensionId}:${entrypoint}:wxt:content-script-started`, ...detail }, '*');
      window.dispatchEvent(new Event(`${extensionId}:${entrypoint}:wxt:locationchange`));
    }
    window.dispatchEvent(new PopStateEvent('popstate'));
    await wait(50);
    expect(ctx!.isValid).toBe(true);
    expect(highlights()).toBe(before);
    expect(document.documentElement.getAttribute('data-diplomark')).toBe('diplomatic');
  });

  it('follows a real URL change and cleans up when the extension goes away', async () => {
    const { goAway } = await openArticle();
    const onChange = vi.fn();
    ctx!.onLocationChange(onChange);
    history.pushState({}, '', '/next-story');
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledWith(location.href));
    goAway();
    await vi.waitFor(() => expect(ctx!.isValid).toBe(false));
    expect(highlights()).toBe(0);
    expect(document.documentElement.hasAttribute('data-diplomark')).toBe(false);
  });
});
