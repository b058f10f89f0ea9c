/** A staff member picks the language of the back office and of their e-mails. */
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../audit/record.ts';
import type { Locale } from '../../i18n/locale.ts';
import { setLocale } from '../queries.ts';
import type { Ctx } from './context.ts';

export async function setOwnLocale(db: Db, ctx: Ctx, input: { accountId: string; from: Locale; to: Locale }): Promise<void> {
  if (input.from === input.to) return;
  await db.transaction(async (tx) => {
    await setLocale(tx, input.accountId, input.to);
    await recordAudit(tx, { actor: ctx.actor, action: 'account.locale_changed', entityType: 'account', entityId: input.accountId, before: { locale: input.from }, after: { locale: input.to }, requestId: ctx.requestId });
  });
}
