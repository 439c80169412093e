// The browser stops an idle background after about 30 seconds, so most articles meet a background that
// has just started and must open the knowledge base again. It keeps a copy of the inflated base in its
// Cache Storage and opens that instead of the packaged file; a damaged copy is replaced, never trusted.
import type { CDPSession, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Diplomark } from './harness/diplomark';

const ORIGIN = 'https://restart.example';
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Seoul and Tokyo talk again</title>
<meta property="og:type" content="article"></head><body><main><article><h1>Seoul and Tokyo talk again</h1>
<p>Prime Minister Fumio Kishida and President Yoon Suk Yeol met in Tokyo, where they discussed export controls and North Korea.</p>
<p>The two governments said they would restart a security dialogue that had been frozen since 2018, according to a joint statement.</p>
<p>Officials in Seoul described the talks as frank and useful, while opposition lawmakers criticised the deal on compensation.</p>
<p>China’s foreign ministry said it hoped the neighbours would contribute to peace and stability in the region.</p>
<p>The foreign ministers of both countries are expected to meet again in Seoul next month to prepare a visit by the Japanese leader.</p>
<p>Analysts said the agreement reflected shared concern about missile launches by North Korea and about tensions over Taiwan.</p>
<p>Japan and South Korea agreed on Tuesday to resume regular shuttle diplomacy between their leaders, ending a gap of twelve years.</p>
</article></main></body></html>`;

/** Runs in an extension page: the size of each copy of the knowledge base the background keeps. */
async function copySizes(): Promise<number[]> {
  const cache = await caches.open('diplomark-knowledge-base');
  return Promise.all((await cache.keys()).map(async (request) => (await (await cache.match(request))!.arrayBuffer()).byteLength));
}

/** Runs in an extension page: overwrites every copy with bytes that are not a knowledge base, as a cut-short write would leave. */
async function damageCopies(): Promise<number> {
  const cache = await caches.open('diplomark-knowledge-base');
  const keys = await cache.keys();
  for (const request of keys) await cache.put(request, new Response(new Uint8Array(4096)));
  return keys.length;
}

describe('a background the browser stopped and started again', () => {
  let diplomark: Diplomark;
  let store: Page;
  let devtools: CDPSession;

  beforeAll(async () => {
    diplomark = await Diplomark.launch();
    await diplomark.context.route(`${ORIGIN}/**`, (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: ARTICLE }));
    store = await diplomark.openExtensionPage('options.html');
    devtools = await diplomark.context.newCDPSession(store);
    await devtools.send('ServiceWorker.enable');
  });
  afterAll(async () => {
    await diplomark?.close();
  });

  async function highlightedIds(path: string): Promise<string[]> {
    const article = await diplomark.openArticle(`${ORIGIN}${path}`);
    expect(await article.waitForVerdict(), `verdict of ${path}`).toBe('diplomatic');
    const ids = [...new Set((await article.highlights()).map((h) => h.entity))].sort();
    await article.page.close();
    return ids;
  }

  /** Where the running background read its knowledge base from, as it notes on its own timeline. */
  async function knowledgeBaseReadFrom(): Promise<string[]> {
    const { targetInfos } = (await devtools.send('Target.getTargets')) as { targetInfos: { type: string; targetId: string; url: string }[] };
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(diplomark.extensionUrl('')));
    expect(worker, 'a running background').toBeDefined();
    const { sessionId } = (await devtools.send('Target.attachToTarget', { targetId: worker!.targetId, flatten: false })) as { sessionId: string };
    const answer = new Promise<string[]>((resolve) => {
      const onMessage = (event: { message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: { result: { value: string[] } } };
        if (reply.id !== 1) return;
        devtools.off('Target.receivedMessageFromTarget', onMessage);
        resolve(reply.result!.result.value);
      };
      devtools.on('Target.receivedMessageFromTarget', onMessage);
    });
    const expression = "performance.getEntriesByType('measure').filter((m) => m.name === 'diplomark:knowledge-base-read').map((m) => m.detail.from)";
    await devtools.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
    const from = await answer;
    await devtools.send('Target.detachFromTarget', { sessionId });
    return from;
  }

  async function stopBackground(): Promise<void> {
    await devtools.send('ServiceWorker.stopAllWorkers');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }

  it('opens its copy after a restart, finds the same entities, and replaces a damaged copy', async () => {
    const first = await highlightedIds('/first');
    expect(first).toEqual(expect.arrayContaining(['person:yoon-suk-yeol', 'country:jp', 'country:kr']));
    expect(await knowledgeBaseReadFrom()).toEqual(['package']);
    // The copy is written a few seconds after the first article is answered.
    await expect.poll(() => store.evaluate(copySizes), { timeout: 20_000, interval: 500 }).toEqual([expect.any(Number)]);
    const [size] = await store.evaluate(copySizes);
    expect(size, 'the inflated base').toBeGreaterThan(1_000_000);

    await stopBackground();
    expect(await highlightedIds('/after-restart')).toEqual(first);
    expect(await knowledgeBaseReadFrom()).toEqual(['copy']);

    expect(await store.evaluate(damageCopies)).toBe(1);
    await stopBackground();
    expect(await highlightedIds('/after-damage')).toEqual(first);
    expect(await knowledgeBaseReadFrom()).toEqual(['package']);
    await expect.poll(() => store.evaluate(copySizes), { timeout: 20_000, interval: 500 }).toEqual([size]);
  });
});
