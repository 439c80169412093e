/** What came of asking the browser to keep Diplomark's data when disk space runs low. */
export type PersistenceOutcome = 'granted' | 'denied' | 'unsupported';

/** The part of `navigator.storage` used here, so tests can pass their own. */
export interface PersistenceApi {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * Asks for persistent storage (clippings then survive the browser clearing "best-effort" data under
 * storage pressure). Called from an extension page, where the request is about the extension's own
 * origin. Asks only when not persisted yet; never throws.
 */
export async function requestPersistentStorage(
  storage: PersistenceApi | undefined = typeof navigator === 'undefined' ? undefined : navigator.storage,
): Promise<PersistenceOutcome> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
