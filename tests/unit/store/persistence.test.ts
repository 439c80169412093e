import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from '../../../lib/store/persistence';

describe('requestPersistentStorage', () => {
  it('asks only when not yet persisted and reports the answer', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe('granted');
    expect(persist).toHaveBeenCalledOnce();
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('denied');
  });

  it('copes with browsers without the API or that throw', async () => {
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage({ persist: async () => Promise.reject(new Error('no')) })).toBe('denied');
  });
});
