/** The legal check rendered: status, maximum share, articles with their wording dates, neutral investment, RNIE. */
import { html, type SafeHtml } from '../../web/html.ts';
import { formatDate } from '../../i18n/messages.ts';
import type { Locale } from '../../i18n/locale.ts';
import { unverifiedBadge } from '../../catalogue/views/parts.ts';
import type { FdiResult } from '../../legal/check.ts';
import { roadmapMessages } from '../messages.ts';

export function fdiBlock(locale: Locale, r: FdiResult): SafeHtml {
  const t = roadmapMessages(locale).fdi;
  const max = r.status === 'approval-required' || (r.status === 'allowed' && r.matchedRules.length) ? t.maxWithApproval : t.max(r.maxForeignPct);
  return html`<div class="fdi fdi-${r.status}">
<p class="fdi-status"><strong>${t.status[r.status]}</strong> — ${max}</p>
<p>${r.permitted ? t.permitted : t.notPermitted}</p>
${r.matchedRules.length
  ? html`<h3>${t.activities}</h3><ul>${r.matchedRules.map((m) => html`<li>${m.activity[locale]}${m.partial ? html` <span class="small">(${m.partial[locale]})</span>` : ''}${unverifiedBadge(locale, m.unverified)}</li>`)}</ul>`
  : ''}
${r.rnie.required ? html`<p>${t.rnie(r.rnie.deadlineBusinessDays)}</p>` : ''}
${r.neutralInvestment.available ? html`<p><strong>${t.neutral}:</strong> ${r.neutralInvestment.text[locale]}</p>` : ''}
<h3>${t.articles}</h3>
<ul>${r.articles.map(
    (a) => html`<li><strong>LIE ${locale === 'es' ? 'art.' : 'art.'} ${a.article}${a.fraction ? `, ${locale === 'es' ? 'fr.' : 'fr.'} ${a.fraction}` : ''}</strong> (${t.reformed(formatDate(a.reformedOn, locale))}): ${a.text[locale]}${unverifiedBadge(locale, a.unverified)}</li>`,
  )}</ul>
${r.notes.map((n) => html`<p class="small">${n[locale]}</p>`)}
</div>`;
}
