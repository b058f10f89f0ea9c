/**
 * The audit trail's write side. Every mutation calls recordAudit with the
 * transaction it runs in, so the event commits or rolls back with the change:
 * there is never a change without its event, nor an event without its change.
 */
import type { Queryable } from '../db/client.ts';
import { insertAuditEvent } from './queries.ts';

/** Who acted: a staff account, or the system / operator command line (id null). */
export interface AuditActor {
  id: string | null;
  label: string;
}

export interface AuditEvent {
  actor: AuditActor;
  /** `entity.verb`, e.g. `account.invited`, `procedure.published`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** Snapshots as presented (never secrets): null for creation / deletion. */
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, label: 'system' };
export const CLI_ACTOR: AuditActor = { id: null, label: 'cli' };

export async function recordAudit(tx: Queryable, event: AuditEvent): Promise<void> {
  if (!/^[a-z][a-z0-9-]*\.[a-z][a-z0-9_-]*$/.test(event.action)) throw new Error(`audit action must be entity.verb: ${event.action}`);
  await insertAuditEvent(tx, event);
}
