/**
 * The one place that reads process.env. Validated at boot: a bad value stops
 * the process with a message naming the variable, instead of failing later.
 */
import { z } from 'zod';

const Config = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  /** Embedded PGlite data directory (used when DATABASE_URL is not set). */
  DATA_DIR: z.string().min(1).default('./data'),
  /** PostgreSQL connection string; when set, PGlite is not used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Public origin used in canonical links, hreflang, JSON-LD and the OpenAPI servers list. */
  PUBLIC_URL: z.url().optional(),
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind TLS). */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /** Seconds to wait for in-flight requests on SIGTERM before closing anyway. */
  SHUTDOWN_TIMEOUT_S: z.coerce.number().int().min(1).max(300).default(10),
  /** SMTP server for staff mail (smtp:// or smtps://); unset: mail goes to the local outbox. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Sender of staff mail. */
  MAIL_FROM: z.string().min(3).default('Ventanilla <no-reply@localhost>'),
  /** A staff session ends after this many minutes without a request. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  /** A staff session ends this many hours after sign-in, however active. */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** Consecutive failed sign-ins (password or code) before an account is locked. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  /** Minutes a locked account stays locked. */
  LOGIN_LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /** Sign-in, reset and invitation form posts allowed per client IP per minute. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  /** Public "report an error" posts allowed per client IP per minute (per process). */
  REPORT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(5),
  /** Error reports accepted per client address per day (counted in the database, across processes). */
  REPORT_DAILY_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Who runs this installation, shown on the About page (e.g. the agency's name); unset: the page says so. */
  OPERATOR_NAME: z.string().trim().min(2).max(200).optional().or(z.literal('').transform(() => undefined)),
  /** Public contact address shown on the About, privacy and accessibility pages. */
  CONTACT_EMAIL: z.email().optional().or(z.literal('').transform(() => undefined)),
});

export type Config = z.infer<typeof Config> & { PUBLIC_URL: string };

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Config.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const host = c.HOST === '0.0.0.0' || c.HOST === '::' ? 'localhost' : c.HOST;
  return { ...c, PUBLIC_URL: (c.PUBLIC_URL ?? `http://${host}:${c.PORT}`).replace(/\/$/, '') };
}
