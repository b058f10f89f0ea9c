/**
 * The seed catalogue: real, sourced content shipped with the code. It is loaded
 * into the database idempotently at start (see ../seed.ts); editors change the
 * database afterwards, and a restart never overwrites their edits.
 */
import type { z } from 'zod';
import type { Authority, Law, Office, ProcedureInput, Sector, State } from '../schema.ts';
import { authorities, offices } from './authorities.ts';
import { laws } from './laws.ts';
import { sectoralLaws } from './laws-sectoral.ts';
import { sectoralAuthorities } from './authorities-sectoral.ts';
import { sectors } from './sectors.ts';
import { states } from './states.ts';
import { procedures as constitution } from './procedures/federal-constitution.ts';
import { procedures as foreignInvestment } from './procedures/federal-foreign-investment.ts';
import { procedures as employment } from './procedures/federal-employment.ts';
import { procedures as trade } from './procedures/federal-trade.ts';
import { procedures as tradeDuties } from './procedures/federal-trade-duties.ts';
import { procedures as sectoral } from './procedures/federal-sectoral.ts';
import { procedures as local } from './procedures/state-municipal.ts';
import { procedures as sectoralPermits } from './procedures/federal-sectoral-permits.ts';
import { procedures as municipalServices } from './procedures/municipal-services.ts';
import { procedures as companyDuties } from './procedures/federal-company-duties.ts';
import { certificationPairs } from '../../certifications/content/index.ts';
import type { CertificationPairInput } from '../../certifications/schema.ts';

export interface SeedCatalogue {
  authorities: z.input<typeof Authority>[];
  offices: z.input<typeof Office>[];
  laws: z.input<typeof Law>[];
  sectors: z.input<typeof Sector>[];
  states: z.input<typeof State>[];
  procedures: ProcedureInput[];
  /** The US ↔ Mexico certification glossary (optional: test catalogues may leave it out). */
  certifications?: CertificationPairInput[];
}

export const seedCatalogue: SeedCatalogue = {
  authorities: [...authorities, ...sectoralAuthorities],
  offices,
  laws: [...laws, ...sectoralLaws],
  sectors,
  states,
  procedures: [...constitution, ...foreignInvestment, ...employment, ...trade, ...tradeDuties, ...sectoral, ...sectoralPermits, ...local, ...municipalServices, ...companyDuties],
  certifications: certificationPairs,
};
