/**
 * Laws and rules cited by the sectoral and municipal procedures that laws.ts does not
 * carry yet (kept apart so two editors do not collide on one file; combined in index.ts).
 *
 * Read on 2026-12-03 in the Cámara de Diputados consolidated texts (diputados.gob.mx
 * LeyesBiblio) unless another source is named. Only articles actually read are listed.
 */
import type { z } from 'zod';
import type { Law } from '../schema.ts';

export const sectoralLaws: z.input<typeof Law>[] = [
  {
    id: 'lsh',
    acronym: 'LSH',
    name: { es: 'Ley del Sector Hidrocarburos', en: 'Hydrocarbons Sector Law' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LSH.pdf',
    publishedOn: '2025-03-18',
    articles: [
      {
        number: '76',
        summary: {
          es: 'Permisos: la SENER otorga los de importación y exportación de petrolíferos, gas natural y petroquímicos; la CNE los de almacenamiento, distribución, comercialización, expendio al público y despacho para autoconsumo de petrolíferos, y los de gas natural.',
          en: 'Permits: SENER grants those for importing and exporting petroleum products, natural gas and petrochemicals; the CNE grants those for storage, distribution, marketing, retail sale and dispensing for own consumption of petroleum products, and natural-gas permits.',
        },
      },
      {
        number: '80',
        summary: {
          es: 'Contenido mínimo de la solicitud de permiso (datos del solicitante, opinión de cumplimiento fiscal positiva, posesión del predio, especificaciones técnicas, ubicación georreferenciada, monto de inversión, acta constitutiva, poderes y estructura accionaria, entre otros).',
          en: 'Minimum content of a permit application (applicant details, positive tax-compliance opinion, possession of the site, technical specifications, geo-referenced location, investment amount, incorporation deed, powers of attorney and shareholding structure, among others).',
        },
      },
    ],
  },
  {
    id: 'lmtr',
    acronym: 'LMTR',
    name: { es: 'Ley en materia de Telecomunicaciones y Radiodifusión', en: 'Telecommunications and Broadcasting Law' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMTR.pdf',
    publishedOn: '2025-07-16',
    articles: [
      {
        number: '6',
        summary: {
          es: 'A falta de disposición expresa en la ley se aplican supletoriamente, entre otras, la Ley Federal de Procedimiento Administrativo (fr. I).',
          en: 'Where the law is silent, the Federal Administrative Procedure Law applies supplementarily, among others (fr. I).',
        },
      },
      {
        number: '7',
        summary: {
          es: 'La Comisión Reguladora de Telecomunicaciones es un órgano administrativo desconcentrado de la Agencia de Transformación Digital y Telecomunicaciones, con independencia técnica, operativa y de gestión.',
          en: 'The Telecommunications Regulatory Commission is a deconcentrated administrative body of the Digital Transformation and Telecommunications Agency, with technical, operational and management independence.',
        },
      },
      {
        number: '271',
        summary: {
          es: 'Los equipos que se conecten a una red de telecomunicaciones o usen el espectro radioeléctrico deben homologarse; el solicitante debe tener domicilio en México.',
          en: 'Equipment that connects to a telecommunications network or uses the radio spectrum must be type-approved (homologado); the applicant must have an address in Mexico.',
        },
      },
      {
        number: '272',
        summary: {
          es: 'La Comisión Reguladora de Telecomunicaciones publica los procedimientos y lineamientos de homologación; el certificado de homologación es único por equipo o grupo de equipos.',
          en: 'The Telecommunications Regulatory Commission publishes the type-approval procedures and guidelines; the type-approval certificate is unique to each device or group of devices.',
        },
      },
    ],
  },
  {
    id: 'lnetb',
    acronym: 'LNETB',
    name: { es: 'Ley Nacional para Eliminar Trámites Burocráticos', en: 'National Law to Eliminate Bureaucratic Procedures' },
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LNETB.pdf',
    publishedOn: '2025-07-16',
    articles: [
      {
        number: '3, fr. V',
        summary: {
          es: 'La Agencia de Transformación Digital y Telecomunicaciones (ATDT) es la Autoridad Nacional de Simplificación y Digitalización.',
          en: 'The Digital Transformation and Telecommunications Agency (ATDT) is the National Simplification and Digitalisation Authority.',
        },
      },
      {
        number: 'Transitorios segundo y cuarto',
        summary: {
          es: 'Abroga la Ley General de Mejora Regulatoria (2018) y extingue la CONAMER; las referencias a la CONAMER se entienden hechas a la ATDT.',
          en: 'Repeals the General Law on Regulatory Improvement (2018) and winds up CONAMER; references to CONAMER are read as references to the ATDT.',
        },
      },
    ],
  },
  {
    id: 'ris',
    acronym: 'RIS',
    name: { es: 'Reglamento de Insumos para la Salud', en: 'Health Supplies Regulation' },
    url: 'https://www.dof.gob.mx/index.php?year=1998&month=02&day=04',
    articles: [
      {
        number: '179',
        summary: {
          es: 'Registro de dispositivos médicos: la Secretaría resuelve en 30 días los de clase I (si no, la solicitud se entiende procedente), y en 35 y 60 días los de clases II y III.',
          en: 'Medical-device registration: the Ministry decides class I applications in 30 days (otherwise the application is deemed granted), and class II and III applications in 35 and 60 days.',
        },
      },
    ],
  },
  {
    id: 'nom-241-ssa1',
    acronym: 'NOM-241-SSA1-2025',
    name: { es: 'NOM-241-SSA1-2025, Buenas prácticas de fabricación de dispositivos médicos', en: 'NOM-241-SSA1-2025, Good manufacturing practices for medical devices' },
    url: 'https://platiica.economia.gob.mx/normalizacion/nom-241-ssa1-2025',
    publishedOn: '2025-04-04',
  },
  {
    id: 'nom-030-stps',
    acronym: 'NOM-030-STPS-2009',
    name: {
      es: 'NOM-030-STPS-2009, Servicios preventivos de seguridad y salud en el trabajo — Funciones y actividades',
      en: 'NOM-030-STPS-2009, Preventive occupational safety and health services — Functions and activities',
    },
    url: 'https://www.dof.gob.mx/index.php?year=2009&month=12&day=22',
    publishedOn: '2009-12-22',
  },
  {
    id: 'nom-019-stps',
    acronym: 'NOM-019-STPS-2011',
    name: {
      es: 'NOM-019-STPS-2011, Constitución, integración, organización y funcionamiento de las comisiones de seguridad e higiene',
      en: 'NOM-019-STPS-2011, Setting up, membership, organisation and operation of safety and hygiene committees',
    },
    url: 'https://www.dof.gob.mx/index.php?year=2011&month=04&day=13',
    publishedOn: '2011-04-13',
  },
  {
    id: 'nom-035-stps',
    acronym: 'NOM-035-STPS-2018',
    name: {
      es: 'NOM-035-STPS-2018, Factores de riesgo psicosocial en el trabajo — Identificación, análisis y prevención',
      en: 'NOM-035-STPS-2018, Psychosocial risk factors at work — Identification, analysis and prevention',
    },
    url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5541828&fecha=23/10/2018',
    publishedOn: '2018-10-23',
    articles: [
      {
        number: '2',
        summary: {
          es: 'Campo de aplicación por tamaño: hasta 15 trabajadores, política de prevención y difusión (numerales 5.1, 5.4, 5.5, 5.7, 8.1 y 8.2); de 16 a 50, además identificar y analizar los factores de riesgo psicosocial; más de 50, además evaluar el entorno organizacional.',
          en: 'Scope by size: up to 15 workers, a prevention policy and information (sections 5.1, 5.4, 5.5, 5.7, 8.1 and 8.2); 16 to 50, also identify and analyse psychosocial risk factors; more than 50, also assess the organisational environment.',
        },
      },
    ],
  },
  {
    id: 'rlsh',
    acronym: 'RLSH',
    name: { es: 'Reglamento de la Ley del Sector Hidrocarburos', en: 'Regulation of the Hydrocarbons Sector Law' },
    url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5769153&fecha=03/10/2025',
    publishedOn: '2025-10-03',
    articles: [
      {
        number: '93',
        summary: {
          es: 'Vigencias máximas de los permisos (petrolíferos: almacenamiento hasta 30 años, despacho para autoconsumo hasta 15, importación y exportación hasta 5); no hay prórroga, se pide un nuevo permiso hasta un año antes del vencimiento.',
          en: 'Maximum permit terms (petroleum products: storage up to 30 years, dispensing for own use up to 15, import and export up to 5); there is no extension, a new permit is requested up to one year before expiry.',
        },
      },
      {
        number: '96',
        summary: {
          es: 'Contenido de las solicitudes de permiso en los formatos autorizados, entre otros el acuse o la autorización de la Manifestación de Impacto Social y de la evaluación ambiental ante la ASEA, la posesión del predio y el comprobante de pago de los derechos o aprovechamientos correspondientes (fr. VIII).',
          en: 'Content of permit applications on the authorised forms, including the acknowledgement or authorisation of the social impact assessment and of the ASEA environmental assessment, possession of the site and proof of payment of the applicable fees or charges (fr. VIII).',
        },
      },
      {
        number: '143',
        summary: {
          es: 'Permisos distintos de importación y exportación: la SENER o la CNE se pronuncian sobre la admisión en 10 días hábiles y resuelven en 70 días hábiles desde la admisión; el plazo se suspende durante la prevención (30 días hábiles) y los requerimientos (hasta 10 días hábiles).',
          en: 'Permits other than import and export: SENER or the CNE rule on admission within 10 business days and decide within 70 business days of admission; the clock stops during requests for corrections (30 business days) and for information (up to 10 business days).',
        },
      },
      {
        number: '144',
        summary: {
          es: 'Permisos de importación y exportación de la SENER: admisión en 5 días hábiles (prevención: 10 días hábiles para subsanar y 5 para revisar) y resolución en 12 días hábiles desde la admisión.',
          en: 'SENER import and export permits: admission within 5 business days (corrections: 10 business days to make them and 5 to review) and a decision within 12 business days of admission.',
        },
      },
      {
        number: '146',
        summary: {
          es: 'Si la SENER o la CNE no resuelven la solicitud de permiso en el plazo, se entiende resuelta en sentido negativo.',
          en: 'If SENER or the CNE does not decide a permit application in time, it is deemed refused.',
        },
      },
    ],
  },
];
