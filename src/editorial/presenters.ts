/**
 * What the draft screens and the staff API show about a draft: its readable
 * changes in one language, its translation gaps, whether the document moved on
 * since it started, and which actions this person may take.
 */
import type { Actor } from '../accounts/policies.ts';
import { diffProcedures, type Change } from '../catalogue/diff.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { Procedure } from '../catalogue/schema.ts';
import type { Locale } from '../i18n/locale.ts';
import type { NavLink } from '../accounts/views/layout.ts';
import { may, movedOn } from './commands/context.ts';
import { gapsOf, textCount, type Gap } from './document.ts';
import { genericChanges } from './changes.ts';
import type { CurrentRow, EntityKind } from './kinds.ts';
import type { EditorialMessages } from './locales/index.ts';
import { EDITABLE_STATUSES, OPEN_STATUSES, type Draft } from './schema.ts';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface DraftFacts {
  name: string;
  diffLocale: Locale;
  publicHref: string | null;
  editHref: string;
  /** The back-office section the document belongs to. */
  nav: NavLink['key'];
  currentVersion: number | null;
  conflict: boolean;
  changes: Change[];
  gaps: Gap[];
  textTotal: number;
  can: { edit: boolean; submit: boolean; withdraw: boolean; review: boolean; ownDraft: boolean; rebase: boolean };
}

/** `diffLocale`: the language the changes are shown in (default: the reader's). */
export function draftFacts(o: { draft: Draft; kind: EntityKind; current: CurrentRow; view: CatalogueView; who: Actor; locale: Locale; m: EditorialMessages; diffLocale?: Locale }): DraftFacts {
  const { draft, kind, current, view, who, locale, m } = o;
  const diffLocale = o.diffLocale ?? locale;
  const doc = draft.doc as Doc;
  const laws = (id: string) => view.laws.get(id)?.acronym ?? id;
  const isProcedure = kind.type === 'procedure';
  const changes = isProcedure ? diffProcedures(current.doc as Procedure, doc as Procedure, diffLocale, laws) : genericChanges(m, current.doc, doc);
  const author = draft.authorId === who.id;
  return {
    name: kind.nameOf(doc, locale),
    diffLocale,
    publicHref: kind.publicPath(view, current.doc, locale),
    editHref: kind.editPath(draft.entityId),
    nav: kind.nav,
    currentVersion: current.version,
    conflict: movedOn(kind, current, draft),
    changes,
    gaps: gapsOf(doc),
    textTotal: textCount(doc),
    can: {
      edit: author && EDITABLE_STATUSES.includes(draft.status),
      submit: author && (draft.status === 'draft' || draft.status === 'changes-requested'),
      withdraw: OPEN_STATUSES.includes(draft.status) && (author || may(who, 'draft', kind.resource(current.doc))),
      review: draft.status === 'submitted' && may(who, 'publish', kind.resource(doc, draft.authorId)),
      ownDraft: author,
      // Bring the draft up to date with a newer published version (drafts older than migration 007 cannot).
      rebase: author && EDITABLE_STATUSES.includes(draft.status) && movedOn(kind, current, draft) && draft.baseDoc !== null,
    },
  };
}

/** The staff API's view of a draft (the same facts as the screen, as JSON). */
export function presentDraft(draft: Draft, facts: DraftFacts) {
  return {
    id: draft.id,
    entityType: draft.entityType,
    entityId: draft.entityId,
    status: draft.status,
    revision: draft.revision,
    baseVersion: draft.baseVersion,
    currentVersion: facts.currentVersion,
    conflict: facts.conflict,
    author: { id: draft.authorId, name: draft.authorName },
    reviewer: draft.reviewerId ? { id: draft.reviewerId, name: draft.reviewerName } : null,
    reviewerComment: draft.reviewerComment,
    reason: draft.reason,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    submittedAt: draft.submittedAt,
    publishedAt: draft.publishedAt,
    publishedVersion: draft.publishedVersion,
    changes: facts.changes,
    translationGaps: facts.gaps.map((g) => ({ path: g.path.join('.'), missing: g.missing })),
    actions: facts.can,
    doc: draft.doc,
  };
}
