/**
 * What the workflow needs to know about each kind of document it drafts:
 * its schema, where its published row is, whose policy governs it, how the
 * whole catalogue checks it and how it is published. Commands stay generic.
 */
import type { z } from 'zod';
import type { Queryable } from '../db/client.ts';
import type { Resource } from '../accounts/policies.ts';
import { Procedure, State } from '../catalogue/schema.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { CatalogueError, validateCatalogue, type ParsedCatalogue } from '../catalogue/validate.ts';
import { publishProcedure } from '../catalogue/commands/publish-procedure.ts';
import { publishState } from '../catalogue/commands/publish-state.ts';
import { currentProcedureRow, currentStateRow } from './queries.ts';
import type { DraftEntityType, Reason } from './schema.ts';

export interface CurrentRow {
  doc: Record<string, unknown>;
  version: number | null;
  updatedAt: string;
}

export interface EntityKind {
  type: DraftEntityType;
  /** The entity type in the audit trail. */
  auditType: 'procedure' | 'state-page';
  schema: z.ZodType<Record<string, unknown>>;
  idOf(doc: Record<string, unknown>): string;
  load(tx: Queryable, id: string, opts?: { forUpdate?: boolean }): Promise<CurrentRow | null>;
  /** The policy resource of a document (published or proposed), with the draft's author for review rules. */
  resource(doc: Record<string, unknown>, authorId?: string | null): Resource;
  /** Problems the whole catalogue would have with this document in it ([] = none). */
  problems(view: CatalogueView, doc: Record<string, unknown>): string[];
  publish(tx: Queryable, view: CatalogueView, doc: Record<string, unknown>, reason: Reason): Promise<{ version: number | null; revision: number }>;
}

function wholeCatalogue(view: CatalogueView): ParsedCatalogue {
  return {
    laws: [...view.laws.values()],
    authorities: [...view.authorities.values()],
    offices: [...view.offices.values()],
    states: [...view.states.values()],
    sectors: [...view.sectors.values()],
    procedures: view.procedures,
  };
}

function problemsOf(check: () => void): string[] {
  try {
    check();
    return [];
  } catch (e) {
    if (e instanceof CatalogueError) return e.problems;
    throw e;
  }
}

type Scoped = { level?: unknown; states?: unknown };

export const PROCEDURE: EntityKind = {
  type: 'procedure',
  auditType: 'procedure',
  schema: Procedure as unknown as z.ZodType<Record<string, unknown>>,
  idOf: (doc) => String(doc.id),
  load: (tx, id, opts) => currentProcedureRow(tx, id, opts),
  resource: (doc, authorId = null) => {
    const d = doc as Scoped;
    const level = d.level === 'state' || d.level === 'municipal' ? d.level : 'federal';
    return { type: 'procedure', level, states: Array.isArray(d.states) ? d.states.map(String) : [], authorId };
  },
  problems: (view, doc) => {
    const c = wholeCatalogue(view);
    return problemsOf(() => validateCatalogue({ ...c, procedures: [...c.procedures.filter((p) => p.id !== doc.id), doc as Procedure] }));
  },
  publish: async (tx, view, doc, reason) => {
    const r = await publishProcedure(tx, view, { doc: doc as Procedure, reason });
    return { version: r.version, revision: r.revision };
  },
};

export const STATE: EntityKind = {
  type: 'state',
  auditType: 'state-page',
  schema: State as unknown as z.ZodType<Record<string, unknown>>,
  idOf: (doc) => String(doc.code),
  load: (tx, code, opts) => currentStateRow(tx, code, opts),
  resource: (doc, authorId = null) => ({ type: 'state-page', code: String(doc.code), authorId }),
  problems: (view, doc) => {
    const c = wholeCatalogue(view);
    return problemsOf(() => validateCatalogue({ ...c, states: [...c.states.filter((s) => s.code !== doc.code), doc as z.infer<typeof State>] }));
  },
  publish: async (tx, view, doc) => {
    const r = await publishState(tx, view, { doc });
    return { version: null, revision: r.revision };
  },
};

export const KINDS: Record<DraftEntityType, EntityKind> = { procedure: PROCEDURE, state: STATE };
