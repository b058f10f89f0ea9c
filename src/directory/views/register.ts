/** The self-registration form and its follow-up pages. A plain form: works without JavaScript. */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { directoryMessages, type DirectoryMessages } from '../locales/index.ts';
import { CAPABILITIES, CAPABILITY_KEYS, CERTIFICATIONS, CERTIFICATION_KEYS, DIRECTORY_SECTORS, ENTRY_TYPES } from '../schema.ts';
import type { FieldErrors, FormValues } from '../registration.ts';

export function errorText(t: DirectoryMessages, e: FieldErrors[string]): string {
  if (e.key === 'evidence') return t.errors.evidence(CERTIFICATIONS[e.code as keyof typeof CERTIFICATIONS]?.code ?? '');
  return t.errors[e.key];
}

export function registerPage(ctx: PageContext, view: CatalogueView, csrf: string, values: FormValues, errors: FieldErrors, formError?: string): SafeHtml {
  const { locale } = ctx;
  const t = directoryMessages(locale);
  const r = t.register;
  const val = (k: string) => { const v = values[k]; return String(Array.isArray(v) ? (v.at(-1) ?? '') : (v ?? '')); };
  const has = (k: string, x: string) => { const v = values[k]; return Array.isArray(v) ? v.includes(x) : v === x; };
  const err = (k: string) => (errors[k] ? html`<p class="field-error" id="${k}-error">${errorText(t, errors[k]!)}</p>` : '');
  const aria = (k: string, hint?: string) => {
    const ids = [hint, errors[k] ? `${k}-error` : ''].filter(Boolean).join(' ');
    return html`${ids ? html` aria-describedby="${ids}"` : ''}${errors[k] ? html` aria-invalid="true"` : ''}`;
  };
  const text = (k: string, label: string, o: { type?: string; required?: boolean; hint?: string; max?: number } = {}) =>
    html`<p><label for="r-${k}">${label}</label>${o.hint ? html` <span class="hint" id="${k}-hint">${o.hint}</span>` : ''}
<input id="r-${k}" name="${k}" type="${o.type ?? 'text'}" value="${val(k)}"${o.required ? html` required` : ''} maxlength="${o.max ?? 200}"${aria(k, o.hint ? `${k}-hint` : undefined)}>${err(k)}</p>`;
  const checks = (k: string, legend: string, opts: [string, string][]) =>
    html`<fieldset${errors[k] ? html` aria-describedby="${k}-error"` : ''}><legend>${legend}</legend>${err(k)}
${opts.map(([v, l]) => html`<p class="check"><input type="checkbox" id="r-${k}-${v}" name="${k}" value="${v}"${has(k, v) ? html` checked` : ''}> <label for="r-${k}-${v}">${l}</label></p>`)}</fieldset>`;
  const summary = Object.entries(errors);
  const body = html`
<h1>${r.title}</h1>
<p class="lead">${r.lead}</p>
${formError ? html`<div class="error-summary" role="alert"><p>${formError}</p></div>` : ''}
${summary.length
  ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${t.errors.summary}</p><ul>${summary.map(([k, e]) => html`<li><a href="#${k.startsWith('evidence.') ? `r-${k.replace('.', '-')}` : ['sectors', 'capabilities', 'certifications'].includes(k) ? `r-${k}-${k === 'sectors' ? DIRECTORY_SECTORS[0] : k === 'capabilities' ? CAPABILITY_KEYS[0] : CERTIFICATION_KEYS[0]}` : `r-${k}`}">${errorText(t, e)}</a></li>`)}</ul></div>`
  : ''}
<p class="small">${r.required}</p>
<form method="post" action="${pathFor({ page: 'directoryRegister' }, locale)}" novalidate>
<input type="hidden" name="_csrf" value="${csrf}">
${text('name', r.name, { required: true })}
<p><label for="r-type">${r.type}</label>
<select id="r-type" name="type"${aria('type')}>${ENTRY_TYPES.map((x) => html`<option value="${x}"${val('type') === x || (!val('type') && x === 'supplier') ? html` selected` : ''}>${t.types[x]}</option>`)}</select>${err('type')}</p>
<p><label for="r-state">${r.state}</label>
<select id="r-state" name="state" required${aria('state')}><option value=""></option>${[...view.states.values()].map((s) => html`<option value="${s.code}"${val('state') === s.code ? html` selected` : ''}>${s.name}</option>`)}</select>${err('state')}</p>
${text('municipality', r.municipality, { max: 120 })}
${text('website', r.website, { type: 'url', required: true, hint: r.websiteHint, max: 500 })}
${text('email', r.email, { type: 'email', required: true, hint: r.emailHint, max: 254 })}
${text('publicEmail', r.publicEmail, { type: 'email', max: 254 })}
${text('phone', r.phone, { type: 'tel', max: 40 })}
${text('scian', r.scian, { max: 200 })}
${checks('sectors', r.sectors, DIRECTORY_SECTORS.map((s) => [s, view.sectors.get(s)?.title[locale] ?? s]))}
${checks('capabilities', r.capabilities, CAPABILITY_KEYS.map((c) => [c, CAPABILITIES[c][locale]]))}
<fieldset${errors.certifications ? html` aria-describedby="certifications-error"` : ''}><legend>${r.certifications}</legend><p class="hint">${r.certificationsHint}</p>${err('certifications')}
${CERTIFICATION_KEYS.map((c) => html`<p class="check"><input type="checkbox" id="r-certifications-${c}" name="certifications" value="${c}"${has('certifications', c) ? html` checked` : ''}> <label for="r-certifications-${c}">${CERTIFICATIONS[c].code} — ${CERTIFICATIONS[c][locale]}</label></p>
<p><label for="r-evidence-${c}">${r.evidence(CERTIFICATIONS[c].code)}</label> <input id="r-evidence-${c}" name="evidence.${c}" type="url" maxlength="500" value="${val(`evidence.${c}`)}"${errors[`evidence.${c}`] ? html` aria-invalid="true" aria-describedby="evidence.${c}-error"` : ''}>${err(`evidence.${c}`)}</p>`)}
</fieldset>
<p><label for="r-description">${r.description}</label><textarea id="r-description" name="description" rows="4" maxlength="1000"${aria('description')}>${val('description')}</textarea>${err('description')}</p>
<p><label for="r-exportExperience">${r.exportExperience}</label><textarea id="r-exportExperience" name="exportExperience" rows="3" maxlength="1000"${aria('exportExperience')}>${val('exportExperience')}</textarea>${err('exportExperience')}</p>
<p><button type="submit">${r.submit}</button></p>
</form>`;
  return layout(ctx, { title: r.title, description: r.lead, ref: { page: 'directoryRegister' }, body, breadcrumbs: [{ href: pathFor({ page: 'directory' }, locale), label: t.short }] });
}

export function messagePage(ctx: PageContext, title: string, text: string, form?: { action: string; csrf: string; token: string; button: string }): SafeHtml {
  const t = directoryMessages(ctx.locale);
  const body = html`<h1>${title}</h1><p>${text}</p>
${form ? html`<form method="post" action="${form.action}"><input type="hidden" name="_csrf" value="${form.csrf}"><input type="hidden" name="token" value="${form.token}"><p><button type="submit">${form.button}</button></p></form>` : ''}
<p><a href="${pathFor({ page: 'directory' }, ctx.locale)}">${t.entry.back}</a></p>`;
  return layout(ctx, { title, body });
}
