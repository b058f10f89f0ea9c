/**
 * Federal sector-specific permits: health (COFEPRIS), environment (SEMARNAT),
 * electricity (CNE), water (CONAGUA), product standards (SE-DGN) and
 * trademarks (IMPI). Corrected on 2026-12-03 against the Cámara de Diputados consolidated
 * texts (LGS, LFD with its 2026 amounts, LGEEPA, LSE, LAN, LFPA) and catalogue-audit-2026-12.md;
 * anything those do not settle is flagged.
 *
 * 2026-12-04: no official copy of the Health Supplies Regulation (RIS, arts. 166 and licences),
 * the 2025 COFEPRIS and SEMARNAT
 * simplification Agreements (beyond their opening) or the current IMPI tariff Agreement could be
 * read, so the medicine registration and health licence times and the IMPI fee stay flagged. Later
 * the same day the LGEEPA air-pollution Regulation and the LGPGIR Regulation were read (Cámara de
 * Diputados texts, last reform DOF 31-10-2014), which settle the LAU and hazardous-waste times. The RIS file cited before (Reg_LGS_MIS.pdf) is the Health Research regulation.
 *
 * 2026-12-04 (later): the consolidated LGS (Cámara de Diputados, last reform DOF 15-01-2026) still sets no decision
 * term for registrations or licences, and its art. 376 now extends registrations for periods of 10 years (corrected
 * here). The RIS text (arts. 166–167 for medicines, and any licence term) was again not found in an official copy or a
 * faithful extraction of one, so both COFEPRIS times stay flagged; the 1988 control-sanitario regulation's 60-day term
 * (art. 137) was read and does not reach medicine plants (see the licence note).
 *
 * 2026-12-04 (third pass, medicine registration and licence times): still not settled. Of the 2025 COFEPRIS
 * simplification Agreements (SIDOF notes 5762739, 5765148, 5766390) only the opening and, for 5766390, the first table
 * (mergers of medical-device registration codes) could be read; no official passage giving a new decision term for
 * medicine registrations or establishment licences was found, and the "reduced times" figures that circulate come from
 * press, not from the Agreement's text, so none is used. The DOF edition of 01-07-2013 (trámites Agreement amendment
 * citing RIS arts. 166-167) and catalogonacional sheet COFEPRIS-05-001-C were found, but only their openings; the
 * sheets for the medicine-plant licence and for medicine registration were not. Lead for a later reading (from an
 * unofficial copy, so unverified): RIS art. 166 was reformed by a decree in the DOF of 02-01-2008; read that decree on
 * dof.gob.mx, then later reforms and the 2025 Agreements. The notes no longer claim that the 2025 Agreement shortened these
 * times or that a specific term surely exists (both were unsupported by an official text).
 */
import type { ProcedureInput } from '../../schema.ts';

const SRC_LGS = { title: 'Cámara de Diputados — Ley General de Salud (texto vigente, última reforma DOF 15-01-2026)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGS.pdf' };
const SRC_LFD = { title: 'Cámara de Diputados — Ley Federal de Derechos (cantidades actualizadas para 2026, RMF DOF 28-12-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' };
// The Cámara de Diputados file Reg_LGS_MIS.pdf cited here before is the Health Research regulation
// (Reglamento de la LGS en Materia de Investigación para la Salud), not the Health Supplies Regulation:
// the DOF edition in which the RIS was published is cited instead until its consolidated text is located.
const SRC_RIS = { title: 'DOF 04-02-1998 — edición en que se publicó el Reglamento de Insumos para la Salud', url: 'https://www.dof.gob.mx/index.php?year=1998&month=02&day=04' };
const SRC_COFEPRIS_2025 = { title: 'DOF (SIDOF) — Acuerdo por el que se establecen acciones de simplificación para trámites ante la COFEPRIS (2025)', url: 'https://sidof.segob.gob.mx/notas/docFuente/5766390' };
const SRC_LGEEPA = { title: 'Cámara de Diputados — Ley General del Equilibrio Ecológico y la Protección al Ambiente', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGEEPA.pdf' };
const SRC_LSE = { title: 'Cámara de Diputados — Ley del Sector Eléctrico (DOF 18-03-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LSE.pdf' };
const SRC_LAN = { title: 'Cámara de Diputados — Ley de Aguas Nacionales (reforma DOF 11-12-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LAN.pdf' };
const SRC_LGPGIR = { title: 'Cámara de Diputados — Ley General para la Prevención y Gestión Integral de los Residuos', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGPGIR.pdf' };
const SRC_LIC = { title: 'Cámara de Diputados — Ley de Infraestructura de la Calidad', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LICal_010720.pdf' };
const SRC_LFPPI = { title: 'Cámara de Diputados — Ley Federal de Protección a la Propiedad Industrial (última reforma DOF 15-01-2026)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPPI.pdf' };
const SRC_LCNE = { title: 'Cámara de Diputados — Ley de la Comisión Nacional de Energía (DOF 18-03-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LCNE.pdf' };
const SRC_CNE_DACG = { title: 'DOF (SIDOF), edición matutina del 23-10-2025 — Acuerdo de la CNE por el que se emiten las Disposiciones administrativas de carácter general para solicitar el otorgamiento y la modificación de permisos de generación y almacenamiento de energía eléctrica (numeral 4.2, plazos)', url: 'https://sidof.segob.gob.mx/notas/getNewsletter/23-10-2025/Matutina/323704' };
// Consolidated regulations on the Cámara de Diputados site (both last reformed DOF 31-10-2014), read 2026-12-04 in
// verbatim article-by-article extractions of these PDFs, which name them as their source.
const SRC_RLGEEPA_ATM = { title: 'Cámara de Diputados — Reglamento de la LGEEPA en materia de Prevención y Control de la Contaminación de la Atmósfera (última reforma DOF 31-10-2014): arts. 6, 18 a 20', url: 'https://www.diputados.gob.mx/LeyesBiblio/regley/Reg_LGEEPA_MPCCA_311014.pdf' };
const SRC_RLGPGIR = { title: 'Cámara de Diputados — Reglamento de la Ley General para la Prevención y Gestión Integral de los Residuos (última reforma DOF 31-10-2014): arts. 24, 25, 42 a 44', url: 'https://www.diputados.gob.mx/LeyesBiblio/regley/Reg_LGPGIR_311014.pdf' };
const SRC_LFPA = { title: 'Cámara de Diputados — Ley Federal de Procedimiento Administrativo', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPA.pdf' };
const SRC_DIGIPRIS = { title: 'Gobierno de la Ciudad de México — Aviso de funcionamiento y de responsable sanitario (presentación en DIGIPRIS de la COFEPRIS)', url: 'https://www.cdmx.gob.mx/public/InformacionTramite.xhtml?idTramite=2183' };

export const procedures: ProcedureInput[] = [
  {
    id: 'cofepris-sanitary-registration',
    slug: 'registro-sanitario-cofepris',
    level: 'federal',
    authority: 'cofepris',
    phase: 'operation',
    title: {
      es: 'Registro sanitario de dispositivos médicos ante la COFEPRIS',
      en: 'Health registration (registro sanitario) of medical devices with COFEPRIS',
    },
    summary: {
      es: 'Autorización de la COFEPRIS que necesitan los dispositivos médicos antes de venderse en México (LGS art. 376), salvo los de bajo riesgo que la autoridad exente; los medicamentos tienen su propio trámite de registro. El registro sanitario dura 5 años y puede prorrogarse, a solicitud del titular, por plazos de 10 años (LGS art. 376, reformado DOF 15-01-2026). En 2025 la COFEPRIS fusionó las homoclaves COFEPRIS-04-001-A, B y C en un solo trámite («Registro sanitario de dispositivos médicos») y el Acuerdo DOF 07-07-2025 liberó de registro a 104 dispositivos de bajo riesgo.',
      en: 'COFEPRIS authorisation that medical devices need before they are sold in Mexico (General Health Law, Ley General de Salud, Art. 376), except low-risk devices the authority exempts; medicines have their own registration procedure. The registration (registro sanitario) lasts 5 years and can be extended, at the holder’s request, for periods of 10 years (LGS Art. 376, as amended DOF 15-01-2026). In 2025 COFEPRIS merged codes COFEPRIS-04-001-A, B and C into one procedure (“Registro sanitario de dispositivos médicos”), and the Agreement of DOF 07-07-2025 freed 104 low-risk devices from registration.',
    },
    whoNeedsIt: {
      es: 'Empresas que fabricarán o importarán dispositivos médicos para venderlos en México (equipo médico, prótesis, agentes de diagnóstico, material de curación, entre otros). Revise si su producto está entre los de bajo riesgo exentos.',
      en: 'Companies that will make or import medical devices to sell in Mexico (medical equipment, prostheses, diagnostic agents, dressings, among others). Check whether your product is among the exempt low-risk devices.',
    },
    appliesWhen: { all: [{ fact: 'healthProducts', op: 'eq', value: true }, { not: { scianIn: ['3254'] } }] },
    outputs: [
      {
        es: 'Registro sanitario del producto, con vigencia de 5 años',
        en: 'Health registration (registro sanitario) of the product, valid for 5 years',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    officialCode: { code: 'COFEPRIS-04-001' },
    legalBasis: [
      { law: 'lgs', article: '17-bis' },
      { law: 'lgs', article: '376' },
      { law: 'ris', article: '179' },
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
          url: 'https://digipris.cofepris.gob.mx/',
          note: {
            es: 'Plataforma DIGIPRIS de la COFEPRIS (con e.firma) o Centro Integral de Servicios; confirme la modalidad de su producto en la ficha oficial.',
            en: 'COFEPRIS DIGIPRIS platform (with e.firma) or its Centro Integral de Servicios; confirm the channel for your product in the official sheet.',
          },
        },
        office: 'cofepris-cis',
        requirements: [
          {
            name: {
              es: 'Información científica y técnica de seguridad y eficacia, proyecto de etiqueta e instructivo en español, descripción del proceso de fabricación, constancia de buenas prácticas de fabricación y pruebas de laboratorio',
              en: 'Scientific and technical safety and efficacy data, draft label and instructions in Spanish, description of the manufacturing process, good-manufacturing-practice evidence and laboratory tests',
            },
            legalBasis: [{ law: 'ris', article: '179' }],
            note: {
              es: 'Lista del art. 179 del Reglamento de Insumos para la Salud para dispositivos médicos; los medicamentos tienen requisitos propios.',
              en: 'List in Article 179 of the Health Supplies Regulation for medical devices; medicines have their own requirements.',
            },
          },
          {
            name: { es: 'Certificado de buenas prácticas de fabricación (fabricación nacional de dispositivos)', en: 'Good-manufacturing-practice certificate (domestic device manufacturing)' },
            producedBy: 'cofepris-gmp-certificate',
            legalBasis: [{ law: 'ris', article: '179 fr. VI' }],
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por el registro sanitario, por producto', en: 'Government fee (derechos) for the health registration, per product' },
            formula: {
              es: 'Clase I MXN 16,498.70; clase II MXN 24,198.08; clase III MXN 30,797.57 (cuotas 2026).',
              en: 'Class I MXN 16,498.70; class II MXN 24,198.08; class III MXN 30,797.57 (2026 amounts).',
            },
            minMXN: 16498.7,
            maxMXN: 30797.57,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '195-A fr. III' }],
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 60, unit: 'business-days' },
          legalDeadline: { days: 60, unit: 'business-days' },
          tacitApproval: 'positive',
          legalBasis: [{ law: 'ris', article: '179' }],
          note: {
            es: 'Clase I en 30 días (si no hay respuesta, la solicitud se entiende procedente), clase II en 35 y clase III en 60 días; con dictamen favorable de un tercero autorizado, 15 días (RIS art. 179). La afirmativa ficta solo aplica a la clase I. El Acuerdo de simplificación de la COFEPRIS de 2025 (SIDOF, que cita el art. 179 entre sus fundamentos) pudo acortar estos plazos: confirme el vigente en la ficha del trámite.',
            en: 'Class I in 30 days (if there is no answer the application is deemed granted), class II in 35 and class III in 60 days; with a favourable opinion from an authorised third party, 15 days (RIS Art. 179). Tacit approval applies to class I only. COFEPRIS’s 2025 simplification Agreement (SIDOF, which cites Art. 179 among its legal bases) may have shortened these times: confirm the current one in the procedure sheet.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '376' }, { law: 'ris', article: '179' }],
      },
    ],
    caveats: [
      {
        es: 'Dispositivos de bajo riesgo: el Acuerdo publicado en el DOF el 07-07-2025 lista los que requieren registro (con requisitos reducidos), 104 que ya no lo requieren y productos que dejan de considerarse insumos para la salud. Revise en qué lista está su producto antes de iniciar.',
        en: 'Low-risk devices: the Agreement published in the DOF on 07-07-2025 lists those that still need registration (with reduced requirements), 104 that no longer need it, and products that are no longer health supplies. Check which list your product is on before you start.',
      },
      {
        es: 'Dispositivos aprobados por la FDA o Health Canada pueden registrarse por la vía del acuerdo de equivalencia (DOF 26-10-2010).',
        en: 'Devices cleared by the FDA or Health Canada can be registered through the equivalence agreement (DOF 26-10-2010).',
      },
      {
        es: 'Prórroga: el registro vence a los 5 años y se prorroga a solicitud del titular por plazos de 10 años (LGS art. 376, reformado DOF 15-01-2026); si no se pide a tiempo, la COFEPRIS lo cancela (LGS art. 376). La prórroga cuesta el 75 % del derecho de registro (LFD art. 195-A; por ejemplo MXN 12,374.03 para un dispositivo clase I en 2026). La anticipación de 150 días que citan guías anteriores y el plazo de respuesta están por confirmar: pídala con margen.',
        en: 'Extension: the registration expires after 5 years and is extended at the holder’s request for periods of 10 years (LGS Art. 376, as amended DOF 15-01-2026); if the request is late, COFEPRIS cancels it (LGS Art. 376). The extension costs 75% of the registration fee (LFD Art. 195-A; for example MXN 12,374.03 for a class I device in 2026). The 150-day lead time quoted by older guides and the response time are to be confirmed: apply well ahead.',
      },
      {
        es: 'Los medicamentos siguen el trámite de registro de medicamentos, con cuotas y plazos propios.',
        en: 'Medicines follow the medicine registration procedure, with its own fees and times.',
      },
    ],
    sources: [SRC_LGS, SRC_LFD, SRC_RIS, SRC_COFEPRIS_2025],
    verifiedOn: '2026-12-03',
  },
  {
    id: 'cofepris-medicine-registration',
    slug: 'registro-sanitario-medicamentos-cofepris',
    level: 'federal',
    authority: 'cofepris',
    phase: 'operation',
    title: { es: 'Registro sanitario de medicamentos ante la COFEPRIS', en: 'Health registration (registro sanitario) of medicines with COFEPRIS' },
    summary: {
      es: 'Cada medicamento necesita registro sanitario de la COFEPRIS antes de venderse (LGS arts. 204 y 376). El registro dura 5 años y se prorroga a solicitud del titular por plazos de 10 años (LGS art. 376, reformado DOF 15-01-2026). El derecho de 2026 es de MXN 111,012.23 por un genérico y MXN 198,495.86 por una molécula nueva (LFD art. 195-A fr. I).',
      en: 'Each medicine needs a COFEPRIS health registration before it is sold (LGS Arts. 204 and 376). The registration lasts 5 years and is extended at the holder’s request for periods of 10 years (LGS Art. 376, as amended DOF 15-01-2026). The 2026 fee is MXN 111,012.23 for a generic and MXN 198,495.86 for a new molecule (LFD Art. 195-A fr. I).',
    },
    whoNeedsIt: { es: 'Fabricantes de medicamentos (SCIAN 3254) que los venderán en México.', en: 'Medicine makers (SCIAN 3254) that will sell them in Mexico.' },
    appliesWhen: { all: [{ fact: 'healthProducts', op: 'eq', value: true }, { scianIn: ['3254'] }] },
    sectors: ['3254'],
    outputs: [{ es: 'Registro sanitario del medicamento, con vigencia de 5 años', en: 'Health registration of the medicine, valid for 5 years' }],
    prerequisites: ['cofepris-sanitary-licence'],
    legalBasis: [{ law: 'lgs', article: '204' }, { law: 'lgs', article: '376' }],
    steps: [
      {
        title: { es: 'Presentar la solicitud de registro con el expediente del medicamento', en: 'File the registration application with the medicine dossier' },
        channel: { kind: 'online-or-in-person', url: 'https://digipris.cofepris.gob.mx/', note: { es: 'DIGIPRIS o Centro Integral de Servicios de la COFEPRIS; confirme la modalidad en la ficha oficial.', en: 'DIGIPRIS or the COFEPRIS Centro Integral de Servicios; confirm the channel in the official sheet.' } },
        office: 'cofepris-cis',
        requirements: [
          { name: { es: 'Expediente técnico del medicamento conforme al Reglamento de Insumos para la Salud', en: 'Technical dossier of the medicine under the Health Supplies Regulation' }, unverified: true, note: { es: 'El contenido del expediente de medicamentos no se revisó aquí.', en: 'The medicine dossier content was not reviewed here.' } },
          { name: { es: 'Licencia sanitaria de la fábrica', en: 'Health licence of the plant' }, producedBy: 'cofepris-sanitary-licence' },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos por el registro de un medicamento alopático', en: 'Fee (derechos) for registering an allopathic medicine' },
            formula: { es: 'Genérico MXN 111,012.23; molécula nueva MXN 198,495.86 (cuotas 2026). Homeopáticos, herbolarios y vitamínicos: MXN 26,397.93.', en: 'Generic MXN 111,012.23; new molecule MXN 198,495.86 (2026 amounts). Homeopathic, herbal and vitamin products: MXN 26,397.93.' },
            minMXN: 26397.93,
            maxMXN: 198495.86,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '195-A fr. I y II' }],
          },
        ],
        timeframe: {
          waiting: { min: 60, max: 365, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'La LGS no fija plazo para resolver el registro (arts. 204, 371 y 376). El registro de medicamentos se rige por el Reglamento de Insumos para la Salud (arts. 166 y 167), que no pudimos leer en una copia oficial. Del Acuerdo de simplificación de la COFEPRIS de 2025 (SIDOF) solo pudimos leer el inicio y la primera tabla, que fusiona homoclaves de dispositivos médicos: no sabemos si cambió este plazo. Tampoco aplicamos el plazo supletorio de tres meses de la LFPA (art. 17), que rige solo si ninguna disposición de carácter general fija otro, porque el reglamento y los acuerdos de trámites de la COFEPRIS pueden fijarlo. Plazo y efecto del silencio por confirmar en el reglamento o en la ficha del trámite; el rango mostrado es una estimación.',
            en: 'The LGS sets no time for deciding the registration (Arts. 204, 371 and 376). Medicine registration is governed by the Health Supplies Regulation (Arts. 166 and 167), which we could not read in an official copy. Of COFEPRIS’s 2025 simplification Agreement (SIDOF) we could read only the opening and the first table, which merges medical-device codes: we do not know whether it changed this time. Nor do we apply the LFPA’s three-month fallback (Art. 17), which applies only if no general provision sets another, because the regulation and COFEPRIS’s procedure agreements may set one. Time and the effect of silence to be confirmed in the regulation or the procedure sheet; the range shown is an estimate.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '376' }, { law: 'lfd', article: '195-A' }],
      },
    ],
    caveats: [
      { es: 'Plazos, requisitos y homoclave por confirmar en la ficha oficial de la COFEPRIS. La prórroga cuesta el 75 % del derecho de registro (LFD art. 195-A).', en: 'Times, requirements and official code to be confirmed in the COFEPRIS sheet. The extension costs 75% of the registration fee (LFD Art. 195-A).' },
    ],
    sources: [SRC_LGS, SRC_LFD, SRC_COFEPRIS_2025],
    verifiedOn: '2026-12-04',
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
      es: 'Autorización de la COFEPRIS que deben tener, antes de iniciar actividades, las fábricas o laboratorios de medicamentos y de sus materias primas (LGS arts. 198 fr. II y 258). La fabricación de dispositivos médicos no figura en el art. 198: esas plantas presentan un aviso de funcionamiento (LGS art. 200 Bis), no esta licencia.',
      en: 'COFEPRIS authorisation that plants or laboratories making medicines and their raw materials must hold before they start (LGS Arts. 198 fr. II and 258). Medical-device manufacturing is not listed in Art. 198: such plants file an operating notice (LGS Art. 200 Bis), not this licence.',
    },
    whoNeedsIt: {
      es: 'Fabricantes de medicamentos y de materias primas farmacéuticas (SCIAN 3254). No la necesitan los fabricantes de dispositivos médicos, que presentan aviso de funcionamiento.',
      en: 'Makers of medicines and pharmaceutical raw materials (SCIAN 3254). Medical-device makers do not need it; they file an operating notice.',
    },
    appliesWhen: { all: [{ fact: 'healthProducts', op: 'eq', value: true }, { scianIn: ['3254'] }] },
    sectors: ['3254'],
    outputs: [
      {
        es: 'Licencia sanitaria del establecimiento',
        en: 'Health licence for the establishment',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [
      { law: 'lgs', article: '17-bis' },
      { law: 'lgs', article: '198 fr. II' },
      { law: 'lgs', article: '258' },
    ],
    steps: [
      {
        title: {
          es: 'Solicitar la licencia sanitaria para el establecimiento',
          en: 'Apply for the establishment\'s health licence',
        },
        description: {
          es: 'La solicitud se presenta antes de iniciar actividades (LGS art. 198); la COFEPRIS resuelve y emite la licencia.',
          en: 'The application is filed before activities start (LGS Art. 198); COFEPRIS decides and issues the licence.',
        },
        channel: {
          kind: 'online-or-in-person',
          url: 'https://digipris.cofepris.gob.mx/',
          note: {
            es: 'DIGIPRIS o Centro Integral de Servicios de la COFEPRIS; confirme la modalidad en la ficha oficial.',
            en: 'DIGIPRIS or the COFEPRIS Centro Integral de Servicios; confirm the channel in the official sheet.',
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
            concept: { es: 'Derechos por la licencia sanitaria de una fábrica o laboratorio de insumos para la salud', en: 'Fee (derechos) for the health licence of a health-supplies plant or laboratory' },
            formula: {
              es: 'MXN 164,122.92 por fábrica o laboratorio en 2026 (almacén de depósito y distribución: MXN 53,128.44).',
              en: 'MXN 164,122.92 per plant or laboratory in 2026 (storage and distribution warehouse: MXN 53,128.44).',
            },
            minMXN: 53128.44,
            maxMXN: 164122.92,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '195 fr. III' }],
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 180, unit: 'calendar-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'La LGS exige la licencia (arts. 198 y 373) pero no fija plazo para resolverla. Las licencias de estos establecimientos se rigen por el Reglamento de Insumos para la Salud, que no pudimos leer en una copia oficial. Del Acuerdo de simplificación de la COFEPRIS de 2025 (SIDOF) solo pudimos leer el inicio y la primera tabla, que no trata de licencias: no sabemos si cambió este plazo. No aplicamos el plazo supletorio de tres meses de la LFPA (art. 17), que rige solo si ninguna disposición de carácter general fija otro, porque el reglamento y los acuerdos de trámites de la COFEPRIS pueden fijarlo. El plazo de 60 días para resolver autorizaciones sanitarias del Reglamento de 1988 en materia de Control Sanitario de Actividades, Establecimientos, Productos y Servicios (art. 137) no sirve aquí: ese plazo rige las autorizaciones de ese reglamento, cuyo art. 2 (fr. II y III, incisos derogados DOF 04-02-1998 y 09-08-1999) ya no incluye los establecimientos que procesan medicamentos. Plazo y efecto del silencio por confirmar en la ficha COFEPRIS-05-001 (modalidad de fábrica o laboratorio de medicamentos) del Catálogo Nacional; el rango mostrado es una estimación.',
            en: 'The LGS requires the licence (Arts. 198 and 373) but sets no time for deciding it. Licences for these establishments are governed by the Health Supplies Regulation, which we could not read in an official copy. Of COFEPRIS’s 2025 simplification Agreement (SIDOF) we could read only the opening and the first table, which does not deal with licences: we do not know whether it changed this time. We do not apply the LFPA’s three-month fallback (Art. 17), which applies only if no general provision sets another, because the regulation and COFEPRIS’s procedure agreements may set one. The 60-day term for health authorisations in the 1988 Regulation on health control of activities, establishments, products and services (Art. 137) does not help here: it governs that regulation’s authorisations, and its Art. 2 (fr. II and III, items repealed DOF 04-02-1998 and 09-08-1999) no longer covers plants that process medicines. Time and the effect of silence to be confirmed in sheet COFEPRIS-05-001 (medicine plant or laboratory modality) of the National Catalogue; the range shown is an estimate.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '198 fr. II' }, { law: 'lfd', article: '195 fr. III' }],
      },
    ],
    caveats: [
      {
        es: 'El art. 198 también exige licencia a otros establecimientos (estupefacientes, vacunas, plaguicidas, fuentes de radiación, cirugía, hemodiálisis, centros de mezcla); esta ficha cubre la fabricación de medicamentos. Plazo y requisitos detallados por confirmar en la ficha oficial.',
        en: 'Art. 198 also requires a licence of other establishments (narcotics, vaccines, pesticides, radiation sources, surgery, haemodialysis, compounding centres); this entry covers medicine manufacturing. Time and detailed requirements to be confirmed in the official sheet.',
      },
    ],
    sources: [SRC_LGS, SRC_LFD, SRC_COFEPRIS_2025],
    verifiedOn: '2026-12-04',
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
      es: 'Aviso que presentan a la Secretaría de Salud (COFEPRIS) los establecimientos que no requieren licencia sanitaria, entre ellos las plantas de dispositivos médicos, por escrito y al menos 30 días antes de iniciar operaciones (LGS art. 200 Bis). Indica propietario, domicilio, procesos y líneas de productos, clave de actividad y cédula del responsable sanitario.',
      en: 'Notice that establishments not needing a health licence, medical-device plants among them, file with the Ministry of Health (COFEPRIS) in writing at least 30 days before they start operating (LGS Art. 200 Bis). It states the owner, address, processes and product lines, activity code and the licence number of the person responsible for health matters.',
    },
    whoNeedsIt: {
      es: 'Establecimientos con productos para la salud que no fabrican medicamentos, en particular las plantas, almacenes y distribuidores de dispositivos médicos (LGS arts. 200 Bis y 258). Los fabricantes de medicamentos tramitan en su lugar la licencia sanitaria.',
      en: 'Health-product establishments that do not make medicines, in particular medical-device plants, warehouses and distributors (LGS Arts. 200 Bis and 258). Medicine makers obtain the health licence instead.',
    },
    appliesWhen: { all: [{ fact: 'healthProducts', op: 'eq', value: true }, { not: { scianIn: ['3254'] } }] },
    outputs: [
      {
        es: 'Acuse de recibo del aviso de funcionamiento',
        en: 'Acknowledgement of receipt of the operating notice',
      },
    ],
    prerequisites: ['sat-rfc-company'],
    legalBasis: [
      { law: 'lgs', article: '17-bis' },
      { law: 'lgs', article: '200 Bis' },
    ],
    steps: [
      {
        title: {
          es: 'Presentar el aviso de funcionamiento',
          en: 'File the operating notice',
        },
        description: {
          es: 'Se informa a la COFEPRIS, al menos 30 días antes de iniciar operaciones, de los datos del establecimiento y de su actividad, y se conserva el acuse. No es una autorización: no se espera resolución, pero el plazo de anticipación obliga a presentarlo con tiempo.',
          en: 'COFEPRIS is informed, at least 30 days before operations start, of the establishment and its activity, and the acknowledgement is kept. It is not an authorisation: no decision is awaited, but the lead time means it must be filed early.',
        },
        channel: {
          kind: 'online',
          url: 'https://digipris.cofepris.gob.mx/',
          note: {
            es: 'Plataforma DIGIPRIS de la COFEPRIS, con e.firma.',
            en: 'COFEPRIS DIGIPRIS platform, with e.firma.',
          },
        },
        office: 'cofepris-cis',
        requirements: [
          {
            name: {
              es: 'Datos del propietario y del establecimiento, fecha de inicio, procesos y líneas de productos, clave de actividad y declaración bajo protesta de cumplir las disposiciones aplicables',
              en: 'Owner and establishment details, start date, processes and product lines, activity code and a sworn statement of compliance',
            },
            legalBasis: [{ law: 'lgs', article: '200 Bis fr. I–V' }],
          },
          {
            name: { es: 'Cédula profesional del responsable sanitario', en: 'Professional licence (cédula) of the responsible person' },
            legalBasis: [{ law: 'lgs', article: '200 Bis fr. VI' }],
          },
          { name: { es: 'e.firma vigente', en: 'Valid e.firma' } },
        ],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'lfd' }],
            note: {
              es: 'La Ley Federal de Derechos no fija un derecho por presentar el aviso de funcionamiento.',
              en: 'The Federal Fees Law sets no fee for filing the operating notice.',
            },
          },
        ],
        timeframe: {
          waiting: { min: 30, max: 30, unit: 'calendar-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lgs', article: '200 Bis' }],
          note: {
            es: 'No se espera resolución; los 30 días son la anticipación mínima que exige la ley entre el aviso y el inicio de operaciones.',
            en: 'No decision is awaited; the 30 days are the minimum lead time the law requires between the notice and the start of operations.',
          },
        },
        legalBasis: [{ law: 'lgs', article: '200 Bis' }],
      },
    ],
    caveats: [
      {
        es: 'Guías anteriores decían que las plantas de dispositivos de mayor riesgo necesitan licencia sanitaria y presentan el aviso después de abrir: no es así. La fabricación de dispositivos médicos no está en el art. 198 de la LGS y el aviso se presenta antes de operar.',
        en: 'Older guides said higher-risk device plants need a health licence and file the notice after opening: that is wrong. Device manufacturing is not in LGS Art. 198, and the notice is filed before operating.',
      },
      {
        es: 'El aviso se presenta también para cambios de propietario, domicilio, razón social o nuevas líneas de producto, dentro de 30 días hábiles (LGS art. 202).',
        en: 'A notice is also filed for changes of owner, address, company name or new product lines, within 30 business days (LGS Art. 202).',
      },
    ],
    sources: [SRC_LGS, SRC_DIGIPRIS, SRC_LFD],
    verifiedOn: '2026-12-03',
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
            concept: { es: 'Derechos por la evaluación de la MIA, modalidad particular', en: 'Government fee (derechos) for assessing the MIA, particular modality' },
            formula: {
              es: 'Según la suma de criterios de la Tabla A y el grado de la Tabla B (LFD art. 194-H): mínimo MXN 48,338.98; medio MXN 96,680.23; alto MXN 145,021.50 (2026). La modalidad regional cuesta MXN 63,258.58 a 189,771.14.',
              en: 'By the sum of Table A criteria and the Table B grade (LFD Art. 194-H): low MXN 48,338.98; medium MXN 96,680.23; high MXN 145,021.50 (2026). The regional modality costs MXN 63,258.58 to 189,771.14.',
            },
            minMXN: 48338.98,
            maxMXN: 145021.5,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '194-H fr. II' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 1, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'El pago en línea por e5cinco se acredita de inmediato; se cuenta un día.',
            en: 'The online e5cinco payment is credited at once; one day is counted.',
          },
        },
        legalBasis: [{ law: 'lfd', article: '194-H' }],
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
            legalBasis: [{ law: 'lfd', article: '194-H' }],
            note: {
              es: 'Sin pago adicional a los derechos del paso anterior.',
              en: 'No payment beyond the fee in the previous step.',
            },
          },
        ],
        timeframe: {
          waiting: { min: 60, max: 120, unit: 'business-days' },
          legalDeadline: { days: 60, unit: 'business-days' },
          tacitApproval: 'unknown',
          legalBasis: [{ law: 'lgeepa', article: '35 Bis' }],
          note: {
            es: 'La SEMARNAT resuelve en 60 días desde la recepción (LGEEPA art. 35 Bis). Si pide aclaraciones el plazo se suspende (hasta 60 días), y en obras complejas puede ampliarlo hasta 60 días más: por eso mostramos hasta 120 días hábiles.',
            en: 'SEMARNAT decides within 60 days of receipt (LGEEPA Art. 35 Bis). If it asks for clarifications the clock stops (up to 60 days), and for complex works it may extend the period by up to 60 more days: hence up to 120 business days.',
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
        es: 'La cifra de MXN 267,314 que mostraba la antigua Ventanilla Única para Inversionistas no corresponde a la Ley Federal de Derechos 2026; use las cuotas del art. 194-H indicadas arriba.',
        en: 'The MXN 267,314 figure shown by the former investor one-stop shop (VUI) does not match the 2026 Federal Fees Law; use the Art. 194-H amounts above.',
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
      SRC_LGEEPA,
      SRC_LFD,
    ],
    verifiedOn: '2026-12-03',
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
            concept: { es: 'Derechos por la recepción y evaluación de la solicitud de LAU', en: 'Fee (derechos) for receiving and assessing the LAU application' },
            amountMXN: 3872.69,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '194-O fr. I' }],
          },
        ],
        // RLGEEPA-MPCCA (Cámara de Diputados text, last reform DOF 31-10-2014; read 2026-12-04 in a verbatim
        // extraction of Reg_LGEEPA_MPCCA_311014.pdf): art. 6 fr. IX defines "Licencia de Funcionamiento" as "La
        // Licencia Ambiental Única o la autorización que expide la Secretaría para la operación y funcionamiento de las
        // fuentes fijas de jurisdicción federal en términos de lo dispuesto en el artículo 111 Bis de la Ley"; art. 20:
        // "la Secretaría otorgara o negará la licencia de funcionamiento correspondiente, dentro de un plazo de 30 días
        // hábiles contados a partir de la fecha en que se cuente con toda la información requerida". The Regulation
        // says nothing of silence, so LFPA art. 17 makes it a refusal (SEMARNAT is centralised administration).
        timeframe: {
          waiting: { min: 0, max: 30, unit: 'business-days' },
          legalDeadline: { days: 30, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'rlgeepa-atm', article: '20' }, { law: 'lfpa', article: '17' }],
          note: {
            es: 'El Reglamento de la LGEEPA en materia de atmósfera llama «licencia de funcionamiento» a la LAU (art. 6, fr. IX) y obliga a la SEMARNAT a otorgarla o negarla dentro de 30 días hábiles contados desde que cuenta con toda la información requerida (art. 20); si pide información adicional (art. 19), el plazo corre desde que se la entregan. El Reglamento no dice qué significa el silencio, por lo que rige la LFPA (art. 17): se entiende negada (negativa ficta), y a petición del interesado la autoridad debe expedir constancia de ello. Un Acuerdo de la SEMARNAT (DOF 25-07-2025) fusionó este trámite con el de licencia de funcionamiento; no lo leímos: confirme en la ficha SEMARNAT-05-002 si fija otro plazo.',
            en: 'The LGEEPA air-pollution Regulation calls the LAU an “operating licence” (Art. 6 fr. IX) and requires SEMARNAT to grant or refuse it within 30 business days from when it has all the information required (Art. 20); if it asks for more information (Art. 19), the term runs from when that is delivered. The Regulation does not say what silence means, so the LFPA (Art. 17) applies: the application is deemed refused, and on request the authority must certify that. A SEMARNAT Agreement (DOF 25-07-2025) merged this procedure with the operating-licence procedure; we did not read it: check in sheet SEMARNAT-05-002 whether it sets another term.',
          },
        },
        legalBasis: [
          { law: 'lgeepa', article: '111-bis' },
          { law: 'rlgeepa-atm', article: '17-bis' },
          { law: 'rlgeepa-atm', article: '19' },
          { law: 'rlgeepa-atm', article: '20' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Cuotas 2026 de la Ley Federal de Derechos (art. 194-O): MXN 3,872.69 por una licencia nueva y MXN 1,936.34 por su actualización (SEMARNAT-05-003). Las cifras de MXN 2,861 y 1,430 de guías anteriores están desactualizadas.',
        en: '2026 Federal Fees Law amounts (Art. 194-O): MXN 3,872.69 for a new licence and MXN 1,936.34 for an update (SEMARNAT-05-003). The MXN 2,861 and 1,430 figures in older guides are out of date.',
      },
      {
        es: 'Las fuentes fijas que no son de jurisdicción federal se regulan con licencias ambientales estatales.',
        en: 'Fixed sources outside federal jurisdiction are covered by state environmental licences instead.',
      },
    ],
    sources: [
      SRC_LGEEPA,
      SRC_RLGEEPA_ATM,
      SRC_LFPA,
      SRC_LFD,
      {
        title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — SEMARNAT-05-003',
        url: 'https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SEMARNAT-05-003',
      },
      {
        title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — SEMARNAT-05-003 (ficha en PDF: sectores a los que aplica, art. 111 Bis LGEEPA, y anexos de la solicitud)',
        url: 'https://catalogonacional.gob.mx/FichaTramitePdf/Index?traHomoclave=SEMARNAT-05-003',
      },
    ],
    verifiedOn: '2026-12-04',
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
      es: 'Informe anual a la SEMARNAT sobre las emisiones y la operación del año anterior, con el que se integra el Registro de Emisiones y Transferencia de Contaminantes: los responsables de fuentes contaminantes están obligados a dar esa información (LGEEPA art. 109 Bis). Lo presentan las fuentes fijas federales con LAU.',
      en: 'Yearly report to SEMARNAT on the previous year\'s emissions and operation, which feeds the pollutant release and transfer register: those responsible for pollution sources must provide that information (LGEEPA Art. 109 Bis). Federal fixed sources holding a LAU file it.',
    },
    whoNeedsIt: {
      es: 'Fuentes fijas de jurisdicción federal (titulares de LAU). Los grandes generadores de residuos peligrosos deben presentar un informe anual de generación y manejo (LGPGIR art. 46); que se haga en la COA, y que también la presenten quienes descargan a aguas nacionales o emiten gases de efecto invernadero por encima del umbral reglamentario, está por confirmar: si es su caso, confirme la obligación aunque no sea fuente fija federal.',
      en: 'Federal-jurisdiction fixed sources (LAU holders). Large generators of hazardous waste must file a yearly report on generation and handling (LGPGIR Art. 46); whether it goes in the COA, and whether companies discharging into national waters or emitting greenhouse gases above the regulatory threshold also file it, is to be confirmed: if that is your case, confirm the obligation even if you are not a federal fixed source.',
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
      { law: 'lgeepa', article: '109 Bis' },
      { law: 'lgeepa', article: '111-bis' },
      { law: 'lgpgir', article: '46' },
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
            concept: { es: 'Sin derechos', en: 'No fee' },
            formula: {
              es: 'La Ley Federal de Derechos 2026 no fija derecho por presentar la COA.',
              en: 'The 2026 Federal Fees Law sets no fee for filing the COA.',
            },
            minMXN: 0,
            maxMXN: 0,
            year: 2026,
            legalBasis: [{ law: 'lfd' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lgeepa', article: '109 Bis' }],
          note: {
            es: 'Es un informe para el Registro de Emisiones y Transferencia de Contaminantes (LGEEPA art. 109 Bis), no una autorización: no se espera resolución. La ventana anual de presentación (primeros cuatro meses del año) está por confirmar.',
            en: 'It is a report to the pollutant release and transfer register (LGEEPA Art. 109 Bis), not an authorisation: no decision is awaited. The yearly filing window (first four months of the year) is to be confirmed.',
          },
        },
        legalBasis: [{ law: 'lgeepa', article: '109 Bis' }, { law: 'rlgeepa-atm', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'El periodo anual de presentación (primeros cuatro meses del año) y el artículo exacto que la fundamenta están por confirmar.',
        en: 'The yearly filing window (first four months of the year) and the exact article it rests on are to be confirmed.',
      },
    ],
    sources: [SRC_LGEEPA, SRC_LGPGIR, SRC_LFD],
    verifiedOn: '2026-12-04',
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
      es: 'Los grandes y pequeños generadores de residuos peligrosos se registran ante la SEMARNAT (LGPGIR arts. 46 y 47); los grandes además someten su plan de manejo y presentan un informe anual, y los microgeneradores se registran ante el estado o el municipio (art. 48).',
      en: 'Large and small generators of hazardous waste register with SEMARNAT (LGPGIR Arts. 46 and 47); large generators also submit their management plan and file a yearly report, and micro-generators register with the state or municipality (Art. 48).',
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
    legalBasis: [{ law: 'lgpgir', article: '46' }, { law: 'lgpgir', article: '47' }, { law: 'lgpgir', article: '48' }],
    steps: [
      {
        title: {
          es: 'Registrarse ante la SEMARNAT como generador de residuos peligrosos',
          en: 'Register with SEMARNAT as a hazardous-waste generator',
        },
        description: {
          es: 'La empresa captura en el portal electrónico de la SEMARNAT sus datos y los residuos peligrosos que estima generar, y el sistema le asigna de inmediato su número de registro y su categoría de generador (Reglamento de la LGPGIR, art. 43). Los grandes generadores registran además su plan de manejo, que la SEMARNAT evalúa (art. 25).',
          en: 'The company enters its details and the hazardous waste it expects to generate on SEMARNAT’s online portal, and the system immediately assigns its registration number and generator category (LGPGIR Regulation, Art. 43). Large generators also register their management plan, which SEMARNAT assesses (Art. 25).',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Portal electrónico de la SEMARNAT; si no es posible anexar los documentos en línea, se envían al correo que habilite la SEMARNAT o se presentan en sus oficinas (Reglamento de la LGPGIR, art. 43).',
            en: 'SEMARNAT’s online portal; if the documents cannot be attached online, they are sent to the e-mail address SEMARNAT provides or filed at its offices (LGPGIR Regulation, Art. 43).',
          },
        },
        office: 'semarnat-ecc',
        requirements: [
          {
            name: {
              es: 'Datos de la empresa (razón social, domicilio, giro, representante legal, fecha de inicio de operaciones, actividad y ubicación del sitio), clasificación de los residuos peligrosos que estima generar y cantidad anual estimada de cada uno',
              en: 'Company details (name, address, line of business, legal representative, start date of operations, activity and site location), classification of the hazardous waste it expects to generate and the estimated yearly quantity of each',
            },
            legalBasis: [{ law: 'rlgpgir', article: '43 fr. I' }],
          },
          {
            name: { es: 'Acta constitutiva en formato electrónico (o número de Registro Único de Personas Acreditadas)', en: 'Incorporation deed in electronic form (or the Registro Único de Personas Acreditadas number)' },
            producedBy: 'incorporation-deed',
            legalBasis: [{ law: 'rlgpgir', article: '43 fr. II' }],
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos: el registro no causa derecho; los grandes generadores pagan el registro de su plan de manejo', en: 'Fees: registration itself carries none; large generators pay to register their management plan' },
            formula: {
              es: 'Registro como generador: sin derecho en la Ley Federal de Derechos. Plan de manejo de gran generador: MXN 1,035.41 (2026).',
              en: 'Registration as a generator: no fee in the Federal Fees Law. Large-generator management plan: MXN 1,035.41 (2026).',
            },
            minMXN: 0,
            maxMXN: 1035.41,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '194-T-5' }],
          },
        ],
        // RLGPGIR (Cámara de Diputados text, last reform DOF 31-10-2014; read 2026-12-04 in a verbatim extraction of
        // Reg_LGPGIR_311014.pdf), art. 43 fr. III: "Una vez incorporados los datos, la Secretaría automáticamente, por
        // el mismo sistema, indicará el número con el cual queda registrado el generador y la categoría de generación
        // asignada"; art. 25 (large generators' management plan): "El sistema electrónico solamente proporcionará un
        // acuse de recibo y la Secretaría tendrá un término de cuarenta y cinco días para emitir el número de registro
        // correspondiente, previa evaluación del contenido del plan de manejo" (days: business days, LFPA art. 28;
        // silence: refusal, LFPA art. 17, as the Regulation provides nothing else).
        timeframe: {
          waiting: { min: 0, max: 45, unit: 'business-days' },
          legalDeadline: { days: 45, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'rlgpgir', article: '43 fr. III' }, { law: 'rlgpgir', article: '25' }, { law: 'lfpa', article: '17' }, { law: 'lfpa', article: '28' }],
          note: {
            es: 'El registro como generador es inmediato: al capturar los datos, el sistema de la SEMARNAT asigna el número de registro y la categoría (Reglamento de la LGPGIR, art. 43, fr. III). Solo los grandes generadores esperan: el sistema da acuse de su plan de manejo y la SEMARNAT tiene 45 días, hábiles según la LFPA (art. 28), para evaluarlo y emitir su número de registro (art. 25). El Reglamento no dice qué significa su silencio, por lo que rige la LFPA (art. 17): se entiende negativa.',
            en: 'Registration as a generator is immediate: once the data are entered, SEMARNAT’s system assigns the registration number and the category (LGPGIR Regulation, Art. 43 fr. III). Only large generators wait: the system acknowledges their management plan and SEMARNAT has 45 days, business days under the LFPA (Art. 28), to assess it and issue its registration number (Art. 25). The Regulation does not say what its silence means, so the LFPA (Art. 17) applies: it counts as a refusal.',
          },
        },
        legalBasis: [{ law: 'lgpgir', article: '46' }, { law: 'lgpgir', article: '47' }, { law: 'rlgpgir', article: '43' }],
      },
    ],
    caveats: [
      {
        es: 'Categorías por residuos peligrosos generados al año (Reglamento de la LGPGIR, art. 42): gran generador, 10 toneladas o más; pequeño generador, más de 400 kg y menos de 10 toneladas; microgenerador, hasta 400 kg. Se pueden sumar todas las plantas de la empresa en el país para fijar la categoría. Mientras no haya convenio con el estado o el municipio, los microgeneradores también se registran ante la SEMARNAT (art. 43).',
        en: 'Categories by hazardous waste generated per year (LGPGIR Regulation, Art. 42): large generator, 10 tonnes or more; small generator, more than 400 kg and less than 10 tonnes; micro-generator, up to 400 kg. All the company’s plants in Mexico may be added up to set the category. Until an agreement with the state or municipality exists, micro-generators also register with SEMARNAT (Art. 43).',
      },
      {
        es: 'La regla por sectores SCIAN es un filtro aproximado de Ventanilla, no un criterio legal.',
        en: 'The SCIAN sector rule is an approximate Ventanilla screening filter, not a legal test.',
      },
    ],
    sources: [SRC_LGPGIR, SRC_RLGPGIR, SRC_LFPA, SRC_LFD],
    verifiedOn: '2026-12-04',
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
      es: 'Permiso de la Comisión Nacional de Energía que toda central de 0.7 MW o más debe tener (Ley del Sector Eléctrico, DOF 18-03-2025, art. 19); las centrales menores son generadoras exentas y las destinadas solo a emergencias no lo requieren. La CRE fue extinguida y la CNE, órgano desconcentrado de la SENER, otorga ahora los permisos. Se tramita por la Oficialía de Partes Electrónica de la CNE, conforme al Reglamento de la LSE (DOF 03-10-2025) y a las Disposiciones Administrativas de Carácter General (DOF 23-10-2025).',
      en: 'National Energy Commission (CNE) permit that every power plant of 0.7 MW or more must hold (Electricity Sector Law, Ley del Sector Eléctrico, DOF 18-03-2025, Art. 19); smaller plants are exempt generators and plants used only in emergencies need none. The former regulator (CRE) was abolished, and the CNE, a deconcentrated body of the Energy Ministry (SENER), now grants permits. It is filed through the CNE\'s electronic filing office (Oficialía de Partes Electrónica), under the LSE Regulation (DOF 03-10-2025) and the general administrative rules (Disposiciones Administrativas de Carácter General, DOF 23-10-2025).',
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
      { law: 'lse', article: '19' },
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
          es: 'La solicitud se presenta en línea con los requisitos de las Disposiciones Administrativas de Carácter General (DOF 23-10-2025); la CNE la evalúa y resuelve. El impacto social no es un estudio dentro de este permiso, sino una autorización aparte de la SENER (Manifestación de Impacto Social, LSE arts. 136 a 139).',
          en: 'The application is filed online with the requirements of the general administrative rules (DOF 23-10-2025); the CNE assesses it and decides. Social impact is not a study inside this permit but a separate SENER authorisation (social impact assessment, LSE Arts. 136 to 139).',
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
            name: { es: 'Estudio ambiental del proyecto', en: 'Environmental study of the project' },
            unverified: true,
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
            concept: { es: 'Derechos por el permiso de generación', en: 'Government fee (derechos) for the generation permit' },
            formula: {
              es: 'La Ley Federal de Derechos 2026 (art. 56 fr. I) cobra por capacidad: hasta 10 MW MXN 159,163.79; más de 10 y hasta 50 MW MXN 207,706.23; más de 50 y hasta 200 MW MXN 307,132.17; más de 200 MW MXN 1,299,073.36; las fuentes renovables no pagan (art. 56 Bis). Las referencias a la CRE se entienden hechas a la CNE (Ley de la CNE, transitorio tercero), pero el art. 56 enumera las modalidades de la ley de 1992 (autoabastecimiento, cogeneración, pequeña producción, producción independiente, exportación e importación), no las figuras de la LSE (autoconsumo, generación para el Mercado Eléctrico Mayorista), y las Disposiciones de la CNE solo piden el comprobante de pago de «derechos o aprovechamientos» sin fijar monto. Qué cuota paga un permiso de la LSE está por confirmar con la CNE.',
              en: 'The 2026 Federal Fees Law (Art. 56 fr. I) charges by capacity: up to 10 MW MXN 159,163.79; over 10 up to 50 MW MXN 207,706.23; over 50 up to 200 MW MXN 307,132.17; over 200 MW MXN 1,299,073.36; renewable sources pay nothing (Art. 56 Bis). References to the CRE are read as references to the CNE (CNE Law, third transitional article), but Art. 56 lists the modalities of the 1992 law (self-supply, cogeneration, small production, independent production, export and import), not the LSE figures (self-consumption, generation for the wholesale electricity market), and the CNE rules only ask for proof of payment of “fees or charges” (derechos o aprovechamientos) without setting an amount. Which amount an LSE permit pays is to be confirmed with the CNE.',
            },
            minMXN: 0,
            maxMXN: 1299073.36,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '56 fr. I' }, { law: 'lfd', article: '56 Bis' }],
            unverified: true,
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 60, unit: 'business-days' },
          legalDeadline: { days: 60, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'rlse', article: '25' }, { law: 'lcne', article: '5' }, { law: 'lfpa', article: '17' }],
          note: {
            es: 'La CNE resuelve en un máximo de 60 días hábiles desde la recepción (RLSE art. 25, citado en el numeral 4.2 de las Disposiciones de la CNE, DOF 23-10-2025): admite la solicitud en 10 días hábiles (si no notifica nada, se tiene por admitida) y la evalúa en 50 más. Si la CNE requiere información (10 días hábiles para contestar) o previene al solicitante (30 días hábiles), el plazo se suspende mientras tanto. Ni el reglamento ni las Disposiciones dicen qué pasa si la CNE no contesta; la LFPA, que rige a la CNE como órgano desconcentrado de la SENER y es supletoria de su ley (LFPA art. 1; LCNE art. 5), dispone que el silencio equivale a negativa (LFPA art. 17).',
            en: 'The CNE decides within at most 60 business days of receipt (RLSE Art. 25, quoted in numeral 4.2 of the CNE general administrative rules, DOF 23-10-2025): it admits the application within 10 business days (if it notifies nothing, the application is deemed admitted) and assesses it within 50 more. If the CNE asks for information (10 business days to answer) or for corrections (30 business days), the clock stops in the meantime. Neither the regulation nor the rules say what happens if the CNE does not answer; the LFPA, which governs the CNE as a deconcentrated body of SENER and supplements its law (LFPA Art. 1; LCNE Art. 5), treats silence as refusal (LFPA Art. 17).',
          },
        },
        legalBasis: [
          { law: 'lse', article: '19' },
          { law: 'lse', article: '151' },
          { law: 'rlse', article: '25' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Guías anteriores a 2025 remiten a la CRE y citan el art. 18 para la regla de 0.7 MW: la regla está en el art. 19 de la LSE y la CRE fue sustituida por la CNE. Las centrales de autoconsumo interconectado de 0.7 a 20 MW presentan los requisitos del Acuerdo de la CNE publicado en el DOF el 06-08-2025 (numeral 2.2.3 de las Disposiciones).',
        en: 'Guides from before 2025 refer to the CRE and cite Art. 18 for the 0.7 MW rule: the rule is in LSE Art. 19, and the CRE was replaced by the CNE. Interconnected self-consumption plants of 0.7 to 20 MW file the requirements of the CNE Agreement published in the DOF on 06-08-2025 (numeral 2.2.3 of the rules).',
      },
      {
        es: 'Aparte del permiso se necesitan la autorización de impacto social de la SENER y, si la central se conecta a la red, el contrato de interconexión.',
        en: 'Besides the permit, the SENER social-impact authorisation is needed and, if the plant connects to the grid, the interconnection contract.',
      },
      {
        es: 'El almacenamiento de energía eléctrica también puede requerir permiso de la CNE (por confirmar); este trámite cubre la generación.',
        en: 'Electricity storage may also need a CNE permit (to be confirmed); this entry covers generation.',
      },
    ],
    sources: [
      SRC_LSE,
      SRC_LFD,
      SRC_LCNE,
      SRC_CNE_DACG,
      SRC_LFPA,
    ],
    verifiedOn: '2026-12-04',
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
      es: 'Título de la Comisión Nacional del Agua, conforme a la Ley de Aguas Nacionales, para extraer y usar aguas nacionales, superficiales o subterráneas. La CONAGUA contesta en un máximo de 60 días hábiles con el expediente completo (LAN art. 22). Desde la reforma publicada en el DOF el 11-12-2025 los derechos de una concesión ya no pueden transmitirse: no se puede comprar una concesión ajena.',
      en: 'Title from the National Water Commission (CONAGUA), under the National Waters Law (Ley de Aguas Nacionales), to abstract and use national surface water or groundwater. CONAGUA answers within 60 business days of a complete file (LAN Art. 22). Since the reform published in the DOF on 11-12-2025 concession rights can no longer be transferred: you cannot buy someone else’s concession.',
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
    legalBasis: [{ law: 'lan', article: '21' }, { law: 'lan', article: '21 Bis' }, { law: 'lan', article: '22' }],
    steps: [
      {
        title: {
          es: 'Solicitar la concesión a la CONAGUA',
          en: 'Apply to CONAGUA for the concession',
        },
        description: {
          es: 'La solicitud se presenta junto con la del permiso de descarga de aguas residuales y la del permiso de obras (LAN art. 21). Si el expediente está incompleto, la CONAGUA lo requiere una sola vez; si no se subsana, desecha la solicitud.',
          en: 'The application is filed together with those for the wastewater discharge permit and the works permit (LAN Art. 21). If the file is incomplete, CONAGUA asks once for the missing items; if they are not supplied it rejects the application.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Oficinas de la CONAGUA (organismos de cuenca y direcciones locales); medios electrónicos si el solicitante los acepta (LAN art. 21 fr. I).',
            en: 'CONAGUA offices (basin bodies and local directorates); electronic means if the applicant accepts them (LAN Art. 21 fr. I).',
          },
        },
        office: 'conagua-offices',
        requirements: [
          {
            name: {
              es: 'Solicitud con cuenca o acuífero, punto de extracción, volumen de extracción y consumo, uso del agua, punto y calidad de la descarga, proyecto de obras y duración solicitada',
              en: 'Application stating the basin or aquifer, abstraction point, abstraction and consumption volume, water use, discharge point and quality, works project and requested term',
            },
            legalBasis: [{ law: 'lan', article: '21' }],
          },
          {
            name: {
              es: 'Documentos de propiedad o posesión del inmueble, servidumbres, MIA cuando se requiera, memoria técnica con planos, documentación técnica del volumen y croquis de ubicación',
              en: 'Proof of ownership or possession of the property, easements, the MIA where required, technical report with plans, technical support for the volume and a location sketch',
            },
            legalBasis: [{ law: 'lan', article: '21 Bis' }],
          },
        ],
        costs: [
          {
            kind: 'fixed',
            concept: { es: 'Derechos por el estudio, trámite y expedición del título de concesión, con su registro', en: 'Fee for studying, processing and issuing the concession title, including its registration' },
            amountMXN: 6737.63,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '192 fr. I' }],
          },
        ],
        timeframe: {
          waiting: { min: 20, max: 60, unit: 'business-days' },
          legalDeadline: { days: 60, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'lan', article: '22' }, { law: 'lfpa', article: '17' }],
          note: {
            es: 'Máximo 60 días hábiles desde que el expediente está completo (LAN art. 22). La ley de aguas no dice qué significa el silencio, por lo que aplica la regla general de negativa ficta (LFPA art. 17). En zonas de veda o reglamentadas rigen reglas especiales.',
            en: 'At most 60 business days from a complete file (LAN Art. 22). The water law does not say what silence means, so the general rule of tacit refusal applies (LFPA Art. 17). Special rules apply in closed or regulated zones.',
          },
        },
        legalBasis: [{ law: 'lan', article: '21' }, { law: 'lan', article: '22' }, { law: 'lfd', article: '192' }],
      },
    ],
    caveats: [
      {
        es: 'Desde el DOF 11-12-2025 los derechos de las concesiones no se transmiten; si cambia la propiedad del predio o hay fusión o escisión, la CONAGUA reasigna los volúmenes y emite un nuevo título (LAN arts. 22 y 37 Bis 1).',
        en: 'Since DOF 11-12-2025 concession rights are not transferable; if the land changes hands or there is a merger or split, CONAGUA reassigns the volumes and issues a new title (LAN Arts. 22 and 37 Bis 1).',
      },
      {
        es: 'La disponibilidad de agua del acuífero o cuenca decide el resultado: en zonas de veda puede no haber volumen disponible. Además del derecho de trámite se pagan cada año derechos por el agua usada (LFD).',
        en: 'Water availability in the aquifer or basin decides the outcome: in closed zones there may be no volume available. Besides the processing fee, yearly fees are paid for the water used (LFD).',
      },
    ],
    sources: [SRC_LAN, SRC_LFD],
    verifiedOn: '2026-12-03',
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
      es: 'Permiso de la Comisión Nacional del Agua para verter aguas residuales en aguas o bienes nacionales, o infiltrarlas donde puedan contaminar el subsuelo (LAN art. 88). La CONAGUA contesta en 60 días hábiles desde la admisión; si no contesta, el permiso se entiende negado (LAN art. 89). Quien descarga a aguas nacionales también informa en la Cédula de Operación Anual (COA).',
      en: 'Permit from the National Water Commission to discharge wastewater into national waters or national property, or to infiltrate it where it can pollute the subsoil (LAN Art. 88). CONAGUA answers within 60 business days of admission; silence means refusal (LAN Art. 89). Companies discharging into national waters also report in the Annual Operating Report (COA).',
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
    legalBasis: [{ law: 'lan', article: '88' }, { law: 'lan', article: '89' }, { law: 'lan', article: '90' }],
    steps: [
      {
        title: {
          es: 'Solicitar el permiso de descarga a la CONAGUA',
          en: 'Apply to CONAGUA for the discharge permit',
        },
        description: {
          es: 'Se presenta la solicitud con los datos de la descarga (punto, volumen y calidad del agua); la CONAGUA la evalúa según la clasificación del cuerpo receptor y las NOM, y puede fijar condiciones particulares de descarga (LAN arts. 89 y 90). Si también se pide concesión, ambas solicitudes van juntas (LAN art. 21).',
          en: 'The application is filed with details of the discharge (point, volume and water quality); CONAGUA assesses it against the receiving body’s classification and the NOMs, and may set specific discharge conditions (LAN Arts. 89 and 90). If a concession is also sought, both applications go together (LAN Art. 21).',
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
            kind: 'fixed',
            concept: { es: 'Derechos por el permiso de descarga de aguas residuales, con su registro', en: 'Fee for the wastewater discharge permit, including its registration' },
            amountMXN: 8970.86,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '192 fr. II' }],
          },
        ],
        timeframe: {
          waiting: { min: 20, max: 60, unit: 'business-days' },
          legalDeadline: { days: 60, unit: 'business-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'lan', article: '89' }],
          note: {
            es: 'Máximo 60 días hábiles desde la admisión de la solicitud; si la CONAGUA no resuelve, el permiso se considera negado (LAN art. 89).',
            en: 'At most 60 business days from admission of the application; if CONAGUA does not decide, the permit is deemed refused (LAN Art. 89).',
          },
        },
        legalBasis: [{ law: 'lan', article: '88' }, { law: 'lan', article: '89' }, { law: 'lfd', article: '192 fr. II' }],
      },
    ],
    caveats: [
      {
        es: 'Además del derecho de trámite, las descargas pagan cada año derechos por uso de cuerpos receptores según volumen y carga contaminante (LFD).',
        en: 'Besides the processing fee, discharges pay yearly fees for using receiving bodies according to volume and pollutant load (LFD).',
      },
      {
        es: 'Las descargas al alcantarillado municipal pueden regirse por normas locales en lugar de este permiso; por confirmar.',
        en: 'Discharges into the municipal sewer may fall under local rules instead of this permit; to be confirmed.',
      },
    ],
    sources: [
      SRC_LAN,
      SRC_LFD,
    ],
    verifiedOn: '2026-12-03',
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
    legalBasis: [{ law: 'lic', article: '62' }],
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
            concept: { es: 'Precio del organismo de evaluación de la conformidad (sin derecho federal)', en: 'Price charged by the conformity-assessment body (no federal fee)' },
            formula: {
              es: 'No hay derecho del gobierno cuando certifica un organismo privado: cada organismo cobra su propio precio, que debe entregar a la Secretaría de Economía al menos 20 días antes de aplicarlo para que se publique en la Plataforma Tecnológica Integral de Infraestructura de la Calidad (LICal art. 45). Solo si la propia autoridad evalúa la conformidad, lo que solo ocurre si no hay organismos acreditados y aprobados o si el nivel de riesgo lo exige (art. 66), cobra lo que prevea la Ley Federal de Derechos (art. 45, último párrafo). El monto depende del producto, la NOM y el organismo: consúltelo en la Plataforma o con el organismo.',
              en: 'There is no government fee when a private body certifies: each body charges its own price, which it must give the Secretaría de Economía at least 20 days before applying it so that it is published on the Quality Infrastructure Platform (Plataforma Tecnológica Integral de Infraestructura de la Calidad) (LICal Art. 45). Only if the authority itself assesses conformity, which happens only if there are no accredited and approved bodies or the level of risk requires it (Art. 66), does it charge what the Federal Fees Law provides (Art. 45, last paragraph). The amount depends on the product, the NOM and the body: check it on the Platform or with the body.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'lic', article: '45' }, { law: 'lic', article: '66' }],
          },
        ],
        timeframe: {
          waiting: { min: 10, max: 90, unit: 'business-days' },
          tacitApproval: 'unknown',
          unverified: true,
          note: {
            es: 'No hay un plazo general: la LICal remite al procedimiento de evaluación de la conformidad de cada NOM, que debe fijar el plazo de prevención y de respuesta del resultado (art. 69 fr. V). Tampoco aplica la LFPA, porque certifica un organismo privado. Consulte el plazo en el capítulo de evaluación de la conformidad de la NOM que le aplique; el rango mostrado es una estimación.',
            en: 'There is no general time limit: the LICal leaves it to the conformity-assessment procedure of each NOM, which must set the time for requesting corrections and for giving the result (Art. 69 fr. V). The LFPA does not apply either, because a private body certifies. Check the time in the conformity-assessment chapter of the NOM that applies to you; the range shown is an estimate.',
          },
        },
        legalBasis: [{ law: 'lic', article: '62' }, { law: 'lic', article: '69' }],
      },
    ],
    caveats: [
      {
        es: 'Qué NOM aplican depende del producto. Las NOM y su evaluación de la conformidad se rigen por la Ley de Infraestructura de la Calidad (DOF 01-07-2020). La certificación la hacen organismos de evaluación de la conformidad acreditados y aprobados; la autoridad solo certifica directamente si no los hay o si el nivel de riesgo lo exige (LICal arts. 62 y 66). Las autoridades deben reconocer sus resultados (art. 68).',
        en: 'Which NOMs apply depends on the product. NOMs and their conformity assessment are governed by the Quality Infrastructure Law (Ley de Infraestructura de la Calidad, DOF 01-07-2020). Certification is done by accredited and approved conformity-assessment bodies; the authority certifies directly only if there are none or the level of risk requires it (LICal Arts. 62 and 66). Authorities must accept their results (Art. 68).',
      },
      {
        es: 'Los productos importados sujetos a una NOM deben cumplirla igual que los nacionales; cuáles deben demostrarlo en la aduana se identifica por fracción arancelaria en las reglas de comercio exterior (LICal art. 64).',
        en: 'Imported products covered by a NOM must meet it like domestic ones; those that must prove it at customs are identified by tariff code in the foreign-trade rules (LICal Art. 64).',
      },
    ],
    sources: [SRC_LIC, SRC_LFD],
    verifiedOn: '2026-12-04',
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
    optional: {
      reason: {
        es: 'Ninguna ley obliga a registrar una marca para operar; el registro protege el nombre o logotipo frente a terceros y conviene hacerlo pronto.',
        en: 'No law requires a registered trademark to operate; registration protects the name or logo against others and is best done early.',
      },
    },
    appliesWhen: { always: true },
    outputs: [
      {
        es: 'Título de registro de marca',
        en: 'Trademark registration certificate',
      },
    ],
    legalBasis: [{ law: 'lfppi', article: '178' }],
    steps: [
      {
        title: {
          es: 'Presentar la solicitud de registro de marca al IMPI',
          en: 'File the trademark application with IMPI',
        },
        description: {
          es: 'Se presenta la solicitud con la marca, los productos o servicios que distinguirá y el comprobante de pago de la tarifa (LFPPI arts. 214 y 215). El IMPI la publica en la Gaceta a más tardar 10 días después de recibirla; durante un mes cualquier tercero puede oponerse; después la examina y, si encuentra impedimentos u oposiciones, da al solicitante 2 meses (más 2 adicionales pagando la tarifa) para contestar; por último otorga o niega el registro (LFPPI arts. 221 a 230).',
          en: 'The application is filed with the mark, the goods or services it will identify and proof of payment of the fee (LFPPI Arts. 214 and 215). IMPI publishes it in its Gazette within 10 days of receipt; for one month anyone may oppose it; IMPI then examines it and, if it finds obstacles or oppositions, gives the applicant 2 months (plus 2 more on paying the fee) to answer; finally it grants or refuses the registration (LFPPI Arts. 221 to 230).',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'En línea por «Marca en Línea» (cuenta PASE del IMPI) o en las oficinas del IMPI.',
            en: 'Online through “Marca en Línea” (IMPI PASE account) or at IMPI offices.',
          },
        },
        office: 'impi-offices',
        requirements: [
          {
            name: {
              es: 'Solicitud con nombre, domicilio y correo del solicitante, la representación del signo, la fecha de primer uso (o la mención de que no se ha usado), los productos o servicios específicos y, si se indicó uso, la ubicación del establecimiento',
              en: 'Application with the applicant’s name, address and e-mail, the representation of the sign, the date of first use (or a statement that it has not been used), the specific goods or services and, if use was stated, the location of the establishment',
            },
            legalBasis: [{ law: 'lfppi', article: '214' }],
          },
          {
            name: { es: 'Comprobante de pago de la tarifa', en: 'Proof of payment of the fee' },
            legalBasis: [{ law: 'lfppi', article: '215' }],
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Tarifa del IMPI por la solicitud', en: 'IMPI application fee' },
            formula: {
              es: 'La tarifa la fija la Junta de Gobierno del IMPI y se publica por acuerdo en el DOF (LFPPI art. 11), no en la Ley Federal de Derechos. Las tarifas de marcas están en el «Acuerdo por el que se da a conocer la tarifa por los servicios que presta el IMPI» y sus reformas, que no pudimos leer en una fuente oficial: monto vigente por confirmar en la tarifa que publica el IMPI (gob.mx/impi) antes de pagar.',
              en: 'The fee is set by IMPI’s Governing Board and published by agreement in the DOF (LFPPI Art. 11), not in the Federal Fees Law. Trademark fees are in the “Acuerdo por el que se da a conocer la tarifa por los servicios que presta el IMPI” and its amendments, which we could not read in an official source: current amount to be confirmed in the schedule IMPI publishes (gob.mx/impi) before paying.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
            legalBasis: [{ law: 'lfppi', article: '11' }, { law: 'lfppi', article: '215' }],
          },
        ],
        timeframe: {
          waiting: { min: 40, max: 90, unit: 'calendar-days' },
          legalDeadline: { days: 90, unit: 'calendar-days' },
          tacitApproval: 'negative',
          legalBasis: [{ law: 'lfppi', article: '3' }, { law: 'lfpa', article: '17' }],
          note: {
            es: 'La LFPPI no fija plazo para que el IMPI resuelva la solicitud de marca; solo fija etapas: publicación en la Gaceta a más tardar 10 días después de recibirla y un mes para oposiciones antes del examen (arts. 221 y 225). Sin plazo específico aplica de forma supletoria la LFPA (LFPPI art. 3): tres meses (unos 90 días naturales) y, si el IMPI no resuelve, la solicitud se entiende negada (LFPA art. 17), lo que permite impugnar el silencio pero no da el registro. Los plazos que el IMPI concede al solicitante para contestar impedimentos u oposiciones (2 meses más 2 adicionales, arts. 225 y 226) se suman a este tiempo, y en la práctica el trámite suele tardar más.',
            en: 'The LFPPI sets no time for IMPI to decide a trademark application; it only sets stages: publication in the Gazette within 10 days of receipt and one month for oppositions before examination (Arts. 221 and 225). With no specific term, the LFPA applies as supplementary law (LFPPI Art. 3): three months (about 90 calendar days) and, if IMPI does not decide, the application is deemed refused (LFPA Art. 17), which lets the applicant challenge the silence but grants no registration. The periods IMPI gives the applicant to answer obstacles or oppositions (2 months plus 2 more, Arts. 225 and 226) add to this time, and in practice the procedure often takes longer.',
          },
        },
        legalBasis: [{ law: 'lfppi', article: '214' }, { law: 'lfppi', article: '221' }, { law: 'lfppi', article: '225' }, { law: 'lfppi', article: '230' }],
      },
    ],
    caveats: [
      {
        es: 'Trámite opcional: no se necesita para constituir ni operar la empresa. El registro dura 10 años desde su otorgamiento y se renueva por periodos iguales dentro de los 6 meses anteriores a su vencimiento (LFPPI arts. 178 y 237). Las tarifas las fija el IMPI en su acuerdo de tarifas (LFPPI art. 11), no la Ley Federal de Derechos; el monto vigente está por confirmar.',
        en: 'Optional procedure: it is not needed to form or run the company. The registration lasts 10 years from grant and is renewed for equal periods within the 6 months before it expires (LFPPI Arts. 178 and 237). Fees are set by IMPI’s tariff agreement (LFPPI Art. 11), not the Federal Fees Law; the current amount is to be confirmed.',
      },
    ],
    sources: [
      SRC_LFPPI,
      SRC_LFPA,
      { title: 'IMPI (gob.mx) — Preguntas frecuentes de signos distintivos (presentación en «Marca en Línea»)', url: 'https://www.gob.mx/impi/acciones-y-programas/temas-de-interes-preguntas-frecuentes-marcas' },
    ],
    verifiedOn: '2026-12-04',
  },
];
