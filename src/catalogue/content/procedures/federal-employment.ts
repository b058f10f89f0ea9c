import type { ProcedureInput } from '../../schema.ts';
import { nothingToWait } from './common.ts';

/**
 * Employer obligations (trigger: hiring staff, providing specialised services,
 * employing foreigners). Facts: mexico-investment-facts.md section 2.C, sources
 * S20, S30, S31, S32. Desk review 2026-11-28. On 2026-12-04 fees and terms were checked in the
 * Diputados consolidated texts: LFD (2026 amounts, arts. 8, 13, 14 Bis, 22), Ley de Migración
 * (arts. 3, 41, 59, 128–130), LSS (arts. 9, 15, 73, 304-A/B) and LFT (art. 15). The IMSS fees stay
 * flagged: no official IMSS sheet was read, and the LFD does not cover IMSS; the IMSS answer is capped by
 * CFF art. 37 through LSS art. 9, and a worker's enrolment is a notice (LSS art. 15 fr. I).
 */
export const procedures: ProcedureInput[] = [
  {
    id: 'imss-employer-registration',
    slug: 'registro-patronal-imss',
    level: 'federal',
    authority: 'imss',
    phase: 'operation',
    title: {
      es: 'Registro patronal ante el IMSS',
      en: 'Employer registration with the Mexican Social Security Institute (IMSS)',
    },
    summary: {
      es: 'Alta de la empresa como patrón ante el Instituto Mexicano del Seguro Social (IMSS). Se obtiene el número de registro patronal y la empresa se autoclasifica para la prima del seguro de riesgos de trabajo. El mismo número patronal sirve ante el INFONAVIT.',
      en: 'Registers the company as an employer with the Mexican Social Security Institute (IMSS). You obtain the employer registration number (registro patronal) and the company self-classifies for its work-risk insurance premium. The same employer number is used with INFONAVIT.',
    },
    whoNeedsIt: {
      es: 'Toda empresa que contrate trabajadores. Debe registrarse dentro de los 5 días hábiles siguientes a que empiece a recibir los servicios de sus trabajadores.',
      en: 'Every company that hires workers. It must register within 5 business days of starting to use its workers’ services.',
    },
    appliesWhen: { fact: 'employees', op: 'gt', value: 0 },
    outputs: [
      { es: 'Número de registro patronal ante el IMSS', en: 'IMSS employer registration number (registro patronal)' },
      {
        es: 'Clasificación de la empresa y prima inicial del seguro de riesgos de trabajo',
        en: 'Company classification and initial work-risk insurance premium',
      },
    ],
    prerequisites: ['sat-efirma-company'],
    legalBasis: [
      { law: 'lss', article: '15, fr. I' },
      { law: 'racerf', article: '12' },
      { law: 'lss', article: '73' },
      { law: 'racerf', article: '18' },
      { law: 'racerf', article: '196' },
      { law: 'lss', article: '304-A, fr. I' },
      { law: 'lss', article: '304-B, fr. IV' },
    ],
    steps: [
      {
        title: {
          es: 'Autoclasificar la empresa para el seguro de riesgos de trabajo',
          en: 'Self-classify the company for work-risk insurance',
        },
        description: {
          es: 'En su primer registro la empresa determina por sí misma su clase de riesgo según la actividad que realiza, conforme al catálogo de actividades del RACERF. Esa clasificación fija la prima inicial del seguro de riesgos de trabajo y se declara en el registro en línea.',
          en: 'On first registration the company determines its own risk class from the activity it carries out, using the activity catalogue of the RACERF (IMSS regulation on affiliation and classification). That classification sets the initial work-risk insurance premium and is declared in the online registration.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Lo hace la propia empresa antes de presentar el registro; el resultado se captura en el formulario en línea.',
            en: 'The company does this itself before filing; the result is entered in the online form.',
          },
        },
        requirements: [
          {
            name: { es: 'Descripción de la actividad económica de la empresa', en: 'Description of the company’s business activity' },
            legalBasis: [{ law: 'racerf', article: '196' }],
          },
        ],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'unknown',
          note: {
            es: 'No interviene la autoridad; el tiempo depende de la empresa.',
            en: 'No authority is involved; the time depends on the company.',
          },
        },
        legalBasis: [
          { law: 'lss', article: '73' },
          { law: 'racerf', article: '18' },
          { law: 'racerf', article: '196' },
        ],
      },
      {
        title: {
          es: 'Presentar el registro patronal en el Escritorio Virtual del IMSS',
          en: 'File the employer registration in the IMSS Escritorio Virtual',
        },
        description: {
          es: 'La empresa presenta el alta patronal (pre-alta patronal) en el Escritorio Virtual del IMSS con su e.firma y obtiene su número de registro patronal. Plazo: dentro de los 5 días hábiles siguientes a que empiece a recibir los servicios de sus trabajadores. No registrarse a tiempo se sanciona con multa de 20 a 350 UMA.',
          en: 'The company files its employer registration (pre-alta patronal) in the IMSS Escritorio Virtual (online desk) with its e.firma and obtains its employer registration number. Deadline: within 5 business days of starting to use its workers’ services. Late or missing registration is fined 20 to 350 UMA (Mexico’s daily reference unit for fines).',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'IMSS Escritorio Virtual; se requiere la e.firma de la empresa.',
            en: 'IMSS Escritorio Virtual (online desk); the company’s e.firma is required.',
          },
        },
        requirements: [
          {
            name: { es: 'e.firma de la empresa (persona moral)', en: 'Company advanced e-signature (e.firma)' },
            producedBy: 'sat-efirma-company',
          },
          {
            name: { es: 'Clase de riesgo determinada en el paso anterior', en: 'Risk class determined in the previous step' },
          },
        ],
        costs: [{ kind: 'free', unverified: true }],
        // LSS art. 9 (read 2026-12-04): where the LSS is silent, the LFT, then the Código Fiscal (art. 5-A fr. II)
        // apply; neither the LSS nor the LFT times this answer, so CFF art. 37 does. The LFPA binds IMSS only in its
        // Title Three A (LSS art. 9, third paragraph), so its art. 17 is not the rule here.
        timeframe: {
          waiting: { min: 0, max: 90, unit: 'calendar-days' },
          legalDeadline: { days: 90, unit: 'calendar-days' },
          tacitApproval: 'negative',
          legalBasis: [
            { law: 'lss', article: '9' },
            { law: 'cff', article: '37' },
          ],
          note: {
            es: 'El plazo de 5 días hábiles de la LSS (art. 15 fr. I) es para que la empresa se registre, no para que el IMSS responda. La LSS no fija plazo al IMSS para resolver el registro y, a falta de norma expresa, se le aplican supletoriamente la Ley Federal del Trabajo y después el Código Fiscal de la Federación (LSS art. 9); el art. 37 del Código da tres meses (unos 90 días naturales) para resolver, y el silencio equivale a una negativa (negativa ficta). No leímos el Acuerdo ACDO.AS2.HCT.121223/340.P.DIR del Consejo Técnico del IMSS (DOF 15-01-2024) sobre estos trámites, que podría fijar un plazo más corto.',
            en: 'The 5-business-day limit of the LSS (Art. 15 fr. I) is for the company to register, not for IMSS to answer. The LSS sets IMSS no term to decide the registration and, where it is silent, the Federal Labour Law and then the Federal Tax Code apply (LSS Art. 9); Art. 37 of the Code gives three months (about 90 calendar days) to decide, and silence counts as a refusal. We did not read the IMSS Technical Council’s Agreement ACDO.AS2.HCT.121223/340.P.DIR (DOF 15-01-2024) on these procedures, which may set a shorter term.',
          },
        },
        legalBasis: [
          { law: 'lss', article: '15, fr. I' },
          { law: 'racerf', article: '12' },
          { law: 'lss', article: '304-A, fr. I' },
          { law: 'lss', article: '304-B, fr. IV' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar con una ficha oficial del IMSS: que el registro patronal sea gratuito. La Ley Federal de Derechos no sirve para saberlo: no se aplica a los servicios de organismos descentralizados como el IMSS (art. 1).',
        en: 'To be confirmed with an official IMSS sheet: that employer registration is free of charge. The Federal Duties Law cannot settle it: it does not apply to services of decentralised bodies such as IMSS (Art. 1).',
      },
      {
        es: 'Por confirmar con el IMSS: el Escritorio Virtual y la «pre-alta patronal» vienen de fuentes secundarias, no de una ficha oficial; confirme si su caso se completa totalmente en línea o si debe acudir a una subdelegación.',
        en: 'To be confirmed with IMSS: the Escritorio Virtual and the “pre-alta patronal” (pre-registration) come from secondary sources, not an official sheet; confirm whether your case can be completed fully online or requires a visit to an IMSS subdelegation.',
      },
    ],
    sources: [
      { title: 'Cámara de Diputados — Ley del Seguro Social (texto vigente)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LSS.pdf' },
      { title: 'IMSS — Servicios digitales para patrones (Escritorio Virtual)', url: 'https://serviciosdigitales.imss.gob.mx/portal-web/portal' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'imss-worker-enrolment',
    slug: 'inscripcion-trabajadores-imss-idse',
    level: 'federal',
    authority: 'imss',
    phase: 'operation',
    title: {
      es: 'Inscripción de trabajadores en el IMSS (avisos afiliatorios por IDSE)',
      en: 'Enrolment of workers with IMSS (affiliation notices through IDSE)',
    },
    summary: {
      es: 'El patrón da de alta a cada trabajador ante el IMSS mediante los avisos afiliatorios, que se presentan en línea en el sistema IMSS Desde Su Empresa (IDSE).',
      en: 'The employer enrols each worker with IMSS by filing affiliation notices (avisos afiliatorios) online in the IMSS Desde Su Empresa (IDSE) system.',
    },
    whoNeedsIt: {
      es: 'Toda empresa con trabajadores, por cada trabajador que contrate: dentro de los 5 días hábiles siguientes a su ingreso (LSS art. 15 fr. I); por confirmar en el Reglamento de Afiliación, que no leímos: que el alta pueda presentarse desde el día hábil anterior al inicio de labores.',
      en: 'Every company with workers, for each worker it hires: within 5 business days of the start of work (LSS Art. 15 fr. I); to be confirmed in the Affiliation Regulation, which we did not read: that the enrolment may be filed as early as the business day before work starts.',
    },
    appliesWhen: { fact: 'employees', op: 'gt', value: 0 },
    outputs: [
      { es: 'Acuse del aviso de alta de cada trabajador ante el IMSS', en: 'Acknowledgment of each worker’s enrolment notice with IMSS' },
    ],
    prerequisites: ['imss-employer-registration'],
    officialUrl: 'https://www.imss.gob.mx/patrones/idse',
    legalBasis: [
      { law: 'lss', article: '15, fr. I' },
      { law: 'racerf' },
    ],
    steps: [
      {
        title: {
          es: 'Presentar el aviso de alta de cada trabajador en IDSE',
          en: 'File each worker’s enrolment notice in IDSE',
        },
        description: {
          es: 'Con su número de registro patronal, la empresa presenta en IDSE el aviso de alta de cada trabajador dentro de los 5 días hábiles siguientes al inicio de labores (por confirmar: que pueda hacerlo desde el día hábil anterior).',
          en: 'Using its employer registration number, the company files each worker’s enrolment notice in IDSE within 5 business days of the start of work (to be confirmed: that it may do so from the business day before).',
        },
        channel: { kind: 'online', url: 'https://www.imss.gob.mx/patrones/idse' },
        requirements: [
          {
            name: { es: 'Número de registro patronal ante el IMSS', en: 'IMSS employer registration number' },
            producedBy: 'imss-employer-registration',
          },
          {
            name: { es: 'Datos personales y salario de cada trabajador', en: 'Personal data and wage of each worker' },
            unverified: true,
            note: {
              es: 'Nuestras fuentes no detallan los datos que pide el aviso; confírmelos en IDSE.',
              en: 'Our sources do not list the data the notice asks for; check them in IDSE.',
            },
          },
        ],
        costs: [{ kind: 'free', unverified: true }],
        // LSS art. 15 fr. I (read 2026-12-04): the employer must "comunicar sus altas" within 5 business days —
        // a notice, like the SRE notice of LIE art. 10 fr. I, not an application IMSS has to decide.
        timeframe: {
          ...nothingToWait(
            'Es un aviso, no una solicitud: la LSS (art. 15 fr. I) obliga al patrón a comunicar el alta de cada trabajador dentro de 5 días hábiles y no prevé una resolución del IMSS que esperar; IDSE devuelve el acuse del aviso. El plazo legal es para usted.',
            'It is a notice, not an application: the LSS (Art. 15 fr. I) obliges the employer to communicate each worker’s enrolment within 5 business days and provides for no IMSS decision to wait for; IDSE returns the acknowledgment of the notice. The legal deadline is yours.',
          ),
          legalDeadline: { days: 5, unit: 'business-days' },
          legalBasis: [{ law: 'lss', article: '15, fr. I' }],
        },
        legalBasis: [{ law: 'lss', article: '15, fr. I' }, { law: 'racerf' }],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar con una ficha oficial del IMSS: que la presentación de avisos afiliatorios sea gratuita y cuánto tarda el IMSS en procesarlos. La obligación de inscribir a los trabajadores en 5 días hábiles está en el art. 15 fr. I de la Ley del Seguro Social.',
        en: 'To be confirmed with an official IMSS sheet: that filing affiliation notices is free of charge, and how long IMSS takes to process them. The duty to enrol workers within 5 business days is in Social Security Law Art. 15 fr. I.',
      },
    ],
    sources: [
      { title: 'Cámara de Diputados — Ley del Seguro Social (texto vigente)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LSS.pdf' },
      { title: 'IMSS — IDSE, IMSS Desde Su Empresa (movimientos afiliatorios)', url: 'https://www.imss.gob.mx/patrones/idse' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'infonavit-registration',
    slug: 'registro-patronal-infonavit',
    level: 'federal',
    authority: 'infonavit',
    phase: 'operation',
    title: {
      es: 'Registro patronal ante el INFONAVIT',
      en: 'Employer registration with the workers’ housing fund (INFONAVIT)',
    },
    summary: {
      es: 'El número de registro patronal del IMSS sirve también ante el Instituto del Fondo Nacional de la Vivienda para los Trabajadores (INFONAVIT). Después, el patrón paga las aportaciones de vivienda junto con las cuotas del IMSS.',
      en: 'The IMSS employer registration number also serves with the workers’ housing fund (INFONAVIT). The employer then pays housing contributions together with its IMSS contributions.',
    },
    whoNeedsIt: {
      es: 'Toda empresa con trabajadores.',
      en: 'Every company with workers.',
    },
    appliesWhen: { fact: 'employees', op: 'gt', value: 0 },
    outputs: [
      { es: 'Registro patronal válido ante el INFONAVIT (el mismo número del IMSS)', en: 'Employer registration valid with INFONAVIT (the same IMSS number)' },
    ],
    prerequisites: ['imss-employer-registration'],
    legalBasis: [{ law: 'linfonavit', article: '29', unverified: true }],
    steps: [
      {
        title: {
          es: 'Quedar registrado con el número patronal del IMSS',
          en: 'Be registered through the IMSS employer number',
        },
        description: {
          es: 'No hace falta un registro aparte: el número de registro patronal que asigna el IMSS sirve también ante el INFONAVIT.',
          en: 'No separate registration is needed: the employer registration number assigned by IMSS also serves with INFONAVIT.',
        },
        channel: {
          kind: 'automatic',
          note: {
            es: 'Se obtiene con el registro patronal ante el IMSS.',
            en: 'Obtained with the IMSS employer registration.',
          },
        },
        requirements: [
          {
            name: { es: 'Número de registro patronal ante el IMSS', en: 'IMSS employer registration number' },
            producedBy: 'imss-employer-registration',
          },
        ],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'unknown',
          note: {
            es: 'No hay trámite adicional; el registro llega con el del IMSS.',
            en: 'There is no extra filing; registration comes with the IMSS one.',
          },
        },
        legalBasis: [],
      },
      {
        title: {
          es: 'Pagar las aportaciones de vivienda (5 % del salario)',
          en: 'Pay the housing contributions (5 % of wages)',
        },
        description: {
          es: 'El patrón determina y paga la aportación del 5 % del salario de cada trabajador (LINFONAVIT art. 29 fr. II). La ley fija el pago por mensualidades vencidas, a más tardar el día 17 del mes siguiente (art. 35); cómo se entera en la práctica (p. ej. junto con las cuotas del IMSS) está por confirmar.',
          en: 'The employer determines and pays the 5 % contribution on each worker’s wage (LINFONAVIT art. 29 section II). The law sets payment monthly in arrears, by the 17th of the following month (art. 35); how it is paid in practice (e.g. together with the IMSS contributions) is to be confirmed.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'La ley dice que se paga en las entidades receptoras que actúan por cuenta del Instituto, con los formularios que este determine (arts. 29 y 35).',
            en: 'The law says payment is made at the receiving entities acting on the Institute’s behalf, with the forms it determines (arts. 29 and 35).',
          },
        },
        requirements: [],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Aportaciones patronales de vivienda', en: 'Employer housing contributions' },
            formula: {
              es: '5 % del salario de cada trabajador (base y tope salarial según la Ley del Seguro Social), por mensualidades vencidas',
              en: '5 % of each worker’s wage (wage base and ceiling as under the Social Security Law), paid monthly in arrears',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'linfonavit', article: '29' }, { law: 'linfonavit', article: '35' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'Es un pago periódico, no una solicitud: cada mes, a más tardar el día 17 del mes siguiente (LINFONAVIT art. 35).',
            en: 'This is a recurring payment, not an application: every month, by the 17th of the following month (LINFONAVIT art. 35).',
          },
          legalBasis: [{ law: 'linfonavit', article: '35' }],
        },
        legalBasis: [{ law: 'linfonavit', article: '29' }, { law: 'linfonavit', article: '35' }],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar: la práctica actual de pago (la LINFONAVIT art. 35 dice mensual; en la práctica se ha pagado cada bimestre junto con las cuotas del IMSS). La tasa del 5 % está confirmada (art. 29 fr. II).',
        en: 'To be confirmed: current payment practice (LINFONAVIT art. 35 says monthly; in practice it has been paid every two months with the IMSS contributions). The 5 % rate is confirmed (art. 29 section II).',
      },
      {
        es: 'Por confirmar con el INFONAVIT: que el número patronal del IMSS baste, sin registro aparte (lo dice una fuente secundaria). La ley obliga a inscribirse y a inscribir a los trabajadores en el INFONAVIT (art. 29 fr. I) dentro de 5 días hábiles (art. 31), y permite al INFONAVIT convenir con el IMSS procesos simplificados y unificados (art. 31).',
        en: 'To be confirmed with INFONAVIT: that the IMSS employer number is enough, with no separate registration (a secondary source says so). The law requires employers to register themselves and their workers with INFONAVIT (Art. 29 fr. I) within 5 business days (Art. 31), and lets INFONAVIT agree simplified, unified processes with IMSS (Art. 31).',
      },
      {
        es: 'Estar al corriente con el INFONAVIT es requisito para el registro REPSE.',
        en: 'Being up to date with INFONAVIT is a requirement for REPSE registration.',
      },
    ],
    sources: [
      { title: 'Ley del INFONAVIT (texto vigente, Cámara de Diputados)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIFNVT.pdf' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'stps-repse-registration',
    slug: 'registro-repse-stps',
    level: 'federal',
    authority: 'stps',
    phase: 'operation',
    title: {
      es: 'Registro en el Padrón Público de Contratistas de Servicios Especializados u Obras Especializadas (REPSE)',
      en: 'Registration in the public register of specialised services and works providers (REPSE)',
    },
    summary: {
      es: 'Desde la reforma a la Ley Federal del Trabajo del 23-04-2021 está prohibida la subcontratación de personal. Solo se permite prestar servicios u obras especializadas, ajenos al objeto social y a la actividad preponderante del cliente, y el prestador debe estar inscrito en el REPSE de la Secretaría del Trabajo y Previsión Social (STPS).',
      en: 'Since the 23-04-2021 reform of the Federal Labour Law (LFT), subcontracting of personnel is banned. Only specialised services or works outside the client’s corporate purpose and main activity are allowed, and the provider must be registered in the REPSE of the Ministry of Labour (STPS).',
    },
    whoNeedsIt: {
      es: 'Empresas que prestan a terceros servicios especializados u obras especializadas con su propio personal.',
      en: 'Companies that provide specialised services or specialised works to third parties with their own staff.',
    },
    appliesWhen: { fact: 'specialisedServices', op: 'eq', value: true },
    outputs: [
      { es: 'Registro en el REPSE (válido 3 años, renovable)', en: 'REPSE registration (valid for 3 years, renewable)' },
    ],
    prerequisites: ['sat-compliance-opinion', 'imss-worker-enrolment', 'infonavit-registration'],
    officialUrl: 'http://repse.stps.gob.mx',
    legalBasis: [
      { law: 'lft', article: '13' },
      { law: 'lft', article: '15' },
      { law: 'acuerdo-repse' },
    ],
    steps: [
      {
        title: {
          es: 'Comprobar que califica y reunir la documentación',
          en: 'Check that you qualify and gather the documents',
        },
        description: {
          es: 'Verifique que sus servicios u obras son especializados y ajenos al objeto social y a la actividad preponderante de sus clientes, y que está al corriente con el SAT, el IMSS y el INFONAVIT.',
          en: 'Check that your services or works are specialised and outside your clients’ corporate purpose and main activity, and that you are up to date with SAT, IMSS and INFONAVIT.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Preparación a cargo de la empresa antes de solicitar en línea.',
            en: 'Preparation by the company before applying online.',
          },
        },
        requirements: [
          {
            name: { es: 'Opinión de cumplimiento de obligaciones fiscales (SAT) en sentido positivo', en: 'Positive tax-compliance opinion (SAT)' },
            producedBy: 'sat-compliance-opinion',
          },
          {
            name: { es: 'Estar al corriente con el IMSS y el INFONAVIT', en: 'Being up to date with IMSS and INFONAVIT' },
          },
          {
            name: { es: 'Último recibo de nómina', en: 'Latest payroll slip' },
            note: {
              es: 'Exigido desde la modificación de las reglas del REPSE de DOF 03-02-2023, según resúmenes de terceros: por confirmar en el DOF.',
              en: 'Required since the amendment of the REPSE rules of DOF 03-02-2023, according to third-party summaries: to be confirmed in the DOF.',
            },
            unverified: true,
          },
          {
            name: { es: 'Comprobante de pago del SUA (cuotas obrero-patronales)', en: 'Proof of payment through SUA (social-security contribution system)' },
            note: {
              es: 'Exigido desde la modificación de las reglas del REPSE de DOF 03-02-2023, según resúmenes de terceros: por confirmar en el DOF.',
              en: 'Required since the amendment of the REPSE rules of DOF 03-02-2023, according to third-party summaries: to be confirmed in the DOF.',
            },
            unverified: true,
          },
        ],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'unknown',
          note: {
            es: 'No interviene la autoridad; el tiempo depende de la empresa.',
            en: 'No authority is involved; the time depends on the company.',
          },
        },
        legalBasis: [
          { law: 'lft', article: '13' },
          { law: 'lft', article: '15' },
          { law: 'acuerdo-repse' },
        ],
      },
      {
        title: {
          es: 'Solicitar el registro en el portal del REPSE y recibir la resolución',
          en: 'Apply in the REPSE portal and receive the decision',
        },
        description: {
          es: 'La solicitud se presenta en línea con la e.firma de la empresa. La STPS responde en un plazo de 20 días hábiles. El registro se renueva cada 3 años (LFT art. 15); por confirmar en las reglas del REPSE: que la renovación se pida en los 3 meses previos al vencimiento.',
          en: 'The application is filed online with the company’s e.firma. STPS answers within 20 business days. The registration is renewed every 3 years (LFT Art. 15); to be confirmed in the REPSE rules: that renewal is requested in the 3 months before expiry.',
        },
        channel: { kind: 'online', url: 'http://repse.stps.gob.mx' },
        requirements: [
          {
            name: { es: 'e.firma de la empresa (persona moral)', en: 'Company advanced e-signature (e.firma)' },
            producedBy: 'sat-efirma-company',
          },
        ],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'lfd' }, { law: 'lft', article: '15' }],
            note: {
              es: 'Sin derechos: la Ley Federal de Derechos, que fija los derechos por los servicios de las secretarías federales (art. 1), no tiene ninguno por el registro en el REPSE ni por otro servicio de la STPS, y el art. 15 de la LFT no prevé pago.',
              en: 'No fee: the Federal Duties Law, which sets the fees for services of federal ministries (Art. 1), has none for REPSE registration or any other STPS service, and LFT Art. 15 provides for no payment.',
            },
          },
        ],
        timeframe: {
          waiting: { min: 1, max: 20, unit: 'business-days' },
          legalDeadline: { days: 20, unit: 'business-days' },
          tacitApproval: 'positive',
          note: {
            es: 'Si la STPS no resuelve en 20 días, el solicitante puede requerirla para que resuelva en 3 días; si tampoco lo hace, el registro se tiene por efectuado (afirmativa ficta, LFT art. 15). El registro se renueva cada 3 años.',
            en: 'If STPS does not decide within 20 days, the applicant may demand a decision within 3 days; if none is notified, the registration is deemed made (positive tacit approval, LFT art. 15). The registration is renewed every 3 years.',
          },
          legalBasis: [{ law: 'lft', article: '15' }, { law: 'acuerdo-repse' }],
        },
        legalBasis: [{ law: 'lft', article: '15' }, { law: 'acuerdo-repse' }],
      },
    ],
    caveats: [
      {
        es: 'Las reglas del REPSE (Acuerdo DOF 24-05-2021) se modificaron en el DOF del 03-02-2023 y del 21-02-2024 (calendario de renovación); revise la versión vigente.',
        en: 'The REPSE rules (Acuerdo, DOF 24-05-2021) were amended in the DOF on 03-02-2023 and 21-02-2024 (renewal calendar); check the version in force.',
      },
      {
        es: 'La LFT (art. 15) dice «veinte días» sin precisar si son hábiles; aquí se cuentan como hábiles, la lectura más larga, como lo hacen resúmenes de terceros de las reglas del REPSE (que no leímos). Si fueran naturales, el plazo máximo sería más corto.',
        en: 'The LFT (Art. 15) says "twenty days" without saying whether they are business days; here they are counted as business days, the longer reading, as third-party summaries of the REPSE rules (which we did not read) do. If they were calendar days, the maximum would be shorter.',
      },
    ],
    sources: [
      { title: 'Cámara de Diputados — Ley Federal del Trabajo (texto vigente)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf' },
      { title: 'Ley Federal de Derechos, cantidades 2026 (texto vigente, Cámara de Diputados)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
      { title: 'DOF 24-05-2021 — edición en que se publicó el Acuerdo de la STPS con las disposiciones de carácter general del REPSE', url: 'https://www.dof.gob.mx/index.php?year=2021&month=05&day=24' },
      { title: 'DOF 03-02-2023 — edición en que se publicó la modificación de las disposiciones del REPSE (nuevos requisitos)', url: 'https://www.dof.gob.mx/index.php?year=2023&month=02&day=03' },
      { title: 'DOF 21-02-2024 — edición en que se publicó la modificación de las disposiciones del REPSE (calendario de renovación)', url: 'https://www.dof.gob.mx/index.php?year=2024&month=02&day=21' },
      { title: 'STPS — Portal del REPSE', url: 'http://repse.stps.gob.mx' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'inm-employer-certificate',
    slug: 'constancia-inscripcion-empleador-inm',
    level: 'federal',
    authority: 'inm',
    phase: 'operation',
    title: {
      es: 'Constancia de inscripción de empleador ante el INM',
      en: 'Employer registration certificate with the National Migration Institute (INM)',
    },
    summary: {
      es: 'Registro de la empresa como empleador ante el Instituto Nacional de Migración (INM). Es necesario antes de ofrecer empleo a personas extranjeras. Cuesta MXN 391.10 (2026) y el INM resuelve en un máximo de 20 días hábiles.',
      en: 'Registers the company as an employer with the National Migration Institute (INM). It is needed before offering jobs to foreign nationals. It costs MXN 391.10 (2026) and INM decides within 20 business days at most.',
    },
    whoNeedsIt: {
      es: 'Empresas que van a contratar personal extranjero.',
      en: 'Companies that will hire foreign staff.',
    },
    appliesWhen: { fact: 'foreignStaff', op: 'gt', value: 0 },
    outputs: [
      { es: 'Constancia de inscripción de empleador', en: 'Employer registration certificate (constancia de inscripción de empleador)' },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [
      { law: 'lmig', article: '128' },
      { law: 'lfd', article: '13 fr. V' },
      { law: 'rlmig', unverified: true },
    ],
    steps: [
      {
        title: { es: 'Reunir la documentación de la empresa', en: 'Gather the company’s documents' },
        channel: {
          kind: 'in-person',
          note: {
            es: 'Preparación a cargo de la empresa.',
            en: 'Preparation by the company.',
          },
        },
        requirements: [
          {
            name: { es: 'Acta constitutiva de la empresa', en: 'Company incorporation deed' },
            producedBy: 'incorporation-deed',
          },
          {
            name: { es: 'Poder del representante legal', en: 'Power of attorney of the legal representative' },
          },
          {
            name: { es: 'Identificación oficial del representante legal', en: 'Official ID of the legal representative' },
          },
          {
            name: { es: 'Comprobante de domicilio con antigüedad no mayor a 30 días', en: 'Proof of address no more than 30 days old' },
          },
          {
            name: { es: 'Constancia del RFC de la empresa', en: 'Company RFC (tax ID) certificate' },
            producedBy: 'sat-rfc-company',
          },
          {
            name: { es: 'Última declaración anual de impuestos', en: 'Latest annual tax return' },
          },
          {
            name: { es: 'Relación de trabajadores con su nacionalidad', en: 'List of employees and their nationality' },
          },
        ],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'unknown',
          note: {
            es: 'No interviene la autoridad; el tiempo depende de la empresa.',
            en: 'No authority is involved; the time depends on the company.',
          },
        },
        legalBasis: [],
      },
      {
        title: {
          es: 'Presentar la solicitud ante el INM y recibir la constancia',
          en: 'File the application with INM and receive the certificate',
        },
        description: {
          es: 'Se paga el derecho por la obtención de la constancia (el mismo monto por cada actualización). Una vez obtenida, la empresa debe actualizarla dentro de los 30 días siguientes a un cambio de representante legal o de domicilio, y cada año con su declaración anual.',
          en: 'The fee for obtaining the certificate is paid (the same amount for each update). Once it is issued, the company must update it within 30 days of a change of legal representative or address, and every year with its annual tax return.',
        },
        channel: {
          kind: 'in-person',
          note: {
            es: 'Por confirmar con el INM: el medio de presentación (oficina o en línea).',
            en: 'To be confirmed with INM: the filing channel (office or online).',
          },
        },
        office: 'inm-offices',
        requirements: [],
        costs: [
          {
            kind: 'fixed',
            concept: {
              es: 'Derecho por la obtención o actualización de la constancia de inscripción de empleador',
              en: 'Fee for obtaining or updating the employer registration certificate',
            },
            amountMXN: 391.1,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '13 fr. V' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 20, unit: 'business-days' },
          legalDeadline: { days: 20, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'lmig', article: '128' }],
          note: {
            es: 'La Ley de Migración (art. 128) da a la autoridad migratoria 20 días hábiles para resolver cualquier trámite migratorio, contados desde que se cumplen todos los requisitos; si no resuelve, la solicitud se entiende negada. La constancia es un trámite migratorio de una persona moral (art. 3 fr. XXXV). Si faltan requisitos, el INM previene y da 10 días hábiles para subsanarlos (art. 130).',
            en: 'The Migration Law (Art. 128) gives the migration authority 20 business days to decide any migration procedure, counted from when all requirements are met; if it does not decide, the application is deemed refused. The certificate is a migration procedure of a legal person (Art. 3 fr. XXXV). If requirements are missing, INM asks for them and gives 10 business days to complete them (Art. 130).',
          },
        },
        legalBasis: [
          { law: 'lmig', article: '128' },
          { law: 'lfd', article: '13 fr. V' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar en la página de trámites para empresas del INM: los artículos del Reglamento de la Ley de Migración que regulan esta constancia, el medio de presentación, la lista de documentos y la regla de actualización en 30 días (tomadas de la copia de eRegulations del antiguo portal oficial, no de la página del INM).',
        en: 'To be confirmed on the INM’s procedures page for companies: the articles of the Migration Law Regulation that govern this certificate, the filing channel, the list of documents and the 30-day update rule (taken from eRegulations’ copy of the old official portal, not from the INM page).',
      },
      {
        es: 'Actualice la constancia dentro de los 30 días siguientes a un cambio de representante legal o de domicilio, y cada año con la declaración anual.',
        en: 'Update the certificate within 30 days of a change of legal representative or address, and every year with the annual tax return.',
      },
      {
        es: 'Algunas fuentes (como eRegulations) la dan como gratuita: desde la reforma de DOF 14-11-2022, la Ley Federal de Derechos cobra su obtención y cada actualización (art. 13 fr. V).',
        en: 'Some sources (such as eRegulations) list it as free: since the reform of DOF 14-11-2022 the Federal Duties Law charges for obtaining and for each update (Art. 13 fr. V).',
      },
    ],
    sources: [
      { title: 'Cámara de Diputados — Ley de Migración (texto vigente)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf' },
      { title: 'Ley Federal de Derechos, cantidades 2026 (texto vigente, Cámara de Diputados)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
      { title: 'Instituto Nacional de Migración — Trámites para empresas (obtención y actualización de la constancia de inscripción de empleador)', url: 'https://www.inm.gob.mx/tramites/publico/empresa.html' },
      { title: 'Consulado de México en Douglas — Visas', url: 'https://consulmex.sre.gob.mx/douglas/index.php/servicios-para-extranjeros/visas?id=218' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'inm-work-visa',
    slug: 'visa-residencia-temporal-oferta-empleo',
    level: 'federal',
    authority: 'inm',
    phase: 'operation',
    title: {
      es: 'Visa de residencia temporal con permiso para trabajar por oferta de empleo',
      en: 'Temporary-resident visa with work permit through a job offer',
    },
    summary: {
      es: 'Ruta para que una persona extranjera contratada por una empresa mexicana trabaje en México: el INM autoriza la visa por oferta de empleo, un consulado mexicano en el extranjero la expide y, ya en México, el INM la canjea por la tarjeta de residente temporal.',
      en: 'The route for a foreign national hired by a Mexican company to work in Mexico: INM authorises the visa on the basis of a job offer, a Mexican consulate abroad issues it and, once in Mexico, INM exchanges it (canje) for a temporary-resident card.',
    },
    whoNeedsIt: {
      es: 'Empresas que contratan personal extranjero que vive fuera de México.',
      en: 'Companies that hire foreign staff living outside Mexico.',
    },
    appliesWhen: { fact: 'foreignStaff', op: 'gt', value: 0 },
    outputs: [
      { es: 'Tarjeta de residente temporal con permiso para trabajar', en: 'Temporary-resident card with permission to work' },
    ],
    prerequisites: ['inm-employer-certificate'],
    legalBasis: [
      { law: 'lmig', article: '37' },
      { law: 'lmig', article: '39-41' },
      { law: 'lmig', article: '52' },
      { law: 'rlmig', article: '105' },
      { law: 'rlmig', article: '115' },
      { law: 'rlmig', article: '117' },
    ],
    steps: [
      {
        title: {
          es: 'Solicitar al INM la autorización de visa por oferta de empleo',
          en: 'Apply to INM for the job-offer visa authorisation',
        },
        description: {
          es: 'La empresa, inscrita como empleador, solicita ante el INM la autorización de visa para la persona que va a contratar (Ley de Migración, art. 41: en la oferta de empleo, el INM autoriza y el consulado expide). Se paga el derecho por el estudio de la solicitud y el INM resuelve en un máximo de 20 días hábiles.',
          en: 'The company, registered as an employer, applies to INM for the visa authorisation for the person it will hire (Migration Law Art. 41: for a job offer, INM authorises and the consulate issues). The fee for studying the application is paid, and INM decides within 20 business days at most.',
        },
        channel: {
          kind: 'in-person',
          note: {
            es: 'Por confirmar con el INM: si la solicitud puede iniciarse en línea.',
            en: 'To be confirmed with INM: whether the application can be started online.',
          },
        },
        office: 'inm-offices',
        requirements: [
          {
            name: { es: 'Constancia de inscripción de empleador', en: 'INM employer registration certificate' },
            producedBy: 'inm-employer-certificate',
          },
          {
            name: { es: 'Oferta de empleo a la persona extranjera', en: 'Job offer to the foreign national' },
            unverified: true,
            note: {
              es: 'Nuestras fuentes no detallan el contenido exigido de la oferta ni los demás documentos; confírmelos con el INM.',
              en: 'Our sources do not detail the required content of the offer or the other documents; confirm them with INM.',
            },
          },
        ],
        costs: [
          {
            kind: 'fixed',
            concept: { es: 'Derecho por el estudio y la autorización de la visa por oferta de empleo', en: 'Fee for studying and authorising the visa by job offer' },
            amountMXN: 247.96,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '14 Bis' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 20, unit: 'business-days' },
          legalDeadline: { days: 20, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'lmig', article: '128' }],
          note: {
            es: 'Ley de Migración, art. 128: 20 días hábiles desde que se cumplen todos los requisitos; si el INM no resuelve, la solicitud se entiende negada.',
            en: 'Migration Law Art. 128: 20 business days from when all requirements are met; if INM does not decide, the application is deemed refused.',
          },
        },
        legalBasis: [
          { law: 'lmig', article: '41' },
          { law: 'lmig', article: '128' },
          { law: 'lfd', article: '14 Bis' },
        ],
      },
      {
        title: {
          es: 'Entrevista consular y expedición de la visa',
          en: 'Consular interview and visa issuance',
        },
        description: {
          es: 'Con la autorización del INM, la persona extranjera acude a la entrevista en un consulado mexicano en el extranjero. La autorización es válida 30 días hábiles para presentarse a la entrevista.',
          en: 'With INM’s authorisation, the foreign national attends an interview at a Mexican consulate abroad. The authorisation is valid for 30 business days for the consular interview.',
        },
        channel: {
          kind: 'in-person',
          note: {
            es: 'Consulado de México en el extranjero (Secretaría de Relaciones Exteriores).',
            en: 'Mexican consulate abroad (Ministry of Foreign Affairs, SRE).',
          },
        },
        requirements: [
          {
            name: { es: 'Autorización de visa emitida por el INM', en: 'Visa authorisation issued by INM' },
          },
          {
            name: { es: 'Pasaporte vigente de la persona extranjera', en: 'Foreign national’s valid passport' },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos consulares por la expedición de la visa', en: 'Consular fee for issuing the visa' },
            formula: {
              es: 'MXN 990.79 por la visa ordinaria en pasaporte extranjero (LFD art. 22 fr. III inciso d, cuota 2026); MXN 197.65 si se solicita por medios electrónicos (inciso g). La SRE puede exentarla por reciprocidad.',
              en: 'MXN 990.79 for an ordinary visa in a foreign passport (LFD Art. 22 fr. III (d), 2026 amount); MXN 197.65 when applied for electronically ((g)). SRE may waive it by reciprocity.',
            },
            minMXN: 197.65,
            maxMXN: 990.79,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '22 fr. III' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 10, unit: 'business-days' },
          legalDeadline: { days: 10, unit: 'business-days' },
          tacitApproval: 'unknown',
          legalBasis: [{ law: 'lmig', article: '129' }],
          note: {
            es: 'Ley de Migración, art. 129: las solicitudes de visa presentadas en las oficinas consulares se resuelven en 10 días hábiles; la ley no dice qué efecto tiene el silencio. La entrevista debe hacerse dentro de los 30 días hábiles de vigencia de la autorización (dato de nuestras fuentes, por confirmar).',
            en: 'Migration Law Art. 129: visa applications filed at consular offices are decided within 10 business days; the law does not say what silence means. The interview must take place within the 30 business days for which the authorisation is valid (from our sources, to be confirmed).',
          },
        },
        legalBasis: [
          { law: 'lmig', article: '41' },
          { law: 'lmig', article: '129' },
          { law: 'lfd', article: '22 fr. III' },
        ],
      },
      {
        title: {
          es: 'Canjear la visa por la tarjeta de residente temporal',
          en: 'Exchange the visa for a temporary-resident card (canje)',
        },
        description: {
          es: 'Dentro de los 30 días naturales siguientes a su entrada a México, la persona extranjera acude al INM para tramitar la tarjeta de residente temporal (Ley de Migración, art. 59).',
          en: 'Within 30 calendar days of entering Mexico, the foreign national goes to INM to obtain the temporary-resident card (Migration Law Art. 59).',
        },
        channel: { kind: 'in-person' },
        office: 'inm-offices',
        requirements: [
          {
            name: { es: 'Visa expedida por el consulado', en: 'Visa issued by the consulate' },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la expedición de la tarjeta de residente temporal', en: 'Fee for issuing the temporary-resident card' },
            formula: {
              es: 'Según la vigencia (LFD art. 8 fr. VI, cuotas 2026): hasta un año MXN 11,140.74; dos años 16,693.36; tres años 21,142.58; cuatro años 25,057.82. Quien acredite ante el INM que su estancia obedece a una oferta de empleo de un empleador con constancia de inscripción vigente —el caso de este trámite— paga el 50 %: MXN 5,570.37; 8,346.68; 10,571.29 o 12,528.91 (art. 8, último párrafo, DOF 07-11-2025).',
              en: 'By period of validity (LFD Art. 8 fr. VI, 2026 amounts): up to one year MXN 11,140.74; two years 16,693.36; three years 21,142.58; four years 25,057.82. Whoever shows INM that the stay is based on a job offer from an employer with a valid registration certificate — the case of this procedure — pays 50 %: MXN 5,570.37; 8,346.68; 10,571.29 or 12,528.91 (Art. 8, last paragraph, DOF 07-11-2025).',
            },
            minMXN: 5570.37,
            maxMXN: 12528.91,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '8 fr. VI y último párrafo' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 20, unit: 'business-days' },
          legalDeadline: { days: 20, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'lmig', article: '128' }],
          note: {
            es: 'Ley de Migración, art. 128: el INM resuelve en un máximo de 20 días hábiles desde que se cumplen todos los requisitos; si no resuelve, se entiende negado. El plazo de 30 días naturales para acudir (art. 59) es de la persona extranjera.',
            en: 'Migration Law Art. 128: INM decides within 20 business days from when all requirements are met; if it does not decide, the application is deemed refused. The 30-calendar-day limit to attend (Art. 59) applies to the foreign national.',
          },
        },
        legalBasis: [
          { law: 'lmig', article: '59' },
          { law: 'lmig', article: '128' },
          { law: 'lfd', article: '8 fr. VI' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar: la lista completa de documentos de cada etapa (Reglamento de la Ley de Migración y lineamientos del INM, no leídos). Los derechos vienen de la Ley Federal de Derechos (arts. 8, 14 Bis y 22) y los plazos máximos de la Ley de Migración (arts. 128 y 129).',
        en: 'To be confirmed: the full list of documents at each stage (Migration Law Regulation and INM guidelines, not read). The fees come from the Federal Duties Law (Arts. 8, 14 Bis and 22) and the maximum times from the Migration Law (Arts. 128 and 129).',
      },
      {
        es: 'LFT art. 7: toda empresa debe emplear al menos un 90 % de trabajadores mexicanos; técnicos y profesionales deben ser mexicanos salvo que no los haya en la especialidad, y entonces los extranjeros se admiten temporalmente hasta el 10 % de esa especialidad, con obligación de capacitar a mexicanos. No aplica a directores, administradores y gerentes generales.',
        en: 'LFT art. 7: every business must employ at least 90 % Mexican workers; technicians and professionals must be Mexican unless there are none in the specialty, in which case foreigners are allowed temporarily up to 10 % of that specialty, with a duty to train Mexicans. Directors, administrators and general managers are exempt.',
      },
    ],
    sources: [
      { title: 'Cámara de Diputados — Ley de Migración (texto vigente)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMigra.pdf' },
      { title: 'Ley Federal de Derechos, cantidades 2026 (texto vigente, Cámara de Diputados)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
      { title: 'Consulado de México en Douglas — Visas', url: 'https://consulmex.sre.gob.mx/douglas/index.php/servicios-para-extranjeros/visas?id=218' },
    ],
    verifiedOn: '2026-12-04',
  },
];
