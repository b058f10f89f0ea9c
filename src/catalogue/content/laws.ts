/**
 * Laws and other legal instruments cited by the catalogue (LegalRef.law ids).
 *
 * Sources: /work/shared/reference/ley-inversion-extranjera-verified.md (LIE read in the
 * Cámara de Diputados consolidated text, última reforma DOF 27-05-2024) and
 * /work/shared/reference/mexico-investment-facts.md. Dates and URLs are given only where
 * those references give them; articles are listed only where the references cite them.
 * An article summary that the references mark as unconfirmed says "to be confirmed".
 */
import type { z } from 'zod';
import type { Law } from '../schema.ts';

export const laws: z.input<typeof Law>[] = [
  {
    id: 'cpeum',
    acronym: 'CPEUM',
    name: { es: 'Constitución Política de los Estados Unidos Mexicanos', en: 'Political Constitution of the United Mexican States' },
    // Consolidated Diputados text read in early 2026 showed "Última Reforma DOF 15-10-2025"; later reforms not checked.
    lastReformOn: '2025-10-15',
    lastReformUnverified: true,
    articles: [
      {
        number: '27',
        summary: {
          es: 'Párrafos 6 y 7: no se otorgan concesiones sobre minerales radiactivos, litio, la planeación y el control del sistema eléctrico nacional ni la transmisión y distribución de electricidad; la exploración y extracción de hidrocarburos se hace mediante asignaciones o contratos con empresas públicas del Estado o con particulares.',
          en: 'Paragraphs 6 and 7: no concessions for radioactive minerals, lithium, planning and control of the national electric system, or electricity transmission and distribution; hydrocarbon exploration and extraction is done through assignments to, or contracts with, State public enterprises or private parties.',
        },
      },
      {
        number: '28',
        summary: {
          es: 'Párrafo 4: áreas estratégicas exclusivas del Estado, entre ellas correos, telégrafos y radiotelegrafía; minerales radiactivos, litio y generación nuclear; el servicio de Internet que presta el Estado; la planeación y el control del sistema eléctrico nacional; la transmisión y distribución de electricidad; y la exploración y extracción de hidrocarburos.',
          en: 'Paragraph 4: strategic areas reserved to the State, including post, telegraphs and radiotelegraphy; radioactive minerals, lithium and nuclear generation; the Internet service provided by the State; planning and control of the national electric system; electricity transmission and distribution; and hydrocarbon exploration and extraction.',
        },
      },
      {
        number: '115',
        summary: {
          es: 'Da a los municipios sus facultades en materia de zonificación y uso del suelo.',
          en: 'Gives municipalities their powers over zoning and land use.',
        },
      },
    ],
  },
  {
    id: 'lie',
    acronym: 'LIE',
    name: { es: 'Ley de Inversión Extranjera', en: 'Foreign Investment Law' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIE.pdf',
    publishedOn: '1993-12-27',
    lastReformOn: '2024-05-27',
    articles: [
      {
        number: '2',
        summary: {
          es: 'Definiciones: inversión extranjera; zona restringida (franja de 100 km a lo largo de las fronteras y de 50 km a lo largo de las costas); cláusula de exclusión de extranjeros; "Secretaría" es la Secretaría de Economía (fr. V).',
          en: 'Definitions: foreign investment; restricted zone (a 100 km strip along the borders and 50 km along the coasts); foreigners-exclusion clause; "Secretaría" means the Secretaría de Economía (fr. V).',
        },
        reformedOn: '2012-04-09',
      },
      {
        number: '3',
        summary: {
          es: 'Los extranjeros con residencia permanente cuentan como inversionistas mexicanos, salvo para los Títulos Primero (actividades reservadas y limitadas) y Segundo (inmuebles y zona restringida).',
          en: 'Foreigners with permanent-resident status count as Mexican investors, except for Title One (reserved and capped activities) and Title Two (real estate and the restricted zone).',
        },
        reformedOn: '2011-05-25',
      },
      {
        number: '4',
        summary: {
          es: 'Regla general: la inversión extranjera puede participar en cualquier proporción en el capital de sociedades mexicanas, salvo lo que la propia ley restringe; la inversión indirecta a través de sociedades de mayoría mexicana no controladas por extranjeros no cuenta para los límites; la participación extranjera en entidades financieras se rige por sus leyes especiales.',
          en: 'General rule: foreign investment may hold any percentage of the capital of Mexican companies, except as the law restricts; indirect investment through Mexican-majority companies that foreigners do not control does not count toward the caps; foreign ownership of financial entities follows the sector laws.',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '5',
        summary: {
          es: 'Actividades reservadas al Estado: exploración y extracción de petróleo e hidrocarburos; planeación y control del sistema eléctrico nacional y servicio público de transmisión y distribución; generación nuclear; minerales radiactivos; telégrafos; radiotelegrafía; correos; emisión de billetes; acuñación de moneda; control, supervisión y vigilancia de puertos, aeropuertos y helipuertos; y las demás que señalen las leyes.',
          en: 'Activities reserved to the State: exploration and extraction of oil and other hydrocarbons; planning and control of the national electric system and the public transmission and distribution service; nuclear generation; radioactive minerals; telegraphs; radiotelegraphy; post; issuing banknotes; minting coins; control, supervision and surveillance of ports, airports and heliports; and any others the laws name.',
        },
        reformedOn: '2014-08-11',
      },
      {
        number: '6',
        summary: {
          es: 'Reservadas a mexicanos o a sociedades mexicanas con cláusula de exclusión de extranjeros: transporte terrestre nacional de pasajeros, turismo y carga (sin incluir mensajería y paquetería); instituciones de banca de desarrollo; y servicios profesionales y técnicos que las leyes reserven expresamente.',
          en: 'Reserved to Mexicans or Mexican companies with a foreigners-exclusion clause: domestic land transport of passengers, tourism and freight (courier and parcel services excluded); development banks; and professional and technical services that specific laws expressly reserve.',
        },
        reformedOn: '2014-08-11',
      },
      {
        number: '7',
        summary: {
          es: 'Límites a la inversión extranjera: hasta 10% en cooperativas de producción; hasta 49% en explosivos, armas y cartuchos, periódicos para circulación exclusiva en el territorio nacional, acciones serie "T" de tierras agrícolas, ganaderas y forestales, pesca en agua dulce, costera y en la zona económica exclusiva (no acuacultura), administración portuaria integral, pilotaje portuario, navegación interior y cabotaje, suministro de combustibles a barcos, aeronaves y equipo ferroviario, radiodifusión (con reciprocidad) y transporte aéreo nacional y especializado.',
          en: 'Foreign-investment caps: up to 10% in production cooperatives; up to 49% in explosives, firearms and cartridges, newspapers circulated only in Mexico, series "T" shares of farm, livestock and forest land, freshwater, coastal and EEZ fishing (not aquaculture), integral port administration, port pilotage, inland navigation and cabotage shipping, fuel supply to ships, aircraft and rail equipment, broadcasting (with reciprocity) and domestic and specialised air transport.',
        },
        reformedOn: '2017-06-26',
      },
      {
        number: '8',
        summary: {
          es: 'Se requiere resolución favorable de la CNIE para que la inversión extranjera supere el 49% en: servicios portuarios a embarcaciones en navegación interior; navieras de tráfico de altura; aeródromos de servicio público; educación privada de todos los niveles; servicios legales; y construcción, operación y explotación de vías férreas y transporte ferroviario público.',
          en: 'A favourable CNIE resolution is needed for foreign investment above 49% in: port services to vessels in inland navigation; high-seas shipping companies; public-service aerodromes; private education at every level; legal services; and building, operating and exploiting railways and public rail transport.',
        },
        reformedOn: '2014-08-11',
      },
      {
        number: '9',
        summary: {
          es: 'Se requiere resolución favorable de la CNIE para que la inversión extranjera tenga más del 49% de una sociedad mexicana cuyos activos totales superen el monto que fija la CNIE (MXN 26,978,252,017.64 según la sexta resolución, DOF 24-06-2024; verificar si hay una resolución posterior).',
          en: 'A favourable CNIE resolution is needed for foreign investment to hold more than 49% of a Mexican company whose total assets exceed the amount set by the CNIE (MXN 26,978,252,017.64 under the 6th resolution, DOF 24-06-2024; check for a later resolution).',
        },
      },
      {
        number: '10',
        summary: {
          es: 'Las sociedades mexicanas con cláusula de admisión de extranjeros pueden adquirir inmuebles no residenciales en la zona restringida, y deben avisar a la SRE dentro de los 60 días hábiles siguientes a la adquisición.',
          en: 'Mexican companies with a foreigners-admission clause may acquire non-residential property in the restricted zone and must notify SRE within 60 business days after the acquisition.',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '10-A',
        summary: {
          es: 'Permiso de la SRE para que un extranjero adquiera inmuebles fuera de la zona restringida u obtenga concesiones mineras o de aguas: 5 días hábiles (municipio totalmente fuera de la zona o concesión) o 30 días hábiles (municipio parcialmente dentro).',
          en: 'SRE permit for a foreigner to acquire property outside the restricted zone or obtain mining or water concessions: 5 business days (municipality wholly outside the zone, or a concession) or 30 business days (municipality partly inside).',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '11',
        summary: {
          es: 'Permiso de la SRE para fideicomisos sobre inmuebles en la zona restringida: 5 días hábiles en la unidad central o 30 días hábiles en una oficina estatal; si no hay respuesta, se entiende otorgado.',
          en: 'SRE permit for trusts over property in the restricted zone: 5 business days at the central unit or 30 business days at a state office; deemed granted if there is no answer.',
        },
      },
      {
        number: '13',
        summary: {
          es: 'Los fideicomisos en la zona restringida duran hasta 50 años y pueden renovarse a solicitud del interesado.',
          en: 'Restricted-zone trusts last up to 50 years and may be renewed on request.',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '15',
        summary: {
          es: 'Autorización de la Secretaría de Economía para el uso de denominaciones o razones sociales al constituir sociedades.',
          en: 'Secretaría de Economía authorisation to use a company name when incorporating a company.',
        },
        reformedOn: '2011-12-15',
      },
      {
        number: '16',
        summary: {
          es: 'Cambio de denominación o razón social; una sociedad que cambia de cláusula de exclusión a cláusula de admisión de extranjeros debe avisar a la SRE dentro de 30 días hábiles.',
          en: 'Change of company name; a company that switches from a foreigners-exclusion to an admission clause must notify SRE within 30 business days.',
        },
        reformedOn: '2011-12-15',
      },
      {
        number: '16-A',
        summary: {
          es: 'Plazo de 2 días hábiles para resolver sobre el uso de denominaciones o razones sociales.',
          en: 'A 2-business-day period to decide on the use of company names.',
        },
        reformedOn: '2011-12-15',
      },
      {
        number: '17',
        summary: {
          es: 'Las personas morales extranjeras que pretendan realizar habitualmente actos de comercio en México necesitan autorización de la Secretaría de Economía.',
          en: 'Foreign legal entities that intend to trade habitually in Mexico need authorisation from the Secretaría de Economía.',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '17-A',
        summary: {
          es: 'Requisitos de esa autorización (constitución válida en el extranjero, estatutos no contrarios al orden público mexicano, sucursal, agencia o representante en México); la Secretaría resuelve en 15 días hábiles, o se entiende otorgada, y envía copia a la SRE.',
          en: 'Requirements for that authorisation (valid incorporation abroad, by-laws not contrary to Mexican public order, a branch, agency or representative in Mexico); the Secretaría decides within 15 business days, otherwise it is deemed granted, and sends a copy to SRE.',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '19',
        summary: {
          es: 'Inversión neutra mediante instrumentos emitidos por instituciones fiduciarias (derechos económicos, derechos corporativos limitados, sin voto en asambleas ordinarias); plazo de 35 días hábiles con afirmativa ficta.',
          en: 'Neutral investment through instruments issued by fiduciary institutions (economic rights, limited corporate rights, no vote at ordinary meetings); 35-business-day period with deemed approval.',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '20',
        summary: {
          es: 'Inversión neutra mediante series especiales de acciones sin voto o con derechos corporativos limitados, con autorización de la Secretaría de Economía (y de la CNBV cuando corresponda); plazo de 35 días hábiles con afirmativa ficta.',
          en: 'Neutral investment through special series of non-voting or limited-voting shares, authorised by the Secretaría de Economía (and CNBV where applicable); 35-business-day period with deemed approval.',
        },
        reformedOn: '1996-12-24',
      },
      {
        number: '23',
        summary: {
          es: 'Integración de la Comisión Nacional de Inversiones Extranjeras (secretarios de Gobernación, Relaciones Exteriores, Hacienda, Bienestar, Medio Ambiente, Energía, Economía, Infraestructura, Comunicaciones y Transportes, Trabajo y Turismo).',
          en: 'Membership of the National Foreign Investment Commission (the Secretaries of Gobernación, Foreign Affairs, Finance, Bienestar, Environment, Energy, Economy, Infrastructure, Communications and Transport, Labour and Tourism).',
        },
        reformedOn: '2024-05-27',
      },
      {
        number: '24',
        summary: {
          es: 'El Secretario de Economía preside la CNIE, que opera con un Secretario Ejecutivo y un Comité de Representantes.',
          en: 'The Secretary of Economía chairs the CNIE, which works through an Executive Secretary and a Committee of Representatives.',
        },
        reformedOn: '2024-05-27',
      },
      {
        number: '28',
        summary: {
          es: 'La CNIE resuelve en un máximo de 45 días hábiles; si no lo hace, la solicitud se entiende aprobada en los términos presentados.',
          en: 'The CNIE decides within 45 business days at most; otherwise the application is deemed approved as filed.',
        },
      },
      {
        number: '31',
        summary: {
          es: 'El Registro Nacional de Inversiones Extranjeras no es público; su reglamento fija las secciones y la información que debe presentarse.',
          en: 'The National Foreign Investment Registry (RNIE) is not public; its regulation sets its sections and the information to file.',
        },
      },
      {
        number: '32',
        summary: {
          es: 'Deben inscribirse en el RNIE las sociedades mexicanas con inversión extranjera (o de mexicanos con otra nacionalidad domiciliados en el extranjero, o con inversión neutra), los extranjeros que realicen habitualmente actos de comercio en México y los fideicomisos que den derechos a esas personas, dentro de 40 días hábiles.',
          en: 'Mexican companies with foreign investment (or with dual nationals domiciled abroad, or with neutral investment), foreigners who habitually trade in Mexico and trusts that give those persons rights must register with the RNIE within 40 business days.',
        },
        reformedOn: '1998-01-23',
      },
      {
        number: '34',
        summary: {
          es: 'Los fedatarios deben pedir constancia de inscripción en el RNIE (o de que está en trámite) en los actos en que intervengan personas obligadas; si no se presenta, pueden autorizar el acto pero deben informar la omisión al RNIE dentro de 10 días hábiles.',
          en: 'Notaries must ask for proof of RNIE registration (or that it is in process) in acts involving persons required to register; if none is shown they may still authorise the act but must report the omission to the RNIE within 10 business days.',
        },
      },
      {
        number: '35',
        summary: {
          es: 'Renovación anual de la constancia del RNIE mediante un cuestionario económico-financiero; hoy se aplica como Informe Económico Anual, solo para quienes superan el umbral.',
          en: 'Annual renewal of the RNIE certificate through an economic-financial questionnaire; now applied as the Annual Economic Report, only for filers above the threshold.',
        },
      },
      {
        number: '38',
        summary: {
          es: 'Multas: fr. I, 1,000 a 5,000 salarios por actuar sin la resolución requerida de la CNIE; fr. IV, 30 a 100 salarios por omitir o presentar tarde inscripciones, informes o avisos al RNIE. El texto dice "salarios"; se aplican como UMA.',
          en: 'Fines: fr. I, 1,000–5,000 "salarios" for acting without a required CNIE resolution; fr. IV, 30–100 "salarios" for missing or late RNIE registrations, reports or notices. The text says "salarios"; they are applied as UMA.',
        },
      },
    ],
  },
  {
    id: 'rlie',
    acronym: 'RLIE',
    name: {
      es: 'Reglamento de la Ley de Inversión Extranjera y del Registro Nacional de Inversiones Extranjeras',
      en: 'Regulation of the Foreign Investment Law and of the National Foreign Investment Registry',
    },
    publishedOn: '1998-09-08',
    // From the Diputados list of regulations (amended 04-05-2009, 31-10-2014, 17-08-2016); the text itself was not read.
    lastReformOn: '2016-08-17',
    lastReformUnverified: true,
  },
  {
    id: 'lgsm',
    acronym: 'LGSM',
    name: { es: 'Ley General de Sociedades Mercantiles', en: 'General Law of Commercial Companies' },
    articles: [
      {
        number: '5',
        summary: {
          es: 'Citado como base para que la sociedad se constituya ante notario (por confirmar).',
          en: 'Cited as the basis for incorporating a company before a notary (to be confirmed).',
        },
      },
    ],
  },
  {
    id: 'ccom',
    acronym: 'CCom',
    name: { es: 'Código de Comercio', en: 'Commercial Code' },
    articles: [
      {
        number: '18',
        summary: {
          es: 'Citado, con el art. 19, como base de la inscripción obligatoria de las sociedades mercantiles en el Registro Público de Comercio.',
          en: 'Cited, with Art. 19, as the basis for mandatory registration of commercial companies in the Public Registry of Commerce.',
        },
      },
      {
        number: '19',
        summary: {
          es: 'Inscripción obligatoria de la constitución, transformación, fusión, escisión, disolución y liquidación de las sociedades mercantiles.',
          en: 'Mandatory registration of the incorporation, transformation, merger, spin-off, dissolution and liquidation of commercial companies.',
        },
      },
      {
        number: '20',
        summary: {
          es: 'Citado, con los arts. 20-bis, 21 y 21-bis, como base del uso obligatorio del sistema electrónico SIGER.',
          en: 'Cited, with Arts. 20-bis, 21 and 21-bis, as the basis for the mandatory use of the SIGER electronic system.',
        },
      },
      {
        number: '21',
        summary: {
          es: 'Citado, con los arts. 20, 20-bis y 21-bis, como base del uso obligatorio del sistema electrónico SIGER (folio mercantil electrónico).',
          en: 'Cited, with Arts. 20, 20-bis and 21-bis, as the basis for the mandatory use of the SIGER electronic system (electronic commercial folio).',
        },
      },
    ],
  },
  {
    id: 'rrpc',
    acronym: 'RRPC',
    name: { es: 'Reglamento del Registro Público de Comercio', en: 'Regulation of the Public Registry of Commerce' },
    articles: [
      {
        number: '4-11',
        summary: {
          es: 'Operación del sistema electrónico SIGER y presentación electrónica de actos por fedatarios.',
          en: 'Operation of the SIGER electronic system and electronic filing of acts by notaries and brokers.',
        },
      },
    ],
  },
  {
    id: 'rauds',
    acronym: 'RAUDRS',
    name: {
      es: 'Reglamento para la Autorización de Uso de Denominaciones y Razones Sociales',
      en: 'Regulation on the Authorisation to Use Company Names',
    },
    articles: [
      {
        number: '4',
        summary: {
          es: 'Requisito de e.firma para los trámites de denominaciones, incluido el aviso de uso (SE-09-039).',
          en: 'e.firma requirement for company-name filings, including the notice of use (SE-09-039).',
        },
      },
    ],
  },
  {
    id: 'lfcp',
    acronym: 'LFCP',
    name: { es: 'Ley Federal de Correduría Pública', en: 'Federal Law of Public Brokerage' },
  },
  {
    id: 'cff',
    acronym: 'CFF',
    name: { es: 'Código Fiscal de la Federación', en: 'Federal Tax Code' },
    articles: [
      {
        number: '17-D',
        summary: {
          es: 'Citado como base de la firma electrónica avanzada (e.firma) (por confirmar).',
          en: 'Cited as the basis of the advanced electronic signature (e.firma) (to be confirmed).',
        },
      },
      {
        number: '27',
        summary: {
          es: 'Inscripción en el Registro Federal de Contribuyentes (RFC).',
          en: 'Registration in the Federal Taxpayer Registry (RFC).',
        },
      },
      {
        number: '29',
        summary: {
          es: 'Citado como base de los comprobantes fiscales digitales (CFDI) y del certificado de sello digital (por confirmar).',
          en: 'Cited as the basis of digital tax invoices (CFDI) and the digital seal certificate (to be confirmed).',
        },
      },
      {
        number: '32-D',
        summary: {
          es: 'Opinión de cumplimiento de obligaciones fiscales, exigida para el Padrón de Importadores, IMMEX, la certificación de IVA, REPSE y los permisos de la CNE.',
          en: 'Tax-compliance opinion, required for the Importers Register, IMMEX, VAT certification, REPSE and CNE permits.',
        },
      },
      {
        number: '69-B',
        summary: {
          es: 'Listas de contribuyentes publicadas por el SAT (con el art. 69); no aparecer en ellas es condición del Padrón de Importadores.',
          en: 'Taxpayer lists published by SAT (with Art. 69); not being on them is a condition of the Importers Register.',
        },
      },
    ],
  },
  {
    id: 'rcff',
    acronym: 'RCFF',
    name: { es: 'Reglamento del Código Fiscal de la Federación', en: 'Regulation of the Federal Tax Code' },
    articles: [
      {
        number: '22-28',
        summary: { es: 'Inscripción y avisos en el RFC.', en: 'RFC registration and notices.' },
      },
    ],
  },
  {
    id: 'rmf',
    acronym: 'RMF',
    name: { es: 'Resolución Miscelánea Fiscal (vigente)', en: 'Miscellaneous Tax Resolution (current year)' },
    articles: [
      {
        number: '2.4',
        summary: {
          es: 'Reglas 2.4.x sobre la inscripción en el RFC.',
          en: 'Rules 2.4.x on RFC registration.',
        },
      },
    ],
  },
  {
    id: 'lss',
    acronym: 'LSS',
    name: { es: 'Ley del Seguro Social', en: 'Social Security Law' },
    articles: [
      {
        number: '15',
        summary: {
          es: 'Fr. I: el patrón debe registrarse e inscribir a sus trabajadores en el IMSS dentro de 5 días hábiles.',
          en: 'Fr. I: employers must register themselves and enrol their workers with IMSS within 5 business days.',
        },
      },
      {
        number: '73',
        summary: {
          es: 'Autoclasificación de la empresa para la prima del seguro de riesgos de trabajo al registrarse.',
          en: 'Self-classification of the company for the work-risk insurance premium on registration.',
        },
      },
      {
        number: '304-A',
        summary: {
          es: 'Fr. I (con el art. 304-B fr. IV): multa de 20 a 350 UMA por no registrarse o hacerlo tarde.',
          en: 'Fr. I (with Art. 304-B fr. IV): fine of 20–350 UMA for late or missing registration.',
        },
      },
    ],
  },
  {
    id: 'racerf',
    acronym: 'RACERF',
    name: {
      es: 'Reglamento de la Ley del Seguro Social en materia de Afiliación, Clasificación de Empresas, Recaudación y Fiscalización',
      en: 'Regulation of the Social Security Law on Enrolment, Classification of Companies, Collection and Inspection',
    },
    articles: [
      {
        number: '12',
        summary: {
          es: 'Plazo de 5 días hábiles para el registro patronal; la inscripción de trabajadores puede presentarse el día hábil anterior al inicio de labores.',
          en: 'A 5-business-day period for employer registration; worker enrolment may be filed the business day before work starts.',
        },
      },
      {
        number: '18',
        summary: {
          es: 'Clasificación de la empresa para el seguro de riesgos de trabajo (con el catálogo de actividades del art. 196).',
          en: 'Classification of the company for work-risk insurance (with the activity catalogue in Art. 196).',
        },
      },
    ],
  },
  {
    id: 'linfonavit',
    acronym: 'LINFONAVIT',
    name: {
      es: 'Ley del Instituto del Fondo Nacional de la Vivienda para los Trabajadores',
      en: 'Law of the National Workers’ Housing Fund Institute (INFONAVIT)',
    },
    articles: [
      {
        number: '29',
        summary: {
          es: 'Obligaciones del patrón: inscribirse e inscribir a sus trabajadores (fr. I) y determinar y pagar la aportación del cinco por ciento sobre el salario de sus trabajadores (fr. II).',
          en: 'Employer obligations: register itself and its workers (section I) and determine and pay the five per cent contribution on its workers’ wages (section II).',
        },
      },
      {
        number: '35',
        summary: {
          es: 'Las aportaciones y descuentos del art. 29 se pagan por mensualidades vencidas, a más tardar el día 17 del mes siguiente.',
          en: 'The contributions and deductions of art. 29 are paid monthly in arrears, by the 17th of the following month at the latest.',
        },
      },
    ],
  },
  {
    id: 'lft',
    acronym: 'LFT',
    name: { es: 'Ley Federal del Trabajo', en: 'Federal Labour Law' },
    articles: [
      {
        number: '7',
        summary: {
          es: 'Toda empresa emplea al menos un 90 % de trabajadores mexicanos; técnicos y profesionales deben ser mexicanos, salvo que no los haya en una especialidad, caso en que se admiten extranjeros temporalmente hasta el 10 % de esa especialidad; los médicos de empresa deben ser mexicanos; no aplica a directores, administradores y gerentes generales.',
          en: 'Every business employs at least 90 % Mexican workers; technicians and professionals must be Mexican unless none exist in a specialty, in which case foreigners may be hired temporarily up to 10 % of that specialty; company doctors must be Mexican; directors, administrators and general managers are exempt.',
        },
      },
      {
        number: '13',
        summary: {
          es: 'Prohíbe la subcontratación de personal; solo se permiten servicios u obras especializados ajenos al objeto social y a la actividad preponderante del cliente, prestados por un contratista registrado.',
          en: 'Bans subcontracting of personnel; only specialised services or works outside the client’s corporate purpose and main activity are allowed, provided by a registered contractor.',
        },
        reformedOn: '2021-04-23',
      },
      {
        number: '15',
        summary: {
          es: 'Registro ante la STPS de quienes prestan servicios u obras especializados (REPSE).',
          en: 'Registration with STPS of providers of specialised services or works (REPSE).',
        },
        reformedOn: '2021-04-23',
      },
    ],
  },
  {
    id: 'acuerdo-repse',
    acronym: 'Acuerdo REPSE',
    name: {
      es: 'Acuerdo de la STPS con las disposiciones de carácter general para el registro de prestadores de servicios especializados u obras especializadas (REPSE)',
      en: 'STPS Agreement with the general rules for the registry of providers of specialised services or works (REPSE)',
    },
    publishedOn: '2021-05-24',
    // Amendments seen in the sources: DOF 03-02-2023 and 21-02-2024 (renewal calendar); later ones not checked.
    lastReformOn: '2024-02-21',
    lastReformUnverified: true,
  },
  {
    id: 'lmig',
    acronym: 'LMig',
    name: { es: 'Ley de Migración', en: 'Migration Law' },
    articles: [
      {
        number: '37',
        summary: {
          es: 'Citado en la visa de residencia temporal con permiso para trabajar por oferta de empleo (con los arts. 39 a 41).',
          en: 'Cited for the temporary-residence visa with work permit on a job offer (with Arts. 39–41).',
        },
      },
      {
        number: '52',
        summary: {
          es: 'Citado como base de la residencia temporal con permiso para trabajar por oferta de empleo.',
          en: 'Cited as a basis for temporary residence with a work permit on a job offer.',
        },
      },
    ],
  },
  {
    id: 'rlmig',
    acronym: 'RLMig',
    name: { es: 'Reglamento de la Ley de Migración', en: 'Regulation of the Migration Law' },
    articles: [
      {
        number: '105',
        summary: {
          es: 'Citado en el trámite de visa por oferta de empleo (con los arts. 115 y 117).',
          en: 'Cited for the job-offer visa procedure (with Arts. 115 and 117).',
        },
      },
    ],
  },
  {
    id: 'la',
    acronym: 'LA',
    name: { es: 'Ley Aduanera', en: 'Customs Law' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LAdua.pdf',
    publishedOn: '1995-12-15',
    lastReformOn: '2025-11-19',
    articles: [
      {
        number: '59',
        summary: {
          es: 'Obligaciones de los importadores; fr. III (manifestación de valor y encargo conferido al agente aduanal), fr. IV (inscripción en el Padrón de Importadores, a cargo del SAT) y fr. V (expediente electrónico de cada pedimento, ampliado en la reforma de DOF 19-11-2025).',
          en: 'Importers’ obligations; fr. III (value declaration and appointment of the customs broker), fr. IV (registration in the Importers Register, kept by SAT) and fr. V (electronic file for every customs declaration, widened by the reform of DOF 19-11-2025).',
        },
        reformedOn: '2025-11-19',
      },
      {
        number: '100-A',
        summary: {
          es: 'Registro de empresas certificadas, incluida la modalidad de operador económico autorizado: requisitos (fracciones VII y VIII añadidas en DOF 19-11-2025); la resolución se emite en 180 días naturales y, sin respuesta, se entiende favorable (párrafo sobre la renovación).',
          en: 'Certified-companies register, including the authorised economic operator modality: requirements (fractions VII and VIII added in DOF 19-11-2025); the decision is issued within 180 calendar days and silence counts as approval (paragraph on renewal).',
        },
        reformedOn: '2025-11-19',
      },
    ],
  },
  {
    id: 'rla',
    acronym: 'RLA',
    name: { es: 'Reglamento de la Ley Aduanera', en: 'Regulation of the Customs Law' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/regley/Reg_LAdua.doc',
    publishedOn: '2015-04-20',
    // Cámara de Diputados text, read 2026-12-04.
    lastReformOn: '2026-02-23',
    articles: [
      {
        number: '82',
        summary: {
          es: 'Inscripción en el Padrón de Importadores y en el de Sectores Específicos: RFC activo, e.firma vigente, opinión de cumplimiento (CFF art. 32-D) y los requisitos de las reglas del SAT; la autoridad aduanera resuelve en 10 días desde el día siguiente a la recepción.',
          en: 'Registration in the Importers Register and the sector-specific one: active RFC, valid e.firma, tax-compliance opinion (CFF Art. 32-D) and the SAT rules’ requirements; the customs authority decides within 10 days from the day after receipt.',
        },
      },
      {
        number: '87',
        summary: {
          es: 'Inscripción en el Padrón de Exportadores Sectorial, con los mismos requisitos; la autoridad aduanera resuelve en 10 días desde el día siguiente a la recepción.',
          en: 'Registration in the sector exporters’ register, with the same requirements; the customs authority decides within 10 days from the day after receipt.',
        },
      },
    ],
  },
  {
    id: 'rgce',
    acronym: 'RGCE',
    name: { es: 'Reglas Generales de Comercio Exterior (vigentes)', en: 'General Foreign Trade Rules (current year)' },
    articles: [
      {
        number: '1.3.2',
        summary: {
          es: 'Regla sobre la inscripción en el Padrón de Importadores.',
          en: 'Rule on registration in the Importers Register.',
        },
      },
      {
        number: 'Anexo 10',
        summary: {
          es: 'Apartado A: mercancías que exigen el Padrón de Importadores de Sectores Específicos (químicos, radiactivos, precursores químicos, armas y explosivos, cigarros, calzado, textiles y confección, alcohol etílico, hidrocarburos, acero, productos siderúrgicos, automotriz); Apartado B: Padrón de Exportadores Sectorial.',
          en: 'Section A: goods requiring the Sector-Specific Importers Register (chemicals, radioactive goods, chemical precursors, firearms and explosives, cigarettes, footwear, textiles and apparel, ethyl alcohol, hydrocarbons, steel, steel products, automotive); Section B: Sector-Specific Exporters Register.',
        },
      },
    ],
  },
  {
    id: 'decreto-immex',
    acronym: 'Decreto IMMEX',
    name: {
      es: 'Decreto para el Fomento de la Industria Manufacturera, Maquiladora y de Servicios de Exportación (Decreto IMMEX)',
      en: 'Decree for the Promotion of the Manufacturing, Maquiladora and Export Services Industry (IMMEX Decree)',
    },
    publishedOn: '2006-11-01',
    // The Ministry of Economy's compiled text (SNICE, "documento referencial al 28 de agosto de 2025"), read 2026-12-04.
    lastReformOn: '2025-08-28',
    articles: [
      {
        number: '11',
        summary: {
          es: 'Autorización del programa, previa opinión favorable del SAT y visita de inspección: la solicitud declara el compromiso de vender al exterior más de 500 000 dólares al año o de exportar al menos el 10 % de la facturación; la Secretaría resuelve en 15 días hábiles (10 para los demás trámites del programa) y, sin resolución, se entiende que resolvió favorablemente.',
          en: 'Authorisation of the programme, after SAT’s favourable opinion and an inspection visit: the application states the commitment to sell abroad more than USD 500,000 a year or to export at least 10 % of invoicing; the Ministry decides within 15 business days (10 for the programme’s other procedures) and, failing a decision, is deemed to have decided in favour.',
        },
      },
      {
        number: '24',
        summary: {
          es: 'Obligaciones de las empresas con programa; fr. I: vender al exterior más de 500 000 dólares al año o facturar exportaciones por al menos el 10 % de la facturación total.',
          en: 'Obligations of programme holders; fr. I: sell abroad more than USD 500,000 a year or invoice exports of at least 10 % of total invoicing.',
        },
      },
      {
        number: '25',
        summary: {
          es: 'Reporte anual de ventas y exportaciones del ejercicio anterior, a más tardar el último día hábil de mayo; si no se presenta, se suspende la importación temporal.',
          en: 'Annual report of the previous year’s sales and exports, by the last business day of May at the latest; if it is not filed, temporary importing is suspended.',
        },
      },
    ],
  },
  {
    id: 'reglas-se-ce',
    acronym: 'Reglas y Criterios de Comercio Exterior (SE)',
    name: {
      es: 'Acuerdo por el que la Secretaría de Economía emite Reglas y Criterios de Carácter General en materia de Comercio Exterior',
      en: 'Agreement by which the Ministry of Economy issues General Rules and Criteria on Foreign Trade',
    },
    publishedOn: '2022-05-09',
    // Compiled text with its modifications up to DOF 02-04-2026 (SNICE "documento referencial"), read 2026-12-04.
    lastReformOn: '2026-04-02',
    articles: [
      {
        number: '3.2.37',
        summary: {
          es: 'IMMEX: la SE resuelve el programa en 15 días hábiles (10 para los demás trámites), contados desde que el expediente está completo, tras la visita de inspección, que realiza dentro de los 10 días hábiles siguientes a la solicitud, y tras el plazo para atender su requerimiento.',
          en: 'IMMEX: SE decides the programme within 15 business days (10 for other procedures), counted from when the file is complete, after the inspection visit, which it makes within 10 business days of the application, and after the period to answer its request.',
        },
      },
      {
        number: '3.4.14',
        summary: {
          es: 'PROSEC: la solicitud de programa nuevo se presenta en la Ventanilla Digital con e.firma, con los domicilios de las plantas, los sectores, los bienes a producir y los documentos que enumera.',
          en: 'PROSEC: the new-programme application is filed in the Ventanilla Digital with e.firma, stating the plants’ addresses, the sectors, the goods to be produced and the documents the rule lists.',
        },
      },
      {
        number: '3.4.19',
        summary: {
          es: 'PROSEC: la SE resuelve programa nuevo, ampliación o alta de domicilio en un máximo de 15 días hábiles (art. 7 del Decreto PROSEC), desde que el expediente está completo, tras la visita de verificación (dentro de los 10 días hábiles siguientes a la solicitud) y el plazo del requerimiento.',
          en: 'PROSEC: SE decides a new programme, an extension or a new address within 15 business days at most (PROSEC Decree Art. 7), from when the file is complete, after the verification visit (within 10 business days of the application) and the period of any request.',
        },
      },
    ],
  },
  {
    id: 'decreto-prosec',
    acronym: 'Decreto PROSEC',
    name: {
      es: 'Decreto por el que se establecen diversos Programas de Promoción Sectorial (PROSEC)',
      en: 'Decree establishing the Sectoral Promotion Programmes (PROSEC)',
    },
    publishedOn: '2002-08-02',
  },
  {
    id: 'liva',
    acronym: 'LIVA',
    name: { es: 'Ley del Impuesto al Valor Agregado', en: 'Value Added Tax Law' },
    articles: [
      {
        number: '28-A',
        summary: {
          es: 'Crédito fiscal del 100% del IVA en importaciones temporales para empresas certificadas.',
          en: 'Tax credit of 100% of the VAT on temporary imports for certified companies.',
        },
      },
    ],
  },
  {
    id: 'lieps',
    acronym: 'LIEPS',
    name: { es: 'Ley del Impuesto Especial sobre Producción y Servicios', en: 'Special Tax on Production and Services Law (excise)' },
    articles: [
      {
        number: '15-A',
        summary: {
          es: 'Crédito fiscal del 100% del IEPS en importaciones temporales para empresas certificadas.',
          en: 'Tax credit of 100% of the excise tax (IEPS) on temporary imports for certified companies.',
        },
      },
    ],
  },
  {
    id: 'lfd',
    acronym: 'LFD',
    name: { es: 'Ley Federal de Derechos', en: 'Federal Duties Law (government fees)' },
  },
  {
    id: 'lgs',
    acronym: 'LGS',
    name: { es: 'Ley General de Salud', en: 'General Health Law' },
    articles: [
      {
        number: '17-bis',
        summary: {
          es: 'Citado como base de la COFEPRIS y sus atribuciones.',
          en: 'Cited as the basis of COFEPRIS and its powers.',
        },
      },
      {
        number: '198',
        summary: {
          es: 'Citado como base de la licencia sanitaria para establecimientos que fabrican medicamentos o dispositivos de mayor riesgo (por confirmar).',
          en: 'Cited as the basis of the sanitary licence for establishments making medicines or higher-risk devices (to be confirmed).',
        },
      },
      {
        number: '200-bis',
        summary: {
          es: 'Citado como base del aviso de funcionamiento para establecimientos de menor riesgo (por confirmar).',
          en: 'Cited as the basis of the operating notice for lower-risk establishments (to be confirmed).',
        },
      },
      {
        number: '376',
        summary: {
          es: 'Productos que requieren registro sanitario, entre ellos medicamentos y dispositivos médicos.',
          en: 'Products that need a sanitary registration, including medicines and medical devices.',
        },
      },
    ],
  },
  {
    id: 'lgeepa',
    acronym: 'LGEEPA',
    name: {
      es: 'Ley General del Equilibrio Ecológico y la Protección al Ambiente',
      en: 'General Law of Ecological Balance and Environmental Protection',
    },
    articles: [
      {
        number: '28',
        summary: {
          es: 'Obras y actividades que requieren autorización federal de impacto ambiental, entre ellas obras hidráulicas, vías de comunicación, ductos, industrias petrolera, petroquímica, química, siderúrgica, papelera, azucarera, cementera y eléctrica, minería e instalaciones de residuos peligrosos.',
          en: 'Works and activities that need federal environmental-impact authorisation, including hydraulic works, roads, pipelines, the oil, petrochemical, chemical, steel, paper, sugar, cement and electric industries, mining and hazardous-waste facilities.',
        },
      },
      {
        number: '30',
        summary: {
          es: 'Contenido de la manifestación de impacto ambiental (MIA).',
          en: 'Content of the environmental impact statement (MIA).',
        },
      },
      {
        number: '35-bis',
        summary: {
          es: 'Plazo de evaluación de la MIA, citado como 60 días hábiles (por confirmar).',
          en: 'Evaluation period for the MIA, cited as 60 business days (to be confirmed).',
        },
      },
      {
        number: '111-bis',
        summary: {
          es: 'Fuentes fijas de jurisdicción federal que requieren licencia (LAU): industrias química, petrolera y petroquímica, de pinturas y tintas, automotriz, de celulosa y papel, metalúrgica (incluida la siderúrgica), del vidrio, de generación de electricidad, del asbesto, cementera y calera, y de tratamiento de residuos peligrosos.',
          en: 'Federal-jurisdiction fixed sources that need a licence (LAU): chemical, oil and petrochemical, paints and inks, automotive, pulp and paper, metallurgy (including steel), glass, power generation, asbestos, cement and lime, and hazardous-waste treatment industries.',
        },
      },
    ],
  },
  {
    id: 'reia',
    acronym: 'REIA',
    name: {
      es: 'Reglamento de la Ley General del Equilibrio Ecológico y la Protección al Ambiente en materia de Evaluación del Impacto Ambiental',
      en: 'Regulation of the LGEEPA on Environmental Impact Assessment',
    },
    articles: [
      {
        number: '5',
        summary: {
          es: 'Lista detallada de obras y actividades que requieren autorización de impacto ambiental.',
          en: 'Detailed list of works and activities that need environmental-impact authorisation.',
        },
      },
      {
        number: '9',
        summary: {
          es: 'Presentación de la MIA ante SEMARNAT (con el art. 10 sobre sus modalidades regional y particular).',
          en: 'Filing of the MIA with SEMARNAT (with Art. 10 on its regional and particular modalities).',
        },
      },
    ],
  },
  {
    id: 'rlgeepa-atm',
    acronym: 'RLGEEPA-Atmósfera',
    name: {
      es: 'Reglamento de la LGEEPA en materia de Prevención y Control de la Contaminación de la Atmósfera',
      en: 'Regulation of the LGEEPA on Prevention and Control of Air Pollution',
    },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/regley/Reg_LGEEPA_MPCCA_311014.pdf',
    publishedOn: '1988-11-25',
    lastReformOn: '2014-10-31',
    articles: [
      {
        number: '6',
        summary: {
          es: 'Definiciones; fr. IX: «licencia de funcionamiento» es la Licencia Ambiental Única o la autorización de la Secretaría para operar fuentes fijas de jurisdicción federal (LGEEPA art. 111 Bis).',
          en: 'Definitions; fr. IX: “operating licence” means the Single Environmental Licence (LAU) or the Ministry’s authorisation to operate federal-jurisdiction fixed sources (LGEEPA Art. 111 Bis).',
        },
        reformedOn: '2014-10-31',
      },
      {
        number: '17-bis',
        summary: {
          es: 'Subsectores industriales cuyas fuentes fijas son de jurisdicción federal (LAU).',
          en: 'Industrial subsectors whose fixed sources fall under federal jurisdiction (LAU).',
        },
      },
      {
        number: '19',
        summary: {
          es: 'Solicitud de la licencia de funcionamiento: datos del solicitante, ubicación, proceso, maquinaria, materias primas y combustibles, productos y desechos, contaminantes esperados, equipos de control y programa de contingencias, en el formato de la Secretaría.',
          en: 'Operating-licence application: applicant details, location, process, machinery, raw materials and fuels, products and waste, expected pollutants, control equipment and contingency programme, on the Ministry’s form.',
        },
      },
      {
        number: '20',
        summary: {
          es: 'La Secretaría otorga o niega la licencia dentro de 30 días hábiles desde que cuenta con toda la información requerida.',
          en: 'The Ministry grants or refuses the licence within 30 business days from when it has all the information required.',
        },
      },
    ],
  },
  {
    id: 'rlgpgir',
    acronym: 'RLGPGIR',
    name: {
      es: 'Reglamento de la Ley General para la Prevención y Gestión Integral de los Residuos',
      en: 'Regulation of the General Law for the Prevention and Integral Management of Waste',
    },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/regley/Reg_LGPGIR_311014.pdf',
    publishedOn: '2006-11-30',
    lastReformOn: '2014-10-31',
    articles: [
      {
        number: '25',
        summary: {
          es: 'Plan de manejo de los grandes generadores: el sistema da acuse y la Secretaría tiene 45 días para evaluarlo y emitir su número de registro.',
          en: 'Large generators’ management plan: the system acknowledges it and the Ministry has 45 days to assess it and issue its registration number.',
        },
      },
      {
        number: '42',
        summary: {
          es: 'Categorías de generadores de residuos peligrosos: grande (10 t o más al año), pequeño (más de 400 kg y menos de 10 t) y micro (hasta 400 kg).',
          en: 'Hazardous-waste generator categories: large (10 t or more a year), small (more than 400 kg and less than 10 t) and micro (up to 400 kg).',
        },
      },
      {
        number: '43',
        summary: {
          es: 'Registro de generadores en el portal de la Secretaría: datos, residuos y cantidades estimadas; el sistema asigna de inmediato el número de registro y la categoría.',
          en: 'Generator registration on the Ministry’s portal: details, waste and estimated quantities; the system immediately assigns the registration number and category.',
        },
      },
    ],
  },
  {
    id: 'lgpgir',
    acronym: 'LGPGIR',
    name: {
      es: 'Ley General para la Prevención y Gestión Integral de los Residuos',
      en: 'General Law for the Prevention and Integrated Management of Waste',
    },
  },
  {
    id: 'lse',
    acronym: 'LSE',
    name: { es: 'Ley del Sector Eléctrico', en: 'Electricity Sector Law' },
    publishedOn: '2025-03-18',
    articles: [
      {
        number: '2',
        summary: {
          es: 'La planeación y el control del sistema eléctrico nacional y el servicio público de transmisión y distribución son exclusivos del Estado.',
          en: 'Planning and control of the national electric system and the public transmission and distribution service are exclusive to the State.',
        },
      },
      {
        number: '18',
        summary: {
          es: 'La generación para abasto aislado y para el Mercado Eléctrico Mayorista requiere permiso de la Comisión Nacional de Energía.',
          en: 'Generation for isolated supply and for the Wholesale Electricity Market needs a permit from the National Energy Commission (CNE).',
        },
      },
      {
        number: '19',
        summary: {
          es: 'Toda central de 0.7 MW o más requiere permiso de generación; las menores son generadoras exentas y las destinadas solo a emergencias no lo requieren.',
          en: 'Every power plant of 0.7 MW or more needs a generation permit; smaller plants are exempt generators, and plants used only in emergencies need none.',
        },
      },
      {
        number: '139',
        summary: {
          es: 'La SENER resuelve sobre la Manifestación de Impacto Social del Sector Energético en un plazo no mayor a 90 días naturales.',
          en: 'SENER decides on the energy-sector social impact assessment within 90 calendar days at most.',
        },
      },
    ],
  },
  {
    id: 'rlse',
    acronym: 'RLSE',
    name: { es: 'Reglamento de la Ley del Sector Eléctrico', en: 'Regulation of the Electricity Sector Law' },
    publishedOn: '2025-10-03',
  },
  {
    id: 'lcne',
    acronym: 'LCNE',
    name: { es: 'Ley de la Comisión Nacional de Energía', en: 'National Energy Commission Law' },
    publishedOn: '2025-03-18',
  },
  {
    id: 'lan',
    acronym: 'LAN',
    name: { es: 'Ley de Aguas Nacionales', en: 'National Waters Law' },
  },
  {
    id: 'lic',
    acronym: 'LIC',
    name: { es: 'Ley de Infraestructura de la Calidad', en: 'Quality Infrastructure Law' },
  },
  {
    id: 'lfppi',
    acronym: 'LFPPI',
    name: { es: 'Ley Federal de Protección a la Propiedad Industrial', en: 'Federal Law for the Protection of Industrial Property' },
  },
  {
    id: 'lfpa',
    acronym: 'LFPA',
    name: { es: 'Ley Federal de Procedimiento Administrativo', en: 'Federal Administrative Procedure Law' },
  },
  {
    id: 'lgahotdu',
    acronym: 'LGAHOTDU',
    name: {
      es: 'Ley General de Asentamientos Humanos, Ordenamiento Territorial y Desarrollo Urbano',
      en: 'General Law of Human Settlements, Land-Use Planning and Urban Development',
    },
  },
  {
    id: 'lgpc',
    acronym: 'LGPC',
    name: { es: 'Ley General de Protección Civil', en: 'General Civil Protection Law' },
  },
  {
    id: 'decreto-vui',
    acronym: 'Decreto VUI',
    name: {
      es: 'Decreto por el que se crea la Ventanilla Única para Inversionistas y el Registro Único de Proyectos de Inversión',
      en: 'Decree creating the One-Stop Shop for Investors (VUI) and the Single Registry of Investment Projects (RUPI)',
    },
    publishedOn: '2023-07-26',
  },
  {
    id: 'acuerdo-rupi',
    acronym: 'Disposiciones RUPI',
    name: {
      es: 'Acuerdo por el que se emiten las Disposiciones generales para la operación del Registro Único de Proyectos de Inversión',
      en: 'Agreement issuing the General Provisions for the operation of the Single Registry of Investment Projects (RUPI)',
    },
    publishedOn: '2024-09-30',
  },
  {
    id: 'lineamientos-sare',
    acronym: 'Lineamientos SARE/PROSARE',
    name: {
      es: 'Lineamientos del Sistema de Apertura Rápida de Empresas (SARE) y del PROSARE (emitidos por la CONAMER, extinta en 2025)',
      en: 'Guidelines for the Rapid Business Opening System (SARE) and the PROSARE certification programme (issued by CONAMER, wound up in 2025)',
    },
    publishedOn: '2019-05-20',
    // Issued under the Ley General de Mejora Regulatoria, which the LNETB (DOF 16-07-2025, transitorio segundo)
    // repealed; whether they still bind is unconfirmed, so procedures cite them with the LNETB beside them.
  },
  {
    id: 'state-tax-law',
    acronym: 'Leyes de hacienda estatales',
    name: {
      es: 'Leyes de hacienda y códigos fiscales de los estados',
      en: 'State tax laws and fiscal codes',
    },
  },
  {
    id: 'state-notarial-law',
    acronym: 'Leyes del notariado',
    name: { es: 'Leyes del notariado de los estados', en: 'State notarial laws' },
  },
  {
    id: 'state-urban-law',
    acronym: 'Leyes estatales de desarrollo urbano',
    name: {
      es: 'Leyes de desarrollo urbano de los estados',
      en: 'State urban development laws',
    },
  },
  {
    id: 'municipal-regulations',
    acronym: 'Reglamentos municipales',
    name: {
      es: 'Reglamentos municipales de construcción, zonificación y funcionamiento de establecimientos',
      en: 'Municipal building, zoning and business-operation regulations',
    },
  },
  {
    id: 'state-environmental-law',
    acronym: 'Leyes ambientales estatales',
    name: { es: 'Leyes ambientales de los estados', en: 'State environmental laws' },
  },
  {
    id: 'state-civil-protection-law',
    acronym: 'Leyes estatales de protección civil',
    name: { es: 'Leyes de protección civil de los estados', en: 'State civil protection laws' },
  },
  {
    id: 'state-registry-law',
    acronym: 'Leyes del Registro Público de la Propiedad',
    name: {
      es: 'Leyes del Registro Público de la Propiedad de los estados',
      en: 'State property registry laws',
    },
  },
  {
    id: 'cf-cdmx',
    acronym: 'CFCDMX',
    name: { es: 'Código Fiscal de la Ciudad de México', en: 'Mexico City Fiscal Code' },
    articles: [
      {
        number: '156',
        summary: {
          es: 'Citado por una fuente como base del impuesto sobre nóminas (4% desde 2025); otra cita el art. 158. Artículo exacto por confirmar.',
          en: 'Cited by one source as the basis of the payroll tax (4% from 2025); another cites Art. 158. Exact article to be confirmed.',
        },
      },
      {
        number: '158',
        summary: {
          es: 'Citado por otra fuente como base del impuesto sobre nóminas; ver art. 156. Artículo exacto por confirmar.',
          en: 'Cited by another source as the basis of the payroll tax; see Art. 156. Exact article to be confirmed.',
        },
      },
    ],
  },
  {
    id: 'lcec',
    acronym: 'LCEC',
    name: { es: 'Ley de Cámaras Empresariales y sus Confederaciones', en: 'Law on Business Chambers and their Confederations' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LCEC.pdf',
    publishedOn: '2005-01-20',
    articles: [
      { number: '30', summary: { es: 'Todo comerciante e industrial registra y actualiza cada año cada uno de sus establecimientos en el SIEM.', en: 'Every trader and manufacturer registers each of its establishments in the SIEM and updates them every year.' } },
      { number: '31', summary: { es: 'Costo nominal aprobado por la SE; registro dentro de los dos meses siguientes al alta ante la SHCP; renovación en el primer bimestre; avisos de cambios en dos meses.', en: 'Nominal fee approved by SE; registration within two months of registering with the SHCP; renewal in the first two months of the year; changes reported within two months.' } },
      { number: '40', summary: { es: 'Multa de 200 a 600 salarios mínimos (aplicados como UMA) por no registrarse oportunamente o informar mal.', en: 'Fine of 200 to 600 minimum wages (applied as UMA) for late or wrong registration.' } },
    ],
  },
  {
    id: 'lfce',
    acronym: 'LFCE',
    name: { es: 'Ley Federal de Competencia Económica', en: 'Federal Economic Competition Law' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFCE.pdf',
    publishedOn: '2014-05-23',
    lastReformOn: '2025-07-16',
    articles: [
      { number: '86', summary: { es: 'Concentraciones que requieren autorización previa de la Comisión Nacional Antimonopolio (umbrales en UMA); sin ella no producen efectos.', en: 'Concentrations that need prior authorisation by the Comisión Nacional Antimonopolio (thresholds in UMA); without it they have no effect.' }, reformedOn: '2025-07-16' },
      { number: '90', summary: { es: 'Procedimiento: prevención en 10 días, información adicional en 15, resolución en 30 días (ampliable 20); sin resolución, no hay objeción.', en: 'Procedure: request for missing items within 10 days, more information within 15, decision within 30 days (extendable by 20); no decision means no objection.' }, reformedOn: '2025-07-16' },
    ],
  },
  {
    id: 'ligie',
    acronym: 'LIGIE',
    name: { es: 'Ley de los Impuestos Generales de Importación y de Exportación', en: 'General Import and Export Duties Law' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIGIE.pdf',
    publishedOn: '2022-06-07',
    lastReformOn: '2025-12-31',
    articles: [
      { number: '2, fr. II, regla 8ª', summary: { es: 'Regla complementaria 8ª («Regla Octava»): previa autorización de la Secretaría de Economía, las empresas con registro de empresa fabricante importan por la fracción designada (partida 98.02) insumos, partes y componentes de lo que fabrican o ensamblan en México.', en: 'Complementary rule 8 (“Regla Octava”): with prior authorisation from the Ministry of Economy, companies holding a manufacturer registration import under the designated tariff items (heading 98.02) inputs, parts and components of what they make or assemble in Mexico.' } },
      { number: '1, partida 98.02', summary: { es: 'Fracciones 9802.00.01 a 9802.00.25: mercancías para cada Programa de Promoción Sectorial, exentas de impuesto de importación, con las exclusiones que cada fracción indica.', en: 'Items 9802.00.01 to 9802.00.25: goods for each Sectoral Promotion Programme, exempt from import duty, with the exclusions each item states.' } },
    ],
  },
];
