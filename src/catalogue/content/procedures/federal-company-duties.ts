/**
 * Duties every company meets that the catalogue lacked (audit of December 2026, §3): the SIEM
 * registration and its yearly renewal, the beneficial-owner file, the list of foreign shareholders
 * for SAT, and the prior authorisation of large acquisitions by the Comisión Nacional Antimonopolio.
 *
 * Sources: the consolidated texts of the Cámara de Diputados — Ley de Cámaras Empresariales y sus
 * Confederaciones (arts. 29–31, 40), Código Fiscal de la Federación (arts. 27, 32-B Ter to
 * 32-B Quinquies, 84-M, 84-N; amounts updated by the RMF, DOF 28-12-2025), Ley Federal de Competencia
 * Económica (arts. 86–90, as reformed DOF 16-07-2025), Ley Federal de Derechos (art. 77 repealed
 * DOF 07-11-2025) — and the SE's SIEM portal.
 */
import type { ProcedureInput } from '../../schema.ts';
import { UMA_2026, umaRange, uma } from '../values.ts';

const LCEC_URL = 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LCEC.pdf';
const CFF_URL = 'https://www.diputados.gob.mx/LeyesBiblio/pdf/CFF.pdf';
const LFCE_URL = 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFCE.pdf';
const SIEM_URL = 'https://siem.economia.gob.mx/';
const VERIFIED = '2026-12-04';
/** LFCE art. 86 fr. I and II: 16 million times the daily UMA. */
const CNA_THRESHOLD_MXN = uma(16_000_000);
const mxn = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

const NEW_OR_BRANCH = { fact: 'entry', op: 'in', value: ['new-company', 'branch'] } as const;

const siemFee = {
  kind: 'variable' as const,
  concept: { es: 'Cuota de registro en el SIEM', en: 'SIEM registration fee' },
  formula: {
    es: 'Costo nominal aprobado por la Secretaría de Economía según los costos de operación (LCEC art. 31 fr. I y III); lo cobra la cámara que registra y no obliga a afiliarse a ella (art. 29).',
    en: 'A nominal fee approved by the Secretaría de Economía according to operating costs (LCEC Art. 31 fr. I and III); the chamber that registers collects it, and registering does not require joining the chamber (Art. 29).',
  },
  minMXN: null,
  maxMXN: null,
  legalBasis: [{ law: 'lcec', article: '29' }, { law: 'lcec', article: '31 fr. I' }],
};

export const procedures: ProcedureInput[] = [
  {
    id: 'siem-registration',
    slug: 'registro-siem',
    level: 'federal',
    authority: 'se',
    phase: 'operation',
    title: { es: 'Registro en el Sistema de Información Empresarial Mexicano (SIEM)', en: 'Registration in the Mexican Business Information System (SIEM)' },
    summary: {
      es: 'Todo comerciante e industrial registra cada uno de sus establecimientos en el SIEM, dentro de los dos meses siguientes a su alta en el RFC, en la cámara empresarial de su región o giro.',
      en: 'Every trader and manufacturer registers each of its establishments in the SIEM, within two months of its RFC registration, at the business chamber of its region or line of business.',
    },
    whoNeedsIt: {
      es: 'Todas las empresas que realizan actividades de comercio, servicios, turismo o industria, sin excepción (LCEC art. 30), por cada establecimiento.',
      en: 'Every company trading, providing services or tourism, or manufacturing, without exception (LCEC Art. 30), for each establishment.',
    },
    appliesWhen: NEW_OR_BRANCH,
    outputs: [{ es: 'Constancia de registro en el SIEM del año', en: 'SIEM registration certificate for the year' }],
    prerequisites: ['sat-rfc-company'],
    officialUrl: SIEM_URL,
    legalBasis: [{ law: 'lcec', article: '29' }, { law: 'lcec', article: '30' }, { law: 'lcec', article: '31' }, { law: 'lcec', article: '40' }],
    steps: [
      {
        title: { es: 'Registrar cada establecimiento en la cámara o en el portal del SIEM', en: 'Register each establishment with the chamber or on the SIEM portal' },
        description: {
          es: 'Dentro de los dos meses siguientes al alta ante la SHCP (RFC). No registrarse a tiempo, no registrar todos los establecimientos o dar información incorrecta se multa con 200 a 600 «salarios mínimos» (LCEC art. 40), que se aplican como UMA.',
          en: 'Within two months of registering with the SHCP (RFC). Registering late, leaving out establishments or giving wrong information is fined 200 to 600 "minimum wages" (LCEC Art. 40), applied as UMA.',
        },
        channel: { kind: 'online-or-in-person', url: SIEM_URL, note: { es: 'En la cámara empresarial que corresponda a la región o giro (art. 31 fr. IV), o en el portal del SIEM.', en: 'At the business chamber for the region or line of business (Art. 31 fr. IV), or on the SIEM portal.' } },
        requirements: [
          { name: { es: 'Constancia de situación fiscal (RFC) de la empresa', en: 'Company tax status certificate (RFC)' }, producedBy: 'sat-rfc-company' },
          { name: { es: 'Datos de cada establecimiento (domicilio, actividad, personal)', en: 'Details of each establishment (address, activity, staff)' }, legalBasis: [{ law: 'lcec', article: '32' }] },
        ],
        costs: [siemFee, umaRange({ es: 'Multa por no registrarse a tiempo', en: 'Fine for registering late' }, 200, 600, [{ law: 'lcec', article: '40' }])],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'No hay resolución que esperar: la LCEC hace del registro una obligación de la empresa, que lo presenta con su información (arts. 30 y 32) y paga la cuota (art. 31 fr. I); no prevé autorización ni plazo de respuesta de la cámara o de la SE. El único plazo legal es el de la empresa: dos meses desde su alta ante la SHCP (art. 31 fr. II).',
            en: 'There is no decision to wait for: the LCEC makes registration a duty of the company, which files its information (Arts. 30 and 32) and pays the fee (Art. 31 fr. I); it provides for no approval and no response time for the chamber or the SE. The only legal deadline is the company’s: two months from its registration with the SHCP (Art. 31 fr. II).',
          },
          legalBasis: [{ law: 'lcec', article: '30' }, { law: 'lcec', article: '31 fr. II' }],
        },
        legalBasis: [{ law: 'lcec', article: '31 fr. II' }],
      },
    ],
    caveats: [
      {
        es: 'La cuota la aprueba la Secretaría de Economía y la publica cada cámara; no encontramos el acuerdo vigente en el DOF: confirme el monto con la cámara.',
        en: 'The Secretaría de Economía approves the fee and each chamber publishes it; we did not find the current agreement in the DOF: confirm the amount with the chamber.',
      },
    ],
    sources: [
      { title: 'Ley de Cámaras Empresariales y sus Confederaciones (texto vigente, Cámara de Diputados)', url: LCEC_URL },
      { title: 'SIEM, Secretaría de Economía', url: SIEM_URL },
    ],
    verifiedOn: VERIFIED,
  },
  {
    id: 'siem-renewal',
    slug: 'renovacion-siem',
    level: 'federal',
    authority: 'se',
    phase: 'operation',
    title: { es: 'Renovación anual del registro en el SIEM', en: 'Yearly renewal of the SIEM registration' },
    summary: {
      es: 'El registro en el SIEM se renueva y actualiza en el primer bimestre de cada año; los cambios de giro o domicilio y los cierres se avisan en dos meses.',
      en: 'The SIEM registration is renewed and updated in the first two months of every year; changes of line of business or address and closures are reported within two months.',
    },
    whoNeedsIt: { es: 'Toda empresa registrada en el SIEM.', en: 'Every company registered in the SIEM.' },
    appliesWhen: NEW_OR_BRANCH,
    outputs: [{ es: 'Constancia de registro en el SIEM del nuevo año', en: 'SIEM registration certificate for the new year' }],
    recurrence: { every: 'year', note: { es: 'Enero y febrero de cada año.', en: 'January and February of every year.' } },
    prerequisites: ['siem-registration'],
    officialUrl: SIEM_URL,
    legalBasis: [{ law: 'lcec', article: '30' }, { law: 'lcec', article: '31 fr. III y V' }],
    steps: [
      {
        title: { es: 'Renovar y actualizar el registro de cada establecimiento', en: 'Renew and update the registration of each establishment' },
        channel: { kind: 'online-or-in-person', url: SIEM_URL },
        requirements: [{ name: { es: 'Constancia de registro en el SIEM del año', en: 'SIEM registration certificate for the year' }, producedBy: 'siem-registration' }],
        costs: [siemFee],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'No hay resolución que esperar: renovar y actualizar el registro es una obligación de la empresa (LCEC arts. 30 y 31 fr. III), sin autorización ni plazo de respuesta de la cámara. El plazo legal es el de la empresa: el primer bimestre de cada año; los cierres y cambios de giro o domicilio se avisan en dos meses (art. 31 fr. V).',
            en: 'There is no decision to wait for: renewing and updating the registration is a duty of the company (LCEC Arts. 30 and 31 fr. III), with no approval and no response time for the chamber. The legal deadline is the company’s: the first two months of every year; closures and changes of line of business or address are reported within two months (Art. 31 fr. V).',
          },
          legalBasis: [{ law: 'lcec', article: '31 fr. III' }, { law: 'lcec', article: '31 fr. V' }],
        },
        legalBasis: [{ law: 'lcec', article: '31 fr. III' }],
      },
    ],
    caveats: [],
    sources: [{ title: 'Ley de Cámaras Empresariales y sus Confederaciones (texto vigente, Cámara de Diputados)', url: LCEC_URL }],
    verifiedOn: VERIFIED,
  },
  {
    id: 'beneficial-owner-file',
    slug: 'beneficiario-controlador',
    level: 'federal',
    authority: 'sat',
    phase: 'constitution',
    title: { es: 'Expediente de beneficiarios controladores', en: 'Beneficial-owner file (beneficiario controlador)' },
    summary: {
      es: 'Toda persona moral obtiene y conserva, como parte de su contabilidad, información fidedigna, completa y actualizada de sus beneficiarios controladores, y la entrega al SAT cuando la requiera.',
      en: 'Every legal entity obtains and keeps, as part of its accounting records, reliable, complete and up-to-date information on its beneficial owners, and gives it to SAT when asked.',
    },
    whoNeedsIt: {
      es: 'Todas las personas morales, fiduciarias, fideicomitentes y fideicomisarios y las partes de cualquier otra figura jurídica (CFF art. 32-B Ter).',
      en: 'Every legal entity, trustee, settlor and beneficiary of a trust, and the parties to any other legal arrangement (CFF Art. 32-B Ter).',
    },
    appliesWhen: { always: true },
    outputs: [{ es: 'Expediente de beneficiarios controladores, conservado con la contabilidad', en: 'Beneficial-owner file, kept with the accounting records' }],
    prerequisites: ['incorporation-deed'],
    legalBasis: [{ law: 'cff', article: '32-B Ter' }, { law: 'cff', article: '32-B Quáter' }, { law: 'cff', article: '32-B Quinquies' }, { law: 'cff', article: '84-M' }, { law: 'cff', article: '84-N' }],
    steps: [
      {
        title: { es: 'Identificar a los beneficiarios controladores y documentar su identidad', en: 'Identify the beneficial owners and document their identity' },
        description: {
          es: 'Beneficiario controlador es la persona física que, directa o indirectamente, obtiene el beneficio de la participación o ejerce en última instancia el control (art. 32-B Quáter). Los cambios se actualizan dentro de los 15 días naturales siguientes (art. 32-B Quinquies); si el SAT la pide, se entrega en 15 días hábiles (art. 32-B Ter).',
          en: 'A beneficial owner is the individual who, directly or indirectly, benefits from the holding or ultimately exercises control (Art. 32-B Quáter). Changes are recorded within 15 calendar days (Art. 32-B Quinquies); when SAT asks for it, it is handed over within 15 business days (Art. 32-B Ter).',
        },
        channel: { kind: 'automatic', note: { es: 'Es una obligación de registro interno: no se presenta ningún trámite salvo requerimiento del SAT.', en: 'An internal record-keeping duty: nothing is filed unless SAT asks.' } },
        requirements: [
          { name: { es: 'Escritura constitutiva', en: 'Incorporation deed' }, producedBy: 'incorporation-deed' },
          { name: { es: 'Identificación y datos de cada beneficiario controlador', en: 'ID and details of each beneficial owner' }, legalBasis: [{ law: 'cff', article: '32-B Ter' }] },
        ],
        costs: [
          { kind: 'free', legalBasis: [{ law: 'cff', article: '32-B Ter' }], note: { es: 'No hay derecho que pagar: es un registro que lleva la propia empresa.', en: 'There is no fee: the company keeps the record itself.' } },
          {
            kind: 'variable',
            concept: { es: 'Multa por no obtener, conservar o presentar la información (por cada beneficiario controlador)', en: 'Fine for not obtaining, keeping or providing the information (per beneficial owner)' },
            formula: { es: 'MXN 1,686,750 a 2,249,000 por beneficiario controlador (CFF art. 84-N fr. I, cantidades 2026).', en: 'MXN 1,686,750 to 2,249,000 per beneficial owner (CFF Art. 84-N fr. I, 2026 amounts).' },
            minMXN: 1_686_750,
            maxMXN: 2_249_000,
            year: 2026,
            legalBasis: [{ law: 'cff', article: '84-N fr. I' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'cff', article: '32-B Quinquies' }],
          note: { es: 'Sin respuesta de autoridad: el plazo es para la empresa (15 días naturales para actualizar cambios).', en: 'No authority answers: the deadline is the company’s (15 calendar days to record changes).' },
        },
        legalBasis: [{ law: 'cff', article: '32-B Ter' }],
      },
    ],
    caveats: [],
    sources: [{ title: 'Código Fiscal de la Federación (texto vigente, Cámara de Diputados)', url: CFF_URL }],
    verifiedOn: VERIFIED,
  },
  {
    id: 'sat-foreign-shareholders-list',
    slug: 'relacion-socios-extranjeros',
    level: 'federal',
    authority: 'sat',
    phase: 'operation',
    title: { es: 'Relación anual de socios y accionistas residentes en el extranjero', en: 'Yearly list of shareholders resident abroad' },
    summary: {
      es: 'Los socios o accionistas residentes en el extranjero no necesitan RFC si la empresa presenta al SAT, dentro de los tres meses siguientes al cierre de cada ejercicio, la relación de ellos con su domicilio, residencia fiscal y número de identificación fiscal.',
      en: 'Shareholders resident abroad need no RFC if the company files with SAT, within three months after each year end, the list of them with their address, tax residence and tax identification number.',
    },
    whoNeedsIt: { es: 'Empresas mexicanas con socios o accionistas residentes en el extranjero (CFF art. 27).', en: 'Mexican companies with shareholders resident abroad (CFF Art. 27).' },
    appliesWhen: { all: [{ fact: 'foreignPct', op: 'gt', value: 0 }, { fact: 'entry', op: 'ne', value: 'branch' }] },
    outputs: [{ es: 'Acuse de la relación de socios residentes en el extranjero', en: 'Acknowledgement of the list of shareholders resident abroad' }],
    recurrence: { every: 'year', note: { es: 'En los tres meses siguientes al cierre del ejercicio.', en: 'Within three months after the year end.' } },
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'cff', article: '27' }],
    steps: [
      {
        title: { es: 'Presentar la relación de socios residentes en el extranjero', en: 'File the list of shareholders resident abroad' },
        channel: { kind: 'online', url: 'https://www.sat.gob.mx' },
        requirements: [
          { name: { es: 'e.firma de la empresa', en: 'Company e.firma' }, producedBy: 'sat-efirma-company' },
          { name: { es: 'Domicilio, residencia fiscal y número de identificación fiscal de cada socio extranjero', en: 'Address, tax residence and tax identification number of each foreign shareholder' }, legalBasis: [{ law: 'cff', article: '27' }] },
        ],
        costs: [{ kind: 'free', legalBasis: [{ law: 'cff', article: '27' }], note: { es: 'El CFF no fija derecho por presentarla.', en: 'The CFF sets no fee for filing it.' } }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'No hay resolución que esperar: es una relación que la empresa presenta al SAT, que no la autoriza (CFF art. 27). El plazo legal es el de la empresa: los tres primeros meses siguientes al cierre de cada ejercicio.',
            en: 'There is no decision to wait for: it is a list the company files with SAT, which does not approve it (CFF Art. 27). The legal deadline is the company’s: the first three months after each year end.',
          },
          legalBasis: [{ law: 'cff', article: '27' }],
        },
        legalBasis: [{ law: 'cff', article: '27' }],
      },
    ],
    caveats: [
      {
        es: 'El CFF no dice en qué formato ni por qué medio se presenta la relación; confirme en el portal del SAT el formato y el medio vigentes.',
        en: 'The CFF does not say on which form or through which channel the list is filed; confirm the current form and channel on the SAT portal.',
      },
      {
        es: 'Desde 2026 el SAT puede negar la inscripción en el RFC cuando un socio o accionista figure en sus listas de contribuyentes incumplidos (CFF art. 27).',
        en: 'Since 2026 SAT may refuse an RFC registration when a shareholder appears on its lists of non-compliant taxpayers (CFF Art. 27).',
      },
    ],
    sources: [{ title: 'Código Fiscal de la Federación (texto vigente, Cámara de Diputados)', url: CFF_URL }],
    verifiedOn: VERIFIED,
  },
  {
    id: 'cna-merger-authorisation',
    slug: 'autorizacion-concentracion-cna',
    level: 'federal',
    authority: 'cna',
    phase: 'constitution',
    title: { es: 'Autorización previa de concentraciones (Comisión Nacional Antimonopolio)', en: 'Prior merger authorisation (Comisión Nacional Antimonopolio)' },
    summary: {
      es: 'Las adquisiciones y fusiones que superan los umbrales de la LFCE art. 86 deben ser autorizadas por la Comisión Nacional Antimonopolio antes de realizarse; sin autorización no producen efectos jurídicos.',
      en: 'Acquisitions and mergers above the thresholds of LFCE Art. 86 must be authorised by the Comisión Nacional Antimonopolio before they take place; without authorisation they have no legal effect.',
    },
    whoNeedsIt: {
      es: `Los agentes económicos que participan en una concentración que, entre otros supuestos, importe en México más de 16 millones de UMA (MXN ${mxn(CNA_THRESHOLD_MXN)} con la UMA 2026 de ${UMA_2026}) o acumule el 30 % o más de los activos o acciones de un agente con ventas o activos en México por encima de ese monto (LFCE art. 86).`,
      en: `The economic agents in a concentration that, among other cases, is worth more than 16 million UMA in Mexico (MXN ${mxn(CNA_THRESHOLD_MXN)} at the 2026 UMA of ${UMA_2026}) or accumulates 30 % or more of the assets or shares of an agent whose sales or assets in Mexico exceed that amount (LFCE Art. 86).`,
    },
    appliesWhen: { all: [{ fact: 'entry', op: 'eq', value: 'acquisition' }, { fact: 'acquisitionAssetsMXN', op: 'gt', value: CNA_THRESHOLD_MXN }] },
    outputs: [{ es: 'Resolución de la Comisión Nacional Antimonopolio que autoriza la concentración (o la condiciona)', en: 'Resolution of the Comisión Nacional Antimonopolio authorising the concentration (or setting conditions)' }],
    prerequisites: [],
    legalBasis: [{ law: 'lfce', article: '86' }, { law: 'lfce', article: '87' }, { law: 'lfce', article: '88' }, { law: 'lfce', article: '90' }],
    steps: [
      {
        title: { es: 'Notificar la concentración antes de realizarla', en: 'Notify the concentration before it takes place' },
        description: {
          es: 'La notifican los agentes que participan directamente, con un representante común (art. 88), antes de perfeccionar el acto, adquirir el control o firmar el convenio de fusión (art. 87). La Comisión puede prevenir en 10 días y pedir información adicional en 15 (art. 90 fr. I y III).',
          en: 'The agents taking part directly notify it, with a common representative (Art. 88), before the act is perfected, control is acquired or the merger agreement is signed (Art. 87). The Commission may ask for missing items within 10 days and for more information within 15 (Art. 90 fr. I and III).',
        },
        channel: { kind: 'online-or-in-person' },
        requirements: [{ name: { es: 'Escrito de notificación con la información del art. 89 de la LFCE', en: 'Notification with the information listed in LFCE Art. 89' }, legalBasis: [{ law: 'lfce', article: '89' }] }],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Tarifa de la Comisión por el análisis de la notificación de concentración', en: 'Commission tariff for reviewing the merger notification' },
            formula: {
              es: 'Ya no es un derecho de la LFD: el art. 77 se derogó (DOF 07-11-2025) a partir del día siguiente a la integración del Pleno de la Comisión (transitorio primero, fr. II), y el Pleno fijó tarifas propias por sus servicios en el Acuerdo CNA-068-2025 (DOF 19-12-2025). No leímos en el texto oficial la tabla de montos para concentraciones: por confirmar.',
              en: 'It is no longer an LFD fee: Art. 77 was repealed (DOF 07-11-2025) from the day after the Commission’s Board was formed (first transitional article, fr. II), and the Board set its own tariffs for its services in Agreement CNA-068-2025 (DOF 19-12-2025). We did not read the table of amounts for concentrations in the official text: to be confirmed.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
            legalBasis: [{ law: 'lfce', article: '12 fr. XXXVII' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 50, unit: 'business-days' },
          legalDeadline: { days: 30, unit: 'business-days' },
          tacitApproval: 'positive',
          legalBasis: [{ law: 'lfce', article: '90 fr. V y VI' }],
          note: {
            es: 'La Comisión resuelve en 30 días hábiles desde la notificación completa; en casos excepcionalmente complejos puede ampliar 20 días. Sin resolución en el plazo, se entiende que no tiene objeción (art. 90 fr. V).',
            en: 'The Commission decides within 30 business days of the complete notification; in exceptionally complex cases it may extend by 20 days. Without a decision in time, it is deemed to have no objection (Art. 90 fr. V).',
          },
        },
        legalBasis: [{ law: 'lfce', article: '90' }],
      },
    ],
    caveats: [
      {
        es: 'Los actos de una concentración no pueden inscribirse en libros corporativos, formalizarse ante fedatario ni inscribirse en el Registro Público de Comercio hasta obtener la autorización o vencer el plazo (art. 86).',
        en: 'The acts of a concentration cannot be entered in corporate books, formalised before a notary or registered in the Public Registry of Commerce until authorised or until the time limit expires (Art. 86).',
      },
    ],
    sources: [
      { title: 'Ley Federal de Competencia Económica (texto vigente, reforma DOF 16-07-2025, Cámara de Diputados)', url: LFCE_URL },
      { title: 'Ley Federal de Derechos (texto vigente, Cámara de Diputados)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
      { title: 'DOF 19-12-2025 — Acuerdo CNA-068-2025 mediante el cual se fijan las tarifas por los servicios que presta la Comisión Nacional Antimonopolio', url: 'https://sidofqa.segob.gob.mx/notas/docFuente/5776718' },
    ],
    verifiedOn: VERIFIED,
  },
];
