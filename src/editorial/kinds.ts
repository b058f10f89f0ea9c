/**
 * What the workflow needs to know about each kind of document it drafts:
 * its schema, where its published row is, whose policy governs it, how the
 * whole catalogue checks it, how it is published and how staff screens name
 * and link it. Commands and the draft screens stay generic.
 */
import type { z } from 'zod';
import type { Queryable } from '../db/client.ts';
import type { Resource } from '../accounts/policies.ts';
import type { NavLink } from '../accounts/views/layout.ts';
import { Authority, Law, Office, Procedure, Sector, State } from '../catalogue/schema.ts';
import type { CatalogueView } from '../catalogue/read-model.ts';
import { CatalogueError, validateCatalogue } from '../catalogue/validate.ts';
import { publishProcedure } from '../catalogue/commands/publish-procedure.ts';
import { publishDocument, type DocumentTable } from '../catalogue/commands/publish-document.ts';
import { pathFor, type Locale } from '../i18n/locale.ts';
import { currentDocumentRow, currentProcedureRow } from './queries.ts';
import { publicChanges } from './changes.ts';
import { Opportunity } from '../opportunities/schema.ts';
import type { DraftEntityType, Reason } from './schema.ts';
import { DirectoryEntry } from '../directory/schema.ts';
import { registrationOf } from '../directory/queries.ts';
import { notVerified } from '../directory/validate.ts';
import { EditorialError } from './commands/context.ts';
import { CertificationPair } from '../certifications/schema.ts';

export interface CurrentRow {
  doc: Record<string, unknown>;
  version: number | null;
  updatedAt: string;
}

export interface EntityKind {
  type: DraftEntityType;
  /** The entity type in the audit trail. */
  auditType: 'procedure' | 'state-page' | 'authority' | 'office' | 'law' | 'sector' | 'certification' | 'opportunity' | 'directory-entry';
  schema: z.ZodType<Record<string, unknown>>;
  idOf(doc: Record<string, unknown>): string;
  load(tx: Queryable, id: string, opts?: { forUpdate?: boolean }): Promise<CurrentRow | null>;
  /** The policy resource of a document (published or proposed), with the draft's author for review rules. */
  resource(doc: Record<string, unknown>, authorId?: string | null): Resource;
  /** Problems the whole catalogue would have with this document in it ([] = none). */
  problems(view: CatalogueView, doc: Record<string, unknown>): string[];
  publish(tx: Queryable, view: CatalogueView, doc: Record<string, unknown>, reason: Reason): Promise<{ version: number | null; revision: number }>;
  /** The document's name on staff screens. */
  nameOf(doc: Record<string, unknown>, locale: Locale): string;
  /** The public page that shows it (null: none). */
  publicPath(view: CatalogueView, doc: Record<string, unknown>, locale: Locale): string | null;
  /** Its edit screen, and the back-office section it belongs to. */
  editPath(id: string): string;
  nav: NavLink['key'];
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
type Doc = Record<string, unknown>;
const localized = (v: unknown, locale: Locale): string | undefined => {
  const x = v as Partial<Record<Locale, unknown>> | undefined;
  return typeof x?.[locale] === 'string' && x[locale] ? String(x[locale]) : undefined;
};

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
    const c = view.parsed();
    return problemsOf(() => validateCatalogue({ ...c, procedures: [...c.procedures.filter((p) => p.id !== doc.id), doc as Procedure] }));
  },
  publish: async (tx, view, doc, reason) => {
    const r = await publishProcedure(tx, view, { doc: doc as Procedure, reason });
    return { version: r.version, revision: r.revision };
  },
  nameOf: (doc, locale) => localized(doc.title, locale) ?? localized(doc.title, 'es') ?? String(doc.id),
  publicPath: (view, doc, locale) => {
    const p = view.procedure(String(doc.id));
    return p ? pathFor({ page: 'procedure', slug: p.slug }, locale) : null;
  },
  editPath: (id) => `/staff/procedures/${id}/edit`,
  nav: 'procedures',
};

/**
 * A document without public versions (publish-document.ts): one row of `table`,
 * keyed by `key`, under the policy resource `resource` gives.
 */
function documentKind(o: Pick<EntityKind, 'type' | 'auditType' | 'resource' | 'nameOf' | 'publicPath' | 'editPath' | 'nav'> & { table: DocumentTable; schema: z.ZodType; key: 'id' | 'code' | 'slug' }): EntityKind {
  const keyOf = (doc: Doc) => String(doc[o.key]);
  return {
    ...o,
    schema: o.schema as unknown as z.ZodType<Doc>,
    idOf: keyOf,
    load: (tx, id, opts) => currentDocumentRow(tx, o.table, id, opts),
    problems: (view, doc) => {
      const c = view.parsed();
      const others = (c[o.table] as unknown as Doc[]).filter((d) => keyOf(d) !== keyOf(doc));
      return problemsOf(() => validateCatalogue({ ...c, [o.table]: [...others, doc] }));
    },
    publish: async (tx, view, doc, reason) => {
      // The public change log's lines, in both languages, against the row as it is now (locked by the caller).
      const before = (await currentDocumentRow(tx, o.table, keyOf(doc)))?.doc;
      const changes = { es: publicChanges('es', before, doc), en: publicChanges('en', before, doc) };
      return { version: null, revision: (await publishDocument(tx, view, o.table, doc, { reason, changes })).revision };
    },
  };
}

export const STATE = documentKind({
  type: 'state',
  auditType: 'state-page',
  table: 'states',
  schema: State,
  key: 'code',
  resource: (doc, authorId = null) => ({ type: 'state-page', code: String(doc.code), authorId }),
  nameOf: (doc) => String(doc.name ?? doc.code),
  publicPath: (_view, doc, locale) => (doc.slug ? pathFor({ page: 'state', slug: String(doc.slug) }, locale) : null),
  editPath: (code) => `/staff/states/${code}/edit`,
  nav: 'states',
});

// Reference content: federal editors draft, reviewers publish (the policy's `reference` rules).
// An office is governed as part of its authority. Edited under /staff/reference/<type>/<id>/edit.
const nameOf = (doc: Doc, locale: Locale) => localized(doc.name, locale) ?? localized(doc.name, 'es') ?? String(doc.id);
const withAcronym = (doc: Doc, locale: Locale) => `${nameOf(doc, locale)} (${String(doc.acronym ?? '')})`;
const reference = (o: Pick<EntityKind, 'nameOf' | 'publicPath'> & { type: 'authority' | 'office' | 'law' | 'sector' | 'certification' | 'opportunity'; table: DocumentTable; schema: z.ZodType; policy: 'authority' | 'law' | 'sector' | 'certification' | 'opportunity'; key?: 'id' | 'slug' }) =>
  documentKind({
    ...o,
    auditType: o.type,
    key: o.key ?? 'id',
    resource: (_doc, authorId = null) => ({ type: o.policy, authorId }),
    editPath: (id) => `/staff/reference/${o.type}/${id}/edit`,
    nav: 'reference',
  });
const authorityPage = (view: CatalogueView, id: unknown, locale: Locale) => (view.authorities.has(String(id)) ? pathFor({ page: 'authority', id: String(id) }, locale) : null);

export const AUTHORITY = reference({ type: 'authority', table: 'authorities', schema: Authority, policy: 'authority', nameOf: withAcronym, publicPath: (view, doc, l) => authorityPage(view, doc.id, l) });
export const OFFICE = reference({ type: 'office', table: 'offices', schema: Office, policy: 'authority', nameOf, publicPath: (view, doc, l) => authorityPage(view, doc.authority, l) });
// Laws have no page of their own: the official text is outside.
export const LAW = reference({ type: 'law', table: 'laws', schema: Law, policy: 'law', nameOf: withAcronym, publicPath: () => null });
// A sector guide: its summary, notes, SCIAN classes (checked against SCIAN 2023) and the procedures it triggers.
export const SECTOR = reference({
  type: 'sector', table: 'sectors', schema: Sector, policy: 'sector', key: 'slug',
  nameOf: (doc, l) => localized(doc.title, l) ?? localized(doc.title, 'es') ?? String(doc.slug),
  publicPath: (view, doc, l) => (view.sectors.has(String(doc.slug)) ? pathFor({ page: 'sector', slug: String(doc.slug) }, l) : null),
});

// An economic opportunity (src/opportunities): reference content with its own public page.
export const OPPORTUNITY = reference({
  type: 'opportunity', table: 'opportunities', schema: Opportunity, policy: 'opportunity',
  nameOf: (doc, l) => localized(doc.title, l) ?? localized(doc.title, 'es') ?? String(doc.id),
  publicPath: (view, doc, l) => (view.opportunities.has(String(doc.id)) ? pathFor({ page: 'opportunity', id: String(doc.id) }, l) : null),
});
/**
 * A directory entry (src/directory, ADR 026): a self-registration (pending row) or a published one. A draft
 * may be saved unverified — the editor checks the evidence links meanwhile — but publication requires
 * `verification.status: "verified"` with its date (validateCatalogue), and a self-registration whose
 * e-mail was never confirmed cannot be published at all.
 */
const directoryBase = documentKind({
  type: 'directory',
  auditType: 'directory-entry',
  table: 'directory',
  schema: DirectoryEntry,
  key: 'id',
  resource: (_doc, authorId = null) => ({ type: 'directory-entry', authorId }),
  nameOf: (doc) => String(doc.name ?? doc.id),
  publicPath: (view, doc, l) => (view.directory.some((d) => d.id === doc.id) ? pathFor({ page: 'directoryEntry', id: String(doc.id) }, l) : null),
  editPath: (id) => `/staff/directory/${id}/edit`,
  nav: 'reference',
});
export const DIRECTORY: EntityKind = {
  ...directoryBase,
  // Every check but verification while drafting: the draft is where the editor verifies.
  problems: (view, doc) => directoryBase.problems(view, doc).filter((p) => p !== notVerified(String(doc.id))),
  publish: async (tx, view, doc, reason) => {
    const reg = await registrationOf(tx, String(doc.id));
    if (reg && !reg.confirmedAt) throw new EditorialError('catalogueProblems', { problems: [`directory ${String(doc.id)}: the registrant has not confirmed the e-mail address`] });
    // Publication is where verification is required (the draft may be saved without): publishDocument's
    // whole-catalogue check refuses an unverified entry, which approveDraft turns into the reviewer's 400.
    return directoryBase.publish(tx, view, doc, reason);
  },
};

// A US ↔ Mexico certification pair (src/certifications, ADR 025): its procedure ids are checked against the catalogue.
export const CERTIFICATION = reference({
  type: 'certification', table: 'certifications', schema: CertificationPair, policy: 'certification',
  nameOf: (doc, l) => {
    const side = (s: unknown) => localized((s as Doc | undefined)?.name, l) ?? localized((s as Doc | undefined)?.name, 'es');
    const us = side(doc.us);
    const mx = side(doc.mx);
    return us && mx ? `${us} ↔ ${mx}` : String(doc.id);
  },
  publicPath: (view, doc, l) => (view.certifications.has(String(doc.id)) ? pathFor({ page: 'certification', id: String(doc.id) }, l) : null),
});

export const KINDS: Record<DraftEntityType, EntityKind> = { procedure: PROCEDURE, state: STATE, authority: AUTHORITY, office: OFFICE, law: LAW, sector: SECTOR, certification: CERTIFICATION, opportunity: OPPORTUNITY, directory: DIRECTORY };

/** The kinds edited under /staff/reference/:kind. */
export const REFERENCE_KINDS = { sector: SECTOR, authority: AUTHORITY, office: OFFICE, law: LAW, certification: CERTIFICATION, opportunity: OPPORTUNITY } as const;
export type ReferenceKind = keyof typeof REFERENCE_KINDS;
