/**
 * The questionnaire: one GET form in well-grouped fieldsets, so it works
 * without JavaScript, answers survive "back" and every state is a URL. "Find
 * activity" re-renders it with matching SCIAN classes to choose from.
 */
import { html, raw, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { roadmapMessages } from '../messages.ts';
import type { FieldError } from '../validate.ts';
import type { ActivityHit } from '../activity-search.ts';
import { ENTRIES, FACILITIES, PROFILE_FIELDS, RISKS } from '../profile.ts';
import { scianLabelHtml } from '../../catalogue/scian.ts';

export type Answers = Record<string, string>;

export interface QuestionnaireState {
  answers: Answers;
  errors: FieldError[];
  activities?: ActivityHit[];
}

const checked = (on: boolean) => (on ? raw(' checked') : '');
const isOn = (v: string | undefined) => v === 'true' || v === 'on' || v === '1';

export function questionnairePage(ctx: PageContext, view: CatalogueView, st: QuestionnaireState): SafeHtml {
  const { locale } = ctx;
  const t = roadmapMessages(locale);
  const a = st.answers;
  const err = new Map(st.errors.map((e) => [e.field, e.message]));
  const label = fieldLabels(locale);
  const described = (name: string, hint?: boolean) => {
    const ids = [hint ? `${name}-hint` : '', err.has(name) ? `${name}-error` : ''].filter(Boolean).join(' ');
    return ids ? raw(` aria-describedby="${ids}"`) : '';
  };
  const invalid = (name: string) => (err.has(name) ? raw(' aria-invalid="true"') : '');
  const errorText = (name: string) => (err.has(name) ? html`<p class="field-error" id="${name}-error">${label[name] ?? name} ${translate(locale, err.get(name)!)}</p>` : '');
  const text = (name: string, lbl: string, opts: { type?: string; hint?: string; inputmode?: string } = {}) => html`<div class="field${err.has(name) ? ' has-error' : ''}">
<label for="q-${name}">${lbl}</label>${opts.hint ? html`<p class="hint" id="${name}-hint">${opts.hint}</p>` : ''}${errorText(name)}
<input id="q-${name}" name="${name}" type="${opts.type ?? 'text'}"${opts.inputmode ? raw(` inputmode="${opts.inputmode}"`) : ''} value="${a[name] ?? ''}"${described(name, Boolean(opts.hint))}${invalid(name)}></div>`;
  // A sector that pre-answers a question for its industry (sector presets, issue 10 item 4) checks it on
  // a fresh form for one of its classes — never over an answer given ("change answers" or a submission).
  const presets = !a.go && !a.answered && a.scian ? presetsFor(view, a.scian) : new Map<string, { es: string; en: string }>();
  const box = (name: string, lbl: string) => {
    const preset = presets.get(name);
    return html`<div class="check"><input id="q-${name}" type="checkbox" name="${name}" value="true"${checked(isOn(a[name]) || preset !== undefined)}${preset ? raw(` aria-describedby="${name}-preset"`) : ''}><label for="q-${name}">${lbl}</label>${preset ? html`<p class="hint" id="${name}-preset">${t.plan.presetNote(preset[locale])}</p>` : ''}</div>`;
  };
  const radios = <K extends string>(name: string, legend: string, values: readonly K[], labels: Record<K, string>, dflt: K, hint?: string) => html`<fieldset class="radios"><legend>${legend}</legend>${hint ? html`<p class="hint">${hint}</p>` : ''}${errorText(name)}
${values.map((v) => html`<div class="check"><input id="q-${name}-${v}" type="radio" name="${name}" value="${v}"${checked((a[name] ?? dflt) === v)}><label for="q-${name}-${v}">${labels[v]}</label></div>`)}</fieldset>`;

  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
${st.errors.length
  ? html`<div class="error-summary" role="alert" tabindex="-1"><h2>${t.errorSummary}</h2><ul>${st.errors.map(
      (e) => html`<li><a href="#q-${e.field.split(',')[0]}">${label[e.field] ?? e.field} ${translate(locale, e.message)}</a></li>`,
    )}</ul></div>`
  : ''}
<form class="questionnaire" method="get" action="${pathFor({ page: 'roadmap' }, locale)}" novalidate>
<fieldset><legend>${t.activity.legend}</legend>
${text('scian', t.activity.scian, { hint: t.activity.scianHint, inputmode: 'numeric' })}
${st.activities
  ? st.activities.length
    ? html`<fieldset class="radios"><legend>${t.activity.results(st.activities.length)}</legend>${st.activities.map(
        (h) => html`<div class="check"><input id="q-act-${h.code}" type="radio" name="scian" value="${h.code}"${checked(a.scian === h.code)}><label for="q-act-${h.code}">${scianLabelHtml(h.code, locale)}</label></div>`,
      )}</fieldset>`
    : html`<p class="field-error">${t.activity.none}</p>`
  : ''}
${text('activity', t.activity.words, { hint: t.activity.wordsHint })}
<div class="field"><label for="q-sector">${t.activity.sector}</label>
<select id="q-sector" name="sector"><option value="">—</option>${view.sectorList().map((s) => html`<option value="${s.slug}"${a.sector === s.slug ? raw(' selected') : ''}>${s.title[locale]}</option>`)}</select></div>
<button class="button secondary" type="submit" name="find" value="1">${t.activity.find}</button>
</fieldset>
<fieldset><legend>${t.place.legend}</legend>
<div class="field${err.has('state') ? ' has-error' : ''}"><label for="q-state">${t.place.state}</label>${errorText('state')}
<select id="q-state" name="state"${described('state')}${invalid('state')}><option value="">${t.place.choose}</option>${[...view.states.values()].map((s) => html`<option value="${s.code}"${a.state === s.code ? raw(' selected') : ''}>${s.name}</option>`)}</select></div>
${text('municipality', t.place.municipality)}
</fieldset>
<fieldset><legend>${t.ownership.legend}</legend>
${text('foreignPct', t.ownership.foreignPct, { inputmode: 'decimal' })}
${radios('entry', t.ownership.entry, ENTRIES, t.ownership.entries, 'new-company')}
${text('acquisitionAssetsMXN', t.ownership.assets, { hint: t.ownership.assetsHint, inputmode: 'numeric' })}
</fieldset>
<fieldset><legend>${t.people.legend}</legend>
${text('employees', t.people.employees, { inputmode: 'numeric' })}
${text('foreignStaff', t.people.foreignStaff, { inputmode: 'numeric' })}
</fieldset>
<fieldset><legend>${t.trade.legend}</legend>
${box('imports', t.trade.imports)}${box('exports', t.trade.exports)}${box('temporaryImports', t.trade.temporaryImports)}
</fieldset>
<fieldset><legend>${t.site.legend}</legend>
${radios('facility', t.site.facility, FACILITIES, t.site.facilities, 'none')}
${box('restrictedZone', t.site.restrictedZone)}
${radios('risk', t.site.risk, RISKS, t.site.risks, 'unknown', t.site.riskHint)}
${text('startDate', t.site.startDate, { type: 'date', hint: t.site.startDateHint })}
</fieldset>
<fieldset><legend>${t.regulated.legend}</legend>
${box('healthProducts', t.regulated.healthProducts)}
${text('powerMW', t.regulated.powerMW, { inputmode: 'decimal' })}
${box('federalEnvironmentalWorks', t.regulated.federalEnvironmentalWorks)}${box('federalEmissionSource', t.regulated.federalEmissionSource)}
${box('waterUse', t.regulated.waterUse)}${box('specialisedServices', t.regulated.specialisedServices)}
</fieldset>
<fieldset><legend>${t.size.legend}</legend>
${text('projectUSD', t.size.projectUSD, { inputmode: 'numeric' })}
</fieldset>
<button class="button" type="submit" name="go" value="1">${t.submit}</button>
</form>`;
  // The language toggle keeps what was typed (issue 13, item 4): the answers travel in its query.
  const keep = new URLSearchParams();
  for (const k of [...PROFILE_FIELDS, 'activity', 'sector', 'answered']) if (a[k]) keep.set(k, a[k]!);
  return layout(ctx, { title: t.title, description: t.lead, ref: { page: 'roadmap' }, body, ...(keep.size ? { query: keep.toString() } : {}) });
}

/** The questions the sector guides of a SCIAN class pre-answer "yes", with the sector's title. */
function presetsFor(view: CatalogueView, scian: string): Map<string, { es: string; en: string }> {
  const out = new Map<string, { es: string; en: string }>();
  for (const s of view.sectors.values()) {
    if (!s.scian.includes(scian)) continue;
    for (const p of s.presets) if (!p.scianIn.length || p.scianIn.some((x) => scian.startsWith(x))) out.set(p.fact, s.title);
  }
  return out;
}

/** Field labels as the visitor saw them, for error messages. */
export function fieldLabels(locale: PageContext['locale']): Record<string, string> {
  const t = roadmapMessages(locale);
  return {
    scian: t.activity.scian, state: t.place.state, municipality: t.place.municipality, foreignPct: t.ownership.foreignPct,
    entry: t.ownership.entry, acquisitionAssetsMXN: t.ownership.assets, employees: t.people.employees, foreignStaff: t.people.foreignStaff,
    powerMW: t.regulated.powerMW, projectUSD: t.size.projectUSD, facility: t.site.facility, risk: t.site.risk, startDate: t.site.startDate,
    imports: t.trade.imports, exports: t.trade.exports, temporaryImports: t.trade.temporaryImports, restrictedZone: t.site.restrictedZone,
    healthProducts: t.regulated.healthProducts, federalEnvironmentalWorks: t.regulated.federalEnvironmentalWorks,
    federalEmissionSource: t.regulated.federalEmissionSource, waterUse: t.regulated.waterUse, specialisedServices: t.regulated.specialisedServices,
  };
}

/** Validation messages are stable English phrases from the schema; the page shows them in its language. */
const ES: Record<string, string> = {
  required: 'es obligatorio',
  'choose your activity from the list': 'elija su actividad en la lista',
  'must be a six-digit SCIAN 2023 class': 'debe ser una clase SCIAN 2023 de seis dígitos',
  'is not a SCIAN 2023 class': 'no es una clase SCIAN 2023',
  'must be an INEGI state code 01–32': 'debe ser un estado válido',
  'must be a number': 'debe ser un número',
  'must be 0 or more': 'debe ser 0 o mayor',
  'must be a whole number': 'debe ser un número entero',
  'cannot exceed the number of employees': 'no puede ser mayor que el número de empleados',
  'must be at most 120 characters': 'debe tener como máximo 120 caracteres',
  'is not one of the options': 'no es una de las opciones',
  'must be true or false': 'debe ser sí o no',
  'must be a number between 0 and 100': 'debe ser un número entre 0 y 100',
  'unknown field': 'no es un campo conocido',
  'must be a real date, YYYY-MM-DD': 'debe ser una fecha real, AAAA-MM-DD',
  'must be INEGI state codes 01–32': 'deben ser estados válidos',
  'must list 2 to 4 different states': 'deben ser de 2 a 4 estados distintos',
};
export function translate(locale: PageContext['locale'], message: string): string {
  if (locale === 'en') return message;
  const m = /^must be at most (\d+)$/.exec(message);
  if (m) return `debe ser como máximo ${m[1]}`;
  return ES[message] ?? message;
}

