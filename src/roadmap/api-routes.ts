/** Roadmap API v1: POST a profile, GET it back by id; the foreign-investment check alone. */
import { todayInMexicoCity } from '../calendar/business-days.ts';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import { LOCALES } from '../i18n/locale.ts';
import { notFound } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { sendCached } from '../web/page-cache.ts';
import type { AppDeps } from '../app.ts';
import { checkForeignInvestment } from '../legal/check.ts';
import { buildPlan } from './engine.ts';
import { presentFdi, presentPlan } from './presenters.ts';
import { decodeRoadmapId, encodeRoadmapId } from './roadmap-id.ts';
import { profileError, scianClasses, validateProfile } from './validate.ts';
import { ENTRIES } from './profile.ts';
import { CompareRequest, compareStates, parseStates } from './compare.ts';
import { presentComparison } from './presenters.ts';
import type { FieldError } from './validate.ts';

const JSON_TYPE = 'application/json; charset=utf-8';
const langQuery = z.object({ lang: z.enum(LOCALES).default('es') });
const fdiQuery = z.object({
  lang: z.enum(LOCALES).default('es'),
  scian: z.string().regex(/^\d{6}$/, 'must be a six-digit SCIAN 2023 class'),
  pct: z.coerce.number({ error: 'must be a number' }).finite().min(0).max(100),
  entry: z.enum(ENTRIES).optional(),
  assets: z.coerce.number().finite().min(0).optional(),
  restrictedZone: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});

export async function apiRoadmapRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const base = deps.config.PUBLIC_URL;
  const classes = await scianClasses();

  app.post('/api/v1/roadmaps', async (req, reply) => {
    const v = await validateProfile(req.body);
    if (!v.ok) throw profileError(v.errors);
    const id = encodeRoadmapId(v.profile);
    const view = deps.catalogue.current;
    const body = presentPlan(view, buildPlan(view, v.profile), id, v.lang, base);
    return reply.code(201).header('Location', `/api/v1/roadmaps/${id}?lang=${v.lang}`).type(JSON_TYPE).send(body);
  });

  // Compare states: one profile, 2–4 states; every bad field reported at once (profile fields as profile.x).
  app.post('/api/v1/roadmaps/compare', async (req, reply) => {
    const r = CompareRequest.safeParse(req.body ?? {});
    if (!r.success) throw profileError(r.error.issues.map((i): FieldError => ({ field: i.code === 'unrecognized_keys' ? i.keys.join(', ') : String(i.path[0] ?? 'body'), message: i.code === 'unrecognized_keys' ? 'unknown field' : i.code === 'invalid_type' && i.input === undefined ? 'required' : i.message })));
    const st = parseStates(r.data.states);
    const first = st.ok ? st.states[0] : '01';
    const v = await validateProfile({ state: first, ...r.data.profile, lang: r.data.lang });
    const errors = [...(st.ok ? [] : st.errors), ...(v.ok ? [] : v.errors.map((e) => ({ field: `profile.${e.field}`, message: e.message })))];
    if (!st.ok || !v.ok) throw profileError(errors);
    const view = deps.catalogue.current;
    return reply.type(JSON_TYPE).send(presentComparison(view, compareStates(view, v.profile, st.states), v.profile, r.data.lang, base));
  });

  app.get<{ Params: { id: string } }>('/api/v1/roadmaps/:id', (req, reply) => {
    const { lang } = parseQuery(langQuery, req.query, { strict: true });
    const profile = decodeRoadmapId(req.params.id);
    if (!profile || !classes.has(profile.scian)) throw notFound('roadmap');
    const view = deps.catalogue.current;
    // Without a start date in the profile the dates follow today's: part of the key.
    const key = `${view.revision}|api|roadmap|${req.params.id}|${lang}|${profile.startDate ?? todayInMexicoCity()}`;
    return sendCached(req, reply, deps.cache.get(key, JSON_TYPE, () => JSON.stringify(presentPlan(view, buildPlan(view, profile), req.params.id, lang, base))));
  });

  app.get('/api/v1/foreign-investment', (req, reply) => {
    const q = parseQuery(fdiQuery, req.query, { strict: true });
    if (!classes.has(q.scian)) throw profileError([{ field: 'scian', message: 'is not a SCIAN 2023 class' }]);
    const r = checkForeignInvestment({ scian: q.scian, foreignPct: q.pct, entry: q.entry, acquisitionAssetsMXN: q.assets, restrictedZone: q.restrictedZone });
    return reply.type(JSON_TYPE).send(presentFdi(r, q.lang));
  });
}
