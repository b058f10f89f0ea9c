/**
 * Sector guides: the SCIAN 2023 classes a sector covers and the procedures it
 * triggers, in the order an investor meets them (constitution → construction →
 * operation). The roadmap engine still filters each procedure by its own
 * `appliesWhen`; a sector list is the typical path, not a promise that every
 * step applies to every project.
 *
 * Sources: /work/shared/reference/mexico-investment-facts.md (§1.1 priority sectors,
 * §2 procedures, §5.2 SCIAN classes) and /work/shared/reference/ley-inversion-extranjera-verified.md
 * (LIE Arts. 5–9, current text, última reforma DOF 27-05-2024). Every SCIAN code is a
 * 'clase' row of scian2023_codes.csv.
 */
import type { z } from 'zod';
import type { Sector } from '../schema.ts';

/** Setting up a Mexican company with foreign capital (everyone). */
const CONSTITUTION = [
  'se-company-name',
  'incorporation-deed',
  'se-company-name-notice',
  'rpc-registration',
  'sat-rfc-company',
  'sat-efirma-company',
  'sat-csd',
  'sat-compliance-opinion',
  'rnie-registration',
];

/** Building or adapting a plant on owned land. */
const SITE = ['state-property-registration', 'mun-land-use', 'mun-alignment-number'];
const BUILD = ['mun-construction-licence', 'mun-water-sewer-connection', 'mun-occupancy', 'mun-property-tax'];

/** Opening the site. */
const OPEN = ['civil-protection', 'mun-operating-licence', 'mun-signage-permit'];

/** Hiring staff, including foreign staff. */
const EMPLOYER = [
  'imss-employer-registration',
  'imss-worker-enrolment',
  'infonavit-registration',
  'state-payroll-tax',
  'inm-employer-certificate',
  'inm-work-visa',
];

/** Importing inputs and machinery for export manufacturing. */
const EXPORT_MANUFACTURING = [
  'sat-customs-broker-appointment',
  'sat-importers-register',
  'se-immex',
  'sat-vat-ieps-certification',
  'se-prosec',
];

/** Ongoing foreign-investment reporting. */
const RNIE_REPORTING = ['rnie-quarterly-notice', 'rnie-annual-report'];

export const sectors: z.input<typeof Sector>[] = [
  // ── The five priority sectors named by the Secretaría de Economía ───────
  {
    slug: 'semiconductors',
    title: { es: 'Semiconductores y componentes electrónicos', en: 'Semiconductors and electronic components' },
    summary: {
      es: 'Fabricación de semiconductores y demás componentes electrónicos, uno de los cinco sectores prioritarios que la Secretaría de Economía señaló para la Ventanilla Única para Inversionistas. La inversión extranjera puede ser del 100%; para una planta de exportación el camino habitual combina IMMEX, la certificación de IVA e IEPS y PROSEC con los permisos locales de construcción y operación.',
      en: 'Manufacture of semiconductors and other electronic components, one of the five priority sectors the Secretaría de Economía named for the One-Stop Shop for Investors. Foreign investment may be 100%; for an export plant the usual path combines IMMEX, VAT/IEPS certification and PROSEC with the local construction and operating permits.',
    },
    priority: true,
    scian: ['334410'],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      ...SITE,
      ...BUILD,
      ...OPEN,
      'state-environmental-licence',
      'semarnat-hazardous-waste-generator',
      'conagua-water-concession',
      'conagua-discharge-permit',
      'cne-generation-permit',
      ...EMPLOYER,
      ...EXPORT_MANUFACTURING,
      'se-immex-annual-report',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'En el SCIAN 2023 todos los componentes electrónicos, semiconductores incluidos, están en una sola clase (334410); el NAICS de Estados Unidos la divide en 334412–334419. No use los códigos estadounidenses.',
        en: 'In SCIAN 2023 all electronic components, semiconductors included, are in one class (334410); US NAICS splits it into 334412–334419. Do not use the US codes.',
      },
      {
        es: 'Sin límite de inversión extranjera (LIE art. 4); la sociedad debe inscribirse en el RNIE dentro de 40 días hábiles.',
        en: 'No foreign-investment cap (LIE Art. 4); the company must register with the RNIE within 40 business days.',
      },
      {
        es: 'La electrónica no aparece entre las industrias con fuentes fijas de jurisdicción federal (LGEEPA art. 111-bis), por lo que la licencia de emisiones suele ser estatal; confirme con SEMARNAT y con el estado si algún proceso cae en una industria listada, como la química.',
        en: 'Electronics is not among the industries whose fixed sources are under federal jurisdiction (LGEEPA Art. 111-bis), so the emissions licence is usually a state one; confirm with SEMARNAT and the state whether any process falls in a listed industry, such as chemicals.',
      },
      {
        es: 'La concesión de CONAGUA aplica si la planta extrae aguas nacionales propias, y el permiso de descarga si vierte a aguas nacionales; CONAGUA es de las dependencias que más retrasan proyectos.',
        en: 'The CONAGUA concession applies if the plant abstracts its own national water, and the discharge permit if it discharges to national waters; CONAGUA is among the agencies that most often delay projects.',
      },
      {
        es: 'La generación propia de 0.7 MW o más requiere permiso de la CNE (LSE art. 19; las plantas solo de emergencia no lo requieren). Los proyectos de USD 100 millones o más pueden inscribirse en el RUPI antes de pedir sus autorizaciones.',
        en: 'On-site generation of 0.7 MW or more needs a CNE permit (LSE Art. 19; emergency-only plants need none). Projects of USD 100 million or more may register in the RUPI before applying for their approvals.',
      },
      {
        es: 'PROSEC incluye los sectores eléctrico y electrónico.',
        en: 'PROSEC covers the electrical and electronics sectors.',
      },
    ],
  },
  {
    slug: 'automotive-auto-parts',
    title: { es: 'Automotriz y autopartes', en: 'Automotive and auto parts' },
    summary: {
      es: 'Fabricación de automóviles, camiones, carrocerías y autopartes, uno de los cinco sectores prioritarios de la Secretaría de Economía. Además del camino habitual de exportación (IMMEX, certificación de IVA e IEPS, PROSEC automotriz), la industria automotriz es de jurisdicción federal en emisiones (LAU y COA) y sus importaciones de acero y de bienes automotrices exigen el padrón de sectores específicos.',
      en: 'Manufacture of cars, trucks, bodies and auto parts, one of the five priority sectors of the Secretaría de Economía. Besides the usual export path (IMMEX, VAT/IEPS certification, automotive PROSEC), the automotive industry is under federal jurisdiction for emissions (LAU and COA), and its imports of steel and automotive goods require the sector-specific importers register.',
    },
    priority: true,
    scian: ['336110', '336120', '336210', '336310', '336320', '336330', '336340', '336350', '336360', '336370', '336390', '326192', '333610'],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      ...SITE,
      ...BUILD,
      ...OPEN,
      'semarnat-lau',
      'semarnat-coa',
      'semarnat-hazardous-waste-generator',
      'conagua-water-concession',
      'conagua-discharge-permit',
      'cne-generation-permit',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      'sat-sector-importers-register',
      'se-immex',
      'sat-vat-ieps-certification',
      'se-prosec',
      'se-immex-annual-report',
      ...RNIE_REPORTING,
    ],
    presets: [
      {
        fact: 'federalEmissionSource',
        value: true,
        scianIn: ['3361', '3362', '3363'],
        reason: {
          es: 'La industria automotriz está entre las fuentes fijas de jurisdicción federal (LGEEPA art. 111 Bis): sus plantas necesitan la Licencia Ambiental Única y presentan la Cédula de Operación Anual ante SEMARNAT.',
          en: 'The automotive industry is among the federal-jurisdiction fixed emission sources (LGEEPA Art. 111 Bis): its plants need the Single Environmental Licence and file the Annual Operating Report with SEMARNAT.',
        },
        legalBasis: [{ law: 'lgeepa', article: '111-bis' }],
      },
    ],
    notes: [
      {
        es: 'La industria automotriz está entre las fuentes fijas de jurisdicción federal (LGEEPA art. 111-bis): requiere Licencia Ambiental Única (LAU) y Cédula de Operación Anual (COA) ante SEMARNAT.',
        en: 'The automotive industry is among the federal-jurisdiction fixed sources (LGEEPA Art. 111-bis): it needs a Single Environmental Licence (LAU) and an Annual Operating Report (COA) from SEMARNAT.',
      },
      {
        es: 'El Anexo 10 de las RGCE incluye los sectores automotriz, acero y productos siderúrgicos: importarlos exige el Padrón de Importadores de Sectores Específicos.',
        en: 'Annex 10 of the RGCE includes the automotive, steel and steel-products sectors: importing them requires the Sector-Specific Importers Register.',
      },
      {
        es: 'PROSEC tiene un programa de la industria automotriz y de autopartes. El crédito fiscal de la certificación de IVA e IEPS también cubre el régimen de depósito fiscal automotriz.',
        en: 'PROSEC has an automotive and auto-parts programme. The tax credit of VAT/IEPS certification also covers the automotive bonded-warehouse regime.',
      },
      {
        es: 'La industria automotriz no figura en la lista de obras con MIA federal (LGEEPA art. 28) que recogen nuestras fuentes; confirme si alguna obra del proyecto sí está listada (por ejemplo, siderúrgica o química) o si aplica una evaluación estatal.',
        en: 'The automotive industry is not in the list of works needing a federal MIA (LGEEPA Art. 28) given in our sources; confirm whether any part of the project is listed (for example steel or chemicals) or whether a state assessment applies.',
      },
      {
        es: 'Sin límite de inversión extranjera (LIE art. 4).',
        en: 'No foreign-investment cap (LIE Art. 4).',
      },
    ],
  },
  {
    slug: 'electrical-electronics',
    title: { es: 'Eléctrico y electrónico', en: 'Electrical and electronics' },
    summary: {
      es: 'Fabricación de equipo eléctrico (motores, transformadores, cables, baterías, línea blanca) y de equipo electrónico (computadoras, equipo de comunicación, audio y video), uno de los cinco sectores prioritarios de la Secretaría de Economía. Muchos de estos productos deben certificar su cumplimiento de las Normas Oficiales Mexicanas antes de venderse en México.',
      en: 'Manufacture of electrical equipment (motors, transformers, cables, batteries, household appliances) and electronic equipment (computers, communication, audio and video equipment), one of the five priority sectors of the Secretaría de Economía. Many of these products must be certified against Mexican Official Standards (NOM) before they are sold in Mexico.',
    },
    priority: true,
    scian: ['335311', '335312', '335910', '335920', '335930', '335220', '335999', '334110', '334210', '334220', '334290', '334310'],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      ...SITE,
      ...BUILD,
      ...OPEN,
      'state-environmental-licence',
      'semarnat-hazardous-waste-generator',
      'cne-generation-permit',
      ...EMPLOYER,
      ...EXPORT_MANUFACTURING,
      'se-nom-certification',
      'crt-type-approval',
      'se-immex-annual-report',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'Los productos eléctricos y electrónicos regulados necesitan certificado de NOM (SE, Dirección General de Normas, y organismos de evaluación de la conformidad) para venderse en México, conforme a la Ley de Infraestructura de la Calidad (2020). Los equipos que se conectan a redes o usan radio necesitan además la homologación de la CRT (LMTR art. 271).',
        en: 'Regulated electrical and electronic products need a NOM certificate (SE Directorate-General for Standards and conformity-assessment bodies) to be sold in Mexico, under the Quality Infrastructure Law (2020). Equipment that connects to networks or uses radio also needs CRT type approval (LMTR Art. 271).',
      },
      {
        es: 'PROSEC tiene programas de las industrias eléctrica y electrónica.',
        en: 'PROSEC has electrical and electronics industry programmes.',
      },
      {
        es: 'Sin límite de inversión extranjera (LIE art. 4). La política industrial de 2022 también incluyó el sector eléctrico-electrónico entre sus cinco sectores.',
        en: 'No foreign-investment cap (LIE Art. 4). The 2022 industrial policy also named electrical-electronics among its five sectors.',
      },
    ],
  },
  {
    slug: 'medical-devices-pharma',
    title: { es: 'Dispositivos médicos y farmacéutica', en: 'Medical devices and pharmaceuticals' },
    summary: {
      es: 'Fabricación de equipo y material médico, dental y de laboratorio, artículos oftálmicos, equipo médico electrónico, materias primas farmacéuticas y medicamentos, uno de los cinco sectores prioritarios de la Secretaría de Economía. Lo propio del sector es la COFEPRIS: una fábrica de medicamentos necesita licencia sanitaria; una planta de dispositivos médicos presenta aviso de funcionamiento al menos 30 días antes de operar; y cada producto necesita su registro sanitario, salvo los dispositivos de bajo riesgo exentos.',
      en: 'Manufacture of medical, dental and laboratory equipment and supplies, ophthalmic goods, electronic medical equipment, pharmaceutical raw materials and medicines, one of the five priority sectors of the Secretaría de Economía. What sets the sector apart is COFEPRIS: a medicine plant needs a sanitary licence; a medical-device plant files an operating notice at least 30 days before operating; and each product needs a sanitary registration, except exempt low-risk devices.',
    },
    priority: true,
    scian: ['339111', '339112', '339113', '334519', '325411', '325412'],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      ...SITE,
      'semarnat-mia',
      ...BUILD,
      ...OPEN,
      'cofepris-sanitary-licence',
      'cofepris-operating-notice',
      'cofepris-responsible-person-notice',
      'cofepris-gmp-certificate',
      'cofepris-sanitary-registration',
      'cofepris-medicine-registration',
      'semarnat-lau',
      'semarnat-coa',
      'semarnat-hazardous-waste-generator',
      'conagua-discharge-permit',
      ...EMPLOYER,
      ...EXPORT_MANUFACTURING,
      'sat-sector-importers-register',
      'se-immex-annual-report',
      ...RNIE_REPORTING,
    ],
    presets: [
      {
        fact: 'healthProducts',
        value: true,
        reason: {
          es: 'Los medicamentos y los dispositivos médicos son insumos para la salud que requieren registro sanitario (LGS art. 376); quien los fabrica está bajo control sanitario de la COFEPRIS.',
          en: 'Medicines and medical devices are health supplies that need a sanitary registration (LGS Art. 376); their manufacturers are under COFEPRIS sanitary control.',
        },
        legalBasis: [{ law: 'lgs', article: '376' }],
      },
    ],
    notes: [
      {
        es: 'Medicamentos y dispositivos médicos requieren registro sanitario de COFEPRIS (LGS art. 376), salvo los dispositivos de bajo riesgo exentos (Acuerdo DOF 07-07-2025: 104 dispositivos ya no lo requieren). El registro dura 5 años y se prorroga a solicitud por plazos de 10 años (LGS art. 376, reformado DOF 15-01-2026); la anticipación de 150 días que citan guías anteriores está por confirmar.',
        en: 'Medicines and medical devices need a COFEPRIS sanitary registration (LGS Art. 376), except exempt low-risk devices (Agreement DOF 07-07-2025: 104 devices no longer need one). It lasts 5 years and is extended on request for periods of 10 years (LGS Art. 376, as amended DOF 15-01-2026); the 150-day lead time quoted by older guides is to be confirmed.',
      },
      {
        es: 'La fabricación de medicamentos requiere licencia sanitaria (LGS arts. 198 fr. II y 258). La fabricación de dispositivos médicos no está en el art. 198: esas plantas presentan aviso de funcionamiento (LGS art. 200 Bis) al menos 30 días antes de iniciar operaciones, designan un responsable sanitario y certifican buenas prácticas de fabricación (NOM-241-SSA1-2025).',
        en: 'Medicine manufacturing needs a sanitary licence (LGS Arts. 198 fr. II and 258). Medical-device manufacturing is not in Art. 198: such plants file an operating notice (LGS Art. 200 Bis) at least 30 days before starting operations, appoint a responsible person and certify good manufacturing practice (NOM-241-SSA1-2025).',
      },
      {
        es: 'La MIA federal y la LAU aplican si la planta pertenece a la industria química (LGEEPA arts. 28 y 111-bis), lo que es probable para materias primas farmacéuticas; confirme con SEMARNAT. Si se importan químicos o precursores químicos del Anexo 10 se necesita el padrón de sectores específicos.',
        en: 'The federal MIA and the LAU apply if the plant belongs to the chemical industry (LGEEPA Arts. 28 and 111-bis), which is likely for pharmaceutical raw materials; confirm with SEMARNAT. Importing Annex 10 chemicals or chemical precursors requires the sector-specific importers register.',
      },
      {
        es: 'La clase 334519 también incluye instrumentos de medición, control y navegación que no son médicos. PROSEC tiene un programa farmacéutico y de equipo médico.',
        en: 'Class 334519 also covers measuring, control and navigation instruments that are not medical. PROSEC has a pharmaceutical and medical-equipment programme.',
      },
    ],
  },
  {
    slug: 'agro-industry',
    title: { es: 'Agroindustria', en: 'Agro-industry' },
    summary: {
      es: 'Cultivos de exportación (aguacate, hortalizas y berries en invernadero), alimentos balanceados, congelación de frutas y verduras, matanza y empacado de carne y elaboración de azúcar, uno de los cinco sectores prioritarios de la Secretaría de Economía. El agua (concesión y descarga ante CONAGUA) y la tenencia de tierras rústicas, cuyas acciones serie "T" tienen un límite de 49% de inversión extranjera, son lo más particular del sector.',
      en: 'Export crops (avocado, greenhouse vegetables and berries), animal feed, frozen fruit and vegetables, slaughtering and meat packing, and sugar production, one of the five priority sectors of the Secretaría de Economía. Water (a CONAGUA concession and discharge permit) and the holding of farmland, whose series "T" shares are capped at 49% foreign investment, are what set the sector apart.',
    },
    priority: true,
    scian: ['111334', '111411', '111413', '111414', '311110', '311311', '311411', '311611', '311612'],
    procedures: [
      ...CONSTITUTION,
      'se-neutral-investment',
      ...SITE,
      'semarnat-mia',
      ...BUILD,
      'conagua-water-concession',
      'conagua-discharge-permit',
      ...OPEN,
      'cofepris-operating-notice',
      'state-environmental-licence',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      'se-immex',
      'se-prosec',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'La inversión extranjera en acciones serie "T" de sociedades propietarias de tierras agrícolas, ganaderas o forestales tiene un límite de 49% (LIE art. 7 fr. III r). La inversión neutra es la única excepción a los límites.',
        en: 'Foreign investment in series "T" shares of companies that own farm, livestock or forest land is capped at 49% (LIE Art. 7 fr. III r). Neutral investment is the only exception to the caps.',
      },
      {
        es: 'La industria azucarera está en la lista de obras con MIA federal (LGEEPA art. 28).',
        en: 'The sugar industry is on the list of works needing a federal MIA (LGEEPA Art. 28).',
      },
      {
        es: 'COFEPRIS regula ciertos productos alimenticios; qué productos y qué trámite corresponden está por confirmar.',
        en: 'COFEPRIS regulates certain food products; which products and which filing apply is to be confirmed.',
      },
      {
        es: 'PROSEC tiene programas de alimentos, café y maquinaria agrícola. La política industrial de 2022 también incluyó el sector agroalimentario.',
        en: 'PROSEC has food, coffee and agricultural-machinery programmes. The 2022 industrial policy also named agri-food among its sectors.',
      },
      {
        es: 'La pesca (no la acuacultura) tiene su propio límite de 49%; vea la guía de pesca y acuacultura.',
        en: 'Fishing (not aquaculture) has its own 49% cap; see the fishing and aquaculture guide.',
      },
    ],
  },

  // ── Other sectors ────────────────────────────────────────────────────────
  {
    slug: 'software-it',
    title: { es: 'Software y tecnologías de la información', en: 'Software and IT services' },
    summary: {
      es: 'Edición de software, centros de datos y hospedaje, diseño de sistemas y servicios de investigación y desarrollo. No hay límite de inversión extranjera y no suele haber permisos sectoriales: el trabajo está en la constitución, el registro como patrón, la contratación de personal extranjero y, si se prestan servicios especializados con personal propio, el REPSE.',
      en: 'Software publishing, data centres and hosting, systems design and research and development services. There is no foreign-investment cap and usually no sector permit: the work is in incorporation, employer registration, hiring foreign staff and, where specialised services are provided with the company’s own staff, the REPSE.',
    },
    scian: ['513210', '518210', '541510', '519290', '541711'],
    procedures: [
      ...CONSTITUTION,
      'mun-land-use',
      'mun-operating-licence-sare',
      ...EMPLOYER,
      'stps-repse-registration',
      'impi-trademark',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'La edición de software es la clase 513210 desde el SCIAN 2023 (el SCIAN 2018 usaba 511210); 518210 amplió su título en 2023 para incluir la infraestructura de cómputo.',
        en: 'Software publishing is class 513210 since SCIAN 2023 (SCIAN 2018 used 511210); 518210 widened its title in 2023 to include computing infrastructure.',
      },
      {
        es: 'Si la empresa presta servicios u obras especializados a terceros con su propio personal, debe inscribirse en el REPSE de la STPS (LFT arts. 13 y 15); la subcontratación de personal está prohibida.',
        en: 'If the company provides specialised services or works to third parties with its own staff, it must register in the STPS REPSE (LFT Arts. 13 and 15); subcontracting of personnel is banned.',
      },
      {
        es: 'Una oficina de bajo riesgo puede abrir por el SARE municipal (licencia en 72 horas o menos) si el giro está en el catálogo del municipio.',
        en: 'A low-risk office may open through the municipal SARE (licence within 72 hours or less) if the business line is in the municipality’s catalogue.',
      },
      {
        es: 'Los servicios financieros y fintech quedan fuera de la Ventanilla Única para Inversionistas y del RUPI, y siguen sus propias leyes.',
        en: 'Financial and fintech services are outside the One-Stop Shop for Investors and the RUPI, and follow their own laws.',
      },
      {
        es: 'Un centro de datos con generación propia de 0.7 MW o más necesita permiso de la CNE.',
        en: 'A data centre with on-site generation of 0.7 MW or more needs a CNE permit.',
      },
    ],
  },
  {
    slug: 'logistics',
    title: { es: 'Logística, transporte y almacenamiento', en: 'Logistics, transport and warehousing' },
    summary: {
      es: 'Autotransporte de carga, mensajería y paquetería, agencias aduanales, transitarios, almacenes y refrigeración, administración portuaria y ferrocarril. Aquí se concentran varias restricciones de la LIE: el autotransporte nacional de carga está reservado a mexicanos, varias actividades portuarias y marítimas tienen límite de 49% y otras requieren resolución de la CNIE.',
      en: 'Road freight, courier and parcel services, customs brokerage, freight forwarding, warehousing and cold storage, port administration and rail. Several LIE restrictions meet here: domestic road freight is reserved to Mexicans, several port and shipping activities are capped at 49%, and others need a CNIE resolution.',
    },
    scian: ['484119', '484129', '484223', '484233', '488511', '488519', '488310', '492110', '492210', '493111', '493119', '493120', '482110'],
    procedures: [
      'cnie-resolution',
      ...CONSTITUTION,
      'se-neutral-investment',
      ...SITE,
      ...BUILD,
      ...OPEN,
      'cne-fuel-storage-permit',
      'sener-fuel-import-permit',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'El transporte terrestre nacional de pasajeros, turismo y carga está reservado a mexicanos o a sociedades con cláusula de exclusión de extranjeros (LIE art. 6 fr. I); la mensajería y paquetería (492110, 492210) no está incluida. Solo la inversión neutra es posible en las actividades reservadas.',
        en: 'Domestic land transport of passengers, tourism and freight is reserved to Mexicans or companies with a foreigners-exclusion clause (LIE Art. 6 fr. I); courier and parcel services (492110, 492210) are not included. Only neutral investment is possible in reserved activities.',
      },
      {
        es: 'Hasta 49%: administración portuaria integral, pilotaje portuario en navegación interior, navieras de navegación interior y cabotaje, y suministro de combustibles y lubricantes a barcos, aeronaves y equipo ferroviario (LIE art. 7 fr. III t, u, v y w).',
        en: 'Up to 49%: integral port administration, port pilotage for inland navigation, inland-navigation and cabotage shipping companies, and fuel and lubricant supply to ships, aircraft and rail equipment (LIE Art. 7 fr. III t, u, v and w).',
      },
      {
        es: 'Más de 49% requiere resolución favorable de la CNIE (45 días hábiles, afirmativa ficta) en: servicios portuarios a embarcaciones en navegación interior, navieras de altura, y construcción y operación de vías férreas y transporte ferroviario público (LIE art. 8 fr. I, II y XII).',
        en: 'Above 49% needs a favourable CNIE resolution (45 business days, deemed approval) for: port services to vessels in inland navigation, high-seas shipping companies, and building and operating railways and public rail transport (LIE Art. 8 fr. I, II and XII).',
      },
      {
        es: 'Las agencias aduanales: la LIE reserva los servicios profesionales y técnicos que las leyes reserven expresamente (art. 6 fr. VI); fuentes de práctica citan a los agentes aduanales como ejemplo. Por confirmar.',
        en: 'Customs brokerage: the LIE reserves the professional and technical services that specific laws expressly reserve (Art. 6 fr. VI); practitioner sources cite customs brokers as an example. To be confirmed.',
      },
      {
        es: 'Los almacenes generales de depósito (493111) ya no tienen límite en la LIE desde 2014; su participación extranjera se rige por las leyes financieras, y los asuntos financieros quedan fuera de la Ventanilla Única. El art. 6 transitorio abrió al 100% el transporte terrestre internacional y la administración de centrales camioneras desde el 01-01-2004.',
        en: 'General deposit warehouses (493111) have had no LIE cap since 2014; foreign ownership follows the financial laws, and financial matters are outside the One-Stop Shop. The 6th transitory article opened international land transport and bus-terminal administration to 100% from 01-01-2004.',
      },
    ],
  },
  {
    slug: 'renewable-energy',
    title: { es: 'Energías renovables', en: 'Renewable energy' },
    summary: {
      es: 'Generación de electricidad solar, eólica, hidráulica y de otras fuentes, y construcción de obras de generación. Desde marzo de 2025 el sector se rige por la Ley del Sector Eléctrico y la Comisión Nacional de Energía (CNE) sustituyó a la CRE: toda central de 0.7 MW o más necesita permiso de la CNE, y la planeación y el control del sistema eléctrico, así como la transmisión y distribución, siguen reservados al Estado.',
      en: 'Solar, wind, hydro and other electricity generation, and construction of generation works. Since March 2025 the sector is governed by the Electricity Sector Law, and the National Energy Commission (CNE) has replaced the CRE: every plant of 0.7 MW or more needs a CNE permit, and planning and control of the electric system, and transmission and distribution, remain reserved to the State.',
    },
    scian: ['221113', '221114', '221112', '221119', '237131'],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      ...SITE,
      'semarnat-mia',
      'sener-social-impact',
      'cne-generation-permit',
      'grid-interconnection-contract',
      'conagua-water-concession',
      ...BUILD,
      ...OPEN,
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'Permiso de la CNE para centrales de 0.7 MW o más (LSE art. 19; las de uso exclusivo en emergencias no lo requieren), por su Oficialía de Partes Electrónica, con opinión de cumplimiento 32-D positiva. El impacto social es una autorización aparte de la SENER (Manifestación de Impacto Social, LSE arts. 136 a 139, hasta 90 días naturales), y la conexión a la red pasa por el CENACE y el contrato de interconexión (LSE art. 48).',
        en: 'CNE permit for plants of 0.7 MW or more (LSE Art. 19; emergency-only plants need none), through its electronic filing office, with a positive 32-D tax-compliance opinion. Social impact is a separate SENER authorisation (social impact assessment, LSE Arts. 136 to 139, up to 90 calendar days), and grid connection goes through CENACE and the interconnection contract (LSE Art. 48).',
      },
      {
        es: 'Normas nuevas: Ley del Sector Eléctrico y Ley de la CNE (DOF 18-03-2025), Acuerdo de autoconsumo interconectado de 0.7 a 20 MW (DOF 06-08-2025), Reglamento de la LSE (DOF 03-10-2025) y disposiciones generales de permisos (DOF 23-10-2025). Las guías anteriores a 2025 que citan a la CRE están desactualizadas.',
        en: 'New rules: Electricity Sector Law and CNE Law (DOF 18-03-2025), Agreement on interconnected self-supply of 0.7–20 MW (DOF 06-08-2025), LSE Regulation (DOF 03-10-2025) and general permit rules (DOF 23-10-2025). Guides from before 2025 that cite the CRE are out of date.',
      },
      {
        es: 'La planeación y el control del sistema eléctrico nacional y el servicio público de transmisión y distribución están reservados al Estado (LIE art. 5 fr. III; CPEUM arts. 27 y 28; LSE art. 2), igual que la generación nuclear. Por eso esta guía no incluye las clases 221121 y 221122.',
        en: 'Planning and control of the national electric system and the public transmission and distribution service are reserved to the State (LIE Art. 5 fr. III; CPEUM Arts. 27 and 28; LSE Art. 2), as is nuclear generation. That is why this guide leaves out classes 221121 and 221122.',
      },
      {
        es: 'La industria eléctrica está en la lista de obras con MIA federal (LGEEPA art. 28). La generación de electricidad también figura entre las fuentes fijas federales (LAU); si una central renovable concreta la necesita está por confirmar con SEMARNAT.',
        en: 'The electric industry is on the list of works needing a federal MIA (LGEEPA Art. 28). Power generation also appears among the federal fixed sources (LAU); whether a given renewable plant needs one is to be confirmed with SEMARNAT.',
      },
      {
        es: 'En el SCIAN 2023, 221113 es solar y 221114 es eólica; el NAICS de Estados Unidos los numera distinto (221114 solar, 221115 eólica). La concesión de CONAGUA aplica a centrales hidráulicas.',
        en: 'In SCIAN 2023, 221113 is solar and 221114 is wind; US NAICS numbers them differently (221114 solar, 221115 wind). The CONAGUA concession applies to hydro plants.',
      },
    ],
  },
  {
    slug: 'food-beverages',
    title: { es: 'Alimentos y bebidas', en: 'Food and beverages' },
    summary: {
      es: 'Elaboración de lácteos, panificación, tortillas, dulces y chocolate, café, refrescos, agua embotellada, cerveza, tequila y mezcal. Además de los permisos locales, el sector trata con COFEPRIS para ciertos productos, con las NOM de etiquetado y con CONAGUA por el uso y la descarga de agua.',
      en: 'Production of dairy, bakery, tortillas, confectionery and chocolate, coffee, soft drinks, bottled water, beer, tequila and mezcal. Besides local permits, the sector deals with COFEPRIS for certain products, with labelling NOMs and with CONAGUA for water use and discharge.',
    },
    scian: ['311511', '311513', '311811', '311820', '311830', '311340', '311350', '311922', '311999', '312111', '312112', '312120', '312144', '312145'],
    procedures: [
      ...CONSTITUTION,
      ...SITE,
      ...BUILD,
      'conagua-water-concession',
      'conagua-discharge-permit',
      ...OPEN,
      'cofepris-operating-notice',
      'state-environmental-licence',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      'sat-sector-importers-register',
      'se-prosec',
      'se-nom-certification',
      'impi-trademark',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'Tequila (312144) y mezcal (312145) son clases nuevas del SCIAN 2023.',
        en: 'Tequila (312144) and mezcal (312145) are new classes in SCIAN 2023.',
      },
      {
        es: 'COFEPRIS regula ciertos alimentos; qué productos requieren aviso, licencia o registro está por confirmar. Las NOM de etiquetado aplican a productos regulados (cuáles, por confirmar).',
        en: 'COFEPRIS regulates certain foods; which products need a notice, licence or registration is to be confirmed. Labelling NOMs apply to regulated products (which ones, to be confirmed).',
      },
      {
        es: 'El alcohol etílico está en el Anexo 10 de las RGCE: importarlo exige el Padrón de Importadores de Sectores Específicos.',
        en: 'Ethyl alcohol is in Annex 10 of the RGCE: importing it requires the Sector-Specific Importers Register.',
      },
      {
        es: 'PROSEC tiene programas de alimentos, café, y chocolates y dulces.',
        en: 'PROSEC has food, coffee, and chocolate and confectionery programmes.',
      },
      {
        es: 'Sin límite de inversión extranjera (LIE art. 4).',
        en: 'No foreign-investment cap (LIE Art. 4).',
      },
    ],
  },
  {
    slug: 'chemicals-plastics',
    title: { es: 'Química, plásticos y hule', en: 'Chemicals, plastics and rubber' },
    summary: {
      es: 'Química básica, resinas, fertilizantes, pinturas, adhesivos, productos de limpieza y cosméticos, explosivos, y productos de plástico y de hule. La industria química está bajo control ambiental federal: requiere MIA, LAU y COA ante SEMARNAT, y varios insumos exigen el padrón de importadores de sectores específicos.',
      en: 'Basic chemicals, resins, fertilisers, paints, adhesives, cleaning products and cosmetics, explosives, and plastic and rubber products. The chemical industry is under federal environmental control: it needs an MIA, LAU and COA from SEMARNAT, and several inputs require the sector-specific importers register.',
    },
    scian: [
      '325110', '325120', '325130', '325180', '325190', '325211', '325310', '325320', '325510', '325520', '325610', '325620',
      '325910', '325920', '325999', '326110', '326120', '326140', '326160', '326193', '326199', '326211', '326290',
    ],
    procedures: [
      ...CONSTITUTION,
      'se-neutral-investment',
      'se-rupi-registration',
      ...SITE,
      'semarnat-mia',
      ...BUILD,
      ...OPEN,
      'semarnat-lau',
      'semarnat-coa',
      'semarnat-hazardous-waste-generator',
      'conagua-water-concession',
      'conagua-discharge-permit',
      'cofepris-operating-notice',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      'sat-sector-importers-register',
      'se-immex',
      'sat-vat-ieps-certification',
      'se-prosec',
      ...RNIE_REPORTING,
    ],
    presets: [
      {
        fact: 'federalEmissionSource',
        value: true,
        scianIn: ['325'],
        reason: {
          es: 'La industria química (incluidas pinturas y tintas) está entre las fuentes fijas de jurisdicción federal (LGEEPA art. 111 Bis): sus plantas necesitan la Licencia Ambiental Única y presentan la Cédula de Operación Anual ante SEMARNAT.',
          en: 'The chemical industry (including paints and inks) is among the federal-jurisdiction fixed emission sources (LGEEPA Art. 111 Bis): its plants need the Single Environmental Licence and file the Annual Operating Report with SEMARNAT.',
        },
        legalBasis: [{ law: 'lgeepa', article: '111-bis' }],
      },
    ],
    notes: [
      {
        es: 'La fabricación y comercialización de explosivos, armas de fuego, cartuchos, municiones y artificios pirotécnicos tiene un límite de 49% de inversión extranjera (LIE art. 7 fr. III p); la compra y uso de explosivos para actividades industriales o extractivas no está incluida.',
        en: 'Making and selling explosives, firearms, cartridges, ammunition and fireworks is capped at 49% foreign investment (LIE Art. 7 fr. III p); buying and using explosives for industrial or extractive work is excluded.',
      },
      {
        es: 'Las industrias química, petroquímica y de pinturas y tintas son fuentes fijas federales (LAU y COA, LGEEPA art. 111-bis), y la química y petroquímica requieren MIA federal (LGEEPA art. 28). Los proyectos del sector hidrocarburos van con la ASEA en lugar de SEMARNAT.',
        en: 'The chemical, petrochemical, and paints and inks industries are federal fixed sources (LAU and COA, LGEEPA Art. 111-bis), and chemicals and petrochemicals need a federal MIA (LGEEPA Art. 28). Hydrocarbon-sector projects go to ASEA instead of SEMARNAT.',
      },
      {
        es: 'El Anexo 10 de las RGCE incluye químicos, precursores químicos, material radiactivo y explosivos: importarlos exige el Padrón de Importadores de Sectores Específicos.',
        en: 'Annex 10 of the RGCE includes chemicals, chemical precursors, radioactive material and explosives: importing them requires the Sector-Specific Importers Register.',
      },
      {
        es: 'La petroquímica básica dejó de estar reservada al Estado en 2014 (LIE art. 5 fr. II derogada). PROSEC tiene programas de química y de hule y plásticos. COFEPRIS regula ciertos productos químicos (cuáles, por confirmar).',
        en: 'Basic petrochemicals stopped being reserved to the State in 2014 (LIE Art. 5 fr. II repealed). PROSEC has chemicals and rubber-and-plastics programmes. COFEPRIS regulates certain chemical products (which ones, to be confirmed).',
      },
    ],
  },
  {
    slug: 'textiles-apparel',
    title: { es: 'Textil, confección y calzado', en: 'Textiles, apparel and footwear' },
    summary: {
      es: 'Fabricación de telas, acabado textil, confección de prendas, curtido de piel y calzado. Es un sector orientado a la exportación en el que los insumos textiles y el calzado están en el Anexo 10 de las RGCE, por lo que importar exige el padrón de sectores específicos además de IMMEX y PROSEC.',
      en: 'Manufacture of fabrics, textile finishing, garment making, leather tanning and footwear. It is an export-oriented sector in which textile inputs and footwear are in Annex 10 of the RGCE, so importing requires the sector-specific register on top of IMMEX and PROSEC.',
    },
    scian: ['313210', '313240', '313310', '314120', '315123', '315221', '315222', '315223', '315229', '316110', '316211', '316212', '316213'],
    procedures: [
      ...CONSTITUTION,
      ...SITE,
      ...BUILD,
      ...OPEN,
      'state-environmental-licence',
      'conagua-discharge-permit',
      'semarnat-hazardous-waste-generator',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      'sat-sector-importers-register',
      'se-immex',
      'sat-vat-ieps-certification',
      'se-prosec',
      'se-nom-certification',
      'se-immex-annual-report',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'Textiles y confección, y calzado, están en el Anexo 10 Apartado A de las RGCE: importarlos exige el Padrón de Importadores de Sectores Específicos.',
        en: 'Textiles and apparel, and footwear, are in Annex 10 Section A of the RGCE: importing them requires the Sector-Specific Importers Register.',
      },
      {
        es: 'PROSEC tiene programas textil y de confección, calzado y cuero.',
        en: 'PROSEC has textiles-and-apparel, footwear and leather programmes.',
      },
      {
        es: 'El SCIAN 2023 reorganizó la confección de prendas (subrama 3151); use los códigos de 2023. Las NOM de etiquetado pueden aplicar (cuáles, por confirmar).',
        en: 'SCIAN 2023 reorganised garment making (3151); use the 2023 codes. Labelling NOMs may apply (which ones, to be confirmed).',
      },
      {
        es: 'Sin límite de inversión extranjera (LIE art. 4).',
        en: 'No foreign-investment cap (LIE Art. 4).',
      },
    ],
  },
  {
    slug: 'aerospace',
    title: { es: 'Aeroespacial', en: 'Aerospace' },
    summary: {
      es: 'Fabricación de aeronaves, motores y partes aeroespaciales, y servicios de apoyo al transporte aéreo. La manufactura no tiene límite de inversión extranjera y sigue el camino habitual de exportación (IMMEX, certificación de IVA e IEPS, PROSEC); los límites de la LIE aplican a los servicios de transporte aéreo y a los aeródromos, no a la fabricación.',
      en: 'Manufacture of aircraft, engines and aerospace parts, and air-transport support services. Manufacturing has no foreign-investment cap and follows the usual export path (IMMEX, VAT/IEPS certification, PROSEC); LIE caps apply to air-transport services and aerodromes, not to manufacturing.',
    },
    scian: ['336410', '488190'],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      ...SITE,
      ...BUILD,
      ...OPEN,
      'state-environmental-licence',
      'semarnat-hazardous-waste-generator',
      ...EMPLOYER,
      ...EXPORT_MANUFACTURING,
      'se-immex-annual-report',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'El transporte aéreo nacional, el aerotaxi internacional no regular y el transporte aéreo especializado tienen un límite de 49% (LIE art. 7 fr. III y); los aeródromos de servicio público requieren resolución de la CNIE por encima de 49% (art. 8 fr. III). Vea la guía de transporte aéreo.',
        en: 'Domestic air transport, international non-scheduled air taxi and specialised air transport are capped at 49% (LIE Art. 7 fr. III y); public-service aerodromes need a CNIE resolution above 49% (Art. 8 fr. III). See the air-transport guide.',
      },
      {
        es: 'PROSEC tiene un programa de la industria del transporte (excepto automotriz).',
        en: 'PROSEC has a transport-industry programme (excluding automotive).',
      },
      {
        es: 'Nuestras fuentes no cubren ninguna autorización propia de la aviación para fabricantes o talleres; confírmela con la autoridad competente antes de usar esta lista.',
        en: 'Our sources do not cover any aviation-specific approval for manufacturers or repair shops; confirm it with the competent authority before relying on this list.',
      },
    ],
  },
  {
    slug: 'mining-metals',
    title: { es: 'Minería y metalurgia', en: 'Mining and metals' },
    summary: {
      es: 'Minería metálica y no metálica, servicios a la minería, siderurgia, aluminio, fundición y refinación de metales. Es un sector con fuerte control ambiental federal (MIA y LAU) y con límites constitucionales: los minerales radiactivos y el litio están reservados al Estado, y un extranjero necesita permiso de la SRE para obtener concesiones mineras.',
      en: 'Metal and non-metal mining, mining services, steel, aluminium, smelting and refining. It is a sector under strong federal environmental control (MIA and LAU) and with constitutional limits: radioactive minerals and lithium are reserved to the State, and a foreigner needs an SRE permit to obtain mining concessions.',
    },
    scian: [
      '212210', '212221', '212222', '212231', '212232', '212299', '212311', '212399', '213119',
      '331111', '331112', '331210', '331220', '331310', '331411', '331412', '331510',
    ],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      ...SITE,
      'semarnat-mia',
      'conagua-water-concession',
      ...BUILD,
      ...OPEN,
      'semarnat-lau',
      'semarnat-coa',
      'semarnat-hazardous-waste-generator',
      'conagua-discharge-permit',
      'cne-generation-permit',
      'cne-fuel-storage-permit',
      'sener-fuel-import-permit',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      'sat-sector-importers-register',
      'se-immex',
      'se-prosec',
      ...RNIE_REPORTING,
    ],
    presets: [
      {
        fact: 'federalEmissionSource',
        value: true,
        scianIn: ['331'],
        reason: {
          es: 'La industria metalúrgica (incluida la siderúrgica) está entre las fuentes fijas de jurisdicción federal (LGEEPA art. 111 Bis): sus plantas necesitan la Licencia Ambiental Única y presentan la Cédula de Operación Anual ante SEMARNAT.',
          en: 'The metallurgical industry (including steel) is among the federal-jurisdiction fixed emission sources (LGEEPA Art. 111 Bis): its plants need the Single Environmental Licence and file the Annual Operating Report with SEMARNAT.',
        },
        legalBasis: [{ law: 'lgeepa', article: '111-bis' }],
      },
    ],
    notes: [
      {
        es: 'Los minerales radiactivos están reservados al Estado (LIE art. 5 fr. V) y la Constitución reserva también el litio (CPEUM arts. 27 y 28, reforma de 2024); no se otorgan concesiones sobre ellos. Por eso esta guía no incluye la clase 212293.',
        en: 'Radioactive minerals are reserved to the State (LIE Art. 5 fr. V) and the Constitution also reserves lithium (CPEUM Arts. 27 and 28, 2024 reform); no concessions are granted over them. That is why this guide leaves out class 212293.',
      },
      {
        es: 'Un extranjero que obtiene una concesión minera o de aguas necesita permiso de la SRE, que se entiende concedido si la SRE no publica una negativa en el DOF en 5 días hábiles (LIE art. 10-A). La concesión minera en sí no está todavía en este catálogo.',
        en: 'A foreigner obtaining a mining or water concession needs an SRE permit, deemed granted unless SRE publishes a refusal in the DOF within 5 business days (LIE Art. 10-A). The mining concession itself is not yet in this catalogue.',
      },
      {
        es: 'La minería y la siderurgia requieren MIA federal (LGEEPA art. 28); la metalurgia (incluida la siderurgia) y la industria del cemento y la cal son fuentes fijas federales (LAU y COA, art. 111-bis).',
        en: 'Mining and steel need a federal MIA (LGEEPA Art. 28); metallurgy (including steel) and cement and lime are federal fixed sources (LAU and COA, Art. 111-bis).',
      },
      {
        es: 'Acero y productos siderúrgicos están en el Anexo 10 de las RGCE (padrón de sectores específicos). PROSEC tiene programas de minería y metalurgia y de siderurgia.',
        en: 'Steel and steel products are in Annex 10 of the RGCE (sector-specific register). PROSEC has mining-and-metallurgy and steel programmes.',
      },
    ],
  },
  {
    slug: 'tourism-hospitality',
    title: { es: 'Turismo y hotelería', en: 'Tourism and hospitality' },
    summary: {
      es: 'Hoteles, moteles y cabañas, restaurantes y cafeterías, agencias de viajes y operadores de tours, y transporte turístico. Los proyectos a menos de 50 km de la costa o 100 km de la frontera están en la zona restringida, donde los extranjeros solo adquieren inmuebles residenciales mediante fideicomiso con permiso de la SRE y las sociedades mexicanas deben avisar a la SRE de sus compras.',
      en: 'Hotels, motels and cabins, restaurants and cafés, travel agencies and tour operators, and tourist transport. Projects within 50 km of the coast or 100 km of the border are in the restricted zone, where foreigners acquire residential property only through a trust with an SRE permit and Mexican companies must notify SRE of their purchases.',
    },
    scian: ['721111', '721112', '721113', '721190', '722511', '722515', '561510', '561520', '487110', '487210'],
    procedures: [
      ...CONSTITUTION,
      'se-rupi-registration',
      'sre-restricted-zone-trust',
      'sre-restricted-zone-notice',
      ...SITE,
      ...BUILD,
      ...OPEN,
      'cofepris-operating-notice',
      'conagua-water-concession',
      'conagua-discharge-permit',
      ...EMPLOYER,
      'impi-trademark',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'En la zona restringida, una sociedad mexicana con cláusula de admisión de extranjeros puede adquirir inmuebles no residenciales, como un hotel, y debe avisar a la SRE dentro de 60 días hábiles; los inmuebles residenciales solo mediante fideicomiso con permiso de la SRE (5 o 30 días hábiles, afirmativa ficta), por hasta 50 años renovables (LIE arts. 10 a 14).',
        en: 'In the restricted zone, a Mexican company with a foreigners-admission clause may acquire non-residential property, such as a hotel, and must notify SRE within 60 business days; residential property only through a trust with an SRE permit (5 or 30 business days, deemed approval), for up to 50 years, renewable (LIE Arts. 10–14).',
      },
      {
        es: 'El transporte terrestre nacional de turismo está reservado a mexicanos (LIE art. 6 fr. I), por lo que la clase 487110 no admite inversión extranjera salvo la neutra. Los cruceros turísticos quedan fuera del límite de 49% de la navegación interior y el cabotaje (art. 7 fr. III v).',
        en: 'Domestic land tourist transport is reserved to Mexicans (LIE Art. 6 fr. I), so class 487110 admits no foreign investment other than neutral investment. Tourist cruises are outside the 49% cap on inland navigation and cabotage (Art. 7 fr. III v).',
      },
      {
        es: 'Si las obras del desarrollo están en la lista del art. 28 de la LGEEPA, requieren MIA federal; confírmelo con SEMARNAT. El aviso de funcionamiento de COFEPRIS para servicios de alimentos está por confirmar.',
        en: 'If the development’s works are on the LGEEPA Art. 28 list they need a federal MIA; confirm with SEMARNAT. The COFEPRIS operating notice for food services is to be confirmed.',
      },
    ],
  },
  {
    slug: 'fishing-aquaculture',
    title: { es: 'Pesca y acuacultura', en: 'Fishing and aquaculture' },
    summary: {
      es: 'Pesca de camarón, túnidos, sardina y otras especies, acuacultura y preparación y envasado de pescados y mariscos. La pesca en agua dulce, costera y en la zona económica exclusiva tiene un límite de 49% de inversión extranjera; la acuacultura no tiene límite.',
      en: 'Shrimp, tuna, sardine and other fishing, aquaculture, and preparing and packing fish and seafood. Freshwater, coastal and exclusive-economic-zone fishing is capped at 49% foreign investment; aquaculture has no cap.',
    },
    scian: ['114111', '114112', '114113', '114119', '112513', '112514', '112515', '112516', '112519', '311710'],
    procedures: [
      ...CONSTITUTION,
      'se-neutral-investment',
      ...SITE,
      ...BUILD,
      'conagua-water-concession',
      'conagua-discharge-permit',
      ...OPEN,
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'La pesca en agua dulce, costera y en la zona económica exclusiva, sin incluir la acuacultura, tiene un límite de 49% de inversión extranjera (LIE art. 7 fr. III s). Solo la inversión neutra (arts. 18 a 22) permite superar el límite sin contar como inversión extranjera.',
        en: 'Freshwater, coastal and EEZ fishing, excluding aquaculture, is capped at 49% foreign investment (LIE Art. 7 fr. III s). Only neutral investment (Arts. 18–22) allows going beyond the cap without counting as foreign investment.',
      },
      {
        es: 'Los permisos y concesiones de pesca y acuacultura no están todavía en este catálogo. Las instalaciones costeras pueden estar en la zona restringida (vea la guía de turismo).',
        en: 'Fishing and aquaculture permits and concessions are not yet in this catalogue. Coastal facilities may be in the restricted zone (see the tourism guide).',
      },
    ],
  },
  {
    slug: 'air-transport',
    title: { es: 'Transporte aéreo y aeródromos', en: 'Air transport and aerodromes' },
    summary: {
      es: 'Aerolíneas nacionales regulares y no regulares, aerotaxis, transporte aéreo especializado y administración de aeródromos. La inversión extranjera en el transporte aéreo nacional está limitada a 49% desde la reforma de 2017, y los aeródromos de servicio público requieren resolución de la CNIE para superar ese porcentaje.',
      en: 'Domestic scheduled and non-scheduled airlines, air taxis, specialised air transport and aerodrome administration. Foreign investment in domestic air transport is capped at 49% since the 2017 reform, and public-service aerodromes need a CNIE resolution to go above that share.',
    },
    scian: ['481111', '481210', '488112'],
    procedures: [
      'cnie-resolution',
      ...CONSTITUTION,
      'se-neutral-investment',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'Hasta 49%: transporte aéreo nacional regular y no regular, aerotaxi internacional no regular y transporte aéreo especializado (LIE art. 7 fr. III y, añadido DOF 26-06-2017; antes el límite era 25%). También el suministro de combustibles y lubricantes a aeronaves (fr. III w).',
        en: 'Up to 49%: domestic scheduled and non-scheduled air transport, international non-scheduled air taxi and specialised air transport (LIE Art. 7 fr. III y, added DOF 26-06-2017; the cap used to be 25%). Also fuel and lubricant supply to aircraft (fr. III w).',
      },
      {
        es: 'Los concesionarios o permisionarios de aeródromos de servicio público requieren resolución favorable de la CNIE para superar el 49% (LIE art. 8 fr. III). El control, la supervisión y la vigilancia de aeropuertos y helipuertos están reservados al Estado (art. 5 fr. XIII).',
        en: 'Concession or permit holders of public-service aerodromes need a favourable CNIE resolution to exceed 49% (LIE Art. 8 fr. III). Control, supervision and surveillance of airports and heliports are reserved to the State (Art. 5 fr. XIII).',
      },
      {
        es: 'Las concesiones y permisos de la autoridad de aviación no están todavía en este catálogo.',
        en: 'Aviation-authority concessions and permits are not yet in this catalogue.',
      },
    ],
  },
  {
    slug: 'private-education',
    title: { es: 'Educación privada', en: 'Private education' },
    summary: {
      es: 'Escuelas privadas de preescolar, primaria, secundaria, media superior, superior y de niveles combinados. La inversión extranjera de más de 49% en estos servicios requiere resolución favorable de la CNIE, que resuelve en 45 días hábiles con afirmativa ficta.',
      en: 'Private preschools, primary, secondary, upper-secondary and higher-education schools, and schools combining levels. Foreign investment above 49% in these services needs a favourable CNIE resolution, which is decided within 45 business days with deemed approval.',
    },
    scian: ['611111', '611121', '611131', '611141', '611161', '611171', '611211', '611311'],
    procedures: [
      'cnie-resolution',
      ...CONSTITUTION,
      ...SITE,
      ...BUILD,
      ...OPEN,
      ...EMPLOYER,
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'Más de 49% de inversión extranjera en educación privada de todos los niveles requiere resolución favorable de la CNIE (LIE art. 8 fr. IV); sin respuesta en 45 días hábiles se entiende aprobada (art. 28). Actuar sin ella se multa con 1,000 a 5,000 salarios, aplicados como UMA (art. 38 fr. I).',
        en: 'Above 49% foreign investment in private education at any level needs a favourable CNIE resolution (LIE Art. 8 fr. IV); with no answer in 45 business days it is deemed approved (Art. 28). Acting without it is fined 1,000–5,000 "salarios", applied as UMA (Art. 38 fr. I).',
      },
      {
        es: 'El reconocimiento de validez oficial de estudios ante la autoridad educativa no está todavía en este catálogo.',
        en: 'Official recognition of studies by the education authority is not yet in this catalogue.',
      },
    ],
  },
  {
    slug: 'telecommunications-media',
    title: { es: 'Telecomunicaciones, radiodifusión y prensa', en: 'Telecommunications, broadcasting and press' },
    summary: {
      es: 'Operadores de telecomunicaciones alámbricas, inalámbricas y satelitales, estaciones de radio y televisión, plataformas de streaming y edición de periódicos. Las telecomunicaciones no tienen límite en la LIE, pero la radiodifusión y los periódicos de circulación nacional tienen un límite de 49%, y las concesiones se rigen por la ley de telecomunicaciones de 2025.',
      en: 'Wired, wireless and satellite telecom operators, radio and TV stations, streaming platforms and newspaper publishing. Telecoms have no LIE cap, but broadcasting and newspapers circulated in Mexico are capped at 49%, and concessions follow the 2025 telecommunications law.',
    },
    scian: ['517311', '517312', '517410', '517910', '516110', '516120', '516210', '513111', '513112'],
    procedures: [
      'cnie-resolution',
      ...CONSTITUTION,
      'se-neutral-investment',
      ...EMPLOYER,
      'sat-customs-broker-appointment',
      'sat-importers-register',
      'impi-trademark',
      ...RNIE_REPORTING,
    ],
    notes: [
      {
        es: 'Las telecomunicaciones distintas de la radiodifusión no tienen límite en la LIE (la fr. IX del art. 8, telefonía celular, se derogó el 14-07-2014).',
        en: 'Telecommunications other than broadcasting have no LIE cap (Art. 8 fr. IX, cellular telephony, was repealed on 14-07-2014).',
      },
      {
        es: 'Radiodifusión: hasta 49%, sujeto a reciprocidad con el país del inversionista o de quien lo controla en última instancia (LIE art. 7 fr. III x). La Ley en Materia de Telecomunicaciones y Radiodifusión (DOF 16-07-2025, arts. 50 y 56) otorga concesiones solo a mexicanos, con la inversión extranjera que permitan la Constitución y la LIE, y exige opinión favorable previa de la CNIE para concesiones de radiodifusión con inversión extranjera.',
        en: 'Broadcasting: up to 49%, subject to reciprocity with the country of the investor or its ultimate controller (LIE Art. 7 fr. III x). The Telecommunications and Broadcasting Law (DOF 16-07-2025, Arts. 50 and 56) grants concessions only to Mexican nationals, with foreign investment as the Constitution and the LIE allow, and requires a prior favourable CNIE opinion for broadcasting concessions with foreign investment.',
      },
      {
        es: 'La impresión y edición de periódicos para circulación exclusiva en México tiene un límite de 49% (LIE art. 7 fr. III q); si alcanza a las ediciones solo electrónicas (513111) está por confirmar.',
        en: 'Printing and publishing newspapers circulated only in Mexico is capped at 49% (LIE Art. 7 fr. III q); whether this reaches electronic-only editions (513111) is to be confirmed.',
      },
      {
        es: 'El servicio de Internet que presta el Estado es un área estratégica (CPEUM art. 28) y la comunicación vía satélite es un área prioritaria, no exclusiva. Las concesiones de telecomunicaciones no están todavía en este catálogo.',
        en: 'The Internet service provided by the State is a strategic area (CPEUM Art. 28), and satellite communication is a priority area, not an exclusive one. Telecom concessions are not yet in this catalogue.',
      },
    ],
  },
];
