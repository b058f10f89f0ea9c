/**
 * Plain, numbered, forward-only SQL migrations (migrations/NNN_name.sql),
 * each applied once in its own transaction. On a PostgreSQL server several
 * processes may start together: an advisory lock makes them take turns.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { Db } from './client.ts';

const DIR = new URL('./migrations/', import.meta.url);
const LOCK_KEY = 727_001; // arbitrary, constant: "ventanilla migrations"

export async function listMigrations(): Promise<{ version: string; sql: string }[]> {
  const files = (await readdir(DIR)).filter((f) => /^\d{3}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(files.map(async (f) => ({ version: f.replace(/\.sql$/, ''), sql: await readFile(new URL(f, DIR), 'utf8') })));
}

/** Applies the migrations not yet applied (`migrations`: the files in migrations/ unless given). */
export async function migrate(db: Db, migrations?: { version: string; sql: string }[]): Promise<string[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: string[] = [];
  await withAdvisoryLock(db, async () => {
    const done = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    for (const m of migrations ?? (await listMigrations())) {
      if (done.has(m.version)) continue;
      await db.transaction(async (tx) => {
        for (const stmt of splitStatements(m.sql)) await tx.query(stmt);
        await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      });
      applied.push(m.version);
    }
  });
  return applied;
}

/** Session-level advisory lock (PGlite has one session, so it is a no-op there). */
export async function withAdvisoryLock<T>(db: Db, fn: () => Promise<T>, key = LOCK_KEY): Promise<T> {
  if (db.kind !== 'postgres') return fn();
  // The pool may hand out different clients; take the lock inside a transaction instead.
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [key]);
    return fn();
  });
}

/**
 * Splits a migration file into statements on semicolons at the end of a line.
 * Migrations are ours: keep one statement per `;`-terminated block and avoid
 * function bodies with inner semicolons (use $$ … $$ on one line if ever needed).
 */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/^\s*--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
