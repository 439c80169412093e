/**
 * A copy of the inflated knowledge base in the extension's Cache Storage. A background the browser has
 * just started must open the base before it can answer the first article, and the packaged file is slow
 * to get: fetching and inflating its 2.4 MB took 250–350 ms in a Chrome service worker, all of it on the
 * worker's thread, while reading the same 11.8 MB back from Cache Storage took about 50 ms, mostly
 * outside it. The copy is keyed by a digest of the packaged file, so an updated extension never opens
 * an older base; a copy that is missing, unreadable or damaged only means the packaged file is read.
 */
export interface KnowledgeBaseCopy {
  /** The copied bytes, or undefined when there is no usable copy. Never rejects. */
  read(): Promise<ArrayBuffer | undefined>;
  /** Keeps `bytes` as the copy and drops older ones. The bytes are copied: the caller goes on using its buffer. */
  write(bytes: ArrayBuffer): Promise<void>;
  /** Drops the copy (it could not be opened). Never rejects. */
  forget(): Promise<void>;
}

const CACHE_NAME = 'diplomark-knowledge-base';
/** Cache Storage keys requests by http(s) URL; `.invalid` is a name no network ever answers (RFC 2606). */
const KEY_ORIGIN = 'https://knowledge-base.diplomark.invalid/';

export function cacheStorageCopy(storage: CacheStorage | undefined, digest: string): KnowledgeBaseCopy | undefined {
  if (!storage || !digest) return undefined;
  const key = `${KEY_ORIGIN}${encodeURIComponent(digest)}`;
  return {
    async read() {
      try {
        const response = await (await storage.open(CACHE_NAME)).match(key);
        // Read as a Blob first: its bytes arrive in one piece from outside the worker's thread.
        return response ? await (await response.blob()).arrayBuffer() : undefined;
      } catch {
        return undefined;
      }
    },
    async write(bytes) {
      const cache = await storage.open(CACHE_NAME);
      await cache.put(key, new Response(bytes, { headers: { 'content-type': 'application/octet-stream' } }));
      for (const request of await cache.keys()) if (request.url !== key) await cache.delete(request);
    },
    async forget() {
      try {
        await storage.delete(CACHE_NAME);
      } catch {
        // Nothing else to do: the next start reads the packaged file again.
      }
    },
  };
}
