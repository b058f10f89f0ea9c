/**
 * The outbox: mail queued in a transaction leaves only if it commits; the
 * worker delivers to the local outbox (files) or to an SMTP server, retries
 * with backoff, and clears bodies after SMTP delivery.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dbTargets } from '#tests/helpers/db.ts';
import type { Db } from '../db/client.ts';
import { queueMail, renderMail } from './outbox.ts';
import { fileTransport, smtpTransport, type MailTransport } from './transport.ts';
import { MailWorker } from './worker.ts';

const invitation = (to: string, locale: 'es' | 'en') =>
  ({ to, locale, template: 'invitation', params: { name: 'Ana', inviter: 'Root', roles: 'Editor', link: 'http://x.test/staff/invitations/abc', expires: 'mañana' } }) as const;

/** A minimal SMTP server (RFC 5321 happy path, no TLS, no auth) that keeps what it receives. */
function smtpServer(): Promise<{ server: Server; port: number; received: string[] }> {
  const received: string[] = [];
  const server = createServer((sock) => {
    let data = false;
    let buf = '';
    sock.write('220 test ESMTP\r\n');
    sock.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      for (;;) {
        if (data) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          received.push(buf.slice(0, end));
          buf = buf.slice(end + 5);
          data = false;
          sock.write('250 OK queued\r\n');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') sock.write('250-test\r\n250 8BITMIME\r\n');
        else if (cmd === 'DATA') {
          data = true;
          sock.write('354 go ahead\r\n');
        } else if (cmd === 'QUIT') sock.end('221 bye\r\n');
        else sock.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, received })));
}

const pending = async (db: Db) => db.query<{ attempts: number; last_error: string | null; sent_at: Date | null; body_text: string | null; transport: string | null }>('SELECT attempts, last_error, sent_at, body_text, transport FROM mail_outbox');

test('mail is written in the recipient’s language (es/en), with the same parts', () => {
  const es = renderMail('passwordReset', 'es', { name: 'Ana', link: 'L', expires: 'E' });
  const en = renderMail('passwordReset', 'en', { name: 'Ana', link: 'L', expires: 'E' });
  assert.match(es.subject, /Restablecer su contraseña/);
  assert.match(en.subject, /Reset your Ventanilla password/);
  for (const m of [es, en]) assert.ok(m.text.includes('L') && m.text.includes('E') && m.text.includes('Ana'));
});

for (const target of dbTargets()) {
  describe(`mail outbox (${target.name})`, () => {
    let db: Db;
    let dispose: () => Promise<void>;
    let dir: string;
    before(async () => {
      ({ db, dispose } = await target.create());
      dir = await mkdtemp(join(tmpdir(), 'vt-outbox-'));
    });
    after(async () => {
      await dispose?.();
      await rm(dir, { recursive: true, force: true });
    });

    test('only committed mail is delivered; the local outbox is one readable file per message', async () => {
      await db.transaction((tx) => queueMail(tx, invitation('ana@example.org', 'es')));
      await assert.rejects(
        db.transaction(async (tx) => {
          await queueMail(tx, invitation('rolledback@example.org', 'en'));
          throw new Error('the change failed');
        }),
      );
      const worker = new MailWorker(db, fileTransport(dir, 'Ventanilla <no-reply@example.org>'));
      assert.equal(await worker.deliverDue(), 1);
      assert.equal(await worker.deliverDue(), 0, 'nothing is sent twice');
      const files = (await readdir(dir)).filter((f) => f.endsWith('.txt'));
      assert.equal(files.length, 1);
      assert.match(files[0]!, /^\d{8}T\d{6}Z-invitation-[0-9a-f]{8}\.txt$/);
      const text = await readFile(join(dir, files[0]!), 'utf8');
      assert.match(text, /^From: Ventanilla <no-reply@example.org>\nTo: ana@example.org\n/);
      assert.match(text, /Subject: Invitación al back office de Ventanilla/);
      assert.match(text, /http:\/\/x\.test\/staff\/invitations\/abc/);
      const [row] = await pending(db);
      assert.equal(row!.transport, 'file');
      assert.ok(row!.sent_at);
      assert.ok(row!.body_text, 'the local outbox keeps the body');
      await worker.stop();
      await db.query('DELETE FROM mail_outbox');
    });

    test('SMTP (SMTP_URL): delivered through nodemailer, and the body (a one-time link) is cleared afterwards', async () => {
      const smtp = await smtpServer();
      try {
        await db.transaction((tx) => queueMail(tx, invitation('smtp@example.org', 'en')));
        const worker = new MailWorker(db, smtpTransport(`smtp://127.0.0.1:${smtp.port}`, 'Ventanilla <no-reply@example.org>'));
        worker.kick();
        await worker.stop(); // waits for the delivery in progress
        assert.equal(smtp.received.length, 1);
        assert.match(smtp.received[0]!, /To: smtp@example.org/);
        assert.match(smtp.received[0]!, /Subject: Invitation to the Ventanilla back office/);
        assert.match(smtp.received[0]!, /Content-Language: en/);
        const [row] = await pending(db);
        assert.equal(row!.transport, 'smtp');
        assert.equal(row!.body_text, null);
      } finally {
        smtp.server.close();
        await db.query('DELETE FROM mail_outbox');
      }
    });

    test('a failing transport: the error is kept, the mail retried later with backoff, and given up after maxAttempts', async () => {
      await db.transaction((tx) => queueMail(tx, invitation('retry@example.org', 'es')));
      let calls = 0;
      const broken: MailTransport = {
        name: 'smtp',
        keepsBody: false,
        async send() {
          calls++;
          throw new Error('connection refused');
        },
      };
      const errors: unknown[] = [];
      const worker = new MailWorker(db, broken, { maxAttempts: 2, onError: (e) => errors.push(e) });
      assert.equal(await worker.deliverDue(), 0);
      let [row] = await pending(db);
      assert.equal(row!.attempts, 1);
      assert.equal(row!.last_error, 'connection refused');
      assert.equal(await worker.deliverDue(), 0, 'not retried before its time');
      assert.equal(calls, 1);
      await db.query("UPDATE mail_outbox SET next_attempt_at = now() - interval '1 second'");
      await worker.deliverDue();
      [row] = await pending(db);
      assert.equal(row!.attempts, 2);
      const [{ never }] = (await db.query<{ never: boolean }>("SELECT next_attempt_at = 'infinity'::timestamptz AS never FROM mail_outbox")) as [{ never: boolean }];
      assert.equal(never, true, 'given up after maxAttempts');
      assert.equal(errors.length, 2);
      await db.query('DELETE FROM mail_outbox');
    });
  });
}
