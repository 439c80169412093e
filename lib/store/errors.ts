/** Why a storage operation failed, in terms the UI can act on. */
export type StorageErrorReason = 'quota' | 'blocked' | 'newer-version' | 'closed' | 'unavailable' | 'limit' | 'unknown';

// Every write is one transaction, so a failed write changes nothing: each message can promise that.
const MESSAGES: Record<StorageErrorReason, string> = {
  quota:
    'Diplomark could not save: the browser has no storage space left for it. Your earlier clippings are safe. ' +
    'Free some space (export and delete old clippings, or clear other browsing data) and try again.',
  blocked:
    'Diplomark could not open its saved clippings because another Diplomark page is holding them during an update. ' +
    'Your clippings are safe. Close other Diplomark tabs (dashboard, options) and try again.',
  'newer-version':
    'Your saved clippings were written by a newer version of Diplomark. They are safe and were not changed. ' +
    'Update the extension, then try again.',
  closed:
    'Diplomark lost its connection to its saved clippings, usually because the extension was just updated or ' +
    'reloaded. Your clippings are safe. Close and reopen this page, then try again.',
  unavailable:
    'This browser is not letting Diplomark use its storage (IndexedDB), for example in a private window or when ' +
    'site data is blocked. Nothing was changed. Use a normal window or allow storage for extensions, then try again.',
  limit:
    'Diplomark could not save this change: it goes past what a clipping may hold (and what an export of it could ' +
    'bring back). Nothing was changed.',
  unknown:
    'Diplomark could not read or write its saved clippings. Your earlier clippings are safe. ' +
    'Try again; if it keeps happening, restart the browser.',
};

/**
 * A failed read or write of Diplomark's database. `message` is written for the reader: what happened,
 * that earlier data is intact, and what to do. The original error is kept as `cause` for developers.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly reason: StorageErrorReason;

  constructor(reason: StorageErrorReason, cause?: unknown, detail?: string) {
    super(detail ? `${MESSAGES[reason]} ${detail}` : MESSAGES[reason], { cause });
    this.reason = reason;
  }
}

/** A write refused because the clipping would break one of the rules every stored clipping follows. */
export function limitError(reason: string): StorageError {
  return new StorageError('limit', undefined, `What was wrong: ${reason}.`);
}

// Error names (native DOMException names and Dexie's) mapped to a reason. Dexie wraps native errors
// (OpenFailedError, AbortError…) and keeps the original as `inner`, so the whole chain is searched.
const REASON_BY_NAME: Record<string, StorageErrorReason> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  VersionError: 'newer-version',
  VersionChangeError: 'blocked',
  BlockedError: 'blocked',
  DatabaseClosedError: 'closed',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
};

/** Names of `error` and of everything it wraps, outermost first. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

/** Turns any error from Dexie/IndexedDB into a StorageError (an existing StorageError is returned as is). */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
  // The most specific reason is usually the innermost one (AbortError wrapping QuotaExceededError).
  for (const name of names.reverse()) {
    const reason = REASON_BY_NAME[name];
    if (reason) return new StorageError(reason, error);
  }
  return new StorageError('unknown', error);
}

/** Runs a storage operation and rethrows any failure as a StorageError. */
export async function withStorageErrors<T>(operation: () => PromiseLike<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
