/** Editorial test helpers: command contexts for seeded accounts, and typical proposed changes. */
import type { Db } from '#src/db/client.ts';
import type { Role } from '#src/accounts/schema.ts';
import type { CatalogueView } from '#src/catalogue/read-model.ts';
import type { Procedure } from '#src/catalogue/schema.ts';
import type { EditorialCtx } from '#src/editorial/commands/context.ts';
import { seedAccount } from './staff.ts';

export interface Person {
  id: string;
  email: string;
  ctx: EditorialCtx;
}

/** An account created through the real invitation commands, with its command context. */
export async function person(db: Db, email: string, roles: Role[], states: string[] = []): Promise<Person> {
  const a = await seedAccount(db, { email, roles, states, totp: false });
  return { id: a.id, email, ctx: { actor: { id: a.id, label: email }, who: { id: a.id, roles, states }, requestId: null } };
}

export const REASON = { es: 'Cuota actualizada por la Ley Federal de Derechos 2027', en: 'Fee updated by the 2027 Federal Duties Law' };

/** The procedure with its first step's cost replaced by a fixed fee. */
export function withFee(view: CatalogueView, id: string, amountMXN: number): Procedure {
  const p = structuredClone(view.procedure(id)!);
  p.steps[0]!.costs = [{ kind: 'fixed', concept: { es: 'Derechos de evaluación', en: 'Assessment fee' }, amountMXN, year: 2027 }];
  return p;
}

export async function auditOf(db: Db, entityId: string): Promise<{ action: string; actor_label: string; before: any; after: any }[]> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return db.query('SELECT action, actor_label, before, after FROM audit_event WHERE entity_id = $1 ORDER BY id', [entityId]);
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The fields a browser would post from the form whose action is `action` (our own well-formed markup). */
export function formFields(page: string, action: string): Record<string, string> {
  const start = page.indexOf(`action="${action}"`);
  if (start < 0) throw new Error(`no form posting to ${action}`);
  const form = page.slice(start, page.indexOf('</form>', start));
  const out: Record<string, string> = {};
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    if (!name || (/type="checkbox"/.test(tag) && !/\schecked\b/.test(tag))) continue;
    out[unescape(name)] = unescape(attr(tag, 'value') ?? '');
  }
  for (const m of form.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) out[attr(m[1]!, 'name')!] = unescape(m[2]!);
  for (const m of form.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const selected = /<option value="([^"]*)" selected>/.exec(m[2]!) ?? /<option value="([^"]*)"/.exec(m[2]!);
    out[attr(m[1]!, 'name')!] = unescape(selected?.[1] ?? '');
  }
  return out;
}
