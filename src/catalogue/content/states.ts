/**
 * The 32 federal entities (INEGI codes 01–32): economic-development secretariat,
 * investor desk / one-stop shop and state payroll tax (Impuesto Sobre Nóminas, ISN).
 *
 * Source: /work/shared/reference/mexico-states-2026.md (§1 table, §2 ISN notes,
 * §3–4 cross-cutting notes, §7 source list), desk review of 2026-11-28.
 * "CPI" = Comité Promotor de Inversiones: the state investment-promotion committees
 * that the federal Secretaría de Economía has set up under Plan México since mid-2025.
 * They are coordination tables, not legal one-stop shops, and no committee URL was seen.
 * Payroll-tax rates are flagged `unverified` unless read in the state's own tax law on an
 * official site: on 2026-12-03 none of the 2025–2026 rates could be read there (only the
 * laws' official texts and reform dates), so every rate is shown "to be confirmed".
 * 2026-12-04: the nine states that had no official source (02, 03, 09, 15, 16, 19, 23, 24, 30)
 * now cite their tax law on the state congress or government site; those URLs and the rates in
 * their notes came from public research notes, not from our own reading, so the rates stay flagged.
 * No secretariat or agency website was confirmed by the sources, so no state has a
 * secretariat URL and most one-stop shops have `url: null` (never guess a domain).
 * 2026-12-04 (official sources only): every news, blog and consultancy source was removed. Each
 * state keeps only official sources (state congress, Periódico Oficial, state government). The
 * secretariat and investor-desk details and the notes that only the press supported are now
 * flagged (`unverified: true` and the PRESS_ONLY note). The payroll-tax rates stay flagged: the
 * stored copies of the official laws that could be read show only their opening pages, never the
 * article that sets the rate, so no rate was confirmed in an official text; each note says where
 * the figure came from and which official text should confirm it. Sonora's 2% is stated on two
 * official state pages, but neither is dated for 2026, so it also stays flagged. Two secretariats
 * were confirmed on state-government pages and are no longer flagged: Guanajuato (bulletins of
 * 11-02-2025 and 14-09-2025) and Morelos (bulletin 00570, 19-12-2024); their notes use PRESS_ONLY_DESK.
 */
import type { z } from 'zod';
import type { State } from '../schema.ts';

/**
 * 2026-12-04: the news sites, blogs and consultancy notes that the 2026-11-28 desk review cited were
 * removed: none is an official source. What only they supported stays in the file flagged.
 */
const PRESS_ONLY = {
  es: 'La secretaría, su titular, el organismo de promoción de inversiones y las demás notas de este estado provienen de notas de prensa y publicaciones no oficiales revisadas el 2026-11-28, que ya no se citan por no ser fuentes oficiales; no se leyó una página oficial del gobierno del estado que los confirme: por confirmar.',
  en: 'The secretariat, its head, the investment-promotion body and the other notes for this state come from press items and unofficial publications reviewed on 2026-11-28, which are no longer cited because they are not official sources; no official state-government page confirming them was read: to be confirmed.',
};

const PRESS_ONLY_DESK = {
  es: 'El organismo de promoción de inversiones y las demás notas de este estado provienen de notas de prensa y publicaciones no oficiales revisadas el 2026-11-28, que ya no se citan por no ser fuentes oficiales; no se leyó una página oficial del gobierno del estado que los confirme: por confirmar.',
  en: 'The investment-promotion body and the other notes for this state come from press items and unofficial publications reviewed on 2026-11-28, which are no longer cited because they are not official sources; no official state-government page confirming them was read: to be confirmed.',
};

const NO_RATE = {
  es: 'No se encontró la tasa general vigente en las fuentes revisadas; confírmela en la ley de hacienda o código fiscal del estado y su ley de ingresos 2026.',
  en: 'The current general rate was not found in the sources reviewed; confirm it in the state’s tax law (ley de hacienda or código fiscal) and its 2026 revenue law.',
};

export const states: z.input<typeof State>[] = [
  {
    code: '01',
    slug: 'aguascalientes',
    name: 'Aguascalientes',
    shortName: 'Aguascalientes',
    secretariat: { name: 'Secretaría de Desarrollo Económico, Ciencia y Tecnología', acronym: 'SEDECYT', head: 'Esaú Garza de Vega', seen: 'Aug 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Subsecretaría de Promoción a la Inversión (SEDECYT)', en: 'Under-Secretariat for Investment Promotion (Subsecretaría de Promoción a la Inversión, SEDECYT)' },
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una agencia de inversión independiente: la promoción de inversiones está en la Subsecretaría de Promoción a la Inversión de la SEDECYT. Su función como ventanilla para inversionistas está por confirmar.',
        en: 'No stand-alone investment agency was found: investment promotion sits in SEDECYT’s Under-Secretariat for Investment Promotion. Its role as an investor desk is to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 2.5,
      year: 2026,
      note: {
        es: '2.5 % en 2025 y 2026; una de esas publicaciones daba 2 % para 2022, así que la tasa ha cambiado en años recientes. No se leyó en la Ley de Hacienda ni en la Ley de Ingresos 2026 citadas. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '2.5% in 2025 and 2026; one of those publications gave 2% for 2022, so the rate has moved in recent years. It was not read in the cited Ley de Hacienda or 2026 revenue law. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” promotion platform (2020); its current status is to be confirmed.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Hacienda del Estado de Aguascalientes (última reforma P.O. 26-05-2025); Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 26-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Hacienda del Estado de Aguascalientes (última reforma P.O. 26-05-2025); Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 26-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Aguascalientes — Ley de Hacienda del Estado de Aguascalientes (última reforma P.O. 26-05-2025)', url: 'https://congresoags.gob.mx/agenda_legislativa/leyes/descargarPdf/198' },
      { title: 'Congreso del Estado de Aguascalientes — Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 26-12-2025)', url: 'https://congresoags.gob.mx/agenda_legislativa/leyes/descargarPdf/2528' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '02',
    slug: 'baja-california',
    name: 'Baja California',
    shortName: 'Baja California',
    secretariat: { name: 'Secretaría de Economía e Innovación', acronym: 'SEI', head: 'Kurt Honold Morales', seen: '2025', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Economía e Innovación (SEI), por confirmar.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Economía e Innovación (SEI, economy and innovation secretariat), to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 4.25,
      year: 2026,
      note: {
        es: '4.25 % en 2025 y 2026, descrita como la tasa más alta del país y situada en el art. 151-16 de la Ley de Hacienda del Estado, que desde 2024 unificaría la tasa base de 1.80 % y las sobretasas de 1.20 % y 1.25 %. Ese artículo no se leyó en el texto del Congreso citado. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '4.25% in 2025 and 2026, described as the highest rate in the country and placed in Art. 151-16 of the state Ley de Hacienda, which since 2024 would merge the 1.80% base rate and the 1.20% and 1.25% surcharges. That article was not read in the cited Congress text. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Según una nota de prensa, el fondo empresarial FIDEM, financiado con el ISN, se extinguió en mayo de 2025.',
        en: 'A news item reports that FIDEM, the business fund financed by the payroll tax, was wound up in May 2025.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Baja California — Ley de Hacienda del Estado de Baja California (edición 18-06-2026; impuesto sobre remuneraciones al trabajo personal, arts. 151-13 a 151-16)', url: 'https://www.congresobc.gob.mx/Documentos/ProcesoParlamentario/Leyes/TOMO_II/20260618_LEYHACES.PDF' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '03',
    slug: 'baja-california-sur',
    name: 'Baja California Sur',
    shortName: 'Baja California Sur',
    secretariat: { name: 'Secretaría de Turismo y Economía', acronym: 'SETUE', head: 'Maribel Collins Sánchez', seen: '2025', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Turismo y Economía (SETUE), por confirmar.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Turismo y Economía (SETUE, tourism and economy secretariat), to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Subiría de 2.5 % (2025) a 3 % en 2026 por reforma a la Ley de Hacienda del Estado (arts. 33 a 36). Notas de investigación previas indican que la Ley de Ingresos 2026 del Congreso (citada) reparte lo recaudado como equivalente a una tasa de 3 % y que la copia consolidada de la Ley de Hacienda en línea aún mostraba 2.5 %; no lo leímos. Confírmelo en el Boletín Oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Would rise from 2.5% (2025) to 3% in 2026 by an amendment to the state Ley de Hacienda (Arts. 33–36). Earlier research notes say the Congress’s 2026 revenue law (cited) allocates the proceeds as equivalent to a 3% rate and that the consolidated Ley de Hacienda online still showed 2.5%; we did not read it. Check the Boletín Oficial. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'El nombre «SETUES» (Secretaría de Turismo, Economía y Sustentabilidad) corresponde a la administración 2015–2021.',
        en: 'The name “SETUES” (tourism, economy and sustainability secretariat) belongs to the 2015–2021 administration.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Baja California Sur — Ley de Ingresos del Estado de Baja California Sur para el ejercicio fiscal 2026', url: 'https://www.cbcs.gob.mx/LEYES-BCS/LIngresosBCS-2026.doc' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '04',
    slug: 'campeche',
    name: 'Campeche',
    shortName: 'Campeche',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Jorge Luis Lavalle Maury', seen: '2025', unverified: true },
    oneStopShop: {
      name: { es: 'Consejo Promotor de Inversiones de Campeche', en: 'Campeche Investment Promotion Council (Consejo Promotor de Inversiones de Campeche)' },
      url: null,
      contact: null,
      description: {
        es: 'Consejo de promoción de inversiones creado a mediados de 2025. Es un órgano de coordinación y promoción, no una ventanilla legal de trámites; no se encontró sitio web.',
        en: 'Investment-promotion council created in mid-2025. It is a coordination and promotion body, not a legal one-stop shop for permits; no website was found.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: '3 % en 2025 y 2026. No se leyó en la Ley de Hacienda del Estado citada. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '3% in 2025 and 2026. It was not read in the cited state Ley de Hacienda. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Polo de Desarrollo Seybaplaya I (convenio firmado en septiembre de 2025).',
        en: 'Seybaplaya I development pole (Polo de Desarrollo; agreement signed in September 2025).',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Hacienda del Estado de Campeche (última reforma P.O.E. 29-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Hacienda del Estado de Campeche (última reforma P.O.E. 29-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Consejería Jurídica del Gobierno de Campeche — Ley de Hacienda del Estado de Campeche (última reforma P.O.E. 29-12-2025)', url: 'https://consejeria.campeche.gob.mx/pagina/LEXIUSCAMPECHE/docs/est/100047.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '05',
    slug: 'coahuila',
    name: 'Coahuila de Zaragoza',
    shortName: 'Coahuila',
    secretariat: { name: 'Secretaría de Economía', head: 'Luis Eduardo Olivares', seen: 'Nov 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Coahuila', en: 'Coahuila Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en septiembre de 2025 con la Secretaría de Economía federal (Plan México): una mesa de coordinación, no una ventanilla legal de trámites. En La Laguna existe además la plataforma regional «Invest in La Laguna» (con Durango). No se encontró sitio web del comité.',
        en: 'Investment Promotion Committee (CPI) installed in September 2025 with the federal Secretaría de Economía (Plan México): a coordination table, not a legal one-stop shop for permits. La Laguna also has the regional “Invest in La Laguna” platform (shared with Durango). No committee website was found.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: '3 % en 2026. No se leyó en la Ley de Ingresos 2026 citada ni en la ley de hacienda del estado. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '3% in 2026. It was not read in the cited 2026 revenue law or in the state’s tax law. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'El SARE municipal de Saltillo fue certificado por PROSARE (CONAMER) en 2018 y 2021; en 2021 obtuvo la mejor calificación del país (94.2/100) y la certificación máxima de 3 años. Con la extinción de la CONAMER en 2025, confirme la vigencia del certificado con la ATDT.',
        en: 'Saltillo’s municipal SARE (rapid business-opening system) was PROSARE-certified by CONAMER in 2018 and 2021; in 2021 it scored highest in the country (94.2/100) and got the maximum 3-year certificate. With CONAMER wound up in 2025, check with the ATDT that the certificate is still current.',
      },
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 30-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 30-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Coahuila — Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 30-12-2025)', url: 'https://www.congresocoahuila.gob.mx/transparencia/03/Leyes_Coahuila/coa932026.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '06',
    slug: 'colima',
    name: 'Colima',
    shortName: 'Colima',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Francisco Javier Rodríguez García', seen: '2025', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Desarrollo Económico (SEDECO), por confirmar. La nueva Ley de Desarrollo Económico (2025) incluye un eje de atracción de inversiones.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Desarrollo Económico (SEDECO, economic development secretariat), to be confirmed. The new state economic development law (2025) has an investment-attraction pillar.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Subiría de 2 % (2025) a 3 % en 2026. No se leyó en la Ley de Hacienda ni en la Ley de Ingresos 2026 citadas. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Would rise from 2% (2025) to 3% in 2026. It was not read in the cited Ley de Hacienda or 2026 revenue law. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'El Congreso aprobó en 2025 una nueva Ley de Desarrollo Económico del estado.',
        en: 'A new state economic development law (Ley de Desarrollo Económico) was approved in 2025.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Hacienda del Estado de Colima (última reforma P.O. 30-06-2026); Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 18-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Hacienda del Estado de Colima (última reforma P.O. 30-06-2026); Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 18-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Colima — Ley de Hacienda del Estado de Colima (última reforma P.O. 30-06-2026)', url: 'https://congresocol.gob.mx/web/Sistema/uploads/LegislacionEstatal/LeyesEstatales/Ley_de_hacienda_30junio2026_.pdf' },
      { title: 'Congreso del Estado de Colima — Ley de Ingresos del Estado para el ejercicio fiscal 2026 (P.O. 18-12-2025)', url: 'https://congresocol.gob.mx/web/Sistema/uploads/LegislacionEstatal/LeyesEstatales/Ingresos%20_Edo_2026.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '07',
    slug: 'chiapas',
    name: 'Chiapas',
    shortName: 'Chiapas',
    secretariat: { name: 'Secretaría de Economía y del Trabajo', acronym: 'SEyT', head: 'Luis Pedrero González', seen: 'Mar 2026', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Economía y del Trabajo (SEyT), que lleva los proyectos de parques industriales y Polos de Desarrollo; por confirmar.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Economía y del Trabajo (SEyT, economy and labour secretariat), which runs the industrial-park and development-pole (Polo) projects; to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Subiría de 2 % (2025) a 3 % en 2026. No se leyó en la Ley de Ingresos 2026 citada ni en la ley de hacienda del estado. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Would rise from 2% (2025) to 3% in 2026. It was not read in the cited 2026 revenue law or in the state’s tax law. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Ingresos del Estado para el ejercicio fiscal 2026 (última reforma P.O. 30-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Ingresos del Estado para el ejercicio fiscal 2026 (última reforma P.O. 30-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Chiapas — Ley de Ingresos del Estado para el ejercicio fiscal 2026 (última reforma P.O. 30-12-2025)', url: 'https://www.congresochiapas.gob.mx/new/Info-Parlamentaria/LEY_0114.pdf?v=MjM=' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '08',
    slug: 'chihuahua',
    name: 'Chihuahua',
    shortName: 'Chihuahua',
    secretariat: { name: 'Secretaría de Innovación y Desarrollo Económico', acronym: 'SIDE', head: 'Ulises Fernández Gamboa', seen: '2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Chihuahua', en: 'Chihuahua Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en octubre de 2025 con la Secretaría de Economía federal: una mesa de coordinación, no una ventanilla legal de trámites. El estado tiene además Prodech (Promotora para el Desarrollo Económico de Chihuahua), dedicada a infraestructura de parques industriales, y organiza los encuentros «Chihuahua Day» con inversionistas. No se encontraron sitios web.',
        en: 'Investment Promotion Committee (CPI) installed in October 2025 with the federal Secretaría de Economía: a coordination table, not a legal one-stop shop for permits. The state also has Prodech (Promotora para el Desarrollo Económico de Chihuahua), which builds industrial-park infrastructure, and holds “Chihuahua Day” investor events. No websites were found.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 4,
      year: 2026,
      note: {
        es: 'Subiría de 3 % (2025) a 4 % en 2026. No se leyó en el Código Fiscal del Estado citado. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Would rise from 3% (2025) to 4% in 2026. It was not read in the cited state Código Fiscal. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Chihuahua (última reforma POE 24-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Chihuahua (última reforma POE 24-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Chihuahua — Código Fiscal del Estado de Chihuahua (última reforma POE 24-12-2025)', url: 'https://www.congresochihuahua2.gob.mx/biblioteca/codigos/archivosCodigos/65.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '09',
    slug: 'ciudad-de-mexico',
    name: 'Ciudad de México',
    shortName: 'Ciudad de México',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Manola Zabalza Aldama', seen: '2025', unverified: true },
    oneStopShop: {
      name: { es: 'Agencia de Atracción de Inversiones de la Ciudad de México (InCDMX)', en: 'Mexico City Investment Attraction Agency (Agencia de Atracción de Inversiones, InCDMX)' },
      url: null,
      contact: null,
      description: {
        es: 'Agencia de atracción de inversiones dentro de la SEDECO, anunciada en 2025 (titular: Arturo Adolfo Palacios). El Comité Promotor de Inversiones de la ciudad se instaló el 29 de enero de 2026 y se anunció una «ventanilla especial» para desarrollos inmobiliarios. No se encontró sitio web oficial de la agencia.',
        en: 'Investment-attraction agency inside SEDECO, announced in 2025 (head: Arturo Adolfo Palacios). The city’s Investment Promotion Committee was installed on 29 January 2026, and a “special window” for real-estate developments was announced. No official agency website was found.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 4,
      year: 2026,
      note: {
        es: '4 % desde el 1 de enero de 2025 (antes 3 %), que esas publicaciones atribuyen a la reforma al art. 158 del Código Fiscal de la Ciudad de México (Gaceta Oficial 27-12-2024); la misma tasa regiría en 2026. Mencionan también una reducción de 1 punto para empresas que aumenten su plantilla en 33 % o más o que inicien operaciones, y descuentos transitorios en 2025 (1 punto para micro y 0.5 para pequeñas empresas). El impuesto está en los arts. 156 a 159 del Código Fiscal (texto de la Consejería Jurídica citado), pero el art. 158 no se leyó. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '4% from 1 January 2025 (was 3%), which those publications attribute to the amendment to Art. 158 of the Código Fiscal de la Ciudad de México (Gaceta Oficial, 27-12-2024); the same rate would apply in 2026. They also mention a 1-point reduction for firms that grow headcount by 33% or more or that start operations, and transitional discounts in 2025 (1 point for micro and 0.5 for small firms). The tax is in Arts. 156–159 of the Código Fiscal (the Consejería Jurídica text cited), but Art. 158 was not read. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Los avisos de funcionamiento de establecimientos mercantiles se gestionan en el SIAPEM; su dominio (siapem.cdmx.gob.mx) solo se vio en código público, por confirmar.',
        en: 'Business-establishment notices are handled through SIAPEM; its domain (siapem.cdmx.gob.mx) was seen only in public code, to be confirmed.',
      },
      {
        es: 'La licencia ambiental local era la LAUDF de la Secretaría del Medio Ambiente (SEDEMA), con actualización anual; desde noviembre de 2023 se sustituye por la Manifestación Ambiental Única (MAU), que se presenta en línea.',
        en: 'The local environmental licence was the LAUDF issued by the city environment secretariat (SEDEMA), updated yearly; since November 2023 it is replaced by the single environmental filing (Manifestación Ambiental Única, MAU), filed online.',
      },
    ],
    sources: [
      { title: 'Consejería Jurídica y de Servicios Legales de la CDMX — Código Fiscal de la Ciudad de México (impuesto sobre nóminas, arts. 156–159)', url: 'https://data.consejeria.cdmx.gob.mx/images/leyes/codigos/CODIGO_FISCAL_DE_LA_CDMX_6.2.pdf' },
      { title: 'Secretaría de Administración y Finanzas de la CDMX — Ley de Ingresos de la Ciudad de México para el ejercicio fiscal 2026 (Gaceta Oficial 19-12-2025)', url: 'https://servidoresx3.finanzas.cdmx.gob.mx/documentos/LeyIngresos_2026.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '10',
    slug: 'durango',
    name: 'Durango',
    shortName: 'Durango',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Fernando Rosas Palafox', seen: '2025', unverified: true },
    oneStopShop: {
      name: { es: 'Invest in La Laguna', en: 'Invest in La Laguna' },
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una agencia estatal. «Invest in La Laguna» es una plataforma regional de promoción compartida con Coahuila, no una oficina de gobierno; el contacto estatal es la Secretaría de Desarrollo Económico (SEDECO). Por confirmar.',
        en: 'No state agency was found. “Invest in La Laguna” is a regional promotion platform shared with Coahuila, not a government office; the state contact is the Secretaría de Desarrollo Económico (SEDECO). To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: '3 % en 2026. No se leyó en el Código Fiscal del Estado citado. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '3% in 2026. It was not read in the cited state Código Fiscal. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'El titular anterior de la SEDECO, Alfredo Herrera Deras, renunció (fecha no indicada en la fuente).',
        en: 'The previous SEDECO head, Alfredo Herrera Deras, resigned (date not shown in the source).',
      },
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Durango (última reforma P.O. 14-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Durango (última reforma P.O. 14-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Durango — Código Fiscal del Estado de Durango (última reforma P.O. 14-12-2025)', url: 'https://congresodurango.gob.mx/Archivos/legislacion/CODIGO%20FISCAL.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '11',
    slug: 'guanajuato',
    name: 'Guanajuato',
    shortName: 'Guanajuato',
    secretariat: { name: 'Secretaría de Economía', head: 'Claudia Cristina Villaseñor Aguilar', seen: 'Sep 2025' },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Guanajuato', en: 'Guanajuato Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en octubre de 2025: una mesa de coordinación, no una ventanilla legal de trámites. El estado tiene además COFOCE (Coordinadora de Fomento al Comercio Exterior, promoción de exportaciones) y Guanajuato Puerto Interior (puertointerior.guanajuato.gob.mx), cuyo papel como ventanilla para inversionistas está por confirmar.',
        en: 'Investment Promotion Committee (CPI) installed in October 2025: a coordination table, not a legal one-stop shop for permits. The state also has COFOCE (Coordinadora de Fomento al Comercio Exterior, export promotion) and Guanajuato Puerto Interior (puertointerior.guanajuato.gob.mx), whose role as an investor desk is to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2022,
      note: {
        es: 'Subió de 2.3 % a 3 % en 2022 según una nota de un despacho; la tasa de 2025–2026 no se confirmó y no se leyó la Ley de Hacienda para el Estado de Guanajuato en un sitio oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Raised from 2.3% to 3% in 2022 according to an advisory firm’s note; the 2025–2026 rate was not confirmed and the Ley de Hacienda para el Estado de Guanajuato was not read on an official site. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      {
        es: 'La secretaría y su titular están confirmados por los boletines del Gobierno del Estado (11-02-2025 y 14-09-2025, archivados en la categoría «SDES»).',
        en: 'The secretariat and its head are confirmed by state government bulletins (11-02-2025 and 14-09-2025, filed under the “SDES” category).',
      },
      PRESS_ONLY_DESK,
      {
        es: 'El nombre «Secretaría de Desarrollo Económico Sustentable (SDES)» corresponde a la administración 2018–2024; el sitio de boletines del estado aún archiva notas bajo «SDES».',
        en: 'The name “Secretaría de Desarrollo Económico Sustentable (SDES)” belongs to the 2018–2024 administration; the state bulletin site still files items under “SDES”.',
      },
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
    ],
    sources: [
      { title: 'Gobierno de Guanajuato — Boletines (categoría SDES; 11-02-2025: la Secretaria de Economía del Estado, Claudia Cristina Villaseñor Aguilar)', url: 'https://boletines.guanajuato.gob.mx/category/sdes/' },
      { title: 'Gobierno de Guanajuato — Boletines (categoría SDES, p. 5; 14-09-2025: Marca Guanajuato, la secretaria de Economía Claudia Cristina Villaseñor Aguilar)', url: 'https://boletines.guanajuato.gob.mx/category/sdes/page/5/index.php' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '12',
    slug: 'guerrero',
    name: 'Guerrero',
    shortName: 'Guerrero',
    secretariat: { name: 'Secretaría de Fomento y Desarrollo Económico', acronym: 'SEFODECO', seen: '2020', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Guerrero', en: 'Guerrero Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado el 7 de octubre de 2025 con la Secretaría de Economía federal: una mesa de coordinación, no una ventanilla legal de trámites. No se encontró sitio web. Por confirmar.',
        en: 'Investment Promotion Committee (CPI) installed on 7 October 2025 with the federal Secretaría de Economía: a coordination table, not a legal one-stop shop for permits. No website was found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 2,
      year: 2017,
      note: {
        es: '2 % según el art. 47 de la Ley 419 de Hacienda del Estado de Guerrero de 2017, citado en un artículo académico; una nota de un despacho de febrero de 2025 indica que Guerrero modificó el ISN para 2025, sin detalle. No se leyó la tasa en un texto oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '2% under Art. 47 of Guerrero’s 2017 Ley 419 de Hacienda, as quoted in an academic article; a February 2025 advisory-firm note says Guerrero changed its payroll tax for 2025, with no details. The rate was not read in an official text. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'El nombre de la secretaría solo está confirmado para 2019–2020 y no se encontró su titular en 2025: por confirmar.',
        en: 'The secretariat’s name is confirmed only for 2019–2020 and its 2025 head was not found: to be confirmed.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Guerrero número 420 (últimas modificaciones P.O. 23-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Guerrero número 420 (últimas modificaciones P.O. 23-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Guerrero — Código Fiscal del Estado de Guerrero número 420 (últimas modificaciones P.O. 23-12-2025)', url: 'https://congresogro.gob.mx/legislacion/codigos/ARCHI/codigo-fiscal-del-estado-de-guerrero-numero-420.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '13',
    slug: 'hidalgo',
    name: 'Hidalgo',
    shortName: 'Hidalgo',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Carlos Henkel Escorza', seen: 'Nov 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Invest Hidalgo', en: 'Invest Hidalgo' },
      url: null,
      contact: null,
      description: {
        es: 'Plataforma digital de promoción de inversiones presentada en febrero de 2023; no se encontró su dirección web ni evidencia reciente. El contacto es la Secretaría de Desarrollo Económico (SEDECO). Por confirmar.',
        en: 'Online investment-promotion platform presented in February 2023; its web address and recent activity were not found. The contact is the Secretaría de Desarrollo Económico (SEDECO). To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: null,
      year: null,
      note: {
        es: 'No se encontró la tasa general vigente; confírmela en el Código Fiscal del Estado citado. Una publicación no oficial (ya no citada) indica que para 2026 la base del impuesto se amplió a organismos públicos y partidos políticos; no se leyó en un texto oficial.',
        en: 'The current general rate was not found; confirm it in the cited state Código Fiscal. An unofficial publication (no longer cited) says that for 2026 the tax base was widened to public bodies and political parties; this was not read in an official text.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Polos de Desarrollo en Zapotlán y Tula.',
        en: 'Development poles (Polos de Desarrollo) in Zapotlán and Tula.',
      },
      {
        es: 'Pachuca, Mineral de la Reforma y Tulancingo tuvieron certificados SARE (época de la COFEMER); confirme si siguen vigentes.',
        en: 'Pachuca, Mineral de la Reforma and Tulancingo held SARE certificates (COFEMER era); check whether they are still current.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Hidalgo (última reforma P.O. 31-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Hidalgo (última reforma P.O. 31-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Hidalgo — Código Fiscal del Estado de Hidalgo (última reforma P.O. 31-12-2025)', url: 'https://www.congreso-hidalgo.gob.mx/biblioteca_legislativa/leyes_cintillo/Codigo%20Fiscal%20del%20Estado%20de%20Hidalgo.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '14',
    slug: 'jalisco',
    name: 'Jalisco',
    shortName: 'Jalisco',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Cindy Blanco Ochoa', seen: 'Jan 2026', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Jalisco', en: 'Jalisco Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una agencia de inversión independiente. El Comité Promotor de Inversiones (CPI) se instaló en octubre de 2025: una mesa de coordinación, no una ventanilla legal de trámites. El estado tiene una Ley para la Promoción de Inversiones de 2012. Por confirmar.',
        en: 'No stand-alone investment agency was found. The Investment Promotion Committee (CPI) was installed in October 2025: a coordination table, not a legal one-stop shop for permits. The state has a 2012 investment-promotion law (Ley para la Promoción de Inversiones). To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 2.5,
      year: 2022,
      note: {
        es: '2.5 % desde 2022. Para 2026 la tasa general no habría cambiado, pero se habría aumentado y unificado el impuesto aparte sobre remuneraciones no subordinadas (honorarios, consejeros y administradores; una fuente daba 5 % para pagos a consejeros). No se leyó en la Ley de Ingresos 2026 citada. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '2.5% from 2022. For 2026 the general rate reportedly did not change, but the separate tax on non-subordinate pay (fees, directors, administrators) was reportedly raised and unified (one source gave 5% for payments to directors). It was not read in the cited 2026 revenue law. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'La SEDECO depende de la Coordinación General Estratégica de Crecimiento y Desarrollo Económico (Mauro Garza Marín).',
        en: 'SEDECO sits under the Coordinación General Estratégica de Crecimiento y Desarrollo Económico (strategic coordination for growth and economic development; Mauro Garza Marín).',
      },
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Ingresos del Estado de Jalisco para el ejercicio fiscal 2026. El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Ingresos del Estado de Jalisco para el ejercicio fiscal 2026. The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Jalisco — Ley de Ingresos del Estado de Jalisco para el ejercicio fiscal 2026', url: 'https://congresoweb.congresojal.gob.mx/BibliotecaVirtual/legislacion/Ingresos/Documentos_PDF-Ingresos/Ley%20de%20Ingresos%20del%20Estado%20de%20Jalisco-240926.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '15',
    slug: 'estado-de-mexico',
    name: 'México',
    shortName: 'Estado de México',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Laura González Hernández', seen: 'Dec 2025', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Desarrollo Económico (SEDECO), por confirmar. La Comisión Estatal de Mejora Regulatoria (CEMER) debía convertirse en «Agencia Digital» en 2026, y una propuesta de Ley de Unidades Económicas crearía un registro digital único de negocios.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Desarrollo Económico (SEDECO), to be confirmed. The state regulatory-improvement commission (CEMER) was due to become a “Digital Agency” in 2026, and a proposed business-units law (Ley de Unidades Económicas) would create a single digital business register.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Impuesto sobre erogaciones por remuneraciones al trabajo personal: 3 %, que notas de investigación previas sitúan en el art. 57 del Código Financiero del Estado de México y Municipios; el Decreto 240 (Gaceta del Gobierno 17-12-2025) habría reformado los arts. 56 y 57 y añadido una cuota fija por trabajador para personas físicas con hasta 4 trabajadores. Ninguno de los dos textos oficiales citados se leyó en ese punto. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Tax on payments for personal work (impuesto sobre erogaciones por remuneraciones al trabajo personal): 3%, which earlier research notes place in Art. 57 of the Código Financiero del Estado de México y Municipios; Decree 240 (Gaceta del Gobierno, 17-12-2025) reportedly amended Arts. 56 and 57 and added a fixed amount per worker for individuals with up to 4 workers. Neither cited official text was read on that point. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Unos 22 municipios llegaron a tener el SARE certificado por PROSARE y 103 no lo estaban (fecha no indicada); entre los certificados se mencionan Tlalnepantla, Metepec, Tepotzotlán, Texcoco, Naucalpan y Huixquilucan. Confirme la vigencia con la ATDT, que asumió las funciones de la extinta CONAMER.',
        en: 'About 22 municipalities held a PROSARE-certified SARE at one point, with 103 not certified (date not shown); those named as certified include Tlalnepantla, Metepec, Tepotzotlán, Texcoco, Naucalpan and Huixquilucan. Check current status with the ATDT, which took over the functions of the former CONAMER.',
      },
      {
        es: 'Las fuentes fijas de jurisdicción estatal presentan la Cédula de Operación Integral ante la autoridad ambiental del estado.',
        en: 'Fixed emission sources under state jurisdiction file the Cédula de Operación Integral (integrated operating report) with the state environmental authority.',
      },
    ],
    sources: [
      { title: 'Legislatura del Estado de México — Código Financiero del Estado de México y Municipios (impuesto sobre erogaciones por remuneraciones al trabajo personal, arts. 56–59)', url: 'https://legislacion.congresoedomex.gob.mx/storage/documentos/legislacion/7-C%C3%93DIGO%20FINANCIERO.pdf' },
      { title: 'Gaceta del Gobierno del Estado de México (17-12-2025) — Decreto número 240 (reforma a los arts. 56 y 57 del Código Financiero)', url: 'https://legislacion.edomex.gob.mx/sites/legislacion.edomex.gob.mx/files/files/pdf/gct/2025/diciembre/dic172/dic172c.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '16',
    slug: 'michoacan',
    name: 'Michoacán de Ocampo',
    shortName: 'Michoacán',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Claudio Méndez Fernández', seen: 'Nov 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Michoacán', en: 'Michoacán Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en octubre de 2025: una mesa de coordinación, no una ventanilla legal de trámites. Se planearon comités municipales en Pátzcuaro, Uruapan y Lázaro Cárdenas. No se encontró sitio web. Por confirmar.',
        en: 'Investment Promotion Committee (CPI) installed in October 2025: a coordination table, not a legal one-stop shop for permits. Municipal committees were planned for Pátzcuaro, Uruapan and Lázaro Cárdenas. No website was found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Impuesto sobre erogaciones por remuneración al trabajo personal: 3 %, que notas de investigación previas sitúan en la Ley de Hacienda del Estado de Michoacán de Ocampo (edición de octubre de 2025 citada); el gobierno habría anunciado que no cambian las tasas en 2026. El artículo no se leyó en ese texto oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Tax on payments for personal work (impuesto sobre erogaciones por remuneración al trabajo personal): 3%, which earlier research notes place in the Ley de Hacienda del Estado de Michoacán de Ocampo (October 2025 edition cited); the state government reportedly announced no rate changes for 2026. The article was not read in that official text. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      { es: 'Polo de Desarrollo Bajío / Morelia.', en: 'Bajío / Morelia development pole (Polo de Desarrollo).' },
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
    ],
    sources: [
      { title: 'Gobierno del Estado de Michoacán — Ley de Hacienda del Estado de Michoacán de Ocampo (edición de octubre de 2025)', url: 'https://michoacan.gob.mx/wp-content/uploads/2025/10/LEY-DE-HACIENDA-DEL-ESTADO-DE-MICHOACA%CC%81N.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '17',
    slug: 'morelos',
    name: 'Morelos',
    shortName: 'Morelos',
    secretariat: { name: 'Secretaría de Desarrollo Económico y del Trabajo', acronym: 'SDEyT', head: 'José Víctor Sánchez Trujillo', seen: 'Dec 2024' },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones y Consultas T-MEC de Morelos', en: 'Morelos Investment Promotion and USMCA Consultation Committee (Comité Promotor de Inversiones y Consultas T-MEC)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité instalado en octubre de 2025: una mesa de coordinación, no una ventanilla legal de trámites. En abril de 2025 se anunciaron una cartera de inversiones y una plataforma de vinculación empresarial. No se encontró sitio web del comité.',
        en: 'Committee installed in October 2025: a coordination table, not a legal one-stop shop for permits. An investment portfolio and a business-linkage platform were announced in April 2025. No committee website was found.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Subiría de 2.5 % (2025) a 3 % en 2026; Morelos también figuraba entre los estados que modificaron el ISN para 2025. No se citó ni se leyó la legislación fiscal del estado. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Would rise from 2.5% (2025) to 3% in 2026; Morelos was also listed among the states that changed the payroll tax for 2025. The state’s tax law was neither cited nor read. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      {
        es: 'La secretaría y su titular están confirmados por el boletín 00570 del Gobierno del Estado (19-12-2024). En 2025 la gobernadora anunció en el portal del gobierno la creación de una Comisión de Inversiones para atender a quienes deseen invertir en el estado; su relación con el comité de inversiones descrito arriba está por confirmar.',
        en: 'The secretariat and its head are confirmed by state government bulletin 00570 (19-12-2024). In 2025 the governor announced on the government portal a Comisión de Inversiones (investment commission) to serve prospective investors; how it relates to the committee described above is to be confirmed.',
      },
      PRESS_ONLY_DESK,
    ],
    sources: [
      { title: 'Gobierno de Morelos — Boletín 00570 (19-12-2024): Morelos, tierra de oportunidades para el desarrollo económico y social (SDEyT; titular José Víctor Sánchez Trujillo)', url: 'https://www.morelos.gob.mx/ultimas-noticias/morelos-tierra-de-oportunidades-para-el-desarrollo-economico-y-social-sdeyt' },
      { title: 'Gobierno de Morelos — Noticias recientes (2025): creación de la Comisión de Inversiones', url: 'https://morelos.gob.mx/?q=gobernadores' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '18',
    slug: 'nayarit',
    name: 'Nayarit',
    shortName: 'Nayarit',
    secretariat: { name: 'Secretaría de Economía', head: 'César Octavio Lara Fonseca', seen: 'Oct 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Nayarit', en: 'Nayarit Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en 2025: una mesa de coordinación, no una ventanilla legal de trámites. No se encontró sitio web. Por confirmar.',
        en: 'Investment Promotion Committee (CPI) installed in 2025: a coordination table, not a legal one-stop shop for permits. No website was found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: { ratePct: null, year: null, note: NO_RATE, unverified: true },
    notes: [
      PRESS_ONLY,
      { es: 'Proyectos de puerto seco y Polo de Desarrollo.', en: 'Dry-port and development-pole (Polo) projects.' },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Nayarit (P.O. 19-12-2022). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Nayarit (P.O. 19-12-2022). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Nayarit — Código Fiscal del Estado de Nayarit (P.O. 19-12-2022)', url: 'https://congresonayarit.gob.mx/wp-content/uploads/QUE_HACEMOS/LEGISLACION_ESTATAL/codigos/codigo_fiscal_estado_nayarit.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '19',
    slug: 'nuevo-leon',
    name: 'Nuevo León',
    shortName: 'Nuevo León',
    secretariat: { name: 'Secretaría de Economía', head: 'Betsabé Rocha Nieto', seen: '2025', unverified: true },
    oneStopShop: {
      name: { es: 'Invest Monterrey', en: 'Invest Monterrey' },
      url: null,
      contact: null,
      description: {
        es: 'Agencia de promoción público-privada creada tras el cierre de ProMéxico (hacia 2019), respaldada por el gobierno del estado, Caintra, Canaco, Coparmex y grandes empresas. No se encontró su dirección web. Por confirmar.',
        en: 'Public–private investment-promotion agency set up after ProMéxico closed (about 2019), backed by the state government, Caintra, Canaco, Coparmex and large firms. Its web address was not found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Seguiría en 3 % en 2026: según la prensa, el Congreso del estado rechazó el 17 de diciembre de 2025 subirlo a 4 % (también se planteó 3.5 %), y hubo una disputa sobre la publicación del presupuesto. El impuesto está en los arts. 154 a 160 de la Ley de Hacienda del Estado (texto del Congreso citado, última reforma 25-01-2023), pero el artículo de la tasa no se leyó; revise también el Periódico Oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Would stay at 3% in 2026: according to the press, the state Congress rejected raising it to 4% on 17 December 2025 (3.5% was also floated), and there was a dispute over publication of the budget. The tax is in Arts. 154–160 of the state Ley de Hacienda (the Congress text cited, last amended 25-01-2023), but the rate article was not read; also check the Periódico Oficial. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
    ],
    sources: [
      { title: 'H. Congreso del Estado de Nuevo León — Ley de Hacienda del Estado de Nuevo León (última reforma P.O. 25-01-2023; impuesto sobre nóminas, arts. 154–160)', url: 'https://www.hcnl.gob.mx/trabajo_legislativo/leyes/leyes/ley_de_hacienda_del_estado_de_nuevo_leon/' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '20',
    slug: 'oaxaca',
    name: 'Oaxaca',
    shortName: 'Oaxaca',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Raúl Ruiz Robles', seen: 'Feb 2026', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Desarrollo Económico (SEDECO), por confirmar.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Desarrollo Económico (SEDECO), to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: { ratePct: null, year: null, note: NO_RATE, unverified: true },
    notes: [
      PRESS_ONLY,
      {
        es: 'Polos de Desarrollo para el Bienestar en el Corredor Interoceánico.',
        en: 'Development poles (Polos del Bienestar) on the Interoceanic Corridor.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal para el Estado de Oaxaca (última reforma P.O. 10-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal para el Estado de Oaxaca (última reforma P.O. 10-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Oaxaca — Código Fiscal para el Estado de Oaxaca (última reforma P.O. 10-12-2025)', url: 'https://www.congresooaxaca.gob.mx/docs66.congresooaxaca.gob.mx/legislacion_estatal/Codigo_Fiscal_para_el_Estado_de_Oaxaca_(Dto_ref_887_aprob_LXVI_Legis_8_dic_2025_PO_Extra_10_dic_2025).pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '21',
    slug: 'puebla',
    name: 'Puebla',
    shortName: 'Puebla',
    secretariat: { name: 'Secretaría de Desarrollo Económico y Trabajo', head: 'Víctor Gabriel Chedraui', seen: 'Nov 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Puebla', en: 'Puebla Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en septiembre de 2025: una mesa de coordinación, no una ventanilla legal de trámites. En agosto de 2025 se anunció además un «Consejo de Promoción e Inversión del Estado de Puebla». No se encontraron sitios web. Por confirmar.',
        en: 'Investment Promotion Committee (CPI) installed in September 2025: a coordination table, not a legal one-stop shop for permits. A “Consejo de Promoción e Inversión del Estado de Puebla” (state investment-promotion council) was also announced in August 2025. No websites were found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: { ratePct: null, year: null, note: NO_RATE, unverified: true },
    notes: [
      PRESS_ONLY,
      {
        es: 'La prensa también usa «Secretaría de Economía y Trabajo» y «Secretaría de Desarrollo Económico»: el nombre legal exacto de la secretaría está por confirmar.',
        en: 'The press also writes “Secretaría de Economía y Trabajo” and “Secretaría de Desarrollo Económico”: the exact legal name of the secretariat is to be confirmed.',
      },
      {
        es: 'Polo de Desarrollo «Capital de la Tecnología y Sostenibilidad» (San José Chiapa).',
        en: '“Capital de la Tecnología y Sostenibilidad” development pole (San José Chiapa).',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Ingresos del Estado de Puebla para el ejercicio fiscal 2026 (27-11-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Ingresos del Estado de Puebla para el ejercicio fiscal 2026 (27-11-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Orden Jurídico Poblano (Gobierno del Estado de Puebla) — Ley de Ingresos del Estado de Puebla para el ejercicio fiscal 2026 (27-11-2025)', url: 'https://ojp.puebla.gob.mx/media/k2/attachments/Ley_de_Ingresos_del_Estado_de_Puebla,_para_el_Ejercicio_Fiscal_2026_EV_27112025.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '22',
    slug: 'queretaro',
    name: 'Querétaro',
    shortName: 'Querétaro',
    secretariat: { name: 'Secretaría de Desarrollo Sustentable', acronym: 'SEDESU', head: 'Marco Antonio Del Prete Tercero', seen: 'Aug 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Querétaro', en: 'Querétaro Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una agencia estatal de inversión. El Comité Promotor de Inversiones (CPI) tuvo su primera sesión en febrero de 2026: una mesa de coordinación, no una ventanilla legal de trámites. Para abrir un negocio en el municipio de Querétaro existe la «Ventanilla Única de Gestión» municipal (ver notas). Por confirmar.',
        en: 'No state investment agency was found. The Investment Promotion Committee (CPI) held its first session in February 2026: a coordination table, not a legal one-stop shop for permits. To open a business in the municipality of Querétaro there is the municipal “Ventanilla Única de Gestión” (see notes). To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: { ratePct: null, year: null, note: NO_RATE, unverified: true },
    notes: [
      PRESS_ONLY,
      {
        es: 'Municipio de Querétaro: su SARE cubre 415 giros de riesgo bajo y medio y cerca del 90 % de las aperturas, emite licencias de bajo riesgo en 24 horas y en 2026 la licencia SARE cuesta alrededor de 11 pesos. Trámite TR-170303-002 en tramitesqro.municipiodequeretaro.gob.mx. No se indica si tiene certificación PROSARE vigente.',
        en: 'Municipality of Querétaro: its SARE covers 415 low- and medium-risk business lines and about 90% of business openings, issues low-risk licences in 24 hours, and in 2026 a SARE licence costs about MXN 11. Procedure TR-170303-002 at tramitesqro.municipiodequeretaro.gob.mx. Whether it currently holds PROSARE certification is not stated.',
      },
      {
        es: 'México Evalúa identificó 32 regulaciones y de 50 a 67 trámites para abrir y operar negocios de 21 ramas industriales en Querétaro.',
        en: 'México Evalúa mapped 32 regulations and 50 to 67 procedures for opening and operating businesses in 21 industrial branches in Querétaro.',
      },
      {
        es: 'El titular de la SEDESU preside la Asociación Mexicana de Secretarios de Desarrollo Económico (AMSDE).',
        en: 'The head of SEDESU chairs the Asociación Mexicana de Secretarios de Desarrollo Económico (AMSDE, the association of state economic development secretaries).',
      },
    ],
    sources: [
      { title: 'Municipio de Querétaro — Cédula del trámite TR-170303-002 (SARE)', url: 'https://tramitesqro.municipiodequeretaro.gob.mx/cedula.php?id=TR-170303-002' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '23',
    slug: 'quintana-roo',
    name: 'Quintana Roo',
    shortName: 'Quintana Roo',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDE', head: 'Paul Carrillo de Cáceres', seen: 'Aug 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Quintana Roo', en: 'Quintana Roo Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en agosto de 2025 (descrito como el 14.º del país): una mesa de coordinación, no una ventanilla legal de trámites. El estado presenta a inversionistas la cartera «Invierte en Quintana Roo». No se encontró sitio web. Por confirmar.',
        en: 'Investment Promotion Committee (CPI) installed in August 2025 (described as the 14th in the country): a coordination table, not a legal one-stop shop for permits. The state gives “Invierte en Quintana Roo” investor presentations. No website was found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 4,
      year: 2026,
      note: {
        es: '4 % desde 2023, que notas de investigación previas sitúan en el art. 6 de la Ley del Impuesto sobre Nóminas del Estado de Quintana Roo (reforma P.O.E. 23-12-2022; texto del Congreso citado, última reforma 16-12-2025); antes 3 % (desde 2013). En 2026 se habrían añadido reglas de responsabilidad solidaria para contratantes. El art. 6 no se leyó en ese texto oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: '4% since 2023, which earlier research notes place in Art. 6 of the Ley del Impuesto sobre Nóminas del Estado de Quintana Roo (amended P.O.E. 23-12-2022; the Congress text cited, last amended 16-12-2025); previously 3% (since 2013). Joint-liability rules for contracting parties were reportedly added for 2026. Art. 6 was not read in that official text. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      { es: 'Polo de Desarrollo Chetumal.', en: 'Chetumal development pole (Polo de Desarrollo).' },
      {
        es: 'Solidaridad (Playa del Carmen) fue certificado por PROSARE en 2017, con 251 giros de bajo riesgo resueltos en menos de 72 horas; confirme la vigencia.',
        en: 'Solidaridad (Playa del Carmen) was PROSARE-certified in 2017, with 251 low-risk business lines handled in under 72 hours; check that it is still current.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Quintana Roo — Ley del Impuesto sobre Nóminas del Estado de Quintana Roo (última reforma P.O.E. 16-12-2025)', url: 'https://documentos.congresoqroo.gob.mx/leyes/L167-XVIII-20251216-L1820251216190-Ley-del-Impuesto-sobre-N%C3%B3minas.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '24',
    slug: 'san-luis-potosi',
    name: 'San Luis Potosí',
    shortName: 'San Luis Potosí',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Jesús Salvador González Martínez', seen: 'Dec 2025', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Desarrollo Económico (SEDECO), por confirmar.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Desarrollo Económico (SEDECO), to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Impuesto sobre erogaciones por remuneraciones al trabajo personal: 3 %, que notas de investigación previas sitúan en el art. 23 de la Ley de Hacienda del Estado (texto del Congreso al 30-01-2026 citado); habría subido de 2.5 % a 3 % en 2022. El art. 23 no se leyó en ese texto oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Tax on payments for personal work (impuesto sobre erogaciones por remuneraciones al trabajo personal): 3%, which earlier research notes place in Art. 23 of the state Ley de Hacienda (the Congress text as of 30-01-2026 cited); it reportedly rose from 2.5% to 3% in 2022. Art. 23 was not read in that official text. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'En diciembre de 2025 el estado presentó su propuesta para sumarse al programa de Polos de Desarrollo Económico para el Bienestar.',
        en: 'In December 2025 the state filed a proposal to join the Polos de Desarrollo Económico para el Bienestar (development poles) programme.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de San Luis Potosí — Ley de Hacienda del Estado de San Luis Potosí (texto al 30-01-2026)', url: 'https://congresosanluis.gob.mx/sites/default/files/unpload/legislacion/leyes/2026/02/Ley%20de%20Hacienda%20del%20Estado%20%28al%2030%20enero%202026%29.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '25',
    slug: 'sinaloa',
    name: 'Sinaloa',
    shortName: 'Sinaloa',
    secretariat: { name: 'Secretaría de Economía', head: 'Feliciano Castro Meléndrez', seen: 'Jan 2026', unverified: true },
    oneStopShop: {
      name: { es: 'CIT Sinaloa — Centro para la Inversión y el Comercio', en: 'CIT Sinaloa — Centre for Investment and Trade (Centro para la Inversión y el Comercio)' },
      url: null,
      contact: null,
      description: {
        es: 'Centro de promoción de inversión y comercio (director: Germán Rivera Carlón). El estado tiene además CODESIN (Consejo para el Desarrollo Económico de Sinaloa), organismo público-privado desde mediados de los noventa. No se encontraron sitios web.',
        en: 'Investment and trade promotion centre (director: Germán Rivera Carlón). The state also has CODESIN (Consejo para el Desarrollo Económico de Sinaloa), a public–private body since the mid-1990s. No websites were found.',
      },
      unverified: true,
    },
    payrollTax: { ratePct: null, year: null, note: NO_RATE, unverified: true },
    notes: [
      PRESS_ONLY,
      {
        es: 'El estado otorga certificados de incentivos fiscales CEPROFIES.',
        en: 'The state grants CEPROFIES fiscal-incentive certificates.',
      },
      {
        es: 'Un medio llama al titular «secretario de Desarrollo Económico».',
        en: 'One outlet calls the head “secretario de Desarrollo Económico”.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Sinaloa (última reforma P.O. 25-12-2019). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Sinaloa (última reforma P.O. 25-12-2019). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Sinaloa — Código Fiscal del Estado de Sinaloa (última reforma P.O. 25-12-2019)', url: 'https://gaceta.congresosinaloa.gob.mx:3001/pdfs/leyes/Ley_5.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '26',
    slug: 'sonora',
    name: 'Sonora',
    shortName: 'Sonora',
    secretariat: { name: 'Secretaría de Economía y Turismo', head: 'Roberto Gradillas Pineda', seen: 'Aug 2025', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Economía y Turismo, por confirmar.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Economía y Turismo (economy and tourism secretariat), to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 2,
      year: null,
      note: {
        es: '2 % (1 % para actividades agrícolas, silvícolas, ganaderas o de pesca cuyos productos no se transformen industrialmente), según la página de la Secretaría de Hacienda del estado y la ficha del trámite SON-SH-75-0015-ABF del portal del gobierno (publicada el 20-03-2020), ambas citadas; el pago es mensual, a más tardar el día 20 del mes siguiente. Ninguna de las dos páginas está fechada para 2026 y una copia no oficial de la Ley de Hacienda del Estado «actualizada al 1 de enero de 2024» da 3 % en su art. 216: la tasa vigente está por confirmar en el texto oficial de esa ley.',
        en: '2% (1% for farming, forestry, livestock or fishing whose products are not industrially processed), per the state Secretaría de Hacienda page and the government portal’s procedure sheet SON-SH-75-0015-ABF (published 20-03-2020), both cited; it is paid monthly, by the 20th of the following month. Neither page is dated for 2026, and an unofficial copy of the state Ley de Hacienda “updated to 1 January 2024” gives 3% in its Art. 216: the current rate is to be confirmed in the official text of that law.',
      },
      unverified: true,
    },
    notes: [PRESS_ONLY, { es: 'Programa estatal Plan Sonora.', en: 'State Plan Sonora programme.' }],
    sources: [
      { title: 'Secretaría de Hacienda de Sonora — Impuesto sobre remuneraciones al trabajo personal (2 % sobre nómina)', url: 'http://hacienda.sonora.gob.mx/contribuyentes/isrtp-2-sobre-n%C3%B3mina/impuesto-sobre-remuneracion-al-trabajo-personal/' },
      { title: 'Gobierno del Estado de Sonora — Trámites y servicios: Recepción de pagos del Impuesto Sobre Remuneraciones al Trabajo Personal (SON-SH-75-0015-ABF, publicada 20-03-2020)', url: 'https://www.sonora.gob.mx/tramites-y-servicios/tramite_servicio/15.html' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '27',
    slug: 'tabasco',
    name: 'Tabasco',
    shortName: 'Tabasco',
    secretariat: { name: 'Secretaría de Turismo y Desarrollo Económico', head: 'Katia Ornelas Gil', seen: 'Sept 2025', unverified: true },
    oneStopShop: {
      name: null,
      url: null,
      contact: null,
      description: {
        es: 'No se encontró una ventanilla única ni una agencia estatal para inversionistas. El contacto es la Secretaría de Turismo y Desarrollo Económico, por confirmar.',
        en: 'No state one-stop shop or investment agency was found. The contact is the Secretaría de Turismo y Desarrollo Económico (tourism and economic development secretariat), to be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: null,
      year: null,
      note: {
        es: 'No se encontró la tasa vigente. Una nota de un despacho de 2025 (ya no citada) indica que Tabasco modificó el ISN para 2025, sin detalle; confírmelo en el Código Fiscal del Estado y la Ley de Ingresos 2026 citados.',
        en: 'The current rate was not found. A 2025 advisory-firm note (no longer cited) says Tabasco changed its payroll tax for 2025, with no details; confirm it in the cited state Código Fiscal and 2026 revenue law.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      { es: 'El Polo de Desarrollo de Teapa seguía «en proceso» en 2025.', en: 'The Teapa development pole was still “in process” in 2025.' },
      {
        es: 'SEDEC (Secretaría para el Desarrollo Económico y la Competitividad) era el nombre en 2019.',
        en: 'SEDEC (Secretaría para el Desarrollo Económico y la Competitividad) was the 2019 name.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Tabasco (última reforma P.O. 24-12-2025); Ley de Ingresos del Estado para el ejercicio fiscal 2026. El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Tabasco (última reforma P.O. 24-12-2025); Ley de Ingresos del Estado para el ejercicio fiscal 2026. The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Tabasco — Código Fiscal del Estado de Tabasco (última reforma P.O. 24-12-2025)', url: 'https://congresotabasco.gob.mx/wp-content/uploads/2026/01/Codigo-Fiscal-del-Estado-de-Tabasco.pdf' },
      { title: 'Periódico Oficial del Estado de Tabasco — Ley de Ingresos del Estado para el ejercicio fiscal 2026', url: 'https://publicacionperiodico.tabasco.gob.mx/documento/7848/firmado_qr.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '28',
    slug: 'tamaulipas',
    name: 'Tamaulipas',
    shortName: 'Tamaulipas',
    secretariat: { name: 'Secretaría de Economía', head: 'Ninfa Cantú Deándar', seen: 'Feb 2026', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Tamaulipas', en: 'Tamaulipas Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) que participó en la primera Reunión Nacional de Promoción de Inversiones (febrero de 2026): una mesa de coordinación, no una ventanilla legal de trámites. No se encontró sitio web. Por confirmar.',
        en: 'Investment Promotion Committee (CPI) that attended the first national investment-promotion meeting (February 2026): a coordination table, not a legal one-stop shop for permits. No website was found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: null,
      year: null,
      note: {
        es: 'No se encontró la tasa vigente; confírmela en la legislación fiscal del estado citada. Un blog (ya no citado) indica que en 2026 se añadieron reglas de responsabilidad solidaria para contratantes; no se leyó en un texto oficial.',
        en: 'The current rate was not found; confirm it in the cited state tax law. A blog (no longer cited) says joint-liability rules for contracting parties were added for 2026; this was not read in an official text.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      { es: 'Polo de Desarrollo Altamira.', en: 'Altamira development pole (Polo de Desarrollo).' },
      { es: 'Programas de crédito Fondo Tamaulipas / IMPULSO.', en: 'Fondo Tamaulipas / IMPULSO credit programmes.' },
      {
        es: 'Fue miembro de la plataforma «Invest in México» de la Alianza Federalista (2020); su situación actual está por confirmar.',
        en: 'It was a member of the Alianza Federalista “Invest in México” platform (2020); its current status is to be confirmed.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Código Fiscal del Estado de Tamaulipas (última reforma P.O. 16-12-2025); Periódico Oficial 16-12-2025: reforma a la Ley de Hacienda y Ley de Ingresos del Estado 2026. El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Código Fiscal del Estado de Tamaulipas (última reforma P.O. 16-12-2025); Periódico Oficial 16-12-2025: reforma a la Ley de Hacienda y Ley de Ingresos del Estado 2026. The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Tamaulipas — Código Fiscal del Estado de Tamaulipas (última reforma P.O. 16-12-2025)', url: 'https://www.congresotamaulipas.gob.mx/Parlamentario/Archivos/Codigos/Codigo%20Fiscal%20%2016%20dic%202025-1%20%281%29-1.pdf' },
      { title: 'Congreso del Estado de Tamaulipas — Periódico Oficial 16-12-2025: reforma a la Ley de Hacienda y Ley de Ingresos del Estado 2026', url: 'https://www.congresotamaulipas.gob.mx/Parlamentario/Archivos/DisposicionesFiscales/LEY%20ING%20EDO%202026.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '29',
    slug: 'tlaxcala',
    name: 'Tlaxcala',
    shortName: 'Tlaxcala',
    secretariat: { name: 'Secretaría de Desarrollo Económico', acronym: 'SEDECO', head: 'Javier Marroquín Calderón', seen: 'Feb 2026', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Tlaxcala', en: 'Tlaxcala Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en 2025: una mesa de coordinación, no una ventanilla legal de trámites. No se encontró sitio web.',
        en: 'Investment Promotion Committee (CPI) installed in 2025: a coordination table, not a legal one-stop shop for permits. No website was found.',
      },
      unverified: true,
    },
    payrollTax: { ratePct: null, year: null, note: NO_RATE, unverified: true },
    notes: [
      PRESS_ONLY,
      { es: 'Polo de Desarrollo Huamantla (previsto para febrero de 2026).', en: 'Huamantla development pole (due February 2026).' },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Ingresos del Estado de Tlaxcala para el ejercicio fiscal 2026 (P.O. 28-11-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Ingresos del Estado de Tlaxcala para el ejercicio fiscal 2026 (P.O. 28-11-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Tlaxcala — Ley de Ingresos del Estado de Tlaxcala para el ejercicio fiscal 2026 (P.O. 28-11-2025)', url: 'https://congresodetlaxcala.gob.mx/archivo/ingreso2026/pdf/ie.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '30',
    slug: 'veracruz',
    name: 'Veracruz de Ignacio de la Llave',
    shortName: 'Veracruz',
    secretariat: { name: 'Secretaría de Desarrollo Económico y Portuario', acronym: 'SEDECOP', head: 'Ernesto Pérez Astorga', seen: 'Dec 2025', unverified: true },
    oneStopShop: {
      name: { es: 'Comité Promotor de Inversiones de Veracruz', en: 'Veracruz Investment Promotion Committee (Comité Promotor de Inversiones, CPI)' },
      url: null,
      contact: null,
      description: {
        es: 'Comité Promotor de Inversiones (CPI) instalado en octubre de 2025: una mesa de coordinación, no una ventanilla legal de trámites. No se encontró sitio web.',
        en: 'Investment Promotion Committee (CPI) installed in October 2025: a coordination table, not a legal one-stop shop for permits. No website was found.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2026,
      note: {
        es: 'Impuesto sobre erogaciones por remuneraciones al trabajo personal: 3 %, que notas de investigación previas sitúan en el art. 101 del Código Financiero para el Estado de Veracruz (edición de enero de 2026 de la Secretaría de Finanzas citada); la propuesta de bajarlo a 2 % para 2026 no se habría aprobado. El art. 101 no se leyó en ese texto oficial. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Tax on payments for personal work (impuesto sobre erogaciones por remuneraciones al trabajo personal): 3%, which earlier research notes place in Art. 101 of the Código Financiero para el Estado de Veracruz (the state finance secretariat’s January 2026 edition cited); the proposal to cut it to 2% for 2026 reportedly was not approved. Art. 101 was not read in that official text. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Se reportó en 5.º lugar nacional en mejora regulatoria, con 73 trámites eliminados.',
        en: 'Reported 5th nationally in regulatory improvement (mejora regulatoria), with 73 procedures eliminated.',
      },
      { es: 'Polo de Desarrollo Tuxpan.', en: 'Tuxpan development pole (Polo de Desarrollo).' },
    ],
    sources: [
      { title: 'Secretaría de Finanzas y Planeación de Veracruz — Código Financiero para el Estado de Veracruz de Ignacio de la Llave (edición de enero de 2026)', url: 'https://www.veracruz.gob.mx/finanzas/wp-content/uploads/sites/2/2026/01/CODIGO-FINANCIERO-ESTADO-DE-VERACRUZ-DE-IGNACIO-DE-LA-LLAVE.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '31',
    slug: 'yucatan',
    name: 'Yucatán',
    shortName: 'Yucatán',
    secretariat: { name: 'Secretaría de Economía y Trabajo', acronym: 'SETY', head: 'Jorge Ermilo Barrera Novelo', seen: 'Jan 2026', unverified: true },
    oneStopShop: {
      name: { es: 'Invest in Yucatán / Consejo Promotor de Inversiones y Fortalecimiento Empresarial de Yucatán', en: 'Invest in Yucatán / Yucatán Investment Promotion and Business Strengthening Council (Consejo Promotor de Inversiones y Fortalecimiento Empresarial)' },
      url: null,
      contact: null,
      description: {
        es: 'Marca de promoción «Invest in Yucatán» y consejo promotor de inversiones lanzados el 23 de septiembre de 2025. Son instrumentos de promoción, no una ventanilla legal de trámites; no se encontró dirección web.',
        en: 'The “Invest in Yucatán” promotion brand and an investment-promotion council, launched on 23 September 2025. They are promotion tools, not a legal one-stop shop for permits; no web address was found.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3.75,
      year: 2026,
      note: {
        es: 'Subiría de 3 % (2025) a 3.75 % en 2026. No se leyó en la Ley de Ingresos 2026 citada ni en la Ley General de Hacienda del Estado. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Would rise from 3% (2025) to 3.75% in 2026. It was not read in the cited 2026 revenue law or in the state Ley General de Hacienda. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'SEFOET (Secretaría de Fomento Económico y Trabajo) era el nombre anterior de la secretaría.',
        en: 'SEFOET (Secretaría de Fomento Económico y Trabajo) was the secretariat’s previous name.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Ingresos del Estado de Yucatán para el ejercicio fiscal 2026. El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Ingresos del Estado de Yucatán para el ejercicio fiscal 2026. The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Gobierno del Estado de Yucatán (Diario Oficial 26-12-2025) — Ley de Ingresos del Estado de Yucatán para el ejercicio fiscal 2026', url: 'https://www.yucatan.gob.mx/docs/regulaciones/4iyyrbqn.pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    code: '32',
    slug: 'zacatecas',
    name: 'Zacatecas',
    shortName: 'Zacatecas',
    secretariat: { name: 'Secretaría de Economía', acronym: 'SEZAC', head: 'Jorge Miranda Castro', seen: '2026', unverified: true },
    oneStopShop: {
      name: { es: 'Comité local de promoción de inversiones de Zacatecas', en: 'Zacatecas local investment-promotion committee' },
      url: null,
      contact: null,
      description: {
        es: 'Comité local de promoción de inversiones (coordinadora: Laura Zesati, febrero de 2026): una mesa de coordinación, no una ventanilla legal de trámites. En 2017 existía el Consejo Estatal de Desarrollo Económico (CEDEZ). No se encontró sitio web. Por confirmar.',
        en: 'Local investment-promotion committee (coordinator: Laura Zesati, February 2026): a coordination table, not a legal one-stop shop for permits. A state economic development council (CEDEZ) existed in 2017. No website was found. To be confirmed.',
      },
      unverified: true,
    },
    payrollTax: {
      ratePct: 3,
      year: 2022,
      note: {
        es: 'Subió de 2.5 % a 3 % en 2022 según una nota de un despacho; otra nota de 2025 indica que Zacatecas modificó el ISN para 2025, sin detalle. La tasa actual no se leyó en la Ley de Ingresos 2026 citada. Cifra tomada de publicaciones no oficiales (prensa, blogs o despachos) que ya no se citan; no se leyó el artículo que fija la tasa en un texto oficial: por confirmar.',
        en: 'Raised from 2.5% to 3% in 2022 according to an advisory firm’s note; another 2025 note says Zacatecas changed its payroll tax for 2025, with no details. The current rate was not read in the cited 2026 revenue law. Figure taken from unofficial publications (press, blogs or advisory firms) that are no longer cited; the article setting the rate was not read in an official text: to be confirmed.',
      },
      unverified: true,
    },
    notes: [
      PRESS_ONLY,
      {
        es: 'Titular anterior (febrero de 2025): Rodrigo Castañeda Miranda.',
        en: 'Previous head (February 2025): Rodrigo Castañeda Miranda.',
      },
      {
        es: 'Texto oficial de la legislación fiscal del estado, publicado por el congreso o el gobierno del estado: Ley de Ingresos del Estado de Zacatecas para el ejercicio fiscal 2026 (P.O. 31-12-2025). El impuesto sobre nóminas y sus estímulos se regulan en esa legislación; confirme ahí la tasa vigente.',
        en: 'Official text of the state’s tax legislation, published by the state congress or government: Ley de Ingresos del Estado de Zacatecas para el ejercicio fiscal 2026 (P.O. 31-12-2025). The payroll tax and its incentives are set in that legislation; confirm the current rate there.',
      },
    ],
    sources: [
      { title: 'Congreso del Estado de Zacatecas — Ley de Ingresos del Estado de Zacatecas para el ejercicio fiscal 2026 (P.O. 31-12-2025)', url: 'https://www.congresozac.gob.mx/65/ley&cual=337&tipo=pdf' },
    ],
    verifiedOn: '2026-11-28',
  },
];
