/** The bilingual glossary: every term pair, in one list, and its lookup. */
import type { GlossaryTerm } from './term.ts';
import { companyTerms } from './terms-company.ts';
import { taxTerms } from './terms-tax.ts';
import { investmentTerms } from './terms-investment.ts';
import { labourTerms } from './terms-labour.ts';
import { tradeTerms } from './terms-trade.ts';
import { siteTerms } from './terms-site.ts';
import { governmentTerms } from './terms-government.ts';
import { sectorTerms } from './terms-sectors.ts';

export type { GlossaryTerm } from './term.ts';

export const glossary: readonly GlossaryTerm[] = [
  ...companyTerms, ...taxTerms, ...investmentTerms, ...labourTerms,
  ...tradeTerms, ...siteTerms, ...governmentTerms, ...sectorTerms,
];

const byId = new Map(glossary.map((t) => [t.id, t]));
export const glossaryTerm = (id: string): GlossaryTerm | undefined => byId.get(id);
