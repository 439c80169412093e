import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepAwakeWhile } from '../../../lib/messaging/keep-awake';

describe('keepAwakeWhile', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function pending<T>() {
    let resolve!: (value: T) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  }

  it('touches the browser every interval while the answer is pending, and stops once it comes', async () => {
    const touch = vi.fn(async () => undefined);
    const work = pending<string>();
    const answer = keepAwakeWhile(work.promise, touch, 250);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(touch).toHaveBeenCalledTimes(4);
    work.resolve('mentions');
    await expect(answer).resolves.toBe('mentions');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(touch).toHaveBeenCalledTimes(4);
  });

  it('makes no call for an answer that comes within the interval', async () => {
    const touch = vi.fn(async () => undefined);
    await expect(keepAwakeWhile(Promise.resolve(7), touch, 250)).resolves.toBe(7);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(touch).not.toHaveBeenCalled();
  });

  it('passes a failed answer on and stops touching; a failed touch is not the answer’s failure', async () => {
    const touch = vi.fn(async () => {
      throw new Error('extension context invalidated');
    });
    const work = pending<string>();
    const answer = keepAwakeWhile(work.promise, touch, 250);
    const settled = answer.catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(600);
    expect(touch).toHaveBeenCalledTimes(2);
    work.reject(new Error('database full'));
    await expect(settled).resolves.toBe('database full');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(touch).toHaveBeenCalledTimes(2);
  });
});
