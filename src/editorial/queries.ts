/** The editorial domain's only SQL: drafts, and the rows of the documents they change. Parameterised. */
import type { Queryable } from '../db/client.ts';
import { TABLES } from '../catalogue/queries.ts';
import type { DocumentTable } from '../catalogue/commands/publish-document.ts';
import { OPEN_STATUSES, PAGE_SIZE, type Draft, type DraftEntityType, type DraftStatus, type Reason } from './schema.ts';

interface Row {
  id: string;
  entity_type: DraftEntityType;
  entity_id: string;
  doc: Record<string, unknown>;
  base_version: number | null;
  base_updated_at: Date | string;
  base_doc: Record<string, unknown> | null;
  revision: number;
  author_id: string;
  author_name: string;
  status: DraftStatus;
  reviewer_id: string | null;
  reviewer_name: string | null;
  reviewer_comment: string | null;
  reason_es: string;
  reason_en: string;
  published_version: number | null;
  created_at: Date | string;
  updated_at: Date | string;
  submitted_at: Date | string | null;
  reviewed_at: Date | string | null;
  published_at: Date | string | null;
}

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

const toDraft = (r: Row): Draft => ({
  id: r.id,
  entityType: r.entity_type,
  entityId: r.entity_id,
  doc: r.doc,
  baseVersion: r.base_version,
  baseUpdatedAt: iso(r.base_updated_at)!,
  baseDoc: r.base_doc,
  revision: r.revision,
  authorId: r.author_id,
  authorName: r.author_name,
  status: r.status,
  reviewerId: r.reviewer_id,
  reviewerName: r.reviewer_name,
  reviewerComment: r.reviewer_comment,
  reason: { es: r.reason_es, en: r.reason_en },
  publishedVersion: r.published_version,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
  submittedAt: iso(r.submitted_at),
  reviewedAt: iso(r.reviewed_at),
  publishedAt: iso(r.published_at),
});

const SELECT = `SELECT d.*, a.display_name AS author_name, r.display_name AS reviewer_name
  FROM editorial_draft d JOIN staff_account a ON a.id = d.author_id LEFT JOIN staff_account r ON r.id = d.reviewer_id`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `forUpdate` locks the draft for the rest of the transaction (two reviewers, or an edit during review). */
export async function findDraft(db: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<Draft | null> {
  if (!UUID.test(id)) return null;
  const rows = await db.query<Row>(`${SELECT} WHERE d.id = $1${opts.forUpdate ? ' FOR UPDATE OF d' : ''}`, [id]);
  return rows[0] ? toDraft(rows[0]) : null;
}

export async function findOpenDraft(db: Queryable, type: DraftEntityType, entityId: string): Promise<Draft | null> {
  const rows = await db.query<Row>(`${SELECT} WHERE d.entity_type = $1 AND d.entity_id = $2 AND d.status = ANY($3::text[])`, [type, entityId, OPEN_STATUSES]);
  return rows[0] ? toDraft(rows[0]) : null;
}

/** Open drafts of every document of a type (the staff lists mark them): entity id → draft summary. */
export async function openDraftsByEntity(db: Queryable, type: DraftEntityType): Promise<Map<string, { id: string; status: DraftStatus; authorName: string }>> {
  const rows = await db.query<{ id: string; entity_id: string; status: DraftStatus; author_name: string }>(
    `SELECT d.id, d.entity_id, d.status, a.display_name AS author_name FROM editorial_draft d JOIN staff_account a ON a.id = d.author_id
     WHERE d.entity_type = $1 AND d.status = ANY($2::text[])`,
    [type, OPEN_STATUSES],
  );
  return new Map(rows.map((r) => [r.entity_id, { id: r.id, status: r.status, authorName: r.author_name }]));
}

/** Drafts waiting for review, oldest submission first; one row more than a page tells whether there is a next. */
export async function listSubmitted(db: Queryable, page: number): Promise<{ items: Draft[]; hasNext: boolean }> {
  const rows = await db.query<Row>(`${SELECT} WHERE d.status = 'submitted' ORDER BY d.submitted_at, d.id LIMIT $1 OFFSET $2`, [PAGE_SIZE + 1, (page - 1) * PAGE_SIZE]);
  return { items: rows.slice(0, PAGE_SIZE).map(toDraft), hasNext: rows.length > PAGE_SIZE };
}

/** The drafts of one document, newest first (its editorial history). */
export async function draftsOf(db: Queryable, type: DraftEntityType, entityId: string, limit = 20): Promise<Draft[]> {
  return (await db.query<Row>(`${SELECT} WHERE d.entity_type = $1 AND d.entity_id = $2 ORDER BY d.created_at DESC LIMIT $3`, [type, entityId, limit])).map(toDraft);
}

export async function insertDraft(
  tx: Queryable,
  d: { entityType: DraftEntityType; entityId: string; doc: unknown; baseVersion: number | null; baseUpdatedAt: string; baseDoc: unknown; authorId: string; reason: Reason },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO editorial_draft (entity_type, entity_id, doc, base_version, base_updated_at, base_doc, author_id, reason_es, reason_en)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6::jsonb, $7, $8, $9) RETURNING id`,
    [d.entityType, d.entityId, JSON.stringify(d.doc), d.baseVersion, d.baseUpdatedAt, JSON.stringify(d.baseDoc), d.authorId, d.reason.es, d.reason.en],
  );
  return row!.id;
}

export async function updateDraftContent(tx: Queryable, id: string, doc: unknown, reason: Reason): Promise<void> {
  await tx.query(
    `UPDATE editorial_draft SET doc = $2::jsonb, reason_es = $3, reason_en = $4, revision = revision + 1, status = 'draft', updated_at = now() WHERE id = $1`,
    [id, JSON.stringify(doc), reason.es, reason.en],
  );
}

/** A draft brought up to date with the published version (merge.ts): new content and base, back to "draft". */
export async function rebaseDraftContent(tx: Queryable, id: string, doc: unknown, base: { version: number | null; updatedAt: string; doc: unknown }): Promise<void> {
  await tx.query(
    `UPDATE editorial_draft SET doc = $2::jsonb, base_version = $3, base_updated_at = $4, base_doc = $5::jsonb,
       revision = revision + 1, status = 'draft', updated_at = now() WHERE id = $1`,
    [id, JSON.stringify(doc), base.version, base.updatedAt, JSON.stringify(base.doc)],
  );
}

/** Moves a draft to a new status, with the columns that transition sets. */
export async function setDraftStatus(
  tx: Queryable,
  id: string,
  status: DraftStatus,
  o: { reviewerId?: string; comment?: string | null; publishedVersion?: number } = {},
): Promise<void> {
  // Column names come from this constant map, never from input.
  const stamp = { submitted: 'submitted_at = now(), ', 'changes-requested': 'reviewed_at = now(), ', approved: 'reviewed_at = now(), ', published: 'published_at = now(), reviewed_at = now(), ', withdrawn: 'withdrawn_at = now(), ', draft: '' }[status];
  await tx.query(
    `UPDATE editorial_draft SET status = $2, ${stamp}updated_at = now(),
       reviewer_id = COALESCE($3::uuid, reviewer_id), reviewer_comment = CASE WHEN $4::boolean THEN $5::text ELSE reviewer_comment END,
       published_version = COALESCE($6::integer, published_version)
     WHERE id = $1`,
    [id, status, o.reviewerId ?? null, o.comment !== undefined, o.comment ?? null, o.publishedVersion ?? null],
  );
}

/** The published row a draft starts from and is checked against at publication. */
export async function currentProcedureRow(tx: Queryable, id: string, opts: { forUpdate?: boolean } = {}): Promise<{ doc: Record<string, unknown>; version: number; updatedAt: string } | null> {
  const rows = await tx.query<{ doc: Record<string, unknown>; version: number; updated_at: Date | string }>(
    `SELECT doc, version, updated_at FROM procedure WHERE id = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? { doc: rows[0].doc, version: rows[0].version, updatedAt: iso(rows[0].updated_at)! } : null;
}

/** The published row of a document without versions (a state page, a sector guide, an authority, an office, a law). */
export async function currentDocumentRow(tx: Queryable, table: DocumentTable, id: string, opts: { forUpdate?: boolean } = {}): Promise<{ doc: Record<string, unknown>; version: null; updatedAt: string } | null> {
  const spec = TABLES[table]; // table and key names from the constant spec, never from input
  const rows = await tx.query<{ doc: Record<string, unknown>; updated_at: Date | string }>(
    `SELECT doc, updated_at FROM ${spec.table} WHERE ${spec.key} = $1${opts.forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? { doc: rows[0].doc, version: null, updatedAt: iso(rows[0].updated_at)! } : null;
}

/** A unique violation (PostgreSQL and PGlite both report SQLSTATE 23505). */
export const isUniqueViolation = (e: unknown): boolean => (e as { code?: string } | null)?.code === '23505';
