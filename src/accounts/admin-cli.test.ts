/**
 * `npm run admin:create` as real processes: with the server stopped (the CLI
 * opens the embedded database itself), with the server running (the CLI asks
 * it over the control socket), and against PostgreSQL (DATABASE_URL).
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startServer } from '#tests/helpers/server.ts';
import { pgAdminUrl } from '#tests/helpers/db.ts';
import { invitationLinkIn, runAdminCreate as adminCreate, PASSWORD, pathOf, StaffClient } from '#tests/helpers/staff.ts';
import { openPostgres } from '../db/postgres.ts';
import { controlPaths } from './control-socket.ts';

const linkOf = (out: string) => invitationLinkIn(out);

describe('admin:create on the embedded database', () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const d = await mkdtemp(join(tmpdir(), 'vt-cli-'));
    dirs.push(d);
    return d;
  };
  after(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  test('server not running: the CLI opens the data directory, prints a one-time link; the server later honours it', async () => {
    const dir = await tempDir();
    const r = await adminCreate(['--email', 'first@example.org', '--name', 'First Admin'], { DATA_DIR: dir, PUBLIC_URL: 'http://vt.example' });
    assert.equal(r.code, 0, r.stderr);
    const link = linkOf(r.stdout)!;
    assert.ok(link.startsWith('http://vt.example/staff/invitations/'), r.stdout);
    assert.match(r.stdout, /two-step verification/);

    const again = await adminCreate(['--email', 'x'], { DATA_DIR: dir });
    assert.equal(again.code, 1);
    assert.match(again.stderr, /--email: not a valid e-mail address/);
    const usage = await adminCreate([], { DATA_DIR: dir });
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /Usage: npm run admin:create/);

    const server = await startServer({}, dir);
    try {
      const c = new StaffClient(server.url);
      const page = await c.get(pathOf(link));
      assert.equal(page.status, 200);
      assert.match(page.body, /first@example.org/);
      assert.equal((await c.post(pathOf(link), { displayName: 'First Admin', password: PASSWORD, confirm: PASSWORD })).status, 303);
      const login = await c.login('first@example.org');
      assert.equal(login.location, '/staff');
      assert.equal((await c.get('/staff')).location, '/staff/account/two-factor', 'an admin enrols TOTP first');
    } finally {
      await server.stop();
    }
  });

  test('server running: the data directory is locked, so the CLI asks the server over its control socket', async () => {
    const dir = await tempDir();
    const server = await startServer({}, dir);
    try {
      const { dir: controlDir, socket } = controlPaths(dir);
      assert.equal((await stat(controlDir)).mode & 0o777, 0o700, 'only the owner may reach the socket');
      assert.ok((await stat(socket)).isSocket());

      const r = await adminCreate(['--email', 'second@example.org', '--locale', 'en'], { DATA_DIR: dir, PUBLIC_URL: 'http://ignored.example' });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /asking it to create the administrator/);
      const link = linkOf(r.stdout)!;
      assert.ok(link.startsWith(`${server.url}/staff/invitations/`), 'the server builds the link with its own public URL');
      const c = new StaffClient(server.url);
      const page = await c.get(pathOf(link));
      assert.equal(page.status, 200);
      assert.match(page.body, /<html lang="en">/, 'in the account’s language');

      const pw = await adminCreate(['--email', 'third@example.org', '--password-stdin'], { DATA_DIR: dir }, `${PASSWORD}\n`);
      assert.equal(pw.code, 0, pw.stderr);
      assert.match(pw.stdout, /Administrator third@example.org created/);
      assert.equal((await new StaffClient(server.url).login('third@example.org')).location, '/staff');

      const dup = await adminCreate(['--email', 'THIRD@example.org', '--password-stdin'], { DATA_DIR: dir }, `${PASSWORD}\n`);
      assert.equal(dup.code, 1);
      assert.match(dup.stderr, /already exists/);
      const short = await adminCreate(['--email', 'fourth@example.org', '--password-stdin'], { DATA_DIR: dir }, 'short\n');
      assert.equal(short.code, 1);
      assert.match(short.stderr, /at least 12/);
    } finally {
      await server.stop();
    }
    // After the server stops, its socket is gone and the CLI opens the directory itself again.
    await assert.rejects(stat(controlPaths(dir).socket));
    const r = await adminCreate(['--email', 'later@example.org', '--password-stdin'], { DATA_DIR: dir }, `${PASSWORD}\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /asking it/);
  });

  test('on a terminal it asks for the password twice without echoing it', async () => {
    const dir = await tempDir();
    // `script` (util-linux) gives the CLI a real pseudo-terminal.
    const typed = (answers: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const cmd = `${process.execPath} --import tsx src/accounts/admin-cli.ts --email tty@example.org`;
        const proc = spawn('script', ['-qec', cmd, '/dev/null'], { env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' } });
        let out = '';
        let asked = 0;
        proc.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const prompts = (out.match(/Password \(at least 12 characters\): |Repeat the password: /g) ?? []).length;
          while (asked < prompts && asked < answers.length) proc.stdin.write(`${answers[asked++]}\r`);
        });
        proc.on('exit', (code) => resolve({ code, out }));
      });
    const mismatch = await typed(['a long test passphrase', 'another passphrase!']);
    assert.notEqual(mismatch.code, 0);
    assert.match(mismatch.out, /the passwords do not match/);
    const ok = await typed([PASSWORD, PASSWORD]);
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /Administrator tty@example.org created/);
    assert.doesNotMatch(ok.out, new RegExp(PASSWORD), 'never echoed');
    const server = await startServer({}, dir);
    try {
      assert.equal((await new StaffClient(server.url).login('tty@example.org')).location, '/staff');
    } finally {
      await server.stop();
    }
  });

  test('a very long DATA_DIR uses a private socket directory under the temp dir', () => {
    const deep = join('/tmp', 'x'.repeat(120));
    const p = controlPaths(deep);
    assert.ok(p.socket.length <= 100);
    assert.ok(p.dir.startsWith(tmpdir()));
    assert.deepEqual(controlPaths(deep), p, 'the server and the CLI compute the same path');
  });
});

const adminUrl = pgAdminUrl();
if (adminUrl) {
  describe('admin:create with DATABASE_URL', () => {
    test('connects to PostgreSQL directly (migrating a fresh database) whether or not a server runs', async () => {
      const name = `vt_cli_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      try {
        const r = await adminCreate(['--email', 'pg@example.org', '--password-stdin'], { DATABASE_URL: url.toString() }, `${PASSWORD}\n`);
        assert.equal(r.code, 0, r.stderr);
        const db = await openPostgres(url.toString());
        try {
          const rows = await db.query<{ email: string; role: string }>('SELECT a.email, r.role FROM staff_account a JOIN staff_role r ON r.account_id = a.id');
          assert.deepEqual(rows, [{ email: 'pg@example.org', role: 'admin' }]);
          const [ev] = await db.query<{ actor_label: string; action: string }>('SELECT actor_label, action FROM audit_event');
          assert.deepEqual(ev, { actor_label: 'cli', action: 'account.created' });
        } finally {
          await db.close();
        }
        const server = await startServer({ DATABASE_URL: url.toString() });
        try {
          const link = await adminCreate(['--email', 'pg2@example.org'], { DATABASE_URL: url.toString(), PUBLIC_URL: server.url });
          assert.equal(link.code, 0, link.stderr);
          assert.equal((await new StaffClient(server.url).get(pathOf(linkOf(link.stdout)!))).status, 200);
        } finally {
          await server.dispose();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
    });
  });
}
