export { DATABASE_NAME, DiplomarkDatabase, openDatabase, openDatabaseInstance } from './db';
export {
  saveClipping,
  listClippings,
  getClipping,
  countClippings,
  deleteClipping,
  restoreClipping,
  type SaveResult,
} from './clippings';
export { StorageError, toStorageError, withStorageErrors, type StorageErrorReason } from './errors';
export { createClippingSearch, foldForSearch } from './search';
export type * from './types';
export { addReaderHighlight, changeReaderHighlight, findClippingByCanonicalUrl, type NewReaderHighlight } from './reader-highlights';
