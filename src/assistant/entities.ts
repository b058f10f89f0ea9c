/**
 * What a question is about, linked to the catalogue: states by name or common abbreviation (a fixed
 * dictionary: "CDMX", "Nuevo Leon", "Edomex"), glossary terms by their names, LIE activities by their
 * words, and everything else through the site's own search index (procedures, steps, sectors, laws,
 * SCIAN classes). A search hit counts only when it covers most of the question's own words: an entity
 * the catalogue does not have is reported as not found, never guessed.
 */
import type { CatalogueView } from '../catalogue/read-model.ts';
import type { State } from '../catalogue/schema.ts';
import { LIE_RULES, type LieRule } from '../legal/rules.ts';
import { glossary, type GlossaryTerm } from '../search/glossary/index.ts';
import type { DocType, SearchDoc } from '../search/documents.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { isAnyStopWord } from '../search/normalise.ts';
import { fold, folded, tokenize } from './text.ts';

/** The search service (its current index) or an index itself (evaluation, bench). */
export type SearchSource = { index(): SearchIndex } | SearchIndex;
export const indexOf = (s: SearchSource): SearchIndex => ('index' in s && typeof s.index === 'function' ? s.index() : (s as SearchIndex));

// Other names of states, beyond their official and short names (folded).
const STATE_ALIASES: Record<string, string[]> = {
  '09': ['cdmx', 'mexico city', 'ciudad de mexico', 'df', 'distrito federal'],
  '15': ['edomex', 'estado de mexico', 'state of mexico', 'mexico state', 'edo mex'],
  '19': ['nl', 'nuevo leon'],
  '02': ['bc', 'baja california'],
  '03': ['bcs', 'baja california sur'],
  '23': ['qroo', 'q roo', 'quintana roo'],
  '22': ['qro', 'queretaro'],
  '24': ['slp', 'san luis potosi', 'san luis'],
  '01': ['ags'],
  '11': ['gto'],
  '05': ['coahuila'],
  '16': ['michoacan'],
  '30': ['veracruz'],
};

interface Dictionary {
  states: { alias: string; state: State }[];
  terms: { name: string; term: GlossaryTerm }[];
}
const dictionaries = new WeakMap<CatalogueView, Dictionary>();

function dictionary(view: CatalogueView): Dictionary {
  let d = dictionaries.get(view);
  if (d) return d;
  const states: Dictionary['states'] = [];
  for (const s of view.states.values()) {
    // "México" alone is the country, not the State of Mexico.
    const names = new Set([s.shortName, s.code === '15' ? s.shortName : s.name, s.slug.replace(/-/g, ' '), ...(STATE_ALIASES[s.code] ?? [])].map((n) => tokenize(n).join(' ')));
    for (const alias of names) states.push({ alias, state: s });
  }
  // Longest first: "baja california sur" before "baja california".
  states.sort((a, b) => b.alias.length - a.alias.length);
  const terms: Dictionary['terms'] = [];
  for (const t of glossary) for (const n of [t.es, t.en, ...t.aliases.es, ...t.aliases.en]) terms.push({ name: tokenize(n).join(' '), term: t });
  terms.sort((a, b) => b.name.length - a.name.length);
  d = { states, terms };
  dictionaries.set(view, d);
  return d;
}

/** The state named in the question (longest name first), and the question without it. */
export function findState(view: CatalogueView, f: string): { state: State; rest: string } | null {
  for (const { alias, state } of dictionary(view).states) {
    const at = f.indexOf(` ${alias} `);
    if (at >= 0) return { state, rest: `${f.slice(0, at)} ${f.slice(at + alias.length + 2)}`.replace(/ +/g, ' ') };
  }
  return null;
}

/** The glossary term the question names exactly (after "what is…" has been stripped), longest name first. */
export function findTerm(view: CatalogueView, f: string, whole = false): GlossaryTerm | null {
  const wanted = f.trim();
  for (const { name, term } of dictionary(view).terms) {
    if (!name) continue;
    if (whole ? wanted === name : f.includes(` ${name} `)) return term;
  }
  return null;
}

// Words that ask, rather than name: left out when looking for the subject.
const QUESTION_WORDS = new Set(
  ('cuanto cuanta cuantos cuantas cuesta cuestan costo costos coste precio tarifa derechos cuota pagar paga pago gratis gratuito gratuita ' +
    'tarda tardan tiempo plazo plazos demora dias habiles requisito requisitos documento documentos documentacion papeles necesito necesita necesitan ' +
    'donde oficina oficinas horario horarios domicilio direccion linea internet portal liga enlace pagina web sitio fundamento legal ley leyes articulo articulos ' +
    'base quien quienes debe deben debo tengo aplica aplican obligatorio obligatoria significa significado definicion quiere decir puedo puede hacer ' +
    'tramitar solicitar obtener sacar conseguir presentar llevar entregar hay y tambien entonces ahora mexico dime saber quiero ' +
    'how much many long does do cost costs price fee fees charge free pay paid take takes time deadline days weeks quickly fast duration wait ' +
    'requirement requirements document documents paperwork papers need needs needed where office offices hours opening address person online ' +
    'website url link electronically basis law laws article articles regulation statute who must required mandatory apply applies applying ' +
    'mean means meaning define definition stand get obtain file submit bring present also tell know want please about so and mexico mexican ' +
    'peso pesos dolar dolares dollar dollars next last year years ano anos month months mes meses today tomorrow hoy manana will ' +
    'abrir abro iniciar empezar poner establecer crear montar open opening start starting set setting up create establish begin ' +
    'pide piden pedir presenta presentan ask asks asked regula regulan rige establece governs govern governed regulates sets ' +
    'tramite tramites procedure procedures process tiene have has should would could will one any there').split(' '),
);
// Words too general to identify a procedure alone ("the permit", "the registration").
const GENERIC = new Set(
  ('permiso permisos licencia licencias registro registros inscripcion alta autorizacion certificado aviso empresa empresas sociedad compania negocio ' +
    'permit permits licence licences license licenses registration register registry authorisation authorization certificate notice company companies business firm').split(' '),
);

// Words of foreign-ownership and project questions that do not name the activity.
export const ACTIVITY_NOISE = new Set(
  ('tener tiene have has hold holds extranjero extranjera extranjeros extranjeras foreigner foreigners foreign own owns owner ownership poseer dueno duenos participacion porcentaje ' +
    'por ciento percent percentage share stake capital acciones inversion inversionista invest investment investor investors cien todo toda totalidad ' +
    'entire entirely fully all whole wholly completely full mayoria majority mexicano mexicana mexicanos non no puede pueden can may allowed permitido ' +
    'planta plantas fabrica fabricas factory factories plant plants abrir instalar poner montar construir open set up build start proyecto project ' +
    'negocio business sector industria industry nueva nuevo new que cuales which what permisos permits licencias licenses licences needed need ' +
    'company companies empresa empresas sociedad activity actividad en in of de').split(' '),
);

/** The question's own words: what it names, without the asking words and stop words. */
export function subjectWords(f: string): string[] {
  return tokenize(f).filter((w) => w.length > 1 && !isAnyStopWord(w) && !QUESTION_WORDS.has(w));
}

// Words that, beside a state's name, ask for its investor desk or its economic-development secretariat.
const STATE_DESK = new Set(
  ('ventanilla unica inversion inversiones inversionista inversionistas desk investment investor investors one stop shop agency agencia promocion promotion ' +
    'secretaria economia desarrollo economico secretariat economic development ministry contacto contact atencion estatal state gobierno government').split(' '),
);
/** Whether the question's words (a state aside) only ask for the state's desk or secretariat. */
export const asksForStateDesk = (words: string[]): boolean => words.length > 0 && words.every((w) => STATE_DESK.has(w));

/** The words that name an activity (foreign-ownership and project questions). */
export const activityWords = (words: string[]): string[] => words.filter((w) => !ACTIVITY_NOISE.has(w) && !/^\d+$/.test(w));

// Words compare by their first six letters: registro/registration, licencia/licence, inscripción/inscribirse
// match; explosivos/exploración do not.
const prefix = (w: string) => w.slice(0, 6);

const vocabularies = new WeakMap<SearchIndex, Map<string, Set<string>>>();
/** A document's words, with the names of the glossary terms of its procedure (tax ID ↔ RFC). */
function vocabulary(index: SearchIndex, doc: SearchDoc): Set<string> {
  let byDoc = vocabularies.get(index);
  if (!byDoc) vocabularies.set(index, (byDoc = new Map()));
  let v = byDoc.get(doc.id);
  if (v) return v;
  const f = doc.fields;
  const text = [f.titleEs, f.titleEn, f.textEs, f.textEn, f.code, doc.context?.es, doc.context?.en];
  const procedureId = doc.type === 'procedure' ? doc.key : doc.type === 'step' ? doc.key.split('/')[0] : null;
  for (const t of glossary) {
    if ((procedureId && t.procedures.includes(procedureId)) || (doc.type === 'glossary' && doc.key === t.id)) text.push(t.es, t.en, ...t.aliases.es, ...t.aliases.en);
  }
  v = new Set(tokenize(text.filter(Boolean).join(' ')).map(prefix));
  byDoc.set(doc.id, v);
  return v;
}

/** Share of the question's specific words a document contains (generic words alone never link). */
function coverage(index: SearchIndex, doc: SearchDoc, words: string[]): number {
  const specific = words.filter((w) => !GENERIC.has(w));
  if (!specific.length) return 0;
  const v = vocabulary(index, doc);
  return specific.filter((w) => v.has(prefix(w))).length / specific.length;
}

export interface Linked {
  doc: SearchDoc;
  coverage: number;
}

// Words that make a procedure a follow-up of another (its renewal, yearly report, notice): a question
// about "the IMMEX programme" means the programme, not its annual report, unless it says so.
const QUALIFIERS = new Set(
  ('annual yearly quarterly report reports renewal notice update list anual trimestral informe reporte renovacion aviso actualizacion lista reglamento regulation regulations').split(' ').map((w) => w.slice(0, 6)),
);

/** The best search documents of the given types that cover the question's words (best first). */
export function linkDocs(source: SearchSource, words: string[], types: readonly DocType[], min = 0.6): Linked[] {
  if (!words.length) return [];
  const index = indexOf(source);
  const hits = index.search(words.join(' ')).top(40);
  const asked = new Set(words.map(prefix));
  // Only the question's specific words count in titles ("company" names half the catalogue).
  const specific = new Set(words.filter((w) => !GENERIC.has(w)).map(prefix));
  const ranked: (Linked & { order: number; penalty: number; inTitle: number })[] = [];
  hits.forEach((h, order) => {
    if (!types.includes(h.doc.type)) return;
    const c = coverage(index, h.doc, words);
    if (c < min) return;
    const title = tokenize(`${h.doc.title.es} ${h.doc.title.en}`).map(prefix);
    // A qualifier counts when the title has one the question lacks in both languages ("aviso" asked covers "notice").
    const qualified = (t: string) => tokenize(t).map(prefix).some((w) => QUALIFIERS.has(w) && !asked.has(w));
    const penalty = qualified(h.doc.title.es) && qualified(h.doc.title.en) ? 1 : 0;
    const inTitle = new Set(title.filter((w) => specific.has(w))).size;
    ranked.push({ doc: h.doc, coverage: c, order, penalty, inTitle });
  });
  // Covering more of the question first; then not a follow-up procedure; then naming more of it in the title; then the index's order.
  ranked.sort((a, b) => b.coverage - a.coverage || a.penalty - b.penalty || b.inTitle - a.inTitle || a.order - b.order);
  return ranked.map(({ doc, coverage: c }) => ({ doc, coverage: c }));
}

/** The LIE activity the question names (newspapers, broadcasting, legal services…), by its words. */
export function findLieRule(words: string[]): LieRule | null {
  const specific = words.filter((w) => !GENERIC.has(w));
  if (!specific.length) return null;
  let best: { rule: LieRule; c: number } | null = null;
  for (const rule of LIE_RULES) {
    const v = new Set(tokenize(`${rule.activity.es} ${rule.activity.en}`).map(prefix));
    const c = specific.filter((w) => v.has(prefix(w))).length / specific.length;
    if (c >= 0.6 && (!best || c > best.c)) best = { rule, c };
  }
  return best?.rule ?? null;
}

export { fold, folded };
