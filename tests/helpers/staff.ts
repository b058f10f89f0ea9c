/**
 * Staff test helpers: a browser-like client over app.inject (cookie jar, CSRF
 * token taken from the last form, like a browser would), accounts created
 * through the real commands, and the mail outbox read from its table.
 */
import { spawn } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import type { Db } from '#src/db/client.ts';
import { createAdmin } from '#src/accounts/commands/create-admin.ts';
import { acceptInvitation } from '#src/accounts/commands/accept-invitation.ts';
import { createInvitation } from '#src/accounts/commands/invite-staff.ts';
import { setTotp } from '#src/accounts/queries.ts';
import { newTotpSecret, totpNow } from '#src/accounts/totp.ts';
import type { Role } from '#src/accounts/schema.ts';
import { CLI_ACTOR } from '#src/audit/record.ts';
import { TEST_PUBLIC_URL } from './app.ts';

export const PASSWORD = 'a long test passphrase';

export interface Res {
  status: number;
  body: string;
  headers: Record<string, string | string[] | number | undefined>;
  location: string | undefined;
  json<T = any>(): T; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export class StaffClient {
  readonly jar = new Map<string, string>();
  csrf = '';
  /** `app`: an app built in this process (inject); a base URL: the real server process (fetch). */
  constructor(
    readonly app: FastifyInstance | string,
    readonly headers: Record<string, string> = {},
  ) {}

  private async send(method: 'GET' | 'POST', url: string, payload?: Record<string, string | string[]> | object, json = false): Promise<Res> {
    const headers: Record<string, string> = { ...this.headers };
    const cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) headers.cookie = cookie;
    let body: string | undefined;
    if (payload !== undefined && json) {
      Object.assign(headers, { 'content-type': 'application/json', 'x-csrf-token': this.csrf });
      body = JSON.stringify(payload);
    } else if (payload !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = form(payload as Record<string, string | string[]>);
    }
    const res = typeof this.app === 'string' ? await viaFetch(this.app, method, url, headers, body) : await viaInject(this.app, method, url, headers, body);
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0) this.jar.delete(c.name);
      else this.jar.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
    const text = res.body;
    return { status: res.status, body: text, headers: res.headers, location: res.headers.location as string | undefined, json: () => JSON.parse(text) };
  }

  get(url: string): Promise<Res> {
    return this.send('GET', url);
  }

  /** Posts a form with the CSRF token of the last page seen (pass `_csrf` to override). */
  post(url: string, fields: Record<string, string | string[]> = {}): Promise<Res> {
    return this.send('POST', url, { _csrf: this.csrf, ...fields });
  }

  postJson(url: string, body: object): Promise<Res> {
    return this.send('POST', url, body, true);
  }

  /** Signs in (and gives the TOTP code when a secret is given); returns the final response. */
  async login(email: string, password = PASSWORD, totpSecret?: string): Promise<Res> {
    await this.get('/staff/login');
    const r = await this.post('/staff/login', { email, password });
    if (r.status !== 303 || !totpSecret || r.location !== '/staff/login/two-factor') return r;
    await this.get('/staff/login/two-factor');
    return this.post('/staff/login/two-factor', { code: await totpNow(totpSecret) });
  }
}

interface Raw {
  status: number;
  body: string;
  headers: Record<string, string | string[] | number | undefined>;
  cookies: { name: string; value: string; expires?: Date; maxAge?: number }[];
}

async function viaInject(app: FastifyInstance, method: string, url: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  const res = await app.inject({ method: method as 'GET', url, headers, ...(body !== undefined ? { payload: body } : {}) });
  return { status: res.statusCode, body: res.body, headers: res.headers, cookies: res.cookies as Raw['cookies'] };
}

async function viaFetch(base: string, method: string, url: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  const res = await fetch(`${base}${url}`, { method, headers, redirect: 'manual', ...(body !== undefined ? { body } : {}) });
  const cookies = res.headers.getSetCookie().map((line) => {
    const [pair, ...attrs] = line.split(';');
    const [name, ...v] = pair!.split('=');
    const attr = (k: string) => attrs.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith(`${k}=`))?.slice(k.length + 1);
    const expires = attr('expires');
    const maxAge = attr('max-age');
    return { name: name!.trim(), value: v.join('='), ...(expires ? { expires: new Date(expires) } : {}), ...(maxAge !== undefined ? { maxAge: Number(maxAge) } : {}) };
  });
  return { status: res.status, body: await res.text(), headers: Object.fromEntries(res.headers), cookies };
}

const form = (fields: Record<string, string | string[]>) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  return p.toString();
};

export interface TestAccount {
  id: string;
  email: string;
  totpSecret: string | null;
}

/** Creates an account through the real invitation commands; TOTP on when asked (always for admins). */
export async function seedAccount(db: Db, o: { email: string; roles: Role[]; states?: string[]; locale?: 'es' | 'en'; totp?: boolean }): Promise<TestAccount> {
  const { link } = await db.transaction((tx) =>
    createInvitation(tx, { actor: CLI_ACTOR, requestId: null }, { email: o.email, displayName: o.email.split('@')[0]!, locale: o.locale ?? 'es', roles: o.roles, states: o.states ?? [] }, TEST_PUBLIC_URL),
  );
  const account = await acceptInvitation(db, { requestId: null }, { token: link.split('/').pop()!, displayName: o.email.split('@')[0]!, password: PASSWORD });
  let totpSecret: string | null = null;
  if (o.totp ?? o.roles.includes('admin')) {
    totpSecret = newTotpSecret();
    await setTotp(db, account!.id, totpSecret, null);
  }
  return { id: account!.id, email: o.email, totpSecret };
}

export { createAdmin };

export interface OutboxRow {
  to_address: string;
  locale: string;
  template: string;
  subject: string;
  body_text: string;
}

export async function outbox(db: Db, to?: string): Promise<OutboxRow[]> {
  return to
    ? db.query<OutboxRow>('SELECT to_address, locale, template, subject, body_text FROM mail_outbox WHERE lower(to_address) = lower($1) ORDER BY created_at', [to])
    : db.query<OutboxRow>('SELECT to_address, locale, template, subject, body_text FROM mail_outbox ORDER BY created_at');
}

/** The first link in a mail body. */
export const linkIn = (body: string): string => /https?:\/\/\S+/.exec(body)![0];
export const pathOf = (url: string): string => new URL(url).pathname;

export async function auditActions(db: Db): Promise<string[]> {
  return (await db.query<{ action: string }>('SELECT action FROM audit_event ORDER BY id')).map((r) => r.action);
}

/** Runs `npm run admin:create` (the real CLI process) with the given arguments, environment and standard input. */
export function runAdminCreate(args: string[], env: Record<string, string>, stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/accounts/admin-cli.ts', ...args], {
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    proc.stdin.end(stdin ?? '');
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

export const invitationLinkIn = (out: string): string | undefined => /https?:\/\/\S+\/staff\/invitations\/[A-Za-z0-9_-]+/.exec(out)?.[0];

/**
 * The three people of an editorial test, each logged in with their own client: an editor (with any
 * extra roles), a reviewer who works in English, and a state officer of one state.
 */
export async function editorialClients(app: FastifyInstance, db: Db, o: { editorRoles: Role[]; officerState: string }): Promise<{ ed: StaffClient; rev: StaffClient; officer: StaffClient }> {
  const [ed, rev, officer] = [new StaffClient(app), new StaffClient(app), new StaffClient(app)];
  await ed.login((await seedAccount(db, { email: 'ed@example.org', roles: o.editorRoles })).email);
  await rev.login((await seedAccount(db, { email: 'rev@example.org', roles: ['reviewer'], locale: 'en' })).email);
  await officer.login((await seedAccount(db, { email: `officer-${o.officerState}@example.org`, roles: ['state-officer'], states: [o.officerState] })).email);
  return { ed, rev, officer };
}
