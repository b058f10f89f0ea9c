/** The directory domain's SQL: pending entries and their registrations. Published entries are read by the catalogue's loader. */
import type { Queryable } from '../db/client.ts';
import type { DirectoryEntry } from './schema.ts';

export interface Registration {
  entryId: string;
  email: string;
  locale: 'es' | 'en';
  confirmedAt: string | null;
  createdAt: string;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function registrationOf(tx: Queryable, entryId: string): Promise<Registration | null> {
  const [r] = await tx.query<{ entry_id: string; email: string; locale: 'es' | 'en'; confirmed_at: Date | null; created_at: Date }>(
    'SELECT entry_id, email, locale, confirmed_at, created_at FROM directory_registration WHERE entry_id = $1',
    [entryId],
  );
  return r ? { entryId: r.entry_id, email: r.email, locale: r.locale, confirmedAt: iso(r.confirmed_at), createdAt: iso(r.created_at)! } : null;
}

/** Registrations from one address key today: the per-address daily cap. */
export async function registrationsFrom(tx: Queryable, addressKey: string): Promise<number> {
  const [r] = await tx.query<{ n: string }>("SELECT count(*) AS n FROM directory_registration WHERE address_key = $1 AND created_at > now() - interval '1 day'", [addressKey]);
  return Number(r?.n ?? 0);
}

/**
 * The pending entry (never public) and its registration, together. edited_at is set so that a seed
 * entry of the same id could never overwrite it.
 */
export async function insertRegistration(tx: Queryable, doc: DirectoryEntry, r: { email: string; locale: 'es' | 'en'; tokenHash: string; addressKey: string }): Promise<void> {
  await tx.query("INSERT INTO directory_entry (id, doc, status, edited_at) VALUES ($1, $2::jsonb, 'pending', now())", [doc.id, JSON.stringify(doc)]);
  await tx.query('INSERT INTO directory_registration (entry_id, email, locale, token_hash, address_key) VALUES ($1, $2, $3, $4, $5)', [doc.id, r.email, r.locale, r.tokenHash, r.addressKey]);
}

/** Confirms the registration holding this token; the entry id, or null when no such token. Confirming twice is harmless. */
export async function confirmRegistration(tx: Queryable, tokenHash: string): Promise<string | null> {
  const [r] = await tx.query<{ entry_id: string }>(
    'UPDATE directory_registration SET confirmed_at = coalesce(confirmed_at, now()) WHERE token_hash = $1 RETURNING entry_id',
    [tokenHash],
  );
  return r?.entry_id ?? null;
}

export interface StaffEntryRow {
  id: string;
  name: string;
  status: 'pending' | 'published';
  /** For self-registrations: whether the e-mail was confirmed (null: not a registration). */
  contactConfirmed: boolean | null;
  /** The registrant's private e-mail (self-registrations only). */
  email: string | null;
  updatedAt: string;
}

/** Every entry for the editors' queue: pending first (oldest first), then published by name. */
export async function staffEntries(db: Queryable): Promise<StaffEntryRow[]> {
  const rows = await db.query<{ id: string; name: string; status: 'pending' | 'published'; confirmed_at: Date | null; is_reg: boolean; email: string | null; updated_at: Date }>(
    `SELECT e.id, e.doc->>'name' AS name, e.status, r.confirmed_at, (r.entry_id IS NOT NULL) AS is_reg, r.email, e.updated_at
     FROM directory_entry e LEFT JOIN directory_registration r ON r.entry_id = e.id
     ORDER BY (e.status = 'pending') DESC, CASE WHEN e.status = 'pending' THEN e.created_at END ASC, e.doc->>'name'`,
  );
  return rows.map((r) => ({ id: r.id, name: r.name, status: r.status, contactConfirmed: r.is_reg ? r.confirmed_at !== null : null, email: r.email, updatedAt: iso(r.updated_at)! }));
}
