/** About, privacy notice and accessibility statement: what the site is and how it treats people. */
import { html, type SafeHtml } from '../../web/html.ts';
import { layout, type PageContext } from '../../web/layout.ts';
import { formatDate } from '../../i18n/messages.ts';
import { pathFor } from '../../i18n/locale.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { siteMessages } from '../locales/index.ts';

export interface Operator {
  name?: string | undefined;
  email?: string | undefined;
  /** DESK_RETENTION_DAYS: how long personal data of closed requests is kept (the privacy notice says it). */
  retentionDays?: number | undefined;
}

/** When the privacy notice and the accessibility statement last changed (shown on the pages). */
export const NOTICES_UPDATED = '2026-12-04';

function contactSection(ctx: PageContext, operator: Operator): SafeHtml {
  const t = siteMessages(ctx.locale).contact;
  return html`<h2>${t.heading}</h2><p>${operator.email ? html`${t.writeTo} <a href="mailto:${operator.email}">${operator.email}</a>.` : t.none}</p>`;
}

export function aboutPage(ctx: PageContext, view: CatalogueView, operator: Operator): SafeHtml {
  const { locale } = ctx;
  const t = siteMessages(locale).about;
  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<h2>${t.operatorHeading}</h2>
<p>${operator.name ? t.operator(operator.name) : t.operatorUnset}</p>
<h2>${t.coverageHeading}</h2>
<p>${t.coverage(view.procedures.length, view.sectors.size, view.states.size)}</p>
<h2>${t.sourcesHeading}</h2>
<p>${t.sources}</p>
<p class="caveats">${t.notAdvice}</p>
<h2>${t.correctHeading}</h2>
<p>${t.correct} <a href="${pathFor({ page: 'changes' }, locale)}">${t.changesLink}</a></p>
<h2>${t.openHeading}</h2>
<p>${t.open}</p>
${contactSection(ctx, operator)}`;
  return layout(ctx, { title: t.title, description: t.description, ref: { page: 'about' }, body });
}

export function privacyPage(ctx: PageContext, operator: Operator): SafeHtml {
  const { locale } = ctx;
  const t = siteMessages(locale).privacy;
  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<h2>${t.browsingHeading}</h2><p>${t.browsing}</p>
<h2>${t.reportsHeading}</h2><p>${t.reports}</p>
<h2>${t.deskHeading}</h2><p>${t.desk(operator.retentionDays ?? 365)}</p>
<h2>${t.staffHeading}</h2><p>${t.staff}</p>
<h2>${t.rightsHeading}</h2><p>${t.rights}</p>
<p>${t.noSale}</p>
${contactSection(ctx, operator)}
<p class="muted">${t.updated}: <time datetime="${NOTICES_UPDATED}">${formatDate(NOTICES_UPDATED, locale)}</time></p>`;
  return layout(ctx, { title: t.title, description: t.description, ref: { page: 'privacy' }, body });
}

export function accessibilityPage(ctx: PageContext, operator: Operator): SafeHtml {
  const { locale } = ctx;
  const t = siteMessages(locale).accessibility;
  const body = html`<h1>${t.title}</h1>
<p class="lead">${t.lead}</p>
<h2>${t.targetHeading}</h2><p>${t.target}</p>
<h2>${t.howHeading}</h2><ul>${t.how.map((h) => html`<li>${h}</li>`)}</ul>
<h2>${t.limitsHeading}</h2><p>${t.limits}</p>
<h2>${t.reportHeading}</h2><p>${t.report}</p>
${contactSection(ctx, operator)}
<p class="muted">${t.updated}: <time datetime="${NOTICES_UPDATED}">${formatDate(NOTICES_UPDATED, locale)}</time></p>`;
  return layout(ctx, { title: t.title, description: t.description, ref: { page: 'accessibility' }, body });
}
