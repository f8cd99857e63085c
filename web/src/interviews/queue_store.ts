/**
 * Where the entries waiting to be sent are kept: IndexedDB, so that an entry
 * typed while the network is down survives a reload, a crash of the tab or a
 * lost session. One object store for all interviews, indexed by interview;
 * keys are auto-incremented, so key order is the order the entries were typed.
 * The plain IndexedDB API: there is little of it, and no library to trust.
 */
import type { OutgoingEntry } from './interview_api';

export interface QueuedEntry {
  /** Position in the queue, across interviews; assigned by the store. */
  key: number;
  interviewId: string;
  entry: OutgoingEntry;
  /** When it was typed (ms since the epoch, the browser's clock). */
  queuedAt: number;
}

export interface QueueStore {
  /** Keeps the entry; resolves once it is stored. */
  add(interviewId: string, entry: OutgoingEntry, queuedAt: number): Promise<QueuedEntry>;
  /** The interview's waiting entries, oldest first. */
  list(interviewId: string): Promise<QueuedEntry[]>;
  remove(key: number): Promise<void>;
}

export const QUEUE_DB = 'verbatim-outbox';
const STORE = 'entries';
const BY_INTERVIEW = 'by_interview';

function promised<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = factory.open(QUEUE_DB, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: 'key', autoIncrement: true });
      store.createIndex(BY_INTERVIEW, 'interviewId');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** A store in IndexedDB (`factory` is `indexedDB` in the browser, fake-indexeddb in tests). */
export async function openIdbQueueStore(factory: IDBFactory = indexedDB): Promise<QueueStore> {
  const db = await openDatabase(factory);
  return {
    async add(interviewId, entry, queuedAt) {
      const tx = db.transaction(STORE, 'readwrite');
      const done = finished(tx);
      const key = await promised(tx.objectStore(STORE).add({ interviewId, entry, queuedAt }));
      // Resolve only once the transaction has committed: the entry is kept from here on.
      await done;
      return { key: Number(key), interviewId, entry, queuedAt };
    },
    async list(interviewId) {
      const tx = db.transaction(STORE, 'readonly');
      const rows = await promised(tx.objectStore(STORE).index(BY_INTERVIEW).getAll(interviewId));
      return (rows as QueuedEntry[]).sort((a, b) => a.key - b.key);
    },
    async remove(key) {
      const tx = db.transaction(STORE, 'readwrite');
      const done = finished(tx);
      tx.objectStore(STORE).delete(key);
      await done;
    },
  };
}

/** A store in memory: where IndexedDB is not available (some private windows), and in tests. */
export function memoryQueueStore(): QueueStore {
  const rows: QueuedEntry[] = [];
  let next = 1;
  return {
    async add(interviewId, entry, queuedAt) {
      const row = { key: next++, interviewId, entry, queuedAt };
      rows.push(row);
      return row;
    },
    async list(interviewId) {
      return rows.filter((row) => row.interviewId === interviewId);
    },
    async remove(key) {
      const index = rows.findIndex((row) => row.key === key);
      if (index >= 0) rows.splice(index, 1);
    },
  };
}

let shared: Promise<{ store: QueueStore; persistent: boolean }> | null = null;

/**
 * The page's one store: IndexedDB when it opens, memory otherwise (`persistent`
 * tells the page which, so it can say that waiting entries would not survive a reload).
 */
export function openQueueStore(): Promise<{ store: QueueStore; persistent: boolean }> {
  shared ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      return { store: await openIdbQueueStore(indexedDB), persistent: true };
    } catch {
      return { store: memoryQueueStore(), persistent: false };
    }
  })();
  return shared;
}
