/**
 * One conversation pushed down one socket (visitor or staff; docs/chat-protocol.md): every message
 * after the last one sent, in sequence order, once; and the case's status when it changes. It is
 * subscribed to the hub before its first read, so a message stored in between wakes it; concurrent
 * wake-ups fold into one more pass; a wake-up only means "read again" (the database is the truth).
 */
import type { Db } from '../db/client.ts';
import type { MessageHub, Stored } from './message-hub.ts';
import { feedRead, findCase } from './queries.ts';
import type { DeskCase, DeskMessage } from './schema.ts';
import { feedPass } from '../metrics/process.ts';

const PAGE = 200;
/** How long a line handed over early waits for the one before it before the feed reads instead. */
const GAP_MS = 3;

export interface FeedHandlers {
  message(m: DeskMessage): void;
  status(c: DeskCase): Promise<void> | void;
  /** Delivery failed (the database is away): the socket should close; the client resumes later. */
  failed(err: unknown): void;
  /** Whether the socket is still open (a closed one stops the pass). */
  open(): boolean;
}

export class CaseFeed {
  private pumping = false;
  /** Lines handed over before the one they follow (offer()), and the timer that gives up on it. */
  private readonly early = new Map<number, DeskMessage>();
  private gapTimer: NodeJS.Timeout | undefined;
  private again = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: Db,
    hub: MessageHub,
    private conv: DeskCase,
    private lastSent: number,
    private readonly includeInternal: boolean,
    private readonly on: FeedHandlers,
  ) {
    this.unsubscribe = hub.subscribe(conv.id, (stored) => (stored ? this.offer(stored) : void this.pump()));
  }

  get case(): DeskCase {
    return this.conv;
  }

  /**
   * A line this process just stored (message-hub.ts, stored()): sent as it is when it is the very next
   * one for this feed and the case is still as the feed knows it; otherwise the feed reads, as on any
   * wake-up. (A read of the database per socket per line was most of a line's cost at 2,000 chats.)
   * Two lines of one chat committed back to back can reach this process in either order: one that
   * comes early waits up to GAP_MS for the one before it, then the feed reads.
   */
  private offer(s: Stored): void {
    const m = s.message;
    if (m.seq <= this.lastSent) return; // a read already sent it
    const same = s.state.status === this.conv.status && s.state.assigneeId === this.conv.assigneeId && s.state.teamId === this.conv.teamId;
    if (this.pumping || !same || (m.internal && !this.includeInternal)) return void this.pump();
    if (m.seq !== this.lastSent + 1) {
      this.early.set(m.seq, m);
      this.gapTimer ??= setTimeout(() => {
        this.gapTimer = undefined;
        void this.pump();
      }, GAP_MS);
      return;
    }
    this.hand(m);
    for (let next = this.early.get(this.lastSent + 1); next; next = this.early.get(this.lastSent + 1)) this.hand(next);
    if (!this.early.size) this.clearEarly();
  }

  private hand(m: DeskMessage): void {
    this.early.delete(m.seq);
    if (!this.on.open()) return;
    this.lastSent = m.seq;
    feedPass('handed');
    this.on.message(m);
  }

  private clearEarly(): void {
    this.early.clear();
    clearTimeout(this.gapTimer);
    this.gapTimer = undefined;
  }

  async pump(): Promise<void> {
    if (this.pumping) return void (this.again = true);
    this.pumping = true;
    this.clearEarly(); // the read finds them
    try {
      do {
        this.again = false;
        // One query per wake-up (a message reaches every socket of its case: this runs per socket);
        // the whole case is read only when it changed hands or status.
        feedPass('read');
        const read = await feedRead(this.db, this.conv.id, { includeInternal: this.includeInternal, after: this.lastSent, limit: PAGE });
        const batch = read?.messages ?? [];
        for (const m of batch) this.on.message(m);
        if (batch.length) this.lastSent = batch.at(-1)!.seq;
        if (batch.length === PAGE) this.again = true;
        const s = read?.state;
        if (s && (s.status !== this.conv.status || s.assigneeId !== this.conv.assigneeId || s.teamId !== this.conv.teamId)) {
          const now = await findCase(this.db, this.conv.id);
          if (now) {
            this.conv = now;
            await this.on.status(now);
          }
        }
      } while (this.again && this.on.open());
    } catch (err) {
      this.on.failed(err);
    } finally {
      this.pumping = false;
    }
  }

  stop(): void {
    this.clearEarly();
    this.unsubscribe();
  }
}
