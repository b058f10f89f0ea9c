/**
 * Request logging without secrets: invitation and password-reset links carry their one-time
 * token in the path, and a token in a log is a working credential for anyone who reads the logs
 * (issue 9, finding 10). The request serializer logs the URL with those segments replaced.
 */
import type { FastifyRequest } from 'fastify';

/** Paths whose next segment is a secret. */
const SECRET_PATH = /(\/staff\/(?:invitations|password\/reset)\/)[^/?#]+/g;
/** Query parameters that carry a secret (tracking tokens, reset tokens). */
const SECRET_PARAM = /([?&](?:token|t)=)[^&#]*/gi;

export function redactUrl(url: string): string {
  // Most requests (every public page) can carry neither: two regular expressions less per log line.
  if (!url.includes('/staff/') && !url.includes('=')) return url;
  return url.replace(SECRET_PATH, '$1[redacted]').replace(SECRET_PARAM, '$1[redacted]');
}

/** Fastify's default request fields, with the URL redacted. */
export function requestSerializer(req: FastifyRequest) {
  return {
    method: req.method,
    url: redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}
