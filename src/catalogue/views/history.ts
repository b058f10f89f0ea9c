/**
 * The public change history: per procedure, and the recent-changes page and Atom
 * feed, which also list publications of state pages and reference content
 * (document_change; their changes were worked out when published).
 */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate, messages } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { Procedure } from '../schema.ts';
import type { CatalogueView } from '../read-model.ts';
import type { DocumentChangeRecord, VersionRecord } from '../queries.ts';
import { diffProcedures, type Change } from '../diff.ts';
import { todayInMexicoCity } from '../../calendar/business-days.ts';
import { withAcronym, procedureLink } from './parts.ts';

const lawName = (view: CatalogueView) => (id: string) => view.laws.get(id)?.acronym ?? id;

export function changesOf(view: CatalogueView, record: VersionRecord, previous: VersionRecord | undefined, locale: Locale): Change[] {
  return previous ? diffProcedures(previous.doc, record.doc, locale, lawName(view)) : [];
}

function changeList(locale: Locale, changes: Change[]): SafeHtml {
  const t = messages(locale).history;
  return html`<ul class="changes">${changes.map(
    (c) => html`<li><strong>${c.field}</strong>: <del><span class="visually-hidden">${t.from}: </span>${c.before ?? t.empty}</del> → <ins><span class="visually-hidden">${t.to}: </span>${c.after ?? t.empty}</ins></li>`,
  )}</ul>`;
}

function versionEntry(view: CatalogueView, locale: Locale, record: VersionRecord, previous: VersionRecord | undefined): SafeHtml {
  const t = messages(locale).history;
  const changes = changesOf(view, record, previous, locale);
  return html`<li><p><strong>${t.version(record.version)}</strong> · <time datetime="${record.publishedAt.toISOString()}">${formatDate(record.publishedAt, locale)}</time>${previous ? '' : html` · ${t.firstPublished}`}</p>
${record.reason ? html`<p>${t.because}: ${record.reason[locale]}</p>` : ''}
${changes.length ? changeList(locale, changes) : ''}</li>`;
}

/** The history section of a procedure page: newest first. */
export function historySection(view: CatalogueView, p: Procedure, locale: Locale): SafeHtml {
  const t = messages(locale).history;
  const list = view.history(p);
  const entries = list.map((r, i) => ({ r, prev: list[i - 1] })).reverse();
  return html`<section aria-labelledby="history-h"><h2 id="history-h">${t.title}</h2>
${list.length <= 1 ? html`<p>${t.none}</p>` : ''}
<ol class="history" reversed>${entries.map(({ r, prev }) => versionEntry(view, locale, r, prev))}</ol>
<p><a href="${pathFor({ page: 'changes' }, locale)}">${t.recent}</a> · <a href="${pathFor({ page: 'changes' }, locale)}.atom" type="application/atom+xml">${t.feed}</a></p></section>`;
}

/** The public name and page of a changed document; null once it is gone from the catalogue. */
function documentRef(view: CatalogueView, c: DocumentChangeRecord, locale: Locale): { name: string; href: string | null } | null {
  switch (c.entityType) {
    case 'state': {
      const st = view.states.get(c.entityId);
      return st ? { name: st.name, href: pathFor({ page: 'state', slug: st.slug }, locale) } : null;
    }
    case 'authority': {
      const a = view.authorities.get(c.entityId);
      return a ? { name: a.name[locale], href: pathFor({ page: 'authority', id: a.id }, locale) } : null;
    }
    case 'office': {
      const o = view.offices.get(c.entityId);
      return o ? { name: o.name[locale], href: pathFor({ page: 'authority', id: o.authority }, locale) } : null;
    }
    case 'law': {
      const l = view.laws.get(c.entityId);
      return l ? { name: withAcronym(l.name[locale], l.acronym), href: l.url ?? null } : null;
    }
    case 'sector': {
      const s = view.sectors.get(c.entityId);
      return s ? { name: s.title[locale], href: pathFor({ page: 'sector', slug: s.slug }, locale) } : null;
    }
    case 'certification': {
      const x = view.certifications.get(c.entityId);
      return x ? { name: `${x.us.name[locale]} ↔ ${x.mx.name[locale]}`, href: pathFor({ page: 'certification', id: x.id }, locale) } : null;
    }
  }
}

/** Procedure versions and document changes, newest first. */
type LogEntry =
  | { at: Date; kind: 'version'; procedure: Procedure; record: VersionRecord; previous: VersionRecord | undefined }
  | { at: Date; kind: 'document'; change: DocumentChangeRecord; ref: { name: string; href: string | null } };

function changeLog(view: CatalogueView, locale: Locale, limit: number): LogEntry[] {
  const versions: LogEntry[] = view.recentVersions(limit).map((v) => ({ at: v.record.publishedAt, kind: 'version', ...v }));
  const documents: LogEntry[] = [];
  for (const change of view.documentChanges) {
    const ref = documentRef(view, change, locale);
    if (ref) documents.push({ at: change.publishedAt, kind: 'document', change, ref });
  }
  return [...versions, ...documents].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}

/** One publication of a versionless document: date, reason, what changed. */
function documentChangeItem(locale: Locale, c: DocumentChangeRecord, kind = false): SafeHtml {
  const t = messages(locale).history;
  return html`<li><p><time datetime="${c.publishedAt.toISOString()}">${formatDate(c.publishedAt, locale)}</time>${kind ? html` · ${t.documentKinds[c.entityType]}` : ''}</p>
<p>${t.because}: ${c.reason[locale]}</p>
${c.changes[locale].length ? changeList(locale, c.changes[locale]) : ''}</li>`;
}

function documentEntry(locale: Locale, e: Extract<LogEntry, { kind: 'document' }>): SafeHtml {
  const t = messages(locale).history;
  return html`<li>${e.ref.href ? html`<a href="${e.ref.href}"${e.ref.href.startsWith('/') ? '' : html` rel="external"`}>${e.ref.name}</a>` : e.ref.name} <span class="tag">${t.documentKinds[e.change.entityType]}</span>
<ol class="history">${documentChangeItem(locale, e.change)}</ol></li>`;
}

/**
 * The latest changes published to a state page, a sector guide or an authority and its
 * offices, on that public page (nothing when there are none). `refs`: the documents shown there.
 */
export function documentChangesSection(view: CatalogueView, locale: Locale, refs: { type: DocumentChangeRecord['entityType']; id: string }[]): SafeHtml | '' {
  const entries = view.documentChanges.filter((c) => refs.some((r) => r.type === c.entityType && r.id === c.entityId));
  if (!entries.length) return '';
  const t = messages(locale).history;
  return html`<section aria-labelledby="changes-h"><h2 id="changes-h">${t.latest}</h2>
<ol class="history">${entries.map((c) => documentChangeItem(locale, c, refs.length > 1))}</ol>
<p><a href="${pathFor({ page: 'changes' }, locale)}">${t.recent}</a> · <a href="${pathFor({ page: 'changes' }, locale)}.atom" type="application/atom+xml">${t.feed}</a></p></section>`;
}

type PageEntry = LogEntry | { at: Date; kind: 'first-published'; day: string; procedures: Procedure[] };

/**
 * The log with first publications of procedures on the same day folded into one entry (issue 13,
 * item 7): the initial catalogue is one event, not 56 identical "first published" lines. A single
 * first publication on its day stays an ordinary entry.
 */
export function groupFirstPublications(log: LogEntry[]): PageEntry[] {
  const dayOf = (d: Date) => todayInMexicoCity(d);
  const firsts = new Map<string, Extract<LogEntry, { kind: 'version' }>[]>();
  for (const e of log) if (e.kind === 'version' && !e.previous) firsts.set(dayOf(e.at), [...(firsts.get(dayOf(e.at)) ?? []), e]);
  const out: PageEntry[] = [];
  for (const e of log) {
    const group = e.kind === 'version' && !e.previous ? firsts.get(dayOf(e.at))! : undefined;
    if (!group || group.length < 2) out.push(e);
    else if (group[0] === e) out.push({ at: e.at, kind: 'first-published', day: dayOf(e.at), procedures: group.map((g) => g.procedure) });
  }
  return out;
}

function firstPublishedEntry(locale: Locale, e: Extract<PageEntry, { kind: 'first-published' }>): SafeHtml {
  const t = messages(locale).history;
  return html`<li><p><strong>${t.firstPublishedGroup(e.procedures.length)}</strong> · <time datetime="${e.at.toISOString()}">${formatDate(e.day, locale)}</time></p>
<details><summary>${t.seeThem}</summary><ul>${[...e.procedures]
    .sort((a, b) => a.title[locale].localeCompare(b.title[locale], locale))
    .map((p) => html`<li>${procedureLink(locale, p)}</li>`)}</ul></details></li>`;
}

export function changesPage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale).history;
  const body = html`<h1>${t.recent}</h1><p class="lead">${t.recentLead}</p>
<p><a href="${pathFor({ page: 'changes' }, locale)}.atom" type="application/atom+xml">${t.feed}</a></p>
<ol class="results">${groupFirstPublications(changeLog(view, locale, 1000)).slice(0, 100).map((e) =>
    e.kind === 'version'
      ? html`<li>${procedureLink(locale, e.procedure)}<ol class="history">${versionEntry(view, locale, e.record, e.previous)}</ol></li>`
      : e.kind === 'first-published'
        ? firstPublishedEntry(locale, e)
        : documentEntry(locale, e),
  )}</ol>`;
  return layout(ctx, {
    title: t.recent,
    description: t.recentLead,
    ref: { page: 'changes' },
    head: html`<link rel="alternate" type="application/atom+xml" href="${pathFor({ page: 'changes' }, locale)}.atom" title="${t.feed}">`,
    body,
  });
}

const xml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** Atom 1.0 (RFC 4287) feed of the latest published versions. */
export function changesAtom(view: CatalogueView, locale: Locale, publicUrl: string): string {
  const t = messages(locale).history;
  // The initial publication is one entry here too, not one per procedure.
  const log = groupFirstPublications(changeLog(view, locale, 1000)).slice(0, 50);
  const self = `${publicUrl}${pathFor({ page: 'changes' }, locale)}.atom`;
  const updated = (log[0]?.at ?? new Date(0)).toISOString();
  const lines = (reason: string, changes: Change[]) => [reason, ...changes.map((c) => `${c.field}: ${c.before ?? t.empty} → ${c.after ?? t.empty}`)].filter(Boolean).join('\n');
  const entry = (id: string, title: string, href: string, at: Date, summary: string) =>
    `<entry><id>${xml(id)}</id><title>${xml(title)}</title><link rel="alternate" href="${xml(href)}"/><updated>${at.toISOString()}</updated><summary>${xml(summary)}</summary></entry>`;
  const entries = log.map((e) => {
    if (e.kind === 'first-published') {
      const page = publicUrl + pathFor({ page: 'changes' }, locale);
      return entry(`${page}#first-published-${e.day}`, t.firstPublishedGroup(e.procedures.length), page, e.at, e.procedures.map((p) => p.title[locale]).join('\n'));
    }
    if (e.kind === 'version') {
      const url = publicUrl + pathFor({ page: 'procedure', slug: e.procedure.slug }, locale);
      const reason = e.record.reason ? `${t.because}: ${e.record.reason[locale]}` : e.previous ? '' : t.firstPublished;
      return entry(`${url}#v${e.record.version}`, `${e.procedure.title[locale]} — ${t.version(e.record.version)}`, url, e.record.publishedAt, lines(reason, changesOf(view, e.record, e.previous, locale)));
    }
    const c = e.change;
    const href = e.ref.href === null ? publicUrl + pathFor({ page: 'changes' }, locale) : e.ref.href.startsWith('/') ? publicUrl + e.ref.href : e.ref.href;
    // A stable id per publication: the document and the moment it was published.
    const id = `${publicUrl}${pathFor({ page: 'changes' }, locale)}#${c.entityType}-${c.entityId}-${c.publishedAt.getTime()}`;
    return entry(id, `${e.ref.name} — ${t.documentKinds[c.entityType]}`, href, c.publishedAt, lines(`${t.because}: ${c.reason[locale]}`, c.changes[locale]));
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}"><id>${xml(self)}</id>` +
    `<title>${xml(`Ventanilla — ${t.recent}`)}</title><updated>${updated}</updated><author><name>Ventanilla</name></author>` +
    `<link rel="self" href="${xml(self)}"/><link rel="alternate" href="${xml(publicUrl + pathFor({ page: 'changes' }, locale))}"/>${entries.join('')}</feed>\n`;
}
