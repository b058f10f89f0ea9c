/** PostgreSQL server through node-postgres: a pool for queries, one client per transaction. */
import { createHash } from 'node:crypto';
// A type here; the package itself is loaded by openPostgres: `npm start` bundles this module, and a
// static import would load node-postgres (~60 ms) in every process, PGlite ones included.
import type pg from 'pg';
import { assertChannel, type Db, type ListenerState, type Queryable } from './client.ts';

export interface PostgresOptions {
  /** Connections in the pool (DB_POOL_SIZE); each is a server backend. */
  poolSize?: number;
  /** Called with the seconds each query or transaction waited for a free connection (metrics). */
  onPoolWait?: (seconds: number) => void;
}

/** The pool's default size: enough for a 2–4 core host running the database beside the app (docs/architecture.md). */
export const DEFAULT_POOL_SIZE = 10;

export async function openPostgres(connectionString: string, opts: PostgresOptions = {}): Promise<Db> {
  const { default: pgLib } = await import('pg');
  const pool = new pgLib.Pool({ connectionString, max: opts.poolSize ?? DEFAULT_POOL_SIZE, idleTimeoutMillis: 30_000 });
  const onWait = opts.onPoolWait;
  // Checking out a connection explicitly (pool.query does the same inside) lets the wait be timed.
  const acquire = async (): Promise<pg.PoolClient> => {
    if (!onWait) return pool.connect();
    const t = performance.now();
    const client = await pool.connect();
    onWait((performance.now() - t) / 1000);
    return client;
  };
  // An idle client losing its connection (server restart, database dropped) emits 'error' on the pool;
  // unhandled, that would crash the process. The pool discards the client and opens a new one on demand.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL idle client error: ${err.message}`));
  // Fail at boot, not at the first request, when the server is unreachable.
  await pool.query('SELECT 1');
  const listener = new Listener(pgLib, connectionString);
  const run = (c: pg.PoolClient, inTransaction: boolean): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const name = statementName(sql);
      if (!name) return (await c.query({ text: sql, values: params })).rows as T[];
      try {
        return (await c.query({ name, text: sql, values: params })).rows as T[];
      } catch (e) {
        if (!isStalePlan(e)) throw e;
        // Another process altered a table this statement reads (a migration while this process runs):
        // from now on the statement runs unprepared here. Outside a transaction it is run again at once;
        // inside one the transaction is already aborted, and its caller sees the error once.
        unname(sql);
        if (inTransaction) throw e;
        return (await c.query({ text: sql, values: params })).rows as T[];
      }
    },
  });

  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const client = await acquire();
      try {
        const rows = await run(client, false).query<T>(sql, params);
        client.release();
        return rows;
      } catch (e) {
        // An error the server answered (a constraint, a syntax error) leaves the connection usable; any
        // other (a broken connection) discards it, as pool.query does.
        client.release(e instanceof pgLib.DatabaseError ? undefined : (e as Error));
        throw e;
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await acquire();
      try {
        await client.query('BEGIN');
        const result = await fn(run(client, true));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    listen: (channel, onPayload, onReconnect) => listener.listen(assertChannel(channel), onPayload, onReconnect),
    listenerState: () => listener.state(),
    poolState: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async notify(channel, payload) {
      await pool.query('SELECT pg_notify($1, $2)', [assertChannel(channel), payload]);
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/**
 * Every statement is prepared once per connection under a name derived from its text, so PostgreSQL
 * parses and plans it once instead of on every call: measured on the desk intake (bench/desk.bench.ts),
 * parsing and planning the unnamed statements was most of the server's CPU per request. The set of
 * statement texts is fixed by the code; past MAX_NAMED distinct texts (SQL built with a variable
 * number of placeholders) the rest run unnamed, so per-connection memory stays bounded.
 */
const MAX_NAMED = 2000;
const names = new Map<string, string | null>();
export function statementName(sql: string): string | null {
  let name = names.get(sql);
  if (name === undefined) {
    name = names.size < MAX_NAMED ? `vt_${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}` : null;
    names.set(sql, name);
  }
  return name;
}

/** PostgreSQL's refusal of a prepared statement whose result columns changed under it. */
const isStalePlan = (e: unknown) => (e as { code?: string }).code === '0A000' && /cached plan must not change result type/.test(String((e as Error).message));
const unname = (sql: string) => void names.set(sql, null);

/** Backoff after losing the listening connection: 250 ms doubling to 10 s, with ±20 % jitter. */
export const listenerBackoffMs = (attempt: number) => Math.min(10_000, 250 * 2 ** attempt) * (0.8 + Math.random() * 0.4);

/**
 * The one connection that LISTENs. A pooled connection cannot (LISTEN belongs to a session), so it
 * is a client of its own — and when it is lost (server restart, the backend terminated, a network
 * cut) it must come back by itself: it reconnects with backoff, LISTENs again on every channel and
 * tells the subscribers, who reload what they may have missed (issue 9, finding 5).
 */
class Listener {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private status: ListenerState = { state: 'idle', reconnects: 0 };
  private closed = false;
  private retry: NodeJS.Timeout | undefined;

  constructor(
    private readonly pgLib: typeof pg,
    private readonly connectionString: string,
  ) {}

  state(): ListenerState {
    return { ...this.status };
  }

  async listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>> {
    const client = await this.connected();
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      await client.query(`LISTEN ${channel}`);
    }
    set.add(onPayload);
    if (onReconnect) this.reconnectHandlers.add(onReconnect);
    return async () => {
      set.delete(onPayload);
      if (onReconnect) this.reconnectHandlers.delete(onReconnect);
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => {});
  }

  private connected(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    // Named, so operators (and the tests) can find it in pg_stat_activity.
    const client = new this.pgLib.Client({ connectionString: this.connectionString, application_name: 'ventanilla-listener' });
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost) return;
      lost = true;
      client.end().catch(() => {});
      // A client that never got connected is the caller's failure (open() rejects), not a loss.
      if (this.client !== client) return;
      this.client = undefined;
      if (err) process.emitWarning(`PostgreSQL listener lost: ${err.message}`);
      if (!this.closed) this.reconnect(0);
    };
    client.on('error', onLost);
    client.on('end', () => onLost());
    client.on('notification', (n) => {
      for (const h of this.handlers.get(n.channel) ?? []) h(n.payload ?? '');
    });
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${channel}`);
    this.client = client;
    this.status = { ...this.status, state: 'connected' };
    return client;
  }

  private reconnect(attempt: number): void {
    this.status = { ...this.status, state: 'reconnecting' };
    this.retry = setTimeout(() => {
      this.connected().then(
        () => {
          this.status = { state: 'connected', reconnects: this.status.reconnects + 1 };
          for (const h of this.reconnectHandlers) h();
        },
        () => {
          if (!this.closed) this.reconnect(attempt + 1);
        },
      );
    }, listenerBackoffMs(attempt));
    this.retry.unref();
  }
}
