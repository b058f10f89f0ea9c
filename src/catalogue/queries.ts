/**
 * The only SQL of the catalogue domain. Table and column names come from the
 * constant TABLES spec below, never from input; values are always parameters.
 */
import type { Queryable } from '../db/client.ts';
import type { Authority, Law, Localized, Office, Procedure, Sector, State } from './schema.ts';
import type { ParsedCatalogue } from './validate.ts';
import type { Change } from './diff.ts';
import type { DocumentType } from './commands/publish-document.ts';
import type { CertificationPair } from '../certifications/schema.ts';

interface TableSpec<T> {
  table: string;
  key: string;
  keyOf: (doc: T) => string;
  /** Extra constrained columns written beside the document. */
  columns: Record<string, (doc: T) => string>;
}

const spec = <T>(s: TableSpec<T>) => s;
export const TABLES = {
  laws: spec<Law>({ table: 'law', key: 'id', keyOf: (d) => d.id, columns: {} }),
  authorities: spec<Authority>({ table: 'authority', key: 'id', keyOf: (d) => d.id, columns: { level: (d) => d.level } }),
  offices: spec<Office>({ table: 'office', key: 'id', keyOf: (d) => d.id, columns: { authority_id: (d) => d.authority } }),
  states: spec<State>({ table: 'state', key: 'code', keyOf: (d) => d.code, columns: { slug: (d) => d.slug } }),
  procedures: spec<Procedure>({
    table: 'procedure',
    key: 'id',
    keyOf: (d) => d.id,
    columns: { slug: (d) => d.slug, level: (d) => d.level, phase: (d) => d.phase, authority_id: (d) => d.authority },
  }),
  sectors: spec<Sector>({ table: 'sector', key: 'slug', keyOf: (d) => d.slug, columns: {} }),
  certifications: spec<CertificationPair>({ table: 'certification_pair', key: 'id', keyOf: (d) => d.id, columns: { field: (d) => d.field } }),
} as const;

/** Foreign keys decide the order: authorities before offices and procedures. */
export const SEED_ORDER = ['laws', 'authorities', 'offices', 'states', 'procedures', 'sectors', 'certifications'] as const;

/**
 * Inserts a seed document, or updates it when the seed changed and no one has
 * edited the row (edited_at IS NULL). Returns true when a row was written.
 */
export async function upsertSeedRow<T>(tx: Queryable, s: TableSpec<T>, doc: T, hash: string): Promise<boolean> {
  const cols = Object.keys(s.columns);
  const names = [s.key, ...cols, 'doc', 'seed_hash'];
  const values = [s.keyOf(doc), ...cols.map((c) => s.columns[c]!(doc)), JSON.stringify(doc), hash];
  const placeholders = names.map((n, i) => (n === 'doc' ? `$${i + 1}::jsonb` : `$${i + 1}`));
  const updates = [...cols, 'doc', 'seed_hash'].map((c) => `${c} = EXCLUDED.${c}`);
  const versionBump = s.table === 'procedure' ? ', version = procedure.version + 1' : '';
  const rows = await tx.query<{ version?: number }>(
    `INSERT INTO ${s.table} (${names.join(', ')}) VALUES (${placeholders.join(', ')})
     ON CONFLICT (${s.key}) DO UPDATE SET ${updates.join(', ')}, updated_at = now()${versionBump}
     WHERE ${s.table}.edited_at IS NULL AND ${s.table}.seed_hash IS DISTINCT FROM EXCLUDED.seed_hash
     RETURNING ${s.table === 'procedure' ? 'version' : '1 AS version'}`,
    values,
  );
  const written = rows[0];
  if (written && s.table === 'procedure') {
    await tx.query(
      `INSERT INTO procedure_version (procedure_id, version, doc, note, reason) VALUES ($1, $2, $3::jsonb, 'seed', $4::jsonb)
       ON CONFLICT DO NOTHING`,
      [s.keyOf(doc), written.version, JSON.stringify(doc), (written.version ?? 1) > 1 ? JSON.stringify(SEED_UPDATE_REASON) : null],
    );
  }
  return Boolean(written);
}

const SEED_UPDATE_REASON = {
  es: 'Actualización del contenido revisado publicado con una nueva versión de Ventanilla.',
  en: 'Update of the reviewed content shipped with a new release of Ventanilla.',
};

export async function bumpRevision(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ revision: string }>(
    'UPDATE catalogue_revision SET revision = revision + 1, changed_at = now() WHERE id = 1 RETURNING revision',
  );
  return Number(row!.revision);
}

export async function currentRevision(db: Queryable): Promise<number> {
  const [row] = await db.query<{ revision: string }>('SELECT revision FROM catalogue_revision WHERE id = 1');
  return Number(row?.revision ?? 0);
}

export interface VersionRecord {
  version: number;
  publishedAt: Date;
  reason: Localized | null;
  doc: Procedure;
}

/** A publication of a document without versions (state page, authority, office, law, sector), for the public change log. */
export interface DocumentChangeRecord {
  entityType: DocumentType;
  entityId: string;
  publishedAt: Date;
  reason: Localized;
  changes: Record<'es' | 'en', Change[]>;
}

/** How many of the latest document changes the read model keeps (the change log shows 100 entries at most). */
const RECENT_DOCUMENT_CHANGES = 100;

export interface StoredCatalogue extends ParsedCatalogue {
  revision: number;
  /** Last change of each procedure (its row's updated_at) and its version number. */
  procedureMeta: Map<string, { updatedAt: Date; version: number }>;
  /** Every published version of each procedure, oldest first. */
  history?: Map<string, VersionRecord[]>;
  /** The latest publications of versionless documents, newest first. */
  documentChanges?: DocumentChangeRecord[];
}

/** Reads the whole published catalogue (megabytes at most) for the in-memory read model. */
export async function loadCatalogue(db: Queryable): Promise<StoredCatalogue> {
  const docs = async <T>(table: string, order: string) =>
    (await db.query<{ doc: T }>(`SELECT doc FROM ${table} ORDER BY ${order}`)).map((r) => r.doc);
  const procRows = await db.query<{ doc: Procedure; updated_at: Date; version: number }>(
    'SELECT doc, updated_at, version FROM procedure ORDER BY id',
  );
  const history = new Map<string, VersionRecord[]>();
  const versions = await db.query<{ procedure_id: string; version: number; published_at: Date; reason: Localized | null; doc: Procedure }>(
    'SELECT procedure_id, version, published_at, reason, doc FROM procedure_version ORDER BY procedure_id, version',
  );
  for (const v of versions) {
    let list = history.get(v.procedure_id);
    if (!list) history.set(v.procedure_id, (list = []));
    list.push({ version: v.version, publishedAt: new Date(v.published_at), reason: v.reason, doc: v.doc });
  }
  const changes = await db.query<{ entity_type: DocumentType; entity_id: string; published_at: Date; reason: Localized; changes: DocumentChangeRecord['changes'] }>(
    'SELECT entity_type, entity_id, published_at, reason, changes FROM document_change ORDER BY published_at DESC, id DESC LIMIT $1',
    [RECENT_DOCUMENT_CHANGES],
  );
  return {
    history,
    documentChanges: changes.map((c) => ({ entityType: c.entity_type, entityId: c.entity_id, publishedAt: new Date(c.published_at), reason: c.reason, changes: c.changes })),
    revision: await currentRevision(db),
    laws: await docs<Law>('law', 'id'),
    authorities: await docs<Authority>('authority', 'id'),
    offices: await docs<Office>('office', 'id'),
    states: await docs<State>('state', 'code'),
    sectors: await docs<Sector>('sector', 'slug'),
    certifications: await docs<CertificationPair>('certification_pair', 'id'),
    procedures: procRows.map((r) => r.doc),
    procedureMeta: new Map(procRows.map((r) => [r.doc.id, { updatedAt: new Date(r.updated_at), version: r.version }])),
  };
}
