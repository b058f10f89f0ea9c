/**
 * Parses a whole catalogue and checks what zod cannot see per entity:
 * every reference (authority, office, law, prerequisite, producedBy, sector
 * procedure, SCIAN class) points at something that exists, ids are unique and
 * prerequisites have no cycle. Used by the seed loader, `npm run content:check` and
 * every publication from the back office.
 */
import { dependenciesOf } from './dependencies.ts';
import { z } from 'zod';
import { Authority, Law, Office, Procedure, Sector, State, type LegalRef } from './schema.ts';
import type { SeedCatalogue } from './content/index.ts';
import { scianCodeSet } from './scian.ts';
import { CertificationPair } from '../certifications/schema.ts';

export interface ParsedCatalogue {
  authorities: Authority[];
  offices: Office[];
  laws: Law[];
  sectors: Sector[];
  states: State[];
  procedures: Procedure[];
  /** The US ↔ Mexico certification and licence glossary (src/certifications). */
  certifications: CertificationPair[];
}

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(`catalogue has ${problems.length} problem(s):\n- ${problems.slice(0, 50).join('\n- ')}`);
  }
}

function parseAll<T>(schema: z.ZodType<T>, items: unknown[], label: (x: any) => string, problems: string[]): T[] {
  const out: T[] = [];
  for (const item of items) {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
    else for (const i of r.error.issues) problems.push(`${label(item)}: ${i.path.join('.')}: ${i.message}`);
  }
  return out;
}

function uniq(kind: string, ids: string[], problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push(`duplicate ${kind} id ${id}`);
    seen.add(id);
  }
  return seen;
}

export function validateCatalogue(raw: SeedCatalogue, scianCodes: Set<string> = scianCodeSet()): ParsedCatalogue {
  const problems: string[] = [];
  const c: ParsedCatalogue = {
    authorities: parseAll(Authority, raw.authorities, (x) => `authority ${x?.id}`, problems),
    offices: parseAll(Office, raw.offices, (x) => `office ${x?.id}`, problems),
    laws: parseAll(Law, raw.laws, (x) => `law ${x?.id}`, problems),
    sectors: parseAll(Sector, raw.sectors, (x) => `sector ${x?.slug}`, problems),
    states: parseAll(State, raw.states, (x) => `state ${x?.code}`, problems),
    procedures: parseAll(Procedure, raw.procedures, (x) => `procedure ${x?.id}`, problems),
    certifications: parseAll(CertificationPair, raw.certifications ?? [], (x) => `certification ${x?.id}`, problems),
  };
  const authorityIds = uniq('authority', c.authorities.map((a) => a.id), problems);
  const officeIds = uniq('office', c.offices.map((o) => o.id), problems);
  const lawIds = uniq('law', c.laws.map((l) => l.id), problems);
  uniq('sector', c.sectors.map((s) => s.slug), problems);
  uniq('state', c.states.map((s) => s.code), problems);
  const procIds = uniq('procedure', c.procedures.map((p) => p.id), problems);
  uniq('procedure slug', c.procedures.map((p) => p.slug), problems);

  const refs = (where: string, list: LegalRef[] | undefined) => {
    for (const r of list ?? []) if (!lawIds.has(r.law)) problems.push(`${where}: unknown law ${r.law}`);
  };
  for (const a of c.authorities) if (a.parent && !authorityIds.has(a.parent)) problems.push(`authority ${a.id}: unknown parent ${a.parent}`);
  for (const o of c.offices) if (!authorityIds.has(o.authority)) problems.push(`office ${o.id}: unknown authority ${o.authority}`);
  for (const p of c.procedures) {
    const at = `procedure ${p.id}`;
    if (!authorityIds.has(p.authority)) problems.push(`${at}: unknown authority ${p.authority}`);
    for (const q of p.prerequisites) if (!procIds.has(q)) problems.push(`${at}: unknown prerequisite ${q}`);
    if (p.level === 'federal' && p.states.length) problems.push(`${at}: a federal procedure lists states`);
    refs(at, p.legalBasis);
    p.steps.forEach((s, i) => {
      const st = `${at} step ${i + 1}`;
      if (s.office && !officeIds.has(s.office)) problems.push(`${st}: unknown office ${s.office}`);
      refs(st, s.legalBasis);
      refs(st, s.timeframe.legalBasis);
      for (const r of s.requirements) {
        if (r.producedBy && !procIds.has(r.producedBy)) problems.push(`${st}: requirement produced by unknown ${r.producedBy}`);
        refs(st, r.legalBasis);
      }
      for (const cost of s.costs) refs(st, cost.legalBasis);
    });
  }
  const groups = new Map<string, string[]>();
  for (const p of c.procedures) if (p.alternative) groups.set(p.alternative.group, [...(groups.get(p.alternative.group) ?? []), p.id]);
  for (const [g, ids] of groups) if (ids.length < 2) problems.push(`alternative group ${g}: only ${ids.join('')}; a group needs two or more procedures`);
  for (const s of c.sectors) {
    for (const q of s.procedures) if (!procIds.has(q)) problems.push(`sector ${s.slug}: unknown procedure ${q}`);
    for (const code of s.scian) if (!scianCodes.has(code)) problems.push(`sector ${s.slug}: ${code} is not a SCIAN 2023 code`);
    for (const pr of s.presets) {
      refs(`sector ${s.slug} preset ${pr.fact}`, pr.legalBasis);
      for (const x of pr.scianIn) if (!s.scian.some((code) => code.startsWith(x))) problems.push(`sector ${s.slug} preset ${pr.fact}: ${x} matches none of its classes`);
    }
  }
  uniq('certification', c.certifications.map((x) => x.id), problems);
  for (const x of c.certifications) for (const q of x.procedures) if (!procIds.has(q)) problems.push(`certification ${x.id}: unknown procedure ${q}`);
  // Prerequisites and produced documents together must order the procedures (a plan schedules by both).
  const cycle = findCycle(c.procedures.map((p) => ({ id: p.id, prerequisites: dependenciesOf(p).map((d) => d.on) })));
  if (cycle) problems.push(`dependency cycle (prerequisites and produced documents): ${cycle.join(' → ')}`);
  if (problems.length) throw new CatalogueError(problems);
  return c;
}

/** Depth-first search for a cycle in the prerequisite graph; returns it or null. */
export function findCycle(procs: { id: string; prerequisites: string[] }[]): string[] | null {
  const byId = new Map(procs.map((p) => [p.id, p]));
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 2) return null;
    if (state.get(id) === 1) return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 1);
    stack.push(id);
    for (const q of byId.get(id)?.prerequisites ?? []) {
      const c = visit(q);
      if (c) return c;
    }
    stack.pop();
    state.set(id, 2);
    return null;
  };
  for (const p of procs) {
    const c = visit(p.id);
    if (c) return c;
  }
  return null;
}
