/**
 * Wakes whoever waits for a conversation's next message (a long-polling chat client now; sockets
 * later), in this process, whichever process stored the message: every message insert NOTIFYs
 * `caseId:seq` on MESSAGE_CHANNEL at commit (queries.ts), and one LISTEN per process hears them all.
 * A notification only says "look again": the waiter reads the database, so a lost or duplicated
 * notification can delay a message but never lose, reorder or repeat one. When the listening
 * connection comes back after a loss, every waiter is woken (notifications in between were missed).
 */
import type { Db } from '../db/client.ts';
import { announceQueueChange, MESSAGE_CHANNEL, QUEUE_CHANGED } from './queries.ts';
import type { DeskCase, DeskMessage } from './schema.ts';

/** A line this process has just stored and committed, and who has its case after it (commands/chat.ts). */
export interface Stored {
  message: DeskMessage;
  state: Pick<DeskCase, 'status' | 'assigneeId' | 'teamId'>;
}
/** `stored`: the line that woke it, when this process stored it (else: read the database). */
type Wake = (stored?: Stored) => void;
export type Side = 'investor' | 'staff';
/** Payloads besides `caseId:seq`: someone typing (`caseId:t:side`), the chat queue changed (`*:q`). */
const TYPING = ':t:';

export class MessageHub {
  private readonly waiters = new Map<string, Set<Wake>>();
  private readonly typists = new Map<string, Set<(side: Side) => void>>();
  private readonly queueWatchers = new Set<() => void>();
  /**
   * Per case, the highest number this process handed to its own feeds (stored()); its notification,
   * when it comes back from the database, has nothing new for them and is not passed on. Entries
   * leave when that notification arrives, and all at once when the listener reconnects.
   */
  private readonly handedOut = new Map<string, number>();
  private started: Promise<void> | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private closing = false;

  constructor(private readonly db: Db) {}

  /**
   * Subscribes once per process, on first use. If subscribing fails (the database is away), the next
   * use tries again; meanwhile waits end at their time limit and re-read, so delivery is late, not lost.
   */
  start(): Promise<void> {
    this.started ??= this.db
      .listen(MESSAGE_CHANNEL, (payload) => this.heard(payload), () => this.wakeAll())
      .then((u) => void (this.unlisten = u))
      .catch(() => void (this.started = undefined));
    return this.started;
  }

  /** `fn` runs on every message announced for the case; returns the unsubscribe function. */
  subscribe(caseId: string, fn: Wake): () => void {
    let set = this.waiters.get(caseId);
    if (!set) this.waiters.set(caseId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (!set.size && this.waiters.get(caseId) === set) this.waiters.delete(caseId);
    };
  }

  /**
   * Starts waiting for the case's next message: `woken` resolves true when one is announced, false
   * after `ms`, on `cancel()` or when `signal` aborts (the client went away). The subscription exists
   * from the call on, so a caller that subscribes, then reads the database, then awaits `woken`
   * cannot miss a message stored in between. `ready`: the process is listening.
   */
  waitFor(caseId: string, ms: number, signal?: AbortSignal): { ready: Promise<void>; woken: Promise<boolean>; cancel: () => void } {
    let finish: (v: boolean) => void = () => {};
    const woken = new Promise<boolean>((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      let settled = false;
      const onAbort = () => finish(false);
      const unsubscribe = this.subscribe(caseId, () => finish(true));
      finish = (v: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        unsubscribe();
        signal?.removeEventListener('abort', onAbort);
        resolve(v);
      };
      timer = setTimeout(() => finish(false), ms);
      timer.unref();
      if (signal?.aborted || this.closing) finish(false);
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
    return { ready: this.start(), woken, cancel: () => finish(false) };
  }

  /** `fn` runs when someone types in the case (never stored: a hint that may be lost). */
  onTyping(caseId: string, fn: (side: Side) => void): () => void {
    let set = this.typists.get(caseId);
    if (!set) this.typists.set(caseId, (set = new Set()));
    set.add(fn);
    return () => {
      set.delete(fn);
      if (!set.size && this.typists.get(caseId) === set) this.typists.delete(caseId);
    };
  }

  /** `fn` runs when the chat queue or an assignment changed (the consoles refresh their lists). */
  onQueue(fn: () => void): () => void {
    this.queueWatchers.add(fn);
    return () => void this.queueWatchers.delete(fn);
  }

  /** Tells every process that `side` is typing in the case. */
  async typing(caseId: string, side: Side): Promise<void> {
    await this.db.query(`SELECT pg_notify('${MESSAGE_CHANNEL}', $1)`, [`${caseId}${TYPING}${side}`]);
  }

  /** Tells every process's consoles that the queue or an assignment changed. */
  async queueChanged(): Promise<void> {
    await announceQueueChange(this.db);
  }

  /**
   * A line this process stored, right after its commit: its own waiters get it without a read and
   * without waiting for the notification's round trip through the database (other processes still
   * hear it: the caller announces it). A waiter that cannot take it as it is (it missed an earlier
   * line, or the case changed hands) reads the database as usual — committed, so the read finds it.
   */
  stored(caseId: string, s: Stored): void {
    if (!this.waiters.has(caseId)) return;
    if (s.message.seq > (this.handedOut.get(caseId) ?? 0)) this.handedOut.set(caseId, s.message.seq);
    for (const fn of [...(this.waiters.get(caseId) ?? [])]) fn(s);
  }

  private heard(payload: string): void {
    if (payload === QUEUE_CHANGED) return void [...this.queueWatchers].forEach((fn) => fn());
    const t = payload.indexOf(TYPING);
    if (t > 0) {
      const side = payload.slice(t + TYPING.length);
      if (side === 'investor' || side === 'staff') for (const fn of [...(this.typists.get(payload.slice(0, t)) ?? [])]) fn(side);
      return;
    }
    const colon = payload.indexOf(':');
    const caseId = payload.slice(0, colon);
    const seq = Number(payload.slice(colon + 1));
    const handed = this.handedOut.get(caseId);
    // Every line up to `handed` was committed before this process handed `handed` out, and every
    // waiter then either took it (having all before it) or read the database: nothing new here.
    if (handed !== undefined && seq <= handed) {
      if (seq === handed) this.handedOut.delete(caseId);
      return;
    }
    this.wake(caseId);
  }

  /** How many conversations have someone waiting here (for tests and metrics). */
  get size(): number {
    return this.waiters.size;
  }

  private wake(caseId: string): void {
    for (const fn of [...(this.waiters.get(caseId) ?? [])]) fn();
  }

  private wakeAll(): void {
    this.handedOut.clear();
    for (const id of [...this.waiters.keys()]) this.wake(id);
    for (const fn of [...this.queueWatchers]) fn();
  }

  /** The server is closing: every waiting read answers now (with what there is), and no new one waits. */
  release(): void {
    this.closing = true;
    this.wakeAll();
  }

  async stop(): Promise<void> {
    this.release();
    await this.started?.catch(() => {});
    await this.unlisten?.();
  }
}
