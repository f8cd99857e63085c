/**
 * The interview room's data: the overview (state and timers), the record, the
 * outbox queue and what the server last said about an entry. The page renders
 * it; everything that talks to the server is here.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Finding } from '../api';
import { EntryQueue, type QueueSnapshot, type QueuedEntry } from './entry_queue';
import {
  appendEntry,
  getOverview,
  listEntries,
  type EntryInput,
  type InterviewOverview,
  type AppendResult,
  type RecordEntry,
} from './interview_api';
import { openQueueStore, type QueueStore } from './queue_store';
import { mergeEntries } from './room_state';

/** How often the overview is fetched again while the room is open. */
export const OVERVIEW_REFRESH_MS = 30_000;

export type OpenStore = () => Promise<{ store: QueueStore; persistent: boolean }>;

export interface Refusal {
  item: QueuedEntry;
  error: ApiError;
}

export interface Saved {
  seq: number;
  kind: string;
  replayed: boolean;
}

export interface Room {
  status: 'loading' | 'ready' | 'error';
  loadError: ApiError | null;
  overview: InterviewOverview | null;
  /** When the overview was fetched (ms, the browser's clock): the clocks tick from here. */
  fetchedAt: number;
  entries: RecordEntry[];
  queue: QueueSnapshot;
  /** False when IndexedDB could not be opened: waiting entries would not survive a reload. */
  persistent: boolean;
  online: boolean;
  lastSaved: Saved | null;
  warnings: Finding[];
  refusal: Refusal | null;
  submit(input: EntryInput): Promise<QueuedEntry>;
  dismissRefusal(): void;
}

const EMPTY_QUEUE: QueueSnapshot = { pending: [], retrying: false, lastFailure: null };

export function useInterviewRoom(id: string, openStore: OpenStore = openQueueStore): Room {
  const [status, setStatus] = useState<Room['status']>('loading');
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [overview, setOverview] = useState<{ data: InterviewOverview; at: number } | null>(null);
  const [entries, setEntries] = useState<RecordEntry[]>([]);
  const [queue, setQueue] = useState<QueueSnapshot>(EMPTY_QUEUE);
  const [persistent, setPersistent] = useState(true);
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine !== false));
  const [lastSaved, setLastSaved] = useState<Saved | null>(null);
  const [warnings, setWarnings] = useState<Finding[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const mounted = useRef(true);
  const queueRef = useRef<Promise<EntryQueue> | null>(null);
  const lastSeq = useRef(0);
  const overviewTicket = useRef(0);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const applyEntries = useCallback((incoming: RecordEntry[]) => {
    setEntries((current) => {
      const merged = mergeEntries(current, incoming);
      lastSeq.current = merged.length > 0 ? merged[merged.length - 1].seq : 0;
      return merged;
    });
  }, []);

  const refreshEntries = useCallback(async () => {
    try {
      applyEntries(await listEntries(id));
    } catch {
      // Kept as it was; the next refresh tries again.
    }
  }, [id, applyEntries]);

  /** Fetches the overview; the answer to the latest request wins. */
  const refreshOverview = useCallback(async () => {
    const ticket = ++overviewTicket.current;
    try {
      const data = await getOverview(id);
      if (!mounted.current || ticket !== overviewTicket.current) return;
      setOverview({ data, at: Date.now() });
      if (data.last_seq > lastSeq.current) void refreshEntries();
    } catch {
      // Offline or a passing failure: the clocks go on from the last overview.
    }
  }, [id, refreshEntries]);

  /** Entries saved in a burst (after reconnecting) need one refresh, not one each. */
  const refreshSoon = useCallback(() => {
    if (refreshTimer.current !== null) clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      void refreshOverview();
    }, 150);
  }, [refreshOverview]);

  // First load, then the queue: whatever an earlier page left waiting is sent first.
  useEffect(() => {
    mounted.current = true;
    let queue: EntryQueue | null = null;
    const onSaved = (item: QueuedEntry, result: AppendResult) => {
      if (!mounted.current) return;
      applyEntries([{ ...item.entry, seq: result.seq, at: result.at, hash: result.hash }]);
      setLastSaved({ seq: result.seq, kind: item.entry.kind, replayed: result.replayed });
      setWarnings(result.warnings);
      setRefusal(null);
      refreshSoon();
    };
    const onRefused = (item: QueuedEntry, error: ApiError) => {
      if (!mounted.current) return;
      setRefusal({ item, error });
      refreshSoon(); // A refusal often follows a change the page has not seen (time, another tab).
    };
    queueRef.current = (async () => {
      const { store, persistent: kept } = await openStore();
      if (mounted.current) setPersistent(kept);
      queue = new EntryQueue({
        interviewId: id,
        store,
        send: appendEntry,
        onSaved,
        onRefused,
        onChange: (snapshot) => mounted.current && setQueue(snapshot),
      });
      // What an earlier page left waiting is sent first, whether or not the room loads.
      void queue.load().catch(() => undefined);
      return queue;
    })();

    (async () => {
      try {
        const [data, list] = await Promise.all([getOverview(id), listEntries(id)]);
        if (!mounted.current) return;
        applyEntries(list);
        setOverview({ data, at: Date.now() });
        setStatus('ready');
      } catch (error) {
        if (!mounted.current) return;
        setLoadError(error instanceof ApiError ? error : new ApiError({ status: 0 }));
        setStatus('error');
      }
    })();

    return () => {
      mounted.current = false;
      queue?.dispose();
      void queueRef.current?.then((q) => q.dispose());
      if (refreshTimer.current !== null) clearTimeout(refreshTimer.current);
    };
  }, [id]);

  // The overview every 30 s, and online/offline as the browser sees it.
  useEffect(() => {
    const timer = setInterval(() => void refreshOverview(), OVERVIEW_REFRESH_MS);
    const goOnline = () => {
      setOnline(true);
      void queueRef.current?.then((q) => q.retryNow());
      void refreshOverview();
    };
    const goOffline = () => setOnline(false);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, [refreshOverview]);

  const submit = useCallback(async (input: EntryInput) => {
    const queue = await queueRef.current!;
    return queue.add(input);
  }, []);

  return {
    status,
    loadError,
    overview: overview?.data ?? null,
    fetchedAt: overview?.at ?? 0,
    entries,
    queue,
    persistent,
    online,
    lastSaved,
    warnings,
    refusal,
    submit,
    dismissRefusal: () => setRefusal(null),
  };
}
