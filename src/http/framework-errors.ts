/**
 * Errors raised before a route runs — by Node's HTTP parser (malformed request, headers or URL too
 * large) or by Fastify's router (a URL that does not decode) — used to go out with Fastify's own
 * body and none of our security headers (issue 9, finding 11). They now carry the same headers as
 * every response and the project's error format, `{"error": {"code", "message"}}`.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './errors.ts';
import { headersFor } from './security-headers.ts';

/** Fastify's `clientErrorHandler`: the request never became a request, so we write to the socket. */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'the request took too long to arrive']
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'headers_too_large', 'the request line or headers are too large (URL or cookies too long)']
        : [400, 'bad_request', 'the request is not valid HTTP'];
  const body = JSON.stringify(errorBody(code, message));
  const headers = { ...headersFor(''), 'cache-control': 'no-store', 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body}`);
  }
  socket.destroy();
}

/** Fastify's `frameworkErrors`: the router could not even decode the URL (e.g. `%E0%A4%A`). */
export function frameworkErrorHandler(send: (req: FastifyRequest, reply: FastifyReply, status: number, code: string, message: string) => unknown) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    reply.headers(headersFor(req.url.split('?')[0] ?? ''));
    if (err.code === 'FST_ERR_BAD_URL') return send(req, reply, 400, 'bad_url', 'the URL is not validly percent-encoded');
    return send(req, reply, err.statusCode && err.statusCode < 500 ? err.statusCode : 400, 'bad_request', err.message);
  };
}
