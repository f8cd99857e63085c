/**
 * The outbox of the interview room: every entry goes through it, so that
 * nothing typed is lost and nothing is recorded twice.
 *
 * - An entry gets its client_id (crypto.randomUUID()) and is stored in the
 *   QueueStore (IndexedDB) BEFORE anything is sent.
 * - Entries are sent strictly in order, one at a time.
 * - When the server cannot be reached (or answers 5xx, 408, 429, or 401
 *   because the session ended) the entry stays at the head of the queue and
 *   is sent again after a pause that grows (1 s, 2 s, 5 s, 10 s, 30 s …), or at
 *   once when the browser comes back online. It is re-sent with the same
 *   client_id: the server answers a repeated client_id with its first answer
 *   and stores nothing twice.
 * - Any other 4xx is the server refusing this entry (a charter rule, 409, or
 *   an invalid entry, 400): it is not retried; it is removed and reported, and
 *   the entries behind it go on.
 */
import { ApiError } from '../api';
import type { AppendResult, EntryInput, OutgoingEntry } from './interview_api';
import type { QueueStore, QueuedEntry } from './queue_store';

export type { QueuedEntry } from './queue_store';

export type SendEntry = (interviewId: string, entry: OutgoingEntry) => Promise<AppendResult>;

export interface QueueListener {
  /** The server recorded the entry (or had recorded it already: result.replayed). */
  onSaved?(item: QueuedEntry, result: AppendResult): void;
  /** The server refused the entry; it has been removed from the queue. */
  onRefused?(item: QueuedEntry, error: ApiError): void;
  /** The waiting entries or the sending state changed. */
  onChange?(snapshot: QueueSnapshot): void;
}

export interface QueueSnapshot {
  pending: QueuedEntry[];
  /** The last attempt failed for a reason worth retrying; the next one is scheduled. */
  retrying: boolean;
  /** Why the last attempt failed (status 0: the server could not be reached). */
  lastFailure: ApiError | null;
}

export interface EntryQueueOptions extends QueueListener {
  interviewId: string;
  store: QueueStore;
  send: SendEntry;
  /** Pauses before the 1st, 2nd, … retry; the last one repeats. */
  retryDelaysMs?: number[];
  newClientId?: () => string;
  now?: () => number;
}

export const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 5000, 10000, 30000];

/** Whether a failed send should be tried again with the same client_id. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true; // Not an answer from the server: keep the entry.
  const { status } = error;
  return status === 0 || status === 401 || status === 408 || status === 429 || status >= 500;
}

export function newClientId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; fall back to random bytes in the same format.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export class EntryQueue {
  private readonly options: EntryQueueOptions;
  private items: QueuedEntry[] = [];
  private sending = false;
  private disposed = false;
  /** Nothing is sent before what an earlier page left waiting is known: it goes first. */
  private loaded = false;
  private attempts = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFailure: ApiError | null = null;
  /** Adds are stored one after another, so the store's keys follow the typing order. */
  private adding: Promise<unknown> = Promise.resolve();
  private idle: Array<() => void> = [];

  constructor(options: EntryQueueOptions) {
    this.options = options;
  }

  /** Picks up what an earlier page left waiting, and starts sending it. */
  async load(): Promise<void> {
    const stored = await this.options.store.list(this.options.interviewId);
    const known = new Set(this.items.map((item) => item.key));
    this.items = [...stored.filter((item) => !known.has(item.key)), ...this.items].sort((a, b) => a.key - b.key);
    this.loaded = true;
    this.changed();
    this.pump();
  }

  /** Queues an entry: gives it a client_id, stores it, then sends it when its turn comes. */
  add(input: EntryInput): Promise<QueuedEntry> {
    const entry: OutgoingEntry = { ...input, client_id: (this.options.newClientId ?? newClientId)() };
    const stored = this.adding.then(() =>
      this.options.store.add(this.options.interviewId, entry, (this.options.now ?? Date.now)()),
    );
    this.adding = stored.catch(() => undefined);
    return stored.then((item) => {
      if (!this.disposed) {
        this.items.push(item);
        this.changed();
        this.pump();
      }
      return item;
    });
  }

  get pending(): QueuedEntry[] {
    return [...this.items];
  }

  snapshot(): QueueSnapshot {
    return { pending: this.pending, retrying: this.timer !== null, lastFailure: this.lastFailure };
  }

  /** Sends now instead of waiting out the pause (the browser came back online). */
  retryNow(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.attempts = 0;
    this.pump();
  }

  /** Stops sending; what is waiting stays in the store for the next page. */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.settle();
  }

  /** Resolves when nothing is being sent or waiting to be sent right now (for tests). */
  whenIdle(): Promise<void> {
    if (!this.sending && (this.items.length === 0 || this.timer !== null || this.disposed || !this.loaded)) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private changed(): void {
    this.options.onChange?.(this.snapshot());
  }

  private settle(): void {
    const waiting = this.idle;
    this.idle = [];
    for (const resolve of waiting) resolve();
  }

  private pump(): void {
    if (this.sending || this.disposed || this.timer !== null || !this.loaded) return;
    if (this.items.length === 0) {
      this.settle();
      return;
    }
    this.sending = true;
    void this.sendHead().finally(() => {
      this.sending = false;
      if (this.timer === null && this.items.length > 0 && !this.disposed) this.pump();
      else this.settle();
    });
  }

  private async sendHead(): Promise<void> {
    const head = this.items[0];
    let result: AppendResult;
    try {
      result = await this.options.send(this.options.interviewId, head.entry);
    } catch (error) {
      if (this.disposed) return;
      if (isRetryable(error)) {
        this.lastFailure = error instanceof ApiError ? error : new ApiError({ status: 0 });
        this.scheduleRetry();
        this.changed();
        return;
      }
      await this.drop(head);
      this.lastFailure = null;
      this.attempts = 0;
      this.changed();
      this.options.onRefused?.(head, error as ApiError);
      return;
    }
    // Answered: the server has the entry, whatever happens to this page from here.
    await this.drop(head);
    this.lastFailure = null;
    this.attempts = 0;
    this.changed();
    this.options.onSaved?.(head, result);
  }

  private async drop(item: QueuedEntry): Promise<void> {
    this.items = this.items.filter((other) => other.key !== item.key);
    try {
      await this.options.store.remove(item.key);
    } catch {
      // If it cannot be removed it is re-sent after a reload with the same client_id: harmless.
    }
  }

  private scheduleRetry(): void {
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const delay = delays[Math.min(this.attempts, delays.length - 1)] ?? 1000;
    this.attempts += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pump();
    }, delay);
  }
}
