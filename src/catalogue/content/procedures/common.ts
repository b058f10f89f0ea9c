/**
 * Shapes several procedure files share, so a rule is written once: a step nobody decides, a step the
 * Federal Fees Law charges nothing for, and the note of a local procedure whose term no general law sets.
 */

/** A step with no authority decision (a filing, a notice, a duty the company discharges): nothing to wait for. */
export const nothingToWait = (es: string, en: string) => ({
  waiting: { min: 0, max: 0, unit: 'business-days' as const },
  tacitApproval: 'none' as const,
  note: { es, en },
});

/** No fee: federal fees (derechos) exist only where the Ley Federal de Derechos sets them. */
export const noFederalFee = (es: string, en: string) => ({
  kind: 'free' as const,
  legalBasis: [{ law: 'lfd' }],
  note: { es, en },
});

/**
 * Note of a local procedure whose term no general law sets: the LNETB (art. 54 fr. IX) only makes the
 * authority publish its term and silence rule; `who` sets them, `portal` is where to read them.
 */
export const localTermNote = (who: { es: string; en: string }, portal: { es: string; en: string }, estimate: { es: string; en: string }) => ({
  es: `Ninguna ley general fija un plazo único ni la regla del silencio; corresponde fijarlos a ${who.es}. La LNETB (art. 54, fr. IX) obliga a publicar ese plazo, y si aplica la afirmativa o la negativa ficta, en el Portal Ciudadano Único de Trámites y Servicios; consulte la ficha del trámite en ${portal.es}. ${estimate.es}`,
  en: `No general law sets a single term or what the authority’s silence means; they are set by ${who.en}. The LNETB (Art. 54 fr. IX) requires that term, and whether positive or negative tacit approval applies, to be published on the national procedures portal (Portal Ciudadano Único de Trámites y Servicios); check the procedure sheet on ${portal.en}. ${estimate.en}`,
});

/** The LNETB sentence alone, for notes built around another rule (urban permits). */
export const lnetbTail = (portal: { es: string; en: string }) => ({
  es: `La LNETB (art. 54, fr. IX) obliga a publicar ese plazo, y si aplica la afirmativa o la negativa ficta, en el Portal Ciudadano Único de Trámites y Servicios; consulte la ficha del trámite en ${portal.es}.`,
  en: `The LNETB (Art. 54 fr. IX) requires that term, and whether positive or negative tacit approval applies, to be published on the national procedures portal (Portal Ciudadano Único de Trámites y Servicios); check the procedure sheet on ${portal.en}.`,
});
