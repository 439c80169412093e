import { describe, expect, it, vi } from 'vitest';
import { sendWithOneRetry } from '../../../lib/messaging/retry';
import { receiveTextInParts, sendTextInParts, type TextPort } from '../../../lib/messaging/text-parts';
import { MAX_TEXT } from '../../../lib/messaging/validate';

const SENDER = { id: 'ext-id', tab: { id: 3 }, frameId: 0, url: 'https://news.example/long-read' };

/** Two ends of a port, as the browser gives them: messages arrive later, in order; closing one end tells the other. */
function portPair(): { page: TextPort & { posted: unknown[] }; background: TextPort<typeof SENDER> } {
  const make = (name: string, sender?: typeof SENDER) => {
    const messageListeners: ((message: unknown) => void)[] = [];
    const disconnectListeners: (() => void)[] = [];
    return {
      name,
      sender,
      open: true,
      posted: [] as unknown[],
      messageListeners,
      disconnectListeners,
      onMessage: { addListener: (listener: (message: unknown) => void) => messageListeners.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => disconnectListeners.push(listener) },
    };
  };
  const page = make('parts');
  const background = make('parts', SENDER);
  const wire = (from: ReturnType<typeof make>, to: ReturnType<typeof make>) =>
    Object.assign(from, {
      postMessage(message: unknown) {
        if (!from.open) throw new Error('Attempting to use a disconnected port object');
        from.posted.push(message);
        const copy = structuredClone(message);
        queueMicrotask(() => to.open && to.messageListeners.forEach((listener) => listener(copy)));
      },
      disconnect() {
        if (!from.open) return;
        from.open = false;
        queueMicrotask(() => {
          to.open = false;
          to.disconnectListeners.forEach((listener) => listener());
        });
      },
    });
  return { page: wire(page, background), background: wire(background, page) };
}

const request = (text: string) => ({ type: 'content→background:recognise-text' as const, text, publishedAt: '2023-03-16' });

describe('a long text sent to the background in parts', () => {
  it('arrives whole, each part posted in a task of its own, and the answer comes back', async () => {
    const { page, background } = portPair();
    const answer = vi.fn(async (whole: unknown) => ({ ok: true, length: (whole as { text: string }).text.length, whole }));
    receiveTextInParts(background, answer);
    const yields = vi.fn(async () => {});
    const text = 'Seoul and Tokyo. '.repeat(1_000); // 17,000 characters
    const reply = await sendTextInParts<{ ok: boolean; whole: unknown }>(page, request(text), yields, 5_000);
    expect(page.posted).toHaveLength(4);
    expect(yields).toHaveBeenCalledTimes(3);
    expect(reply.whole).toEqual(request(text));
    expect(answer).toHaveBeenCalledWith(request(text), SENDER);
  });

  it('sends a text that fits one part as one message', async () => {
    const { page, background } = portPair();
    receiveTextInParts(background, async (whole) => ({ ok: true, whole }));
    await sendTextInParts(page, request('Japan'), async () => {}, 5_000);
    expect(page.posted).toEqual([request('Japan')]);
  });

  it('refuses parts that are not text, that add up to more than a request may carry, or that end in another request', async () => {
    for (const messages of [
      [{ type: 'content→background:text-part', text: 42 }],
      [{ type: 'content→background:text-part', text: 'x'.repeat(MAX_TEXT) }, request('one more')],
      [{ type: 'content→background:text-part', text: 'x' }, { type: 'content→background:load-article-code', text: '' }],
    ]) {
      const { page, background } = portPair();
      const answer = vi.fn(async () => ({ ok: true }));
      receiveTextInParts(background, answer);
      const replies: unknown[] = [];
      page.onMessage.addListener((message) => replies.push(message));
      for (const message of messages) page.postMessage(message);
      await vi.waitFor(() => expect(replies).toEqual([{ ok: false, error: expect.stringMatching(/^Rejected/) }]));
      expect(answer).not.toHaveBeenCalled();
    }
  });

  it('fails as a closed channel when the background goes away, so the request is sent once more', async () => {
    let attempts = 0;
    const reply = await sendWithOneRetry<{ ok: boolean }>(
      () => {
        attempts++;
        const { page, background } = portPair();
        if (attempts === 1) background.onMessage.addListener(() => background.disconnect());
        else receiveTextInParts(background, async () => ({ ok: true }));
        return sendTextInParts(page, request('Seoul and Tokyo. '.repeat(1_000)), async () => {}, 5_000);
      },
      0,
    );
    expect(attempts).toBe(2);
    expect(reply).toEqual({ ok: true });
  });
});
