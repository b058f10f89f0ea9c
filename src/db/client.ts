/**
 * One database interface over two engines: PGlite (embedded, the default) and
 * a PostgreSQL server through `pg` (when DATABASE_URL is set). Both speak the
 * same SQL; write what PostgreSQL 15 accepts (PGlite is 18).
 */
export interface Queryable {
  /** Runs one parameterised statement and returns its rows. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs a script of several statements (migrations); no parameters. */
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Subscribes to a NOTIFY channel; returns the unsubscribe function. `onReconnect` runs after the
   * listening connection was lost and is back: notifications sent meanwhile were missed.
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  /** The state of the listening connection, for /healthz: embedded engines are always 'connected'. */
  listenerState(): ListenerState;
  /** The connection pool's clients (PostgreSQL server only; the embedded engine has none), for /metrics. */
  poolState?(): PoolState;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

export interface ListenerState {
  state: 'idle' | 'connected' | 'reconnecting';
  /** Times the connection was lost and re-established since start. */
  reconnects: number;
}

export interface PoolState {
  total: number;
  idle: number;
  /** Queries waiting for a free client. */
  waiting: number;
}

export interface OpenDbOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  /** PostgreSQL server only: the pool's size and a hook timing waits for a connection (postgres.ts). */
  poolSize?: number | undefined;
  onPoolWait?: ((seconds: number) => void) | undefined;
}

export async function openDb(opts: OpenDbOptions): Promise<Db> {
  if (opts.databaseUrl) {
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres(opts.databaseUrl, { ...(opts.poolSize ? { poolSize: opts.poolSize } : {}), ...(opts.onPoolWait ? { onPoolWait: opts.onPoolWait } : {}) });
  }
  const { openPglite } = await import('./pglite.ts');
  return openPglite(opts.dataDir);
}

/** Channel names are identifiers, never user input; guard anyway since LISTEN takes no parameters. */
export function assertChannel(channel: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  return channel;
}
