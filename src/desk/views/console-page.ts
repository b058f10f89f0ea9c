/**
 * The advisor's live-chat console (issue 12, item 3): their presence (online / away, how many chats
 * at once, languages), their open chats and the waiting chats they may take. Works as plain forms;
 * with JavaScript (src/web/assets/staff-chat.ts) it keeps the person present through the staff socket
 * and refreshes its lists when the queue changes.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import type { FormValues } from '../../accounts/forms.ts';
import { when as whenIso } from '../../accounts/views/components.ts';
import { csrfField, notice, staffLayout, type StaffView } from '../../accounts/views/layout.ts';
import type { CatalogueView } from '../../catalogue/read-model.ts';
import { problemSummary } from '../../editorial/views/fields.ts';
import { editorialMessages } from '../../editorial/locales/index.ts';
import { deskMessages } from '../locales/index.ts';
import type { Presence } from '../commands/availability.ts';
import type { DeskCase } from '../schema.ts';

export interface ConsoleModel {
  presence: Presence;
  mine: DeskCase[];
  queue: DeskCase[];
  values?: FormValues;
  errors?: Record<string, string>;
  notice?: string | undefined;
}

export function consolePage(v: StaffView, view: CatalogueView, o: ConsoleModel): SafeHtml {
  const t = deskMessages(v.locale);
  const s = t.console;
  const errors = o.errors ?? {};
  const problems = Object.entries(errors).map(([field, text]) => ({ field, text }));
  const val = (k: string, fallback: string) => String(o.values?.[k] ?? fallback);
  const langs = o.values ? [o.values.languages].flat().map(String) : o.presence.languages;
  const stateName = (c: DeskCase) => (c.stateCode ? (view.states.get(c.stateCode)?.name ?? c.stateCode) : '—');
  const when = (d: Date) => whenIso(d.toISOString(), v.locale);
  const err = (k: string) => (errors[k] ? html`<p class="error-message" id="${k}-error">${errors[k]}</p>` : '');
  return staffLayout(v, {
    title: s.title,
    current: 'desk',
    body: html`<h1>${s.title}</h1>
<p>${s.lead}</p>
${notice(o.notice)}
${problemSummary(editorialMessages(v.locale), problems)}
<p class="live-state small" role="status" data-module="staff-console" data-live="${s.live}" data-offline="${s.offline}"></p>
<h2>${s.presence}</h2>
<form method="post" action="/staff/desk/console/presence" novalidate>${csrfField(v)}
  <fieldset id="status"${errors.status ? html` aria-describedby="status-error"` : ''}><legend>${s.status}</legend>${err('status')}
    ${(['online', 'away'] as const).map((x) => html`<div class="check"><input type="radio" id="status-${x}" name="status" value="${x}"${val('status', o.presence.status) === x ? html` checked` : ''}><label for="status-${x}">${s[x]}</label></div>`)}
  </fieldset>
  <label for="maxChats">${s.maxChats}</label>${err('maxChats')}
  <input id="maxChats" name="maxChats" type="number" inputmode="numeric" min="1" max="10" value="${val('maxChats', String(o.presence.maxChats))}"${errors.maxChats ? html` aria-invalid="true" aria-describedby="maxChats-error"` : ''}>
  <fieldset id="languages"${errors.languages ? html` aria-describedby="languages-error"` : ''}><legend>${s.languages}</legend>${err('languages')}
    ${(['es', 'en'] as const).map((l) => html`<div class="check"><input type="checkbox" id="lang-${l}" name="languages" value="${l}"${langs.includes(l) ? html` checked` : ''}><label for="lang-${l}">${v.t.localeName[l]}</label></div>`)}
  </fieldset>
  <button type="submit" class="button">${s.save}</button>
</form>
<div id="console-lists">
<h2>${s.mine}</h2>
${o.mine.length
  ? html`<div class="table-wrap"><table><caption class="visually-hidden">${s.mine}</caption>
<thead><tr><th scope="col">${t.track.folio}</th><th scope="col">${t.staff.state}</th><th scope="col">${s.language}</th><th scope="col">${t.staff.status}</th><th scope="col">${s.lastLine}</th></tr></thead>
<tbody>${o.mine.map((c) => html`<tr><th scope="row"><a href="/staff/desk/${c.folio}">${c.folio}</a></th><td>${stateName(c)}</td><td>${v.t.localeName[c.locale]}</td><td>${t.statuses[c.status]}</td><td>${when(c.updatedAt)}</td></tr>`)}</tbody></table></div>`
  : html`<p>${s.noneMine}</p>`}
<h2>${s.queue}</h2>
${o.queue.length
  ? html`<div class="table-wrap"><table><caption class="visually-hidden">${s.queue}</caption>
<thead><tr><th scope="col">${t.track.folio}</th><th scope="col">${t.staff.state}</th><th scope="col">${s.language}</th><th scope="col">${s.waitingSince}</th><th scope="col"><span class="visually-hidden">${s.take}</span></th></tr></thead>
<tbody>${o.queue.map((c) => html`<tr><th scope="row"><a href="/staff/desk/${c.folio}">${c.folio}</a></th><td>${stateName(c)}</td><td>${v.t.localeName[c.locale]}</td><td>${when(c.createdAt)}</td>
<td><form method="post" action="/staff/desk/${c.folio}/take" class="inline-form">${csrfField(v)}<button type="submit" class="button secondary" aria-label="${s.take} ${c.folio}">${s.take}</button></form></td></tr>`)}</tbody></table></div>`
  : html`<p>${s.noneQueue}</p>`}
</div>`,
  });
}
