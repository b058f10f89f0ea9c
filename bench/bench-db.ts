/** A fresh PostgreSQL database for one bench suite (null: no server configured), dropped by `drop()`. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { pgAdminUrl } from '../tests/helpers/db.ts';

export async function benchDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  const admin = pgAdminUrl();
  if (!admin) return null;
  const name = `vt_bench_${randomBytes(4).toString('hex')}`;
  const run = async (sql: string) => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
