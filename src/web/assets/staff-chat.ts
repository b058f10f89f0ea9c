/**
 * Live chat for staff (issue 12; protocol in docs/chat-protocol.md, "Staff socket"). On the console:
 * keeps the person present (heartbeat) and refreshes the lists when the queue changes. On a chat's
 * case page: new lines appear without a reload, the reply form sends over the socket with its own
 * id (resent after a reconnect, stored once), and "the visitor is typing" is announced politely.
 * Every word comes from the page's data attributes (server-rendered, in the person's language).
 */
type Frame = { type: string } & Record<string, unknown>;
interface Line { seq: number; from: string; author: string | null; internal: boolean; clientId: string | null; at: string; text: string }

const newId = () => {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return btoa(String.fromCharCode(...b)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export function staffLive(el: HTMLElement): void {
  const d = el.dataset;
  const folio = d.folio;
  let lastSeq = Number(d.lastSeq ?? 0);
  let ws: WebSocket | null = null;
  let backoff = 1000;
  let ping: number | undefined;
  let lastTyping = 0;
  const outbox: { clientId: string; body: string }[] = [];
  const log = document.querySelector<HTMLOListElement>('ol.conversation');
  const typing = document.createElement('p');
  typing.className = 'typing small muted';
  typing.setAttribute('role', 'status');
  el.after(typing);
  let typingTimer: number | undefined;

  const sendFrame = (f: object) => ws?.readyState === WebSocket.OPEN && (ws.send(JSON.stringify(f)), true);
  const fmt = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });

  function show(m: Line): void {
    if (!log || m.seq <= lastSeq) return; // each number once
    lastSeq = m.seq;
    if (m.clientId) log.querySelector(`[data-pending="${CSS.escape(m.clientId)}"]`)?.remove();
    const li = document.createElement('li');
    li.className = `msg ${m.from}${m.internal ? ' internal' : ''}`;
    const meta = document.createElement('p');
    meta.className = 'small muted';
    const who = m.from === 'staff' ? (m.author ?? d.desk!) : m.from === 'investor' ? d.investor! : d.system!;
    meta.textContent = `${m.internal ? `${d.internal} · ` : ''}${who} · ${fmt.format(new Date(m.at))}`;
    const body = document.createElement('div');
    body.className = 'msg-body';
    body.textContent = m.text; // text, never markup
    li.append(meta, body);
    log.append(li);
    if (m.from === 'investor') typing.textContent = '';
  }

  let refreshing: number | undefined;
  function refreshLists(): void {
    clearTimeout(refreshing);
    refreshing = window.setTimeout(async () => {
      const r = await fetch(location.pathname, { credentials: 'same-origin' }).catch(() => null);
      if (!r?.ok) return;
      const next = new DOMParser().parseFromString(await r.text(), 'text/html').getElementById('console-lists');
      const here = document.getElementById('console-lists');
      if (next && here && !here.contains(document.activeElement)) here.replaceWith(next);
    }, 300);
  }

  function flush(): void {
    for (const o of outbox) sendFrame({ type: 'send', id: folio, ...o });
  }

  function connect(): void {
    const socket = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/staff/desk/socket`);
    ws = socket;
    socket.onopen = () => {
      backoff = 1000;
      el.textContent = d.live!;
      if (folio) sendFrame({ type: 'watch', id: folio, after: lastSeq });
      flush();
    };
    socket.onmessage = (ev) => {
      const f = JSON.parse(String(ev.data)) as Frame;
      if (f.type === 'ready') {
        clearInterval(ping);
        ping = window.setInterval(() => sendFrame({ type: 'ping' }), Number(f.heartbeatMs) || 15_000);
      } else if (f.type === 'queue' && !folio) refreshLists();
      else if (f.type === 'message' && f.id === folio) show(f as unknown as Line);
      else if (f.type === 'ack') {
        const i = outbox.findIndex((o) => o.clientId === f.clientId);
        if (i >= 0) outbox.splice(i, 1);
      } else if (f.type === 'typing' && f.id === folio) {
        typing.textContent = d.typing!;
        clearTimeout(typingTimer);
        typingTimer = window.setTimeout(() => (typing.textContent = ''), 4000);
      } else if (f.type === 'unwatched' || (f.type === 'status' && f.status === 'closed')) location.reload();
      else if (f.type === 'error' && f.clientId) {
        const i = outbox.findIndex((o) => o.clientId === f.clientId);
        if (i >= 0) outbox.splice(i, 1);
        log?.querySelector(`[data-pending="${CSS.escape(String(f.clientId))}"]`)?.remove();
      }
    };
    socket.onclose = (ev) => {
      clearInterval(ping);
      ws = null;
      el.textContent = d.offline!;
      if (ev.code === 4401) return; // signed out: the next page load shows the sign-in
      window.setTimeout(connect, backoff);
      backoff = Math.min(30_000, backoff * 2);
    };
  }

  // A plain reply (no canned answer, no citation: the server composes those) goes over the socket.
  const form = folio ? document.querySelector<HTMLFormElement>(`form[action="/staff/desk/${folio}/reply"]`) : null;
  const text = form?.querySelector<HTMLTextAreaElement>('textarea[name="body"]');
  form?.addEventListener('submit', (e) => {
    const data = new FormData(form);
    const body = String(data.get('body') ?? '').trim();
    if (!body || data.get('canned') || data.get('cite') || ws?.readyState !== WebSocket.OPEN || !log) return;
    e.preventDefault();
    const o = { clientId: newId(), body };
    outbox.push(o);
    const li = document.createElement('li');
    li.className = 'msg staff pending';
    li.dataset.pending = o.clientId;
    li.textContent = body;
    log.append(li);
    sendFrame({ type: 'send', id: folio, ...o });
    text!.value = '';
    text!.focus();
  });
  text?.addEventListener('input', () => {
    if (Date.now() - lastTyping < 2000) return;
    lastTyping = Date.now();
    sendFrame({ type: 'typing', id: folio });
  });

  if ('WebSocket' in window) connect();
}
