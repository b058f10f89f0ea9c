/**
 * The foreign-investment legal check: for an activity (SCIAN class) and a
 * foreign share, what the LIE says. Every conclusion carries its articles with
 * the date of their wording, and flags what our sources do not verify.
 */
import type { Localized } from '../catalogue/schema.ts';
import { ART9_THRESHOLD, LIE_RULES, LIE_TEXT, type LieRule, type LieStatus } from './rules.ts';

export type FdiStatus = 'allowed' | 'capped' | 'approval-required' | 'reserved-state' | 'reserved-mexicans';

export interface ArticleCitation {
  law: 'lie';
  article: string;
  fraction: string | null;
  reformedOn: string;
  text: Localized;
  unverified: boolean;
}

export interface FdiInput {
  scian: string;
  foreignPct: number;
  entry?: 'new-company' | 'branch' | 'acquisition';
  acquisitionAssetsMXN?: number;
  restrictedZone?: boolean;
}

export interface FdiResult {
  scian: string;
  foreignPct: number;
  status: FdiStatus;
  /** Highest foreign share possible: without approval for caps, with CNIE approval for art. 8/9 cases. */
  maxForeignPct: number;
  /** Whether the stated share is possible as planned (with the approvals listed). */
  permitted: boolean;
  requiresCNIE: boolean;
  rnie: { required: boolean; deadlineBusinessDays: number };
  neutralInvestment: { available: boolean; text: Localized };
  matchedRules: { id: string; activity: Localized; partial: Localized | null; unverified: boolean }[];
  articles: ArticleCitation[];
  notes: Localized[];
}

const SEVERITY: Record<LieStatus, number> = { 'reserved-state': 4, 'reserved-mexicans': 3, capped: 2, 'approval-required': 1 };

export function rulesFor(scian: string): LieRule[] {
  return LIE_RULES.filter((r) => r.scian.some((p) => scian.startsWith(p))).sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
}

const cite = (article: string, fraction: string | null, reformedOn: string, text: Localized, unverified = false): ArticleCitation => ({
  law: 'lie', article, fraction, reformedOn, text, unverified,
});

const fmtMXN = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n);

export function checkForeignInvestment(input: FdiInput): FdiResult {
  const pct = input.foreignPct;
  const rules = rulesFor(input.scian);
  const main = rules[0];
  const articles: ArticleCitation[] = [];
  const notes: Localized[] = [];
  let status: FdiStatus = 'allowed';
  let maxForeignPct = 100;
  let requiresCNIE = false;
  let permitted = true;

  if (!main) {
    articles.push(cite('4', null, LIE_TEXT.publishedOn, {
      es: 'La inversión extranjera puede participar en cualquier proporción en el capital de sociedades mexicanas, salvo lo que disponga la propia ley.',
      en: 'Foreign investment may hold any share of a Mexican company’s capital, except as the law itself provides.',
    }));
  } else {
    for (const r of rules) {
      articles.push(cite(r.article, r.fraction, r.reformedOn, r.activity, r.unverified ?? false));
    }
    switch (main.status) {
      case 'reserved-state':
        status = 'reserved-state';
        maxForeignPct = 0;
        permitted = false;
        notes.push({
          es: 'Área estratégica reservada al Estado: ni la inversión privada nacional ni la extranjera pueden realizarla. La Constitución (art. 28, reforma de octubre de 2024) reserva además el litio, el internet que presta el Estado y las actividades de sus empresas públicas.',
          en: 'A strategic area reserved to the State: neither Mexican nor foreign private investment may carry it out. The Constitution (art. 28, October 2024 reform) also reserves lithium, the Internet service provided by the State and the activities of State public enterprises.',
        });
        break;
      case 'reserved-mexicans':
        status = 'reserved-mexicans';
        maxForeignPct = 0;
        permitted = pct === 0;
        break;
      case 'capped':
        status = 'capped';
        maxForeignPct = main.maxForeignPct;
        permitted = pct <= main.maxForeignPct;
        break;
      case 'approval-required':
        maxForeignPct = 100;
        if (pct > 49) {
          status = 'approval-required';
          requiresCNIE = true;
        }
        break;
    }
  }

  // Art. 9: acquisitions above 49 % of a company whose assets exceed the CNIE threshold.
  if (input.entry === 'acquisition' && pct > 49 && (input.acquisitionAssetsMXN ?? 0) > ART9_THRESHOLD.amountMXN && status !== 'reserved-state' && status !== 'reserved-mexicans') {
    requiresCNIE = true;
    if (status === 'allowed') status = 'approval-required';
    articles.push(cite('9', null, LIE_TEXT.publishedOn, {
      es: `Adquirir más del 49 % de una sociedad mexicana cuyos activos totales superan el monto fijado por la CNIE requiere resolución favorable. Monto vigente: MXN ${fmtMXN(ART9_THRESHOLD.amountMXN)} (${ART9_THRESHOLD.resolution.es}, DOF ${ART9_THRESHOLD.publishedOn}); no se ha confirmado si hay una resolución posterior.`,
      en: `Acquiring more than 49% of a Mexican company whose total assets exceed the amount set by the CNIE needs its favourable resolution. Current amount: MXN ${fmtMXN(ART9_THRESHOLD.amountMXN)} (${ART9_THRESHOLD.resolution.en}, DOF ${ART9_THRESHOLD.publishedOn}); whether a later resolution exists is not confirmed.`,
    }, ART9_THRESHOLD.newerResolutionUnverified));
  }
  if (requiresCNIE) {
    articles.push(cite('28', null, LIE_TEXT.publishedOn, {
      es: 'La CNIE resuelve en un máximo de 45 días hábiles; si no lo hace, la solicitud se entiende aprobada en los términos presentados.',
      en: 'The CNIE decides within 45 business days; if it does not, the application is deemed approved as filed.',
    }));
  }

  const neutralAvailable = status === 'capped' || status === 'reserved-mexicans';
  if (neutralAvailable) {
    articles.push(cite('18–20', null, LIE_TEXT.publishedOn, {
      es: 'La inversión neutra (acciones sin voto o de voto limitado, o fideicomisos autorizados) no cuenta para los límites ni las reservas; la SE resuelve en 35 días hábiles, con afirmativa ficta.',
      en: 'Neutral investment (non-voting or limited-voting shares, or authorised trusts) does not count toward the caps or reservations; SE decides within 35 business days, with deemed approval.',
    }));
  }
  const rnieRequired = pct > 0 || input.entry === 'branch';
  if (rnieRequired && status !== 'reserved-state') {
    articles.push(cite('32', null, '1998-01-23', {
      es: 'Las sociedades con inversión extranjera (y las personas extranjeras que realizan habitualmente actos de comercio en México) deben inscribirse en el RNIE dentro de los 40 días hábiles siguientes.',
      en: 'Companies with foreign investment (and foreign persons trading habitually in Mexico) must register with the RNIE within 40 business days.',
    }));
  }
  if (input.entry === 'branch') {
    articles.push(cite('17, 17-A', null, '1996-12-24', {
      es: 'Una persona moral extranjera necesita autorización de la SE para realizar habitualmente actos de comercio en México; la SE resuelve en 15 días hábiles, con afirmativa ficta.',
      en: 'A foreign legal entity needs SE authorisation to trade habitually in Mexico; SE decides within 15 business days, with deemed approval.',
    }));
  }
  if (input.restrictedZone && pct > 0) {
    articles.push(cite('10–14', null, '1996-12-24', {
      es: 'Zona restringida (100 km de fronteras, 50 km de costas): las sociedades con cláusula de admisión de extranjeros pueden adquirir inmuebles para fines no residenciales avisando a la SRE en 60 días hábiles; los fines residenciales requieren fideicomiso con permiso de la SRE.',
      en: 'Restricted zone (100 km from borders, 50 km from coasts): companies with a foreigners-admission clause may buy property for non-residential use, notifying SRE within 60 business days; residential use needs a bank trust with an SRE permit.',
    }));
  }
  return {
    scian: input.scian,
    foreignPct: pct,
    status,
    maxForeignPct,
    permitted: permitted && status !== 'reserved-state',
    requiresCNIE,
    rnie: { required: rnieRequired && status !== 'reserved-state', deadlineBusinessDays: 40 },
    neutralInvestment: {
      available: neutralAvailable,
      text: neutralAvailable
        ? { es: 'Puede estructurar la participación que exceda el límite como inversión neutra (LIE arts. 18–20).', en: 'The share above the cap can be structured as neutral investment (LIE arts. 18–20).' }
        : { es: 'No es necesaria para esta actividad.', en: 'Not needed for this activity.' },
    },
    matchedRules: rules.map((r) => ({ id: r.id, activity: r.activity, partial: r.partial ?? null, unverified: r.unverified ?? false })),
    articles,
    notes: [
      ...notes,
      {
        es: `Texto de la LIE verificado contra la versión consolidada de la Cámara de Diputados (última reforma DOF ${LIE_TEXT.lastReformOn}). La correspondencia entre actividades de la ley y clases SCIAN es nuestra.`,
        en: `LIE text checked against the Chamber of Deputies consolidated version (last reform DOF ${LIE_TEXT.lastReformOn}). The mapping between the law's activities and SCIAN classes is ours.`,
      },
    ],
  };
}
