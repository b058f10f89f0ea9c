/**
 * A database that cannot be reached is not a bug in the request: the answer is 503 with
 * Retry-After, so clients and proxies retry, and the visitor reads "try again shortly" rather than
 * "something went wrong" (issue 9, finding 11). Nothing was written: every write is one transaction.
 */
import { HttpError } from './errors.ts';

/** Seconds a client should wait before retrying. */
export const RETRY_AFTER_S = 5;

// PostgreSQL SQLSTATE classes 08 (connection exception), 57P01–57P03 (shutdown, cannot connect now),
// 53300 (too many connections); Node's socket errors; node-postgres' and PGlite's own messages.
const SQLSTATE = /^(08|57P0[123]|53300)/;
const SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const MESSAGE = /Connection terminated|timeout exceeded when trying to connect|PGlite is closed|Client has encountered a connection error|Cannot use a pool after calling end/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof e.code === 'string' && (SQLSTATE.test(e.code) || SOCKET.has(e.code))) return true;
  if (typeof e.message === 'string' && MESSAGE.test(e.message)) return true;
  // AggregateError (a connection attempt to several addresses)
  return Array.isArray(e.errors) && e.errors.some(isDatabaseUnavailable);
}

export const unavailable = () => new HttpError(503, 'unavailable', 'the service is temporarily unavailable; try again shortly');
