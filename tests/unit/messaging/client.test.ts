import { describe, expect, it, vi } from 'vitest';
import { createSendToBackground } from '../../../lib/messaging/client';

const WORKER_STOPPED = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

describe('sendToBackground', () => {
  it('sends an idempotent message once more after the service worker stopped, and a delete only once', async () => {
    const sendMessage = vi.fn().mockRejectedValueOnce(WORKER_STOPPED).mockResolvedValue({ ok: true, id: 'c1', created: true });
    const send = createSendToBackground(sendMessage, 0);
    const draft = { canonicalUrl: 'https://news.example/a' } as never;
    await expect(send({ type: 'content→background:save-clipping', draft })).resolves.toEqual({ ok: true, id: 'c1', created: true });
    expect(sendMessage).toHaveBeenCalledTimes(2);

    const once = vi.fn().mockRejectedValue(WORKER_STOPPED);
    await expect(createSendToBackground(once, 0)({ type: 'content→background:delete-reader-highlight', canonicalUrl: 'https://news.example/a', id: 'h1' })).rejects.toThrow(/channel closed/);
    expect(once).toHaveBeenCalledTimes(1);
  });
});
