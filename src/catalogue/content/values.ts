/**
 * Reference values of 2026 that amounts in the catalogue are computed from (audit item 14), so a yearly
 * update changes one line and every fine or fee expressed in UMA follows. Sources: INEGI publishes the
 * UMA (DOF, January 2026; in force from 1 February 2026); CONASAMI's resolution of December 2025 (DOF)
 * sets the 2026 minimum wages.
 */
import type { Cost, LegalRef } from '../schema.ts';

/** Unidad de Medida y Actualización, MXN per day, from 2026-02-01. */
export const UMA_2026 = 117.31;
/** General minimum wage 2026, MXN per day. */
export const MIN_WAGE_2026 = 315.04;
/** Minimum wage 2026 in the northern border free zone, MXN per day. */
export const MIN_WAGE_BORDER_2026 = 440.87;

const mxn = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const round2 = (n: number) => Math.round(n * 100) / 100;

/** MXN value of `n` UMA at the 2026 value (rounded to cents). */
export const uma = (n: number) => round2(n * UMA_2026);

/**
 * A cost (usually a fine) set by law in UMA: the MXN range is computed from the 2026 UMA and the formula
 * says so in both languages.
 */
export function umaRange(concept: { es: string; en: string }, min: number, max: number, legalBasis: LegalRef[]): Cost {
  const es = `${min.toLocaleString('en-US')} a ${max.toLocaleString('en-US')} UMA × MXN ${mxn(UMA_2026)} (UMA 2026) = MXN ${mxn(uma(min))} a ${mxn(uma(max))}`;
  const en = `${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} UMA × MXN ${mxn(UMA_2026)} (2026 UMA) = MXN ${mxn(uma(min))} to ${mxn(uma(max))}`;
  return { kind: 'variable', concept, formula: { es, en }, minMXN: uma(min), maxMXN: uma(max), year: 2026, legalBasis };
}
