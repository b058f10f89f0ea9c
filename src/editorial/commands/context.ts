/**
 * What every editorial command receives, the one error it throws for the
 * screen to explain, and the checks they share: authorisation against the
 * loaded records (inside the transaction, so a concurrent change cannot slip
 * between check and write) and the draft document check.
 */
import type { AuditActor } from '../../audit/record.ts';
import type { Queryable } from '../../db/client.ts';
import { HttpError } from '../../http/errors.ts';
import { authorize, can, type Actor, type Resource } from '../../accounts/policies.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { checkDraftDocument, type Gap, type Issue, type Path } from '../document.ts';
import type { CurrentRow, EntityKind } from '../kinds.ts';
import { findDraft } from '../queries.ts';
import type { Draft, Reason } from '../schema.ts';

export interface EditorialCtx {
  /** Who, for the audit trail. */
  actor: AuditActor;
  /** Who, for the policy (roles and states, read fresh on this request). */
  who: Actor;
  requestId: string | null;
}

export type EditorialErrorKey =
  | 'openDraftExists'
  | 'notAuthor'
  | 'notEditable'
  | 'stale'
  | 'notSubmitted'
  | 'conflict'
  | 'translationsMissing'
  | 'reasonMissing'
  | 'invalidDocument'
  | 'catalogueProblems'
  | 'idChanged'
  | 'upToDate'
  | 'cannotRebase'
  | 'rebaseConflicts';

const STATUS: Record<EditorialErrorKey, number> = {
  openDraftExists: 409,
  notAuthor: 403,
  notEditable: 409,
  stale: 409,
  notSubmitted: 409,
  conflict: 409,
  translationsMissing: 400,
  reasonMissing: 400,
  invalidDocument: 400,
  catalogueProblems: 400,
  idChanged: 400,
  upToDate: 409,
  cannotRebase: 409,
  rebaseConflicts: 409,
};

/** A workflow rule that refused the change; carries what the screen needs to explain it. */
export class EditorialError extends Error {
  readonly status: number;
  constructor(
    readonly key: EditorialErrorKey,
    readonly data: { issues?: Issue[]; gaps?: Gap[]; problems?: string[]; draftId?: string; currentVersion?: number | null; paths?: Path[] } = {},
  ) {
    super(key);
    this.status = STATUS[key];
  }
}

type Action = 'read' | 'draft' | 'review' | 'publish';

/** The policy check for a document of any kind the workflow drafts (kinds.ts). */
export function allow(who: Actor, action: Action, resource: Resource, opts: { hide?: boolean } = {}): void {
  authorize(who, action as never, resource as never, opts);
}
export const may = (who: Actor, action: Action, resource: Resource): boolean => can(who, action as never, resource as never);

/** Whether another version of the document was published since the draft started. */
export const movedOn = (kind: EntityKind, current: CurrentRow, draft: Pick<Draft, 'baseVersion' | 'baseUpdatedAt'>): boolean =>
  kind.type === 'procedure' ? current.version !== draft.baseVersion : current.updatedAt !== draft.baseUpdatedAt;

/** Loads the published document; out of the actor's sight (another state's) is a 404, not a 403. */
export async function loadVisible(tx: Queryable, kind: EntityKind, who: Actor, id: string, opts: { forUpdate?: boolean } = {}): Promise<CurrentRow> {
  const current = await kind.load(tx, id, opts);
  if (!current) throw new HttpError(404, 'not_found', `${kind.type} not found`);
  allow(who, 'read', kind.resource(current.doc), { hide: true });
  return current;
}

/**
 * Loads a draft and the document it changes, both visible to the actor. Commands
 * lock the draft (`lock`, the default); screens and the API only read it.
 */
export async function loadDraft(tx: Queryable, kinds: Record<string, EntityKind>, who: Actor, draftId: string, opts: { lock?: boolean } = {}): Promise<{ draft: Draft; kind: EntityKind; current: CurrentRow }> {
  const draft = await findDraft(tx, draftId, { forUpdate: opts.lock ?? true });
  if (!draft) throw new HttpError(404, 'not_found', 'draft not found');
  const kind = kinds[draft.entityType]!;
  const current = await loadVisible(tx, kind, who, draft.entityId);
  // The published document may be public; a proposed change is not. Only those who may draft,
  // review or publish this entity see its drafts, by id as in lists (issue 9, finding 7).
  const resource = kind.resource(current.doc);
  if (!(['draft', 'review', 'publish'] as const).some((a) => may(who, a, resource))) throw new HttpError(404, 'not_found', 'draft not found');
  return { draft, kind, current };
}

/**
 * Checks a proposed document: the schema (translation gaps tolerated), the
 * id it must keep, and the whole catalogue's references. Throws EditorialError.
 */
export function prepareDocument(kind: EntityKind, view: CatalogueView, entityId: string, input: unknown): { doc: Record<string, unknown>; gaps: Gap[] } {
  const checked = checkDraftDocument(kind.schema, input);
  if (!checked.ok) throw new EditorialError('invalidDocument', { issues: checked.issues, gaps: checked.gaps });
  if (kind.idOf(checked.doc) !== entityId) throw new EditorialError('idChanged');
  const problems = kind.problems(view, checked.filled);
  if (problems.length) throw new EditorialError('catalogueProblems', { problems, gaps: checked.gaps });
  return { doc: checked.doc, gaps: checked.gaps };
}

/** What submission and publication require beyond saving: every text and the reason in both languages. */
export function assertComplete(kind: EntityKind, view: CatalogueView, draft: Draft): Record<string, unknown> {
  const { doc, gaps } = prepareDocument(kind, view, draft.entityId, draft.doc);
  if (gaps.length) throw new EditorialError('translationsMissing', { gaps });
  if (!draft.reason.es.trim() || !draft.reason.en.trim()) throw new EditorialError('reasonMissing');
  return doc;
}

export const reasonOf = (r: Reason): Reason => ({ es: r.es.trim(), en: r.en.trim() });

/** The audit snapshot of a draft: its state, not its whole document (the draft row keeps that). */
export const draftSnapshot = (d: Pick<Draft, 'entityType' | 'entityId' | 'status' | 'revision' | 'baseVersion' | 'reason'>) => ({
  entityType: d.entityType,
  entityId: d.entityId,
  status: d.status,
  revision: d.revision,
  baseVersion: d.baseVersion,
  reason: d.reason,
});
