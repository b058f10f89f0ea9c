/**
 * Issue 9, finding 11: the edge of the app. CORS is decided on the path the router saw; errors
 * raised before any route (parser, router, body) carry our security headers and error format; a
 * database outage answers 503 with Retry-After, in the visitor's language, and writes nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import pg from 'pg';
import { dbTargets } from '#tests/helpers/db.ts';
import { buildTestApp, type TestApp } from '#tests/helpers/app.ts';
import { startServer, type RunningServer } from '#tests/helpers/server.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

describe('CORS follows the route, not the raw URL', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp(dbTargets()[0]!);
  });
  after(() => t.close());

  test('/api/v1/%73taff/me reaches the staff API without the open-data CORS headers', async () => {
    const staff = await t.app.inject({ url: '/api/v1/%73taff/me' });
    assert.equal(staff.statusCode, 401, 'it is the staff API');
    assert.equal(staff.headers['access-control-allow-origin'], undefined);
    assert.equal(staff.headers['cross-origin-resource-policy'], 'same-origin');
    const open = await t.app.inject({ url: '/api/v1/%70rocedures' });
    assert.equal(open.statusCode, 200);
    assert.equal(open.headers['access-control-allow-origin'], '*', 'open data stays open however it is spelled');
  });

  test('plain page URLs get the page set without reading the route; open data keeps CORS', async () => {
    for (const url of ['/es/tramites/rnie-registration', '/en/', '/API/v1/procedures', '//api/v1/procedures']) {
      const r = await t.app.inject({ url });
      assert.equal(r.headers['access-control-allow-origin'], undefined, url);
      assert.equal(r.headers['cross-origin-resource-policy'], 'same-origin', url);
      if (url.includes('api')) assert.equal(r.statusCode, 404, `${url} routes to no open-data route (the router is case-sensitive, keeps double slashes)`);
    }
    for (const url of ['/api/v1/procedures', '/openapi.json']) {
      const r = await t.app.inject({ url });
      assert.equal(r.statusCode, 200, url);
      assert.equal(r.headers['access-control-allow-origin'], '*', url);
      assert.equal(r.headers['cross-origin-resource-policy'], 'cross-origin', url);
    }
  });

  test('a URL that does not decode, a bad JSON body and an unsupported media type: our headers and error format', async () => {
    const cases = [
      { req: { url: '/api/v1/procedures/%E0%A4%A' }, status: 400, code: 'bad_url' },
      { req: { method: 'POST' as const, url: '/api/v1/roadmaps', headers: { 'content-type': 'application/json' }, payload: '{bad' }, status: 400, code: 'invalid_body' },
      { req: { method: 'POST' as const, url: '/api/v1/roadmaps', headers: { 'content-type': 'text/x-unknown' }, payload: 'x' }, status: 415, code: 'unsupported_media_type' },
    ];
    for (const k of cases) {
      const r = await t.app.inject(k.req);
      assert.equal(r.statusCode, k.status, k.req.url);
      assert.equal(r.json().error.code, k.code, k.req.url);
      assert.match(String(r.headers['content-security-policy']), /default-src 'self'/, k.req.url);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', k.req.url);
    }
    const page = await t.app.inject({ url: '/es/tramites/%E0%A4%A' });
    assert.equal(page.statusCode, 400);
    assert.match(page.body, /<html lang="es-MX"/, 'a page in the visitor’s language');
    assert.match(String(page.headers['content-security-policy']), /frame-ancestors 'none'/);
  });
});

describe('errors from the HTTP parser (a real server)', () => {
  let s: RunningServer;
  before(async () => {
    s = await startServer({ LOG_LEVEL: 'warn' });
  });
  after(() => s.dispose());

  const raw = (request: string) =>
    new Promise<{ status: number; headers: Map<string, string>; body: string }>((resolve, reject) => {
      const port = Number(new URL(s.url).port);
      const sock = net.connect(port, '127.0.0.1', () => sock.write(request));
      let out = '';
      sock.on('data', (d) => (out += d));
      sock.on('error', reject);
      sock.on('close', () => {
        const [head = '', body = ''] = out.split('\r\n\r\n');
        const [statusLine = '', ...lines] = head.split('\r\n');
        const headers = new Map(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
        resolve({ status: Number(statusLine.split(' ')[1]), headers, body });
      });
    });

  test('431 (huge header or URL) and 400 (not HTTP) carry the security headers and the error format', async () => {
    const cases = [
      { name: 'huge header', request: `GET /es/ HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, status: 431, code: 'headers_too_large' },
      { name: 'huge URL', request: `GET /es/?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, status: 431, code: 'headers_too_large' },
      { name: 'not HTTP', request: 'GARBAGE\r\n\r\n', status: 400, code: 'bad_request' },
    ];
    for (const k of cases) {
      const r = await raw(k.request);
      assert.equal(r.status, k.status, k.name);
      assert.equal(JSON.parse(r.body).error.code, k.code, k.name);
      assert.match(r.headers.get('content-security-policy') ?? '', /default-src 'self'/, k.name);
      assert.equal(r.headers.get('x-frame-options'), 'DENY', k.name);
      assert.equal(r.headers.get('cache-control'), 'no-store', k.name);
    }
  });
});

test('isDatabaseUnavailable recognises a refused connection from the real driver', async () => {
  const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
  const err = await client.connect().then(() => null, (e: unknown) => e);
  assert.ok(err, 'nothing listens on port 1');
  assert.ok(isDatabaseUnavailable(err));
  assert.ok(!isDatabaseUnavailable(Object.assign(new Error('duplicate key value'), { code: '23505' })), 'a constraint violation is a real error');
});

for (const target of dbTargets()) {
  describe(`a database outage answers 503, never 500 (${target.name})`, () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(target, { env: { REPORT_RATE_LIMIT_PER_MINUTE: '1000' } });
    });
    after(() => t.close().catch(() => undefined));

    test('a report posted while the database is down: 503, Retry-After, the page in the visitor’s language', async () => {
      const form = await t.app.inject({ url: '/en/procedures/sat-csd/report' });
      const cookie = String([form.headers['set-cookie']].flat()[0]).split(';')[0]!;
      const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
      await t.db.close(); // the outage
      const r = await t.app.inject({
        method: 'POST',
        url: '/en/procedures/sat-csd/report',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ _csrf: token, message: 'The fee shown is out of date, please check it.' }).toString(),
      });
      assert.equal(r.statusCode, 503, r.body.slice(0, 300));
      assert.equal(r.headers['retry-after'], '5');
      assert.match(r.body, /Service temporarily unavailable/);
      assert.match(r.body, /nothing was saved/);
      const api = await t.app.inject({ url: '/api/v1/staff/me', headers: { cookie: 'vt_staff=anything-at-all-here-000000000000000' } });
      assert.equal(api.statusCode, 503);
      assert.equal(api.json().error.code, 'unavailable');
    });
  });
}
