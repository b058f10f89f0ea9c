/**
 * The procedure edit screen: its texts per language, each step's costs and
 * response time, the bilingual reason, and the translation status. An HTML
 * form that works without JavaScript; errors re-render it with what was typed.
 * Other fields are edited on the advanced (JSON) screen.
 */
import { html, type Html, type SafeHtml } from '../../web/html.ts';
import { csrfField, notice, staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Gap } from '../document.ts';
import type { EditorialMessages } from '../locales/index.ts';
import { COST_KINDS, costRows, TACIT, TEXT_FIELDS, UNITS } from '../procedure-form.ts';
import { checkboxField, problemSummary, selectField, textArea, textField, type FieldOptions } from './fields.ts';
import { gapIndex, translationStatus } from './translation.ts';
import type { EditFormState } from './json-page.ts';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface EditModel extends EditFormState {
  id: string;
  title: string;
  /** The document the form's steps come from (the draft's, or the published one). */
  base: Doc;
}

const LANGS: Locale[] = ['es', 'en'];

export function editPage(v: StaffView, m: EditorialMessages, o: EditModel): SafeHtml {
  const e = m.edit;
  const gaps = gapIndex(o.gaps);
  const f = (name: string, label: string, extra: Partial<FieldOptions> = {}): FieldOptions => ({ name, label, values: o.values, errors: o.errors, ...extra });
  const pairs = (key: string, label: string, area: boolean) =>
    LANGS.map((l) => {
      const tag = langTag(m, o, gaps, key, l);
      const opts = f(`${key}.${l}`, e.inLang(label, e[l]), tag ? { tag } : {});
      return area ? textArea({ ...opts, rows: 5 }) : textField(opts);
    });
  const body = o.blockedBy
    ? html`<div class="notice warning" role="status"><p>${e.othersDraft(o.blockedBy.authorName)}</p></div><p><a href="/staff/drafts/${o.blockedBy.id}">${e.seeDraft}</a></p>`
    : html`${o.draft ? html`<p>${e.yourDraft(m.status[o.draft.status])} <a href="/staff/drafts/${o.draft.id}">${e.seeDraft}</a></p>` : html`<p>${e.newDraft}</p>`}
${o.draft?.reviewerComment ? html`<div class="notice warning"><h2 class="small-heading">${e.reviewerSaid}</h2><p>${o.draft.reviewerComment}</p></div>` : ''}
${problemSummary(m, o.problems, o.formError)}
${translationStatus(m, o.gaps, o.textTotal)}
<form method="post" action="/staff/procedures/${o.id}/edit" novalidate class="edit-form">
  ${csrfField(v)}<input type="hidden" name="revision" value="${o.values.revision ?? ''}">
  <fieldset class="group"><legend>${e.texts}</legend>
    ${TEXT_FIELDS.map((k) => html`<div class="pair">${pairs(k, m.paths[k]!, k !== 'title')}</div>`)}
  </fieldset>
  ${((o.base.steps ?? []) as Doc[]).map((s, i) => stepFields(m, o, f, i, String(s.title?.[v.locale] ?? '')))}
  <fieldset class="group"><legend>${e.reason}</legend>
    <p class="hint">${e.reasonHint}</p>
    <div class="pair">${LANGS.map((l) => textArea(f(`reason.${l}`, m.reason[l])))}</div>
  </fieldset>
  <div class="actions"><button type="submit" class="button">${e.save}</button></div>
</form>
<p><a href="/staff/procedures/${o.id}/edit/json">${e.advanced}</a></p>`;
  return staffLayout(v, { title: e.title(o.title), current: 'procedures', body: html`<h1>${e.title(o.title)}</h1>${notice(o.notice)}${body}` });
}

type F = (name: string, label: string, extra?: Partial<FieldOptions>) => FieldOptions;

function stepFields(m: EditorialMessages, o: EditModel, f: F, i: number, title: string): SafeHtml {
  const e = m.edit;
  const p = `steps.${i}`;
  const rows = Math.max(costRows(o.values, i), 1);
  return html`<fieldset class="group step-fields"><legend>${e.stepLegend(i + 1, title)}</legend>
  <fieldset class="subgroup"><legend>${e.timeframe}</legend><div class="row">
    ${textField({ ...f(`${p}.timeframe.waiting.min`, e.waitingMin), inputmode: 'decimal', cls: 'short' })}
    ${textField({ ...f(`${p}.timeframe.waiting.max`, e.waitingMax), inputmode: 'decimal', cls: 'short' })}
    ${selectField({ ...f(`${p}.timeframe.waiting.unit`, e.unit), options: UNITS.map((u) => ({ value: u, label: e.units[u]! })) })}
    ${selectField({ ...f(`${p}.timeframe.tacitApproval`, e.tacit), options: TACIT.map((x) => ({ value: x, label: e.tacitOptions[x]! })) })}
  </div></fieldset>
  ${Array.from({ length: rows }, (_, j) => costFields(m, o, f, i, j))}
  ${String(o.values[`${p}.costs.${rows - 1}.kind`] ?? '') !== '' ? costFields(m, o, f, i, rows) : ''}
</fieldset>`;
}

function costFields(m: EditorialMessages, o: EditModel, f: F, i: number, j: number): Html {
  const e = m.edit;
  const c = `steps.${i}.costs.${j}`;
  const blank = String(o.values[`${c}.kind`] ?? '') === '';
  const kinds = [...(blank ? [''] : []), ...COST_KINDS].map((k) => ({ value: k, label: e.kinds[k]! }));
  const gaps = gapIndex(o.gaps);
  const lang = (key: string, label: string) =>
    LANGS.map((l) => {
      const tag = blank ? undefined : langTag(m, o, gaps, `${c}.${key}`, l);
      return textField(f(`${c}.${key}.${l}`, e.inLang(label, e[l]), tag ? { tag } : {}));
    });
  return html`<fieldset class="subgroup cost"><legend>${blank ? e.newCostLegend(i + 1) : e.costLegend(i + 1, j + 1)}</legend>
  <div class="row">${selectField({ ...f(`${c}.kind`, e.kind), options: kinds })}
    ${textField({ ...f(`${c}.amountMXN`, e.amount), inputmode: 'decimal', cls: 'short' })}
    ${textField({ ...f(`${c}.year`, e.year), inputmode: 'numeric', cls: 'short' })}</div>
  <div class="pair">${lang('concept', e.concept)}</div>
  <div class="row">${textField({ ...f(`${c}.minMXN`, e.min), inputmode: 'decimal', cls: 'short' })}
    ${textField({ ...f(`${c}.maxMXN`, e.max), inputmode: 'decimal', cls: 'short' })}</div>
  <div class="pair">${lang('formula', e.formula)}</div>
  <div class="row">${checkboxField(f(`${c}.unverified`, e.unverified))}${blank ? '' : checkboxField(f(`${c}.remove`, e.remove))}</div>
</fieldset>`;
}

/** "Missing English" beside an empty language of a text the translation status lists. */
function langTag(m: EditorialMessages, o: EditModel, gaps: Map<string, Gap>, key: string, l: Locale): string | undefined {
  return gaps.has(key) && !String(o.values[`${key}.${l}`] ?? '').trim() ? m.edit.missing(m.edit[l]) : undefined;
}
