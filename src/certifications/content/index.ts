/**
 * The seed of the US ↔ Mexico certification and licence glossary (issue 14, part 1). Every pair cites at
 * least one official source for each side (npm run content:check fails otherwise); an agreement that
 * exists cites its own. Seed list: shared/reference/catalogue-audit-2026-12.md §4.
 *
 * Left out for lack of an official source we could cite (add them when one is found):
 * - UL 60950-1 ↔ NOM-019-SCFI "equivalence (2010)": the customs circular G417/2010 named in the audit was
 *   not found on an official site.
 * - ISO 9001 ↔ NMX-CC-9001-IMNC as an equivalent standard: marked unverified in the audit.
 * - Fundamentals of Engineering exam ↔ EGEL (CENEVAL): no government source for the EGEL's legal role.
 * - AWS welder, IPC-A-610 workmanship and ASQ auditor certifications ↔ CONOCER competency standards:
 *   the audit gives them as leads only; no CONOCER standard code confirmed.
 * - BEA BE-13 direct-investment survey ↔ RNIE registration: the BEA page address was not confirmed.
 * - Building permit / certificate of occupancy ↔ licencia de construcción / uso y ocupación: US permits are
 *   municipal and differ by city; no single official US source.
 * - AS9100 and ISO 13485 as certificates on their own: covered only through the QMSR pair until a source on
 *   their Mexican use is cited.
 */
import type { CertificationPairInput } from '../schema.ts';
import { businessPairs } from './business.ts';
import { tradeHealthPairs } from './trade-health.ts';
import { technicalPairs } from './technical.ts';

export const certificationPairs: CertificationPairInput[] = [...businessPairs, ...tradeHealthPairs, ...technicalPairs];
