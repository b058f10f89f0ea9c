/**
 * GET /metrics, on both databases: refused (404, as any unknown URL) without the token or an allowed
 * address; a scrape with the token holds every series, parsed from the text format; counters move
 * with requests (by route pattern), the cache, search and roadmap timings, chat sockets, and the
 * database counts (a queued chat, an overdue case, a failed mail) are read at scrape time.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { SOCKET_PATH } from '#src/desk/chat-socket.ts';
import { WsClient } from '#tests/helpers/ws.ts';

const TOKEN = 'metrics-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

/** The Prometheus text format: `name{label="v",…} value` lines; comments and blanks skipped. */
function parse(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{.*\})? (\S+)$/.exec(line);
    assert.ok(m, `a sample line: ${line}`);
    out.set(`${m[1]}${m[2] ?? ''}`, Number(m[3]));
  }
  return out;
}

for (const target of dbTargets()) {
  describe(`GET /metrics (${target.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target, { env: { METRICS_TOKEN: TOKEN, METRICS_ALLOW: '10.0.0.0/8,2001:db8::1' } });
    });
    after(() => t.close());
    const scrape = async () => {
      const r = await t.app.inject({ url: '/metrics', headers: auth });
      assert.equal(r.statusCode, 200);
      assert.match(String(r.headers['content-type']), /^text\/plain; version=0\.0\.4/);
      return parse(r.body);
    };

    // First: database counts are cached for SCRAPE_CACHE_MS after a scrape.
    test('a scrape holds every series; database counts are read at scrape time', async () => {
      // Before the first scrape (counts are cached for a few seconds): a chat waiting in the queue,
      // a case past its due time, a mail given up and one to retry.
      const chat = await t.app.inject({ method: 'POST', url: '/api/v1/chat/conversations', payload: { topic: 'question', locale: 'es', consent: true } });
      assert.equal(chat.statusCode, 201);
      await t.db.query(`UPDATE desk_case SET first_response_due = now() - interval '1 hour' WHERE folio = $1`, [chat.json().id]);
      await t.db.query(`INSERT INTO mail_outbox (to_address, locale, template, subject, next_attempt_at, last_error) VALUES ('a@example.org', 'es', 't', 's', 'infinity', 'refused'), ('b@example.org', 'es', 't', 's', now() + interval '1 hour', 'timeout')`);
      const [expected] = await t.db.query<{ queue: string; overdue: string; failed: string; pending: string }>(
        `SELECT (SELECT count(*) FROM desk_case WHERE channel = 'chat' AND status = 'received' AND assignee_id IS NULL) AS queue,
                (SELECT count(*) FROM desk_case WHERE status <> 'closed' AND first_response_at IS NULL AND first_response_due < now()) AS overdue,
                (SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at = 'infinity') AS failed,
                (SELECT count(*) FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <> 'infinity') AS pending`,
      );
      const m = await scrape();
      assert.ok(Number(expected!.queue) >= 1 && Number(expected!.overdue) >= 1);
      assert.equal(m.get('ventanilla_desk_queue_length{queue="chat"}'), Number(expected!.queue));
      assert.equal(m.get('ventanilla_desk_cases_overdue'), Number(expected!.overdue));
      assert.equal(m.get('ventanilla_mail_outbox{state="failed"}'), Number(expected!.failed));
      assert.equal(m.get('ventanilla_mail_outbox{state="pending"}'), Number(expected!.pending));
      assert.ok(m.get('ventanilla_mail_outbox{state="retrying"}')! >= 1);
      assert.ok(m.has('ventanilla_desk_queue_length{queue="unassigned"}'));
      for (const series of [
        'ventanilla_response_cache_lookups_total{result="hit"}',
        'ventanilla_response_cache_lookups_total{result="miss"}',
        'ventanilla_response_cache_entries',
        'ventanilla_db_pool_clients{state="total"}',
        'ventanilla_db_pool_clients{state="idle"}',
        'ventanilla_db_pool_clients{state="waiting"}',
        `ventanilla_db_listener_up{engine="${t.db.kind}"}`,
        'ventanilla_db_listener_reconnects_total',
        'ventanilla_chat_sockets_open{kind="visitor"}',
        'ventanilla_chat_sockets_open{kind="staff"}',
        'ventanilla_chat_sockets_opened_total{kind="visitor"}',
        'ventanilla_chat_sockets_closed_total{kind="staff"}',
      ]) assert.ok(m.has(series), series);
      assert.equal(m.get(`ventanilla_db_listener_up{engine="${t.db.kind}"}`), 1);
      if (t.db.kind === 'postgres') assert.ok(m.get('ventanilla_db_pool_clients{state="total"}')! >= 1);
      // The chat's POST was counted under its route pattern, with its duration.
      assert.ok(m.get('ventanilla_http_requests_total{route="/api/v1/chat/conversations",method="POST",status="2xx"}')! >= 1);
      assert.ok(m.get('ventanilla_http_request_duration_seconds_count{route="/api/v1/chat/conversations",method="POST"}')! >= 1);
    });

    test('refused as an unknown address without the token or an allowed address', async () => {
      const unknown = await t.app.inject({ url: '/no-such-page' });
      for (const r of [
        await t.app.inject({ url: '/metrics' }),
        await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-token-wrong-token' } }),
        await t.app.inject({ url: '/metrics', headers: { authorization: TOKEN } }),
        await t.app.inject({ url: '/metrics', remoteAddress: '192.168.1.10' }),
        await t.app.inject({ url: '/metrics', remoteAddress: '2001:db8::2' }),
      ]) {
        assert.equal(r.statusCode, 404);
        assert.equal(r.headers['content-type'], unknown.headers['content-type']);
        assert.doesNotMatch(r.body, /ventanilla_/);
      }
      for (const remoteAddress of ['10.20.30.40', '::ffff:10.1.1.1', '2001:db8::1']) {
        const r = await t.app.inject({ url: '/metrics', remoteAddress });
        assert.equal(r.statusCode, 200, remoteAddress);
        assert.match(r.body, /ventanilla_http_requests_total/);
      }
    });

    test('with nothing configured, /metrics answers 404 to everyone', async () => {
      const bare = await buildTestApp(target);
      try {
        assert.equal((await bare.app.inject({ url: '/metrics', headers: auth })).statusCode, 404);
        assert.equal((await bare.app.inject({ url: '/metrics' })).statusCode, 404);
      } finally {
        await bare.close();
      }
    });

    test('counters move with requests: route patterns (not URLs), cache hits, search and roadmap timings', async () => {
      const before = await scrape();
      const slug = t.catalogue.current.procedures[0]!.slug;
      for (let i = 0; i < 3; i++) assert.equal((await t.app.inject({ url: `/es/tramites/${slug}` })).statusCode, 200);
      assert.equal((await t.app.inject({ url: '/es/tramites/no-existe-este-tramite' })).statusCode, 404);
      assert.equal((await t.app.inject({ url: '/nada/que/ver' })).statusCode, 404);
      assert.equal((await t.app.inject({ url: '/api/v1/search?q=acta%20constitutiva' })).statusCode, 200);
      const plan = await t.app.inject({ method: 'POST', url: '/api/v1/roadmaps', payload: { lang: 'es', scian: '339112', state: '02', foreignPct: 100, employees: 30 } });
      assert.equal(plan.statusCode, 201);
      const now = await scrape();
      const delta = (k: string) => (now.get(k) ?? 0) - (before.get(k) ?? 0);
      assert.equal(delta('ventanilla_http_requests_total{route="/es/tramites/:slug",method="GET",status="2xx"}'), 3);
      assert.equal(delta('ventanilla_http_requests_total{route="/es/tramites/:slug",method="GET",status="4xx"}'), 1);
      assert.equal(delta('ventanilla_http_requests_total{route="unmatched",method="GET",status="4xx"}'), 1);
      assert.ok(![...now.keys()].some((k) => k.includes('no-existe') || k.includes('/nada/')), 'raw URLs never become labels');
      assert.ok(delta('ventanilla_response_cache_lookups_total{result="hit"}') >= 2);
      assert.ok(delta('ventanilla_response_cache_lookups_total{result="miss"}') >= 1);
      assert.ok(delta('ventanilla_operation_duration_seconds_count{operation="search"}') >= 1);
      assert.ok(delta('ventanilla_operation_duration_seconds_count{operation="roadmap"}') >= 1);
      assert.equal(delta('ventanilla_http_requests_total{route="/metrics",method="GET",status="2xx"}'), 1, 'the first scrape, counted when it completed');
    });

    test('chat sockets are counted open, then closed', async () => {
      const before = await scrape();
      const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
      const ws = (await WsClient.open(`${address.replace('http', 'ws')}${SOCKET_PATH}`)).ws;
      const during = await scrape();
      assert.equal((during.get('ventanilla_chat_sockets_open{kind="visitor"}') ?? 0) - (before.get('ventanilla_chat_sockets_open{kind="visitor"}') ?? 0), 1);
      ws.terminate();
      for (let i = 0; i < 50; i++) {
        const m = await scrape();
        if (m.get('ventanilla_chat_sockets_closed_total{kind="visitor"}')! > before.get('ventanilla_chat_sockets_closed_total{kind="visitor"}')!) {
          assert.equal(m.get('ventanilla_chat_sockets_open{kind="visitor"}'), before.get('ventanilla_chat_sockets_open{kind="visitor"}'));
          return;
        }
        await sleep(20);
      }
      assert.fail('the closed socket was not counted');
    });
  });
}
