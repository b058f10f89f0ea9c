/**
 * The desk's public pages: the choice of request, each form (works without JavaScript; per-visitor
 * CSRF token and one-time key, so never cached), the tracking page and the limit page.
 */
import { html, raw, type Html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { scianLabelHtml } from '../../catalogue/scian.ts';
import { deskMessages } from '../locales/index.ts';
import { kindPath, trackPath } from '../links.ts';
import { KINDS, MESSAGE_MAX, MESSAGE_MIN, OBSTACLES, SIZES, STAGES, type DeskCase, type DeskMessage, type Kind } from '../schema.ts';

export interface FormState {
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string;
}
export interface FormContext {
  kind: Kind;
  csrf: string;
  key: string;
  /** An attached plan: its state and activity are not asked again. */
  plan: { id: string; state: string; scian: string } | null;
}

const id = (name: string) => `d-${name}`;

export function hubPage(ctx: PageContext, query: string): SafeHtml {
  const t = deskMessages(ctx.locale);
  const body = html`<h1>${t.hub.title}</h1><p class="lead">${t.hub.lead}</p>
<h2>${t.hub.choose}</h2>
<ul class="cards">${KINDS.map((k) => html`<li><a href="${kindPath(ctx.locale, k)}${query ? `?${query}` : ''}"><strong>${t.kinds[k].title}</strong></a><br>${t.kinds[k].lead}</li>`)}</ul>`;
  return layout(ctx, { title: t.hub.title, description: t.hub.lead, ref: { page: 'desk' }, body });
}

export function formPage(ctx: PageContext, view: CatalogueView, fc: FormContext, st: FormState): SafeHtml {
  const { locale } = ctx;
  const t = deskMessages(locale);
  const v = st.values;
  const e = st.errors;
  const err = (name: string) => (e[name] ? html`<p class="field-error" id="${id(name)}-error">${e[name]}</p>` : '');
  const aria = (name: string, hint = false): Html => {
    const ids = [hint ? `${id(name)}-hint` : '', e[name] ? `${id(name)}-error` : ''].filter(Boolean).join(' ');
    return html`${ids ? html` aria-describedby="${ids}"` : ''}${e[name] ? html` aria-invalid="true"` : ''}`;
  };
  const cls = (name: string) => `field${e[name] ? ' has-error' : ''}`;
  const input = (name: string, label: string, opts: { type?: string; autocomplete?: string; hint?: string; required?: boolean } = {}) => html`<div class="${cls(name)}">
<label for="${id(name)}">${label}</label>${opts.hint ? html`<p class="hint" id="${id(name)}-hint">${opts.hint}</p>` : ''}${err(name)}
<input id="${id(name)}" name="${name}" type="${opts.type ?? 'text'}" value="${v[name] ?? ''}"${opts.autocomplete ? raw(` autocomplete="${opts.autocomplete}"`) : ''}${opts.required ? raw(' required') : ''}${aria(name, Boolean(opts.hint))}></div>`;
  const select = (name: string, label: string, options: { value: string; label: string }[], empty: string) => html`<div class="${cls(name)}">
<label for="${id(name)}">${label}</label>${err(name)}
<select id="${id(name)}" name="${name}"${aria(name)}><option value="">${empty}</option>${options.map((o) => html`<option value="${o.value}"${v[name] === o.value ? raw(' selected') : ''}>${o.label}</option>`)}</select></div>`;
  const states = [...view.states.values()].map((s) => ({ value: s.code, label: s.name }));
  const kind = fc.kind;
  const planBlock = fc.plan
    ? html`<p class="caveats"><strong>${t.form.plan}:</strong> <a href="${pathFor({ page: 'plan', id: fc.plan.id }, locale)}">${view.states.get(fc.plan.state)?.name ?? fc.plan.state} · ${scianLabelHtml(fc.plan.scian, locale)}</a><br>${t.form.planNote}</p>
<input type="hidden" name="plan" value="${fc.plan.id}">`
    : '';
  const stateField = fc.plan && kind !== 'meeting' ? '' : select('state', kind === 'meeting' ? t.form.state : t.form.stateOptional, states, kind === 'meeting' ? '—' : t.form.anyState);
  const specific =
    kind === 'orientation'
      ? html`${fc.plan ? '' : input('scian', t.form.scian)}
${select('size', t.form.size, SIZES.map((x) => ({ value: x, label: t.form.sizes[x] })), '—')}
${select('stage', t.form.stage, STAGES.map((x) => ({ value: x, label: t.form.stages[x] })), '—')}`
      : kind === 'meeting'
        ? input('preferredDates', t.form.preferredDates)
        : kind === 'obstacle'
          ? html`${select('procedureId', t.form.procedure, view.procedures.map((p) => ({ value: p.id, label: p.title[locale] })).sort((a, b) => a.label.localeCompare(b.label, locale)), t.form.chooseProcedure)}
<fieldset class="radios${e.obstacle ? ' has-error' : ''}"><legend>${t.form.obstacle}</legend>${err('obstacle')}
${OBSTACLES.map((o) => html`<div class="check"><input id="${id(`obstacle-${o}`)}" type="radio" name="obstacle" value="${o}"${(v.obstacle ?? '') === o ? raw(' checked') : ''}><label for="${id(`obstacle-${o}`)}">${t.form.obstacles[o]}</label></div>`)}</fieldset>`
          : '';
  const body = html`<h1>${t.kinds[kind].title}</h1><p class="lead">${t.kinds[kind].lead}</p>
${Object.keys(e).length || st.formError
  ? html`<div class="error-summary" role="alert" aria-labelledby="desk-errors-h" tabindex="-1"><h2 id="desk-errors-h">${t.errors.summary}</h2>
${st.formError ? html`<p>${st.formError}</p>` : ''}<ul>${Object.entries(e).map(([name, text]) => html`<li><a href="#${id(name === 'obstacle' ? 'obstacle-late' : name)}">${text}</a></li>`)}</ul></div>`
  : ''}
<form method="post" action="${kindPath(locale, kind)}" novalidate class="desk-form">
<input type="hidden" name="_csrf" value="${fc.csrf}">
<input type="hidden" name="key" value="${fc.key}">
${planBlock}
${stateField}
${specific}
${input('name', t.form.name, { autocomplete: 'name', required: true })}
${input('email', t.form.email, { type: 'email', autocomplete: 'email', hint: t.form.emailHint, required: true })}
${kind === 'meeting' || kind === 'orientation' ? input('organisation', t.form.organisation, { autocomplete: 'organization' }) : ''}
<div class="${cls('message')}"><label for="${id('message')}">${t.form.message}</label>
<p class="hint" id="${id('message')}-hint">${t.form.messageHint(MESSAGE_MIN, MESSAGE_MAX)}</p>${err('message')}
<textarea id="${id('message')}" name="message" rows="7" maxlength="${MESSAGE_MAX}" required${aria('message', true)}>${v.message ?? ''}</textarea></div>
<div class="hp" aria-hidden="true"><label for="${id('website')}">${t.form.website}</label><input id="${id('website')}" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<section class="privacy-notice" aria-labelledby="privacy-h"><h2 id="privacy-h">${t.form.privacyTitle}</h2><p>${t.form.privacy} <a href="${pathFor({ page: 'privacy' }, locale)}">${t.form.privacyLink}</a></p>
<div class="check${e.consent ? ' has-error' : ''}">${err('consent')}<input id="${id('consent')}" type="checkbox" name="consent" value="yes"${v.consent === 'yes' ? raw(' checked') : ''}${aria('consent')}><label for="${id('consent')}">${t.form.consent}</label></div></section>
<button class="button" type="submit">${t.form.submit}</button>
</form>`;
  return layout(ctx, { title: t.kinds[kind].title, description: t.kinds[kind].lead, body, breadcrumbs: [{ href: pathFor({ page: 'desk' }, locale), label: t.hub.title }] });
}

export function limitedPage(ctx: PageContext): SafeHtml {
  const t = deskMessages(ctx.locale);
  return layout(ctx, { title: t.limitedTitle, body: html`<h1>${t.limitedTitle}</h1><p>${t.errors.limited}</p>` });
}

export function notFoundTrackPage(ctx: PageContext): SafeHtml {
  const t = deskMessages(ctx.locale);
  return layout(ctx, { title: t.hub.title, body: html`<h1>${t.hub.title}</h1><p>${t.track.notFound}</p>` });
}

export interface TrackState {
  case: DeskCase;
  messages: DeskMessage[];
  token: string;
  csrf: string;
  notice?: string | undefined;
  error?: string | undefined;
  fresh: boolean;
}

export function trackPage(ctx: PageContext, view: CatalogueView, st: TrackState): SafeHtml {
  const { locale } = ctx;
  const t = deskMessages(locale);
  const c = st.case;
  const when = (d: Date) => new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'America/Mexico_City' }).format(d);
  const who = (m: DeskMessage) => (m.authorKind === 'investor' ? t.track.you : m.authorKind === 'staff' ? t.track.desk : t.track.system);
  const action = (verb: string) => `${trackPath(locale, c.folio)}/${verb}`;
  const hidden = html`<input type="hidden" name="_csrf" value="${st.csrf}"><input type="hidden" name="token" value="${st.token}">`;
  const procedure = c.procedureId ? view.procedure(c.procedureId) : undefined;
  const body = html`<h1>${t.track.title(c.folio)}</h1>
${st.fresh ? html`<div class="notice" role="status"><p>${t.track.received}</p></div>` : ''}
${st.notice ? html`<div class="notice" role="status"><p>${st.notice}</p></div>` : ''}
${st.error ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${st.error}</p></div>` : ''}
<dl class="facts">
<dt>${t.track.folio}</dt><dd><strong>${c.folio}</strong></dd>
<dt>${t.track.status}</dt><dd>${t.statuses[c.status]}</dd>
<dt>${t.track.kind}</dt><dd>${t.kinds[c.kind].title}</dd>
<dt>${t.track.created}</dt><dd><time datetime="${c.createdAt.toISOString()}">${when(c.createdAt)}</time></dd>
${c.status !== 'closed' && !c.firstResponseAt ? html`<dt>${t.track.due}</dt><dd><time datetime="${c.firstResponseDue.toISOString()}">${when(c.firstResponseDue)}</time></dd>` : ''}
${c.roadmapId ? html`<dt>${t.track.plan}</dt><dd><a href="${pathFor({ page: 'plan', id: c.roadmapId }, locale)}">${t.track.plan}</a></dd>` : ''}
${procedure ? html`<dt>${t.track.procedure}</dt><dd><a href="${pathFor({ page: 'procedure', slug: procedure.slug }, locale)}">${procedure.title[locale]}</a></dd>` : ''}
</dl>
<h2>${t.track.conversation}</h2>
<ol class="conversation">${st.messages.map((m) => html`<li class="msg ${m.authorKind}"><p class="small muted">${who(m)} · <time datetime="${m.createdAt.toISOString()}">${when(m.createdAt)}</time></p><div class="msg-body">${m.body}</div></li>`)}</ol>
${c.status === 'closed'
  ? html`<p>${t.track.closed}</p>`
  : html`<h2 id="reply-h">${t.track.reply}</h2>
<form method="post" action="${action('reply')}" novalidate>${hidden}
<div class="field"><label for="d-reply">${t.track.replyLabel}</label><textarea id="d-reply" name="message" rows="5" maxlength="5000" required></textarea></div>
<button class="button" type="submit">${t.track.send}</button></form>
<form method="post" action="${action('close')}">${hidden}<p class="hint">${t.track.closeHint}</p><button class="button secondary" type="submit">${t.track.close}</button></form>`}
<h2>${t.track.privacy}</h2>
<p><a href="${action('data.json')}?token=${encodeURIComponent(st.token)}" download>${t.track.exportData}</a></p>
${c.anonymisedAt ? '' : html`<form method="post" action="${action('erase')}">${hidden}<p class="hint">${t.track.eraseHint}</p><button class="button secondary" type="submit">${t.track.erase}</button></form>`}`;
  return layout(ctx, { title: t.track.title(c.folio), head: html`<meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">`, body });
}
