/**
 * "Chat with an advisor", in the same place on every public page (issue 12, item 1). Without
 * JavaScript it is a link to the desk's quick forms; with it (src/web/assets/chat.ts) it opens a
 * panel built from the template below — every word server-rendered in the page's language, so the
 * script carries no strings of its own. The panel is a non-modal dialog: keyboard reachable,
 * Escape hides it, new messages are announced through a polite live region.
 */
import { html, type SafeHtml } from '../../web/html.ts';
import { pathFor, type Locale } from '../../i18n/locale.ts';
import { messages } from '../../i18n/messages.ts';
import { askBox } from '../../assistant/web/views/ask-box.ts';

export function chatEntry(locale: Locale): SafeHtml {
  const t = messages(locale).chat;
  return html`<a class="chat-open" href="${pathFor({ page: 'desk' }, locale)}" data-module="chat" data-locale="${locale}">${t.entry}</a>`;
}

export function chatTemplate(locale: Locale): SafeHtml {
  const t = messages(locale).chat;
  return html`<template id="chat-template">
<section class="chat-panel" role="dialog" aria-modal="false" aria-labelledby="chat-title">
  <div class="chat-head"><h2 id="chat-title">${t.title}</h2><button type="button" class="chat-hide" aria-label="${t.close}">×</button></div>
  <form class="chat-start" novalidate>
    <p class="small">${t.intro}</p>
    <p class="chat-carried small" data-text="${t.carried}" hidden></p>
    <fieldset><legend>${t.topic}</legend>
      <div class="check"><input type="radio" id="chat-topic-q" name="chat_topic" value="question" checked><label for="chat-topic-q">${t.topicQuestion}</label></div>
      <div class="check"><input type="radio" id="chat-topic-o" name="chat_topic" value="orientation"><label for="chat-topic-o">${t.topicOrientation}</label></div>
    </fieldset>
    <label for="chat-state">${t.state}</label>
    <select id="chat-state" name="chat_state"><option value="">${t.anyState}</option></select>
    <label for="chat-email">${t.email}</label>
    <input id="chat-email" name="chat_email" type="email" autocomplete="email" maxlength="254">
    <div class="check"><input type="checkbox" id="chat-consent" name="chat_consent" value="yes"><label for="chat-consent">${t.consent}</label></div>
    <p class="small"><a href="${pathFor({ page: 'privacy' }, locale)}" target="_blank" rel="noopener">${t.privacy}</a></p>
    <p class="chat-error" role="alert" hidden></p>
    <button type="submit" class="button">${t.start}</button>
  </form>
  <div class="chat-conversation" hidden>
    <p class="chat-status" role="status"></p>
    <p class="chat-typing small" role="status"></p>
    <div class="chat-ask" hidden>${askBox(locale, { id: 'chat-ask', heading: 'h3' })}</div>
    <h3 class="visually-hidden" id="chat-log-title">${t.log}</h3>
    <ol class="chat-log" aria-labelledby="chat-log-title" aria-live="polite" aria-relevant="additions"></ol>
    <div class="chat-idle" role="alert" hidden><p>${t.idle}</p><button type="button" class="button chat-stay">${t.stay}</button></div>
    <form class="chat-compose" novalidate>
      <label for="chat-text">${t.message}</label>
      <textarea id="chat-text" name="chat_body" rows="3" maxlength="2000" required></textarea>
      <div class="chat-actions"><button type="submit" class="button">${t.send}</button><button type="button" class="button secondary chat-end">${t.end}</button></div>
    </form>
  </div>
  <div class="chat-after" hidden>
    <form class="chat-rate" novalidate>
      <h3>${t.rateTitle}</h3>
      <fieldset><legend>${t.rateLegend}</legend><div class="chat-stars">${[1, 2, 3, 4, 5].map((n) => html`<span class="check"><input type="radio" id="chat-rate-${n}" name="chat_score" value="${n}"><label for="chat-rate-${n}">${n}</label></span>`)}</div></fieldset>
      <label for="chat-comment">${t.rateComment}</label>
      <textarea id="chat-comment" name="chat_comment" rows="2" maxlength="1000"></textarea>
      <button type="submit" class="button">${t.rateSend}</button>
    </form>
    <p class="chat-thanks" role="status" hidden>${t.thanks}</p>
    <label for="chat-transcript-email">${t.email}</label>
    <input id="chat-transcript-email" type="email" autocomplete="email" maxlength="254">
    <button type="button" class="button secondary chat-transcript">${t.transcript}</button>
    <p class="chat-transcript-done" role="status" hidden>${t.transcriptSent}</p>
  </div>
  <div hidden class="chat-strings" data-you="${t.you}" data-advisor="${t.advisor}" data-notice="${t.notice}" data-sending="${t.sending}" data-not-sent="${t.notSent}"
    data-queue="${t.queue}" data-taken="${t.taken}" data-closed="${t.closedNote}" data-offline="${t.offline}" data-folio="${t.folio}" data-track="${t.track}"
     data-typing="${t.typing}" data-nobody="${t.nobody}" data-estimate="${t.estimate}" data-waiting-offline="${t.waitingOffline}"
    data-reconnecting="${t.reconnecting}" data-starting="${t.starting}" data-error="${t.error}" data-consent="${t.consentRequired}"></div>
</section>
</template>`;
}
