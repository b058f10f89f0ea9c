/**
 * Delivers the outbox. A poll loop (for retries and mail queued by other
 * processes) plus kick(), which routes call after their transaction commits
 * so mail leaves at once. Failures back off exponentially and give up after
 * maxAttempts, leaving the error on the row.
 */
import type { Db } from '../db/client.ts';
import { claimDueMail, markFailed, markSent } from './queries.ts';
import type { MailTransport } from './transport.ts';

/** What the web app needs from mail: a nudge after commit. */
export interface MailKicker {
  kick(): void;
}

export interface MailWorkerOptions {
  pollMs?: number;
  batch?: number;
  maxAttempts?: number;
  leaseSeconds?: number;
  onError?: (err: unknown, mailId: string) => void;
}

export class MailWorker implements MailKicker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private again = false;
  private readonly o: Required<Omit<MailWorkerOptions, 'onError'>> & Pick<MailWorkerOptions, 'onError'>;

  constructor(
    private readonly db: Db,
    private readonly transport: MailTransport,
    opts: MailWorkerOptions = {},
  ) {
    this.o = { pollMs: 5000, batch: 20, maxAttempts: 8, leaseSeconds: 120, ...opts };
  }

  get transportName(): string {
    return this.transport.name;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), this.o.pollMs);
    this.timer.unref();
    this.kick();
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue()
      .catch((err) => {
        this.o.onError?.(err, '');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Delivers everything due now; returns how many were sent. */
  async deliverDue(): Promise<number> {
    let sent = 0;
    for (;;) {
      const batch = await claimDueMail(this.db, this.o.batch, this.o.leaseSeconds);
      if (batch.length === 0) return sent;
      // Delivered mail is marked once per batch: under a burst of requests one commit per message
      // competed with the requests' own commits. A crash between sending and marking resends the
      // batch after its lease expires — delivery is at least once, as it always was.
      const delivered: string[] = [];
      try {
        for (const m of batch) {
          try {
            await this.transport.send({ ...m, text: m.text ?? '' });
            delivered.push(m.id);
          } catch (err) {
            this.o.onError?.(err, m.id);
            const retry = m.attempts >= this.o.maxAttempts ? null : Math.min(3600, 30 * 2 ** (m.attempts - 1));
            await markFailed(this.db, m.id, err instanceof Error ? err.message : String(err), retry);
          }
        }
      } finally {
        await markSent(this.db, delivered, this.transport.name, this.transport.keepsBody);
      }
      sent += delivered.length;
    }
  }

  /** Stops polling and waits for the delivery in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    this.again = false;
    await this.running;
    this.transport.close?.();
  }
}
