/** The audit domain's only SQL. The table is append-only (a trigger refuses UPDATE, DELETE, TRUNCATE). */
import type { Queryable } from '../db/client.ts';
import type { AuditEvent } from './record.ts';
import { AUDIT_PAGE_SIZE, type AuditQuery, type AuditRow } from './schema.ts';

// JSON is serialised here: node-postgres would turn a top-level array into a PostgreSQL array.
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function insertAuditEvent(tx: Queryable, e: AuditEvent): Promise<void> {
  await tx.query(
    `INSERT INTO audit_event (actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8)`,
    [e.actor.id, e.actor.label, e.action, e.entityType, e.entityId ?? null, json(e.before), json(e.after), e.requestId ?? null],
  );
}

interface Row {
  id: string;
  at: Date | string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

/** One page of events, newest first; `hasNext` from fetching one row more than shown (no COUNT over a growing table). */
export async function listAuditEvents(db: Queryable, q: AuditQuery): Promise<{ items: AuditRow[]; hasNext: boolean }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.actor) where.push(`actor_label ILIKE ${p(`%${q.actor.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
  if (q.action) where.push(q.action.endsWith('.') ? `starts_with(action, ${p(q.action)})` : `action = ${p(q.action)}`);
  if (q.entityType) where.push(`entity_type = ${p(q.entityType)}`);
  if (q.entityId) where.push(`entity_id = ${p(q.entityId)}`);
  if (q.from) where.push(`at >= ${p(`${q.from}T00:00:00Z`)}::timestamptz`);
  if (q.to) where.push(`at < (${p(`${q.to}T00:00:00Z`)}::timestamptz + interval '1 day')`);
  const sql = `SELECT id::text AS id, at, actor_id, actor_label, action, entity_type, entity_id, before, after, request_id
    FROM audit_event ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY at DESC, id DESC LIMIT ${p(AUDIT_PAGE_SIZE + 1)} OFFSET ${p((q.page - 1) * AUDIT_PAGE_SIZE)}`;
  const rows = await db.query<Row>(sql, params);
  return {
    hasNext: rows.length > AUDIT_PAGE_SIZE,
    items: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actorId: r.actor_id,
      actorLabel: r.actor_label,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
    })),
  };
}
