import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api';
import {
  EntryQueue,
  isRetryable,
  newClientId,
  type EntryQueueOptions,
  type QueueSnapshot,
  type SendEntry,
} from './entry_queue';
import type { AppendResult, OutgoingEntry } from './interview_api';
import { memoryQueueStore, openIdbQueueStore, type QueueStore, type QueuedEntry } from './queue_store';

const ok = (seq: number): AppendResult => ({ seq, at: '2026-11-22T10:00:00Z', hash: `h${seq}`, replayed: false, warnings: [] });
const offline = () => new ApiError({ status: 0, detail: 'The server could not be reached.' });
const refused = (rule: string, detail: string) =>
  new ApiError({ status: 409, detail, rule, refusals: [{ rule, severity: 'violation', message: detail }] });

/** A fake server: records every attempt; `answer` decides each one. */
function fakeServer(answer: (entry: OutgoingEntry, attempt: number) => AppendResult | ApiError) {
  const attempts: OutgoingEntry[] = [];
  const recorded = new Map<string, AppendResult>();
  let seq = 0;
  const send = async (_id: string, entry: OutgoingEntry): Promise<AppendResult> => {
    attempts.push(entry);
    // Let other work run between sends, as a real round trip would.
    await new Promise((resolve) => setTimeout(resolve, 1));
    const first = recorded.get(entry.client_id);
    if (first) return { ...first, replayed: true };
    const outcome = answer(entry, attempts.length);
    if (outcome instanceof ApiError) throw outcome;
    const result = { ...outcome, seq: ++seq };
    recorded.set(entry.client_id, result);
    return result;
  };
  return { send, attempts, recorded };
}

let counter = 0;
const ids = () => `client-${++counter}`;

function makeQueue(store: QueueStore, send: SendEntry, extra: Partial<EntryQueueOptions> = {}) {
  const saved: Array<{ item: QueuedEntry; result: AppendResult }> = [];
  const refusals: Array<{ item: QueuedEntry; error: ApiError }> = [];
  const snapshots: QueueSnapshot[] = [];
  const queue = new EntryQueue({
    interviewId: 'iv-1',
    store,
    send,
    retryDelaysMs: [5, 10],
    newClientId: ids,
    onSaved: (item, result) => saved.push({ item, result }),
    onRefused: (item, error) => refusals.push({ item, error }),
    onChange: (snapshot) => snapshots.push(snapshot),
    ...extra,
  });
  return { queue, saved, refusals, snapshots };
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
};

describe('EntryQueue', () => {
  it('gives every entry a client_id before sending, and sends strictly in order, one at a time', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const server = fakeServer(() => ok(0));
    const send = async (id: string, entry: OutgoingEntry) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await server.send(id, entry);
      } finally {
        inFlight -= 1;
      }
    };
    const { queue, saved } = makeQueue(memoryQueueStore(), send);
    await queue.load();
    const added = await Promise.all([
      queue.add({ kind: 'question', text: 'Where were you born?' }),
      queue.add({ kind: 'answer', text: 'In Homs.' }),
      queue.add({ kind: 'observation', text: 'The applicant hesitates.' }),
    ]);
    expect(added.every((item) => item.entry.client_id.startsWith('client-'))).toBe(true);
    await until(() => saved.length === 3);
    expect(server.attempts.map((e) => e.text)).toEqual(['Where were you born?', 'In Homs.', 'The applicant hesitates.']);
    expect(saved.map((s) => s.result.seq)).toEqual([1, 2, 3]);
    expect(maxInFlight).toBe(1);
    expect(queue.pending).toEqual([]);
  });

  it('keeps the entry on a network error and retries with the same client_id: never lost, never doubled', async () => {
    // The first attempt reaches the server but its answer is lost; then the network is down once.
    let lostOnce = false;
    const server = fakeServer((_entry, attempt) => (attempt === 2 ? offline() : ok(0)));
    const send = async (id: string, entry: OutgoingEntry) => {
      const result = await server.send(id, entry);
      if (!lostOnce) {
        lostOnce = true;
        throw offline(); // Recorded by the server, answer lost on the way back.
      }
      return result;
    };
    const store = memoryQueueStore();
    const { queue, saved, snapshots } = makeQueue(store, send);
    await queue.load();
    await queue.add({ kind: 'question', text: 'What happened then?' });
    await queue.add({ kind: 'answer', text: 'They came at night.' });
    await until(() => saved.length === 2);

    const clientIds = server.attempts.map((e) => e.client_id);
    expect(clientIds[0]).toBe(clientIds[1]); // The retry re-sent the first entry as it was.
    expect(server.recorded.size).toBe(2); // Stored once each.
    expect(saved[0].result.replayed).toBe(true);
    expect(saved.map((s) => s.item.entry.text)).toEqual(['What happened then?', 'They came at night.']);
    expect(snapshots.some((s) => s.retrying && s.lastFailure?.status === 0 && s.pending.length >= 1)).toBe(true);
    expect(await store.list('iv-1')).toEqual([]);
  });

  it('removes an entry the server refuses (4xx), reports it, and goes on with the next', async () => {
    const server = fakeServer((entry) =>
      entry.kind === 'question' ? refused('CH-3', 'The opening is not complete.') : ok(0),
    );
    const store = memoryQueueStore();
    const { queue, saved, refusals } = makeQueue(store, server.send);
    await queue.load();
    await queue.add({ kind: 'question', text: 'Too early?' });
    await queue.add({ kind: 'checklist', item: 'CH-3.1', status: 'done' });
    await until(() => saved.length === 1 && refusals.length === 1);
    expect(refusals[0].error.problem.rule).toBe('CH-3');
    expect(refusals[0].item.entry.text).toBe('Too early?');
    expect(server.attempts.filter((e) => e.kind === 'question')).toHaveLength(1); // Not retried.
    expect(saved[0].item.entry.item).toBe('CH-3.1');
    expect(await store.list('iv-1')).toEqual([]);
  });

  it.each([
    [0, true],
    [401, true],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [403, false],
    [404, false],
    [409, false],
    [422, false],
  ])('status %i is retried: %s', (status, retried) => {
    expect(isRetryable(new ApiError({ status }))).toBe(retried);
  });

  it('retries at once when told the browser is back online', async () => {
    let down = true;
    const server = fakeServer(() => (down ? offline() : ok(0)));
    const { queue, saved } = makeQueue(memoryQueueStore(), server.send, { retryDelaysMs: [60_000] });
    await queue.load();
    await queue.add({ kind: 'observation', text: 'Silence.' });
    await until(() => queue.snapshot().retrying);
    down = false;
    queue.retryNow();
    await until(() => saved.length === 1);
    expect(server.attempts).toHaveLength(2);
  });

  it('makes RFC 4122 version-4 ids', () => {
    expect(newClientId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newClientId()).not.toBe(newClientId());
  });
});

describe('EntryQueue with IndexedDB (fake-indexeddb)', () => {
  it('keeps waiting entries across a reload and sends them in order with their first client_ids', async () => {
    const factory = new IDBFactory();
    // The first page: offline, two entries typed, then the page goes away.
    const first = makeQueue(await openIdbQueueStore(factory), async () => {
      throw offline();
    });
    await first.queue.load();
    const a = await first.queue.add({ kind: 'observation', text: 'The applicant hesitates.' });
    const b = await first.queue.add({ kind: 'observation', text: 'The applicant looks at the lawyer.' });
    await until(() => first.queue.snapshot().retrying);
    first.queue.dispose();

    // Another interview's entries stay where they are.
    const other = await openIdbQueueStore(factory);
    await other.add('iv-2', { kind: 'observation', text: 'elsewhere', client_id: 'x-1' }, Date.now());

    // The reloaded page: online again.
    const server = fakeServer(() => ok(0));
    const second = makeQueue(await openIdbQueueStore(factory), server.send);
    await second.queue.load();
    expect(second.queue.pending.map((item) => item.entry.client_id)).toEqual([a.entry.client_id, b.entry.client_id]);
    await until(() => second.saved.length === 2);
    expect(server.attempts.map((e) => [e.client_id, e.text])).toEqual([
      [a.entry.client_id, 'The applicant hesitates.'],
      [b.entry.client_id, 'The applicant looks at the lawyer.'],
    ]);
    const store = await openIdbQueueStore(factory);
    expect(await store.list('iv-1')).toEqual([]);
    expect((await store.list('iv-2')).map((row) => row.entry.client_id)).toEqual(['x-1']);
  });

  it('stores an entry before it is sent', async () => {
    const factory = new IDBFactory();
    const store = await openIdbQueueStore(factory);
    let seenInStore: number | null = null;
    const { queue, saved } = makeQueue(store, async (id, entry) => {
      seenInStore = (await store.list(id)).filter((row) => row.entry.client_id === entry.client_id).length;
      return ok(1);
    });
    await queue.load();
    await queue.add({ kind: 'start' });
    await until(() => saved.length === 1);
    expect(seenInStore).toBe(1);
  });
});

describe('EntryQueue before load()', () => {
  it('sends nothing until what an earlier page left is known, then sends the older entries first', async () => {
    const store = memoryQueueStore();
    await store.add('iv-1', { kind: 'observation', text: 'left by an earlier page', client_id: 'old-1' }, 0);
    const server = fakeServer(() => ok(0));
    const { queue, saved } = makeQueue(store, server.send);
    await queue.add({ kind: 'observation', text: 'typed at once' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.attempts).toHaveLength(0);
    await queue.load();
    await until(() => saved.length === 2);
    expect(server.attempts.map((e) => e.text)).toEqual(['left by an earlier page', 'typed at once']);
  });
});
