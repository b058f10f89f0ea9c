/**
 * Federal sector-specific permits: health (COFEPRIS), environment (SEMARNAT),
 * electricity (CNE), water (CONAGUA), product standards (SE-DGN) and
 * trademarks (IMPI). Facts from the domain reference, section 2.E (and 6);
 * anything the reference marks unverified, or does not contain, is flagged.
 */
import type { ProcedureInput } from '../../schema.ts';

export const procedures: ProcedureInput[] = [
  {
    id: 'cofepris-sanitary-registration',
    slug: 'registro-sanitario-cofepris',
    level: 'federal',
    authority: 'cofepris',
    phase: 'operation',
    title: {
      es: 'Registro sanitario de productos ante la COFEPRIS',
      en: 'Product health registration (registro sanitario) with COFEPRIS',
    },
    summary: {
      es: 'Autorización de la COFEPRIS que necesitan, antes de venderse en México, los productos que enumera el artículo 376 de la Ley General de Salud, como medicamentos y dispositivos médicos. El registro sanitario dura 5 años y su renovación debe pedirse 150 días antes de que venza.',
      en: 'COFEPRIS authorisation that the products listed in Article 376 of the General Health Law (Ley General de Salud), such as medicines and medical devices, need before they are sold in Mexico. The registration (registro sanitario) lasts 5 years, and renewal must be requested 150 days before it expires.',
    },
    whoNeedsIt: {
      es: 'Empresas que van a fabricar o vender en México medicamentos, dispositivos médicos u otros productos sujetos a registro sanitario (algunos alimentos y productos químicos también están regulados por la COFEPRIS). Si el producto concreto requiere registro debe confirmarse según su categoría.',
      en: 'Companies that will make or sell in Mexico medicines, medical devices or other products subject to health registration (some food and chemical products are also regulated by COFEPRIS). Whether a given product needs a registration must be confirmed for its category.',
    },
    appliesWhen: { fact: 'healthProducts', op: 'eq', value: true },
    outputs: [
      {
        es: 'Registro sanitario del producto, con vigencia de 5 años',
        en: 'Health registration (registro sanitario) of the product, valid for 5 years',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [
      { law: 'lgs', article: '17-bis' },
      { law: 'lgs', article: '376' },
    ],
    steps: [
      {
        title: {
          es: 'Presentar la solicitud de registro sanitario con el expediente del producto',
          en: 'File the registration application with the product dossier',
        },
        description: {
          es: 'La COFEPRIS evalúa la solicitud y emite el registro sanitario. Los requisitos y el formato dependen del tipo de producto (medicamento, dispositivo médico u otro) y deben consultarse en la ficha del trámite que corresponda.',
          en: 'COFEPRIS assesses the application and issues the registration. Requirements and the form depend on the type of product (medicine, medical device or other) and must be checked in the official sheet of the matching procedure.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no detallan el canal de presentación; confírmelo con la COFEPRIS (Centro Integral de Servicios).',
            en: 'Our sources do not describe the filing channel; confirm it with COFEPRIS (Centro Integral de Servicios).',
          },
        },
        office: 'cofepris-cis',
        requirements: [
          {
            name: {
              es: 'Expediente técnico del producto, según su categoría',
              en: 'Technical dossier of the product, according to its category',
            },
            unverified: true,
            note: {
              es: 'El contenido exacto del expediente no consta en nuestras fuentes.',
              en: 'The exact content of the dossier is not given in our sources.',
            },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por el registro sanitario', en: 'Government fee (derechos) for the health registration' },
            formula: {
              es: 'Según la Ley Federal de Derechos y el tipo de producto; nuestras fuentes no dan el monto.',
              en: 'Set by the Federal Fees Law (Ley Federal de Derechos) and the type of product; our sources do not give the amount.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'lfd', unverified: true }],
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 365, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo de resolución; el rango es una estimación prudente y debe confirmarse para cada tipo de producto.',
            en: 'Our sources do not give the time to decide; the range is a cautious estimate and must be confirmed for each type of product.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '376' }],
      },
      {
        title: {
          es: 'Solicitar la renovación 150 días antes del vencimiento',
          en: 'Request renewal 150 days before expiry',
        },
        description: {
          es: 'El registro sanitario vence a los 5 años. La renovación debe solicitarse 150 días antes de la fecha de vencimiento para no quedarse sin registro.',
          en: 'The registration expires after 5 years. Renewal must be requested 150 days before the expiry date so the product is not left without a registration.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Canal por confirmar con la COFEPRIS.',
            en: 'Channel to be confirmed with COFEPRIS.',
          },
        },
        office: 'cofepris-cis',
        requirements: [
          {
            name: { es: 'Registro sanitario vigente', en: 'Current health registration' },
            producedBy: 'cofepris-sanitary-registration',
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la renovación', en: 'Government fee (derechos) for the renewal' },
            formula: {
              es: 'Según la Ley Federal de Derechos; nuestras fuentes no dan el monto.',
              en: 'Set by the Federal Fees Law; our sources do not give the amount.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'lfd', unverified: true }],
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 365, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'La solicitud se presenta 150 días antes del vencimiento; el tiempo de respuesta no consta en nuestras fuentes y el rango es una estimación prudente.',
            en: 'The request is filed 150 days before expiry; the response time is not in our sources and the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '376', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'La homoclave COFEPRIS-2022-022-003-A que aparece en nuestras fuentes corresponde a modificaciones administrativas de registros de dispositivos médicos, no al registro inicial. La homoclave del registro depende del tipo de producto y está por confirmar.',
        en: 'The code COFEPRIS-2022-022-003-A found in our sources is for administrative changes to medical-device registrations, not for the first registration. The registration\'s own code depends on the type of product and is to be confirmed.',
      },
      {
        es: 'Costo, plazo de resolución y requisitos detallados están por confirmar en la ficha oficial de la COFEPRIS.',
        en: 'Fee, decision time and detailed requirements are to be confirmed in the official COFEPRIS procedure sheet.',
      },
    ],
    sources: [
      {
        title: 'Contacta Abogado — Registro sanitario ante la COFEPRIS',
        url: 'https://contactaabogado.com/diccionario-juridico/derecho-mercantil/registro-sanitario-ante-la-cofepris-c3e4',
      },
      {
        title: 'Guía de modificaciones a registros de dispositivos médicos (agosto 2023)',
        url: 'https://www.scribd.com/document/666419426/Gu-a-MCR-DM-AGOSTO-030823-VERSION-5-004',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'cofepris-sanitary-licence',
    slug: 'licencia-sanitaria-cofepris',
    level: 'federal',
    authority: 'cofepris',
    phase: 'operation',
    title: {
      es: 'Licencia sanitaria de establecimiento (COFEPRIS)',
      en: 'Establishment health licence (licencia sanitaria, COFEPRIS)',
    },
    summary: {
      es: 'Autorización de la COFEPRIS para operar un establecimiento de mayor riesgo sanitario, como una planta que fabrica medicamentos o dispositivos médicos de mayor riesgo. Los establecimientos de menor riesgo presentan en su lugar un aviso de funcionamiento.',
      en: 'COFEPRIS authorisation to operate a higher-risk establishment, such as a plant making medicines or higher-risk medical devices. Lower-risk establishments file an operating notice (aviso de funcionamiento) instead.',
    },
    whoNeedsIt: {
      es: 'Empresas con productos para la salud cuyo establecimiento es de mayor riesgo, por ejemplo fábricas de medicamentos o de dispositivos médicos de mayor riesgo. Ventanilla la muestra a todo proyecto con productos para la salud porque la elección entre licencia sanitaria y aviso de funcionamiento depende del riesgo de la actividad; confirme cuál le corresponde.',
      en: 'Companies with health products whose establishment is higher-risk, for example plants making medicines or higher-risk medical devices. Ventanilla shows it to every project with health products because the choice between a health licence and an operating notice depends on the risk of the activity; confirm which one applies to you.',
    },
    appliesWhen: { fact: 'healthProducts', op: 'eq', value: true },
    outputs: [
      {
        es: 'Licencia sanitaria del establecimiento',
        en: 'Health licence for the establishment',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [
      { law: 'lgs', article: '17-bis' },
      { law: 'lgs', article: '198', unverified: true },
    ],
    steps: [
      {
        title: {
          es: 'Solicitar la licencia sanitaria para el establecimiento',
          en: 'Apply for the establishment\'s health licence',
        },
        description: {
          es: 'Se presenta la solicitud a la COFEPRIS con los datos del establecimiento y de la actividad; la COFEPRIS resuelve y emite la licencia.',
          en: 'The application is filed with COFEPRIS with details of the establishment and its activity; COFEPRIS decides and issues the licence.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no detallan el canal; confírmelo con la COFEPRIS (Centro Integral de Servicios).',
            en: 'Our sources do not describe the channel; confirm it with COFEPRIS (Centro Integral de Servicios).',
          },
        },
        office: 'cofepris-cis',
        requirements: [
          {
            name: {
              es: 'Datos del establecimiento y de la actividad sanitaria que realizará',
              en: 'Details of the establishment and of the health-regulated activity it will carry out',
            },
            unverified: true,
            note: {
              es: 'La lista oficial de requisitos no consta en nuestras fuentes.',
              en: 'The official list of requirements is not in our sources.',
            },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la licencia sanitaria', en: 'Government fee (derechos) for the health licence' },
            formula: {
              es: 'Según la Ley Federal de Derechos y el tipo de establecimiento; nuestras fuentes no dan el monto.',
              en: 'Set by the Federal Fees Law and the type of establishment; our sources do not give the amount.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'lfd', unverified: true }],
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 180, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo; el rango es una estimación prudente y debe confirmarse.',
            en: 'Our sources do not give the time; the range is a cautious estimate and must be confirmed.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '198', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'La distinción entre licencia sanitaria (mayor riesgo) y aviso de funcionamiento (menor riesgo), con base en los artículos 198 y 200 bis de la Ley General de Salud, está por confirmar, así como qué actividades exactas requieren licencia.',
        en: 'The split between a health licence (higher risk) and an operating notice (lower risk), based on Articles 198 and 200 bis of the General Health Law, is to be confirmed, as is the exact list of activities that need a licence.',
      },
      {
        es: 'Costo, plazo y requisitos están por confirmar con la COFEPRIS.',
        en: 'Fee, time and requirements are to be confirmed with COFEPRIS.',
      },
    ],
    sources: [
      {
        title: 'Contacta Abogado — Registro sanitario ante la COFEPRIS',
        url: 'https://contactaabogado.com/diccionario-juridico/derecho-mercantil/registro-sanitario-ante-la-cofepris-c3e4',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'cofepris-operating-notice',
    slug: 'aviso-funcionamiento-cofepris',
    level: 'federal',
    authority: 'cofepris',
    phase: 'operation',
    title: {
      es: 'Aviso de funcionamiento ante la COFEPRIS',
      en: 'Operating notice (aviso de funcionamiento) to COFEPRIS',
    },
    summary: {
      es: 'Aviso que presentan a la COFEPRIS los establecimientos de menor riesgo sanitario que no necesitan licencia sanitaria, para informar que operan.',
      en: 'Notice that lower-risk establishments, which do not need a health licence, file with COFEPRIS to report that they operate.',
    },
    whoNeedsIt: {
      es: 'Empresas con productos para la salud cuyo establecimiento es de menor riesgo y por eso no requiere licencia sanitaria. Ventanilla lo muestra a todo proyecto con productos para la salud porque la elección entre aviso y licencia depende del riesgo de la actividad; confirme cuál le corresponde.',
      en: 'Companies with health products whose establishment is lower-risk and therefore does not need a health licence. Ventanilla shows it to every project with health products because the choice between notice and licence depends on the risk of the activity; confirm which one applies to you.',
    },
    appliesWhen: { fact: 'healthProducts', op: 'eq', value: true },
    outputs: [
      {
        es: 'Acuse de recibo del aviso de funcionamiento',
        en: 'Acknowledgement of receipt of the operating notice',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [
      { law: 'lgs', article: '17-bis' },
      { law: 'lgs', article: '200-bis', unverified: true },
    ],
    steps: [
      {
        title: {
          es: 'Presentar el aviso de funcionamiento',
          en: 'File the operating notice',
        },
        description: {
          es: 'Se informa a la COFEPRIS de los datos del establecimiento y de su actividad, y se conserva el acuse.',
          en: 'The establishment and its activity are reported to COFEPRIS, and the acknowledgement is kept.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no detallan el canal; confírmelo con la COFEPRIS (Centro Integral de Servicios).',
            en: 'Our sources do not describe the channel; confirm it with COFEPRIS (Centro Integral de Servicios).',
          },
        },
        office: 'cofepris-cis',
        requirements: [
          {
            name: {
              es: 'Datos del establecimiento y de la actividad',
              en: 'Details of the establishment and its activity',
            },
            unverified: true,
            note: {
              es: 'La lista oficial de requisitos no consta en nuestras fuentes.',
              en: 'The official list of requirements is not in our sources.',
            },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Pago de derechos, si lo hay', en: 'Government fee, if any' },
            formula: {
              es: 'Nuestras fuentes no indican si el aviso causa derechos; por confirmar.',
              en: 'Our sources do not say whether the notice carries a fee; to be confirmed.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 10, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Un aviso no es una autorización, pero nuestras fuentes no dicen cuándo surte efecto; el rango es una estimación prudente.',
            en: 'A notice is not an authorisation, but our sources do not say when it takes effect; the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '200-bis', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'Qué establecimientos presentan aviso y cuáles necesitan licencia sanitaria (artículos 198 y 200 bis de la Ley General de Salud) está por confirmar.',
        en: 'Which establishments file a notice and which need a health licence (Articles 198 and 200 bis of the General Health Law) is to be confirmed.',
      },
    ],
    sources: [
      {
        title: 'Contacta Abogado — Registro sanitario ante la COFEPRIS',
        url: 'https://contactaabogado.com/diccionario-juridico/derecho-mercantil/registro-sanitario-ante-la-cofepris-c3e4',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'semarnat-mia',
    slug: 'manifestacion-impacto-ambiental-federal',
    level: 'federal',
    authority: 'semarnat',
    phase: 'construction',
    title: {
      es: 'Manifestación de impacto ambiental (MIA), modalidad particular',
      en: 'Federal environmental impact assessment (Manifestación de Impacto Ambiental, MIA), particular modality',
    },
    summary: {
      es: 'Evaluación de la SEMARNAT que deben obtener antes de construir las obras y actividades que enumera el artículo 28 de la LGEEPA. En la modalidad particular hay dos variantes: SEMARNAT-04-002-A (sin actividad altamente riesgosa) y SEMARNAT-04-002-B (con actividad altamente riesgosa). Se presenta en las oficinas estatales de la SEMARNAT o en línea (MIA-E), y los derechos se pagan por e5cinco.',
      en: 'SEMARNAT assessment that the works and activities listed in Article 28 of the General Law of Ecological Balance and Environmental Protection (LGEEPA) must obtain before they are built. The particular modality has two variants: SEMARNAT-04-002-A (no highly risky activity) and SEMARNAT-04-002-B (with a highly risky activity). It is filed at SEMARNAT\'s state offices or online (MIA-E), and the fee is paid through e5cinco.',
    },
    whoNeedsIt: {
      es: 'Proyectos de competencia federal del artículo 28 de la LGEEPA, entre ellos obras hidráulicas, vías de comunicación, ductos, industrias petrolera, petroquímica, química, siderúrgica, papelera, azucarera, del cemento y eléctrica, minería e instalaciones de residuos peligrosos. Los proyectos del sector hidrocarburos se tramitan ante la ASEA, no ante la SEMARNAT.',
      en: 'Federal-jurisdiction projects under Article 28 of the LGEEPA, including hydraulic works, roads and other transport routes, pipelines, the oil, petrochemical, chemical, steel, paper, sugar, cement and electricity industries, mining and hazardous-waste facilities. Projects in the hydrocarbons sector go to ASEA (the oil and gas safety and environment agency), not SEMARNAT.',
    },
    appliesWhen: { fact: 'federalEnvironmentalWorks', op: 'eq', value: true },
    outputs: [
      {
        es: 'Resolución de la SEMARNAT en materia de impacto ambiental',
        en: 'SEMARNAT environmental impact resolution',
      },
    ],
    prerequisites: ['sat-rfc-company', 'mun-land-use'],
    officialCode: { code: 'SEMARNAT-04-002-A' },
    officialUrl: 'https://www.gob.mx/semarnat/documentos/tramite-semarnat-04-002-a',
    legalBasis: [
      { law: 'lgeepa', article: '28' },
      { law: 'lgeepa', article: '30' },
      { law: 'reia', article: '5' },
      { law: 'reia', article: '9' },
      { law: 'reia', article: '10' },
    ],
    steps: [
      {
        title: {
          es: 'Pagar los derechos de evaluación en e5cinco',
          en: 'Pay the assessment fee through e5cinco',
        },
        description: {
          es: 'Los derechos por evaluar la MIA se pagan mediante el esquema e5cinco; el comprobante se adjunta a la solicitud.',
          en: 'The fee for assessing the MIA is paid through the e5cinco payment scheme; the receipt is attached to the application.',
        },
        channel: {
          kind: 'online',
          note: { es: 'Pago por el esquema e5cinco.', en: 'Payment through the e5cinco scheme.' },
        },
        requirements: [],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por la evaluación de la MIA', en: 'Government fee (derechos) for assessing the MIA' },
            formula: {
              es: 'Depende de las tablas A y B de la Ley Federal de Derechos, según las características del proyecto.',
              en: 'Depends on tables A and B of the Federal Fees Law (Ley Federal de Derechos), according to the project\'s features.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'lfd', unverified: true }],
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 1, unit: 'business-days' },
          tacitApproval: 'none',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el tiempo del pago; el rango es una estimación prudente.',
            en: 'Our sources do not give the payment time; the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'lfd', unverified: true }],
      },
      {
        title: {
          es: 'Presentar la MIA en la modalidad que corresponda',
          en: 'File the MIA in the applicable modality',
        },
        description: {
          es: 'Se presenta la manifestación de impacto ambiental en modalidad particular: SEMARNAT-04-002-A si el proyecto no incluye actividades altamente riesgosas, o SEMARNAT-04-002-B si las incluye. Puede presentarse en línea (MIA-E) o en el Espacio de Contacto Ciudadano de la SEMARNAT en el estado.',
          en: 'The environmental impact statement is filed in the particular modality: SEMARNAT-04-002-A if the project has no highly risky activity, or SEMARNAT-04-002-B if it does. It can be filed online (MIA-E) or at SEMARNAT\'s citizen contact office (Espacio de Contacto Ciudadano) in the state.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'En línea por MIA-E o en los Espacios de Contacto Ciudadano de la SEMARNAT.',
            en: 'Online through MIA-E or at SEMARNAT\'s citizen contact offices (Espacios de Contacto Ciudadano).',
          },
        },
        office: 'semarnat-ecc',
        requirements: [
          {
            name: {
              es: 'Manifestación de impacto ambiental, modalidad particular (A o B)',
              en: 'Environmental impact statement, particular modality (A or B)',
            },
            legalBasis: [
              { law: 'lgeepa', article: '30' },
              { law: 'reia', article: '9' },
              { law: 'reia', article: '10' },
            ],
          },
          {
            name: {
              es: 'Comprobante de pago de derechos (e5cinco)',
              en: 'Fee payment receipt (e5cinco)',
            },
          },
        ],
        costs: [
          {
            kind: 'free',
            note: {
              es: 'Sin pago adicional a los derechos del paso anterior.',
              en: 'No payment beyond the fee in the previous step.',
            },
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 60, max: 120, unit: 'business-days' },
          legalDeadline: { days: 60, unit: 'business-days' },
          tacitApproval: 'unknown',
          legalBasis: [{ law: 'lgeepa', article: '35-bis', unverified: true }],
          unverified: true,
          note: {
            es: 'El plazo de evaluación de 60 días hábiles (artículo 35 bis de la LGEEPA) está por confirmar. Mostramos hasta 120 días hábiles como estimación prudente por si la autoridad pide información adicional o amplía el plazo; también por confirmar.',
            en: 'The 60-business-day assessment period (LGEEPA Article 35 bis) is to be confirmed. We show up to 120 business days as a cautious estimate in case the authority asks for more information or extends the period; also to be confirmed.',
          },
        },
        legalBasis: [
          { law: 'lgeepa', article: '30' },
          { law: 'reia', article: '9' },
          { law: 'reia', article: '10' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Una página de la antigua Ventanilla Única para Inversionistas mostraba un costo de MXN 267,314; esa cifra no está confirmada y el monto real depende de las tablas de la Ley Federal de Derechos.',
        en: 'A page of the former investor one-stop shop (VUI) showed a fee of MXN 267,314; that figure is not confirmed, and the actual fee depends on the Federal Fees Law tables.',
      },
      {
        es: 'Los proyectos del sector hidrocarburos se evalúan ante la ASEA. La modalidad regional (SEMARNAT-04-003) está por confirmar. Las modificaciones a un proyecto ya autorizado se tramitan con SEMARNAT-04-008.',
        en: 'Hydrocarbons projects are assessed by ASEA. The regional modality (SEMARNAT-04-003) is to be confirmed. Changes to an already authorised project use SEMARNAT-04-008.',
      },
      {
        es: 'Las obras que no son de competencia federal pueden requerir una evaluación de impacto ambiental estatal (por confirmar según el estado).',
        en: 'Works outside federal jurisdiction may need a state environmental impact assessment instead (to be confirmed for each state).',
      },
    ],
    sources: [
      {
        title: 'SEMARNAT — Trámite SEMARNAT-04-002-A',
        url: 'https://www.gob.mx/semarnat/documentos/tramite-semarnat-04-002-a',
      },
      {
        title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — SEMARNAT-04-002-B',
        url: 'https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SEMARNAT-04-002-B',
      },
      {
        title: 'Ventanilla Única para Inversionistas — MIA (procedimiento 862, paso 583)',
        url: 'https://ventanillaunica.economia.gob.mx/procedure/862/step/583?embed=true&includeSearch=true&l=en',
      },
      {
        title: 'INECC — Obras y actividades sujetas a evaluación del impacto ambiental',
        url: 'http://www2.inecc.gob.mx/publicaciones/libros/398/herrera.html',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'semarnat-lau',
    slug: 'licencia-ambiental-unica',
    level: 'federal',
    authority: 'semarnat',
    phase: 'operation',
    title: {
      es: 'Licencia Ambiental Única (LAU)',
      en: 'Single Environmental Licence (Licencia Ambiental Única, LAU)',
    },
    summary: {
      es: 'Licencia de la SEMARNAT para operar fuentes fijas de emisiones a la atmósfera de jurisdicción federal. Homoclave SEMARNAT-05-002; su actualización es SEMARNAT-05-003. Después se informa cada año mediante la Cédula de Operación Anual (COA).',
      en: 'SEMARNAT licence to operate federal-jurisdiction fixed sources of air emissions. Code SEMARNAT-05-002; updates use SEMARNAT-05-003. Afterwards the company reports every year through the Annual Operating Report (Cédula de Operación Anual, COA).',
    },
    whoNeedsIt: {
      es: 'Fuentes fijas de jurisdicción federal de los sectores química, petróleo y petroquímica, pinturas y tintas, automotriz, celulosa y papel, metalurgia (incluida la siderurgia), vidrio, generación de energía eléctrica, asbesto, cemento y cal, y tratamiento de residuos peligrosos.',
      en: 'Federal-jurisdiction fixed emission sources in these sectors: chemicals, oil and petrochemicals, paints and inks, automotive, pulp and paper, metallurgy (including steel), glass, power generation, asbestos, cement and lime, and hazardous-waste treatment.',
    },
    appliesWhen: { fact: 'federalEmissionSource', op: 'eq', value: true },
    outputs: [
      {
        es: 'Licencia Ambiental Única de la fuente fija',
        en: 'Single Environmental Licence (LAU) for the fixed source',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    officialCode: { code: 'SEMARNAT-05-002' },
    legalBasis: [
      { law: 'lgeepa', article: '111-bis' },
      { law: 'rlgeepa-atm', article: '17-bis' },
    ],
    steps: [
      {
        title: {
          es: 'Presentar la solicitud de LAU y pagar los derechos',
          en: 'File the LAU application and pay the fee',
        },
        description: {
          es: 'Se solicita la licencia para la fuente fija con la información técnica de sus procesos y emisiones, y se pagan los derechos de evaluación; la SEMARNAT evalúa y emite la licencia.',
          en: 'The licence for the fixed source is requested with technical information on its processes and emissions, and the assessment fee is paid; SEMARNAT assesses the application and issues the licence.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no detallan el canal de la LAU; la SEMARNAT atiende en sus Espacios de Contacto Ciudadano. Por confirmar.',
            en: 'Our sources do not describe the LAU filing channel; SEMARNAT serves the public at its citizen contact offices (Espacios de Contacto Ciudadano). To be confirmed.',
          },
        },
        office: 'semarnat-ecc',
        requirements: [
          {
            name: {
              es: 'Solicitud con la información técnica de la fuente fija (procesos y emisiones)',
              en: 'Application with technical information on the fixed source (processes and emissions)',
            },
            unverified: true,
            note: {
              es: 'La lista oficial de requisitos no consta en nuestras fuentes.',
              en: 'The official list of requirements is not in our sources.',
            },
          },
        ],
        costs: [
          {
            kind: 'fixed',
            concept: { es: 'Derechos por evaluar una LAU nueva', en: 'Fee (derechos) for assessing a new LAU' },
            amountMXN: 2861,
            legalBasis: [{ law: 'lfd', unverified: true }],
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 20, max: 90, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo de resolución; el rango es una estimación prudente y debe confirmarse.',
            en: 'Our sources do not give the time to decide; the range is a cautious estimate and must be confirmed.',
          },
        },
        legalBasis: [
          { law: 'lgeepa', article: '111-bis' },
          { law: 'rlgeepa-atm', article: '17-bis' },
        ],
      },
    ],
    caveats: [
      {
        es: 'La fuente da MXN 2,861 por evaluar una licencia nueva y MXN 1,430 por una actualización (SEMARNAT-05-003), pero no dice de qué año son, así que el monto vigente está por confirmar.',
        en: 'The source gives MXN 2,861 for assessing a new licence and MXN 1,430 for an update (SEMARNAT-05-003), but does not say which year these are for, so the current amount is to be confirmed.',
      },
      {
        es: 'Las fuentes fijas que no son de jurisdicción federal se regulan con licencias ambientales estatales.',
        en: 'Fixed sources outside federal jurisdiction are covered by state environmental licences instead.',
      },
    ],
    sources: [
      {
        title: 'Oficina Verde — LAU: preguntas frecuentes',
        url: 'https://oficinaverde.org.mx/guias-gratuitas/lau-preguntas-frecuentes/',
      },
      {
        title: 'BMASF — Licencia Ambiental Única (LAU) y Cédula de Operación Anual (COA)',
        url: 'https://bmasf.mx/licencia-ambiental-unica-lau-y-cedula-de-operacion-anual-coa/',
      },
      {
        title: 'Presentación SEMARNAT (Scribd)',
        url: 'https://es.scribd.com/presentation/483649380/SEMARNAT',
      },
      {
        title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — SEMARNAT-05-003',
        url: 'https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SEMARNAT-05-003',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'semarnat-coa',
    slug: 'cedula-operacion-anual',
    level: 'federal',
    authority: 'semarnat',
    phase: 'operation',
    title: {
      es: 'Cédula de Operación Anual (COA)',
      en: 'Annual Operating Report (Cédula de Operación Anual, COA)',
    },
    summary: {
      es: 'Informe anual a la SEMARNAT sobre las emisiones y la operación del año anterior. Lo presentan las fuentes fijas federales con LAU, y también los grandes generadores de residuos peligrosos, quienes descargan a aguas nacionales y quienes emiten 25,000 toneladas de CO2 equivalente o más.',
      en: 'Yearly report to SEMARNAT on the previous year\'s emissions and operation. It is filed by federal fixed sources holding a LAU, and also by large generators of hazardous waste, companies that discharge into national waters, and emitters of 25,000 tonnes of CO2 equivalent or more.',
    },
    whoNeedsIt: {
      es: 'Fuentes fijas de jurisdicción federal (titulares de LAU). También la presentan los grandes generadores de residuos peligrosos, quienes descargan aguas residuales a aguas nacionales y quienes emiten 25,000 tCO2e o más; si es su caso, confirme la obligación aunque no sea fuente fija federal.',
      en: 'Federal-jurisdiction fixed sources (LAU holders). Large generators of hazardous waste, companies discharging wastewater into national waters and emitters of 25,000 tCO2e or more also file it; if that is your case, confirm the obligation even if you are not a federal fixed source.',
    },
    appliesWhen: { fact: 'federalEmissionSource', op: 'eq', value: true },
    outputs: [
      {
        es: 'Acuse de presentación de la COA del año',
        en: 'Acknowledgement of the year\'s COA filing',
      },
    ],
    recurrence: { every: 'year' },
    prerequisites: ['semarnat-lau'],
    legalBasis: [
      { law: 'lgeepa', article: '111-bis', unverified: true },
      { law: 'rlgeepa-atm', unverified: true },
    ],
    steps: [
      {
        title: {
          es: 'Presentar la COA cada año',
          en: 'File the COA every year',
        },
        description: {
          es: 'Se reúnen los datos de emisiones y operación del año anterior y se presenta la cédula a la SEMARNAT. Se presenta cada año, en los primeros cuatro meses (por confirmar).',
          en: 'The previous year\'s emissions and operating data are gathered and the report is filed with SEMARNAT. It is filed every year, in the first four months (to be confirmed).',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no detallan el canal; por confirmar con la SEMARNAT.',
            en: 'Our sources do not describe the channel; to be confirmed with SEMARNAT.',
          },
        },
        office: 'semarnat-ecc',
        requirements: [
          {
            name: {
              es: 'Datos de emisiones, residuos y descargas del año anterior',
              en: 'Previous year\'s data on emissions, waste and discharges',
            },
            unverified: true,
            note: {
              es: 'El formato y contenido oficial no constan en nuestras fuentes.',
              en: 'The official form and content are not in our sources.',
            },
          },
          {
            name: { es: 'Licencia Ambiental Única', en: 'Single Environmental Licence (LAU)' },
            producedBy: 'semarnat-lau',
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Pago de derechos, si lo hay', en: 'Government fee, if any' },
            formula: {
              es: 'Nuestras fuentes no indican si la COA causa derechos; por confirmar.',
              en: 'Our sources do not say whether the COA carries a fee; to be confirmed.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 10, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Es un informe, no una autorización. La fecha de presentación (primeros cuatro meses del año) y el tiempo de acuse no están confirmados; el rango es una estimación prudente.',
            en: 'It is a report, not an authorisation. The filing window (first four months of the year) and the time to get the acknowledgement are not confirmed; the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'rlgeepa-atm', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'El periodo anual de presentación (primeros cuatro meses del año) y el artículo exacto que la fundamenta están por confirmar.',
        en: 'The yearly filing window (first four months of the year) and the exact article it rests on are to be confirmed.',
      },
    ],
    sources: [
      {
        title: 'BMASF — Licencia Ambiental Única (LAU) y Cédula de Operación Anual (COA)',
        url: 'https://bmasf.mx/licencia-ambiental-unica-lau-y-cedula-de-operacion-anual-coa/',
      },
      {
        title: 'Presentación SEMARNAT (Scribd)',
        url: 'https://es.scribd.com/presentation/483649380/SEMARNAT',
      },
      {
        title: 'Oficina Verde — Licencias ambientales',
        url: 'https://oficinaverde.org.mx/licencias-ambientales/',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'semarnat-hazardous-waste-generator',
    slug: 'registro-generador-residuos-peligrosos',
    level: 'federal',
    authority: 'semarnat',
    phase: 'operation',
    title: {
      es: 'Registro como generador de residuos peligrosos',
      en: 'Registration as a hazardous-waste generator',
    },
    summary: {
      es: 'Registro ante la SEMARNAT de las empresas que generan residuos peligrosos, conforme a la Ley General para la Prevención y Gestión Integral de los Residuos. Nuestras fuentes apenas lo describen: los detalles están por confirmar.',
      en: 'Registration with SEMARNAT of companies that generate hazardous waste, under the General Law for the Prevention and Integral Management of Waste (LGPGIR). Our sources barely describe it: the details are to be confirmed.',
    },
    whoNeedsIt: {
      es: 'Empresas que generan residuos peligrosos. Ventanilla lo muestra a las fuentes fijas federales y a las empresas manufactureras de los sectores de la LAU (papel, derivados del petróleo, química, vidrio, cemento, metálicas básicas y automotriz) como regla de filtro; la obligación depende de generar residuos peligrosos, en cualquier sector, y debe confirmarse.',
      en: 'Companies that generate hazardous waste. Ventanilla shows it to federal fixed emission sources and to manufacturers in the LAU sectors (paper, petroleum products, chemicals, glass, cement, basic metals and automotive) as a screening rule; the obligation depends on actually generating hazardous waste, in any sector, and must be confirmed.',
    },
    appliesWhen: {
      any: [
        { fact: 'federalEmissionSource', op: 'eq', value: true },
        { scianIn: ['322', '324', '325', '3272', '3273', '331', '3361', '3362', '3363'] },
      ],
    },
    outputs: [
      {
        es: 'Constancia de registro como generador de residuos peligrosos',
        en: 'Proof of registration as a hazardous-waste generator',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'lgpgir', unverified: true }],
    steps: [
      {
        title: {
          es: 'Registrarse ante la SEMARNAT como generador de residuos peligrosos',
          en: 'Register with SEMARNAT as a hazardous-waste generator',
        },
        description: {
          es: 'Se informa a la SEMARNAT qué residuos peligrosos genera la empresa. Requisitos, formato y plazos están por confirmar.',
          en: 'The company tells SEMARNAT which hazardous waste it generates. Requirements, form and times are to be confirmed.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Canal por confirmar con la SEMARNAT.',
            en: 'Channel to be confirmed with SEMARNAT.',
          },
        },
        office: 'semarnat-ecc',
        requirements: [
          {
            name: {
              es: 'Relación de los residuos peligrosos que genera la empresa',
              en: 'List of the hazardous waste the company generates',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Pago de derechos, si lo hay', en: 'Government fee, if any' },
            formula: {
              es: 'Nuestras fuentes no indican el costo; por confirmar.',
              en: 'Our sources do not give the cost; to be confirmed.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 30, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo; el rango es una estimación prudente.',
            en: 'Our sources do not give the time; the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'lgpgir', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'Nuestras fuentes solo mencionan a los grandes generadores de residuos peligrosos como obligados a presentar la COA. El registro, sus categorías, requisitos, costo, plazo y artículos de la LGPGIR están por confirmar.',
        en: 'Our sources only mention large hazardous-waste generators as having to file the COA. The registration itself, its categories, requirements, cost, time and LGPGIR articles are to be confirmed.',
      },
      {
        es: 'La regla por sectores SCIAN es un filtro aproximado de Ventanilla, no un criterio legal.',
        en: 'The SCIAN sector rule is an approximate Ventanilla screening filter, not a legal test.',
      },
    ],
    sources: [
      {
        title: 'Presentación SEMARNAT (Scribd)',
        url: 'https://es.scribd.com/presentation/483649380/SEMARNAT',
      },
      {
        title: 'BMASF — Licencia Ambiental Única (LAU) y Cédula de Operación Anual (COA)',
        url: 'https://bmasf.mx/licencia-ambiental-unica-lau-y-cedula-de-operacion-anual-coa/',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'cne-generation-permit',
    slug: 'permiso-generacion-electrica-cne',
    level: 'federal',
    authority: 'cne',
    phase: 'construction',
    title: {
      es: 'Permiso de generación de energía eléctrica (CNE)',
      en: 'Electricity generation permit (Comisión Nacional de Energía, CNE)',
    },
    summary: {
      es: 'Permiso de la Comisión Nacional de Energía para centrales de 0.7 MW o más, según la Ley del Sector Eléctrico (DOF 18-03-2025). La CRE fue extinguida y la CNE, órgano desconcentrado de la SENER, otorga ahora los permisos. Se tramita por la Oficialía de Partes Electrónica de la CNE, conforme al Reglamento de la LSE (DOF 03-10-2025) y a las Disposiciones Administrativas de Carácter General (DOF 23-10-2025).',
      en: 'National Energy Commission (CNE) permit for power plants of 0.7 MW or more, under the Electricity Sector Law (Ley del Sector Eléctrico, DOF 18-03-2025). The former regulator (CRE) was abolished, and the CNE, a deconcentrated body of the Energy Ministry (SENER), now grants permits. It is filed through the CNE\'s electronic filing office (Oficialía de Partes Electrónica), under the LSE Regulation (DOF 03-10-2025) and the general administrative rules (Disposiciones Administrativas de Carácter General, DOF 23-10-2025).',
    },
    whoNeedsIt: {
      es: 'Proyectos con centrales eléctricas de 0.7 MW o más, incluida la generación solar en sitio para una planta. El autoconsumo interconectado de 0.7 a 20 MW tiene reglas propias (Acuerdo DOF 06-08-2025).',
      en: 'Projects with power plants of 0.7 MW or more, including on-site solar generation for a plant. Interconnected self-supply of 0.7 to 20 MW has its own rules (Acuerdo, DOF 06-08-2025).',
    },
    appliesWhen: { fact: 'powerMW', op: 'gte', value: 0.7 },
    outputs: [
      {
        es: 'Permiso de generación de energía eléctrica otorgado por la CNE',
        en: 'Electricity generation permit granted by the CNE',
      },
    ],
    prerequisites: ['sat-compliance-opinion'],
    legalBasis: [
      { law: 'lse', article: '18' },
      { law: 'rlse' },
      { law: 'lcne' },
    ],
    steps: [
      {
        title: {
          es: 'Presentar la solicitud en la Oficialía de Partes Electrónica de la CNE',
          en: 'File the application at the CNE\'s electronic filing office',
        },
        description: {
          es: 'Antes de presentar la solicitud se preparan, entre otros requisitos, un estudio de impacto social y un estudio ambiental del proyecto. La solicitud se presenta en línea con los requisitos de las Disposiciones Administrativas de Carácter General (DOF 23-10-2025); la CNE la evalúa y resuelve.',
          en: 'Before filing, the applicant prepares, among other requirements, a social impact study and an environmental study of the project. The application is filed online with the requirements of the general administrative rules (DOF 23-10-2025); the CNE assesses it and decides.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Oficialía de Partes Electrónica de la CNE.',
            en: 'CNE electronic filing office (Oficialía de Partes Electrónica).',
          },
        },
        office: 'cne-oficialia',
        requirements: [
          {
            name: {
              es: 'Opinión de cumplimiento de obligaciones fiscales en sentido positivo (artículo 32-D del CFF)',
              en: 'Positive tax-compliance opinion (CFF Article 32-D)',
            },
            producedBy: 'sat-compliance-opinion',
            legalBasis: [{ law: 'cff', article: '32-D' }],
          },
          {
            name: { es: 'Estudio de impacto social', en: 'Social impact study' },
          },
          {
            name: { es: 'Estudio ambiental del proyecto', en: 'Environmental study of the project' },
          },
          {
            name: {
              es: 'Demás requisitos de las Disposiciones Administrativas de Carácter General de la CNE',
              en: 'Other requirements in the CNE\'s general administrative rules',
            },
            note: {
              es: 'La lista completa no consta en nuestras fuentes.',
              en: 'The full list is not in our sources.',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por el permiso', en: 'Government fee (derechos) for the permit' },
            formula: {
              es: 'Nuestras fuentes no dan el monto; por confirmar con la CNE.',
              en: 'Our sources do not give the amount; to be confirmed with the CNE.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 180, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo de resolución bajo el nuevo marco; el rango es una estimación prudente.',
            en: 'Our sources do not give the decision time under the new framework; the range is a cautious estimate.',
          },
        },
        legalBasis: [
          { law: 'lse', article: '18' },
          { law: 'rlse' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Guías anteriores a 2025 remiten a la CRE; la CRE fue extinguida y sus funciones de permisos pasaron a la CNE. Costo y plazo están por confirmar.',
        en: 'Guides from before 2025 refer to the CRE; the CRE was abolished and its permit functions passed to the CNE. Fee and time are to be confirmed.',
      },
      {
        es: 'El almacenamiento de energía eléctrica también puede requerir permiso de la CNE (por confirmar); este trámite cubre la generación.',
        en: 'Electricity storage may also need a CNE permit (to be confirmed); this entry covers generation.',
      },
    ],
    sources: [
      {
        title: 'Mijares — Emisión de nuevas leyes del sector eléctrico',
        url: 'https://mijares.mx/noticias/emision-de-nuevas-leyes-del-sector-electrico',
      },
      {
        title: 'Santamarina y Steta — Reglamento de la Ley del Sector Eléctrico',
        url: 'https://www.santamarinasteta.mx/publicaciones-y-eventos/updates/reglamento-de-la-ley-del-sector-electrico',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'conagua-water-concession',
    slug: 'concesion-aguas-nacionales',
    level: 'federal',
    authority: 'conagua',
    phase: 'construction',
    title: {
      es: 'Concesión de aguas nacionales (CONAGUA)',
      en: 'National water concession (CONAGUA)',
    },
    summary: {
      es: 'Título de la Comisión Nacional del Agua, conforme a la Ley de Aguas Nacionales, para extraer y usar aguas nacionales, superficiales o subterráneas. Los detalles del trámite están por confirmar.',
      en: 'Title from the National Water Commission (CONAGUA), under the National Waters Law (Ley de Aguas Nacionales), to abstract and use national surface water or groundwater. The procedure\'s details are to be confirmed.',
    },
    whoNeedsIt: {
      es: 'Proyectos que extraerán agua de un pozo o de una fuente superficial de aguas nacionales. Ventanilla lo muestra a todo proyecto que declara uso de agua; si el agua la suministra la red municipal, el trato es con el organismo operador local (por confirmar).',
      en: 'Projects that will abstract water from a well or from a national surface-water source. Ventanilla shows it to every project that declares water use; if water comes from the municipal network, you deal with the local water utility instead (to be confirmed).',
    },
    appliesWhen: { fact: 'waterUse', op: 'eq', value: true },
    outputs: [
      {
        es: 'Título de concesión de aguas nacionales',
        en: 'National water concession title',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'lan' }],
    steps: [
      {
        title: {
          es: 'Solicitar la concesión a la CONAGUA',
          en: 'Apply to CONAGUA for the concession',
        },
        description: {
          es: 'Se presenta la solicitud con los datos del aprovechamiento (fuente, volumen y uso); la CONAGUA evalúa y, en su caso, emite el título. Requisitos y plazos están por confirmar.',
          en: 'The application is filed with details of the abstraction (source, volume and use); CONAGUA assesses it and, if approved, issues the title. Requirements and times are to be confirmed.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Canal por confirmar con la CONAGUA.',
            en: 'Channel to be confirmed with CONAGUA.',
          },
        },
        office: 'conagua-offices',
        requirements: [
          {
            name: {
              es: 'Datos del aprovechamiento: fuente, volumen y uso del agua',
              en: 'Details of the abstraction: water source, volume and use',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por el trámite de concesión', en: 'Government fee (derechos) for the concession procedure' },
            formula: {
              es: 'Nuestras fuentes no dan el monto; por confirmar.',
              en: 'Our sources do not give the amount; to be confirmed.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 60, max: 365, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo, pero señalan a la CONAGUA entre las dependencias que más retrasan los proyectos; el rango es una estimación prudente.',
            en: 'Our sources give no time, but they name CONAGUA among the agencies that most delay projects; the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'lan' }],
      },
    ],
    caveats: [
      {
        es: 'Requisitos, costo, plazo y artículos de la Ley de Aguas Nacionales están por confirmar con la CONAGUA. Conviene iniciarlo pronto: la CONAGUA figura entre las dependencias que más retrasan proyectos.',
        en: 'Requirements, fee, time and the National Waters Law articles are to be confirmed with CONAGUA. Start early: CONAGUA is named among the agencies that most delay projects.',
      },
    ],
    sources: [
      {
        title: 'Revista Punto de Vista — Activan comités de inversión del Plan México en estados',
        url: 'https://revistapuntodevista.com.mx/san-luis-potosi/activan-comites-de-inversion-del-plan-mexico-en-estados/896637',
      },
      {
        title: 'Columna Digital — Regiones implementarán espacios para atraer inversiones',
        url: 'https://columnadigital.com/regiones-implementaran-espacios-para-atraer-inversiones',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'conagua-discharge-permit',
    slug: 'permiso-descarga-aguas-residuales',
    level: 'federal',
    authority: 'conagua',
    phase: 'construction',
    title: {
      es: 'Permiso de descarga de aguas residuales (CONAGUA)',
      en: 'Wastewater discharge permit (CONAGUA)',
    },
    summary: {
      es: 'Permiso de la Comisión Nacional del Agua, conforme a la Ley de Aguas Nacionales, para descargar aguas residuales en aguas nacionales. Quien descarga a aguas nacionales también informa en la Cédula de Operación Anual (COA). Los detalles del trámite están por confirmar.',
      en: 'Permit from the National Water Commission (CONAGUA), under the National Waters Law, to discharge wastewater into national waters. Companies discharging into national waters also report in the Annual Operating Report (COA). The procedure\'s details are to be confirmed.',
    },
    whoNeedsIt: {
      es: 'Proyectos que descargarán aguas residuales en aguas nacionales (ríos, cuerpos de agua o el subsuelo). Ventanilla lo muestra a todo proyecto que declara uso de agua porque el perfil no distingue las descargas; confirme si le aplica.',
      en: 'Projects that will discharge wastewater into national waters (rivers, water bodies or the subsoil). Ventanilla shows it to every project that declares water use because the profile does not record discharges; confirm whether it applies to you.',
    },
    appliesWhen: { fact: 'waterUse', op: 'eq', value: true },
    outputs: [
      {
        es: 'Permiso de descarga de aguas residuales',
        en: 'Wastewater discharge permit',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'lan' }],
    steps: [
      {
        title: {
          es: 'Solicitar el permiso de descarga a la CONAGUA',
          en: 'Apply to CONAGUA for the discharge permit',
        },
        description: {
          es: 'Se presenta la solicitud con los datos de la descarga (punto, volumen y calidad del agua); la CONAGUA evalúa y, en su caso, emite el permiso. Requisitos y plazos están por confirmar.',
          en: 'The application is filed with details of the discharge (point, volume and water quality); CONAGUA assesses it and, if approved, issues the permit. Requirements and times are to be confirmed.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Canal por confirmar con la CONAGUA.',
            en: 'Channel to be confirmed with CONAGUA.',
          },
        },
        office: 'conagua-offices',
        requirements: [
          {
            name: {
              es: 'Datos de la descarga: punto, volumen y calidad del agua residual',
              en: 'Details of the discharge: point, volume and wastewater quality',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por el trámite del permiso', en: 'Government fee (derechos) for the permit procedure' },
            formula: {
              es: 'Nuestras fuentes no dan el monto; por confirmar.',
              en: 'Our sources do not give the amount; to be confirmed.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 60, max: 365, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo, pero señalan a la CONAGUA entre las dependencias que más retrasan los proyectos; el rango es una estimación prudente.',
            en: 'Our sources give no time, but they name CONAGUA among the agencies that most delay projects; the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'lan' }],
      },
    ],
    caveats: [
      {
        es: 'Requisitos, costo, plazo y artículos de la Ley de Aguas Nacionales están por confirmar con la CONAGUA.',
        en: 'Requirements, fee, time and the National Waters Law articles are to be confirmed with CONAGUA.',
      },
      {
        es: 'Las descargas al alcantarillado municipal pueden regirse por normas locales en lugar de este permiso; por confirmar.',
        en: 'Discharges into the municipal sewer may fall under local rules instead of this permit; to be confirmed.',
      },
    ],
    sources: [
      {
        title: 'Revista Punto de Vista — Activan comités de inversión del Plan México en estados',
        url: 'https://revistapuntodevista.com.mx/san-luis-potosi/activan-comites-de-inversion-del-plan-mexico-en-estados/896637',
      },
      {
        title: 'Presentación SEMARNAT (Scribd)',
        url: 'https://es.scribd.com/presentation/483649380/SEMARNAT',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'se-nom-certification',
    slug: 'certificacion-nom-producto',
    level: 'federal',
    authority: 'se-dgn',
    phase: 'operation',
    title: {
      es: 'Certificación de producto conforme a Normas Oficiales Mexicanas (NOM)',
      en: 'Product certification against Mexican Official Standards (Normas Oficiales Mexicanas, NOM)',
    },
    summary: {
      es: 'Los productos regulados (por ejemplo eléctricos y electrónicos, y los sujetos a normas de etiquetado) deben cumplir las NOM que les apliquen. La Dirección General de Normas de la Secretaría de Economía y los organismos de evaluación de la conformidad intervienen en la certificación.',
      en: 'Regulated products (for example electrical and electronic goods, and those subject to labelling standards) must meet the NOMs that apply to them. The Secretaría de Economía\'s Directorate-General of Standards (DGN) and conformity-assessment bodies take part in certification.',
    },
    whoNeedsIt: {
      es: 'Fabricantes de productos regulados por una NOM. Ventanilla lo muestra a los fabricantes de equipo electrónico (SCIAN 334), de equipo eléctrico (335) y de automóviles y camiones (3361), pero depende del producto concreto: confirme qué NOM le aplican.',
      en: 'Manufacturers of products covered by a NOM. Ventanilla shows it to makers of electronic equipment (SCIAN 334), electrical equipment (335) and cars and trucks (3361), but it depends on the specific product: confirm which NOMs apply to you.',
    },
    appliesWhen: { scianIn: ['334', '335', '3361'] },
    sectors: ['334', '335', '3361'],
    outputs: [
      {
        es: 'Certificado de cumplimiento de la NOM aplicable',
        en: 'Certificate of compliance with the applicable NOM',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'lic', unverified: true }],
    steps: [
      {
        title: {
          es: 'Solicitar la certificación a un organismo de evaluación de la conformidad',
          en: 'Apply for certification to a conformity-assessment body',
        },
        description: {
          es: 'Primero se identifican las NOM que aplican al producto; después se pide la certificación a un organismo de evaluación de la conformidad, que evalúa el producto y, si cumple, emite el certificado.',
          en: 'First identify the NOMs that apply to the product; then ask a conformity-assessment body for certification. It assesses the product and, if it complies, issues the certificate.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Según el organismo de evaluación de la conformidad elegido; por confirmar.',
            en: 'Depends on the conformity-assessment body chosen; to be confirmed.',
          },
        },
        requirements: [
          {
            name: {
              es: 'Información técnica del producto y, en su caso, informes de pruebas',
              en: 'Technical information on the product and, where required, test reports',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Tarifa de certificación y pruebas', en: 'Certification and testing fees' },
            formula: {
              es: 'Depende del producto, de la NOM y del organismo; nuestras fuentes no dan montos.',
              en: 'Depends on the product, the NOM and the body; our sources give no amounts.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 90, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo; el rango es una estimación prudente y varía según el producto y el organismo.',
            en: 'Our sources do not give the time; the range is a cautious estimate and varies with the product and the body.',
          },
        },
        legalBasis: [{ law: 'lic', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'Qué NOM aplican depende del producto. La base legal (Ley de Infraestructura de la Calidad, 2020), los costos y los plazos están por confirmar; nuestras fuentes no describen este trámite en detalle.',
        en: 'Which NOMs apply depends on the product. The legal basis (Quality Infrastructure Law, Ley de Infraestructura de la Calidad, 2020), fees and times are to be confirmed; our sources do not describe this procedure in detail.',
      },
      {
        es: 'Los importadores de productos regulados también pueden tener que acreditar el cumplimiento de NOM; por confirmar.',
        en: 'Importers of regulated products may also have to show NOM compliance; to be confirmed.',
      },
    ],
    sources: [
      {
        title: 'Secretaría de Economía — Manual de trámites para invertir en México (índice)',
        url: 'https://es.scribd.com/document/457645371/Manual-de-Tr-Mites-Para-Invertir-en-M-Xico',
      },
    ],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'impi-trademark',
    slug: 'registro-marca-impi',
    level: 'federal',
    authority: 'impi',
    phase: 'operation',
    title: {
      es: 'Registro de marca ante el IMPI (opcional)',
      en: 'Trademark registration with IMPI (optional)',
    },
    summary: {
      es: 'Registro opcional, pero recomendable, de la marca de la empresa o de sus productos ante el Instituto Mexicano de la Propiedad Industrial (IMPI).',
      en: 'Optional but recommended registration of the company\'s or its products\' trademark with the Mexican Institute of Industrial Property (IMPI).',
    },
    whoNeedsIt: {
      es: 'Cualquier inversionista que use una marca en México. No es obligatorio para operar; es recomendable para proteger la marca.',
      en: 'Any investor who uses a brand in Mexico. It is not required to operate; it is recommended to protect the brand.',
    },
    appliesWhen: { always: true },
    outputs: [
      {
        es: 'Título de registro de marca',
        en: 'Trademark registration certificate',
      },
    ],
    legalBasis: [{ law: 'lfppi', unverified: true }],
    steps: [
      {
        title: {
          es: 'Presentar la solicitud de registro de marca al IMPI',
          en: 'File the trademark application with IMPI',
        },
        description: {
          es: 'Se presenta la solicitud con la marca y los productos o servicios que distinguirá; el IMPI la examina y, si procede, otorga el registro. Requisitos, tarifas y plazos están por confirmar.',
          en: 'The application is filed with the mark and the goods or services it will identify; IMPI examines it and, if it qualifies, grants the registration. Requirements, fees and times are to be confirmed.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Canal por confirmar con el IMPI.',
            en: 'Channel to be confirmed with IMPI.',
          },
        },
        office: 'impi-offices',
        requirements: [
          {
            name: {
              es: 'La marca y la lista de productos o servicios que distinguirá',
              en: 'The mark and the list of goods or services it will identify',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Tarifa del IMPI por la solicitud', en: 'IMPI application fee' },
            formula: {
              es: 'Nuestras fuentes no dan el monto; por confirmar en la tarifa vigente del IMPI.',
              en: 'Our sources do not give the amount; to be confirmed in IMPI\'s current fee schedule.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 120, max: 365, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'Nuestras fuentes no dan el plazo; el rango es una estimación prudente.',
            en: 'Our sources do not give the time; the range is a cautious estimate.',
          },
        },
        legalBasis: [{ law: 'lfppi', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'Trámite opcional: no se necesita para constituir ni operar la empresa. La base legal (Ley Federal de Protección a la Propiedad Industrial), los costos, los plazos y la vigencia del registro están por confirmar.',
        en: 'Optional procedure: it is not needed to form or run the company. The legal basis (Federal Law for the Protection of Industrial Property), fees, times and the registration\'s term are to be confirmed.',
      },
    ],
    sources: [
      {
        title: 'Holland & Knight — Mexico launches business center to attract and promote foreign investment',
        url: 'https://www.power-linking-profits.com/mexico-launches-business-center-to-attract-and-promote-foreign-investment-holland-knight-llp/',
      },
      {
        title: 'Secretaría de Economía — Manual de trámites para invertir en México (índice)',
        url: 'https://es.scribd.com/document/457645371/Manual-de-Tr-Mites-Para-Invertir-en-M-Xico',
      },
    ],
    verifiedOn: '2026-11-28',
  },
];
