/** Public roadmap pages: questionnaire → plan (+ .ics), and "Can I invest in …?". */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LOCALES, SEGMENTS, pathFor } from '../i18n/locale.ts';
import { notFound } from '../http/errors.ts';
import { sendCached } from '../web/page-cache.ts';
import type { AppDeps } from '../app.ts';
import type { PageContext } from '../web/layout.ts';
import { loadScian } from '../catalogue/scian.ts';
import { checkForeignInvestment } from '../legal/check.ts';
import { buildPlan } from './engine.ts';
import { decodeRoadmapId, encodeRoadmapId } from './roadmap-id.ts';
import { scianClasses, validateProfile, type FieldError } from './validate.ts';
import { PROFILE_FIELDS } from './profile.ts';
import { findActivities } from './activity-search.ts';
import { questionnairePage, type Answers } from './views/questionnaire.ts';
import { planPage } from './views/plan-page.ts';
import { fdiPage } from './views/fdi-page.ts';
import { planIcs } from './ics.ts';
import { comparePage } from './views/compare-page.ts';
import { compareStates, parseStates } from './compare.ts';
import { todayInMexicoCity } from '../calendar/business-days.ts';
import { isCalendarDate } from '../http/calendar-date.ts';

const HTML = 'text/html; charset=utf-8';

/**
 * The query as flat strings. A repeated parameter keeps its last non-empty value:
 * the activity search offers radios named like the SCIAN text field it sits beside.
 */
function answersOf(req: FastifyRequest): Answers {
  const out: Answers = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, unknown>)) {
    const values = (Array.isArray(v) ? v : [v]).map((x) => String(x ?? ''));
    const s = values.filter(Boolean).pop() ?? '';
    if (s.length <= 300) out[k] = s;
  }
  return out;
}

export async function publicRoadmapRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const scian = (await loadScian()).filter((s) => s.level === 'clase');
  const classes = await scianClasses();

  for (const locale of LOCALES) {
    const base = `/${locale}/${SEGMENTS.roadmap[locale]}`;
    const ctx: PageContext = { locale, publicUrl: deps.config.PUBLIC_URL, assets: deps.assets };
    const hitsFor = (a: Answers) => {
      const view = deps.catalogue.current;
      if (a.activity?.trim()) return findActivities(a.activity, scian, view);
      const sector = a.sector ? view.sectors.get(a.sector) : undefined;
      const title = new Map(scian.map((c) => [c.code, c.titleEs]));
      return sector ? sector.scian.filter((c) => title.has(c)).map((code) => ({ code, titleEs: title.get(code)!, score: 1 })) : [];
    };

    app.get(base, async (req, reply) => {
      const a = answersOf(req);
      const view = deps.catalogue.current;
      reply.type(HTML).header('Cache-Control', 'no-cache');
      if (a.find) return reply.send(questionnairePage(ctx, view, { answers: a, errors: [], activities: hitsFor(a) }).value);
      if (!a.go) return reply.send(questionnairePage(ctx, view, { answers: a, errors: [] }).value);
      // A sector chosen but no activity: show the sector's activities to pick from, not a bare "required".
      if (!a.scian?.trim() && (a.sector || a.activity?.trim())) {
        return reply.code(400).send(questionnairePage(ctx, view, { answers: a, errors: [{ field: 'scian', message: 'choose your activity from the list' }], activities: hitsFor(a) }).value);
      }
      const input: Record<string, string> = {};
      for (const k of PROFILE_FIELDS) if (a[k] !== undefined && a[k] !== '') input[k] = a[k];
      const v = await validateProfile(input);
      if (!v.ok) return reply.code(400).send(questionnairePage(ctx, view, { answers: a, errors: v.errors }).value);
      return reply.redirect(pathFor({ page: 'plan', id: encodeRoadmapId(v.profile) }, locale), 303);
    });

    // Compare states (static segment: wins over `${base}/:id`). The plan's own state comes first.
    app.get(pathFor({ page: 'compare' }, locale), (req, reply) => {
      const q = (req.query ?? {}) as Record<string, unknown>;
      const id = String(q.id ?? '');
      const profile = decodeRoadmapId(id);
      if (!profile || !classes.has(profile.scian)) throw notFound('roadmap');
      const view = deps.catalogue.current;
      const asked = parseStates([profile.state, ...(Array.isArray(q.states) ? q.states : [q.states])].filter((x) => x !== undefined && x !== ''));
      const states = asked.ok ? asked.states : [profile.state];
      const query = new URLSearchParams([['id', id], ...states.slice(1).map((s) => ['states', s])]).toString();
      reply.type(HTML).header('Cache-Control', 'no-cache');
      if (!asked.ok) return reply.code(400).send(comparePage(ctx, view, id, profile.state, [], query, asked.errors[0]).value);
      return reply.send(comparePage(ctx, view, id, profile.state, compareStates(view, profile, states), query).value);
    });

    app.get<{ Params: { id: string } }>(`${base}/:id`, (req, reply) => {
      const ics = req.params.id.endsWith('.ics');
      const id = ics ? req.params.id.slice(0, -4) : req.params.id;
      const profile = decodeRoadmapId(id);
      if (!profile || !classes.has(profile.scian)) throw notFound('roadmap');
      const view = deps.catalogue.current;
      if (ics) {
        // ?start=YYYY-MM-DD (older links) overrides the profile's start date.
        const start = String((req.query as Answers).start ?? '');
        const withStart = isCalendarDate(start) ? { ...profile, startDate: start } : profile;
        return reply
          .type('text/calendar; charset=utf-8')
          .header('Content-Disposition', 'attachment; filename="ventanilla-roadmap.ics"')
          .send(planIcs(buildPlan(view, withStart), id, locale, deps.config.PUBLIC_URL));
      }
      // Today is in the key: a plan without a start date starts from it, and every plan prints it.
      const today = todayInMexicoCity();
      const entry = deps.cache.get(`${view.revision}|${locale}|plan|${id}|${today}`, HTML, () => planPage(ctx, view, buildPlan(view, profile, today), id, today).value);
      return sendCached(req, reply, entry);
    });

    app.get(`/${locale}/${SEGMENTS.canInvest[locale]}`, (req, reply) => {
      const a = answersOf(req);
      reply.type(HTML).header('Cache-Control', 'no-cache');
      const hits = a.find ? hitsFor(a) : undefined;
      if (!a.go || a.find) return reply.send(fdiPage(ctx, a, [], hits, undefined).value);
      const errors: FieldError[] = [];
      if (!classes.has(a.scian ?? '')) errors.push({ field: 'scian', message: a.scian ? 'is not a SCIAN 2023 class' : 'required' });
      const pct = Number(a.pct);
      if (a.pct === undefined || a.pct === '' || !Number.isFinite(pct) || pct < 0 || pct > 100) errors.push({ field: 'pct', message: a.pct ? 'must be a number between 0 and 100' : 'required' });
      if (errors.length) return reply.code(400).send(fdiPage(ctx, a, errors, undefined, undefined).value);
      return reply.send(fdiPage(ctx, a, [], undefined, checkForeignInvestment({ scian: a.scian!, foreignPct: pct })).value);
    });
  }
}

