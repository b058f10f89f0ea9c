/**
 * Issue 9, finding 9: the daily cap per address holds when posts arrive in parallel through two
 * processes (two connection pools on one PostgreSQL database): exactly the cap is accepted.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dbTargets } from '#tests/helpers/db.ts';
import { openPostgres } from '#src/db/postgres.ts';
import { seed } from '#src/catalogue/seed.ts';
import type { Db } from '#src/db/client.ts';
import { createReport, ReportLimitError } from './commands/create-report.ts';

for (const target of dbTargets()) {
  describe(`daily report cap under parallel posts (${target.name})`, () => {
    let dbs: Db[] = [];
    let dispose: () => Promise<void>;
    before(async () => {
      const created = await target.create();
      dispose = created.dispose;
      await seed(created.db);
      // A second pool stands for a second web process.
      dbs = created.url ? [created.db, await openPostgres(created.url)] : [created.db];
    });
    after(async () => {
      for (const d of dbs.slice(1)) await d.close();
      await dispose();
    });

    test('16 parallel posts from one address, cap 3: exactly 3 stored, 13 refused', async () => {
      const cap = 3;
      const results = await Promise.allSettled(
        Array.from({ length: 16 }, (_, i) =>
          createReport(dbs[i % dbs.length]!, { procedureId: 'sat-csd', stepNumber: null, message: `Parallel report number ${i}`, contactEmail: null, locale: 'es', ip: '198.51.100.7' }, { dailyLimit: cap }),
        ),
      );
      const accepted = results.filter((r) => r.status === 'fulfilled').length;
      const refused = results.filter((r) => r.status === 'rejected' && r.reason instanceof ReportLimitError).length;
      assert.equal(accepted, cap);
      assert.equal(refused, 16 - cap, 'every other post is refused by the cap, none fails otherwise');
      const [row] = await dbs[0]!.query<{ n: string }>("SELECT count(*) AS n FROM error_report WHERE message LIKE 'Parallel report number %'");
      assert.equal(Number(row!.n), cap);
    });
  });
}
