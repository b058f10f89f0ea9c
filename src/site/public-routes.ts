/** The site's own resources: about, privacy and accessibility pages, robots.txt, sitemap.xml and the icons. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, SEGMENTS, type Locale } from '../i18n/locale.ts';
import { sendCached } from '../web/page-cache.ts';
import type { AppDeps } from '../app.ts';
import type { PageContext } from '../web/layout.ts';
import type { SafeHtml } from '../web/html.ts';
import { aboutPage, accessibilityPage, privacyPage, type Operator } from './views/info-pages.ts';
import { robotsTxt, sitemapXml } from './sitemap.ts';
import { faviconIco, faviconSvg } from './logo.ts';

const HTML = 'text/html; charset=utf-8';
const DAY = 'public, max-age=86400';

export async function publicSiteRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const operator: Operator = { name: deps.config.OPERATOR_NAME, email: deps.config.CONTACT_EMAIL, retentionDays: deps.config.DESK_RETENTION_DAYS };
  const ctxFor = (locale: Locale): PageContext => ({ locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets });
  const cached = (req: FastifyRequest, reply: FastifyReply, key: string, type: string, render: () => string) =>
    sendCached(req, reply, deps.cache.get(`${deps.catalogue.current.revision}|${key}`, type, render));
  const page = (req: FastifyRequest, reply: FastifyReply, key: string, render: () => SafeHtml) => cached(req, reply, key, HTML, () => render().value);

  for (const locale of LOCALES) {
    const ctx = ctxFor(locale);
    const seg = (s: 'about' | 'privacy' | 'accessibility') => `/${locale}/${SEGMENTS[s][locale]}`;
    app.get(seg('about'), (req, reply) => page(req, reply, `${locale}|about`, () => aboutPage(ctx, deps.catalogue.current, operator)));
    app.get(seg('privacy'), (req, reply) => page(req, reply, `${locale}|privacy`, () => privacyPage(ctx, operator)));
    app.get(seg('accessibility'), (req, reply) => page(req, reply, `${locale}|accessibility`, () => accessibilityPage(ctx, operator)));
  }

  app.get('/sitemap.xml', (req, reply) =>
    cached(req, reply, 'sitemap.xml', 'application/xml; charset=utf-8', () => sitemapXml(deps.catalogue.current, deps.config.PUBLIC_URL)),
  );
  const robots = robotsTxt(deps.config.PUBLIC_URL);
  app.get('/robots.txt', (_req, reply) => reply.type('text/plain; charset=utf-8').header('Cache-Control', DAY).send(robots));
  const ico = faviconIco();
  app.get('/favicon.ico', (_req, reply) => reply.type('image/x-icon').header('Cache-Control', DAY).send(ico));
  app.get('/favicon.svg', (_req, reply) => reply.type('image/svg+xml').header('Cache-Control', DAY).send(faviconSvg));
}
