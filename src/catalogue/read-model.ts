/**
 * The published catalogue held in memory, with its indexes and derived data.
 * Public pages and the public API read only this (no query per request); it is
 * rebuilt at start and whenever the catalogue revision changes.
 */
import type { Authority, Law, Level, Office, Phase, Procedure, Sector, State } from './schema.ts';
import type { DocumentChangeRecord, StoredCatalogue, VersionRecord } from './queries.ts';
import type { ParsedCatalogue } from './validate.ts';
import { procedureTotals, type Range } from './totals.ts';
import { inOrder } from './dependencies.ts';
import type { CertificationPair } from '../certifications/schema.ts';

export interface ProcedureFilter {
  level?: Level | undefined;
  phase?: Phase | undefined;
  authority?: string | undefined;
  sector?: string | undefined;
  state?: string | undefined;
}

export interface Totals {
  costMXN: Range;
  durationDays: Range;
}

export class CatalogueView {
  readonly revision: number;
  readonly procedures: Procedure[];
  readonly authorities: Map<string, Authority>;
  readonly offices: Map<string, Office>;
  readonly laws: Map<string, Law>;
  readonly sectors: Map<string, Sector>;
  readonly states: Map<string, State>;
  /** The US ↔ Mexico certification glossary, by id. */
  readonly certifications: Map<string, CertificationPair>;
  /** The latest publications of state pages and reference content, newest first. */
  readonly documentChanges: DocumentChangeRecord[];
  private readonly byId = new Map<string, Procedure>();
  private readonly bySlug = new Map<string, Procedure>();
  private readonly stateBySlug = new Map<string, State>();
  private readonly totals = new Map<string, Totals>();
  private readonly meta: StoredCatalogue['procedureMeta'];
  private readonly versions: Map<string, VersionRecord[]>;

  constructor(c: StoredCatalogue) {
    this.revision = c.revision;
    // In the order an investor meets them: by dependency and phase (dependencies.ts).
    this.procedures = inOrder(c.procedures);
    this.authorities = new Map(c.authorities.map((a) => [a.id, a]));
    this.offices = new Map(c.offices.map((o) => [o.id, o]));
    this.laws = new Map(c.laws.map((l) => [l.id, l]));
    this.sectors = new Map(c.sectors.map((s) => [s.slug, s]));
    this.states = new Map(c.states.map((s) => [s.code, s]));
    this.certifications = new Map((c.certifications ?? []).map((x) => [x.id, x]));
    this.meta = c.procedureMeta;
    this.versions = c.history ?? new Map();
    this.documentChanges = c.documentChanges ?? [];
    for (const s of c.states) this.stateBySlug.set(s.slug, s);
    for (const p of this.procedures) {
      this.byId.set(p.id, p);
      this.bySlug.set(p.slug, p);
      this.totals.set(p.id, procedureTotals(p.steps));
    }
  }

  /** The whole catalogue as lists: what validateCatalogue checks a proposed change against. */
  parsed(): ParsedCatalogue {
    return {
      laws: [...this.laws.values()],
      authorities: [...this.authorities.values()],
      offices: [...this.offices.values()],
      states: [...this.states.values()],
      sectors: [...this.sectors.values()],
      procedures: this.procedures,
      certifications: [...this.certifications.values()],
    };
  }

  procedure(idOrSlug: string): Procedure | undefined {
    return this.byId.get(idOrSlug) ?? this.bySlug.get(idOrSlug);
  }

  state(codeOrSlug: string): State | undefined {
    return this.states.get(codeOrSlug) ?? this.stateBySlug.get(codeOrSlug);
  }

  totalsOf(p: Procedure): Totals {
    return this.totals.get(p.id)!;
  }

  lastUpdated(p: Procedure): { updatedAt: Date; version: number } | undefined {
    return this.meta.get(p.id);
  }

  /** Published versions of a procedure, oldest first. */
  history(p: Procedure): VersionRecord[] {
    return this.versions.get(p.id) ?? [];
  }

  /** The most recent versions across the catalogue (newest first): the public changes feed. */
  recentVersions(limit: number): { procedure: Procedure; record: VersionRecord; previous: VersionRecord | undefined }[] {
    const all: { procedure: Procedure; record: VersionRecord; previous: VersionRecord | undefined }[] = [];
    for (const p of this.procedures) {
      const list = this.history(p);
      list.forEach((record, i) => all.push({ procedure: p, record, previous: list[i - 1] }));
    }
    return all.sort((a, b) => b.record.publishedAt.getTime() - a.record.publishedAt.getTime() || a.procedure.id.localeCompare(b.procedure.id)).slice(0, limit);
  }

  /** Federal procedures apply everywhere; a local one applies where its states list allows. */
  appliesInState(p: Procedure, code: string): boolean {
    return p.level === 'federal' || p.states.length === 0 || p.states.includes(code);
  }

  /** The state's own (state and municipal) procedures, generic ones included. */
  localProcedures(code: string): Procedure[] {
    return this.procedures.filter((p) => p.level !== 'federal' && this.appliesInState(p, code));
  }

  filter(f: ProcedureFilter): Procedure[] {
    const sector = f.sector ? this.sectors.get(f.sector) : undefined;
    const inSector = sector ? new Set(sector.procedures) : undefined;
    return this.procedures.filter(
      (p) =>
        (!f.level || p.level === f.level) &&
        (!f.phase || p.phase === f.phase) &&
        (!f.authority || p.authority === f.authority || this.authorities.get(p.authority)?.parent === f.authority) &&
        (!inSector || inSector.has(p.id)) &&
        (!f.state || this.appliesInState(p, f.state)),
    );
  }

  proceduresOfAuthority(id: string): Procedure[] {
    return this.filter({ authority: id });
  }

  /** Certification pairs that name a procedure (its "US equivalent" links). */
  certificationsOf(procedureId: string): CertificationPair[] {
    return [...this.certifications.values()].filter((x) => x.procedures.includes(procedureId));
  }

  /** Sectors in a stable order: priority sectors first, then by slug. */
  sectorList(): Sector[] {
    return [...this.sectors.values()].sort((a, b) => Number(b.priority) - Number(a.priority) || a.slug.localeCompare(b.slug));
  }
}

