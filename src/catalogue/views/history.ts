/** The public change history: per procedure, the recent-changes page and the Atom feed. */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate, messages } from '../../i18n/messages.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import type { Procedure } from '../schema.ts';
import type { CatalogueView } from '../read-model.ts';
import type { VersionRecord } from '../queries.ts';
import { diffProcedures, type Change } from '../diff.ts';
import { procedureLink } from './parts.ts';

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

export function changesPage(ctx: PageContext, view: CatalogueView): SafeHtml {
  const { locale } = ctx;
  const t = messages(locale).history;
  const recent = view.recentVersions(100);
  const body = html`<h1>${t.recent}</h1><p class="lead">${t.recentLead}</p>
<p><a href="${pathFor({ page: 'changes' }, locale)}.atom" type="application/atom+xml">${t.feed}</a></p>
<ol class="results">${recent.map(({ procedure, record, previous }) => html`<li>${procedureLink(locale, procedure)}<ol class="history">${versionEntry(view, locale, record, previous)}</ol></li>`)}</ol>`;
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
  const recent = view.recentVersions(50);
  const self = `${publicUrl}${pathFor({ page: 'changes' }, locale)}.atom`;
  const updated = (recent[0]?.record.publishedAt ?? new Date(0)).toISOString();
  const entries = recent.map(({ procedure, record, previous }) => {
    const url = publicUrl + pathFor({ page: 'procedure', slug: procedure.slug }, locale);
    const changes = changesOf(view, record, previous, locale);
    const summary = [
      record.reason ? `${t.because}: ${record.reason[locale]}` : previous ? '' : t.firstPublished,
      ...changes.map((c) => `${c.field}: ${c.before ?? t.empty} → ${c.after ?? t.empty}`),
    ].filter(Boolean).join('\n');
    return `<entry><id>${xml(`${url}#v${record.version}`)}</id><title>${xml(`${procedure.title[locale]} — ${t.version(record.version)}`)}</title>` +
      `<link rel="alternate" href="${xml(url)}"/><updated>${record.publishedAt.toISOString()}</updated><summary>${xml(summary)}</summary></entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}"><id>${xml(self)}</id>` +
    `<title>${xml(`Ventanilla — ${t.recent}`)}</title><updated>${updated}</updated><author><name>Ventanilla</name></author>` +
    `<link rel="self" href="${xml(self)}"/><link rel="alternate" href="${xml(publicUrl + pathFor({ page: 'changes' }, locale))}"/>${entries.join('')}</feed>\n`;
}
