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

/**
 * SAT procedures with no specific term in the CFF or in the RMF 2026 rules (DOF 28-12-2025) that govern
 * them (2.2.14, 2.4.10, 2.7.1.5; read 2026-12-04): the fichas of Anexo 2 of the RMF 2026 (which replaced
 * the old Anexo 1-A numbering) could not be read. CFF art. 37 gives SAT three months to answer any
 * request, silence meaning refusal (the LFPA excludes tax matters, art. 1). Replace with the ficha's
 * term once read on sat.gob.mx or in the DOF.
 */
export const cffPetition = (es: string, en: string) => ({
  waiting: { min: 0, max: 90, unit: 'calendar-days' as const },
  legalDeadline: { days: 90, unit: 'calendar-days' as const },
  tacitApproval: 'negative' as const,
  legalBasis: [{ law: 'cff', article: '37' }],
  note: {
    es: `${es} El CFF no fija un plazo propio para este trámite; su art. 37 da al SAT tres meses (unos 90 días naturales) para resolver cualquier instancia o petición, y su silencio equivale a una negativa (negativa ficta).`,
    en: `${en} The CFF sets no specific term for this procedure; its Art. 37 gives SAT three months (about 90 calendar days) to answer any request, and silence counts as a refusal.`,
  },
});

/**
 * A customs request to SAT whose answer the Customs Law does not time: the Federal Tax Code applies to the
 * Customs Law supplementarily (LA art. 1, read 2026-12-04) and its art. 37 gives SAT three months, silence
 * meaning refusal; the LFPA does not apply to tax matters (LFPA art. 1). Were a customs register held not to
 * be a tax matter, LFPA art. 17 would give the same three months and the same refusal. The RGCE rules, not read
 * here, may set a shorter administrative term, never a longer one than the Code's.
 */
export const customsPetition = (es: string, en: string) => {
  const t = cffPetition(
    `La Ley Aduanera no fija plazo para resolver esta solicitud; el Código Fiscal de la Federación se le aplica supletoriamente (LA art. 1). ${es}`,
    `The Customs Law sets no term for deciding this application; the Federal Tax Code applies to it supplementarily (LA Art. 1). ${en}`,
  );
  return { ...t, legalBasis: [{ law: 'la', article: '1' }, ...t.legalBasis] };
};

/**
 * A request to a federal ministry (or a decentralised body's act of authority) whose own law sets no term:
 * LFPA art. 17 caps the answer at three months, silence meaning refusal, "salvo que en otra disposición legal
 * o administrativa de carácter general se establezca otro plazo" — so `es`/`en` must say which regulation or
 * agreement was not read and may set a shorter term. Not for tax, labour or competition matters (LFPA art. 1).
 */
export const lfpaPetition = (es: string, en: string) => ({
  waiting: { min: 0, max: 90, unit: 'calendar-days' as const },
  legalDeadline: { days: 90, unit: 'calendar-days' as const },
  tacitApproval: 'negative' as const,
  legalBasis: [{ law: 'lfpa', article: '17' }],
  note: {
    es: `${es} La LFPA (art. 17) da a la dependencia un máximo de tres meses (unos 90 días naturales) para resolver, salvo que otra disposición general fije otro plazo, y su silencio equivale a una negativa (negativa ficta); a petición del interesado, la autoridad debe expedir constancia del silencio en 2 días hábiles.`,
    en: `${en} The LFPA (Art. 17) gives the ministry at most three months (about 90 calendar days) to decide, unless another general provision sets another term, and silence counts as a refusal; on request, the authority must certify the silence within 2 business days.`,
  },
});
