/**
 * Form pieces for the editorial screens, in the staff components' markup
 * (GOV.UK patterns): each input has a label, its hint and error are tied to
 * it with aria-describedby, and the error summary links to it. Field names are
 * document paths; labels name them in the reader's language.
 */
import { html, type Html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import type { Issue, Path } from '../document.ts';
import type { EditorialMessages } from '../locales/index.ts';
import type { FieldError } from '../procedure-form.ts';

/** An id safe in URLs and CSS for a field path. */
export const fieldId = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** "Paso 2 · Costo 1 · Concepto (inglés)" for ['steps', 1, 'costs', 0, 'concept', 'en']. */
export function labelOf(m: EditorialMessages, path: Path): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (typeof seg === 'number') {
      parts.push(`${parts.pop() ?? ''} ${seg + 1}`.trim());
      continue;
    }
    if ((seg === 'es' || seg === 'en') && parts.length) {
      parts.push(`${parts.pop()} ${m.paths[seg]}`);
      continue;
    }
    parts.push(m.paths[seg] ?? seg);
  }
  return parts.length ? parts.join(' · ') : m.errors.documentRoot;
}

export function errorText(m: EditorialMessages, label: string, e: FieldError): string {
  const d = e.detail ?? '';
  switch (e.key) {
    case 'tooSmall':
    case 'tooBig':
    case 'tooFew':
    case 'choice':
    case 'unknownKey':
      return m.errors[e.key](label, d);
    default:
      return m.errors[e.key](label);
  }
}

export const issueText = (m: EditorialMessages, i: Issue): string => errorText(m, labelOf(m, i.path), i);

export interface Problem {
  /** The field it links to (omitted: no link). */
  field?: string;
  text: string;
}

export function problemSummary(m: EditorialMessages, problems: Problem[], intro?: string): Html {
  if (!problems.length && !intro) return '';
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title">
  <h2 id="error-summary-title">${m.errors.summary}</h2>
  ${intro ? html`<p>${intro}</p>` : ''}
  ${problems.length ? html`<ul>${problems.map((p) => html`<li>${p.field ? html`<a href="#${fieldId(p.field)}">${p.text}</a>` : p.text}</li>`)}</ul>` : ''}
</div>`;
}

export interface FieldOptions {
  name: string;
  label: string;
  values: FormValues;
  errors: Record<string, string>;
  hint?: string;
  /** A status next to the label (e.g. "Missing English"). */
  tag?: string;
  cls?: string;
}

const value = (values: FormValues, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
};

function parts(o: FieldOptions) {
  const id = fieldId(o.name);
  const err = o.errors[o.name];
  const ids = [o.hint ? `${id}-hint` : '', err ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    head: html`<label for="${id}">${o.label}${o.tag ? html` <span class="tag-missing">${o.tag}</span>` : ''}</label>${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : ''}${err ? html`<p class="error-message" id="${id}-error">${err}</p>` : ''}`,
    attrs: html`${err ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}`,
    cls: `field${err ? ' field-error' : ''}${o.cls ? ` ${o.cls}` : ''}`,
  };
}

export function textField(o: FieldOptions & { inputmode?: 'decimal' | 'numeric' }): SafeHtml {
  const p = parts(o);
  return html`<div class="${p.cls}">${p.head}<input type="text" id="${p.id}" name="${o.name}" value="${value(o.values, o.name)}"${o.inputmode ? html` inputmode="${o.inputmode}"` : ''}${p.attrs}></div>`;
}

export function textArea(o: FieldOptions & { rows?: number; spellcheck?: boolean }): SafeHtml {
  const p = parts(o);
  return html`<div class="${p.cls}">${p.head}<textarea id="${p.id}" name="${o.name}" rows="${o.rows ?? 3}"${o.spellcheck === false ? html` spellcheck="false"` : ''}${p.attrs}>${value(o.values, o.name)}</textarea></div>`;
}

export function selectField(o: FieldOptions & { options: { value: string; label: string }[] }): SafeHtml {
  const p = parts(o);
  const current = value(o.values, o.name);
  return html`<div class="${p.cls}">${p.head}<select id="${p.id}" name="${o.name}"${p.attrs}>${o.options.map(
    (x) => html`<option value="${x.value}"${x.value === current ? html` selected` : ''}>${x.label}</option>`,
  )}</select></div>`;
}

export function checkboxField(o: Omit<FieldOptions, 'hint' | 'tag'>): SafeHtml {
  const id = fieldId(o.name);
  return html`<div class="field checkbox-field"><input type="checkbox" id="${id}" name="${o.name}" value="on"${value(o.values, o.name) === 'on' ? html` checked` : ''}><label for="${id}">${o.label}</label></div>`;
}
