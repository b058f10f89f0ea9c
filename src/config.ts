/**
 * The one place that reads process.env. Validated at boot: a bad value stops
 * the process with a message naming the variable, instead of failing later.
 */
import { isIP } from 'node:net';
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
  /**
   * Which reverse proxies to believe about the client (X-Forwarded-For, -Proto, -Host): their
   * addresses or networks ("127.0.0.1,10.0.0.0/8"), or the number of proxy hops in front ("1").
   * Unset or "false": none. "true" is refused: it would believe any client's X-Forwarded-For and
   * let it pick the address every per-IP limit counts (issue 9, finding 2; ADR 017).
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((v, ctx): false | number | string[] => {
      if (v === '' || v === 'false' || v === '0') return false;
      if (v === 'true') {
        ctx.addIssue({ code: 'custom', message: 'true would trust any client; give the proxy addresses/networks (e.g. 127.0.0.1,10.0.0.0/8) or the number of proxy hops (e.g. 1)' });
        return z.NEVER;
      }
      if (/^\d+$/.test(v)) {
        const hops = Number(v);
        if (hops >= 1 && hops <= 10) return hops;
        ctx.addIssue({ code: 'custom', message: 'a hop count must be between 1 and 10' });
        return z.NEVER;
      }
      return addressList(v, ctx);
    }),
  /**
   * Client addresses or networks allowed to read GET /metrics ("127.0.0.1,10.0.0.0/8"); the client
   * address is the one TRUST_PROXY resolves. Unset: none (only METRICS_TOKEN opens it).
   */
  METRICS_ALLOW: z.string().trim().default('').transform((v, ctx) => (v === '' ? [] : addressList(v, ctx))),
  /** Bearer token that opens GET /metrics from any address (`Authorization: Bearer …`); at least 16 characters. */
  METRICS_TOKEN: z.string().trim().min(16, 'at least 16 characters').optional().or(z.literal('').transform(() => undefined)),
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
  /** Desk requests (quick forms and POST /api/v1/requests) allowed per client IP per minute (per process). */
  DESK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  CHAT_MESSAGES_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(120),
  /** Desk requests accepted per client address per day (counted in the database, across processes). */
  DESK_DAILY_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(30),
  /** Assistant questions (POST /api/v1/assistant/answers) allowed per client IP per minute (per process). */
  ASSISTANT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  /** "Was this page useful?" answers allowed per client IP per minute (per process). */
  FEEDBACK_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  /** "Was this page useful?" answers accepted per client address per day (counted in the database, across processes). */
  FEEDBACK_DAILY_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).max(1_000_000).default(100),
  /** First-response target of a desk request, in business hours (Mexico City, 09:00–18:00, business days). */
  DESK_FIRST_RESPONSE_HOURS: z.coerce.number().min(1).max(500).default(8),
  /** Open cases an advisor or officer is given automatically before the next one is skipped. */
  DESK_CAPACITY: z.coerce.number().int().min(1).max(10_000).default(40),
  /** Days after closing (cases) or resolving (error reports) before the requester's personal data is erased. */
  DESK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
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

/** A comma-separated list of addresses or networks (TRUST_PROXY, METRICS_ALLOW); a bad entry is named. */
function addressList(v: string, ctx: z.RefinementCtx): string[] {
  const list = v.split(',').map((x) => x.trim()).filter(Boolean);
  const bad = list.filter((x) => !isAddressOrNetwork(x));
  if (bad.length) {
    ctx.addIssue({ code: 'custom', message: `not an IP address or CIDR network: ${bad.join(', ')}` });
    return z.NEVER;
  }
  return list;
}

/** "10.0.0.1", "::1", "10.0.0.0/8", "fd00::/8". */
function isAddressOrNetwork(x: string): boolean {
  const [addr, prefix, ...rest] = x.split('/');
  const family = isIP(addr ?? '');
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}
