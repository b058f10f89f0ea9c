/**
 * Form and list components for staff screens (GOV.UK Design System
 * patterns): every input has a label; hints and errors are tied to it with
 * aria-describedby; an error summary links to each field; values are kept.
 */
import { html, type Html, type SafeHtml } from '../../web/html.ts';
import { errorMessage, type FieldErrors, type FormValues } from '../forms.ts';
import type { StaffMessages } from '../locales/index.ts';

export interface FormState {
  errors: FieldErrors;
  values: FormValues;
}
export const emptyForm = (values: FormValues = {}): FormState => ({ errors: {}, values });

const id = (name: string) => `f-${name}`;
const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** The list of problems at the top of a form; each links to its field. `formError`: text about the whole form. */
export function errorSummary(t: StaffMessages, state: FormState, formError?: string): Html {
  const fields = Object.entries(state.errors).filter(([f]) => f !== '');
  if (!fields.length && !formError) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
  <h2 id="error-summary-title">${t.errors.summary}</h2>
  <ul>
    ${formError ? html`<li>${formError}</li>` : ''}
    ${fields.map(([f, key]) => html`<li><a href="#${id(f)}">${errorMessage(t, key, f)}</a></li>`)}
  </ul>
</div>`;
}

function describedBy(name: string, hint: boolean, error: boolean): Html {
  const ids = [hint ? `${id(name)}-hint` : '', error ? `${id(name)}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : '';
}

function fieldParts(t: StaffMessages, state: FormState, name: string, hint?: string) {
  const key = state.errors[name];
  return {
    hint: hint ? html`<p class="hint" id="${id(name)}-hint">${hint}</p>` : '',
    error: key ? html`<p class="error-message" id="${id(name)}-error">${errorMessage(t, key, name)}</p>` : '',
    invalid: key ? html` aria-invalid="true"` : '',
    described: describedBy(name, Boolean(hint), Boolean(key)),
    cls: key ? 'field field-error' : 'field',
  };
}

export interface InputOptions {
  name: string;
  label?: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  autocomplete?: string;
  hint?: string;
  required?: boolean;
  inputmode?: 'numeric';
  /** Overrides the kept value (e.g. a prefilled name). */
  value?: string;
}

export function input(t: StaffMessages, state: FormState, o: InputOptions): SafeHtml {
  const p = fieldParts(t, state, o.name, o.hint);
  const label = o.label ?? (t.fields as Record<string, string>)[o.name] ?? o.name;
  const value = o.type === 'password' ? '' : (o.value ?? str(state.values[o.name]));
  return html`<div class="${p.cls}">
  <label for="${id(o.name)}">${label}</label>${p.hint}${p.error}
  <input id="${id(o.name)}" name="${o.name}" type="${o.type ?? 'text'}" value="${value}"${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${o.required ? html` required` : ''}${p.invalid}${p.described}>
</div>`;
}

export function select(t: StaffMessages, state: FormState, o: { name: string; label?: string; options: { value: string; label: string }[]; value?: string }): SafeHtml {
  const p = fieldParts(t, state, o.name);
  const current = o.value ?? str(state.values[o.name]);
  const label = o.label ?? (t.fields as Record<string, string>)[o.name] ?? o.name;
  return html`<div class="${p.cls}">
  <label for="${id(o.name)}">${label}</label>${p.error}
  <select id="${id(o.name)}" name="${o.name}"${p.invalid}${p.described}>
    ${o.options.map((opt) => html`<option value="${opt.value}"${opt.value === current ? html` selected` : ''}>${opt.label}</option>`)}
  </select>
</div>`;
}

/** A group of checkboxes in a fieldset whose legend names the field. */
export function checkboxes(t: StaffMessages, state: FormState, o: { name: string; options: { value: string; label: string }[]; checked?: string[]; hint?: string; columns?: boolean }): SafeHtml {
  const p = fieldParts(t, state, o.name, o.hint);
  const checked = new Set(o.checked ?? list(state.values[o.name]));
  const legend = (t.fields as Record<string, string>)[o.name] ?? o.name;
  // The summary links to the first box, which the legend's fieldset contains.
  return html`<div class="${p.cls}">
<fieldset id="${id(o.name)}-group"${p.described}>
  <legend>${legend}</legend>${p.hint}${p.error}
  <ul class="checkboxes${o.columns ? ' columns' : ''}">
    ${o.options.map(
      (opt, i) => html`<li><input type="checkbox" id="${i === 0 ? id(o.name) : `${id(o.name)}-${opt.value}`}" name="${o.name}" value="${opt.value}"${checked.has(opt.value) ? html` checked` : ''}${p.invalid}><label for="${i === 0 ? id(o.name) : `${id(o.name)}-${opt.value}`}">${opt.label}</label></li>`,
    )}
  </ul>
</fieldset>
</div>`;
}

/** Previous / next links that keep the filters. */
export function pagination(t: StaffMessages, base: string, query: Record<string, string | number | undefined>, page: number, hasNext: boolean): Html {
  if (page <= 1 && !hasNext) return '';
  const href = (p: number) => {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '' && k !== 'page') qs.set(k, String(v));
    if (p > 1) qs.set('page', String(p));
    const s = qs.toString();
    return s ? `${base}?${s}` : base;
  };
  return html`<nav class="pagination" aria-label="${t.pagination.label}"><ul>
  ${page > 1 ? html`<li><a href="${href(page - 1)}" rel="prev">${t.pagination.previous}</a></li>` : ''}
  <li aria-current="page">${t.pagination.page(page)}</li>
  ${hasNext ? html`<li><a href="${href(page + 1)}" rel="next">${t.pagination.next}</a></li>` : ''}
</ul></nav>`;
}

/** A date-time in the reader's language (staff work across time zones: the zone is shown). */
export function when(iso: string | null, locale: string, never = ''): string {
  if (!iso) return never;
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'America/Mexico_City', timeZoneName: 'short' }).format(new Date(iso));
}
