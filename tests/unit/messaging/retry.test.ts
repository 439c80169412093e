import { describe, expect, it, vi } from 'vitest';
import { sendWithOneRetry } from '../../../lib/messaging/retry';

describe('sendWithOneRetry', () => {
  it('sends once more when the service worker went away mid-message', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received'))
      .mockResolvedValueOnce({ ok: true });
    await expect(sendWithOneRetry(send, 0)).resolves.toEqual({ ok: true });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('does not retry other failures, nor more than once', async () => {
    const other = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendWithOneRetry(other, 0)).rejects.toThrow(/context invalidated/);
    expect(other).toHaveBeenCalledTimes(1);
    const gone = vi.fn().mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(sendWithOneRetry(gone, 0)).rejects.toThrow(/Receiving end/);
    expect(gone).toHaveBeenCalledTimes(2);
  });
});
