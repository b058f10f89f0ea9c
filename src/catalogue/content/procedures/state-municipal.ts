/**
 * State and municipal procedures. Generic ones (`states: []`) describe the common
 * pattern; each state and each of Mexico's ~2,446 municipalities sets its own
 * requirements, fees and times, so most local figures here are marked unverified.
 *
 * Sources: /work/shared/reference/mexico-investment-facts.md §6 (S9 procedure 398,
 * S16, S33, S37, S38) and mexico-states-2026.md (ISN, SARE/PROSARE). Desk review 2026-11-28.
 */
import type { ProcedureInput } from '../../schema.ts';
import { lnetbTail, localTermNote } from './common.ts';

// Sources (reference source key).
const SRC_SARE_DOF = { title: 'DOF 20-05-2019 — edición en que se publicaron los Lineamientos del SARE y del PROSARE (CONAMER)', url: 'https://www.dof.gob.mx/index.php?year=2019&month=05&day=20' };
// Official texts read on 2026-12-03 (Cámara de Diputados consolidated laws).
const SRC_CPEUM = { title: 'Cámara de Diputados — Constitución Política de los Estados Unidos Mexicanos, art. 115 (facultades municipales)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/CPEUM.pdf' };
const SRC_LNETB = { title: 'Cámara de Diputados — Ley Nacional para Eliminar Trámites Burocráticos (DOF 16-07-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LNETB.pdf' };
const SRC_LGEEPA_STATES = { title: 'Cámara de Diputados — Ley General del Equilibrio Ecológico y la Protección al Ambiente, arts. 7 fr. III, 9 y 35 Bis 2 (competencia estatal)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGEEPA.pdf' };
const SRC_ISN_AGS = { title: 'Congreso del Estado de Aguascalientes — Ley de Hacienda del Estado de Aguascalientes (ejemplo de ley estatal que regula el impuesto sobre nóminas)', url: 'https://congresoags.gob.mx/agenda_legislativa/leyes/descargarPdf/198' };
const SRC_ISN_CDMX = { title: 'Consejería Jurídica y de Servicios Legales de la CDMX — Código Fiscal de la Ciudad de México (impuesto sobre nóminas, arts. 156–159)', url: 'https://data.consejeria.cdmx.gob.mx/images/leyes/codigos/CODIGO_FISCAL_DE_LA_CDMX_6.2.pdf' };
const SRC_ISN_CAMP = { title: 'Consejería Jurídica del Gobierno de Campeche — Ley de Hacienda del Estado de Campeche (ejemplo de ley estatal que regula el impuesto sobre nóminas)', url: 'https://consejeria.campeche.gob.mx/pagina/LEXIUSCAMPECHE/docs/est/100047.pdf' };
const SRC_LGAHOTDU = { title: 'Cámara de Diputados — Ley General de Asentamientos Humanos, Ordenamiento Territorial y Desarrollo Urbano, art. 60 (plazos y negativa ficta de las licencias urbanísticas)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGAHOTDU.pdf' };
const SRC_LGPC = { title: 'Cámara de Diputados — Ley General de Protección Civil, arts. 39 y 40', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGPC.pdf' };
const SRC_VUI_398 = { title: 'Ventanilla Única para Inversionistas (SE) — Licencia de construcción municipal, procedimiento 398, paso 698', url: 'https://ventanillaunica.economia.gob.mx/procedure/398/step/698?l=en' };
const SRC_QRO_SARE = { title: 'Municipio de Querétaro — Emprende: trámites para la licencia municipal de funcionamiento (apertura SARE de bajo riesgo, respuesta en 24 horas)', url: 'https://emprende.municipiodequeretaro.gob.mx/directorio/tramites/' };
const SRC_LIE_DIPUTADOS = { title: 'Cámara de Diputados — Ley de Inversión Extranjera (texto vigente, última reforma DOF 27-05-2024)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIE.pdf' };

/** The common municipal paragraph for `variesByState`. */
const MUNICIPAL_VARIES = {
  es: 'Cada uno de los cerca de 2,446 municipios del país fija sus propios requisitos, costos y plazos en su reglamento y en su ley de ingresos anual, así que aquí se describe el patrón general. Consulte la página de su estado y el portal de trámites de su municipio. Con la Ley Nacional para Eliminar Trámites Burocráticos (DOF 16-07-2025), cada estado y municipio debe tener una Autoridad Local de Simplificación y Digitalización (arts. 11 a 13) y registrar cada trámite en el Portal Ciudadano Único de Trámites y Servicios con su plazo de resolución, si aplica la afirmativa o la negativa ficta y el monto de los derechos o su forma de cálculo (art. 54, fr. IX y XI).',
  en: 'Each of Mexico’s roughly 2,446 municipalities sets its own requirements, fees and times in its regulations and its yearly revenue law, so this page describes the general pattern. Check your state’s page and your municipality’s procedures portal. Under the LNETB (DOF 16-07-2025), every state and municipality must have a Local Simplification and Digitalisation Authority (Arts. 11–13) and register each procedure on the national procedures portal (Portal Ciudadano Único de Trámites y Servicios) with its decision deadline, whether positive or negative tacit approval applies, and the fee or how it is worked out (Art. 54 fr. IX and XI).',
};

const MUNICIPAL_FEE = {
  es: 'La fija la ley de ingresos de cada municipio para el año en curso, que propone el ayuntamiento y aprueba el congreso del estado (Constitución, art. 115, fr. IV); no hay una cifra nacional. La Ley Nacional para Eliminar Trámites Burocráticos (art. 54, fr. XI) obliga a cada autoridad a publicar el monto o la forma de calcularlo en el Portal Ciudadano Único de Trámites y Servicios.',
  en: 'Set by each municipality’s revenue law (ley de ingresos) for the current year, proposed by the municipal council and approved by the state congress (Constitution, Art. 115 fr. IV); there is no national figure. The LNETB (Art. 54 fr. XI) requires each authority to publish the amount, or how to work it out, on the national procedures portal (Portal Ciudadano Único de Trámites y Servicios).',
};
/** Where a municipal fee is set: the municipal revenue law the state congress approves. */
const MUNICIPAL_FEE_BASIS = [{ law: 'cpeum', article: '115 fr. IV' }, { law: 'municipal-regulations' }];

/*
 * Decision times of local procedures (read 2026-12-04 in the Cámara de Diputados texts). No general
 * law sets one national term for them: the LNETB (DOF 16-07-2025) only requires each authority to
 * publish its term and its tacit-approval rule on the national portal (art. 54 fr. IX) and sets none
 * itself (the ten-day default of its art. 4 sits with the terms "fixed by this Law", i.e. its own processes);
 * the LGAHOTDU (art. 60 fr. II and V) makes each state's law set the maximum response time for land-use,
 * construction and other urban-development permits and provide for negative tacit approval; the LGPC
 * and the LGEEPA leave civil-protection and state environmental procedures to local law. So these
 * times stay flagged, with the rule that applies said precisely.
 */
/** Where a local procedure's published term is read. */
const LOCAL_PORTAL = { es: 'el portal de su municipio o estado', en: 'your municipality’s or state’s portal' };
const LOCAL_TERM_TAIL = lnetbTail(LOCAL_PORTAL);
/** Note for an urban-development permit (land use, construction and the like): LGAHOTDU art. 60. */
const urbanTermNote = (estimateEs: string, estimateEn: string) => ({
  es: `Ninguna ley general fija un plazo único: la Ley General de Asentamientos Humanos (art. 60, fr. II y V) ordena a la legislación de cada estado fijar el tiempo máximo de respuesta a las solicitudes de licencias de uso del suelo, de construcción y de las demás acciones urbanísticas, y prever la negativa ficta (el silencio de la autoridad equivale a una negativa) cuando no responde a tiempo. ${LOCAL_TERM_TAIL.es} ${estimateEs}`,
  en: `No general law sets a single term: the General Law on Human Settlements (LGAHOTDU, Art. 60 fr. II and V) requires each state’s legislation to set the maximum time to answer applications for land-use, construction and other urban-development permits, and to provide for negative tacit approval (the authority’s silence counts as a refusal) when it does not answer in time. ${LOCAL_TERM_TAIL.en} ${estimateEn}`,
});
const URBAN_TERM_BASIS = [
  { law: 'lgahotdu', article: '60 fr. II' },
  { law: 'lgahotdu', article: '60 fr. V' },
  { law: 'lnetb', article: '54 fr. IX' },
];
/** Note for a local procedure with no general rule on its term: each state's or municipality's law sets it. */
const termNote = (whoEs: string, whoEn: string, estimateEs: string, estimateEn: string) => localTermNote({ es: whoEs, en: whoEn }, LOCAL_PORTAL, { es: estimateEs, en: estimateEn });

export const procedures: ProcedureInput[] = [
  {
    id: 'mun-land-use',
    slug: 'licencia-uso-de-suelo',
    level: 'municipal',
    authority: 'municipality',
    phase: 'construction',
    title: { es: 'Licencia, constancia o dictamen de uso de suelo', en: 'Land-use licence (licencia, constancia or dictamen de uso de suelo)' },
    summary: {
      es: 'La oficina municipal de desarrollo urbano confirma que el uso que usted quiere dar al predio (industrial, comercial, de servicios…) es compatible con el plan municipal de desarrollo urbano. Es el primer filtro de cualquier proyecto y se pide después para la licencia de construcción y, en general, para la licencia de funcionamiento.',
      en: 'The municipal urban development office confirms that the use you plan for the site (industrial, commercial, services…) fits the municipal urban development plan. It is the first filter for any project, and it is then required for the construction licence and, generally, for the operating licence.',
    },
    whoNeedsIt: {
      es: 'Toda empresa que vaya a construir una instalación o a adaptar un inmueble para su planta, bodega, oficina o local.',
      en: 'Every company that will build a facility or adapt a property for its plant, warehouse, office or shop.',
    },
    appliesWhen: { fact: 'facility', op: 'in', value: ['build', 'adapt'] },
    states: [],
    variesByState: {
      es: `${MUNICIPAL_VARIES.es} El nombre también cambia (licencia, constancia, dictamen o factibilidad de uso de suelo) y algunos municipios piden una consulta a los vecinos.`,
      en: `${MUNICIPAL_VARIES.en} The name also changes (licencia, constancia, dictamen or factibilidad de uso de suelo), and some municipalities require a neighbour-consent survey.`,
    },
    outputs: [{ es: 'Licencia, constancia o dictamen de uso de suelo con el uso permitido del predio', en: 'Land-use licence, certificate or opinion stating the permitted use of the site' }],
    prerequisites: [],
    legalBasis: [
      { law: 'cpeum', article: '115' },
      { law: 'lgahotdu' },
      { law: 'state-urban-law' },
      { law: 'municipal-regulations' },
    ],
    steps: [
      {
        title: { es: 'Obtener el recibo vigente del impuesto predial', en: 'Get the current property-tax (predial) receipt' },
        description: {
          es: 'El municipio pide el comprobante de pago del predial al corriente. Si renta el inmueble, el propietario se lo proporciona.',
          en: 'The municipality asks for proof that property tax (predial) is paid up. If you lease the property, the owner provides it.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: { es: 'En la tesorería municipal; muchos municipios permiten pagar en línea (por confirmar).', en: 'At the municipal treasury; many municipalities allow online payment (to be confirmed).' },
        },
        requirements: [],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Impuesto predial pendiente del inmueble, si lo hay', en: 'Any property tax (predial) still due on the property' },
            formula: { es: 'Lo fija la ley de ingresos municipal según el valor catastral del inmueble.', en: 'Set by the municipal revenue law on the basis of the property’s cadastral value.' },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'cpeum', article: '115 fr. IV a)' }, { law: 'municipal-regulations' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 1, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'Es un pago, no una solicitud: la tesorería lo registra al momento y no hay resolución que esperar (igual que el pago anual del predial). Si renta el inmueble, pida el recibo al propietario.',
            en: 'It is a payment, not an application: the treasury records it on the spot and there is no decision to wait for (as with the yearly property-tax payment). If you lease the property, ask the owner for the receipt.',
          },
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
      {
        title: { es: 'Presentar la solicitud en la oficina de desarrollo urbano y recibir la licencia', en: 'File the application with the urban development office and receive the licence' },
        channel: {
          kind: 'in-person',
          note: { es: 'Algunos municipios aceptan la solicitud en línea; confírmelo en el portal de trámites municipal.', en: 'Some municipalities accept online applications; check the municipal procedures portal.' },
        },
        requirements: [
          { name: { es: 'Identificación oficial del propietario o del representante legal', en: 'Official ID of the owner or legal representative' }, originals: 1, copies: 1 },
          { name: { es: 'Escritura de propiedad o contrato de arrendamiento del inmueble', en: 'Property title deed or lease contract' }, originals: 1, copies: 1 },
          { name: { es: 'Recibo del impuesto predial al corriente', en: 'Current property-tax (predial) receipt' }, copies: 1 },
          { name: { es: 'Croquis de localización del predio', en: 'Location sketch of the site' } },
          { name: { es: 'Fotografías del inmueble', en: 'Photographs of the property' } },
          {
            name: { es: 'Consulta o anuencia de vecinos', en: 'Neighbour-consent survey' },
            note: { es: 'Solo en algunos municipios.', en: 'Only in some municipalities.' },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la licencia o dictamen de uso de suelo', en: 'Land-use licence fee' },
            formula: MUNICIPAL_FEE,
            minMXN: null,
            maxMXN: null,
            legalBasis: MUNICIPAL_FEE_BASIS,
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 60, unit: 'calendar-days' },
          tacitApproval: 'negative',
          unverified: true,
          legalBasis: URBAN_TERM_BASIS,
          note: urbanTermNote(
            'El rango de 30 a 60 días naturales es una estimación conservadora, no un plazo legal.',
            'The 30–60 calendar-day range is a conservative estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'state-urban-law' }, { law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      {
        es: 'La vigencia de la licencia y los requisitos exactos varían por municipio: por confirmar en su municipio.',
        en: 'The licence’s validity and the exact requirements vary by municipality: to be confirmed with your municipality.',
      },
    ],
    sources: [SRC_CPEUM, SRC_LGAHOTDU, SRC_LNETB],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'mun-alignment-number',
    slug: 'alineamiento-y-numero-oficial',
    level: 'municipal',
    authority: 'municipality',
    phase: 'construction',
    title: { es: 'Constancia de alineamiento y número oficial', en: 'Street alignment and official number certificate (alineamiento y número oficial)' },
    summary: {
      es: 'El municipio fija la línea que separa el predio de la vía pública y le asigna su número oficial, como parte del control del uso del suelo que le da la Constitución (art. 115 fr. V). Se pide antes de las factibilidades de servicios, los dictámenes de impacto y la licencia de construcción.',
      en: 'The municipality sets the line that separates the site from the public road and assigns its official street number, as part of the land-use control the Constitution gives it (Art. 115 fr. V). It comes before the utility feasibility letters, the impact opinions and the construction licence.',
    },
    whoNeedsIt: {
      es: 'Empresas que van a construir una instalación nueva.',
      en: 'Companies that will build a new facility.',
    },
    appliesWhen: { fact: 'facility', op: 'eq', value: 'build' },
    states: [],
    variesByState: MUNICIPAL_VARIES,
    outputs: [{ es: 'Constancia de alineamiento y número oficial del predio', en: 'Certificate of the site’s street alignment and official number' }],
    prerequisites: ['mun-land-use'],
    legalBasis: [{ law: 'state-urban-law' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Presentar la solicitud y recibir la constancia', en: 'File the application and receive the certificate' },
        channel: { kind: 'in-person' },
        requirements: [
          { name: { es: 'Escritura de propiedad del predio', en: 'Property title deed' }, copies: 1, unverified: true },
          { name: { es: 'Recibo del impuesto predial al corriente', en: 'Current property-tax (predial) receipt' }, copies: 1, unverified: true },
          { name: { es: 'Identificación oficial del propietario o del representante legal', en: 'Official ID of the owner or legal representative' }, copies: 1, unverified: true },
          {
            name: { es: 'Licencia o dictamen de uso de suelo', en: 'Land-use licence or opinion' },
            copies: 1,
            producedBy: 'mun-land-use',
            unverified: true,
            note: { es: 'En algunos municipios el alineamiento se pide antes o junto con el uso de suelo.', en: 'In some municipalities the alignment is requested before or together with the land-use licence.' },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por alineamiento y número oficial', en: 'Alignment and official number fee' },
            formula: MUNICIPAL_FEE,
            minMXN: null,
            maxMXN: null,
            legalBasis: MUNICIPAL_FEE_BASIS,
          },
        ],
        timeframe: {
          waiting: { min: 5, max: 20, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: URBAN_TERM_BASIS,
          note: urbanTermNote(
            'La ley local dice si la constancia de alineamiento cuenta como una de esas autorizaciones; el rango de 5 a 20 días hábiles es una estimación conservadora, no un plazo legal.',
            'Local law says whether the alignment certificate counts as one of those permits; the 5–20 business-day range is a conservative estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      {
        es: 'Los requisitos indicados son los habituales para trámites de desarrollo urbano, no una lista oficial: confírmelos en su municipio.',
        en: 'The requirements listed are the usual ones for urban development procedures, not an official list: confirm them with your municipality.',
      },
    ],
    sources: [SRC_CPEUM, SRC_LGAHOTDU, SRC_LNETB],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'mun-construction-licence',
    slug: 'licencia-de-construccion',
    level: 'municipal',
    authority: 'municipality',
    phase: 'construction',
    title: { es: 'Licencia de construcción', en: 'Construction licence (licencia de construcción)' },
    summary: {
      es: 'Autoriza la obra conforme al proyecto ejecutivo. Se tramita con un Director Responsable de Obra (DRO) registrado, el proyecto ejecutivo, la memoria de cálculo estructural y el uso de suelo aprobado. En un ejemplo municipal documentado vale un año y se puede prorrogar una vez por el mismo plazo si la obra ya empezó; los cambios al proyecto requieren una «modificación de proyecto» y al terminar se presenta el aviso de terminación de obra.',
      en: 'Authorises the works according to the executive project. You apply with a registered site engineer (Director Responsable de Obra, DRO), the executive project, the structural calculations and the approved land use. In one documented municipal example it is valid for one year and can be extended once for the same period if work has started; changes to the project need a “modificación de proyecto”, and a completion notice is filed at the end.',
    },
    whoNeedsIt: {
      es: 'Empresas que van a construir una instalación nueva (o ampliar una existente).',
      en: 'Companies that will build a new facility (or extend an existing one).',
    },
    appliesWhen: { fact: 'facility', op: 'eq', value: 'build' },
    states: [],
    variesByState: MUNICIPAL_VARIES,
    outputs: [
      {
        es: 'Licencia de construcción (en un ejemplo municipal, vigente un año y prorrogable una vez por el mismo plazo si la obra ya empezó)',
        en: 'Construction licence (in one municipal example, valid for one year and extendable once for the same period if work has started)',
      },
    ],
    prerequisites: ['mun-alignment-number'],
    legalBasis: [{ law: 'lgahotdu' }, { law: 'state-urban-law' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Obtener las factibilidades y los dictámenes que pida el municipio', en: 'Obtain the feasibility letters and impact opinions the municipality requires' },
        description: {
          es: 'Según el proyecto y el municipio: factibilidades de agua, drenaje y electricidad; dictámenes de impacto urbano, vial y ambiental; y, en algunos municipios, un dictamen de protección civil del proyecto.',
          en: 'Depending on the project and the municipality: water, sewerage and electricity feasibility letters; urban, traffic and environmental impact opinions; and, in some municipalities, a civil-protection opinion on the project.',
        },
        channel: {
          kind: 'in-person',
          note: { es: 'Cada dictamen lo emite una autoridad distinta (municipio, organismo de agua, compañía eléctrica o estado).', en: 'Each opinion comes from a different authority (municipality, water utility, electricity company or state).' },
        },
        requirements: [
          { name: { es: 'Licencia o dictamen de uso de suelo', en: 'Land-use licence or opinion' }, copies: 1, producedBy: 'mun-land-use' },
          { name: { es: 'Constancia de alineamiento y número oficial', en: 'Alignment and official number certificate' }, copies: 1, producedBy: 'mun-alignment-number' },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos de cada factibilidad y dictamen', en: 'Fees for each feasibility letter and opinion' },
            formula: { es: 'Los fija cada autoridad emisora en su ley de ingresos o tarifa.', en: 'Set by each issuing authority in its revenue law or tariff.' },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'municipal-regulations' }],
          },
        ],
        timeframe: {
          waiting: { min: 20, max: 60, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lnetb', article: '54 fr. IX' }],
          note: termNote(
            'la ley o el reglamento de cada autoridad emisora (municipio, organismo de agua, estado) para cada factibilidad o dictamen',
            'the law or regulation of each issuing authority (municipality, water utility, state) for each feasibility letter or opinion',
            'El rango de 20 a 60 días hábiles es una estimación conservadora, no un plazo legal, y depende de cuántos dictámenes se pidan.',
            'The 20–60 business-day range is a conservative estimate, not a legal term, and depends on how many opinions are required.',
          ),
        },
        legalBasis: [{ law: 'state-urban-law' }, { law: 'municipal-regulations' }],
      },
      {
        title: { es: 'Presentar la solicitud de licencia firmada por el DRO y recibir la licencia', en: 'File the licence application signed by the DRO and receive the licence' },
        channel: { kind: 'in-person' },
        requirements: [
          { name: { es: 'Responsiva de un Director Responsable de Obra (DRO) registrado', en: 'Signed responsibility of a registered site engineer (Director Responsable de Obra, DRO)' }, originals: 1 },
          { name: { es: 'Proyecto ejecutivo (planos arquitectónicos)', en: 'Executive project (architectural drawings)' } },
          { name: { es: 'Memoria de cálculo estructural', en: 'Structural calculations' } },
          { name: { es: 'Licencia o dictamen de uso de suelo aprobado', en: 'Approved land-use licence or opinion' }, copies: 1, producedBy: 'mun-land-use' },
          { name: { es: 'Constancia de alineamiento y número oficial', en: 'Alignment and official number certificate' }, copies: 1, producedBy: 'mun-alignment-number', unverified: true },
          {
            name: { es: 'Factibilidades y dictámenes del paso anterior', en: 'Feasibility letters and opinions from the previous step' },
            unverified: true,
            note: { es: 'Solo los que pida el municipio.', en: 'Only those the municipality requires.' },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por licencia de construcción', en: 'Construction licence fee' },
            formula: MUNICIPAL_FEE,
            minMXN: null,
            maxMXN: null,
            legalBasis: MUNICIPAL_FEE_BASIS,
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 45, unit: 'business-days' },
          tacitApproval: 'negative',
          unverified: true,
          legalBasis: URBAN_TERM_BASIS,
          note: urbanTermNote(
            'El rango de 10 a 45 días hábiles es una estimación conservadora, no un plazo legal.',
            'The 10–45 business-day range is a conservative estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      {
        es: 'La vigencia de un año prorrogable una vez proviene de un solo ejemplo municipal publicado en la Ventanilla Única para Inversionistas; en su municipio puede ser distinta.',
        en: 'The one-year validity, extendable once, comes from a single municipal example published on the federal investor one-stop shop (Ventanilla Única para Inversionistas); it may differ in your municipality.',
      },
    ],
    sources: [SRC_VUI_398, SRC_CPEUM, SRC_LGAHOTDU, SRC_LNETB],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'mun-occupancy',
    slug: 'terminacion-de-obra-y-uso-ocupacion',
    level: 'municipal',
    authority: 'municipality',
    phase: 'construction',
    title: { es: 'Aviso de terminación de obra y autorización de uso y ocupación', en: 'Completion notice and use-and-occupancy authorisation (aviso de terminación de obra; autorización de uso y ocupación)' },
    summary: {
      es: 'Al terminar la obra, la empresa presenta el aviso de terminación; el municipio inspecciona el inmueble y, si coincide con lo autorizado, otorga la autorización de uso y ocupación. Son los dos últimos de los nueve trámites municipales del ejemplo documentado.',
      en: 'When the works are finished, the company files the completion notice; the municipality inspects the building and, if it matches what was authorised, grants the use-and-occupancy authorisation. These are the last two of the nine municipal steps in the documented example.',
    },
    whoNeedsIt: {
      es: 'Empresas que construyeron una instalación nueva, antes de ocuparla.',
      en: 'Companies that built a new facility, before they occupy it.',
    },
    appliesWhen: { fact: 'facility', op: 'eq', value: 'build' },
    states: [],
    variesByState: MUNICIPAL_VARIES,
    outputs: [{ es: 'Autorización de uso y ocupación del inmueble', en: 'Use-and-occupancy authorisation for the building' }],
    prerequisites: ['mun-construction-licence'],
    legalBasis: [{ law: 'state-urban-law' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Presentar el aviso de terminación de obra', en: 'File the completion notice' },
        channel: { kind: 'in-person' },
        requirements: [
          { name: { es: 'Licencia de construcción vigente', en: 'Valid construction licence' }, copies: 1, producedBy: 'mun-construction-licence' },
          { name: { es: 'Firma del Director Responsable de Obra (DRO)', en: 'Signature of the site engineer (DRO)' }, unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por el aviso de terminación, si los hay', en: 'Completion-notice fee, if any' },
            formula: MUNICIPAL_FEE,
            minMXN: null,
            maxMXN: null,
            legalBasis: MUNICIPAL_FEE_BASIS,
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'Es un aviso: se presenta y se recibe con acuse, sin resolución que esperar en este paso. La respuesta del municipio (inspección y autorización de uso y ocupación) es el paso siguiente. El plazo para presentar el aviso tras terminar la obra lo fija el reglamento local.',
            en: 'It is a notice: it is filed and receipted, with no decision to wait for at this step. The municipality’s answer (inspection and use-and-occupancy authorisation) is the next step. The time allowed to file the notice after the works end is set by the local regulation.',
          },
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
      {
        title: { es: 'Atender la inspección y recibir la autorización de uso y ocupación', en: 'Attend the inspection and receive the use-and-occupancy authorisation' },
        channel: { kind: 'in-person' },
        requirements: [],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la autorización de uso y ocupación', en: 'Use-and-occupancy authorisation fee' },
            formula: MUNICIPAL_FEE,
            minMXN: null,
            maxMXN: null,
            legalBasis: MUNICIPAL_FEE_BASIS,
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 30, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: URBAN_TERM_BASIS,
          note: urbanTermNote(
            'La ley local dice si la autorización de uso y ocupación cuenta como una de esas autorizaciones; el rango de 10 a 30 días hábiles es una estimación conservadora, no un plazo legal.',
            'Local law says whether the use-and-occupancy authorisation counts as one of those permits; the 10–30 business-day range is a conservative estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
    ],
    caveats: [],
    sources: [SRC_VUI_398, SRC_CPEUM, SRC_LGAHOTDU, SRC_LNETB],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'mun-operating-licence-sare',
    slug: 'licencia-funcionamiento-sare',
    level: 'municipal',
    authority: 'municipality',
    phase: 'operation',
    title: { es: 'Licencia de funcionamiento por el SARE (giros de bajo riesgo)', en: 'Fast-track operating licence through SARE (low-risk business lines)' },
    summary: {
      es: 'El Sistema de Apertura Rápida de Empresas (SARE) es una ventanilla única municipal que emite la licencia de funcionamiento en un máximo de 72 horas (48 horas en algunos municipios) para los giros de bajo riesgo de su catálogo, basado en el SCIAN. Sus lineamientos (DOF 20-05-2019) se emitieron bajo la Ley General de Mejora Regulatoria, que la Ley Nacional para Eliminar Trámites Burocráticos (DOF 16-07-2025) abrogó; la CONAMER, que certificaba los módulos (PROSARE), se extinguió y sus funciones pasaron a la Agencia de Transformación Digital y Telecomunicaciones (ATDT).',
      en: 'The rapid business-opening system (Sistema de Apertura Rápida de Empresas, SARE) is a municipal single window that issues the operating licence within 72 hours at most (48 hours in some municipalities) for the low-risk business lines in its SCIAN-based catalogue. Its guidelines (DOF 20-05-2019) were issued under the General Law on Regulatory Improvement, which the National Law to Eliminate Bureaucratic Procedures (LNETB, DOF 16-07-2025) repealed; CONAMER, which certified the modules (PROSARE), was wound up and its functions passed to the Digital Transformation and Telecommunications Agency (ATDT).',
    },
    whoNeedsIt: {
      es: 'Solo las empresas cuyo giro está en el catálogo de bajo riesgo del SARE del municipio donde van a operar. Los giros de riesgo medio y alto —la mayoría de las fábricas— o los municipios sin SARE siguen el trámite ordinario de licencia de funcionamiento.',
      en: 'Only companies whose business line is in the low-risk catalogue of the SARE of the municipality where they will operate. Medium- and high-risk lines — most factories — and municipalities without a SARE use the standard operating-licence procedure instead.',
    },
    appliesWhen: { fact: 'risk', op: 'eq', value: 'low' },
    alternative: { group: 'operating-licence', rank: 1 },
    states: [],
    variesByState: {
      es: `${MUNICIPAL_VARIES.es} Cada SARE tiene su propio catálogo de giros; por ejemplo, el municipio de Querétaro responde en 24 horas a las aperturas SARE de giros de riesgo bajo (portal Emprende del municipio).`,
      en: `${MUNICIPAL_VARIES.en} Each SARE has its own catalogue of business lines; for example, the municipality of Querétaro answers low-risk SARE openings in 24 hours (the municipality’s Emprende portal).`,
    },
    outputs: [{ es: 'Licencia de funcionamiento municipal', en: 'Municipal operating licence' }],
    prerequisites: [],
    legalBasis: [{ law: 'lineamientos-sare' }, { law: 'lnetb' }, { law: 'cpeum', article: '115' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Verificar que el giro esté en el catálogo SARE del municipio', en: 'Check that your business line is in the municipality’s SARE catalogue' },
        channel: {
          kind: 'online-or-in-person',
          note: { es: 'En el módulo SARE o el portal de trámites del municipio.', en: 'At the SARE module or the municipality’s procedures portal.' },
        },
        requirements: [],
        costs: [{ kind: 'free', note: { es: 'Consultar el catálogo público de giros no tiene costo.', en: 'Checking the public catalogue of business lines costs nothing.' } }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'No hay respuesta que esperar: usted consulta el catálogo público de giros del municipio.',
            en: 'There is no answer to wait for: you read the municipality’s public catalogue of business lines.',
          },
        },
        legalBasis: [{ law: 'lineamientos-sare' }],
      },
      {
        title: { es: 'Presentar la solicitud en el módulo SARE y recibir la licencia', en: 'File the application at the SARE module and receive the licence' },
        channel: { kind: 'online-or-in-person', note: { es: 'Según el municipio.', en: 'Depending on the municipality.' } },
        requirements: [
          { name: { es: 'Identificación oficial del representante legal', en: 'Official ID of the legal representative' }, copies: 1, unverified: true },
          { name: { es: 'Acta constitutiva y poder del representante legal', en: 'Incorporation deed and the legal representative’s power of attorney' }, copies: 1, producedBy: 'incorporation-deed', unverified: true },
          { name: { es: 'Constancia de situación fiscal (RFC)', en: 'Tax status certificate (RFC)' }, copies: 1, producedBy: 'sat-rfc-company', unverified: true },
          { name: { es: 'Documento que acredite el uso del local (escritura o contrato de arrendamiento)', en: 'Proof of the right to use the premises (title deed or lease)' }, copies: 1, unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la licencia de funcionamiento SARE', en: 'SARE operating-licence fee' },
            formula: {
              es: 'La fija la ley de ingresos de cada municipio.',
              en: 'Set by each municipality’s revenue law.',
            },
            minMXN: null,
            maxMXN: null,
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 72, unit: 'hours' },
          tacitApproval: 'unknown',
          legalBasis: [{ law: 'lineamientos-sare' }],
          note: {
            es: 'Máximo 72 horas en un SARE; 48 horas en algunos municipios y 24 horas en el municipio de Querétaro.',
            en: 'At most 72 hours at a SARE; 48 hours in some municipalities and 24 hours in the municipality of Querétaro.',
          },
        },
        legalBasis: [{ law: 'lineamientos-sare' }, { law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      {
        es: 'Los requisitos indicados son los habituales, no una lista oficial: cada SARE publica los suyos.',
        en: 'The requirements listed are the usual ones, not an official list: each SARE publishes its own.',
      },
      {
        es: 'Los certificados PROSARE vencen (en 2021 se certificaron 122 de 295 municipios solicitantes, por 1 a 3 años). Con la extinción de la CONAMER, la vigencia de los lineamientos SARE y del PROSARE bajo la LNETB está por confirmar con la ATDT; la información de trámites pasa al Portal Ciudadano Único de Trámites y Servicios. Las leyes locales de mejora regulatoria quedan abrogadas a los 180 días naturales de la entrada en vigor de la LNETB.',
        en: 'PROSARE certificates expire (in 2021, 122 of 295 applicant municipalities were certified, for 1 to 3 years). With CONAMER wound up, whether the SARE guidelines and PROSARE still apply under the LNETB is to be confirmed with the ATDT; procedure listings move to the national procedures portal (Portal Ciudadano Único de Trámites y Servicios). Local regulatory-improvement laws are repealed 180 calendar days after the LNETB takes effect.',
      },
    ],
    sources: [SRC_SARE_DOF, SRC_LNETB, SRC_QRO_SARE, { title: 'Municipio de Querétaro — Cédula del trámite TR-170303-002 (SARE)', url: 'https://tramitesqro.municipiodequeretaro.gob.mx/cedula.php?id=TR-170303-002' }],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'mun-operating-licence',
    slug: 'licencia-de-funcionamiento',
    level: 'municipal',
    authority: 'municipality',
    phase: 'operation',
    title: { es: 'Licencia de funcionamiento (trámite ordinario)', en: 'Operating licence (standard procedure, licencia de funcionamiento)' },
    summary: {
      es: 'Autorización municipal para abrir y operar un establecimiento. Los giros de riesgo medio y alto —la mayoría de las fábricas— siguen el trámite completo, que exige antes el dictamen de protección civil y, según el giro, autorizaciones ambientales y sanitarias.',
      en: 'Municipal authorisation to open and run an establishment. Medium- and high-risk business lines — most factories — go through the full procedure, which first requires the civil-protection approval and, depending on the activity, environmental and health authorisations.',
    },
    whoNeedsIt: {
      es: 'Toda empresa que abra un establecimiento en un municipio. Si su giro es de bajo riesgo y el municipio tiene SARE, puede usar la vía rápida del SARE en lugar de este trámite.',
      en: 'Every company that opens an establishment in a municipality. If the business line is low-risk and the municipality has a SARE, the SARE fast track can be used instead of this procedure.',
    },
    appliesWhen: { not: { fact: 'risk', op: 'eq', value: 'low' } },
    alternative: { group: 'operating-licence', rank: 2 },
    states: [],
    variesByState: {
      es: `${MUNICIPAL_VARIES.es} En la Ciudad de México los establecimientos mercantiles presentan avisos y permisos en el sistema SIAPEM.`,
      en: `${MUNICIPAL_VARIES.en} In Mexico City, business establishments file their notices and permits through the SIAPEM system.`,
    },
    outputs: [{ es: 'Licencia de funcionamiento municipal', en: 'Municipal operating licence' }],
    prerequisites: ['civil-protection'],
    legalBasis: [{ law: 'cpeum', article: '115' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Presentar la solicitud con los dictámenes previos y recibir la licencia', en: 'File the application with the prior approvals and receive the licence' },
        description: {
          es: 'El municipio revisa la documentación y puede hacer una visita de verificación antes de emitir la licencia.',
          en: 'The municipality reviews the file and may carry out an inspection visit before issuing the licence.',
        },
        channel: { kind: 'in-person', note: { es: 'Algunos municipios la tramitan en línea.', en: 'Some municipalities handle it online.' } },
        requirements: [
          { name: { es: 'Dictamen o visto bueno de protección civil', en: 'Civil-protection approval' }, copies: 1, producedBy: 'civil-protection' },
          { name: { es: 'Licencia o dictamen de uso de suelo', en: 'Land-use licence or opinion' }, copies: 1, producedBy: 'mun-land-use' },
          {
            name: { es: 'Autorización de uso y ocupación', en: 'Use-and-occupancy authorisation' },
            copies: 1,
            producedBy: 'mun-occupancy',
            note: { es: 'Si construyó el inmueble.', en: 'If you built the facility.' },
            unverified: true,
          },
          {
            name: { es: 'Licencia ambiental estatal', en: 'State environmental licence' },
            producedBy: 'state-environmental-licence',
            note: { es: 'Según el giro.', en: 'Depending on the activity.' },
            unverified: true,
          },
          { name: { es: 'Acta constitutiva y poder del representante legal', en: 'Incorporation deed and the legal representative’s power of attorney' }, copies: 1, producedBy: 'incorporation-deed', unverified: true },
          { name: { es: 'Constancia de situación fiscal (RFC)', en: 'Tax status certificate (RFC)' }, copies: 1, producedBy: 'sat-rfc-company', unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la licencia de funcionamiento', en: 'Operating-licence fee' },
            formula: { es: 'La fija la ley de ingresos de cada municipio, normalmente según el giro; no hay una cifra nacional.', en: 'Set by each municipality’s revenue law, usually by business line; there is no national figure.' },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'municipal-regulations' }],
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 30, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lnetb', article: '54 fr. IX' }],
          note: termNote(
            'cada municipio en su reglamento de comercio o de funcionamiento de negocios, o a la ley estatal que lo regule (el plazo máximo de 72 horas de los lineamientos SARE solo vale para los giros de bajo riesgo en un SARE)',
            'each municipality’s business or trade regulation, or the state law that governs it (the 72-hour maximum of the SARE guidelines only applies to low-risk lines at a SARE)',
            'El rango de 10 a 30 días hábiles es una estimación conservadora, no un plazo legal.',
            'The 10–30 business-day range is a conservative estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      {
        es: 'Confirme con su municipio si la licencia debe refrendarse cada año y qué autorizaciones sanitarias o ambientales pide para su giro.',
        en: 'Confirm with your municipality whether the licence must be renewed every year and which health or environmental authorisations it requires for your activity.',
      },
    ],
    sources: [SRC_CPEUM, SRC_SARE_DOF],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'civil-protection',
    slug: 'programa-interno-proteccion-civil',
    level: 'municipal',
    authority: 'municipal-civil-protection',
    phase: 'operation',
    title: { es: 'Programa Interno de Protección Civil y dictamen de protección civil', en: 'Civil-protection internal programme and approval (Programa Interno de Protección Civil; dictamen de protección civil)' },
    summary: {
      es: 'Antes de abrir, el establecimiento necesita un Programa Interno de Protección Civil y un análisis de riesgos o dictamen aprobado por la autoridad de protección civil, que se renueva periódicamente. Si construyó el inmueble, se tramita después de la autorización de uso y ocupación y antes de la licencia de funcionamiento.',
      en: 'Before opening, the establishment needs a civil-protection internal programme (Programa Interno de Protección Civil) and a risk assessment or approval from the civil-protection authority, renewed periodically. If you built the facility, it comes after the use-and-occupancy authorisation and before the operating licence.',
    },
    whoNeedsIt: {
      es: 'Empresas que construyen o adaptan un inmueble para operar (planta, bodega, oficina o local). Los establecimientos que ocupan un inmueble sin obras deben confirmar la regla local, que a menudo también lo exige.',
      en: 'Companies that build or adapt premises to operate in (plant, warehouse, office or shop). Establishments moving into premises without works should check the local rule, which often requires it too.',
    },
    appliesWhen: { fact: 'facility', op: 'in', value: ['build', 'adapt'] },
    states: [],
    variesByState: {
      es: 'Según el estado y el municipio, lo revisa la unidad municipal de protección civil o la coordinación estatal de protección civil (en algunos casos, ambas, por tamaño o riesgo del inmueble). Cada ley estatal de protección civil y cada reglamento municipal fijan su contenido, su costo, su plazo y cada cuánto se renueva. Consulte la página de su estado.',
      en: 'Depending on the state and the municipality, it is reviewed by the municipal civil-protection unit or the state civil-protection coordination (in some cases both, depending on the building’s size or risk). Each state civil-protection law and each municipal regulation sets its content, cost, time and renewal period. Check your state’s page.',
    },
    outputs: [
      { es: 'Programa Interno de Protección Civil aprobado', en: 'Approved civil-protection internal programme' },
      { es: 'Dictamen o visto bueno de protección civil', en: 'Civil-protection approval (dictamen or visto bueno)' },
    ],
    prerequisites: [],
    legalBasis: [{ law: 'lgpc', article: '39' }, { law: 'lgpc', article: '40' }, { law: 'state-civil-protection-law' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Elaborar el Programa Interno de Protección Civil y el análisis de riesgos', en: 'Prepare the civil-protection internal programme and the risk assessment' },
        channel: {
          kind: 'in-person',
          note: { es: 'Algunas leyes locales exigen que lo elabore un consultor registrado ante la autoridad (por confirmar).', en: 'Some local laws require it to be prepared by a consultant registered with the authority (to be confirmed).' },
        },
        requirements: [],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'lgpc', article: '40' }],
            note: {
              es: 'Ninguna autoridad cobra por elaborarlo: lo elabora la Unidad Interna de Protección Civil de la empresa, que puede asesorarse con una persona registrada ante la autoridad (LGPC art. 40); los honorarios de ese asesor, si se contrata, son un gasto privado que no fija ninguna ley.',
              en: 'No authority charges for drafting it: the company’s own internal civil-protection unit prepares it and may be advised by a person registered with the authority (LGPC Art. 40); that adviser’s fee, if you hire one, is a private cost that no law sets.',
            },
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lgpc', article: '39' }, { law: 'lgpc', article: '40' }],
          note: {
            es: 'No interviene la autoridad: lo elabora la Unidad Interna de Protección Civil de la empresa, con el asesor registrado que elija (LGPC arts. 39 y 40); el tiempo depende de la empresa. La revisión de la autoridad es el paso siguiente.',
            en: 'No authority is involved: the company’s internal civil-protection unit prepares it, with a registered adviser of its choice (LGPC Arts. 39 and 40); the time depends on the company. The authority’s review is the next step.',
          },
        },
        legalBasis: [{ law: 'lgpc', article: '39' }, { law: 'lgpc', article: '40' }, { law: 'state-civil-protection-law' }],
      },
      {
        title: { es: 'Presentar el programa, atender la inspección y recibir el dictamen', en: 'File the programme, attend the inspection and receive the approval' },
        channel: { kind: 'in-person' },
        requirements: [
          { name: { es: 'Programa Interno de Protección Civil', en: 'Civil-protection internal programme' }, originals: 1 },
          { name: { es: 'Análisis de riesgos del inmueble', en: 'Risk assessment of the premises' }, originals: 1, unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por revisión y dictamen de protección civil', en: 'Civil-protection review and approval fee' },
            formula: { es: 'Los fija la ley de ingresos municipal o la ley fiscal estatal, según la autoridad que lo emita.', en: 'Set by the municipal revenue law or the state tax law, depending on which authority issues it.' },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'municipal-regulations' }, { law: 'state-tax-law' }],
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 30, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lnetb', article: '54 fr. IX' }],
          note: termNote(
            'la ley de protección civil de cada estado y al reglamento municipal (la Ley General de Protección Civil, arts. 39 y 40, regula el programa interno pero no el plazo de su revisión)',
            'each state’s civil-protection law and the municipal regulation (the General Civil Protection Law, Arts. 39 and 40, governs the internal programme but not how long its review takes)',
            'El rango de 10 a 30 días hábiles es una estimación conservadora, no un plazo legal.',
            'The 10–30 business-day range is a conservative estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'state-civil-protection-law' }, { law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      {
        es: 'Los detalles (quién lo emite, requisitos, costo, plazo y periodicidad de renovación) no están verificados y dependen de la ley local.',
        en: 'The details (who issues it, requirements, cost, time and renewal period) are not verified and depend on local law.',
      },
    ],
    sources: [SRC_LGPC],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'state-payroll-tax',
    slug: 'impuesto-sobre-nominas',
    level: 'state',
    authority: 'state-treasury',
    phase: 'operation',
    title: { es: 'Inscripción y pago del Impuesto Sobre Nóminas (ISN)', en: 'State payroll tax (Impuesto Sobre Nóminas, ISN): registration and payment' },
    summary: {
      es: 'Los estados gravan los sueldos y salarios que se pagan en su territorio. Al contratar personal, la empresa se inscribe en el padrón estatal ante la secretaría de finanzas o hacienda del estado y paga el impuesto de forma periódica. Las tasas generales que reportan fuentes secundarias para 2025–2026 van del 2 % al 4.25 % (por confirmar en la ley de cada estado); algunos estados dan exenciones o incentivos y otros piden un dictamen del ISN elaborado por contador público.',
      en: 'States tax the salaries and wages paid in their territory. When it hires staff, the company registers with the state treasury (secretaría de finanzas or hacienda) and pays the tax periodically. The general rates reported by secondary sources for 2025–2026 range from 2% to 4.25% (to be confirmed in each state’s law); some states offer exemptions or incentives, and some require an ISN report certified by a public accountant (dictamen).',
    },
    whoNeedsIt: {
      es: 'Toda empresa que pague sueldos a trabajadores, en cada estado donde los tenga.',
      en: 'Every company that pays wages to employees, in each state where it has them.',
    },
    appliesWhen: { fact: 'employees', op: 'gt', value: 0 },
    states: [],
    variesByState: {
      es: 'Cada estado fija la tasa, la base, los plazos de pago, las exenciones y los incentivos en su ley de hacienda o código fiscal. Tasas generales reportadas por fuentes secundarias (por confirmar en la ley de cada estado): Baja California 4.25 %; Ciudad de México y Chihuahua 4 %; Yucatán 3.75 %; Baja California Sur, Campeche, Chiapas, Coahuila, Colima, Durango, Morelos y Nuevo León 3 %; Aguascalientes 2.5 % (2026). En 2026 subieron Chihuahua, Chiapas, Colima, Baja California Sur, Morelos y Yucatán. Para los demás estados la tasa vigente está por confirmar: vea la página de cada estado.',
      en: 'Each state sets the rate, base, payment dates, exemptions and incentives in its tax law (ley de hacienda or código fiscal). General rates reported by secondary sources (to be confirmed in each state’s law): Baja California 4.25%; Mexico City and Chihuahua 4%; Yucatán 3.75%; Baja California Sur, Campeche, Chiapas, Coahuila, Colima, Durango, Morelos and Nuevo León 3%; Aguascalientes 2.5% (2026). In 2026 Chihuahua, Chiapas, Colima, Baja California Sur, Morelos and Yucatán raised theirs. For the other states the current rate is to be confirmed: see each state’s page.',
    },
    outputs: [
      { es: 'Inscripción en el padrón estatal del ISN', en: 'Registration in the state payroll-tax register' },
      { es: 'Declaraciones y comprobantes de pago del ISN', en: 'Payroll-tax returns and payment receipts' },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'state-tax-law' }, { law: 'cf-cdmx', article: '156–159', unverified: true }],
    steps: [
      {
        title: { es: 'Inscribirse en el padrón estatal del ISN', en: 'Register in the state payroll-tax register' },
        channel: {
          kind: 'online-or-in-person',
          note: { es: 'Ante la secretaría de finanzas o hacienda del estado.', en: 'With the state treasury (secretaría de finanzas or hacienda).' },
        },
        requirements: [
          { name: { es: 'Constancia de situación fiscal (RFC)', en: 'Tax status certificate (RFC)' }, copies: 1, producedBy: 'sat-rfc-company', unverified: true },
          { name: { es: 'Acta constitutiva y poder del representante legal', en: 'Incorporation deed and the legal representative’s power of attorney' }, copies: 1, producedBy: 'incorporation-deed', unverified: true },
          { name: { es: 'Identificación oficial del representante legal', en: 'Official ID of the legal representative' }, copies: 1, unverified: true },
          { name: { es: 'Comprobante de domicilio del establecimiento', en: 'Proof of address of the establishment' }, copies: 1, unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la inscripción, si el estado los cobra', en: 'Registration fee, if the state charges one' },
            formula: {
              es: 'Las fuentes revisadas no indican cobro por inscribirse; si un estado lo cobra, lo fija su ley de hacienda o su ley de ingresos del año, y debe publicarlo en el Portal Ciudadano Único de Trámites y Servicios (LNETB art. 54, fr. XI).',
              en: 'The sources reviewed mention no registration fee; if a state charges one, its tax law (ley de hacienda) or that year’s revenue law sets it, and it must be published on the national procedures portal (LNETB Art. 54 fr. XI).',
            },
            minMXN: 0,
            maxMXN: null,
            legalBasis: [{ law: 'state-tax-law' }, { law: 'lnetb', article: '54 fr. XI' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'state-tax-law' }],
          note: {
            es: 'Es una obligación de la propia empresa: presenta su aviso de inscripción en el padrón del impuesto y la autoridad lo registra; no es una autorización, así que no hay resolución que esperar. El plazo para inscribirse después de empezar a pagar sueldos lo fija la ley fiscal de cada estado: consulte la página de su estado.',
            en: 'It is the company’s own duty: it files its registration notice for the tax register and the authority records it; it is not an authorisation, so there is no decision to wait for. The deadline to register after you start paying wages is set by each state’s tax law: see your state’s page.',
          },
        },
        legalBasis: [{ law: 'state-tax-law' }],
      },
      {
        title: { es: 'Declarar y pagar el impuesto', en: 'File returns and pay the tax' },
        channel: { kind: 'online-or-in-person' },
        requirements: [],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Impuesto Sobre Nóminas', en: 'Payroll tax (Impuesto Sobre Nóminas)' },
            formula: {
              es: 'Tasa del estado × total de sueldos y salarios pagados en el estado. Tasas generales reportadas (por confirmar) para 2025–2026: de 2 % (Sonora, tasa base) a 4.25 % (Baja California); Ciudad de México 4 % desde 2025. Vea la página de cada estado.',
              en: 'State rate × total salaries and wages paid in the state. General rates reported (to be confirmed) for 2025–2026: from 2% (Sonora, base rate) to 4.25% (Baja California); Mexico City 4% since 2025. See each state’s page.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'state-tax-law' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'state-tax-law' }],
          note: {
            es: 'No hay resolución que esperar: el pago se registra al momento. La periodicidad (en la mayoría de los estados, mensual) y la fecha límite las fija cada ley estatal; por ejemplo, en la Ciudad de México se paga a más tardar el día 17 del mes siguiente (Código Fiscal de la Ciudad de México, art. 159, por confirmar).',
            en: 'There is no decision to wait for: payment is recorded on the spot. The filing period (monthly in most states) and the due date are set by each state’s law; for example, in Mexico City it is due by the 17th of the following month (Código Fiscal de la Ciudad de México, Art. 159, to be confirmed).',
          },
        },
        legalBasis: [{ law: 'state-tax-law' }],
      },
    ],
    caveats: [
      {
        es: 'Ciudad de México: el impuesto se regula en los arts. 156 a 159 del Código Fiscal de la Ciudad de México; el art. 156 define quién lo paga y, según las fuentes, la tasa del 4 % está en el art. 158 (reforma publicada en la Gaceta Oficial del 27-12-2024). Confírmelo en el texto de la Consejería Jurídica citado en la página de la Ciudad de México.',
        en: 'Mexico City: the tax is governed by Arts. 156–159 of the Código Fiscal de la Ciudad de México; Art. 156 says who pays it and, according to the sources, the 4% rate is in Art. 158 (amendment published in the Gaceta Oficial of 27-12-2024). Confirm it in the Consejería Jurídica text cited on the Mexico City page.',
      },
      {
        es: 'Ninguna tasa se ha leído todavía en la ley oficial del estado: 13 de los 32 estados tienen una tasa 2025 o 2026 reportada por fuentes secundarias; en 7 la tasa viene de fuentes de 2013 a 2022 y en 12 no se encontró. Una tabla de 2026 da un rango nacional de 2.40 % a 5 %, pero solo se pudieron leer sus primeras 10 filas. Las páginas de los estados enlazan el texto oficial de su legislación fiscal.',
        en: 'No rate has yet been read in a state’s official law: 13 of the 32 states have a 2025 or 2026 rate reported by secondary sources; for 7 the rate comes from 2013–2022 sources and for 12 none was found. A 2026 table gives a national range of 2.40% to 5%, but only its first 10 rows could be read. The state pages link the official text of their tax legislation.',
      },
      {
        es: 'Algunos estados gravan aparte los pagos no subordinados (honorarios, consejeros) y en 2026 Quintana Roo y Tamaulipas añadieron responsabilidad solidaria para quienes contratan servicios.',
        en: 'Some states separately tax non-subordinate pay (fees, board members), and in 2026 Quintana Roo and Tamaulipas added joint liability for companies that contract services.',
      },
    ],
    sources: [SRC_ISN_AGS, SRC_ISN_CAMP, SRC_ISN_CDMX],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'state-environmental-licence',
    slug: 'licencia-ambiental-estatal',
    level: 'state',
    authority: 'state-environment',
    phase: 'operation',
    title: { es: 'Licencia o autorización ambiental estatal', en: 'State environmental licence or authorisation' },
    summary: {
      es: 'Las fuentes fijas de emisiones que no son de jurisdicción federal, y los proyectos cuyo impacto ambiental no evalúa la federación, se regulan por la ley ambiental de cada estado. En la Ciudad de México es la Licencia Ambiental Única (LAUDF) y en el Estado de México la Cédula de Operación Integral; los demás estados tienen su propia evaluación de impacto ambiental y licencia de funcionamiento.',
      en: 'Fixed emission sources that are not under federal jurisdiction, and projects whose environmental impact is not assessed federally, are regulated by each state’s environmental law. In Mexico City this is the single environmental licence (LAUDF) and in the State of Mexico the Cédula de Operación Integral; the other states have their own environmental impact assessment and operating licence.',
    },
    whoNeedsIt: {
      es: 'Empresas con instalaciones (que construyan o adapten un inmueble) que no sean fuentes fijas de jurisdicción federal. Las fuentes federales —industrias química, del petróleo y petroquímica, de pinturas y tintas, automotriz, de celulosa y papel, metalúrgica y siderúrgica, del vidrio, de generación de electricidad, del asbesto, del cemento y la cal, y de tratamiento de residuos peligrosos— tramitan en su lugar la Licencia Ambiental Única (LAU) de la SEMARNAT.',
      en: 'Companies with a facility (building or adapting premises) that is not a federal-jurisdiction fixed emission source. Federal sources — the chemical, oil and petrochemical, paints and inks, automotive, pulp and paper, metallurgy and steel, glass, power generation, asbestos, cement and lime, and hazardous-waste treatment industries — get SEMARNAT’s single environmental licence (Licencia Ambiental Única, LAU) instead.',
    },
    appliesWhen: {
      all: [
        { fact: 'facility', op: 'ne', value: 'none' },
        { not: { fact: 'federalEmissionSource', op: 'eq', value: true } },
      ],
    },
    states: [],
    variesByState: {
      es: 'Cada estado regula en su ley ambiental qué proyectos y fuentes requieren autorización, con qué requisitos, costos y plazos. En la Ciudad de México vea la LAUDF de la SEDEMA y en el Estado de México la Cédula de Operación Integral, que tienen su propia ficha y sustituyen a esta descripción general.',
      en: 'Each state’s environmental law sets which projects and sources need authorisation, and with what requirements, fees and times. In Mexico City see SEDEMA’s LAUDF and in the State of Mexico the Cédula de Operación Integral, which have their own pages and replace this general description.',
    },
    outputs: [{ es: 'Autorización de impacto ambiental estatal y/o licencia ambiental de funcionamiento', en: 'State environmental impact authorisation and/or environmental operating licence' }],
    prerequisites: [],
    legalBasis: [
      { law: 'lgeepa', article: '7 fr. III' },
      { law: 'lgeepa', article: '35 Bis 2' },
      { law: 'state-environmental-law' },
      { law: 'lgeepa', article: '111-bis' },
      { law: 'rlgeepa-atm', article: '17-bis' },
    ],
    steps: [
      {
        title: { es: 'Confirmar con la secretaría estatal de medio ambiente qué autorización corresponde', en: 'Confirm with the state environment secretariat which authorisation applies' },
        description: {
          es: 'Si el proyecto requiere evaluación de impacto ambiental estatal, debe obtenerse antes de empezar la obra.',
          en: 'If the project needs a state environmental impact assessment, it must be obtained before works start.',
        },
        channel: { kind: 'online-or-in-person' },
        requirements: [],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'lnetb', article: '54' }],
            note: {
              es: 'Una consulta no causa derechos; los requisitos, plazos y costos de cada trámite estatal deben estar publicados en el Portal Ciudadano Único de Trámites y Servicios (LNETB art. 54).',
              en: 'An enquiry carries no fee; each state procedure’s requirements, deadlines and costs must be published on the national procedures portal (LNETB Art. 54).',
            },
          },
        ],
        timeframe: {
          waiting: { min: 1, max: 10, unit: 'business-days' },
          tacitApproval: 'none',
          unverified: true,
          legalBasis: [{ law: 'lnetb', article: '54' }],
          note: {
            es: 'Consulta previa, no un trámite: ninguna ley fija plazo para responderla. Si el estado ya publicó sus trámites ambientales en el Portal Ciudadano Único de Trámites y Servicios (LNETB art. 54), basta leer ahí cuál corresponde. El rango de 1 a 10 días hábiles es una estimación.',
            en: 'A preliminary enquiry, not a formal procedure: no law sets a time to answer it. If the state has already published its environmental procedures on the national procedures portal (LNETB Art. 54), reading them there is enough. The 1–10 business-day range is an estimate.',
          },
        },
        legalBasis: [{ law: 'state-environmental-law' }],
      },
      {
        title: { es: 'Presentar la solicitud y recibir la autorización o licencia', en: 'File the application and receive the authorisation or licence' },
        channel: { kind: 'online-or-in-person' },
        requirements: [
          { name: { es: 'Descripción del proyecto o del proceso productivo', en: 'Description of the project or production process' }, unverified: true },
          { name: { es: 'Información de emisiones, aguas residuales, residuos y ruido', en: 'Information on emissions, wastewater, waste and noise' }, unverified: true },
          { name: { es: 'Licencia o dictamen de uso de suelo', en: 'Land-use licence or opinion' }, copies: 1, producedBy: 'mun-land-use', unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos estatales por la evaluación o la licencia', en: 'State fee for the assessment or licence' },
            formula: { es: 'Los fija la ley fiscal o de ingresos de cada estado.', en: 'Set by each state’s tax or revenue law.' },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'state-tax-law' }],
          },
        ],
        timeframe: {
          waiting: { min: 20, max: 60, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lgeepa', article: '35 Bis 2' }, { law: 'lnetb', article: '54 fr. IX' }],
          note: termNote(
            'la ley ambiental de cada estado y su reglamento (la LGEEPA, art. 35 Bis 2, deja a la legislación local la evaluación del impacto ambiental de las obras que no son de competencia federal)',
            'each state’s environmental law and its regulation (the LGEEPA, Art. 35 Bis 2, leaves the impact assessment of works outside federal jurisdiction to local legislation)',
            'El rango de 20 a 60 días hábiles es una estimación conservadora, no un plazo legal.',
            'The 20–60 business-day range is a conservative estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'state-environmental-law' }],
      },
    ],
    caveats: [
      {
        es: 'Fuera de la Ciudad de México y el Estado de México, los nombres, requisitos y plazos de las autorizaciones ambientales estatales no están verificados.',
        en: 'Outside Mexico City and the State of Mexico, the names, requirements and times of state environmental authorisations are not verified.',
      },
    ],
    sources: [SRC_LGEEPA_STATES],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'state-property-registration',
    slug: 'inscripcion-registro-publico-propiedad',
    level: 'state',
    authority: 'state-property-registry',
    phase: 'construction',
    title: { es: 'Compraventa del inmueble e inscripción en el Registro Público de la Propiedad', en: 'Property purchase and registration in the state Public Property Registry (Registro Público de la Propiedad)' },
    summary: {
      es: 'Cuando la empresa compra el terreno o inmueble para su proyecto, la compraventa se formaliza en escritura pública ante notario, se paga el impuesto municipal sobre adquisición de inmuebles (ISAI) y la escritura se inscribe en el Registro Público de la Propiedad del estado.',
      en: 'When the company buys the land or building for its project, the sale is formalised in a public deed before a notary, the municipal property-acquisition tax (ISAI) is paid, and the deed is registered in the state Public Property Registry.',
    },
    whoNeedsIt: {
      es: 'Empresas que compran el terreno o inmueble para construir su instalación. Si renta el inmueble, este trámite normalmente no aplica.',
      en: 'Companies that buy the land or building to build their facility. If you lease the property, this procedure normally does not apply.',
    },
    appliesWhen: { fact: 'facility', op: 'eq', value: 'build' },
    states: [],
    variesByState: {
      es: 'Cada estado regula su Registro Público de la Propiedad, los derechos de inscripción y los aranceles notariales; cada municipio fija la tasa del ISAI. Consulte la página de su estado.',
      en: 'Each state regulates its Public Property Registry, the registration fees and the notaries’ tariffs; each municipality sets the ISAI rate. Check your state’s page.',
    },
    outputs: [{ es: 'Escritura de compraventa inscrita en el Registro Público de la Propiedad', en: 'Purchase deed recorded in the Public Property Registry' }],
    prerequisites: ['incorporation-deed'],
    legalBasis: [{ law: 'state-registry-law' }, { law: 'state-notarial-law' }],
    steps: [
      {
        title: { es: 'Firmar la escritura de compraventa ante notario y pagar el ISAI', en: 'Sign the purchase deed before a notary and pay the ISAI' },
        description: {
          es: 'El notario revisa la situación del inmueble, calcula y entera los impuestos de la operación y firma la escritura con las partes.',
          en: 'The notary checks the property’s legal status, calculates and pays over the taxes on the transaction and signs the deed with the parties.',
        },
        channel: { kind: 'notary' },
        requirements: [
          { name: { es: 'Acta constitutiva y poder del representante legal', en: 'Incorporation deed and the legal representative’s power of attorney' }, copies: 1, producedBy: 'incorporation-deed', unverified: true },
          { name: { es: 'Constancia de situación fiscal (RFC) de la empresa', en: 'Company tax status certificate (RFC)' }, copies: 1, producedBy: 'sat-rfc-company', unverified: true },
          { name: { es: 'Título de propiedad del vendedor y recibo del predial al corriente', en: 'Seller’s title deed and current property-tax (predial) receipt' }, copies: 1, unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Impuesto sobre adquisición de inmuebles (ISAI)', en: 'Property-acquisition tax (ISAI)' },
            formula: {
              es: 'Un porcentaje o tarifa sobre el valor del inmueble que fija la ley de hacienda municipal del estado o la ley de ingresos del municipio; lo cobra el municipio (Constitución, art. 115, fr. IV, inciso a: contribuciones sobre la traslación de la propiedad inmobiliaria) y el notario lo calcula y entera. La tasa cambia de un estado y municipio a otro.',
              en: 'A percentage or tariff on the property’s value set by the state’s municipal tax law or the municipality’s revenue law; the municipality collects it (Constitution, Art. 115 fr. IV a): taxes on the transfer of real property) and the notary calculates and pays it over. The rate differs from state to state and municipality to municipality.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'cpeum', article: '115 fr. IV a)' }, { law: 'state-tax-law' }, { law: 'municipal-regulations' }],
          },
          {
            kind: 'variable',
            concept: { es: 'Honorarios notariales', en: 'Notary’s fees' },
            formula: { es: 'Según el arancel notarial del estado y el valor de la operación.', en: 'According to the state’s notarial tariff and the value of the transaction.' },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'state-notarial-law' }],
          },
        ],
        timeframe: {
          waiting: { min: 5, max: 30, unit: 'business-days' },
          tacitApproval: 'none',
          unverified: true,
          note: {
            es: 'El notario no resuelve: da fe de la operación. El tiempo depende de los certificados que pida antes de firmar (por ejemplo, de libertad de gravámenes al Registro Público y de no adeudo al municipio), cuyos plazos fijan la ley registral de cada estado y la normativa municipal. El rango de 5 a 30 días hábiles es una estimación conservadora, no un plazo legal.',
            en: 'The notary does not decide anything: they attest the transaction. The time depends on the certificates requested before signing (for example a lien certificate from the Public Registry and a no-debt certificate from the municipality), whose terms are set by each state’s registry law and municipal rules. The 5–30 business-day range is a conservative estimate, not a legal term.',
          },
        },
        legalBasis: [{ law: 'state-notarial-law' }],
      },
      {
        title: { es: 'Inscribir la escritura en el Registro Público de la Propiedad', en: 'Record the deed in the Public Property Registry' },
        channel: { kind: 'notary', note: { es: 'Normalmente la presenta el notario.', en: 'Normally the notary files it.' } },
        requirements: [{ name: { es: 'Testimonio de la escritura de compraventa', en: 'Certified copy of the purchase deed' }, originals: 1, unverified: true }],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos de inscripción en el Registro Público de la Propiedad', en: 'Public Property Registry recording fee' },
            formula: { es: 'Los fija la ley fiscal o de ingresos de cada estado.', en: 'Set by each state’s tax or revenue law.' },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'state-tax-law' }],
          },
        ],
        timeframe: {
          waiting: { min: 5, max: 30, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'state-registry-law' }, { law: 'lnetb', article: '54 fr. IX' }],
          note: {
            es: `El plazo de inscripción lo fija la ley registral (o del Registro Público de la Propiedad) de cada estado y su reglamento; no se encontró una regla nacional. ${LOCAL_TERM_TAIL.es} El rango de 5 a 30 días hábiles es una estimación conservadora, no un plazo legal.`,
            en: `The recording term is set by each state’s registry law (ley registral, or law on the Public Property Registry) and its regulation; no national rule was found. ${LOCAL_TERM_TAIL.en} The 5–30 business-day range is a conservative estimate, not a legal term.`,
          },
        },
        legalBasis: [{ law: 'state-registry-law' }],
      },
    ],
    caveats: [
      {
        es: 'Nuestras fuentes no documentan este trámite en detalle: requisitos, costos y plazos están por confirmar con el notario y el registro del estado.',
        en: 'Our sources do not document this procedure in detail: requirements, costs and times are to be confirmed with the notary and the state registry.',
      },
      {
        es: 'Zona restringida (franja de 100 km a lo largo de las fronteras y de 50 km a lo largo de las costas): una sociedad mexicana con cláusula de admisión de extranjeros que compra un inmueble para fines no residenciales debe dar aviso a la SRE dentro de los 60 días hábiles siguientes (LIE, art. 10). Para fines residenciales, revise el régimen de fideicomiso con permiso de la SRE (LIE, arts. 11 y 14).',
        en: 'Restricted zone (100 km along the borders and 50 km along the coasts): a Mexican company with a foreigners-admission clause that buys property for non-residential purposes must notify the Foreign Ministry (SRE) within 60 business days (LIE Art. 10). For residential use, check the bank-trust regime with an SRE permit (LIE Arts. 11 and 14).',
      },
    ],
    sources: [SRC_LIE_DIPUTADOS],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'cdmx-laudf',
    slug: 'licencia-ambiental-unica-cdmx',
    level: 'state',
    authority: 'state-environment',
    phase: 'operation',
    title: {
      es: 'Manifestación Ambiental Única (MAU), antes Licencia Ambiental Única para el Distrito Federal (LAUDF)',
      en: 'Mexico City single environmental filing (Manifestación Ambiental Única, MAU), formerly the single environmental licence (LAUDF)',
    },
    summary: {
      es: 'En la Ciudad de México, los establecimientos que son fuentes fijas de jurisdicción local cumplen ante la Secretaría del Medio Ambiente (SEDEMA) sus obligaciones sobre emisiones a la atmósfera, aguas residuales, residuos, ruido y el Registro de Emisiones y Transferencia de Contaminantes (RETC). Desde noviembre de 2023 la LAUDF, que se tramitaba en persona y se actualizaba cada año en los primeros cuatro meses, se convirtió en la Manifestación Ambiental Única (MAU), que se presenta en línea.',
      en: 'In Mexico City, establishments that are fixed emission sources under local jurisdiction meet their obligations on air emissions, wastewater, waste, noise and the pollutant release and transfer register (RETC) before the city environment secretariat (Secretaría del Medio Ambiente, SEDEMA). Since November 2023 the LAUDF, which was filed in person and updated every year in the first four months, has become the single environmental filing (Manifestación Ambiental Única, MAU), filed online.',
    },
    whoNeedsIt: {
      es: 'Empresas con instalaciones en la Ciudad de México que no sean fuentes fijas de jurisdicción federal (estas tramitan la LAU de la SEMARNAT).',
      en: 'Companies with a facility in Mexico City that is not a federal-jurisdiction fixed source (those get SEMARNAT’s LAU instead).',
    },
    appliesWhen: {
      all: [
        { fact: 'facility', op: 'ne', value: 'none' },
        { not: { fact: 'federalEmissionSource', op: 'eq', value: true } },
      ],
    },
    states: ['09'],
    variesByState: {
      es: 'Solo en la Ciudad de México. En los demás estados vea la licencia ambiental estatal.',
      en: 'Mexico City only. In other states see the state environmental licence.',
    },
    outputs: [
      { es: 'Constancia de la Manifestación Ambiental Única (antes LAUDF)', en: 'Single environmental filing certificate (MAU; formerly the LAUDF)' },
      { es: 'Actualización anual de la LAUDF', en: 'Yearly LAUDF update' },
    ],
    prerequisites: [],
    legalBasis: [{ law: 'state-environmental-law' }, { law: 'lgeepa', article: '9' }],
    steps: [
      {
        title: { es: 'Presentar la MAU (antes LAUDF) ante la SEDEMA', en: 'File the MAU (formerly the LAUDF) with SEDEMA' },
        channel: {
          kind: 'online',
          note: {
            es: 'En la plataforma www.mau.sedema.cdmx.gob.mx, según el anuncio oficial de noviembre de 2023.',
            en: 'On the www.mau.sedema.cdmx.gob.mx platform, according to the official announcement of November 2023.',
          },
        },
        requirements: [
          { name: { es: 'Anexo de emisiones a la atmósfera', en: 'Air-emissions annex' } },
          { name: { es: 'Anexo de aguas residuales', en: 'Wastewater annex' } },
          { name: { es: 'Anexo de residuos', en: 'Waste annex' } },
          { name: { es: 'Anexo de ruido', en: 'Noise annex' } },
          { name: { es: 'Registro de Emisiones y Transferencia de Contaminantes (RETC)', en: 'Pollutant release and transfer register (RETC)' } },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la LAUDF, si los hay', en: 'LAUDF fee, if any' },
            formula: {
              es: 'Si la licencia causa derechos, los fija el Código Fiscal de la Ciudad de México (título de derechos), actualizado cada año; las fuentes revisadas no dan la cifra. La ficha oficial del trámite en el portal de trámites de la Ciudad indica si tiene costo.',
              en: 'If the licence carries a fee, the Código Fiscal de la Ciudad de México (chapter on fees, derechos) sets it and it is updated every year; the sources reviewed give no figure. The official procedure sheet on the city’s procedures portal says whether it has a cost.',
            },
            minMXN: 0,
            maxMXN: null,
            legalBasis: [{ law: 'cf-cdmx' }],
          },
        ],
        timeframe: {
          waiting: { min: 20, max: 60, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'No se ha leído un plazo oficial. El anuncio oficial de noviembre de 2023 dice que la MAU se tramita en línea; que el establecimiento pueda operar al presentarla, sin esperar la aprobación de la SEDEMA, solo lo dicen notas de prensa. La copia consultada en diciembre de 2026 de la ficha del portal de trámites de la Ciudad (muestraInfo/142) describe aún la LAUDF presencial con base en la antigua Ley Ambiental de Protección a la Tierra, y no se encontró una ficha de la MAU. Lo que falta leer en una copia oficial (data.consejeria.cdmx.gob.mx o congresocdmx.gob.mx): la sección de la Ley Ambiental de la Ciudad de México (Gaceta Oficial 18-07-2024) sobre la Manifestación Ambiental Única, que dirá si la constancia se obtiene al presentarla, qué plazo tiene la SEDEMA para su resolución posterior y qué regla del silencio aplica. Solo si esa ley no fijara plazo regiría el plazo general para resolver de la Ley de Procedimiento Administrativo de la Ciudad de México (art. 1: regula los actos y procedimientos de su administración pública), con su regla de silencio; el artículo y su texto vigente tampoco se han leído en una copia oficial. El rango de 20 a 60 días hábiles es una estimación hecha para la antigua LAUDF, no un plazo legal.',
            en: 'No official term has been read. The official announcement of November 2023 says the MAU is filed online; that the establishment may operate as soon as it is filed, without waiting for SEDEMA’s approval, is only in press reports. The copy of the city procedures portal’s sheet (muestraInfo/142) consulted in December 2026 still describes the in-person LAUDF under the former Ley Ambiental de Protección a la Tierra, and no MAU sheet was found. Still to be read in an official copy (data.consejeria.cdmx.gob.mx or congresocdmx.gob.mx): the section of the Ley Ambiental de la Ciudad de México (Gaceta Oficial 18-07-2024) on the Manifestación Ambiental Única, which will say whether the certificate is obtained on filing, what term SEDEMA has for its later decision and which silence rule applies. Only if that law set no term would the general decision term of Mexico City’s administrative procedure law (Ley de Procedimiento Administrativo de la Ciudad de México, Art. 1: it governs the acts and procedures of the city administration) apply, with its silence rule; that article and its current wording have not been read in an official copy either. The 20–60 business-day range is an estimate made for the former LAUDF, not a legal term.',
          },
        },
        legalBasis: [{ law: 'state-environmental-law' }],
      },
      {
        title: { es: 'Actualizar la LAUDF cada año', en: 'Update the LAUDF every year' },
        channel: { kind: 'online-or-in-person', note: { es: 'Canal por confirmar con la SEDEMA.', en: 'Channel to be confirmed with SEDEMA.' } },
        requirements: [
          { name: { es: 'Información actualizada de los anexos del año anterior', en: 'Updated annex information for the previous year' } },
          { name: { es: 'LAUDF vigente', en: 'Current LAUDF' } },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la actualización, si los hay', en: 'Update fee, if any' },
            formula: {
              es: 'Si la actualización causa derechos, los fija el Código Fiscal de la Ciudad de México (título de derechos), actualizado cada año; las fuentes revisadas no dan la cifra.',
              en: 'If the update carries a fee, the Código Fiscal de la Ciudad de México (chapter on fees, derechos) sets it and it is updated every year; the sources reviewed give no figure.',
            },
            minMXN: 0,
            maxMXN: null,
            legalBasis: [{ law: 'cf-cdmx' }],
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 40, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'La actualización anual de la LAUDF se presentaba en los primeros cuatro meses de cada año. Si la MAU la conserva, con qué plazo de respuesta y si es un simple informe sin resolución (como la Cédula de Operación Anual federal) está por confirmar en la Ley Ambiental de la Ciudad de México de 2024 y en la ficha del trámite. El rango de 10 a 40 días hábiles es una estimación, no un plazo legal.',
            en: 'The LAUDF’s yearly update was filed in the first four months of each year. Whether the MAU keeps it, with what response time, and whether it is a plain report with no decision (like the federal annual operating report, COA) is to be confirmed in the 2024 Ley Ambiental de la Ciudad de México and the procedure sheet. The 10–40 business-day range is an estimate, not a legal term.',
          },
        },
        legalBasis: [{ law: 'state-environmental-law' }],
      },
    ],
    caveats: [
      {
        es: 'El 6 de noviembre de 2023 el Gobierno de la Ciudad de México anunció que, tras reformar cinco leyes (entre ellas la Ley Ambiental de Protección a la Tierra), la LAUDF se convierte en la Manifestación Ambiental Única (MAU), digital, con la mitad de trámites y 40 % menos requisitos. Según notas de prensa sobre ese anuncio, la constancia se obtiene al ingresar los requisitos y pagar los derechos, sin esperar la aprobación de la SEDEMA: por confirmar. Los requisitos, la actualización anual y los plazos de esta página describen la LAUDF y están por confirmar para la MAU.',
        en: 'On 6 November 2023 the Mexico City government announced that, after amending five laws (including the Ley Ambiental de Protección a la Tierra), the LAUDF becomes the digital single environmental filing (Manifestación Ambiental Única, MAU), with half the procedures and 40% fewer requirements. According to press reports of that announcement, the certificate is obtained on entering the requirements and paying the fee, without waiting for SEDEMA’s approval: to be confirmed. The requirements, yearly update and times on this page describe the LAUDF and are to be confirmed for the MAU.',
      },
      {
        es: 'El monto de los derechos (si los hay) y los plazos están por confirmar con la SEDEMA; la ficha oficial del trámite en el portal de trámites de la Ciudad de México los indica.',
        en: 'The fee amount (if any) and times are to be confirmed with SEDEMA; the official procedure sheet on the Mexico City procedures portal states them.',
      },
    ],
    sources: [
      SRC_LGEEPA_STATES,
      { title: 'Gobierno de la Ciudad de México — Trámites CDMX: Licencia Ambiental Única para el Distrito Federal y su actualización anual (SEDEMA)', url: 'http://www.tramites.cdmx.gob.mx/index.php/tramites_servicios/muestraInfo/142' },
      { title: 'Jefatura de Gobierno de la Ciudad de México (06-11-2023) — Conferencia: la Licencia Ambiental Única se convierte en la Manifestación Ambiental Única', url: 'https://jefaturadegobierno.cdmx.gob.mx/comunicacion/nota/mensaje-del-jefe-de-gobierno-marti-batres-guadarrama-del-secretario-de-movilidad-andres-lajous-loaeza-del-director-general-de-gobierno-digital-en-la-adip-eduardo-clark-garcia-dobarganes-durante-conferencia-de-prensa' },
      { title: 'PAOT (Procuraduría Ambiental y del Ordenamiento Territorial de la Ciudad de México) — Ley Ambiental de la Ciudad de México, publicada en la Gaceta Oficial el 18-07-2024 (compilación)', url: 'https://paot.org.mx/centro/leyes-normas-htmls/ley-ambiental-de-2850.html' },
      { title: 'Gobierno del Distrito Federal, prontuario normativo — Ley de Procedimiento Administrativo del Distrito Federal (hoy de la Ciudad de México), art. 1', url: 'http://cgservicios.df.gob.mx/prontuario/vigente/rd1757.htm' },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'edomex-coi',
    slug: 'cedula-operacion-integral-edomex',
    level: 'state',
    authority: 'state-environment',
    phase: 'operation',
    title: { es: 'Cédula de Operación Integral del Estado de México', en: 'State of Mexico integrated operating report (Cédula de Operación Integral)' },
    summary: {
      es: 'En el Estado de México, las fuentes fijas de jurisdicción estatal presentan la Cédula de Operación Integral ante la autoridad ambiental del estado.',
      en: 'In the State of Mexico, fixed emission sources under state jurisdiction file the Cédula de Operación Integral with the state environmental authority.',
    },
    whoNeedsIt: {
      es: 'Empresas con instalaciones en el Estado de México que no sean fuentes fijas de jurisdicción federal (estas tramitan la LAU de la SEMARNAT).',
      en: 'Companies with a facility in the State of Mexico that is not a federal-jurisdiction fixed source (those get SEMARNAT’s LAU instead).',
    },
    appliesWhen: {
      all: [
        { fact: 'facility', op: 'ne', value: 'none' },
        { not: { fact: 'federalEmissionSource', op: 'eq', value: true } },
      ],
    },
    states: ['15'],
    variesByState: {
      es: 'Solo en el Estado de México. En los demás estados vea la licencia ambiental estatal.',
      en: 'State of Mexico only. In other states see the state environmental licence.',
    },
    outputs: [{ es: 'Cédula de Operación Integral presentada ante la autoridad ambiental estatal', en: 'Cédula de Operación Integral filed with the state environmental authority' }],
    prerequisites: [],
    legalBasis: [{ law: 'state-environmental-law' }, { law: 'lgeepa', article: '7 fr. III' }],
    steps: [
      {
        title: { es: 'Presentar la Cédula de Operación Integral', en: 'File the Cédula de Operación Integral' },
        channel: { kind: 'online-or-in-person', note: { es: 'Canal por confirmar con la autoridad ambiental del estado.', en: 'Channel to be confirmed with the state environmental authority.' } },
        requirements: [
          { name: { es: 'Información de la fuente fija: emisiones, aguas residuales y residuos', en: 'Fixed-source information: emissions, wastewater and waste' }, unverified: true },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos estatales, si los hay', en: 'State fee, if any' },
            formula: {
              es: 'Si la presentación causa derechos, los fija el Código Financiero del Estado de México y Municipios (capítulo de derechos), con cuotas en UMA; las fuentes revisadas no dan la cifra.',
              en: 'If filing carries a fee, the Código Financiero del Estado de México y Municipios (chapter on fees, derechos) sets it, in UMA; the sources reviewed give no figure.',
            },
            minMXN: 0,
            maxMXN: null,
            legalBasis: [{ law: 'state-tax-law' }],
          },
        ],
        timeframe: {
          waiting: { min: 20, max: 60, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lgeepa', article: '109 Bis' }],
          note: {
            es: 'No se ha leído un plazo oficial. Si la Cédula de Operación Integral es, como la Cédula de Operación Anual federal, un informe que alimenta el registro estatal de emisiones y transferencia de contaminantes (la LGEEPA, art. 109 Bis, obliga a los estados a llevarlo con los datos de las cédulas, informes y licencias que se les presentan), no hay resolución que esperar. Lo que falta leer para asentarlo, en legislacion.edomex.gob.mx o la Gaceta del Gobierno: el Código para la Biodiversidad del Estado de México y el reglamento de su Libro Segundo, que fijan su naturaleza, su periodo de presentación y cualquier plazo; la ficha del trámite en el portal del gobierno del estado (no encontrada en diciembre de 2026) y, para el caso de que la COI sí requiera resolución, el plazo general y la regla del silencio del Código de Procedimientos Administrativos del Estado de México, que solo rigen a falta de un plazo específico. El rango de 20 a 60 días hábiles es una estimación, no un plazo legal.',
            en: 'No official term has been read. If the Cédula de Operación Integral is, like the federal annual operating report (COA), a report feeding the state pollutant release and transfer register (LGEEPA Art. 109 Bis requires states to keep one with the data of the reports, filings and licences lodged with them), there is no decision to wait for. Still to be read to settle it, on legislacion.edomex.gob.mx or in the Gaceta del Gobierno: the State of Mexico’s Código para la Biodiversidad and the regulation of its Book Two, which set its nature, filing period and any term; the procedure sheet on the state government’s portal (not found in December 2026) and, should the COI turn out to need a decision, the general term and silence rule of the state’s Code of Administrative Procedure (Código de Procedimientos Administrativos del Estado de México), which apply only where no specific term exists. The 20–60 business-day range is an estimate, not a legal term.',
          },
        },
        legalBasis: [{ law: 'state-environmental-law' }],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar con la Secretaría del Medio Ambiente del Estado de México: que la Cédula de Operación Integral sea el instrumento estatal para fuentes fijas de jurisdicción estatal lo dicen fuentes secundarias, no una ficha oficial que hayamos leído; los requisitos, costos, plazos y la periodicidad de su actualización también están por confirmar.',
        en: 'To be confirmed with the State of Mexico environment secretariat: that the Cédula de Operación Integral is the state instrument for fixed sources under state jurisdiction comes from secondary sources, not an official sheet we read; requirements, fees, times and how often it must be updated are also to be confirmed.',
      },
    ],
    sources: [SRC_LGEEPA_STATES],
    verifiedOn: '2026-11-28',
  },
];
