/**
 * Text helpers of the assistant: the question's language, folded words, and the
 * number formats shared by facts and answers (one formatter on both sides, so the
 * unsupported-claim check compares like with like).
 */
import type { Locale } from '../i18n/locale.ts';
import { fold, tokenize } from '../search/normalise.ts';

export { fold, tokenize };

// Words that only one of the two languages uses (folded), to tell them apart in a short question.
const ES = new Set(
  ('que cuanto cuanta cuantos cuesta cuestan cuesto tarda tardan tarde tiempo donde cual cuales quien quienes como necesito necesita ' +
    'requisitos documentos tramite tramites oficina horario horarios ley articulo fundamento impuesto nomina nominas estado puede puedo ' +
    'extranjero extranjera empresa sociedad el la los las del de en y es son para por con una un al se mi su significa pagar costo ' +
    'plazo dias habiles requiere hay tengo debo sirve hacer abrir registro inscripcion permiso licencia porcentaje tambien ' +
    'cuanto? ahora entonces dime quiero saber ciudad sobre tasa aviso trimestral anual informe programa certificado tiene hay esto eso palabra dame escribe ' +
    'traduce tambien cual mejor quien').split(' '),
);
const EN = new Set(
  ('what how much many long does do is are the a an of in for to and which who where when can cost costs fee fees take takes time ' +
    'need needs documents requirements office hours law article legal basis tax payroll state foreigner foreign own company ' +
    'procedure procedures mean means register registration permit licence license online link apply get my i it about also ' +
    'tell me want know rate there should must required business days notice quarterly annual report programme program certificate ' +
    'licence license define meaning into with from at on by be have has was were this that please hello hi give show write translate who will').split(' '),
);

/** es or en by the words used; Spanish punctuation and accents settle a tie; else the fallback. */
export function detectLanguage(question: string, fallback: Locale = 'es'): Locale {
  // Spanish punctuation, or an accent in a common word (names such as Querétaro or Nuevo León say nothing).
  let es = /[¿¡]/.test(question) || /(?:^|[^\p{L}])\p{Ll}*[ñáéíóú]/u.test(question) ? 1.5 : 0;
  let en = 0;
  for (const w of tokenize(question)) {
    if (ES.has(w)) es++;
    if (EN.has(w)) en++;
  }
  if (es === en) return fallback;
  return es > en ? 'es' : 'en';
}

/** The folded question with single spaces, padded, so that word-boundary patterns are simple. */
export const folded = (s: string): string => ` ${tokenize(s).join(' ')} `;

const money = { es: new Intl.NumberFormat('es-MX', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }) };
/** MXN 1,234.5 in both languages (Mexico writes amounts as the US does). */
export const mxn = (n: number, lang: Locale): string => `MXN ${money[lang].format(n)}`;
/** A count or a day figure: at most one decimal, the same in facts and answers. */
export const num = (n: number): string => String(Math.round(n * 10) / 10);
