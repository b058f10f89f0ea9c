/**
 * Which sources the glossary accepts (issue 14): Mexican official hosts (as for the rest of the
 * catalogue, coverage.ts), US government hosts (.gov: the issuing authority's own site), and a short
 * list of issuing bodies that are not governments but are the issuer of the very thing a pair
 * describes — intergovernmental organisations (HCCH for the apostille, WIPO for Madrid and the PCT)
 * and the accreditation and certification schemes themselves (ema, A2LA, ANAB, ILAC, ISO, IATF).
 * Anything else (law firms, consultancies, copies) fails `npm run content:check`.
 */
import { hostOf, isBanned, isOfficial, under } from '../catalogue/coverage.ts';
import { pairSources, type CertificationPair } from './schema.ts';

export const ISSUING_BODIES = ['hcch.net', 'wipo.int', 'ema.org.mx', 'a2la.org', 'anab.ansi.org', 'ilac.org', 'iso.org', 'iatfglobaloversight.org'];

export const isAcceptedSource = (url: string): boolean => {
  const h = hostOf(url);
  return !isBanned(url) && (isOfficial(url) || h.endsWith('.gov') || ISSUING_BODIES.some((d) => under(h, d)));
};

/** `where: url` for every glossary source that is not accepted. */
export function unacceptedSources(pairs: readonly CertificationPair[]): string[] {
  return pairs.flatMap((p) => [...pairSources(p)].filter(([, s]) => !isAcceptedSource(s.url)).map(([where, s]) => `${where}: ${s.url}`));
}

/** Figures for the content check: pairs, distinct sources, pairs with an agreement (yes or partial). */
export function glossaryFigures(pairs: readonly CertificationPair[]) {
  const urls = new Set(pairs.flatMap((p) => [...pairSources(p)].map(([, s]) => s.url)));
  return {
    pairs: pairs.length,
    sources: urls.size,
    citations: pairs.reduce((n, p) => n + [...pairSources(p)].length, 0),
    withAgreement: pairs.filter((p) => p.agreement.status === 'yes' || p.agreement.status === 'partial').length,
    mutualRecognition: pairs.filter((p) => p.agreement.status === 'yes').length,
  };
}
