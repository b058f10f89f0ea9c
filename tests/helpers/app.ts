/** Builds the real app on a real, seeded database for integration tests. */
import type { FastifyInstance } from 'fastify';
import { createApp } from '#src/app.ts';
import { loadConfig } from '#src/config.ts';
import { seed } from '#src/catalogue/seed.ts';
import { CatalogueStore } from '#src/catalogue/store.ts';
import { buildAssets, type Assets } from '#src/web/assets.ts';
import type { Db } from '#src/db/client.ts';
import type { DbTarget } from './db.ts';

export const TEST_PUBLIC_URL = 'http://ventanilla.test';
let assets: Promise<Assets> | undefined;

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  catalogue: CatalogueStore;
  /** PostgreSQL only: the database's URL, to open a second pool as another process would. */
  url?: string | undefined;
  close(): Promise<void>;
}

/** `env`: configuration overrides (e.g. rate limits, TRUST_PROXY) for the test at hand. */
export async function buildTestApp(target: DbTarget, opts: { env?: Record<string, string> } = {}): Promise<TestApp> {
  const { db, dispose, url } = await target.create();
  await seed(db);
  const catalogue = new CatalogueStore(db);
  await catalogue.start();
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: TEST_PUBLIC_URL, LOG_LEVEL: 'silent', ...opts.env });
  const app = await createApp({ config, db, catalogue, assets: await (assets ??= buildAssets()), logger: false });
  await app.ready();
  return {
    app,
    db,
    catalogue,
    url,
    async close() {
      await app.close();
      await catalogue.stop();
      await dispose();
    },
  };
}
