/** "Can I invest in …?": the legal check alone, by activity (GET form; works without JavaScript). */
import { html, raw, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { FdiResult } from '../../legal/check.ts';
import type { ActivityHit } from '../activity-search.ts';
import { roadmapMessages } from '../messages.ts';
import { fdiBlock } from './fdi-block.ts';
import { translate, type Answers } from './questionnaire.ts';
import type { FieldError } from '../validate.ts';
import { SCIAN_ENGLISH_NOTE, scianLabelHtml } from '../../catalogue/scian.ts';

export function fdiPage(ctx: PageContext, a: Answers, errors: FieldError[], hits: ActivityHit[] | undefined, result: FdiResult | undefined): SafeHtml {
  const { locale } = ctx;
  const t = roadmapMessages(locale);
  const err = new Map(errors.map((e) => [e.field, e.message]));
  const field = (name: string, label: string, hint?: string) => html`<div class="field${err.has(name) ? ' has-error' : ''}"><label for="c-${name}">${label}</label>
${hint ? html`<p class="hint" id="c-${name}-hint">${hint}</p>` : ''}${err.has(name) ? html`<p class="field-error" id="c-${name}-error">${label} ${translate(locale, err.get(name)!)}</p>` : ''}
<input id="c-${name}" name="${name}" value="${a[name] ?? ''}"${err.has(name) ? raw(` aria-invalid="true" aria-describedby="c-${name}-error"`) : ''}></div>`;
  const body = html`<h1>${t.fdi.title}</h1><p class="lead">${t.fdi.lead}</p>
${errors.length ? html`<div class="error-summary" role="alert"><h2>${t.errorSummary}</h2><ul>${errors.map((e) => html`<li><a href="#c-${e.field}">${e.field === 'pct' ? t.fdi.pct : t.activity.scian} ${translate(locale, e.message)}</a></li>`)}</ul></div>` : ''}
<form class="questionnaire" method="get" action="${pathFor({ page: 'canInvest' }, locale)}" novalidate>
${field('scian', t.activity.scian, t.activity.scianHint)}
${hits
  ? hits.length
    ? html`<fieldset class="radios"><legend>${t.activity.results(hits.length)}</legend>${hits.map(
        (h) => html`<div class="check"><input id="c-act-${h.code}" type="radio" name="scian" value="${h.code}"${a.scian === h.code ? raw(' checked') : ''}><label for="c-act-${h.code}">${scianLabelHtml(h.code, locale)}</label></div>`,
      )}</fieldset>`
    : html`<p class="field-error">${t.activity.none}</p>`
  : ''}
${field('activity', t.activity.words, t.activity.wordsHint)}
<button class="button secondary" type="submit" name="find" value="1">${t.activity.find}</button>
${field('pct', t.fdi.pct)}
<button class="button" type="submit" name="go" value="1">${t.fdi.check}</button>
</form>
${result ? html`<section aria-labelledby="fdi-result-h"><h2 id="fdi-result-h">${scianLabelHtml(result.scian, locale)} · ${result.foreignPct} %</h2>${fdiBlock(locale, result)}</section>` : ''}
${locale === 'en' && (hits?.length || result) ? html`<p class="small">${SCIAN_ENGLISH_NOTE}</p>` : ''}`;
  return layout(ctx, { title: t.fdi.title, description: t.fdi.lead, ref: { page: 'canInvest' }, body });
}
