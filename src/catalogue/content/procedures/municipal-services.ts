/**
 * Municipal services and duties added in the December 2026 audit (catalogue-audit-2026-12.md
 * §3): water and sewer connection, signage permit and property tax (predial). Each of the
 * ~2,446 municipalities sets its own rules and fees, so these are generic procedures: what
 * is common (the constitutional basis, CPEUM art. 115, read on 2026-12-03 in the Cámara de
 * Diputados text) and how it varies; local figures stay "to be confirmed".
 */
import type { ProcedureInput } from '../../schema.ts';
import { localTermNote } from './common.ts';

const SRC_CPEUM = { title: 'Cámara de Diputados — Constitución Política de los Estados Unidos Mexicanos, art. 115 (texto vigente)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/CPEUM.pdf' };

const SRC_LNETB = { title: 'Cámara de Diputados — Ley Nacional para Eliminar Trámites Burocráticos (DOF 16-07-2025), art. 54', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LNETB.pdf' };

/*
 * Decision times (read 2026-12-04 in the Cámara de Diputados texts): no general law sets a term for these
 * local procedures. The LNETB only requires each authority to publish its term and tacit-approval rule on
 * the national portal (art. 54 fr. IX); the water service is the municipality's (CPEUM art. 115 fr. III a),
 * run under the state water law and the utility's rules. So the times stay flagged, with that rule said.
 */
/** Where a municipal procedure's published term is read. */
const MUNICIPAL_PORTAL = { es: 'el portal de su municipio (o, para el agua, en el de su organismo operador)', en: 'your municipality’s portal (or, for water, your utility’s)' };
const termNote = (whoEs: string, whoEn: string, estimateEs: string, estimateEn: string) => localTermNote({ es: whoEs, en: whoEn }, MUNICIPAL_PORTAL, { es: estimateEs, en: estimateEn });
const WATER_WHO = [
  'la ley de agua de cada estado, el reglamento municipal y las reglas del organismo operador',
  'each state’s water law, the municipal regulation and the utility’s own rules',
] as const;

const VARIES = {
  es: 'Cada municipio (o su organismo operador) fija requisitos, cuotas y plazos en su reglamento y en su ley de ingresos anual, aprobada por el congreso del estado; aquí se describe lo común. Consulte el portal de trámites de su municipio o el Portal Ciudadano Único de Trámites y Servicios. Con la Ley Nacional para Eliminar Trámites Burocráticos (DOF 16-07-2025), cada estado y municipio debe tener una Autoridad Local de Simplificación y Digitalización (arts. 11 a 13) y registrar cada trámite en el Portal Ciudadano Único de Trámites y Servicios con su plazo de resolución, si aplica la afirmativa o la negativa ficta y el monto de los derechos o su forma de cálculo (art. 54, fr. IX y XI).',
  en: 'Each municipality (or its utility) sets requirements, fees and times in its regulations and its yearly revenue law, approved by the state congress; this page describes what is common. Check your municipality’s procedures portal or the national procedures portal (Portal Ciudadano Único de Trámites y Servicios). Under the LNETB (DOF 16-07-2025), every state and municipality must have a Local Simplification and Digitalisation Authority (Arts. 11–13) and register each procedure on the national procedures portal (Portal Ciudadano Único de Trámites y Servicios) with its decision deadline, whether positive or negative tacit approval applies, and the fee or how it is worked out (Art. 54 fr. IX and XI).',
};

const REVENUE_LAW = {
  es: 'La fija la ley de ingresos del municipio para el año (o la tarifa del organismo operador aprobada conforme a la ley estatal); no hay una cifra nacional.',
  en: 'Set by the municipality’s revenue law for the year (or the utility’s tariff approved under state law); there is no national figure.',
};

export const procedures: ProcedureInput[] = [
  {
    id: 'mun-water-sewer-connection',
    slug: 'conexion-agua-potable-drenaje',
    level: 'municipal',
    authority: 'municipal-water-utility',
    phase: 'construction',
    title: { es: 'Factibilidad y contrato de conexión de agua potable y drenaje', en: 'Water and sewer feasibility and connection contract' },
    summary: {
      es: 'Los municipios prestan el agua potable, el drenaje y el alcantarillado (CPEUM art. 115 fr. III a), casi siempre por medio de un organismo operador. Para una instalación nueva se pide primero la factibilidad de servicios y después se contrata la toma y la descarga, pagando los derechos de conexión.',
      en: 'Municipalities provide drinking water, drainage and sewerage (CPEUM Art. 115 fr. III a), almost always through a water utility (organismo operador). For a new facility, the utility first issues a service feasibility letter, then the water connection and the sewer discharge are contracted and the connection fees paid.',
    },
    whoNeedsIt: {
      es: 'Empresas que construyen o adaptan una instalación conectada a la red municipal. Quien extrae agua de un pozo propio necesita en cambio la concesión de la CONAGUA.',
      en: 'Companies that build or adapt a facility connected to the municipal network. Those abstracting from their own well need a CONAGUA concession instead.',
    },
    appliesWhen: { fact: 'facility', op: 'in', value: ['build', 'adapt'] },
    states: [],
    variesByState: {
      es: `${VARIES.es} En varios estados el organismo es estatal o intermunicipal, y las descargas industriales al alcantarillado deben cumplir condiciones de calidad fijadas por el organismo.`,
      en: `${VARIES.en} In several states the utility is a state or inter-municipal body, and industrial discharges into the sewer must meet quality conditions set by the utility.`,
    },
    outputs: [
      { es: 'Dictamen de factibilidad de agua potable y drenaje', en: 'Water and sewer feasibility letter' },
      { es: 'Contrato de servicio y toma de agua y descarga instaladas', en: 'Service contract and installed water connection and sewer discharge' },
    ],
    prerequisites: ['mun-land-use'],
    legalBasis: [{ law: 'cpeum', article: '115 fr. III a)' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Solicitar la factibilidad de servicios', en: 'Apply for the service feasibility letter' },
        channel: { kind: 'in-person', note: { es: 'En el organismo operador; algunos aceptan solicitudes en línea.', en: 'At the water utility; some accept online applications.' } },
        requirements: [
          { name: { es: 'Licencia o dictamen de uso de suelo', en: 'Land-use licence or opinion' }, producedBy: 'mun-land-use' },
          { name: { es: 'Escritura o contrato de arrendamiento del predio', en: 'Title deed or lease of the site' } },
          { name: { es: 'Demanda estimada de agua y descarga (memoria de cálculo)', en: 'Estimated water demand and discharge (calculation report)' }, unverified: true },
        ],
        costs: [{ kind: 'variable', concept: { es: 'Derechos por el dictamen de factibilidad', en: 'Feasibility letter fee' }, formula: REVENUE_LAW, minMXN: null, maxMXN: null, legalBasis: [{ law: 'municipal-regulations' }] }],
        timeframe: {
          waiting: { min: 5, max: 30, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lnetb', article: '54 fr. IX' }],
          note: termNote(...WATER_WHO, 'El rango de 5 a 30 días hábiles es una estimación, no un plazo legal.', 'The 5–30 business-day range is an estimate, not a legal term.'),
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
      {
        title: { es: 'Contratar la toma y la descarga y pagar los derechos de conexión', en: 'Contract the connection and discharge and pay the connection fees' },
        channel: { kind: 'in-person' },
        requirements: [{ name: { es: 'Dictamen de factibilidad', en: 'Feasibility letter' } }],
        costs: [{ kind: 'variable', concept: { es: 'Derechos de conexión a la red de agua y al drenaje', en: 'Water and sewer connection fees' }, formula: REVENUE_LAW, minMXN: null, maxMXN: null, legalBasis: [{ law: 'municipal-regulations' }] }],
        timeframe: {
          waiting: { min: 5, max: 30, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lnetb', article: '54 fr. IX' }],
          note: termNote(
            ...WATER_WHO,
            'El rango de 5 a 30 días hábiles es una estimación que incluye la instalación física de la toma y la descarga, no un plazo legal.',
            'The 5–30 business-day range is an estimate that includes physically installing the connection and discharge, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      { es: 'En proyectos grandes el organismo puede exigir obras de infraestructura o aportaciones adicionales (por confirmar en cada municipio).', en: 'For large projects the utility may require infrastructure works or extra contributions (to be confirmed in each municipality).' },
    ],
    sources: [SRC_CPEUM, SRC_LNETB],
    verifiedOn: '2026-12-03',
  },
  {
    id: 'mun-signage-permit',
    slug: 'permiso-anuncios',
    level: 'municipal',
    authority: 'municipality',
    phase: 'operation',
    title: { es: 'Licencia o permiso de anuncios', en: 'Signage permit (licencia de anuncios)' },
    summary: {
      es: 'Colocar un anuncio visible desde la vía pública (rótulo, letrero luminoso o espectacular) requiere la licencia o permiso municipal de anuncios, que suele renovarse cada año; los anuncios grandes o estructurales piden además un responsable técnico.',
      en: 'Putting up a sign visible from the street (painted sign, lit sign or billboard) needs a municipal signage licence or permit, usually renewed every year; large or structural signs also need a responsible engineer.',
    },
    whoNeedsIt: {
      es: 'Establecimientos que colocarán un anuncio exterior con su nombre o marca.',
      en: 'Establishments that will put up an outdoor sign with their name or brand.',
    },
    appliesWhen: { fact: 'facility', op: 'in', value: ['build', 'adapt'] },
    states: [],
    variesByState: VARIES,
    outputs: [{ es: 'Licencia o permiso de anuncio', en: 'Signage licence or permit' }],
    prerequisites: [],
    legalBasis: [{ law: 'cpeum', article: '115' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Solicitar la licencia de anuncio y pagar los derechos', en: 'Apply for the signage licence and pay the fee' },
        channel: { kind: 'in-person', note: { es: 'En la dirección municipal de desarrollo urbano o de comercio; algunos municipios lo tramitan en línea.', en: 'At the municipal urban development or commerce office; some municipalities handle it online.' } },
        requirements: [
          { name: { es: 'Diseño, medidas y ubicación del anuncio (fotografía o croquis)', en: 'Design, size and location of the sign (photo or sketch)' } },
          { name: { es: 'Licencia de uso de suelo o de funcionamiento del establecimiento', en: 'Land-use or operating licence of the establishment' }, producedBy: 'mun-land-use', unverified: true },
          { name: { es: 'Para anuncios estructurales: memoria de cálculo firmada por un responsable técnico', en: 'For structural signs: structural calculation signed by a responsible engineer' }, unverified: true },
        ],
        costs: [{ kind: 'variable', concept: { es: 'Derechos por licencia de anuncio', en: 'Signage licence fee' }, formula: { es: 'La fija la ley de ingresos del municipio, normalmente por metro cuadrado y tipo de anuncio.', en: 'Set by the municipal revenue law, usually per square metre and type of sign.' }, minMXN: null, maxMXN: null, legalBasis: [{ law: 'municipal-regulations' }] }],
        timeframe: {
          waiting: { min: 1, max: 20, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          legalBasis: [{ law: 'lnetb', article: '54 fr. IX' }],
          note: termNote(
            'cada municipio en su reglamento de anuncios',
            'each municipality’s signage regulation',
            'El rango de 1 a 20 días hábiles es una estimación, no un plazo legal.',
            'The 1–20 business-day range is an estimate, not a legal term.',
          ),
        },
        legalBasis: [{ law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      { es: 'En zonas de monumentos o centros históricos puede requerirse además la autorización del INAH o de la autoridad local de patrimonio.', en: 'In historic districts the INAH or the local heritage authority may also need to approve the sign.' },
      { es: 'En la mayoría de los municipios el permiso se refrenda cada año (por confirmar en su ley de ingresos).', en: 'In most municipalities the permit is renewed every year (to be confirmed in the local revenue law).' },
    ],
    sources: [SRC_CPEUM, SRC_LNETB],
    verifiedOn: '2026-12-03',
  },
  {
    id: 'mun-property-tax',
    slug: 'impuesto-predial',
    level: 'municipal',
    authority: 'municipality',
    phase: 'operation',
    title: { es: 'Impuesto predial', en: 'Property tax (impuesto predial)' },
    summary: {
      es: 'El propietario de un inmueble paga cada año el impuesto predial al municipio. Las legislaturas de los estados fijan las contribuciones sobre la propiedad inmobiliaria y los municipios las perciben, con tarifas y tablas de valores que proponen los ayuntamientos (CPEUM art. 115 fr. IV). Muchos municipios dan descuento por pago anticipado en enero y febrero.',
      en: 'The owner of a property pays property tax (predial) to the municipality every year. State legislatures set the taxes on real property and municipalities collect them, with rates and value tables proposed by the municipal councils (CPEUM Art. 115 fr. IV). Many municipalities give a discount for paying early in January and February.',
    },
    whoNeedsIt: {
      es: 'Empresas que compran un inmueble o construyen en un terreno propio. Si renta, lo paga el propietario, aunque el contrato puede trasladarlo.',
      en: 'Companies that buy a property or build on their own land. If you lease, the owner pays, though the lease may pass it on.',
    },
    appliesWhen: { fact: 'facility', op: 'eq', value: 'build' },
    states: [],
    variesByState: {
      es: `${VARIES.es} La base es el valor catastral del inmueble; la tasa, los periodos de pago (anual o bimestral) y los descuentos cambian por municipio.`,
      en: `${VARIES.en} The base is the property’s cadastral value; the rate, payment periods (yearly or every two months) and discounts change by municipality.`,
    },
    outputs: [{ es: 'Recibo de pago del impuesto predial del año', en: 'Property-tax receipt for the year' }],
    recurrence: { every: 'year' },
    prerequisites: ['state-property-registration'],
    legalBasis: [{ law: 'cpeum', article: '115 fr. IV a)' }, { law: 'state-tax-law' }, { law: 'municipal-regulations' }],
    steps: [
      {
        title: { es: 'Dar de alta el inmueble en el catastro y pagar el predial', en: 'Register the property in the cadastre and pay the property tax' },
        description: {
          es: 'Tras la compra, el notario o el propietario actualiza el padrón catastral; después el impuesto se paga cada año en la tesorería municipal o en línea.',
          en: 'After the purchase, the notary or owner updates the cadastral register; the tax is then paid every year at the municipal treasury or online.',
        },
        channel: { kind: 'online-or-in-person', note: { es: 'Tesorería municipal; la mayoría de los municipios grandes permite pagar en línea.', en: 'Municipal treasury; most large municipalities allow online payment.' } },
        requirements: [{ name: { es: 'Escritura inscrita o clave catastral del inmueble', en: 'Recorded deed or the property’s cadastral code' }, producedBy: 'state-property-registration' }],
        costs: [{ kind: 'variable', concept: { es: 'Impuesto predial', en: 'Property tax (predial)' }, formula: { es: 'Tarifa de la ley de ingresos municipal aplicada al valor catastral del inmueble (tablas de valores unitarios aprobadas por el congreso del estado).', en: 'The municipal revenue law’s rate applied to the property’s cadastral value (unit-value tables approved by the state congress).' }, minMXN: null, maxMXN: null, legalBasis: [{ law: 'cpeum', article: '115 fr. IV' }, { law: 'municipal-regulations' }] }],
        timeframe: { waiting: { min: 0, max: 1, unit: 'business-days' }, tacitApproval: 'none', note: { es: 'El pago se registra al momento; el vencimiento (normalmente en el primer bimestre del año) lo fija la ley local.', en: 'Payment is recorded on the spot; the due date (usually in the first two months of the year) is set by local law.' } },
        legalBasis: [{ law: 'state-tax-law' }, { law: 'municipal-regulations' }],
      },
    ],
    caveats: [
      { es: 'La compra del inmueble causa además el impuesto sobre adquisición de inmuebles (ISAI), que se paga al escriturar; vea la inscripción en el Registro Público de la Propiedad.', en: 'Buying the property also triggers the property-acquisition tax (ISAI), paid when the deed is signed; see the Public Property Registry procedure.' },
    ],
    sources: [SRC_CPEUM],
    verifiedOn: '2026-12-03',
  },
];
