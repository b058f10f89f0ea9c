/** An administrator's changes to desk teams and routing rules: each one write and its audit event, in one transaction. */
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { recordAudit, type AuditActor } from '../../audit/record.ts';
import { HttpError } from '../../http/errors.ts';
import { KINDS } from '../schema.ts';
import { forgetRules } from '../routing.ts';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);
export const TeamForm = z
  .object({
    id: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id').max(60, 'id'),
    nameEs: z.string().trim().min(1, 'nameEs').max(120, 'nameEs'),
    nameEn: z.string().trim().min(1, 'nameEn').max(120, 'nameEn'),
    // Empty: the site's default period.
    retentionDays: z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number('retentionDays').int('retentionDays').min(30, 'retentionDays').max(3650, 'retentionDays').optional()),
  })
  .strict();
const hour = (key: string, min: number, max: number) =>
  z.preprocess((v) => (v === '' || v === undefined ? undefined : Number(v)), z.number(key).int(key).min(min, key).max(max, key).optional());
/** A team's own chat hours (whole hours, Mexico City, ISO weekdays); all empty: the desk's business hours. */
export const HoursForm = z
  .object({
    team: z.string().min(1, 'team'),
    chatOpens: hour('chatOpens', 0, 23),
    chatCloses: hour('chatCloses', 1, 24),
    chatDays: z.array(z.enum(['1', '2', '3', '4', '5', '6', '7'], { error: 'chatDays' })).max(7, 'chatDays'),
  })
  .strict()
  .superRefine((f, ctx) => {
    const any = f.chatOpens !== undefined || f.chatCloses !== undefined || f.chatDays.length > 0;
    if (!any) return;
    if (f.chatOpens === undefined) ctx.addIssue({ code: 'custom', path: ['chatOpens'], message: 'chatOpens' });
    if (f.chatCloses === undefined || (f.chatOpens !== undefined && f.chatCloses <= f.chatOpens)) ctx.addIssue({ code: 'custom', path: ['chatCloses'], message: 'chatCloses' });
    if (!f.chatDays.length) ctx.addIssue({ code: 'custom', path: ['chatDays'], message: 'chatDays' });
  });
export const MemberForm = z.object({ team: z.string().min(1, 'team'), email: z.string().trim().toLowerCase().pipe(z.email('email')) }).strict();
export const RuleForm = z
  .object({
    position: z.coerce.number({ error: 'position' }).int('position').min(1, 'position').max(10_000, 'position'),
    kind: z.preprocess(blank, z.enum(KINDS, { error: 'kind' }).optional()),
    state: z.preprocess(blank, z.string().regex(/^(0[1-9]|[12]\d|3[0-2])$/, 'state').optional()),
    scianPrefix: z.preprocess(blank, z.string().regex(/^\d{2,6}$/, 'scianPrefix').optional()),
    locale: z.preprocess(blank, z.enum(['es', 'en'], { error: 'locale' }).optional()),
    team: z.string().min(1, 'team'),
  })
  .strict();

interface Ctx {
  actor: AuditActor;
  requestId: string | null;
}
const audit = (tx: Parameters<Parameters<Db['transaction']>[0]>[0], ctx: Ctx, action: string, entityId: string, after: unknown, before: unknown = null) =>
  recordAudit(tx, { actor: ctx.actor, action, entityType: 'desk-routing', entityId, before, after, requestId: ctx.requestId });

export async function createTeam(db: Db, ctx: Ctx, f: z.infer<typeof TeamForm>): Promise<void> {
  await db.transaction(async (tx) => {
    const r = await tx.query('INSERT INTO desk_team (id, name_es, name_en, retention_days) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id', [f.id, f.nameEs, f.nameEn, f.retentionDays ?? null]);
    if (!r.length) throw new HttpError(409, 'conflict', 'a team with this id exists', 'id');
    await audit(tx, ctx, 'desk-routing.team-created', f.id, f);
  });
}

export async function addMember(db: Db, ctx: Ctx, f: z.infer<typeof MemberForm>): Promise<void> {
  await db.transaction(async (tx) => {
    const [acct] = await tx.query<{ id: string }>(
      `SELECT a.id FROM staff_account a JOIN staff_role r ON r.account_id = a.id AND r.role = 'advisor' WHERE lower(a.email) = $1 AND a.status = 'active'`,
      [f.email],
    );
    if (!acct) throw new HttpError(400, 'invalid_parameter', 'no active advisor with this e-mail', 'email');
    const r = await tx.query('INSERT INTO desk_team_member (team_id, account_id) SELECT id, $2 FROM desk_team WHERE id = $1 ON CONFLICT DO NOTHING RETURNING team_id', [f.team, acct.id]);
    if (!r.length && !(await tx.query('SELECT 1 FROM desk_team WHERE id = $1', [f.team])).length) throw new HttpError(400, 'invalid_parameter', 'no such team', 'team');
    await audit(tx, ctx, 'desk-routing.member-added', f.team, { accountId: acct.id });
  });
}

export async function addRule(db: Db, ctx: Ctx, f: z.infer<typeof RuleForm>): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await tx.query('SELECT 1 FROM desk_team WHERE id = $1', [f.team])).length) throw new HttpError(400, 'invalid_parameter', 'no such team', 'team');
    const [r] = await tx.query<{ id: string }>(
      'INSERT INTO desk_routing_rule (position, kind, state_code, scian_prefix, locale, team_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [f.position, f.kind ?? null, f.state ?? null, f.scianPrefix ?? null, f.locale ?? null, f.team],
    );
    await audit(tx, ctx, 'desk-routing.rule-added', r!.id, f);
  });
  forgetRules(db);
}

export async function deleteRule(db: Db, ctx: Ctx, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const gone = /^[0-9a-f-]{36}$/i.test(id) ? await tx.query('DELETE FROM desk_routing_rule WHERE id = $1 RETURNING id, position, kind, state_code, scian_prefix, locale, team_id', [id]) : [];
    if (!gone.length) throw new HttpError(404, 'not_found', 'rule not found');
    await audit(tx, ctx, 'desk-routing.rule-deleted', id, null, gone[0]);
  });
  forgetRules(db);
}

export async function setTeamHours(db: Db, ctx: Ctx, f: z.infer<typeof HoursForm>): Promise<void> {
  const set = f.chatOpens !== undefined;
  const days = set ? [...new Set(f.chatDays.map(Number))].sort() : null;
  await db.transaction(async (tx) => {
    const r = await tx.query('UPDATE desk_team SET chat_opens = $2, chat_closes = $3, chat_days = $4::smallint[] WHERE id = $1 RETURNING id', [f.team, set ? f.chatOpens : null, set ? f.chatCloses : null, days]);
    if (!r.length) throw new HttpError(400, 'invalid_parameter', 'no such team', 'team');
    await audit(tx, ctx, 'desk-routing.team-hours', f.team, set ? { opens: f.chatOpens, closes: f.chatCloses, days } : { hours: 'desk' });
  });
}
