/**
 * The answer page (/es/asistente?q=…, /en/assistant?q=…): the short answer, then each fact with its
 * citation (procedure and step, law and article, "verified on"), unconfirmed facts marked; a box for
 * the follow-up that carries the context; and, when the assistant hands over, a polite word and the
 * "Ask a person" form, which starts a desk case with the question and the assistant's attempt.
 * A normal indexable page with its canonical address (the question is in it), in the site's layout.
 */
import { html, raw, type SafeHtml } from '../../../web/html.ts';
import { layout, type PageContext } from '../../../web/layout.ts';
import { pathFor, type Locale } from '../../../i18n/locale.ts';
import type { CatalogueView } from '../../../catalogue/read-model.ts';
import { MESSAGE_MAX } from '../../../desk/schema.ts';
import type { Answer, Citation } from '../../schema.ts';
import { assistantUiMessages } from '../locales/index.ts';
import { CONTEXT_FIELD, CONTEXT_KEYS, personPath } from '../links.ts';
import { askBox } from './ask-box.ts';

export interface HandoffForm {
  csrf: string;
  key: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string | undefined;
}

export interface AnswerPageState {
  q?: string | undefined;
  answer?: Answer | undefined;
  /** The question's own error (400): shown at the box. */
  error?: string | undefined;
  handoff?: HandoffForm | undefined;
}

/** The words of a citation's link: the procedure's name and step, or the law and article, else the address. */
export function citationLabel(locale: Locale, view: CatalogueView, c: Citation): string {
  const t = assistantUiMessages(locale).page;
  const parts: string[] = [];
  const p = c.procedureId ? view.procedure(c.procedureId) : undefined;
  if (p) parts.push(p.title[locale]);
  if (c.step) parts.push(t.step(c.step));
  if (c.law) parts.push(view.laws.get(c.law)?.acronym ?? c.law);
  if (c.article) parts.push(t.article(c.article));
  return parts.length ? parts.join(', ') : c.url;
}

export function answerPage(ctx: PageContext, view: CatalogueView, s: AnswerPageState): SafeHtml {
  const { locale } = ctx;
  const t = assistantUiMessages(locale);
  const a = s.answer;
  const title = s.q && a ? t.page.titleFor(s.q) : t.page.title;
  const body = html`<h1>${title}</h1>
${a ? answerBlock(locale, view, s.q!, a) : html`<p class="lead">${t.page.lead}</p>`}
${a?.handoff ? handoffBlock(locale, a, s.handoff) : ''}
${askBox(locale, { id: 'ask-page', context: a && !a.handoff ? a.context : undefined, heading: a ? 'h2' : null, error: s.error, value: s.error ? s.q : '' })}
${a && !a.handoff ? html`<p>${t.page.deskNote} <a href="${pathFor({ page: 'desk' }, locale)}">${t.handoff.formTitle}</a></p>` : ''}`;
  // An answered question is its own page (canonical with the question, shareable). A refused one is
  // typed text the catalogue does not back: its canonical is the assistant's page. Either way a page
  // that echoes typed words asks not to be indexed, as search result pages do (ADR 031, ADR 029).
  const asked = s.q && a ? new URLSearchParams({ q: s.q }).toString() : '';
  const query = a && !a.handoff ? asked : '';
  return layout(ctx, {
    title,
    // The answer itself is the best description of the page; the general one otherwise.
    description: a && a.answer ? a.answer.slice(0, 300) : t.page.description,
    ref: { page: 'assistant' },
    query,
    toggleQuery: query ? undefined : asked || undefined,
    head: s.q ? html`<meta name="robots" content="noindex, follow">` : '',
    body,
  });
}

function answerBlock(locale: Locale, view: CatalogueView, q: string, a: Answer): SafeHtml {
  const t = assistantUiMessages(locale).page;
  return html`<section class="assistant-answer" aria-labelledby="answer-h">
<p class="small muted">${t.question}: <q>${q}</q></p>
<h2 id="answer-h">${t.answer}</h2>
<p class="lead">${a.answer}</p>
${a.facts.length
  ? html`<h3>${t.facts}</h3><ol class="assistant-facts">${a.facts.map(
      (f) => html`<li${f.unconfirmed ? raw(' class="unconfirmed"') : ''}>${f.unconfirmed ? html`<span class="tag">${t.unconfirmed}</span> ` : ''}${f.text}
  <span class="citation small">${t.source}: <a href="${f.citation.url}"${f.citation.procedureId ? html` data-procedure="${f.citation.procedureId}"` : ''}>${citationLabel(locale, view, f.citation)}</a>${f.citation.verifiedOn ? html` · ${t.verifiedOn(f.citation.verifiedOn)}` : ''}</span>
  ${f.unconfirmed ? html`<span class="small muted"> ${t.unconfirmedNote}</span>` : ''}</li>`,
    )}</ol>`
  : a.handoff ? '' : html`<p>${t.noFacts}</p>`}
</section>`;
}

function handoffBlock(locale: Locale, a: Answer, f: HandoffForm | undefined): SafeHtml {
  const t = assistantUiMessages(locale);
  const h = t.handoff;
  const e = f?.errors ?? {};
  const v = f?.values ?? {};
  const id = (n: string) => `handoff-${n}`;
  const err = (n: string) => (e[n] ? html`<p class="field-error" id="${id(n)}-error">${e[n]}</p>` : '');
  const aria = (n: string, hint = false) => raw(`${e[n] ? ' aria-invalid="true"' : ''}${e[n] || hint ? ` aria-describedby="${[hint ? `${id(n)}-hint` : '', e[n] ? `${id(n)}-error` : ''].filter(Boolean).join(' ')}"` : ''}`);
  const summary = Object.keys(e).length || f?.formError
    ? html`<div class="error-summary" role="alert" aria-labelledby="handoff-errors-h"><h3 id="handoff-errors-h">${t.errors.summary}</h3>
${f?.formError ? html`<p>${f.formError}</p>` : ''}<ul>${Object.entries(e).map(([n, text]) => html`<li><a href="#${id(n)}">${text}</a></li>`)}</ul></div>`
    : '';
  return html`<section class="assistant-handoff card" aria-labelledby="handoff-h">
<h2 id="handoff-h">${h.title}</h2>
<p>${h.reasons[a.handoff!.reason]}</p>
<p>${h.offer}</p>
${f
  ? html`<h3 id="handoff-form-h">${h.formTitle}</h3>${summary}
<form method="post" action="${personPath(locale)}" novalidate aria-labelledby="handoff-form-h">
  <input type="hidden" name="_csrf" value="${f.csrf}">
  <input type="hidden" name="key" value="${f.key}">
  <input type="hidden" name="asked" value="${v.asked ?? a.handoff!.question}">
  ${CONTEXT_KEYS.map((k) => html`<input type="hidden" name="${CONTEXT_FIELD(k)}" value="${v[CONTEXT_FIELD(k)] ?? ''}">`)}
  <div class="field${e.message ? ' has-error' : ''}"><label for="${id('message')}">${h.message}</label>${err('message')}
    <textarea id="${id('message')}" name="message" rows="4" maxlength="${MESSAGE_MAX}"${aria('message')}>${v.message ?? a.handoff!.question}</textarea></div>
  <div class="field${e.name ? ' has-error' : ''}"><label for="${id('name')}">${h.name}</label>${err('name')}
    <input id="${id('name')}" name="name" type="text" autocomplete="name" maxlength="120" value="${v.name ?? ''}"${aria('name')}></div>
  <div class="field${e.email ? ' has-error' : ''}"><label for="${id('email')}">${h.email}</label><p class="hint" id="${id('email')}-hint">${h.emailHint}</p>${err('email')}
    <input id="${id('email')}" name="email" type="email" autocomplete="email" maxlength="254" value="${v.email ?? ''}"${aria('email', true)}></div>
  <div class="hp" aria-hidden="true"><label for="${id('website')}">${h.honeypot}</label><input id="${id('website')}" name="website" type="text" tabindex="-1" autocomplete="off"></div>
  <div class="check${e.consent ? ' has-error' : ''}">${err('consent')}<input id="${id('consent')}" type="checkbox" name="consent" value="yes"${v.consent === 'yes' ? raw(' checked') : ''}${aria('consent')}><label for="${id('consent')}">${h.consent}</label></div>
  <p class="small"><a href="${pathFor({ page: 'privacy' }, locale)}">${h.privacy}</a></p>
  <button type="submit" class="button">${h.send}</button>
</form>`
  : ''}
<p><a href="${pathFor({ page: 'desk' }, locale)}" data-module="chat" data-locale="${locale}" data-ask="${a.handoff!.question}">${h.chat}</a></p>
</section>`;
}

/** Too many questions from one connection (429), in the site's layout. */
export function assistantLimitedPage(ctx: PageContext): SafeHtml {
  const t = assistantUiMessages(ctx.locale).errors;
  return layout(ctx, { title: t.limitedTitle, description: t.limited, body: html`<h1>${t.limitedTitle}</h1><p>${t.limited}</p>` });
}
