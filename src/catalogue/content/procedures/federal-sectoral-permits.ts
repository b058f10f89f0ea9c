/**
 * Federal sector permits added in the December 2026 audit (catalogue-audit-2026-12.md §3):
 * COFEPRIS good-manufacturing certificate (NOM-241) and the notice of the person
 * responsible for health matters, CRT type approval, the SENER social-impact
 * authorisation, grid interconnection and CNE permits for fuel storage and dispensing.
 *
 * Read on 2026-12-03 in the Cámara de Diputados consolidated texts (LGS, LFD with its 2026
 * amounts, LSE, LSH, LMTR, LFPA) and official pages; what they do not settle is flagged.
 *
 * 2026-12-04: regulations checked. The LSH Regulation (DOF 03-10-2025, dof.gob.mx nota 5769153,
 * read in a copy of the DOF page) settles the fuel-permit decision times (arts. 143, 144, 146) but
 * sets no fee amount (art. 96 fr. VIII); the LSE Regulation (same date) adds the MIS procedure
 * (arts. 206, 213-215) and sets no time or fee for CENACE's interconnection studies. Still flagged:
 * fuel-permit and MIS charges, and interconnection study time and fees. Later on 2026-12-04 the CRT type-approval time was settled by LMTR arts. 6
 * fr. I and 7 with LFPA art. 17 (the CRT guidelines, still not read, may set another term), and the GMP
 * certificate time by LGS art. 17 bis with LFPA art. 17 (RIS and COFEPRIS GMP guidelines not read).
 * 2026-12-04 (interconnection): CENACE's SIASIC pages and catalogue sheet CENACE-02-013-F name the
 * Manual para la Interconexión (DOF 09-02-2018) as the rule for the studies; its text, its survival under
 * the LSE and any 2025-2026 replacement were not read, so the study time stays flagged.
 */
import type { ProcedureInput } from '../../schema.ts';
import { lfpaPetition, nothingToWait } from './common.ts';

const SRC = {
  lgs: { title: 'Cámara de Diputados — Ley General de Salud (texto vigente, última reforma DOF 15-01-2026)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGS.pdf' },
  lfd: { title: 'Cámara de Diputados — Ley Federal de Derechos (cantidades actualizadas para 2026, RMF DOF 28-12-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
  lse: { title: 'Cámara de Diputados — Ley del Sector Eléctrico (DOF 18-03-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LSE.pdf' },
  lsh: { title: 'Cámara de Diputados — Ley del Sector Hidrocarburos (DOF 18-03-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LSH.pdf' },
  lmtr: { title: 'Cámara de Diputados — Ley en materia de Telecomunicaciones y Radiodifusión (DOF 16-07-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMTR.pdf' },
  lfpa: { title: 'Cámara de Diputados — Ley Federal de Procedimiento Administrativo', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPA.pdf' },
  nom241: { title: 'Secretaría de Economía (PLATIICA) — NOM-241-SSA1-2025, Buenas prácticas de fabricación de dispositivos médicos', url: 'https://platiica.economia.gob.mx/normalizacion/nom-241-ssa1-2025' },
  digipris: { title: 'Gobierno de la Ciudad de México — Aviso de funcionamiento y de responsable sanitario (presentación en DIGIPRIS de la COFEPRIS)', url: 'https://www.cdmx.gob.mx/public/InformacionTramite.xhtml?idTramite=2183' },
};

const NOT_IN_LFD = {
  es: 'La Ley Federal de Derechos no fija un derecho para este trámite; confirme en la ficha oficial si hay otro cobro (aprovechamiento).',
  en: 'The Federal Fees Law sets no fee for this procedure; check the official sheet for any other charge (aprovechamiento).',
};

export const procedures: ProcedureInput[] = [
  {
    id: 'cofepris-gmp-certificate',
    slug: 'certificado-buenas-practicas-fabricacion-dispositivos-medicos',
    level: 'federal',
    authority: 'cofepris',
    phase: 'operation',
    title: {
      es: 'Certificado de buenas prácticas de fabricación de dispositivos médicos (NOM-241)',
      en: 'Good-manufacturing-practice certificate for medical devices (NOM-241)',
    },
    summary: {
      es: 'Certificado de la COFEPRIS, tras una visita de verificación, de que la planta cumple la norma de buenas prácticas de fabricación de dispositivos médicos (NOM-241-SSA1-2025, en vigor desde el 30-11-2025; sustituye a la NOM-241-SSA1-2021). Los fabricantes nacionales lo presentan para registrar sus productos. Es la contraparte mexicana de un sistema de calidad ISO 13485 / QMSR.',
      en: 'COFEPRIS certificate, issued after an inspection visit, that the plant meets the good-manufacturing-practice standard for medical devices (NOM-241-SSA1-2025, in force since 30-11-2025; it replaces NOM-241-SSA1-2021). Domestic manufacturers file it to register their products. It is the Mexican counterpart of an ISO 13485 / QMSR quality system.',
    },
    whoNeedsIt: {
      es: 'Fabricantes de dispositivos médicos en México (SCIAN 3391 y 334519). La NOM-241 también obliga a almacenes de acondicionamiento y distribución de dispositivos médicos.',
      en: 'Manufacturers of medical devices in Mexico (SCIAN 3391 and 334519). NOM-241 also binds conditioning, storage and distribution warehouses for medical devices.',
    },
    appliesWhen: { all: [{ fact: 'healthProducts', op: 'eq', value: true }, { scianIn: ['3391', '334519'] }] },
    sectors: ['3391', '334519'],
    outputs: [{ es: 'Certificado de buenas prácticas de fabricación de dispositivos médicos', en: 'Good-manufacturing-practice certificate for medical devices' }],
    prerequisites: ['cofepris-operating-notice'],
    legalBasis: [{ law: 'nom-241-ssa1' }, { law: 'lfd', article: '195 fr. III; 195-E fr. X' }],
    steps: [
      {
        title: { es: 'Solicitar la visita de verificación para certificación y recibir el certificado', en: 'Request the certification inspection and receive the certificate' },
        description: {
          es: 'Se paga el derecho por la visita de verificación sanitaria para certificar buenas prácticas de fabricación y el derecho por el certificado; la COFEPRIS verifica la planta contra la NOM-241 y, si cumple, expide el certificado.',
          en: 'The fee for the health inspection visit to certify good manufacturing practice and the fee for the certificate are paid; COFEPRIS inspects the plant against NOM-241 and, if it complies, issues the certificate.',
        },
        channel: { kind: 'online-or-in-person', url: 'https://digipris.cofepris.gob.mx/', note: { es: 'Plataforma DIGIPRIS de la COFEPRIS (con e.firma) o Centro Integral de Servicios; confirme la modalidad en la ficha oficial.', en: 'COFEPRIS DIGIPRIS platform (with e.firma) or its Centro Integral de Servicios; confirm the channel in the official sheet.' } },
        office: 'cofepris-cis',
        requirements: [
          { name: { es: 'Acuse del aviso de funcionamiento del establecimiento', en: 'Acknowledgement of the establishment’s operating notice' }, producedBy: 'cofepris-operating-notice' },
          { name: { es: 'Comprobantes de pago de derechos (LFD arts. 195 fr. III y 195-E fr. X)', en: 'Fee receipts (LFD Arts. 195 fr. III and 195-E fr. X)' }, legalBasis: [{ law: 'lfd', article: '195 fr. III' }, { law: 'lfd', article: '195-E fr. X' }] },
          { name: { es: 'Sistema de gestión de calidad conforme a la NOM-241-SSA1-2025', en: 'Quality management system meeting NOM-241-SSA1-2025' }, legalBasis: [{ law: 'nom-241-ssa1' }] },
        ],
        costs: [
          { kind: 'fixed', concept: { es: 'Visita de verificación sanitaria para certificación de buenas prácticas de fabricación, por fábrica o laboratorio', en: 'Health inspection visit to certify good manufacturing practice, per plant or laboratory' }, amountMXN: 164122.92, year: 2026, legalBasis: [{ law: 'lfd', article: '195 fr. III a)' }] },
          { kind: 'fixed', concept: { es: 'Certificado de buenas prácticas de fabricación de insumos para la salud', en: 'Good-manufacturing-practice certificate for health supplies' }, amountMXN: 2783.8, year: 2026, legalBasis: [{ law: 'lfd', article: '195-E fr. X' }] },
        ],
        // Neither the LGS nor the LFD nor NOM-241 (as cited here) times the certification; COFEPRIS is a deconcentrated
        // body of the Health Ministry (LGS art. 17 bis), i.e. centralised administration, and health is none of the matters
        // LFPA art. 1 excludes, so LFPA art. 17 caps the answer at three months, silence meaning refusal, unless a general
        // provision (the Health Supplies Regulation or COFEPRIS's GMP guidelines, not read) sets another term.
        timeframe: {
          ...lfpaPetition(
            'Ni la LGS ni la NOM-241 fijan plazo para la visita y la expedición del certificado; la COFEPRIS es un órgano desconcentrado de la Secretaría de Salud (LGS art. 17 bis). No leímos el Reglamento de Insumos para la Salud ni los lineamientos de la COFEPRIS sobre buenas prácticas de fabricación, que pueden fijar otro plazo u otra regla del silencio: confírmelos en la ficha del trámite.',
            'Neither the LGS nor NOM-241 sets a term for the inspection and the issue of the certificate; COFEPRIS is a deconcentrated body of the Health Ministry (LGS Art. 17 bis). We did not read the Health Supplies Regulation or COFEPRIS’s good-manufacturing-practice guidelines, which may set another term or another silence rule: check them in the procedure sheet.',
          ),
          legalBasis: [{ law: 'lgs', article: '17-bis' }, { law: 'lfpa', article: '17' }],
        },
        legalBasis: [{ law: 'nom-241-ssa1' }],
      },
    ],
    caveats: [
      { es: 'Homoclave por confirmar en el Portal Ciudadano Único de Trámites y Servicios, y si la ficha fija un plazo de resolución más corto que el de la LFPA.', en: 'Official code to be confirmed in the national procedures portal (Portal Ciudadano Único de Trámites y Servicios), and whether its sheet sets a shorter decision time than the LFPA’s.' },
      { es: 'Para fabricación extranjera se presenta el certificado equivalente de la autoridad del país de origen (por ejemplo, un certificado ISO 13485); para dispositivos aprobados por la FDA o Health Canada existe el acuerdo de equivalencia de 26-10-2010.', en: 'For foreign manufacturing the equivalent certificate from the country of origin is filed (for example an ISO 13485 certificate); devices cleared by the FDA or Health Canada can use the equivalence agreement of 26-10-2010.' },
    ],
    sources: [SRC.nom241, SRC.lfd, SRC.lgs, SRC.lfpa],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'cofepris-responsible-person-notice',
    slug: 'aviso-responsable-sanitario',
    level: 'federal',
    authority: 'cofepris',
    phase: 'operation',
    title: { es: 'Aviso de responsable sanitario (COFEPRIS)', en: 'Notice of the person responsible for health matters (responsable sanitario, COFEPRIS)' },
    summary: {
      es: 'El titular de un establecimiento de insumos para la salud designa a un profesional responsable de la identidad, pureza y seguridad de los productos y de la farmacovigilancia, y da aviso a la Secretaría de Salud (LGS art. 259). Su cédula profesional se declara también en el aviso de funcionamiento (LGS art. 200 Bis fr. VI). Se presenta junto con el aviso de funcionamiento en la plataforma DIGIPRIS.',
      en: 'The owner of a health-supplies establishment appoints a professional responsible for the identity, purity and safety of the products and for pharmacovigilance, and notifies the Ministry of Health (LGS Art. 259). Their professional licence number is also declared in the operating notice (LGS Art. 200 Bis fr. VI). It is filed together with the operating notice on the DIGIPRIS platform.',
    },
    whoNeedsIt: {
      es: 'Fábricas, laboratorios, almacenes y distribuidores de medicamentos y sus materias primas (LGS arts. 257 a 260). Los establecimientos de dispositivos médicos declaran a su responsable sanitario en el aviso de funcionamiento cuando lo requieren (LGS art. 200 Bis fr. VI); confirme si su giro lo exige.',
      en: 'Plants, laboratories, warehouses and distributors of medicines and their raw materials (LGS Arts. 257 to 260). Medical-device establishments declare their responsible person in the operating notice where one is required (LGS Art. 200 Bis fr. VI); confirm whether your activity requires one.',
    },
    appliesWhen: { fact: 'healthProducts', op: 'eq', value: true },
    outputs: [{ es: 'Acuse del aviso de responsable sanitario', en: 'Acknowledgement of the responsible-person notice' }],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'lgs', article: '259' }, { law: 'lgs', article: '260' }, { law: 'lgs', article: '200 Bis fr. VI' }],
    steps: [
      {
        title: { es: 'Designar al responsable sanitario y presentar el aviso', en: 'Appoint the responsible person and file the notice' },
        channel: { kind: 'online', url: 'https://digipris.cofepris.gob.mx/', note: { es: 'DIGIPRIS, con la e.firma de la empresa.', en: 'DIGIPRIS, with the company’s e.firma.' } },
        office: 'cofepris-cis',
        requirements: [
          { name: { es: 'Título y cédula profesional del responsable sanitario (profesión que exige el art. 260 LGS según el tipo de establecimiento)', en: 'Degree and professional licence (cédula) of the responsible person (profession required by LGS Art. 260 for the type of establishment)' }, legalBasis: [{ law: 'lgs', article: '260' }] },
          { name: { es: 'Acta constitutiva y poder del representante legal', en: 'Incorporation deed and the legal representative’s power of attorney' }, producedBy: 'incorporation-deed' },
          { name: { es: 'RFC de la empresa', en: 'Company RFC' }, producedBy: 'sat-rfc-company' },
          { name: { es: 'e.firma vigente', en: 'Valid e.firma' } },
        ],
        costs: [{ kind: 'free', legalBasis: [{ law: 'lfd' }], note: NOT_IN_LFD }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lgs', article: '259' }],
          note: { es: 'Es un aviso, no una autorización: surte efecto al presentarse y no se espera resolución.', en: 'It is a notice, not an authorisation: it takes effect when filed and no decision is awaited.' },
        },
        legalBasis: [{ law: 'lgs', article: '259' }],
      },
    ],
    caveats: [
      { es: 'El Acuerdo de simplificación de la COFEPRIS (DOF 04-07-2025) fusionó varias homoclaves de avisos de responsable sanitario; la homoclave vigente está por confirmar.', en: 'The COFEPRIS simplification agreement (DOF 04-07-2025) merged several responsible-person notice codes; the current code is to be confirmed.' },
    ],
    sources: [SRC.lgs, SRC.digipris, SRC.lfd, { title: 'DOF (SIDOF) — Acuerdo de acciones de simplificación para trámites ante la COFEPRIS', url: 'https://sidof.segob.gob.mx/notas/docFuente/5766390' }],
    verifiedOn: '2026-12-03',
  },
  {
    id: 'crt-type-approval',
    slug: 'homologacion-equipos-telecomunicaciones',
    level: 'federal',
    authority: 'crt',
    phase: 'operation',
    title: { es: 'Homologación de equipos de telecomunicaciones (CRT)', en: 'Type approval of telecommunications and radio equipment (homologación, CRT)' },
    summary: {
      es: 'Los productos que se conectan a una red de telecomunicaciones o usan el espectro radioeléctrico deben homologarse antes de venderse en México (LMTR art. 271, ley de 2025). Desde 2025 la homologación corresponde a la Comisión Reguladora de Telecomunicaciones (CRT), que sustituyó al IFT. Es la contraparte de la autorización de equipos de la FCC.',
      en: 'Products that connect to a telecommunications network or use the radio spectrum must be type-approved before they are sold in Mexico (LMTR Art. 271, the 2025 law). Since 2025 type approval belongs to the Telecommunications Regulatory Commission (CRT), which replaced the IFT. It is the counterpart of FCC equipment authorisation.',
    },
    whoNeedsIt: {
      es: 'Fabricantes e importadores de equipos de comunicación y de productos con radio (módulos inalámbricos, telemetría). Ventanilla lo muestra a los fabricantes de equipo de comunicación (SCIAN 3342); confirme si su producto lo necesita.',
      en: 'Makers and importers of communication equipment and of products with a radio (wireless modules, telemetry). Ventanilla shows it to communication-equipment makers (SCIAN 3342); confirm whether your product needs it.',
    },
    appliesWhen: { scianIn: ['3342'] },
    sectors: ['3342'],
    outputs: [{ es: 'Certificado de homologación del equipo', en: 'Type-approval certificate for the equipment' }],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'lmtr', article: '271' }, { law: 'lmtr', article: '272' }, { law: 'lic' }],
    steps: [
      {
        title: { es: 'Obtener los informes de prueba y el certificado de conformidad', en: 'Obtain the test reports and the conformity certificate' },
        description: {
          es: 'El equipo se prueba contra las normas o disposiciones técnicas aplicables (NOM, disposiciones de la CRT y, en su caso, normas internacionales, en el orden del art. 272 LMTR). La CRT puede reconocer evaluaciones hechas en países con acuerdo de reconocimiento mutuo.',
          en: 'The equipment is tested against the applicable standards or technical provisions (NOMs, CRT provisions and, where applicable, international standards, in the order of LMTR Art. 272). The CRT may recognise assessments done in countries with a mutual-recognition agreement.',
        },
        channel: { kind: 'in-person', note: { es: 'Laboratorio de pruebas y organismo de certificación acreditados.', en: 'Accredited testing laboratory and certification body.' } },
        requirements: [{ name: { es: 'Muestras y documentación técnica del equipo', en: 'Samples and technical documentation of the equipment' } }],
        costs: [{ kind: 'variable', concept: { es: 'Pruebas de laboratorio y certificación', en: 'Laboratory tests and certification' }, formula: { es: 'Sin derecho oficial en este paso: la Ley Federal de Derechos solo cobra el certificado de homologación (art. 174-J, paso siguiente). El laboratorio de pruebas y el organismo de certificación cobran tarifas privadas que ninguna ley fija; pida cotización.', en: 'No government fee at this step: the Federal Fees Law only charges for the type-approval certificate (Art. 174-J, next step). The testing laboratory and the certification body charge private fees that no law sets; ask for a quote.' }, minMXN: null, maxMXN: null, legalBasis: [{ law: 'lfd', article: '174-J' }] }],
        // No authority decides here: the testing laboratory and the certification body are private, and no provision
        // times their work (as in the other steps a private party carries out, e.g. preparing the SENER MIS).
        timeframe: nothingToWait(
          'Ninguna autoridad resuelve en este paso: el laboratorio de pruebas y el organismo de certificación son privados y ninguna disposición fija su tiempo, que depende de su agenda y del equipo; pida el plazo al cotizar.',
          'No authority decides at this step: the testing laboratory and the certification body are private and no provision sets their time, which depends on their schedule and on the equipment; ask for the time when you get a quote.',
        ),
        legalBasis: [{ law: 'lmtr', article: '272' }, { law: 'lic' }],
      },
      {
        title: { es: 'Solicitar el certificado de homologación a la CRT', en: 'Apply to the CRT for the type-approval certificate' },
        channel: { kind: 'online-or-in-person', note: { es: 'Según los lineamientos de homologación de la CRT (por confirmar).', en: 'Under the CRT’s type-approval guidelines (to be confirmed).' } },
        requirements: [
          { name: { es: 'Certificado de conformidad e informes de prueba', en: 'Conformity certificate and test reports' } },
          { name: { es: 'Domicilio del solicitante en México', en: 'Applicant’s address in Mexico' }, legalBasis: [{ law: 'lmtr', article: '271' }] },
        ],
        costs: [{ kind: 'variable', concept: { es: 'Derechos por el certificado de homologación', en: 'Fee for the type-approval certificate' }, formula: { es: 'Tipo A (o su ampliación) MXN 919.61; tipo B MXN 3,200.84; tipo C MXN 3,615.18 (2026).', en: 'Type A (or its extension) MXN 919.61; type B MXN 3,200.84; type C MXN 3,615.18 (2026).' }, minMXN: 919.61, maxMXN: 3615.18, year: 2026, legalBasis: [{ law: 'lfd', article: '174-J' }] }],
        // LMTR (Cámara de Diputados text, DOF 16-07-2025; read 2026-12-04): arts. 271-272 require type approval and leave
        // the procedure to the CRT's guidelines, with no term; art. 6 fr. I: "A falta de disposición expresa en esta Ley
        // ... se aplicarán supletoriamente: I. La Ley Federal de Procedimiento Administrativo"; art. 7: "La Comisión es
        // un órgano administrativo desconcentrado de la Agencia" (centralised administration). So LFPA art. 17: three
        // months, silence = refusal, unless a general provision (the type-approval guidelines, not read) sets another term.
        timeframe: {
          ...lfpaPetition(
            'La LMTR no fija plazo para resolver la homologación (arts. 271 y 272) y ordena aplicar supletoriamente la LFPA a falta de disposición expresa (art. 6, fr. I); la CRT es un órgano desconcentrado de la Agencia de Transformación Digital y Telecomunicaciones (art. 7). No leímos los lineamientos de homologación del IFT, que siguen surtiendo efectos mientras la CRT no emita los suyos (transitorio décimo octavo) y pueden fijar otro plazo: confírmelo en la ficha del trámite.',
            'The LMTR sets no term for deciding type approval (Arts. 271 and 272) and applies the LFPA where it is silent (Art. 6 fr. I); the CRT is a deconcentrated body of the Digital Transformation and Telecommunications Agency (Art. 7). We did not read the IFT’s type-approval guidelines, which stay in effect until the CRT issues its own (eighteenth transitional article) and may set another term: confirm it in the procedure sheet.',
          ),
          legalBasis: [{ law: 'lmtr', article: '6' }, { law: 'lmtr', article: '7' }, { law: 'lfpa', article: '17' }],
        },
        legalBasis: [{ law: 'lmtr', article: '271' }, { law: 'lfd', article: '174-J' }],
      },
    ],
    caveats: [
      { es: 'La LMTR no fija plazo para resolver la homologación, por lo que rige la LFPA (art. 17): tres meses y negativa ficta, salvo que los procedimientos y lineamientos de la CRT (art. 272) fijen otro plazo. Los actos jurídicos emitidos por el IFT antes de la ley siguen surtiendo efectos (transitorio décimo octavo), de modo que sus lineamientos de homologación siguen siendo la referencia mientras la CRT no emita los propios.', en: 'The LMTR sets no time for deciding type approval, so the LFPA (Art. 17) applies: three months, silence counting as refusal, unless the CRT’s procedures and guidelines (Art. 272) set another term. Legal acts the IFT issued before the law keep their effect (eighteenth transitional article), so its type-approval guidelines remain the reference until the CRT issues its own.' },
    ],
    sources: [SRC.lmtr, SRC.lfpa, SRC.lfd],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sener-social-impact',
    slug: 'autorizacion-manifestacion-impacto-social-energia',
    level: 'federal',
    authority: 'sener',
    phase: 'construction',
    title: { es: 'Autorización de la Manifestación de Impacto Social del Sector Energético (SENER)', en: 'Energy-sector social impact assessment authorisation (SENER)' },
    summary: {
      es: 'Quien desarrolla un proyecto de infraestructura eléctrica presenta a la SENER una Manifestación de Impacto Social (MIS), elaborada con enfoque participativo, y solicita su autorización. La SENER resuelve en un máximo de 90 días naturales; sin la autorización definitiva no puede iniciarse la infraestructura del proyecto (LSE arts. 136 a 139). Es un trámite distinto del permiso de generación de la CNE.',
      en: 'Whoever develops an electricity infrastructure project files a Social Impact Assessment (Manifestación de Impacto Social, MIS) with SENER, prepared with a participatory approach, and applies for its authorisation. SENER decides within 90 calendar days at most; without the final authorisation the project’s infrastructure cannot start (LSE Arts. 136 to 139). It is separate from the CNE generation permit.',
    },
    whoNeedsIt: {
      es: 'Proyectos de infraestructura eléctrica, incluidas las centrales que requieren permiso (0.7 MW o más). Están exceptuadas las centrales que no requieren permiso y las ampliaciones o mantenimientos sin impacto social significativo (LSE art. 137).',
      en: 'Electricity infrastructure projects, including plants that need a permit (0.7 MW or more). Plants that need no permit, and extensions or maintenance without significant social impact, are exempt (LSE Art. 137).',
    },
    appliesWhen: { fact: 'powerMW', op: 'gte', value: 0.7 },
    outputs: [{ es: 'Autorización de la Manifestación de Impacto Social del Sector Energético', en: 'Authorisation of the energy-sector social impact assessment' }],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [{ law: 'lse', article: '136' }, { law: 'lse', article: '137' }, { law: 'lse', article: '138' }, { law: 'lse', article: '139' }],
    steps: [
      {
        title: { es: 'Elaborar la Manifestación de Impacto Social', en: 'Prepare the social impact assessment' },
        description: {
          es: 'Contiene al menos la descripción del proyecto y su área de influencia, las comunidades y pueblos del área, la valoración de impactos sociales positivos y negativos, y las medidas de prevención y mitigación en un plan de gestión social participativo (LSE art. 136).',
          en: 'It contains at least the project description and its area of influence, the communities and peoples in the area, the assessment of positive and negative social impacts, and prevention and mitigation measures in a participatory social management plan (LSE Art. 136).',
        },
        channel: { kind: 'in-person', note: { es: 'La elabora el promovente o un consultor.', en: 'Prepared by the developer or a consultant.' } },
        requirements: [],
        costs: [{ kind: 'free', note: { es: 'Sin cobro oficial en este paso; los honorarios del consultor que elabore el estudio son privados y no tienen cifra oficial.', en: 'No government fee at this step; the fees of the consultant who prepares the study are private and have no official figure.' } }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: { es: 'No interviene la autoridad: el tiempo de elaboración depende del proyecto y del proceso participativo (suele llevar semanas o meses; sin cifra oficial).', en: 'No authority is involved: preparation time depends on the project and the participatory process (often weeks or months; no official figure).' },
        },
        legalBasis: [{ law: 'lse', article: '136' }],
      },
      {
        title: { es: 'Solicitar la autorización a la SENER y recibir la resolución', en: 'Apply to SENER for the authorisation and receive the decision' },
        channel: { kind: 'online-or-in-person', note: { es: 'Ante la SENER; canal por confirmar.', en: 'With SENER; channel to be confirmed.' } },
        requirements: [
          { name: { es: 'Manifestación de Impacto Social del Sector Energético', en: 'Energy-sector social impact assessment' }, legalBasis: [{ law: 'lse', article: '136' }] },
          { name: { es: 'Versión pública de la manifestación', en: 'Public version of the assessment' }, legalBasis: [{ law: 'lse', article: '138' }] },
        ],
        costs: [{ kind: 'variable', concept: { es: 'Derecho o aprovechamiento por la evaluación', en: 'Fee or charge for the assessment' }, formula: { es: 'La LSE (art. 136) y su Reglamento (art. 206, DOF 03-10-2025) exigen acreditar el pago del derecho o aprovechamiento «en los términos de las disposiciones aplicables» para iniciar el trámite, sin fijar monto, y la Ley Federal de Derechos 2026 no tiene un derecho para la MIS. Monto por confirmar con la SENER.', en: 'The LSE (Art. 136) and its Regulation (Art. 206, DOF 03-10-2025) require proof of payment of the fee or charge “under the applicable provisions” to start the procedure, without setting an amount, and the 2026 Federal Fees Law has no fee for the MIS. Amount to be confirmed with SENER.' }, minMXN: null, maxMXN: null, unverified: true, legalBasis: [{ law: 'lse', article: '136' }, { law: 'rlse', article: '206' }] }],
        timeframe: {
          waiting: { min: 1, max: 90, unit: 'calendar-days' },
          legalDeadline: { days: 90, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          legalBasis: [{ law: 'lse', article: '139' }, { law: 'rlse', article: '213' }],
          note: { es: 'Plazo máximo legal de 90 días naturales desde la presentación (LSE art. 139; Reglamento de la LSE, art. 213). Si la SENER previene al promovente, este tiene hasta 30 días hábiles para contestar y el plazo se suspende mientras tanto (Reglamento, art. 214). Si la autorización es condicionada, el promovente tiene hasta 30 días hábiles para subsanar (LSE art. 139 fr. II) y, cuando informa que cumplió las condicionantes (por ejemplo, tras una consulta previa), la SENER resuelve en definitiva en 45 días hábiles, prorrogables por otros 45 (Reglamento, art. 215). Ni la ley ni el reglamento dicen qué sentido tiene el silencio.', en: 'Legal maximum of 90 calendar days from filing (LSE Art. 139; LSE Regulation, Art. 213). If SENER asks for corrections, the developer has up to 30 business days to answer and the clock stops meanwhile (Regulation, Art. 214). If the authorisation is conditional, the developer has up to 30 business days to remedy (LSE Art. 139 fr. II) and, once it reports that the conditions were met (for example after a prior consultation), SENER gives its final decision within 45 business days, extendable by another 45 (Regulation, Art. 215). Neither the law nor the regulation says what silence means.' },
        },
        legalBasis: [{ law: 'lse', article: '137' }, { law: 'lse', article: '139' }],
      },
    ],
    caveats: [
      { es: 'Después de la autorización se presenta a la SENER un informe anual del plan de gestión social y se avisan los cambios al proyecto (LSE art. 140).', en: 'After authorisation, an annual report on the social management plan is filed with SENER and changes to the project are notified (LSE Art. 140).' },
      { es: 'Los proyectos de hidrocarburos tienen su propia manifestación ante la SENER, con plazo de 90 días hábiles (Ley del Sector Hidrocarburos).', en: 'Hydrocarbon projects have their own assessment before SENER, with a 90-business-day time limit (Hydrocarbons Sector Law).' },
    ],
    sources: [SRC.lse],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'grid-interconnection-contract',
    slug: 'contrato-interconexion-central-electrica',
    level: 'federal',
    authority: 'cenace',
    phase: 'construction',
    title: { es: 'Interconexión a la red: estudio del CENACE y contrato de interconexión', en: 'Grid interconnection: CENACE study and interconnection contract' },
    summary: {
      es: 'Para conectar una central eléctrica a la red, el CENACE define la infraestructura requerida y ordena a la transportista o distribuidora (CFE) firmar el contrato de interconexión con base en los modelos de la CNE; el contrato se firma dentro de los 10 días hábiles siguientes a la orden y la interconexión física se hace dentro de las 72 horas siguientes (LSE art. 48). La instalación debe certificarla una unidad de inspección aprobada por la CNE.',
      en: 'To connect a power plant to the grid, CENACE defines the infrastructure required and orders the transmission or distribution company (CFE) to sign the interconnection contract on the CNE’s model forms; the contract is signed within 10 business days of the order and the physical connection made within 72 hours (LSE Art. 48). An inspection unit approved by the CNE must certify the installation.',
    },
    whoNeedsIt: {
      es: 'Centrales eléctricas que se interconectan a la red nacional de transmisión o a las redes generales de distribución, incluido el autoconsumo interconectado que vende excedentes (LSE art. 32). Las centrales aisladas no lo necesitan.',
      en: 'Power plants that connect to the national transmission grid or the general distribution networks, including interconnected self-supply that sells surplus (LSE Art. 32). Isolated plants do not need it.',
    },
    appliesWhen: { fact: 'powerMW', op: 'gte', value: 0.7 },
    outputs: [{ es: 'Contrato de interconexión firmado y orden de interconexión física', en: 'Signed interconnection contract and physical interconnection order' }],
    prerequisites: [],
    legalBasis: [{ law: 'lse', article: '48' }, { law: 'lse', article: '49' }],
    steps: [
      {
        title: { es: 'Solicitar al CENACE la definición de las características de la infraestructura requerida', en: 'Ask CENACE to define the specific infrastructure required' },
        description: {
          es: 'El CENACE estudia la solicitud con los criterios de las Reglas del Mercado. Su sitio SIASIC dice que atiende las solicitudes de interconexión conforme al Manual para la Interconexión de Centrales Eléctricas y Conexión de Centros de Carga (DOF 09-02-2018), con un estudio indicativo que define de forma preliminar la infraestructura requerida, seguido de otros estudios (entre ellos el de impacto). El permiso de generación no es requisito para pedir este estudio (LSE art. 49).',
          en: 'CENACE studies the request under the Market Rules. Its SIASIC site says it handles interconnection requests under the Manual for the Interconnection of Power Plants and Connection of Load Centres (Manual para la Interconexión de Centrales Eléctricas y Conexión de Centros de Carga, DOF 09-02-2018), starting with an indicative study that defines the required infrastructure in a preliminary way, followed by further studies (the impact study among them). The generation permit is not required to request this study (LSE Art. 49).',
        },
        channel: { kind: 'online', note: { es: 'Sistema de Atención a Solicitudes de Interconexión y Conexión (SIASIC) del CENACE, siasic.apps.cenace.gob.mx. Su página aún cita la Ley de la Industria Eléctrica: que siga siendo el canal con la LSE está por confirmar.', en: 'CENACE’s interconnection and connection request system (Sistema de Atención a Solicitudes de Interconexión y Conexión, SIASIC), siasic.apps.cenace.gob.mx. Its page still cites the former Electricity Industry Law (LIE): whether it remains the channel under the LSE is to be confirmed.' } },
        requirements: [{ name: { es: 'Datos técnicos de la central y punto de interconexión', en: 'Technical data of the plant and connection point' } }],
        costs: [{ kind: 'variable', concept: { es: 'Estudios y obras de interconexión', en: 'Interconnection studies and works' }, formula: { es: 'Las obras de interconexión y refuerzo corren a cargo del interesado; la CNE autoriza depósitos en garantía (LSE art. 49), y el solicitante cubre además los gastos de predios, servidumbres, estudios y derechos que requieran esas obras (Reglamento de la LSE, art. 134). Ni la ley ni el reglamento fijan el monto de los estudios del CENACE: por confirmar.', en: 'Interconnection and reinforcement works are paid by the applicant; the CNE authorises guarantee deposits (LSE Art. 49), and the applicant also covers the land, rights-of-way, studies and fees those works need (LSE Regulation, Art. 134). Neither the law nor the regulation sets the amount of CENACE’s studies: to be confirmed.' }, minMXN: null, maxMXN: null, unverified: true, legalBasis: [{ law: 'lse', article: '49' }] }],
        timeframe: {
          waiting: { min: 20, max: 120, unit: 'business-days' },
          tacitApproval: 'none',
          unverified: true,
          note: {
            es: 'El Reglamento de la LSE (DOF 03-10-2025) no fija plazo para los estudios: el CENACE los realiza a solicitud del particular (art. 67) conforme a las Reglas del Mercado y a las condiciones que expida la CNE (arts. 114 a 116). La regla del mercado que los regula es el Manual para la Interconexión de Centrales Eléctricas y Conexión de Centros de Carga (DOF 09-02-2018): lo citan el sitio SIASIC del CENACE y la ficha CENACE-02-013-F del Catálogo Nacional (validación de requerimientos técnicos, numeral 8.7.2 del Manual). Falta leer: el texto del Manual en el DOF, que fija el plazo de cada estudio (indicativo, de impacto y los demás); si sigue vigente con la LSE (los transitorios de la LSE sobre las disposiciones emitidas con la Ley de la Industria Eléctrica); y cualquier disposición de la SENER o de la CNE de 2025 o 2026 que lo sustituya o lo modifique. El rango de 20 a 120 días hábiles es una estimación, no un plazo legal.',
            en: 'The LSE Regulation (DOF 03-10-2025) sets no time for the studies: CENACE carries them out at the developer’s request (Art. 67) under the Market Rules and the conditions the CNE issues (Arts. 114 to 116). The market rule that governs them is the Manual for the Interconnection of Power Plants and Connection of Load Centres (DOF 09-02-2018): CENACE’s SIASIC site and sheet CENACE-02-013-F of the national procedures catalogue (technical-requirements validation, Manual numeral 8.7.2) cite it. Still to be read: the Manual’s text in the DOF, which sets the time of each study (indicative, impact and the others); whether it remains in force under the LSE (the LSE’s transitional articles on rules issued under the former Electricity Industry Law); and any 2025 or 2026 SENER or CNE rule replacing or amending it. The 20–120 business-day range is an estimate, not a legal term.',
          },
        },
        legalBasis: [{ law: 'lse', article: '48' }, { law: 'lse', article: '49' }],
      },
      {
        title: { es: 'Firmar el contrato de interconexión y conectar la central', en: 'Sign the interconnection contract and connect the plant' },
        channel: { kind: 'in-person', note: { es: 'Con la transportista o distribuidora, por orden del CENACE.', en: 'With the transmission or distribution company, on CENACE’s order.' } },
        requirements: [{ name: { es: 'Certificado de una unidad de inspección aprobada por la CNE', en: 'Certificate from an inspection unit approved by the CNE' }, legalBasis: [{ law: 'lse', article: '48 fr. IV' }] }],
        costs: [{ kind: 'variable', concept: { es: 'Honorarios de la unidad de inspección', en: 'Inspection unit fees' }, formula: { es: 'Tarifa privada; sin cifra oficial.', en: 'Private fee; no official figure.' }, minMXN: null, maxMXN: null, unverified: true }],
        timeframe: {
          waiting: { min: 1, max: 10, unit: 'business-days' },
          legalDeadline: { days: 10, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lse', article: '48' }],
          note: { es: 'Contrato dentro de 10 días hábiles desde la orden del CENACE; interconexión física dentro de las 72 horas siguientes a la orden.', en: 'Contract within 10 business days of CENACE’s order; physical connection within 72 hours of the order.' },
        },
        legalBasis: [{ law: 'lse', article: '48' }],
      },
    ],
    caveats: [
      { es: 'Los centros de carga (grandes consumidores) firman un contrato de conexión por la misma vía; las centrales de menos de 0.7 MW (generación distribuida) usan contratos simplificados de la CNE.', en: 'Load centres (large consumers) sign a connection contract the same way; plants under 0.7 MW (distributed generation) use simplified CNE contracts.' },
    ],
    sources: [
      SRC.lse,
      { title: 'CENACE — SIASIC, ¿Qué es el SIASIC? (las solicitudes de interconexión se atienden conforme al Manual para la Interconexión de Centrales Eléctricas y Conexión de Centros de Carga, DOF 09-02-2018)', url: 'https://siasic.apps.cenace.gob.mx/HomeEn/InfoSIASIC' },
      { title: 'CENACE — SIASIC, estudio indicativo (alcance e información mínima requerida)', url: 'https://siasic.apps.cenace.gob.mx/HomeEn/EstudioInterconexionIND' },
      { title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — CENACE-02-013-F, Solicitud de Interconexión: Validación de Requerimientos Técnicos (fundamento: Manual para la Interconexión, numeral 8.7.2)', url: 'https://catalogonacional.gob.mx/FichaTramitePdf/Index?traHomoclave=CENACE-02-013-F' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'cne-fuel-storage-permit',
    slug: 'permiso-cne-almacenamiento-despacho-petroliferos',
    level: 'federal',
    authority: 'cne',
    phase: 'operation',
    title: { es: 'Permiso de la CNE para almacenar o despachar combustibles para autoconsumo', en: 'CNE permit to store or dispense fuel for own use' },
    summary: {
      es: 'El almacenamiento de petrolíferos (diésel, gasolinas) y su despacho para autoconsumo, por ejemplo en una flota o una mina, requieren permiso de la Comisión Nacional de Energía (Ley del Sector Hidrocarburos, art. 76 fr. II b). Importar esos combustibles requiere además permiso de la SENER (art. 76 fr. I c). La solicitud tiene el contenido mínimo del art. 80.',
      en: 'Storing petroleum products (diesel, petrol) and dispensing them for own use, for example for a fleet or a mine, need a permit from the National Energy Commission (Hydrocarbons Sector Law, Art. 76 fr. II b). Importing those fuels also needs a SENER permit (Art. 76 fr. I c). The application has the minimum content of Art. 80.',
    },
    whoNeedsIt: {
      es: 'Empresas que tendrán tanques de combustible y los despacharán a sus propios vehículos o equipos. Ventanilla lo muestra como filtro a autotransporte de carga (SCIAN 484) y minería (212); confirme si le aplica.',
      en: 'Companies that will keep fuel tanks and dispense fuel to their own vehicles or equipment. Ventanilla shows it as a screen to trucking (SCIAN 484) and mining (212); confirm whether it applies to you.',
    },
    appliesWhen: { scianIn: ['484', '212'] },
    sectors: ['484', '212'],
    outputs: [{ es: 'Permiso de almacenamiento o de despacho para autoconsumo de petrolíferos', en: 'Permit to store, or dispense for own use, petroleum products' }],
    prerequisites: ['sat-compliance-opinion'],
    legalBasis: [{ law: 'lsh', article: '76' }, { law: 'lsh', article: '80' }],
    steps: [
      {
        title: { es: 'Presentar la solicitud de permiso a la CNE', en: 'File the permit application with the CNE' },
        channel: { kind: 'online', note: { es: 'Oficialía de Partes Electrónica de la CNE.', en: 'CNE electronic filing office (Oficialía de Partes Electrónica).' } },
        office: 'cne-oficialia',
        requirements: [
          { name: { es: 'Opinión de cumplimiento de obligaciones fiscales en sentido positivo (empresa y representante)', en: 'Positive tax-compliance opinion (company and representative)' }, producedBy: 'sat-compliance-opinion', legalBasis: [{ law: 'lsh', article: '80 fr. III' }] },
          { name: { es: 'Documento que acredite la propiedad o posesión del predio', en: 'Proof of ownership or possession of the site' }, legalBasis: [{ law: 'lsh', article: '80 fr. V' }] },
          { name: { es: 'Especificaciones técnicas del proyecto y ubicación georreferenciada', en: 'Technical specifications and geo-referenced location' }, legalBasis: [{ law: 'lsh', article: '80 fr. VI, VII' }] },
          { name: { es: 'Monto de inversión estimado, en pesos', en: 'Estimated investment, in pesos' }, legalBasis: [{ law: 'lsh', article: '80 fr. VIII' }] },
          { name: { es: 'Acta constitutiva con objeto social relacionado, poder del representante, cédula RFC y diagrama de la estructura accionaria', en: 'Incorporation deed with a related corporate purpose, representative’s power of attorney, RFC certificate and shareholding diagram' }, producedBy: 'incorporation-deed', legalBasis: [{ law: 'lsh', article: '80 fr. XI' }] },
          { name: { es: 'Manifestaciones bajo protesta (marco regulatorio, no estar en listas de sancionados ni del art. 69-B CFF)', en: 'Sworn statements (regulatory framework; not on the sanctioned-supplier or CFF Art. 69-B lists)' }, legalBasis: [{ law: 'lsh', article: '80 fr. IV, IX, X' }] },
          { name: { es: 'Acuse de recepción o autorización de la Manifestación de Impacto Social del Sector Energético (salvo los casos exceptuados) y acuse o autorización de la ASEA del informe preventivo o de la manifestación de impacto ambiental', en: 'Acknowledgement of receipt or authorisation of the energy-sector social impact assessment (except in exempted cases) and ASEA acknowledgement or authorisation of the preliminary report or environmental impact statement' }, legalBasis: [{ law: 'rlsh', article: '96 fr. V, VI' }] },
        ],
        costs: [{ kind: 'variable', concept: { es: 'Aprovechamiento por el permiso', en: 'Charge for the permit' }, formula: { es: 'La solicitud debe acreditar el pago de los derechos o aprovechamientos que correspondan (Reglamento de la LSH, art. 96 fr. VIII), pero ni el reglamento fija el monto ni la Ley Federal de Derechos 2026 tiene un derecho para permisos de petrolíferos (solo para los de gas natural y gas licuado de petróleo). El aprovechamiento, si lo hay, está por confirmar con la CNE.', en: 'The application must prove payment of the applicable fees or charges (derechos o aprovechamientos) (LSH Regulation, Art. 96 fr. VIII), but the regulation sets no amount and the 2026 Federal Fees Law has no fee for petroleum-product permits (only for natural-gas and LPG ones). Any charge (aprovechamiento) is to be confirmed with the CNE.' }, minMXN: null, maxMXN: null, unverified: true, legalBasis: [{ law: 'rlsh', article: '96 fr. VIII' }] }],
        timeframe: {
          waiting: { min: 10, max: 80, unit: 'business-days' },
          legalDeadline: { days: 80, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'rlsh', article: '143' }, { law: 'rlsh', article: '146' }],
          note: {
            es: 'El Reglamento de la Ley del Sector Hidrocarburos (DOF 03-10-2025) fija el procedimiento de los permisos de la CNE: la CNE se pronuncia sobre la admisión en 10 días hábiles desde la recepción y, desde que notifica la admisión, tiene 70 días hábiles para resolver (art. 143 fr. I y II): hasta 80 días hábiles en total. El plazo se suspende si la CNE pide completar un requisito omitido (10 días hábiles para subsanar), si previene al solicitante dentro de los primeros 30 días de la evaluación (30 días hábiles para contestar) o si requiere documentación o aclaraciones (hasta 10 días hábiles) (art. 143 fr. I, III y IV). Si la CNE no resuelve en el plazo, la solicitud se entiende negada (art. 146).',
            en: 'The Hydrocarbons Sector Law Regulation (DOF 03-10-2025) sets the procedure for CNE permits: the CNE rules on admission within 10 business days of receipt and, from notifying admission, has 70 business days to decide (Art. 143 fr. I and II): up to 80 business days in all. The clock stops if the CNE asks for a missing requirement (10 business days to supply it), if it asks for corrections within the first 30 days of the assessment (30 business days to answer), or if it asks for documents or clarifications (up to 10 business days) (Art. 143 fr. I, III and IV). If the CNE does not decide in time, the application is deemed refused (Art. 146).',
          },
        },
        legalBasis: [{ law: 'lsh', article: '76 fr. II b)' }, { law: 'lsh', article: '80' }],
      },
    ],
    caveats: [
      { es: 'Los permisionarios entregan semanalmente información de controles volumétricos, medición y calidad (LSH art. 76).', en: 'Permit holders report volumetric controls, measurement and quality data weekly (LSH Art. 76).' },
      { es: 'Vigencia máxima: almacenamiento de petrolíferos hasta 30 años y despacho para autoconsumo hasta 15 años; la CNE fija la de cada permiso según el proyecto. No hay prórroga: para seguir operando se pide un nuevo permiso, hasta un año antes del vencimiento (Reglamento de la LSH, art. 93).', en: 'Maximum validity: petroleum-product storage up to 30 years and dispensing for own use up to 15 years; the CNE sets each permit’s term by project. There is no extension: to keep operating, a new permit is requested, up to one year before expiry (LSH Regulation, Art. 93).' },
      { es: 'La seguridad industrial y ambiental de estas instalaciones la regula la ASEA (por confirmar el trámite aplicable).', en: 'Industrial and environmental safety of these facilities is regulated by ASEA (the applicable procedure is to be confirmed).' },
    ],
    sources: [SRC.lsh, SRC.lfd, { title: 'DOF 03-10-2025 — Decreto por el que se expide el Reglamento de la Ley del Sector Hidrocarburos (arts. 96, 142 a 146)', url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5769153&fecha=03/10/2025' }],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sener-fuel-import-permit',
    slug: 'permiso-sener-importacion-petroliferos',
    level: 'federal',
    authority: 'sener',
    phase: 'operation',
    title: { es: 'Permiso de la SENER para importar combustibles (petrolíferos)', en: 'SENER permit to import fuels (petroleum products)' },
    summary: {
      es: 'Importar petrolíferos (diésel, gasolinas, combustóleo, entre otros), gas natural o petroquímicos requiere permiso de la Secretaría de Energía (Ley del Sector Hidrocarburos, art. 76 fr. I b, c y d). La solicitud tiene el contenido mínimo del art. 80. Almacenarlos o despacharlos para consumo propio requiere además el permiso de la CNE.',
      en: 'Importing petroleum products (diesel, petrol, fuel oil and others), natural gas or petrochemicals needs a permit from the Ministry of Energy (Hydrocarbons Sector Law, Art. 76 fr. I b, c and d). The application has the minimum content of Art. 80. Storing them or dispensing them for own use also needs the CNE permit.',
    },
    whoNeedsIt: {
      es: 'Empresas que importarán directamente combustibles, gas natural o petroquímicos. Ventanilla lo muestra como filtro a autotransporte (SCIAN 484) y minería (212) que declaran importaciones; confirme si le aplica (comprar a un comercializador nacional no lo requiere).',
      en: 'Companies that will import fuels, natural gas or petrochemicals themselves. Ventanilla shows it as a screen to trucking (SCIAN 484) and mining (212) projects that declare imports; confirm whether it applies (buying from a domestic marketer needs no import permit).',
    },
    appliesWhen: { all: [{ fact: 'imports', op: 'eq', value: true }, { scianIn: ['484', '212'] }] },
    sectors: ['484', '212'],
    outputs: [{ es: 'Permiso de importación de petrolíferos, gas natural o petroquímicos', en: 'Import permit for petroleum products, natural gas or petrochemicals' }],
    prerequisites: ['sat-compliance-opinion'],
    legalBasis: [{ law: 'lsh', article: '76 fr. I' }, { law: 'lsh', article: '80' }],
    steps: [
      {
        title: { es: 'Presentar la solicitud de permiso de importación a la SENER', en: 'File the import permit application with SENER' },
        channel: { kind: 'online', note: { es: 'Por los medios que indique la SENER (por confirmar).', en: 'Through the channel SENER indicates (to be confirmed).' } },
        requirements: [
          { name: { es: 'Opinión de cumplimiento de obligaciones fiscales en sentido positivo (empresa y representante)', en: 'Positive tax-compliance opinion (company and representative)' }, producedBy: 'sat-compliance-opinion', legalBasis: [{ law: 'lsh', article: '80 fr. III' }] },
          { name: { es: 'Acta constitutiva con objeto social relacionado, poder del representante, cédula RFC y diagrama de la estructura accionaria', en: 'Incorporation deed with a related corporate purpose, representative’s power of attorney, RFC certificate and shareholding diagram' }, producedBy: 'incorporation-deed', legalBasis: [{ law: 'lsh', article: '80 fr. XI' }] },
          { name: { es: 'Especificaciones técnicas, ubicación de las instalaciones y monto de inversión', en: 'Technical specifications, location of the facilities and investment amount' }, legalBasis: [{ law: 'lsh', article: '80 fr. VI–VIII' }] },
          { name: { es: 'Manifestaciones bajo protesta (marco regulatorio, no estar en listas de sancionados ni del art. 69-B CFF)', en: 'Sworn statements (regulatory framework; not on the sanctioned-supplier or CFF Art. 69-B lists)' }, legalBasis: [{ law: 'lsh', article: '80 fr. IV, IX, X' }] },
        ],
        costs: [{ kind: 'variable', concept: { es: 'Cobro por el permiso, si lo hay', en: 'Charge for the permit, if any' }, formula: { es: 'El Reglamento de la LSH pide acreditar el pago de los derechos o aprovechamientos que correspondan (art. 96 fr. VIII) sin fijar monto, y la Ley Federal de Derechos 2026 no tiene un derecho para permisos de importación de petrolíferos. El cobro, si lo hay, está por confirmar con la SENER.', en: 'The LSH Regulation asks for proof of payment of the applicable fees or charges (Art. 96 fr. VIII) without setting an amount, and the 2026 Federal Fees Law has no fee for petroleum-product import permits. Any charge is to be confirmed with SENER.' }, minMXN: null, maxMXN: null, unverified: true, legalBasis: [{ law: 'rlsh', article: '96 fr. VIII' }] }],
        timeframe: {
          waiting: { min: 5, max: 17, unit: 'business-days' },
          legalDeadline: { days: 17, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'rlsh', article: '144' }, { law: 'rlsh', article: '146' }],
          note: {
            es: 'El Reglamento de la Ley del Sector Hidrocarburos (DOF 03-10-2025) fija un procedimiento propio para los permisos de importación y exportación: la SENER se pronuncia sobre la admisión en 5 días hábiles desde la recepción y, una vez admitida la solicitud, tiene 12 días hábiles para resolver (art. 144): 17 días hábiles si la solicitud está completa. Si la SENER previene al solicitante, este tiene hasta 10 días hábiles para subsanar y la SENER 5 más para revisar y admitir (hasta unos 32 días hábiles en total). Si la SENER no resuelve en el plazo, la solicitud se entiende negada (art. 146).',
            en: 'The Hydrocarbons Sector Law Regulation (DOF 03-10-2025) sets a procedure of its own for import and export permits: SENER rules on admission within 5 business days of receipt and, once the application is admitted, has 12 business days to decide (Art. 144): 17 business days if the application is complete. If SENER asks for corrections, the applicant has up to 10 business days to make them and SENER 5 more to review and admit (up to about 32 business days in all). If SENER does not decide in time, the application is deemed refused (Art. 146).',
          },
        },
        legalBasis: [{ law: 'lsh', article: '76 fr. I' }, { law: 'lsh', article: '80' }],
      },
    ],
    caveats: [
      { es: 'Los permisionarios reportan semanalmente información de controles volumétricos, medición y calidad, y de sus operaciones comerciales (LSH art. 76). La importación también pasa por la aduana con su pedimento.', en: 'Permit holders report volumetric-control, measurement, quality and trading data weekly (LSH Art. 76). The import also clears customs with its declaration (pedimento).' },
      { es: 'Vigencia máxima del permiso de importación: 5 años, sin prórroga (para seguir importando se pide uno nuevo, hasta un año antes del vencimiento). Los requisitos de detalle están en el acuerdo que emiten conjuntamente la SENER y la Secretaría de Economía (Reglamento de la LSH, arts. 93, 142 y 144).', en: 'Maximum validity of the import permit: 5 years, with no extension (to keep importing, a new one is requested, up to one year before expiry). The detailed requirements are in the agreement SENER and the Ministry of Economy issue jointly (LSH Regulation, Arts. 93, 142 and 144).' },
    ],
    sources: [
      { title: 'Cámara de Diputados — Ley del Sector Hidrocarburos (DOF 18-03-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LSH.pdf' },
      { title: 'DOF 03-10-2025 — Decreto por el que se expide el Reglamento de la Ley del Sector Hidrocarburos (arts. 96, 142 a 146)', url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5769153&fecha=03/10/2025' },
    ],
    verifiedOn: '2026-12-04',
  },
];
