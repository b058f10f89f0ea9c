import type { ProcedureInput } from '../../schema.ts';
import { customsPetition, nothingToWait } from './common.ts';

/**
 * Foreign-trade and workplace duties an operating plant meets after its permits (issue 10, items 9–11;
 * catalogue-audit-2026-12.md section 3): OEA certification, the PROSEC annual report, the electronic
 * file of every import declaration, and the STPS workplace-safety standards.
 *
 * Read on 2026-12-04 in the Cámara de Diputados consolidated texts: Ley Aduanera (reform DOF
 * 19-11-2025), Ley Federal de Derechos (2026 amounts, RMF DOF 28-12-2025), Ley Federal del Trabajo;
 * and the NOM texts as published in the DOF.
 */

const SRC_LA = { title: 'Cámara de Diputados — Ley Aduanera (última reforma DOF 19-11-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LAdua.pdf' };
const SRC_LFD = { title: 'Cámara de Diputados — Ley Federal de Derechos (cuotas 2026)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' };
const SRC_LFT = { title: 'Cámara de Diputados — Ley Federal del Trabajo', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFT.pdf' };

export const procedures: ProcedureInput[] = [
  {
    id: 'sat-oea-certification',
    slug: 'operador-economico-autorizado',
    level: 'federal',
    authority: 'sat',
    phase: 'operation',
    title: {
      es: 'Certificación como Operador Económico Autorizado (OEA)',
      en: 'Authorised Economic Operator (OEA) certification',
    },
    summary: {
      es: 'Inscripción en el registro de empresas certificadas del SAT en la modalidad de operador económico autorizado (Ley Aduanera, art. 100-A), el equivalente mexicano del CTPAT estadounidense. Da facilidades en el despacho (art. 100-B). Se paga un derecho anual y se renueva en los plazos que fijan las reglas.',
      en: 'Registration in SAT’s certified-companies register as an authorised economic operator (Customs Law, Art. 100-A), Mexico’s counterpart of the US CTPAT. It brings clearance facilities (Art. 100-B). An annual fee is paid and the registration is renewed as the rules set out.',
    },
    whoNeedsIt: {
      es: 'Importadores y exportadores constituidos en México que quieran las facilidades del registro de empresas certificadas. La ley dice que el SAT «podrá autorizar» la inscripción a quien la solicite: no es obligatoria.',
      en: 'Importers and exporters incorporated in Mexico that want the facilities of the certified-companies register. The law says SAT “may authorise” registration for those who apply: it is not compulsory.',
    },
    appliesWhen: {
      any: [
        { fact: 'imports', op: 'eq', value: true },
        { fact: 'exports', op: 'eq', value: true },
        { fact: 'temporaryImports', op: 'eq', value: true },
      ],
    },
    optional: {
      reason: {
        es: 'Voluntaria: el art. 100-A de la Ley Aduanera permite, no obliga, la inscripción; conviene a quien opera volúmenes que justifican el derecho anual.',
        en: 'Voluntary: Customs Law Art. 100-A allows registration but does not require it; worth it for companies whose volumes justify the annual fee.',
      },
    },
    outputs: [
      { es: 'Inscripción en el registro de empresas certificadas, modalidad operador económico autorizado', en: 'Registration in the certified-companies register, authorised economic operator modality' },
    ],
    prerequisites: ['sat-importers-register', 'sat-compliance-opinion'],
    legalBasis: [
      { law: 'la', article: '100-A' },
      { law: 'la', article: '100-B' },
      { law: 'lfd', article: '40, inciso m)' },
      { law: 'rgce' },
    ],
    steps: [
      {
        title: { es: 'Reunir los requisitos del art. 100-A', en: 'Meet the requirements of Art. 100-A' },
        description: {
          es: 'La empresa debe estar constituida conforme a la ley mexicana, al corriente en sus obligaciones fiscales, demostrar su cumplimiento aduanero, designar a las empresas transportistas autorizadas, no tener socios condenados por delitos que ameriten pena corporal ni sanciones por importar o exportar, y cumplir los estándares mínimos de seguridad que fijan las reglas.',
          en: 'The company must be incorporated under Mexican law, up to date with its tax obligations, show its customs compliance, name the authorised carriers, have no shareholder convicted of an offence punishable by prison and no penalties for importing or exporting, and meet the minimum security standards set by the rules.',
        },
        channel: { kind: 'online', note: { es: 'Preparación a cargo de la empresa.', en: 'Prepared by the company.' } },
        requirements: [
          { name: { es: 'Opinión de cumplimiento de obligaciones fiscales positiva', en: 'Positive tax-compliance opinion' }, producedBy: 'sat-compliance-opinion', legalBasis: [{ law: 'la', article: '100-A, fr. II' }] },
          { name: { es: 'Inscripción en el Padrón de Importadores', en: 'Registration in the importers’ register' }, producedBy: 'sat-importers-register', appliesWhen: { any: [{ fact: 'imports', op: 'eq', value: true }, { fact: 'temporaryImports', op: 'eq', value: true }] } },
          { name: { es: 'Relación de empresas transportistas autorizadas (denominación y RFC)', en: 'List of authorised carriers (name and RFC)' }, legalBasis: [{ law: 'la', article: '100-A, fr. VI' }] },
          {
            name: { es: 'Perfil de seguridad conforme a las reglas del SAT', en: 'Security profile under SAT’s rules' },
            legalBasis: [{ law: 'la', article: '100-A, fr. IX' }, { law: 'rgce' }],
            unverified: true,
            note: { es: 'Su contenido lo fijan las Reglas Generales de Comercio Exterior; no se revisó aquí.', en: 'Its content is set by the General Foreign Trade Rules; not reviewed here.' },
          },
        ],
        costs: [{ kind: 'free', note: { es: 'Sin cobro oficial en esta preparación.', en: 'No government fee for this preparation.' } }],
        timeframe: nothingToWait('No interviene la autoridad; el tiempo depende de la empresa.', 'No authority is involved; the time depends on the company.'),
        legalBasis: [{ law: 'la', article: '100-A' }],
      },
      {
        title: { es: 'Solicitar la inscripción al SAT y pagar el derecho', en: 'Apply to SAT and pay the fee' },
        description: {
          es: 'La solicitud se presenta al SAT con la documentación que fijan las reglas. El derecho por la inscripción en el registro de empresas certificadas se paga cada año.',
          en: 'The application is filed with SAT with the documents the rules require. The fee for registration in the certified-companies register is paid every year.',
        },
        channel: { kind: 'online', note: { es: 'Medio de presentación según las Reglas Generales de Comercio Exterior vigentes.', en: 'Filing channel as set by the current General Foreign Trade Rules.' } },
        requirements: [{ name: { es: 'e.firma de la empresa', en: 'Company e.firma' }, producedBy: 'sat-efirma-company' }],
        costs: [
          {
            kind: 'fixed',
            concept: { es: 'Derecho por la inscripción en el registro de empresas certificadas (se paga anualmente)', en: 'Fee for registration in the certified-companies register (paid every year)' },
            amountMXN: 40267.06,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '40, inciso m)' }],
          },
        ],
        // LA art. 100-A (read 2026-12-04): 180 calendar days with positive silence only for renewals.
        timeframe: customsPetition(
          'El art. 100-A fija 180 días naturales, con resolución favorable si no se notifica, solo para la renovación; para la primera solicitud remite a las reglas (RGCE, título 7), que no leímos y que podrían fijar un plazo más corto.',
          'Art. 100-A sets 180 calendar days, with approval if no decision is notified, only for renewals; for a first application it defers to the rules (RGCE, title 7), which we did not read and which may set a shorter term.',
        ),
        legalBasis: [{ law: 'la', article: '100-A' }, { law: 'lfd', article: '40, inciso m)' }],
      },
    ],
    caveats: [
      {
        es: 'La reforma a la Ley Aduanera de DOF 19-11-2025 añadió dos requisitos: ningún socio condenado por delitos que ameriten pena corporal y ninguna sanción administrativa por importar o exportar (art. 100-A, frs. VII y VIII).',
        en: 'The Customs Law reform of DOF 19-11-2025 added two requirements: no shareholder convicted of an offence punishable by prison and no administrative penalty for importing or exporting (Art. 100-A, frs. VII and VIII).',
      },
      {
        es: 'Si el SAT cancela la inscripción, no puede pedirse otra en los cinco años siguientes (art. 100-A).',
        en: 'If SAT cancels the registration, no new one may be requested for five years (Art. 100-A).',
      },
    ],
    sources: [SRC_LA, SRC_LFD],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'se-prosec-annual-report',
    slug: 'reporte-anual-prosec',
    level: 'federal',
    authority: 'se',
    phase: 'operation',
    title: { es: 'Reporte anual de operaciones PROSEC', en: 'PROSEC annual operations report' },
    summary: {
      es: 'Informe anual que presentan las empresas con programa PROSEC sobre las operaciones del año anterior realizadas al amparo del programa. Sin él, el programa pierde su vigencia.',
      en: 'Yearly report that companies with a PROSEC programme file on the previous year’s operations under the programme. Without it the programme lapses.',
    },
    whoNeedsIt: {
      es: 'Empresas con un programa PROSEC autorizado, cada año.',
      en: 'Companies with an authorised PROSEC programme, every year.',
    },
    appliesWhen: {
      all: [
        { fact: 'imports', op: 'eq', value: true },
        { scianIn: ['31', '32', '33'] },
      ],
    },
    sectors: ['31', '32', '33'],
    recurrence: {
      every: 'year',
      note: { es: 'Sobre el año anterior; fecha límite por confirmar (guías la sitúan al último día hábil de abril).', en: 'On the previous year; deadline to be confirmed (guides place it on the last business day of April).' },
    },
    outputs: [{ es: 'Acuse del reporte anual PROSEC', en: 'Acknowledgement of the PROSEC annual report' }],
    prerequisites: ['se-prosec'],
    legalBasis: [{ law: 'decreto-prosec', unverified: true }],
    steps: [
      {
        title: { es: 'Presentar el reporte anual a la Secretaría de Economía', en: 'File the annual report with the Ministry of Economy' },
        description: {
          es: 'La empresa informa las operaciones del año anterior realizadas con su programa PROSEC, con su e.firma.',
          en: 'The company reports the previous year’s operations under its PROSEC programme, with its e.firma.',
        },
        channel: { kind: 'online', url: 'https://www.ventanillaunica.gob.mx', note: { es: 'Medio de presentación por confirmar.', en: 'Filing channel to be confirmed.' } },
        office: 'vucem',
        requirements: [
          { name: { es: 'Programa PROSEC autorizado', en: 'Authorised PROSEC programme' }, producedBy: 'se-prosec' },
          { name: { es: 'e.firma de la empresa', en: 'Company e.firma' }, producedBy: 'sat-efirma-company' },
        ],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'lfd', article: '62 a 81' }],
            note: {
              es: 'La Ley Federal de Derechos 2026 no fija derecho por este reporte: su capítulo de la Secretaría de Economía (arts. 62 a 81) no cobra por los programas PROSEC ni por sus reportes.',
              en: 'The 2026 Federal Fees Law sets no fee for this report: its chapter on the Ministry of Economy (Arts. 62 to 81) charges nothing for PROSEC programmes or their reports.',
            },
          },
        ],
        timeframe: nothingToWait(
          'Es un informe, no una solicitud: no hay resolución que esperar. La fecha límite anual y el artículo del Decreto PROSEC que la fija (art. 8, según guías) están por confirmar en el texto oficial.',
          'It is a report, not an application: there is no decision to wait for. The yearly deadline and the article of the PROSEC Decree that sets it (Art. 8, according to guides) are to be confirmed in the official text.',
        ),
        legalBasis: [{ law: 'decreto-prosec', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar en el Decreto PROSEC vigente: el artículo, la fecha límite, el medio de presentación y la consecuencia exacta de no presentarlo. Presentarlo no cuesta: la Ley Federal de Derechos no fija derecho por él.',
        en: 'To be confirmed in the PROSEC Decree in force: the article, the deadline, the filing channel and the exact consequence of not filing. Filing it is free: the Federal Fees Law sets no fee for it.',
      },
    ],
    sources: [
      { title: 'DOF 02-08-2002 — edición en que se publicó el Decreto por el que se establecen diversos Programas de Promoción Sectorial', url: 'https://www.dof.gob.mx/index.php?year=2002&month=08&day=02' },
      { title: 'Ventanilla Digital Mexicana de Comercio Exterior (VUCEM)', url: 'https://www.ventanillaunica.gob.mx' },
      SRC_LFD,
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'import-electronic-file',
    slug: 'expediente-electronico-pedimento',
    level: 'federal',
    authority: 'anam',
    phase: 'operation',
    title: {
      es: 'Expediente electrónico de cada pedimento',
      en: 'Electronic file for every customs declaration (pedimento)',
    },
    summary: {
      es: 'Desde la reforma a la Ley Aduanera de DOF 19-11-2025, quien importa o exporta forma un expediente electrónico por cada pedimento, aviso consolidado o documento aduanero: el pedimento tal como se transmitió, sus anexos y acuses, y los documentos que acreditan los recursos de la operación (CFDI, facturas, pagos, fletes y seguros, contratos, la garantía). Se conserva como parte de la contabilidad y se entrega a la autoridad aduanera cuando lo pide.',
      en: 'Since the Customs Law reform of DOF 19-11-2025, whoever imports or exports keeps an electronic file for every customs declaration (pedimento), consolidated notice or customs document: the declaration as transmitted, its annexes and acknowledgements, and the documents that show the resources used in the operation (e-invoices, commercial invoices, payments, freight and insurance, contracts, the guarantee). It is kept as part of the accounting records and handed to the customs authority on request.',
    },
    whoNeedsIt: {
      es: 'Toda empresa que importa o exporta, por cada operación. No aplica a pasajeros, mensajería y paquetería ni vía postal despachados por los procedimientos de los arts. 88 y 88 bis.',
      en: 'Every company that imports or exports, for every operation. It does not apply to passengers, courier and parcel services or post cleared under the procedures of Arts. 88 and 88 bis.',
    },
    appliesWhen: {
      any: [
        { fact: 'imports', op: 'eq', value: true },
        { fact: 'exports', op: 'eq', value: true },
        { fact: 'temporaryImports', op: 'eq', value: true },
      ],
    },
    outputs: [{ es: 'Expediente electrónico completo de cada pedimento', en: 'Complete electronic file for each customs declaration' }],
    prerequisites: ['sat-customs-broker-appointment'],
    legalBasis: [
      { law: 'la', article: '59, fr. V' },
      { law: 'la', article: '59, fr. III' },
      { law: 'la', article: '59-A' },
      { law: 'cff', article: '30' },
    ],
    steps: [
      {
        title: { es: 'Formar el expediente de cada pedimento', en: 'Build the file for each declaration' },
        description: {
          es: 'Por cada operación se integra, en formato electrónico: el pedimento en el formato en que se transmitió, sus anexos y acuses electrónicos; la manifestación de valor; y la documentación de los recursos empleados: la garantía del art. 36-A, fr. I, inciso e), los CFDI, las facturas comerciales, las transferencias o cartas de crédito, los gastos de transporte, seguros y servicios conexos, los contratos y la documentación de los conceptos que se suman o no al valor de transacción (arts. 65 y 66).',
          en: 'For every operation the company assembles, electronically: the declaration in the format transmitted, its annexes and electronic acknowledgements; the value declaration; and the documents for the resources used: the guarantee of Art. 36-A, fr. I(e), the e-invoices (CFDI), the commercial invoices, the wire transfers or letters of credit, transport, insurance and related costs, the contracts and the documents for the items added to or excluded from the transaction value (Arts. 65 and 66).',
        },
        channel: { kind: 'online', note: { es: 'Lo lleva la propia empresa (con su agente aduanal); no se presenta en una ventanilla.', en: 'Kept by the company itself (with its customs broker); nothing is filed at a window.' } },
        requirements: [
          { name: { es: 'Pedimento transmitido, con anexos y acuses', en: 'Transmitted declaration, with annexes and acknowledgements' }, legalBasis: [{ law: 'la', article: '59, fr. V' }] },
          { name: { es: 'Manifestación de valor y su documentación de soporte', en: 'Value declaration and its supporting documents' }, legalBasis: [{ law: 'la', article: '59, fr. III' }] },
          { name: { es: 'CFDI, facturas comerciales, comprobantes de pago, fletes, seguros y contratos de la operación', en: 'E-invoices, commercial invoices, proof of payment, freight, insurance and contracts of the operation' }, legalBasis: [{ law: 'la', article: '59, fr. V, incisos b) a g)' }] },
          { name: { es: 'Encargo conferido al agente aduanal', en: 'Customs broker appointment' }, producedBy: 'sat-customs-broker-appointment' },
        ],
        costs: [{ kind: 'free', legalBasis: [{ law: 'la', article: '59, fr. V' }], note: { es: 'Obligación de conservar documentos: no hay pago de derechos.', en: 'A record-keeping duty: no government fee.' } }],
        timeframe: nothingToWait(
          'Se forma con cada operación; no hay resolución que esperar.',
          'Built with each operation; there is no decision to wait for.',
        ),
        legalBasis: [{ law: 'la', article: '59, fr. V' }],
      },
      {
        title: { es: 'Conservarlo y entregarlo a la autoridad aduanera si lo pide', en: 'Keep it and hand it to the customs authority on request' },
        description: {
          es: 'El expediente se conserva como parte de la contabilidad durante los plazos del Código Fiscal de la Federación (art. 30) y se entrega a la autoridad aduanera cuando lo requiera.',
          en: 'The file is kept as part of the accounting records for the periods of the Federal Tax Code (Art. 30) and handed to the customs authority whenever it asks.',
        },
        channel: { kind: 'online', note: { es: 'Entrega en documento digital cuando la autoridad lo requiere.', en: 'Delivered as a digital document when the authority asks.' } },
        requirements: [],
        costs: [{ kind: 'free', legalBasis: [{ law: 'la', article: '59, fr. V' }] }],
        timeframe: nothingToWait('Plazo de entrega: el que fije el requerimiento de la autoridad.', 'Delivery time: the one set in the authority’s request.'),
        legalBasis: [{ law: 'la', article: '59, fr. V' }, { law: 'cff', article: '30' }],
      },
    ],
    caveats: [
      {
        es: 'La ley remite a reglas del SAT para otros documentos que deban integrarse (art. 59, fr. V, inciso h); revise las Reglas Generales de Comercio Exterior vigentes.',
        en: 'The law leaves further documents to SAT rules (Art. 59, fr. V(h)); check the General Foreign Trade Rules in force.',
      },
      {
        es: 'La Ley Aduanera habla de «autoridad aduanera»; desde 2022 esa función la ejerce la Agencia Nacional de Aduanas de México (ANAM).',
        en: 'The Customs Law speaks of “the customs authority”; since 2022 that role has been exercised by the National Customs Agency of Mexico (ANAM).',
      },
    ],
    sources: [SRC_LA],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'stps-workplace-safety-noms',
    slug: 'normas-seguridad-salud-trabajo',
    level: 'federal',
    authority: 'stps',
    phase: 'operation',
    title: {
      es: 'Cumplimiento de las normas de seguridad y salud en el trabajo (NOM-030, NOM-019 y NOM-035 de la STPS)',
      en: 'Compliance with the workplace safety and health standards (STPS NOM-030, NOM-019 and NOM-035)',
    },
    summary: {
      es: 'Todo patrón debe cumplir las normas oficiales mexicanas de seguridad y salud en el trabajo (LFT art. 132, frs. XVI y XVII). Tres aplican a todo centro de trabajo: servicios preventivos con un responsable, diagnóstico y programa (NOM-030-STPS-2009); comisión de seguridad e higiene paritaria (NOM-019-STPS-2011; LFT art. 509); y prevención de los factores de riesgo psicosocial (NOM-035-STPS-2018). No se tramitan: la STPS las vigila en sus inspecciones.',
      en: 'Every employer must comply with the official workplace safety and health standards (Federal Labour Law Art. 132, frs. XVI and XVII). Three apply to every workplace: preventive services with a person in charge, a diagnosis and a programme (NOM-030-STPS-2009); a joint safety and hygiene committee (NOM-019-STPS-2011; Labour Law Art. 509); and prevention of psychosocial risk factors (NOM-035-STPS-2018). Nothing is filed: STPS checks them in its inspections.',
    },
    whoNeedsIt: {
      es: 'Toda empresa con trabajadores, desde el primero. La NOM-035 escala sus obligaciones con la plantilla: hasta 15, 16 a 50 y más de 50 trabajadores.',
      en: 'Every company with employees, from the first one. NOM-035 scales its duties with headcount: up to 15, 16 to 50 and over 50 workers.',
    },
    appliesWhen: { fact: 'employees', op: 'gt', value: 0 },
    outputs: [
      { es: 'Responsable, diagnóstico y programa de seguridad y salud en el trabajo', en: 'Safety and health officer, diagnosis and programme' },
      { es: 'Acta de constitución de la comisión de seguridad e higiene', en: 'Minutes setting up the safety and hygiene committee' },
      { es: 'Política de prevención de riesgos psicosociales y, según la plantilla, su evaluación', en: 'Psychosocial risk prevention policy and, depending on headcount, its assessment' },
    ],
    prerequisites: ['imss-employer-registration'],
    legalBasis: [
      { law: 'lft', article: '132, frs. XVI y XVII' },
      { law: 'lft', article: '509' },
      { law: 'lft', article: '994, fr. V' },
      { law: 'nom-030-stps' },
      { law: 'nom-019-stps' },
      { law: 'nom-035-stps' },
    ],
    steps: [
      {
        title: { es: 'Organizar los servicios preventivos (NOM-030)', en: 'Set up preventive services (NOM-030)' },
        description: {
          es: 'Designar un responsable de seguridad y salud en el trabajo, hacer el diagnóstico de las condiciones del centro de trabajo y, con base en él, un programa (o relación de acciones) de seguridad y salud.',
          en: 'Appoint a person in charge of occupational safety and health, diagnose the workplace’s conditions and, from it, draw up a safety and health programme (or list of actions).',
        },
        channel: { kind: 'in-person', note: { es: 'Se hace en la empresa; no se presenta ante la autoridad.', en: 'Done within the company; nothing is filed.' } },
        requirements: [],
        costs: [{ kind: 'free', legalBasis: [{ law: 'nom-030-stps' }], note: { es: 'Sin pago de derechos; los honorarios de asesores o unidades de verificación, si se contratan, son privados.', en: 'No government fee; fees of advisers or verification units, if hired, are private.' } }],
        timeframe: nothingToWait('Obligación del patrón desde que tiene trabajadores; no hay resolución que esperar.', 'The employer’s duty from the first worker; there is no decision to wait for.'),
        legalBasis: [{ law: 'nom-030-stps' }, { law: 'lft', article: '132, fr. XVII' }],
      },
      {
        title: { es: 'Constituir la comisión de seguridad e higiene (NOM-019)', en: 'Set up the safety and hygiene committee (NOM-019)' },
        description: {
          es: 'Formar la comisión con igual número de representantes de los trabajadores y del patrón, para investigar las causas de accidentes y enfermedades, proponer medidas y vigilar que se cumplan; sus integrantes la desempeñan gratuitamente en horas de trabajo (LFT arts. 509 y 510).',
          en: 'Form the committee with equal numbers of worker and employer representatives, to investigate the causes of accidents and illnesses, propose measures and check they are applied; members serve unpaid during working hours (Labour Law Arts. 509 and 510).',
        },
        channel: { kind: 'in-person', note: { es: 'Se levanta un acta en la empresa; no se registra ante la STPS.', en: 'Minutes are drawn up within the company; nothing is registered with STPS.' } },
        requirements: [],
        costs: [{ kind: 'free', legalBasis: [{ law: 'lft', article: '510' }] }],
        timeframe: nothingToWait(
          'Sin resolución de la autoridad. El plazo para constituirla tras el inicio de actividades lo fija la NOM-019; consúltelo en el texto publicado en el DOF.',
          'No decision by the authority. The time to set it up after operations start is set by NOM-019; see the text published in the DOF.',
        ),
        legalBasis: [{ law: 'lft', article: '509' }, { law: 'nom-019-stps' }],
      },
      {
        title: { es: 'Prevenir los factores de riesgo psicosocial (NOM-035)', en: 'Prevent psychosocial risk factors (NOM-035)' },
        description: {
          es: 'Todo centro de trabajo establece y difunde una política de prevención de riesgos psicosociales y adopta medidas; con 16 a 50 trabajadores además identifica y analiza los factores de riesgo psicosocial; con más de 50, además evalúa el entorno organizacional.',
          en: 'Every workplace adopts and publicises a psychosocial risk prevention policy and takes measures; with 16 to 50 workers it also identifies and analyses psychosocial risk factors; with more than 50 it also assesses the organisational environment.',
        },
        channel: { kind: 'in-person', note: { es: 'Se hace en la empresa; no se presenta ante la autoridad.', en: 'Done within the company; nothing is filed.' } },
        requirements: [],
        costs: [{ kind: 'free', legalBasis: [{ law: 'nom-035-stps' }] }],
        timeframe: nothingToWait('Obligación continua; no hay resolución que esperar.', 'An ongoing duty; there is no decision to wait for.'),
        legalBasis: [{ law: 'nom-035-stps', article: '2' }],
      },
    ],
    caveats: [
      {
        es: 'No observar las normas de seguridad e higiene se multa con 250 a 5,000 UMA (LFT art. 994, fr. V), es decir, MXN 29,327.50 a 586,550 con la UMA 2026 (MXN 117.31).',
        en: 'Failing to observe the safety and hygiene standards is fined 250 to 5,000 UMA (Labour Law Art. 994, fr. V), that is MXN 29,327.50 to 586,550 at the 2026 UMA (MXN 117.31).',
      },
      {
        es: 'Según la actividad aplican otras NOM de la STPS (por ejemplo, sobre maquinaria, sustancias químicas, ruido o protección contra incendios); estas tres son las que aplican a todo centro de trabajo.',
        en: 'Depending on the activity, other STPS standards apply (for example on machinery, chemicals, noise or fire protection); these three are the ones that apply to every workplace.',
      },
    ],
    sources: [
      SRC_LFT,
      { title: 'DOF 23-10-2018 — NOM-035-STPS-2018, Factores de riesgo psicosocial en el trabajo', url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5541828&fecha=23/10/2018' },
      { title: 'DOF 13-04-2011 — edición en que se publicó la NOM-019-STPS-2011', url: 'https://www.dof.gob.mx/index.php?year=2011&month=04&day=13' },
      { title: 'DOF 22-12-2009 — edición en que se publicó la NOM-030-STPS-2009', url: 'https://www.dof.gob.mx/index.php?year=2009&month=12&day=22' },
    ],
    verifiedOn: '2026-12-04',
  },
];
