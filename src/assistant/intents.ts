/**
 * What is asked, from the words of the question (folded: lower case, no accents). One intent per
 * question, the most specific first: a foreign-ownership or payroll-tax question also says "how much",
 * and "what is the cost" is about cost, not a definition.
 */
export const INTENTS = ['foreign-ownership', 'payroll-tax', 'project', 'cost', 'time', 'documents', 'office', 'online', 'legal', 'who', 'term', 'overview'] as const;
export type Intent = (typeof INTENTS)[number];

const any = (...words: string[]) => new RegExp(words.map((w) => ` ${w} `).join('|'));

const PATTERNS: [Intent, RegExp][] = [
  ['foreign-ownership', any('extranjer[oa]s?', 'foreigners?', 'foreign (investor|investors|investment|company|companies|ownership|owner|owners|capital|shareholders?|persons?|individuals?)', 'inversion extranjera', 'non mexicans?', 'no mexicanos?')],
  ['payroll-tax', any('impuesto (sobre|a la|de) nominas?', 'impuesto estatal sobre nominas?', 'isn', 'payroll tax(es)?', 'state payroll', 'nominas?', 'payroll')],
  ['project', any('que tramites', 'cuales tramites', 'que permisos', 'cuales permisos', 'which procedures', 'what procedures', 'which permits', 'what permits', 'what licen[cs]es', 'que licencias', 'procedures (do|does|would|will) (i|we|a|an|one) need', 'tramites (necesito|necesita|se necesitan|hay que)', 'permisos (necesito|necesita|se necesitan)', 'para (abrir|instalar|poner|montar|construir) (una|un) (planta|fabrica)', 'to (open|set up|build|start) a (plant|factory)')],
  ['cost', any('cuanto cuesta', 'cuanto cuestan', 'cuanto se paga', 'cuanto hay que pagar', 'cuanto pago', 'costo', 'costos', 'coste', 'precio', 'tarifa', 'derechos', 'cuota', 'gratis', 'gratuito', 'pagar', 'cuesta', 'cuestan', 'how much', 'cost', 'costs', 'price', 'fee', 'fees', 'charge', 'free', 'pay', 'expensive')],
  ['time', any('cuanto tarda', 'cuanto tardan', 'cuanto tiempo', 'tiempo', 'plazo', 'plazos', 'tarda', 'tardan', 'demora', 'dias', 'rapido', 'how long', 'time', 'takes?', 'deadline', 'days', 'weeks', 'quickly', 'fast', 'duration', 'wait')],
  ['documents', any('requisitos?', 'documentos?', 'documentacion', 'papeles', 'que necesito (llevar|presentar|entregar)', 'que se necesita presentar', 'requirements?', 'documents?', 'paperwork', 'papers', 'what (do|does) (i|we|one) (need to|have to) (bring|submit|present|file)')],
  // "Do I need a land-use permit for an office?" asks who needs it, whatever place it names.
  ['who', any('do i need (a|an|the|to)', 'do we need (a|an|the|to)', 'necesito (un|una|el|la|los|las|tramitar|sacar|obtener|registrarme|inscribirme|permiso|licencia|registro)', 'is it mandatory', 'es obligatori[oa]', 'tengo que (tramitar|obtener|sacar|registrarme|inscribirme|presentar)')],
  ['online', any('pagina', 'en linea', 'por internet', 'internet', 'portal', 'liga', 'enlace', 'link', 'pagina web', 'sitio web', 'online', 'website', 'web', 'url', 'electronically', 'electronicamente')],
  ['office', any('donde', 'oficina', 'oficinas', 'horario', 'horarios', 'domicilio', 'direccion', 'ventanilla', 'where', 'office', 'offices', 'hours', 'opening', 'address', 'in person', 'presencial')],
  ['legal', any('fundamento', 'fundamento legal', 'base legal', 'que ley', 'cual ley', 'que articulo', 'articulo', 'articulos', 'ley', 'leyes', 'reglamento', 'legal basis', 'which law', 'what law', 'laws?', 'articles?', 'legal', 'regulation', 'statute')],
  ['who', any('quien (lo|la|los|las) necesita', 'quienes (lo|la|los|las) necesitan', 'who needs (it|this|one)', 'quien tiene que', 'quienes tienen que', 'quien necesita', 'quienes necesitan', 'quien debe', 'quienes deben', 'a quien aplica', 'aplica', 'aplican', 'tengo que', 'debo', 'es obligatorio', 'obligatori[oa]', 'who needs', 'who must', 'who has to', 'does it apply', 'applies', 'apply to', 'do i need', 'do we need', 'must i', 'do i have to', 'is it mandatory', 'mandatory', 'required')],
  ['term', any('que es', 'que son', 'que significa', 'que quiere decir', 'significado', 'definicion', 'what is', 'what are', 'what s', 'what does', 'meaning', 'mean', 'means', 'define', 'definition', 'stand for')],
];

/** "What is X?" / "¿Qué es X?" / "What does X mean?": the X, or null when the question is not a definition question. */
export function definitionOf(f: string): string | null {
  const m = /^ (?:que es|que son|que significa|que quiere decir|what is|what are|what s|define|definition of|definicion de|significado de)(?: (?:el|la|los|las|un|una|a|an|the))? (.+?) $/.exec(f) ?? /^ what (?:does|do) (?:(?:a|an|the) )?(.+?) (?:mean|stand for) $/.exec(f);
  return m ? ` ${m[1]} ` : null;
}

/** The intent the question states, or null (a follow-up like "and in Jalisco?" states none). */
export function intentOf(f: string, raw = f): Intent | null {
  for (const [intent, re] of PATTERNS) {
    if (intent === 'foreign-ownership') {
      // A foreigner owning a share: the foreign word and a share (a percentage) or an ownership word.
      const share = /\d\s*(%|por ?ciento|percent)/i.test(raw) || / (porcentaje|percent|percentage|share|stake|own|owns|ownership|poseer|ser dueno|participacion|cien por ciento|100 por ciento) /.test(f);
      if (re.test(f) && share && !/ (registro|registration|register|report|informe|aviso|notice) /.test(f)) return intent;
      continue;
    }
    if (intent === 'payroll-tax' && !(/ (impuesto|tax|isn|tasa|rate) /.test(f) && re.test(f))) continue;
    if (re.test(f)) return intent;
  }
  return null;
}

/** The share asked about in "can a foreigner own 60 % of…" (100 when it says all, or "fully"). */
export function shareOf(question: string, f: string): number | null {
  const m = /(\d{1,3}(?:[.,]\d+)?)\s*(?:%|por ?ciento|percent|pct)/i.exec(question);
  if (m) {
    const n = Number(m[1]!.replace(',', '.'));
    return n >= 0 && n <= 100 ? n : null;
  }
  if (/ (100|cien|todo|toda|totalidad|entire|entirely|fully|all|whole|wholly|completely|full) /.test(f)) return 100;
  if (/ (mayoria|majority) /.test(f)) return 51;
  return null;
}
