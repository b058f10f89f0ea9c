/**
 * Where mail goes: an SMTP server through nodemailer when SMTP_URL is set;
 * otherwise the local outbox, one readable text file per message under
 * DATA_DIR/outbox (a developer opens it and follows the link).
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Transporter } from 'nodemailer';
import type { OutboxMail } from './queries.ts';

export interface MailTransport {
  readonly name: 'smtp' | 'file';
  /** Whether the outbox row keeps the body after delivery (the local outbox does; SMTP clears it). */
  readonly keepsBody: boolean;
  send(mail: OutboxMail & { text: string }): Promise<void>;
  close?(): void;
}

export function smtpTransport(url: string, from: string): MailTransport {
  // nodemailer is loaded on the first message, not at start: most processes never send one (issue 9).
  let t: Transporter | undefined;
  return {
    name: 'smtp',
    keepsBody: false,
    async send(m) {
      t ??= (await import('nodemailer')).default.createTransport(url);
      await t.sendMail({ from, to: m.to, subject: m.subject, text: m.text, headers: { 'Content-Language': m.locale } });
    },
    close: () => t?.close(),
  };
}

export function fileTransport(dir: string, from: string): MailTransport {
  return {
    name: 'file',
    keepsBody: true,
    async send(m) {
      await mkdir(dir, { recursive: true });
      const stamp = m.createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const name = `${stamp}-${m.template}-${m.id.slice(0, 8)}.txt`;
      const content = [`From: ${from}`, `To: ${m.to}`, `Date: ${new Date().toUTCString()}`, `Subject: ${m.subject}`, `Content-Language: ${m.locale}`, '', m.text, ''].join('\n');
      // Write then rename: a reader never sees half a message.
      await writeFile(join(dir, `.${name}.tmp`), content, { mode: 0o600 });
      await rename(join(dir, `.${name}.tmp`), join(dir, name));
    },
  };
}

export function transportFromConfig(c: { SMTP_URL?: string | undefined; MAIL_FROM: string; DATA_DIR: string }): MailTransport {
  return c.SMTP_URL ? smtpTransport(c.SMTP_URL, c.MAIL_FROM) : fileTransport(join(c.DATA_DIR, 'outbox'), c.MAIL_FROM);
}
