import { useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage, type PersistenceApi, type PersistenceOutcome } from '../lib/store/persistence';

/** Asks for persistent storage once when the page opens; null until the browser has answered. */
export function usePersistentStorage(storage?: PersistenceApi): PersistenceOutcome | null {
  const [outcome, setOutcome] = useState<PersistenceOutcome | null>(null);
  useEffect(() => {
    let live = true;
    void requestPersistentStorage(storage).then((result) => live && setOutcome(result));
    return () => {
      live = false;
    };
  }, [storage]);
  return outcome;
}
