/**
 * Authorities and their offices.
 *
 * Sources: /work/shared/reference/mexico-investment-facts.md and
 * /work/shared/reference/ley-inversion-extranjera-verified.md. URLs are given only where the
 * references cite a page of the authority's own official site; addresses and hours only where
 * the references give them. Generic local authorities carry no stateCode: each state and
 * municipality names its own body.
 */
import type { z } from 'zod';
import type { Authority, Office } from '../schema.ts';

export const authorities: z.input<typeof Authority>[] = [
  // ── Federal ────────────────────────────────────────────────────────────
  {
    id: 'se',
    acronym: 'SE',
    name: { es: 'Secretaría de Economía', en: 'Ministry of Economy (Secretaría de Economía)' },
    level: 'federal',
    url: 'https://www.economia.gob.mx',
    description: {
      es: 'Autoriza las denominaciones sociales, lleva el Registro Público de Comercio y el Registro Nacional de Inversiones Extranjeras, administra IMMEX y PROSEC y opera la Ventanilla Única para Inversionistas.',
      en: 'Authorises company names, runs the Public Registry of Commerce and the National Foreign Investment Registry, administers IMMEX and PROSEC, and operates the One-Stop Shop for Investors (VUI).',
    },
  },
  {
    id: 'se-dgnm',
    acronym: 'DGNM',
    name: {
      es: 'Dirección General de Normatividad Mercantil',
      en: 'Directorate-General for Commercial Regulation (DGNM)',
    },
    level: 'federal',
    parent: 'se',
    description: {
      es: 'Unidad de la Secretaría de Economía que resuelve las autorizaciones de uso de denominación o razón social y recibe los avisos de uso.',
      en: 'Unit of the Secretaría de Economía that decides company-name authorisations and receives the notices of use.',
    },
  },
  {
    id: 'se-dgie',
    acronym: 'DGIE',
    name: {
      es: 'Dirección General de Inversión Extranjera (Registro Nacional de Inversiones Extranjeras)',
      en: 'Directorate-General for Foreign Investment (National Foreign Investment Registry, RNIE)',
    },
    level: 'federal',
    parent: 'se',
    description: {
      es: 'Unidad de la Secretaría de Economía que lleva el RNIE y recibe sus inscripciones, avisos trimestrales e informes anuales.',
      en: 'Unit of the Secretaría de Economía that keeps the RNIE and receives its registrations, quarterly notices and annual reports.',
    },
  },
  {
    id: 'cnie',
    acronym: 'CNIE',
    name: { es: 'Comisión Nacional de Inversiones Extranjeras', en: 'National Foreign Investment Commission (CNIE)' },
    level: 'federal',
    description: {
      es: 'Comisión intersecretarial presidida por el Secretario de Economía que resuelve sobre la participación extranjera mayor al 49% en las actividades del art. 8 de la LIE y en las adquisiciones del art. 9.',
      en: 'Inter-ministerial commission chaired by the Secretary of Economía that decides on foreign participation above 49% in the activities of LIE Art. 8 and in Art. 9 acquisitions.',
    },
  },
  {
    id: 'se-dgfcce',
    acronym: 'DGFCCE',
    name: {
      es: 'Dirección General de Facilitación Comercial y de Comercio Exterior',
      en: 'Directorate-General for Trade Facilitation and Foreign Trade',
    },
    level: 'federal',
    parent: 'se',
    description: {
      es: 'Unidad de la Secretaría de Economía que autoriza los programas IMMEX.',
      en: 'Unit of the Secretaría de Economía that authorises IMMEX programmes.',
    },
  },
  {
    id: 'se-dgn',
    acronym: 'DGN',
    name: { es: 'Dirección General de Normas', en: 'Directorate-General for Standards' },
    level: 'federal',
    parent: 'se',
    description: {
      es: 'Unidad de la Secretaría de Economía a cargo de las Normas Oficiales Mexicanas (NOM) de producto, junto con los organismos de evaluación de la conformidad.',
      en: 'Unit of the Secretaría de Economía in charge of Mexican product standards (NOM), together with conformity-assessment bodies.',
    },
  },
  {
    id: 'sat',
    acronym: 'SAT',
    name: { es: 'Servicio de Administración Tributaria', en: 'Tax Administration Service (SAT)' },
    level: 'federal',
    url: 'https://www.sat.gob.mx',
    description: {
      es: 'Autoridad fiscal y aduanera federal: RFC, e.firma, sellos digitales, opinión de cumplimiento y padrones de importadores y exportadores.',
      en: 'Federal tax and customs authority: RFC, e.firma, digital seals, tax-compliance opinion and the importers and exporters registers.',
    },
  },
  {
    id: 'imss',
    acronym: 'IMSS',
    name: { es: 'Instituto Mexicano del Seguro Social', en: 'Mexican Social Security Institute (IMSS)' },
    level: 'federal',
    url: 'https://www.imss.gob.mx',
    description: {
      es: 'Registra a los patrones y a sus trabajadores en el seguro social y recauda sus cuotas.',
      en: 'Registers employers and their workers in social security and collects their contributions.',
    },
  },
  {
    id: 'infonavit',
    acronym: 'INFONAVIT',
    name: {
      es: 'Instituto del Fondo Nacional de la Vivienda para los Trabajadores',
      en: 'National Workers’ Housing Fund Institute (INFONAVIT)',
    },
    level: 'federal',
    description: {
      es: 'Fondo de vivienda de los trabajadores; el número de registro patronal del IMSS sirve también ante el INFONAVIT.',
      en: 'Workers’ housing fund; the IMSS employer number is also used with INFONAVIT.',
    },
  },
  {
    id: 'stps',
    acronym: 'STPS',
    name: { es: 'Secretaría del Trabajo y Previsión Social', en: 'Ministry of Labour and Social Welfare (STPS)' },
    level: 'federal',
    description: {
      es: 'Lleva el padrón de prestadores de servicios u obras especializados (REPSE).',
      en: 'Keeps the registry of providers of specialised services or works (REPSE).',
    },
  },
  {
    id: 'inm',
    acronym: 'INM',
    name: { es: 'Instituto Nacional de Migración', en: 'National Migration Institute (INM)' },
    level: 'federal',
    description: {
      es: 'Expide la constancia de inscripción de empleador y autoriza las visas y la residencia de trabajadores extranjeros.',
      en: 'Issues the employer registration certificate and authorises visas and residence for foreign workers.',
    },
  },
  {
    id: 'sre',
    acronym: 'SRE',
    name: { es: 'Secretaría de Relaciones Exteriores', en: 'Ministry of Foreign Affairs (SRE)' },
    level: 'federal',
    description: {
      es: 'Otorga los permisos y recibe los avisos sobre inmuebles de extranjeros en la zona restringida; sus consulados expiden las visas.',
      en: 'Grants permits and receives notices on foreign-held real estate in the restricted zone; its consulates issue visas.',
    },
  },
  {
    id: 'cofepris',
    acronym: 'COFEPRIS',
    name: {
      es: 'Comisión Federal para la Protección contra Riesgos Sanitarios',
      en: 'Federal Commission for the Protection against Sanitary Risks (COFEPRIS)',
    },
    level: 'federal',
    description: {
      es: 'Autoridad sanitaria: registros sanitarios, licencias sanitarias y avisos de funcionamiento para dispositivos médicos, medicamentos y ciertos alimentos y productos químicos.',
      en: 'Health regulator: sanitary registrations, sanitary licences and operating notices for medical devices, medicines and certain food and chemical products.',
    },
  },
  {
    id: 'semarnat',
    acronym: 'SEMARNAT',
    name: {
      es: 'Secretaría de Medio Ambiente y Recursos Naturales',
      en: 'Ministry of Environment and Natural Resources (SEMARNAT)',
    },
    level: 'federal',
    url: 'https://www.gob.mx/semarnat',
    description: {
      es: 'Evalúa el impacto ambiental de obras federales (MIA) y expide la Licencia Ambiental Única (LAU) y la Cédula de Operación Anual (COA) de fuentes fijas federales.',
      en: 'Assesses the environmental impact of federal works (MIA) and issues the Single Environmental Licence (LAU) and the Annual Operating Report (COA) for federal fixed sources.',
    },
  },
  {
    id: 'asea',
    acronym: 'ASEA',
    name: {
      es: 'Agencia de Seguridad, Energía y Ambiente',
      en: 'Safety, Energy and Environment Agency (ASEA)',
    },
    level: 'federal',
    parent: 'semarnat',
    description: {
      es: 'Atiende la evaluación ambiental de los proyectos del sector hidrocarburos en lugar de SEMARNAT.',
      en: 'Handles the environmental assessment of hydrocarbon-sector projects instead of SEMARNAT.',
    },
  },
  {
    id: 'cne',
    acronym: 'CNE',
    name: { es: 'Comisión Nacional de Energía', en: 'National Energy Commission (CNE)' },
    level: 'federal',
    parent: 'sener',
    description: {
      es: 'Órgano desconcentrado de la SENER creado en 2025 en sustitución de la CRE y la CNH; otorga los permisos de generación y almacenamiento de electricidad.',
      en: 'Deconcentrated body of SENER created in 2025 to replace the CRE and CNH; grants electricity generation and storage permits.',
    },
  },
  {
    id: 'sener',
    acronym: 'SENER',
    name: { es: 'Secretaría de Energía', en: 'Ministry of Energy (SENER)' },
    level: 'federal',
    description: {
      es: 'Dependencia federal del sector energético de la que depende la Comisión Nacional de Energía.',
      en: 'Federal energy ministry to which the National Energy Commission belongs.',
    },
  },
  {
    id: 'conagua',
    acronym: 'CONAGUA',
    name: { es: 'Comisión Nacional del Agua', en: 'National Water Commission (CONAGUA)' },
    level: 'federal',
    parent: 'semarnat',
    description: {
      es: 'Otorga las concesiones para extraer aguas nacionales y los permisos de descarga de aguas residuales, conforme a la Ley de Aguas Nacionales.',
      en: 'Grants concessions to abstract national waters and permits to discharge wastewater, under the National Waters Law.',
    },
  },
  {
    id: 'impi',
    acronym: 'IMPI',
    name: { es: 'Instituto Mexicano de la Propiedad Industrial', en: 'Mexican Institute of Industrial Property (IMPI)' },
    level: 'federal',
    description: {
      es: 'Registra marcas y otros derechos de propiedad industrial.',
      en: 'Registers trademarks and other industrial property rights.',
    },
  },
  {
    id: 'fedatarios',
    acronym: 'Fedatarios',
    name: { es: 'Notarios y corredores públicos', en: 'Notaries and public brokers' },
    level: 'state',
    description: {
      es: 'Los notarios (regulados por cada estado) y los corredores públicos (habilitados por la federación para sociedades mercantiles) formalizan la constitución de la sociedad y suelen presentar su inscripción en el RPC y el RFC.',
      en: 'Notaries (regulated by each state) and public brokers (federally authorised for commercial companies) formalise the incorporation and usually file its registration in the RPC and the RFC.',
    },
  },

  // ── Generic local authorities (each state or municipality has its own) ──
  {
    id: 'state-treasury',
    acronym: 'Finanzas estatal',
    name: {
      es: 'Secretaría de Finanzas o de Hacienda del estado',
      en: 'State finance or treasury secretariat',
    },
    level: 'state',
    description: {
      es: 'Administra los impuestos estatales, entre ellos el impuesto sobre nóminas, en el que se registran los patrones al contratar personal.',
      en: 'Administers state taxes, including the payroll tax in which employers register when they hire staff.',
    },
  },
  {
    id: 'state-property-registry',
    acronym: 'RPPC',
    name: {
      es: 'Registro Público de la Propiedad y del Comercio del estado',
      en: 'State Public Registry of Property and Commerce',
    },
    level: 'state',
    description: {
      es: 'Inscribe la adquisición de inmuebles y, junto con la Secretaría de Economía, los actos mercantiles en el folio electrónico; cobra derechos que varían por estado.',
      en: 'Registers property acquisitions and, together with the Secretaría de Economía, commercial acts in the electronic folio; charges fees that vary by state.',
    },
  },
  {
    id: 'state-environment',
    acronym: 'Medio ambiente estatal',
    name: {
      es: 'Secretaría de medio ambiente del estado',
      en: 'State environment secretariat',
    },
    level: 'state',
    description: {
      es: 'Expide las licencias ambientales estatales para fuentes fijas y proyectos que no son de competencia federal.',
      en: 'Issues state environmental licences for fixed sources and projects that are not under federal jurisdiction.',
    },
  },
  {
    id: 'state-civil-protection',
    acronym: 'Protección civil estatal',
    name: {
      es: 'Coordinación estatal de protección civil',
      en: 'State civil protection agency',
    },
    level: 'state',
    description: {
      es: 'Revisa programas internos y dictámenes de protección civil cuando la ley estatal se los asigna.',
      en: 'Reviews internal civil protection programmes and risk opinions where state law assigns them to it.',
    },
  },
  {
    id: 'state-economic-development',
    acronym: 'Desarrollo económico estatal',
    name: {
      es: 'Secretaría de desarrollo económico del estado',
      en: 'State economic development secretariat',
    },
    level: 'state',
    description: {
      es: 'Promueve la inversión en el estado y es el primer contacto estatal del inversionista.',
      en: 'Promotes investment in the state and is the investor’s first state-level contact.',
    },
  },
  {
    id: 'atdt',
    acronym: 'ATDT',
    name: { es: 'Agencia de Transformación Digital y Telecomunicaciones', en: 'Digital Transformation and Telecommunications Agency' },
    level: 'federal',
    description: {
      // LNETB arts. 3 fr. V and 8; transitorio cuarto: CONAMER was wound up and references to it are read as the ATDT.
      es: 'Autoridad Nacional de Simplificación y Digitalización conforme a la Ley Nacional para Eliminar Trámites Burocráticos (arts. 3, fr. V, y 8). Asumió las funciones de la extinta Comisión Nacional de Mejora Regulatoria (CONAMER) y administra el Portal Ciudadano Único de Trámites y Servicios, donde se registran los trámites federales, estatales y municipales.',
      en: 'National Simplification and Digitalisation Authority under the National Law to Eliminate Bureaucratic Procedures (LNETB, Arts. 3 fr. V and 8). It took over the functions of the former regulatory-improvement commission (CONAMER), now wound up, and runs the single national procedures portal (Portal Ciudadano Único de Trámites y Servicios), where federal, state and municipal procedures are registered.',
    },
  },
  {
    id: 'local-simplification-authority',
    acronym: 'Autoridad Local de Simplificación',
    name: {
      es: 'Autoridad Local de Simplificación y Digitalización (estatal o municipal)',
      en: 'Local Simplification and Digitalisation Authority (state or municipal)',
    },
    level: 'state',
    description: {
      // LNETB arts. 11–13 and transitorio décimo cuarto.
      es: 'Cada gobierno estatal y municipal debe contar con una, designada por su ejecutivo (LNETB arts. 11 y 12): revisa la regulación local, propone simplificar y digitalizar trámites y vigila que los trámites locales estén al día en el Portal Ciudadano Único (art. 13). Sustituye a las autoridades locales de mejora regulatoria, que siguen funcionando mientras no se establezca (transitorio décimo cuarto).',
      en: 'Every state and municipal government must have one, appointed by its executive (LNETB Arts. 11 and 12): it reviews local regulation, proposes simplifying and digitising procedures, and makes sure local procedures are kept up to date on the national procedures portal (Art. 13). It replaces the local regulatory-improvement authorities, which keep working until it is set up (transitional article 14).',
    },
  },
  {
    id: 'municipality',
    acronym: 'Ayuntamiento',
    name: {
      es: 'Ayuntamiento (desarrollo urbano y licencias)',
      en: 'Municipal government (urban development and licences)',
    },
    level: 'municipal',
    description: {
      es: 'Expide el uso de suelo, el alineamiento y número oficial, la licencia de construcción, la autorización de ocupación y la licencia de funcionamiento.',
      en: 'Issues the land-use licence, street alignment and official number, construction licence, occupancy authorisation and operating licence.',
    },
  },
  {
    id: 'municipal-civil-protection',
    acronym: 'Protección civil municipal',
    name: {
      es: 'Unidad municipal de protección civil',
      en: 'Municipal civil protection unit',
    },
    level: 'municipal',
    parent: 'municipality',
    description: {
      es: 'Emite el dictamen de protección civil previo a la apertura y revisa el programa interno de protección civil.',
      en: 'Issues the civil protection opinion required before opening and reviews the internal civil protection programme.',
    },
  },
  {
    id: 'municipal-water-utility',
    acronym: 'Organismo operador de agua',
    name: {
      es: 'Organismo operador municipal de agua potable y alcantarillado',
      en: 'Municipal water and sewerage utility',
    },
    level: 'municipal',
    description: {
      es: 'Otorga la factibilidad y la conexión de agua potable y alcantarillado.',
      en: 'Grants the water and sewerage feasibility and connection.',
    },
  },
  {
    id: 'cna',
    acronym: 'CNA',
    name: { es: 'Comisión Nacional Antimonopolio', en: 'National Antitrust Commission (Comisión Nacional Antimonopolio)' },
    level: 'federal',
    description: {
      es: 'Autoridad de competencia económica creada por la reforma a la LFCE (DOF 16-07-2025), en lugar de la COFECE y, en competencia, del IFT: autoriza las concentraciones y persigue las prácticas monopólicas.',
      en: 'The competition authority created by the LFCE reform (DOF 16-07-2025), replacing COFECE and, for competition matters, the IFT: it authorises concentrations and prosecutes monopolistic practices.',
    },
  },
];

export const offices: z.input<typeof Office>[] = [
  {
    id: 'se-dgnm-insurgentes',
    authority: 'se-dgnm',
    name: {
      es: 'Secretaría de Economía, Insurgentes Sur 1940 (ventanillas de la DGNM y del RNIE)',
      en: 'Secretaría de Economía, Insurgentes Sur 1940 (DGNM and RNIE windows)',
    },
    address: 'Av. Insurgentes Sur 1940, Col. Florida, Alcaldía Álvaro Obregón, C.P. 01030, Ciudad de México',
    hours: {
      es: 'Ventanilla del RNIE (planta baja): 09:00 a 14:00, para presentar trámites cuando el sistema electrónico no funciona. Horario de la ventanilla de la DGNM por confirmar.',
      en: 'RNIE window (ground floor): 09:00–14:00, for filings when the electronic system is down. DGNM window hours to be confirmed.',
    },
  },
  {
    id: 'sat-adsc',
    authority: 'sat',
    name: {
      es: 'Oficinas del SAT (Administraciones Desconcentradas de Servicios al Contribuyente), con cita',
      en: 'SAT taxpayer service offices (ADSC), by appointment',
    },
  },
  {
    id: 'se-representations',
    authority: 'se',
    name: {
      es: 'Oficinas de representación de la Secretaría de Economía en los estados',
      en: 'Secretaría de Economía state representation offices',
    },
  },
  {
    id: 'vucem',
    authority: 'sat',
    name: {
      es: 'Ventanilla Única de Comercio Exterior (VUCEM), en línea',
      en: 'Foreign Trade Single Window (VUCEM), online',
    },
    url: 'https://www.ventanillaunica.gob.mx',
    // The references give VUCEM as the channel for SE (IMMEX) and SAT (VAT/IEPS certification) filings,
    // but not which body runs it.
    unverified: true,
  },
  {
    id: 'semarnat-ecc',
    authority: 'semarnat',
    name: {
      es: 'Espacios de Contacto Ciudadano (ECC) de SEMARNAT en los estados',
      en: 'SEMARNAT Citizen Contact Points (ECC) in the states',
    },
  },
  {
    id: 'imss-subdelegations',
    authority: 'imss',
    name: { es: 'Subdelegaciones del IMSS', en: 'IMSS sub-delegations (local offices)' },
    unverified: true,
  },
  {
    id: 'inm-offices',
    authority: 'inm',
    name: { es: 'Oficinas de trámites del INM', en: 'INM service offices' },
    unverified: true,
  },
  {
    id: 'sre-offices',
    authority: 'sre',
    name: {
      es: 'Oficinas de la SRE (unidad central y oficinas en los estados)',
      en: 'SRE offices (central unit and state offices)',
    },
  },
  {
    id: 'cofepris-cis',
    authority: 'cofepris',
    name: { es: 'Centro Integral de Servicios (CIS) de COFEPRIS', en: 'COFEPRIS Comprehensive Service Centre (CIS)' },
    unverified: true,
  },
  {
    id: 'conagua-offices',
    authority: 'conagua',
    name: { es: 'Oficinas de atención de CONAGUA', en: 'CONAGUA service offices' },
    unverified: true,
  },
  {
    id: 'impi-offices',
    authority: 'impi',
    name: { es: 'Oficinas del IMPI', en: 'IMPI offices' },
    unverified: true,
  },
  {
    id: 'cne-oficialia',
    authority: 'cne',
    name: {
      es: 'Oficialía de Partes Electrónica de la CNE',
      en: 'CNE Electronic Filing Office (Oficialía de Partes Electrónica)',
    },
  },
];
