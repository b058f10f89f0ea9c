/**
 * Who gets a new case (issue 11, item 4). Routing rules (data, edited by an administrator) are tried
 * by position: the first that matches the case (request type, state, sector prefix, language; an empty
 * criterion matches anything) sends it to its team, whose advisors take it. Without a matching rule, a
 * case about a state goes to that state's officers; any other, or when they are all at capacity, to the
 * advisors of the general queue. Among the candidates below their capacity: the fewest open cases, then
 * the one who received a case longest ago (round robin among equals). Nobody free: the case waits
 * unassigned, "received", in its queue.
 */
import type { Queryable } from '../db/client.ts';
import { candidates, listRules, type RoutingRule } from './queries.ts';
import type { Kind } from './schema.ts';

export interface RouteInput {
  kind: Kind;
  state: string | null;
  scian: string | null;
  locale: 'es' | 'en';
}

export const ruleMatches = (r: RoutingRule, c: RouteInput) =>
  (!r.kind || r.kind === c.kind) && (!r.stateCode || r.stateCode === c.state) && (!r.scianPrefix || (c.scian ?? '').startsWith(r.scianPrefix)) && (!r.locale || r.locale === c.locale);

type Candidate = Awaited<ReturnType<typeof candidates>>[number];
function pick(pool: Candidate[], capacity: number): Candidate | null {
  const free = pool.filter((c) => c.open < capacity);
  free.sort((a, b) => a.open - b.open || (a.last?.getTime() ?? 0) - (b.last?.getTime() ?? 0) || a.id.localeCompare(b.id));
  return free[0] ?? null;
}

/**
 * The rules are read on every intake but change only when an administrator edits them: they are
 * kept per database handle for RULES_TTL_MS and dropped at once when this process changes them
 * (forgetRules); another process's change takes effect within RULES_TTL_MS. Measured: one
 * statement fewer per intake (bench/desk.bench.ts).
 */
export const RULES_TTL_MS = 5_000;
const cached = new WeakMap<object, { at: number; rules: Promise<RoutingRule[]> }>();
export const forgetRules = (db: object) => void cached.delete(db);
function rulesOf(db: Queryable): Promise<RoutingRule[]> {
  const hit = cached.get(db);
  if (hit && Date.now() - hit.at < RULES_TTL_MS) return hit.rules;
  const rules = listRules(db);
  cached.set(db, { at: Date.now(), rules });
  rules.catch(() => cached.delete(db));
  return rules;
}

/** The case's team and, when `assign`, its assignee (a chat takes only the team: see commands/availability.ts). */
export async function route(db: Queryable, c: RouteInput, capacity: number, assign = true): Promise<{ teamId: string | null; assignee: { id: string; name: string } | null }> {
  const rule = (await rulesOf(db)).find((r) => ruleMatches(r, c));
  if (!assign) return { teamId: rule?.teamId ?? null, assignee: null };
  if (rule) return { teamId: rule.teamId, assignee: pick(await candidates(db, 'advisor', null, rule.teamId), capacity) };
  const pools = c.state ? [await candidates(db, 'state-officer', c.state)] : [];
  pools.push(await candidates(db, 'advisor', null));
  for (const pool of pools) {
    const chosen = pick(pool, capacity);
    if (chosen) return { teamId: null, assignee: chosen };
  }
  return { teamId: null, assignee: null };
}
