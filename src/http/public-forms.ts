/**
 * What every public HTML form plugin registers in its own encapsulated scope (desk quick forms,
 * feedback, error reports, the assistant's handoff, directory self-registration): cookies, url-encoded
 * bodies up to a limit, per-route rate limits (nothing global), and CSRF by a double-submit cookie of
 * its own name. The scope keeps these to its routes, so the rest of the site sets no cookie.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyRateLimit from '@fastify/rate-limit';
import { HttpError } from './errors.ts';
import type { Locale } from '../i18n/locale.ts';

export async function registerPublicForms(scope: FastifyInstance, opts: { csrfCookie: string; bodyLimit: number; tooMany: string }): Promise<void> {
  await scope.register(fastifyCookie);
  await scope.register(fastifyFormbody, { bodyLimit: opts.bodyLimit });
  await scope.register(fastifyRateLimit, { global: false, errorResponseBuilder: () => new HttpError(429, 'rate_limited', opts.tooMany) });
  await scope.register(fastifyCsrf, { sessionPlugin: '@fastify/cookie', cookieKey: opts.csrfCookie, cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax' }, logLevel: 'info' });
}

/** The page's language from its path (public forms live under /es/ and /en/). */
export const localeOfPath = (req: FastifyRequest): Locale => (req.url.startsWith('/en/') ? 'en' : 'es');

/** Whether the CSRF cookie must be Secure: the request came over HTTPS, or the site is served over it. */
export const secureRequest = (req: FastifyRequest, publicUrl: string): boolean => req.protocol === 'https' || publicUrl.startsWith('https:');
