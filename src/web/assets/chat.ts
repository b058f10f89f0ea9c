/**
 * The chat panel (issue 12): an enhancement of the "Chat with an advisor" link, which without this
 * script leads to the desk's quick forms. Follows docs/chat-protocol.md: each message gets its own
 * id and stays in an outbox until acknowledged; the log shows each sequence number once; after a
 * cut the client says hello with the last number it showed and resends what was not acknowledged.
 * WebSocket first; after two failed openings, long polling over HTTP. The conversation survives
 * navigating to another page of the site (sessionStorage). Every string comes from the page.
 */
import { ask } from './ask.ts';

interface Saved { id: string; token: string; lastSeq: number; outbox: { clientId: string; body: string }[]; ended?: boolean; trackingUrl?: string; offline?: boolean }
interface Wire { seq: number; from: 'investor' | 'staff' | 'system'; author: string | null; clientId: string | null; text: string }

const KEY = 'vt-chat';
const IDLE_MS = 10 * 60_000;
const IDLE_GRACE_MS = 2 * 60_000;

const load = (): Saved | null => {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Saved | null;
  } catch {
    return null;
  }
};
const save = (s: Saved | null) => (s ? sessionStorage.setItem(KEY, JSON.stringify(s)) : sessionStorage.removeItem(KEY));
const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`);

/** One panel per page, whichever link opens it (the header's, or an assistant handoff's). */
let shared: ((focus: boolean, from: HTMLElement) => void) | null = null;

export function chat(link: HTMLElement): void {
  const template = document.getElementById('chat-template') as HTMLTemplateElement | null;
  if (!template) return;
  link.addEventListener('click', (e) => {
    e.preventDefault();
    (shared ??= panelFor(template, link))(true, link);
  });
  // A conversation in progress on another page of the site: reopen it here.
  if (!shared && load()) (shared = panelFor(template, link))(false, link);
}

function panelFor(template: HTMLTemplateElement, first: HTMLElement): (focus: boolean, from: HTMLElement) => void {
  const locale = first.dataset.locale === 'en' ? 'en' : 'es';
  let panel: HTMLElement | null = null;
  let opener = first;
  // The question the visitor put to the assistant, when the chat is opened from its handoff: sent with
  // the start so the advisor sees it with the assistant's attempt (the server recomputes that).
  let carried: string | null = null;
  return open;

  function open(focus: boolean, from: HTMLElement): void {
    opener = from;
    if (!panel) panel = build();
    carried = from.dataset.ask ?? null;
    const note = panel.querySelector<HTMLElement>('.chat-carried')!;
    note.hidden = !carried;
    note.textContent = carried ? (note.dataset.text ?? '').replace('{q}', carried) : '';
    panel.hidden = false;
    document.documentElement.style.setProperty('--chat-h', `${panel.offsetHeight + 16}px`);
    document.documentElement.classList.add('chat-is-open');
    if (focus) (panel.querySelector<HTMLElement>('.chat-conversation:not([hidden]) textarea, .chat-start input, .chat-after button') ?? panel).focus();
  }

  function build(): HTMLElement {
    const root = (template!.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    document.body.append(root);
    const $ = <T extends HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
    const str = $('.chat-strings').dataset as Record<string, string>;
    const startForm = $<HTMLFormElement>('.chat-start');
    const conversation = $('.chat-conversation');
    const status = $('.chat-status');
    const log = $('.chat-log');
    const compose = $<HTMLFormElement>('.chat-compose');
    const text = $<HTMLTextAreaElement>('#chat-text');
    const after = $('.chat-after');
    const idle = $('.chat-idle');
    const error = $('.chat-error');
    let state = load();
    let ws: WebSocket | null = null;
    let wsFailures = 0;
    let polling = false;
    let backoff = 1000;
    let idleTimer = 0;
    let graceTimer = 0;

    const hide = () => {
      root.hidden = true;
      document.documentElement.classList.remove('chat-is-open');
      opener.focus();
    };
    $('.chat-hide').addEventListener('click', hide);
    root.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hide();
    });

    // States for the pre-chat form, from the open API (the page stays light without them).
    void fetch(`/api/v1/services?lang=${locale}`)
      .then((r) => r.json() as Promise<{ service_code: string; fields: { code: string; values?: { key: string; name: string }[] }[] }[]>)
      .then((services) => {
        const values = services.find((s) => s.service_code === 'meeting')?.fields.find((f) => f.code === 'state')?.values ?? [];
        const select = $<HTMLSelectElement>('#chat-state');
        for (const v of values) select.append(new Option(v.name, v.key));
      })
      .catch(() => {});

    const setStatus = (s: string) => (status.textContent = s);
    const typing = $('.chat-typing');
    let typingTimer = 0;
    let lastTyping = 0;
    // The assistant answers while nobody has the chat yet: in the queue, or out of hours (issue 16).
    const askArea = $('.chat-ask');
    const askForm = askArea.querySelector<HTMLElement>('.ask-box');
    if (askForm) ask(askForm);
    const describe = (st: string, queue: number) => {
      askArea.hidden = st !== 'received';
      if (st === 'closed') return str.closed!;
      if (st === 'received' && state?.offline) return str.waitingOffline!;
      if (queue > 0) return str.queue!.replace('{n}', String(queue));
      return str.taken!;
    };

    function show(m: Wire): void {
      if (!state || m.seq <= state.lastSeq) return; // each number once
      state.lastSeq = m.seq;
      if (m.clientId) state.outbox = state.outbox.filter((o) => o.clientId !== m.clientId);
      save(state);
      log.querySelector(`[data-pending="${CSS.escape(m.clientId ?? '')}"]`)?.remove();
      const li = document.createElement('li');
      li.className = `chat-msg from-${m.from}`;
      const who = document.createElement('strong');
      who.textContent = m.from === 'investor' ? str.you! : m.from === 'staff' ? (m.author ?? str.advisor!) : str.notice!;
      const body = document.createElement('span');
      body.textContent = m.text; // text, never markup
      li.append(who, ': ', body);
      log.append(li);
      li.scrollIntoView({ block: 'nearest' });
    }

    function pending(o: { clientId: string; body: string }, note: string): void {
      let li = log.querySelector<HTMLElement>(`[data-pending="${CSS.escape(o.clientId)}"]`);
      if (!li) {
        li = document.createElement('li');
        li.className = 'chat-msg from-investor pending';
        li.dataset.pending = o.clientId;
        log.append(li);
      }
      li.textContent = `${str.you}: ${o.body} (${note})`;
    }

    // ---- transport ----
    function connect(): void {
      if (!state || state.ended) return;
      if (wsFailures >= 2 || !('WebSocket' in window)) return void poll();
      const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/chat/socket`);
      ws = socket;
      let opened = false;
      socket.onopen = () => {
        opened = true;
        backoff = 1000;
        socket.send(JSON.stringify({ type: 'hello', id: state!.id, token: state!.token, after: state!.lastSeq }));
      };
      socket.onmessage = (ev) => {
        const f = JSON.parse(String(ev.data)) as { type: string } & Record<string, unknown>;
        if (f.type === 'ready') {
          setStatus(describe(String(f.status), Number(f.queuePosition)));
          flush();
        } else if (f.type === 'message') {
          show(f as unknown as Wire);
          if (f.from === 'staff') typing.textContent = '';
        } else if (f.type === 'typing') {
          typing.textContent = str.typing!;
          clearTimeout(typingTimer);
          typingTimer = window.setTimeout(() => (typing.textContent = ''), 4000);
        }
        else if (f.type === 'ack') {
          state!.outbox = state!.outbox.filter((o) => o.clientId !== f.clientId);
          save(state);
        } else if (f.type === 'status') {
          setStatus(describe(String(f.status), Number(f.queuePosition)));
          if (f.status === 'closed') finish();
        } else if (f.type === 'error') {
          state!.outbox = state!.outbox.filter((o) => o.clientId !== f.clientId);
          save(state);
          log.querySelector(`[data-pending="${CSS.escape(String(f.clientId ?? ''))}"]`)?.remove();
          setStatus(str.error!);
        }
      };
      socket.onclose = (ev) => {
        ws = null;
        if (!state || state.ended) return;
        if (ev.code === 4401) return void reset(); // the conversation is no longer ours
        if (!opened) wsFailures++;
        setStatus(str.reconnecting!);
        setTimeout(connect, backoff);
        backoff = Math.min(30_000, backoff * 2);
      };
    }

    async function poll(): Promise<void> {
      if (polling) return;
      polling = true;
      while (state && !state.ended) {
        try {
          await flush();
          const r = await fetch(`/api/v1/chat/conversations/${state.id}/messages?after=${state.lastSeq}&wait=25`, { headers: { authorization: `Bearer ${state.token}` } });
          if (r.status === 404) return reset();
          const body = (await r.json()) as { status: string; queuePosition: number; messages: Wire[] };
          body.messages.forEach(show);
          setStatus(describe(body.status, body.queuePosition));
          if (body.status === 'closed') finish();
          backoff = 1000;
        } catch {
          setStatus(str.reconnecting!);
          await new Promise((res) => setTimeout(res, backoff));
          backoff = Math.min(30_000, backoff * 2);
        }
      }
      polling = false;
    }

    async function flush(): Promise<void> {
      if (!state) return;
      for (const o of [...state.outbox]) {
        if (ws && ws.readyState === WebSocket.OPEN) {
          ws.send(JSON.stringify({ type: 'send', ...o }));
          continue;
        }
        try {
          const r = await fetch(`/api/v1/chat/conversations/${state.id}/messages`, {
            method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${state.token}` }, body: JSON.stringify(o),
          });
          if (r.ok || r.status === 409 || r.status === 400) {
            state.outbox = state.outbox.filter((x) => x.clientId !== o.clientId);
            save(state);
          }
        } catch {
          pending(o, str.notSent!);
          return;
        }
      }
    }

    // ---- views ----
    function converse(): void {
      startForm.hidden = true;
      conversation.hidden = false;
      for (const o of state?.outbox ?? []) pending(o, str.sending!);
      connect();
      armIdle();
    }
    function finish(): void {
      if (!state) return;
      state.ended = true;
      save(state);
      ws?.close(1000);
      conversation.querySelector('form')!.hidden = true;
      after.hidden = false;
      clearTimeout(idleTimer);
      clearTimeout(graceTimer);
    }
    function reset(): void {
      save((state = null));
      ws?.close(1000);
      conversation.hidden = true;
      after.hidden = true;
      startForm.hidden = false;
      log.textContent = '';
    }
    function armIdle(): void {
      clearTimeout(idleTimer);
      clearTimeout(graceTimer);
      idle.hidden = true;
      idleTimer = window.setTimeout(() => {
        idle.hidden = false;
        graceTimer = window.setTimeout(() => void end(), IDLE_GRACE_MS);
      }, IDLE_MS);
    }
    $('.chat-stay').addEventListener('click', () => {
      armIdle();
      text.focus();
    });

    async function end(): Promise<void> {
      if (!state) return;
      await fetch(`/api/v1/chat/conversations/${state.id}/close`, { method: 'POST', headers: { authorization: `Bearer ${state.token}` } }).catch(() => {});
      finish();
      ($('.chat-after input') as HTMLElement).focus();
    }
    $('.chat-end').addEventListener('click', () => void end());

    startForm.addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(startForm);
      if (!data.get('chat_consent')) {
        error.textContent = str.consent!;
        error.hidden = false;
        return;
      }
      error.hidden = true;
      setStatus(str.starting!);
      const payload: Record<string, unknown> = { topic: data.get('chat_topic'), locale, consent: true };
      if (data.get('chat_state')) payload.state = data.get('chat_state');
      if (data.get('chat_email')) payload.email = String(data.get('chat_email'));
      if (carried) payload.assistant = { question: carried };
      const r = await fetch('/api/v1/chat/conversations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) }).catch(() => null);
      if (!r || r.status !== 201) {
        error.textContent = str.error!;
        error.hidden = false;
        return;
      }
      const c = (await r.json()) as {
        id: string; token: string; status: string; queuePosition: number; trackingUrl: string; open: boolean; opensAt: string | null;
        waitEstimate: { p50Minutes: number; p90Minutes: number; chats: number } | null;
      };
      state = { id: c.id, token: c.token, lastSeq: 0, outbox: [], trackingUrl: c.trackingUrl, offline: !c.open };
      save(state);
      converse();
      // Offline: out of hours (say when they begin) or nobody who could take it online; live and
      // queued: how long recent visitors waited, when there are enough of them to say.
      const opens = c.opensAt ? new Date(c.opensAt) : null;
      const when = opens ? new Intl.DateTimeFormat(locale === 'es' ? 'es-MX' : 'en-GB', { timeZone: 'America/Mexico_City', weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(opens) : '';
      const offline = c.open ? '' : opens && opens.getTime() > Date.now() + 60_000 ? str.offline!.replace('{when}', when) : str.nobody!;
      const estimate = c.waitEstimate ? str.estimate!.replace('{p50}', String(c.waitEstimate.p50Minutes)).replace('{p90}', String(c.waitEstimate.p90Minutes)).replace('{n}', String(c.waitEstimate.chats)) : '';
      const intro = document.createElement('li');
      intro.className = 'chat-msg from-system';
      intro.textContent = [str.folio!.replace('{folio}', c.id), offline, estimate].filter(Boolean).join(' ');
      const link = document.createElement('a');
      link.href = c.trackingUrl;
      link.textContent = str.track!;
      link.target = '_blank';
      intro.append(' ', link);
      log.append(intro);
      setStatus(describe(c.status, c.queuePosition));
      text.focus();
    });

    compose.addEventListener('submit', (e) => {
      e.preventDefault();
      const body = text.value.trim();
      if (!body || !state) return;
      const o = { clientId: newId(), body };
      state.outbox.push(o);
      save(state);
      pending(o, str.sending!);
      text.value = '';
      armIdle();
      void flush();
    });
    text.addEventListener('input', () => {
      // "Typing" hints over the socket only, at most one every 2 s; never stored.
      if (ws?.readyState !== WebSocket.OPEN || Date.now() - lastTyping < 2000) return;
      lastTyping = Date.now();
      ws.send(JSON.stringify({ type: 'typing' }));
    });
    text.addEventListener('keydown', (e) => {
      // Enter sends, Shift+Enter breaks the line (as chat users expect); the button does the same.
      if (e.key === 'Enter' && !e.shiftKey) {
        e.preventDefault();
        compose.requestSubmit();
      }
    });

    $<HTMLFormElement>('.chat-rate').addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(e.currentTarget as HTMLFormElement);
      if (!data.get('chat_score') || !state) return;
      const r = await fetch(`/api/v1/chat/conversations/${state.id}/rating`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${state.token}` },
        body: JSON.stringify({ score: Number(data.get('chat_score')), ...(data.get('chat_comment') ? { comment: String(data.get('chat_comment')) } : {}) }),
      }).catch(() => null);
      if (r && (r.status === 204 || r.status === 409)) {
        ($('.chat-rate') as HTMLElement).hidden = true;
        $('.chat-thanks').hidden = false;
      }
    });
    $('.chat-transcript').addEventListener('click', async () => {
      if (!state) return;
      const email = ($('#chat-transcript-email') as HTMLInputElement).value || ($('#chat-email') as HTMLInputElement).value;
      const r = await fetch(`/api/v1/chat/conversations/${state.id}/transcript`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${state.token}` }, body: JSON.stringify(email ? { email } : {}),
      }).catch(() => null);
      const done = $('.chat-transcript-done');
      done.dataset.sent ??= done.textContent ?? '';
      done.textContent = r?.status === 202 ? done.dataset.sent : str.error!;
      done.hidden = false;
    });

    if (state) {
      if (state.ended) {
        startForm.hidden = true;
        after.hidden = false;
      } else converse();
    }
    return root;
  }
}
