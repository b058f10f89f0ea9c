/**
 * A glossary entry: a Spanish and an English term for one concept, the other
 * names people search with, and a short definition in each language. It feeds
 * the public glossary page and cross-lingual search (a query naming the term
 * in one language also searches for it in the other).
 *
 * Only standard meanings, or facts supported by /work/shared/reference; no
 * fees, deadlines or rates that the reference marks unverified.
 */
export interface GlossaryTerm {
  id: string;
  /** The headword in each language. */
  es: string;
  en: string;
  /** Other names people use (acronyms, spellings, near synonyms), per language. */
  aliases: { es: string[]; en: string[] };
  definition: { es: string; en: string };
  /** Catalogue procedures (ids) that deal with it. */
  procedures: string[];
}

/**
 * Compact constructor for the data files: the first name of each list is the
 * headword, the rest are aliases.
 */
export function term(
  id: string,
  es: [string, ...string[]],
  en: [string, ...string[]],
  definitionEs: string,
  definitionEn: string,
  procedures: string[] = [],
): GlossaryTerm {
  const [esHead, ...esAliases] = es;
  const [enHead, ...enAliases] = en;
  return { id, es: esHead, en: enHead, aliases: { es: esAliases, en: enAliases }, definition: { es: definitionEs, en: definitionEn }, procedures };
}
