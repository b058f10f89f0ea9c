/**
 * Process entry: config → database (migrate, seed) → catalogue read model →
 * app → listen. On SIGTERM/SIGINT: stop accepting, finish in-flight requests
 * (bounded by SHUTDOWN_TIMEOUT_S), close the database, exit.
 */
import { loadConfig } from './config.ts';
import { openDb } from './db/client.ts';
import { observePoolWait } from './metrics/process.ts';
import { migrate } from './db/migrate.ts';
import { seed } from './catalogue/seed.ts';
import { CatalogueStore } from './catalogue/store.ts';
import { buildAssets } from './web/assets.ts';
import { createApp } from './app.ts';
import { asyncStdout } from './http/log-destination.ts';
import { MailWorker } from './mail/worker.ts';
import { scheduleRetention } from './desk/retention.ts';
import { transportFromConfig } from './mail/transport.ts';
import { startControlSocket } from './accounts/control-socket.ts';
import { controlHandler } from './accounts/admin-cli.ts';

// Milliseconds since the process started, per phase: logged once listening (start-up goals, issue 9).
const phases: Record<string, number> = { modules: Math.round(performance.now()) };
const phase = async <T>(name: string, step: Promise<T>): Promise<T> => {
  const t = performance.now();
  const out = await step;
  phases[name] = Math.round(performance.now() - t);
  return out;
};
const config = loadConfig();
const db = await phase('database', openDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: config.DB_POOL_SIZE, onPoolWait: observePoolWait }));
const catalogue = new CatalogueStore(db);
try {
  await phase('migrate', migrate(db));
  const seeded = await phase('seed', seed(db));
  if (seeded.revision !== null) await catalogue.announce(seeded.revision);
  await phase('catalogue', catalogue.start());
} catch (e) {
  await db.close();
  throw e;
}
// Staff mail: delivered after commit by this worker (SMTP, or files under DATA_DIR/outbox).
const mail = new MailWorker(db, transportFromConfig(config), { onError: (err, id) => app.log.error({ err, mailId: id }, 'mail delivery failed') });
// Request logs through a buffered destination, flushed at exit (src/http/log-destination.ts).
const assets = await phase('assets', buildAssets());
const app = await phase('app', createApp({ config, db, catalogue, assets, mail, logStream: asyncStdout() }));
mail.start();
// Personal data of closed cases and resolved reports is erased after DESK_RETENTION_DAYS (one run at a time across processes).
const retention = scheduleRetention(db, config.DESK_RETENTION_DAYS, (err) => app.log.error({ err }, 'retention run failed'));
// PGlite is single-process: `npm run admin:create` reaches this server through a socket in DATA_DIR instead.
const control =
  db.kind === 'pglite' ? await startControlSocket(config.DATA_DIR, controlHandler(db, config.PUBLIC_URL), (msg, err) => app.log.warn({ err }, msg)) : null;
app.log.info({ db: db.kind, revision: catalogue.current.revision, procedures: catalogue.current.procedures.length }, 'catalogue loaded');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down: finishing in-flight requests');
  const timer = setTimeout(() => {
    app.log.error('shutdown timed out; exiting');
    process.exit(1);
  }, config.SHUTDOWN_TIMEOUT_S * 1000);
  timer.unref();
  try {
    await app.close(); // stops accepting, waits for in-flight requests
    await catalogue.stop();
    await control?.close();
    await mail.stop();
    await retention.stop();
    await db.close();
    app.log.info('stopped cleanly');
    process.exit(0);
  } catch (err) {
    app.log.error({ err }, 'error during shutdown');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.PORT, host: config.HOST });
app.log.info({ startupMs: { ...phases, listening: Math.round(performance.now()) } }, 'listening');
