/**
 * Federal procedures to set up the company: name, deed, registries and the
 * company's tax identity (RFC, e.firma, CSD, 32-D opinion).
 * Facts: /work/shared/reference/mexico-investment-facts.md §2.A and
 * ley-inversion-extranjera-verified.md (correction 18: LIE Art. 15 is the basis
 * of the company-name authorisation, Art. 16-A its 2-business-day period).
 */
import type { ProcedureInput } from '../../schema.ts';
import { cffPetition, noFederalFee, nothingToWait } from './common.ts';

const MUA_URL = 'https://mua.economia.gob.mx/mua-web/muaHome';
const SIGER_URL = 'https://rpc.economia.gob.mx/siger2/';

const src = {
  satFedatarios: {
    title: 'SAT — Fedatarios públicos: preguntas más frecuentes (inscripción en el RFC por el fedatario, inmediata y simultánea con la constitución)',
    url: 'http://m.sat.gob.mx/terceros_autorizados/fedatarios_publicos/Paginas/preg_frec.aspx',
  },
  lie: {
    title: 'Cámara de Diputados — Ley de Inversión Extranjera (última reforma DOF 27-05-2024)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIE.pdf',
  },
  fichaSe09039: {
    title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — ficha SE-09-039',
    url: 'https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SE-09-039',
  },
  sigerFaq: {
    title: 'Secretaría de Economía — SIGER 2.0, preguntas frecuentes',
    url: 'https://rpc.economia.gob.mx/siger2/xhtml/faq.xhtml',
  },
  sinecCircular: {
    title: 'SINEC — Circular sobre la inscripción en el Registro Público de Comercio (correduría pública)',
    url: 'http://sinec.gob.mx/correduria/?P=16&circular=629',
  },
  /** Read 2026-12-04 in a text extraction of this PDF (rules 2.1.36, 2.1.37, 2.2.14, 2.4.10, 2.7.1.5). */
  rmf2026: {
    title: 'SAT — Resolución Miscelánea Fiscal para 2026 (DOF 28-12-2025): reglas 2.1.36 (opinión de cumplimiento), 2.2.14 (e.firma), 2.4.10 (inscripción en el RFC) y 2.7.1.5 (CSD)',
    url: 'https://www.sat.gob.mx/minisitio/NormatividadRMFyRGCE/documentos2026/rmf/rmf/RMF_2026-DOF-28122025.pdf',
  },
  satPadron: {
    title: 'SAT — Inscripción al Padrón de Importadores (condiciones: opinión 32-D positiva y Buzón Tributario validado)',
    url: 'http://www.sat.gob.mx/gobmx/Paginas/SAT_01_042.html',
  },
  lgsm: {
    title: 'Cámara de Diputados — Ley General de Sociedades Mercantiles (texto vigente)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LGSM.pdf',
  },
  lfcp: {
    title: 'Cámara de Diputados — Ley Federal de Correduría Pública (texto vigente)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/105.pdf',
  },
  ccom: {
    title: 'Cámara de Diputados — Código de Comercio (texto vigente)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/CCom.pdf',
  },
  cff: {
    title: 'Cámara de Diputados — Código Fiscal de la Federación (texto vigente)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/CFF.pdf',
  },
  lfd: {
    title: 'Cámara de Diputados — Ley Federal de Derechos (texto vigente, cuotas 2026)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf',
  },
  satFicha105: {
    title: 'SAT — Catálogo de servicios y trámites: solicitud del certificado de e.firma (personas físicas y morales)',
    url: 'http://www.sat.gob.mx/gobmx/Paginas/ficha_105_cff.html',
  },
};

export const procedures: ProcedureInput[] = [
  {
    id: 'se-company-name',
    slug: 'autorizacion-uso-denominacion-razon-social',
    level: 'federal',
    authority: 'se-dgnm',
    phase: 'constitution',
    title: {
      es: 'Autorización de uso de denominación o razón social',
      en: 'Company-name authorisation (autorización de uso de denominación o razón social)',
    },
    summary: {
      es: 'Reserva ante la Secretaría de Economía (SE) el nombre de la nueva sociedad. Es el primer paso, antes de firmar la escritura constitutiva. Es gratuito, la SE resuelve en 2 días hábiles y la autorización vale 180 días para que el notario o corredor público presente el aviso de uso.',
      en: 'Reserves the name of the new company with the Ministry of Economy (Secretaría de Economía, SE). It is the first step, before the incorporation deed is signed. It is free, SE decides within 2 business days, and the authorisation is valid for 180 days for the notary or public broker to file the notice of use.',
    },
    whoNeedsIt: {
      es: 'Quien vaya a constituir una nueva sociedad mercantil en México. No aplica a la sucursal de una empresa extranjera ni a la compra de una sociedad que ya existe. Las sociedades por acciones simplificadas (SAS) obtienen el nombre en su propio sistema electrónico.',
      en: 'Anyone incorporating a new commercial company in Mexico. It does not apply to the branch of a foreign company or to the purchase of an existing company. Simplified joint-stock companies (SAS) obtain their name through their own electronic system.',
    },
    appliesWhen: { fact: 'entry', op: 'eq', value: 'new-company' },
    outputs: [
      {
        es: 'Autorización de uso de la denominación o razón social, vigente 180 días para presentar el aviso de uso',
        en: 'Authorisation to use the company name, valid for 180 days to file the notice of use',
      },
    ],
    prerequisites: [],
    officialCode: { code: 'SE-09-038', unverified: true },
    officialUrl: MUA_URL,
    legalBasis: [
      { law: 'lie', article: '15' },
      { law: 'lie', article: '16-A' },
      { law: 'rauds', unverified: true },
    ],
    steps: [
      {
        title: { es: 'Solicitar la autorización en el MUA', en: 'Apply online in the MUA' },
        description: {
          es: 'El solicitante, normalmente el notario o corredor público, entra al Módulo Único de Autorizaciones (MUA) con su e.firma, propone la denominación y señala al fedatario que formalizará la escritura. La SE contesta en línea.',
          en: 'The applicant, usually the notary or public broker, logs in to the Single Authorisations Module (Módulo Único de Autorizaciones, MUA) with their e.firma, proposes the name and names the notary or broker who will formalise the deed. SE answers online.',
        },
        channel: {
          kind: 'online',
          url: MUA_URL,
          note: {
            es: 'El MUA sustituyó al antiguo portal tuempresa.gob.mx.',
            en: 'The MUA replaced the former tuempresa.gob.mx portal.',
          },
        },
        requirements: [
          {
            name: { es: 'e.firma vigente del solicitante', en: "Applicant's valid e.firma (advanced electronic signature)" },
          },
          {
            name: {
              es: 'Datos del notario o corredor público que formalizará la constitución',
              en: 'Details of the notary or public broker who will formalise the incorporation',
            },
          },
        ],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 2, unit: 'business-days' },
          legalDeadline: { days: 2, unit: 'business-days' },
          tacitApproval: 'unknown',
          legalBasis: [{ law: 'lie', article: '16-A' }],
          note: {
            es: 'La SE resuelve en un máximo de 2 días hábiles. La autorización vale 180 días.',
            en: 'SE decides within 2 business days at most. The authorisation is valid for 180 days.',
          },
        },
        legalBasis: [{ law: 'lie', article: '15' }],
      },
    ],
    caveats: [
      {
        es: 'Desde noviembre de 2024 el sistema de denominaciones (MUA) atiende de 09:00 a 14:00 horas en días hábiles. Se han reportado esperas de hasta 3 semanas (por confirmar); el plazo legal es de 2 días hábiles (LIE art. 16 A).',
        en: 'Since November 2024 the company-name system (MUA) is open from 09:00 to 14:00 on weekdays. Waits of up to 3 weeks have been reported (unconfirmed); the legal deadline is 2 business days (LIE art. 16 A).',
      },
      {
        es: 'La clave de trámite (homoclave) SE-09-038 no está confirmada; verifíquela en el Catálogo Nacional de Regulaciones, Trámites y Servicios.',
        en: 'The procedure code (homoclave) SE-09-038 is not confirmed; check it in the National Catalogue of Regulations, Procedures and Services.',
      },
      {
        es: 'El artículo del Reglamento para la Autorización de Uso de Denominaciones y Razones Sociales que regula este trámite no está confirmado en nuestras fuentes.',
        en: 'Our sources do not confirm which article of the Regulation on the Authorisation of Company Names governs this procedure.',
      },
    ],
    sources: [src.lie],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'incorporation-deed',
    slug: 'constitucion-sociedad-ante-fedatario',
    level: 'federal',
    authority: 'fedatarios',
    phase: 'constitution',
    title: {
      es: 'Constitución de la sociedad ante notario o corredor público',
      en: 'Incorporation deed before a notary or public broker (escritura or póliza constitutiva)',
    },
    summary: {
      es: 'Crea la sociedad (S.A. de C.V., S. de R.L. de C.V., S.A.P.I., etc.) con la firma de la escritura ante notario o de la póliza ante corredor público. Después, el fedatario suele presentar el aviso de uso del nombre, la inscripción en el Registro Público de Comercio y la inscripción en el RFC.',
      en: 'Creates the company (S.A. de C.V., S. de R.L. de C.V., S.A.P.I., etc.) by signing the deed (escritura) before a notary or the policy (póliza) before a public broker (corredor público). The notary or broker then usually files the notice of use of the name, the registration in the Public Registry of Commerce and the registration in the Federal Taxpayer Registry (RFC).',
    },
    whoNeedsIt: {
      es: 'Quien vaya a constituir una nueva sociedad mercantil en México. No aplica a la sucursal de una empresa extranjera ni a la compra de una sociedad que ya existe.',
      en: 'Anyone incorporating a new commercial company in Mexico. It does not apply to the branch of a foreign company or to the purchase of an existing company.',
    },
    appliesWhen: { fact: 'entry', op: 'eq', value: 'new-company' },
    variesByState: {
      es: 'Los notarios se rigen por la ley del notariado de cada estado y sus honorarios varían; los corredores públicos tienen habilitación federal.',
      en: "Notaries are governed by each state's notarial law and their fees vary; public brokers are federally authorised.",
    },
    outputs: [
      {
        es: 'Escritura (ante notario) o póliza (ante corredor público) constitutiva de la sociedad',
        en: 'Incorporation deed (escritura, before a notary) or policy (póliza, before a public broker)',
      },
    ],
    prerequisites: ['se-company-name'],
    legalBasis: [
      { law: 'lgsm', article: '5' },
      { law: 'lgsm', article: '6' },
      { law: 'lfcp', article: '14' },
      { law: 'state-notarial-law' },
    ],
    steps: [
      {
        title: { es: 'Reunir los documentos de los socios', en: "Gather the partners' documents" },
        description: {
          es: 'El notario o corredor indica la lista completa. Los socios extranjeros que actúen por apoderado necesitan poderes apostillados o legalizados, con traducción certificada al español.',
          en: 'The notary or broker gives the full list. Foreign partners acting through an attorney need powers of attorney that are apostilled or legalised, with a certified Spanish translation.',
        },
        channel: { kind: 'notary' },
        requirements: [
          {
            name: { es: 'Autorización de uso de la denominación', en: 'Company-name authorisation' },
            producedBy: 'se-company-name',
          },
          {
            name: { es: 'Identificación oficial de cada socio', en: 'Official ID of each partner' },
          },
          {
            name: { es: 'Clave de identificación fiscal de cada socio', en: 'Tax identification number of each partner' },
            // CFF art. 27, apartado B, fr. IX (read 2026-12-04): the notary records each partner's RFC in the deed.
            legalBasis: [{ law: 'cff', article: '27, apartado B, fr. IX' }],
          },
          {
            name: {
              es: 'Poderes otorgados en el extranjero, apostillados o legalizados, con traducción certificada',
              en: 'Powers of attorney granted abroad, apostilled or legalised, with a certified translation',
            },
            note: {
              es: 'Solo para socios extranjeros representados por apoderado. Por confirmar con el notario o corredor: qué documentos extranjeros exige apostillados y traducidos.',
              en: 'Only for foreign partners represented by an attorney. To be confirmed with the notary or broker: which foreign documents must be apostilled and translated.',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Apostilla y traducción certificada de documentos extranjeros', en: 'Apostille and certified translation of foreign documents' },
            formula: {
              es: 'Depende del país de origen y del traductor; nuestras fuentes no dan montos.',
              en: 'Depends on the country of origin and the translator; our sources give no amounts.',
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
          },
        ],
        timeframe: nothingToWait(
          'No interviene ninguna autoridad mexicana: el tiempo depende de los socios (por ejemplo, de obtener apostillas y traducciones en el extranjero).',
          'No Mexican authority is involved: the time depends on the partners (for instance, on obtaining apostilles and translations abroad).',
        ),
        legalBasis: [],
      },
      {
        title: { es: 'Firmar la escritura o póliza constitutiva', en: 'Sign the incorporation deed or policy' },
        description: {
          es: 'Los socios, o sus apoderados, firman ante el fedatario el acto constitutivo con los estatutos sociales.',
          en: 'The partners, or their attorneys, sign the act of incorporation with the by-laws before the notary or broker.',
        },
        channel: { kind: 'notary' },
        requirements: [],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Honorarios del notario o corredor público', en: 'Notary or public broker fees' },
            formula: {
              es: 'El corredor público pacta libremente sus honorarios, pero debe exhibir al público los de sus principales servicios y dar al cliente sus honorarios y gastos aproximados antes de prestar el servicio (LFCP art. 14). Los honorarios de los notarios se rigen por la ley del notariado y el arancel de cada estado, que no revisamos. Pida el presupuesto por escrito antes de firmar.',
              en: "A public broker freely agrees their fees, but must display those of their main services and give the client their approximate fees and expenses before providing the service (LFCP Art. 14). Notaries' fees are governed by each state's notarial law and tariff, which we did not review. Ask for a written quote before signing.",
            },
            minMXN: null,
            maxMXN: null,
            unverified: true,
            legalBasis: [{ law: 'lfcp', article: '14' }, { law: 'state-notarial-law' }],
          },
        ],
        timeframe: nothingToWait(
          'No hay autoridad que resolver: la sociedad se constituye al firmar ante el fedatario, quien autoriza la escritura o póliza salvo que los estatutos contravengan la LGSM (art. 5). Ninguna ley fija el tiempo de preparación; se acuerda con el notario o corredor. Si la escritura no se presenta a inscripción en el Registro Público de Comercio dentro de los 15 días siguientes a su fecha, cualquier socio puede demandar que se inscriba (LGSM art. 7).',
          'No authority decides: the company is formed when the partners sign before the notary or broker, who authorises the deed or policy unless the by-laws break the LGSM (Art. 5). No law sets the time to prepare it; it is agreed with the notary or broker. If the deed is not filed for registration in the Public Registry of Commerce within 15 days of its date, any partner may sue to have it registered (LGSM Art. 7).',
        ),
        legalBasis: [{ law: 'lgsm', article: '5' }, { law: 'lgsm', article: '7' }],
      },
    ],
    caveats: [
      {
        es: 'Los costos son indicativos y de año no confirmado; pida cotización al notario o corredor.',
        en: 'Costs are indicative and their year is not confirmed; ask the notary or broker for a quote.',
      },
      {
        es: 'Guías anteriores a 2012 mencionan un permiso de constitución de la Secretaría de Relaciones Exteriores (SRE); ese papel pasó a la Secretaría de Economía y ya no se pide a la SRE.',
        en: 'Guides from before 2012 mention an incorporation permit from the Ministry of Foreign Affairs (SRE); that role passed to the Ministry of Economy and the SRE permit is no longer requested.',
      },
      {
        es: 'La LGSM (art. 6) fija el contenido mínimo de la escritura o póliza: socios y su nacionalidad y domicilio, denominación, objeto, duración, capital y aportaciones, domicilio, administración, reparto de utilidades, fondo de reserva, disolución y liquidación. Quienes celebren operaciones a nombre de la sociedad antes de inscribir la escritura responden frente a terceros en forma ilimitada y solidaria (art. 7).',
        en: 'The LGSM (Art. 6) sets the minimum content of the deed or policy: partners with their nationality and address, name, purpose, duration, capital and contributions, registered office, management, profit sharing, reserve fund, dissolution and liquidation. Whoever does business in the company’s name before the deed is registered is liable to third parties without limit, jointly and severally (Art. 7).',
      },
    ],
    sources: [src.lgsm, src.lfcp, src.lie, src.cff],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'se-company-name-notice',
    slug: 'aviso-uso-denominacion-razon-social',
    level: 'federal',
    authority: 'se-dgnm',
    phase: 'constitution',
    title: {
      es: 'Aviso de uso de denominación o razón social',
      en: 'Notice of use of the authorised company name (aviso de uso de denominación)',
    },
    summary: {
      es: 'Una vez firmada la escritura, el notario, el corredor público o el representante legal avisa a la Secretaría de Economía que la denominación ya está en uso. Así la sociedad conserva el nombre en exclusiva. Debe presentarse mientras la autorización siga vigente (180 días).',
      en: 'Once the deed is signed, the notary, public broker or legal representative tells the Ministry of Economy that the name is now in use. This keeps the name exclusive to the company. It must be filed while the authorisation is still valid (180 days).',
    },
    whoNeedsIt: {
      es: 'Toda sociedad nueva que obtuvo la autorización de uso de denominación.',
      en: 'Every new company that obtained the company-name authorisation.',
    },
    appliesWhen: { fact: 'entry', op: 'eq', value: 'new-company' },
    outputs: [
      {
        es: 'Acuse del aviso de uso; la denominación queda en uso de la sociedad',
        en: 'Acknowledgement of the notice of use; the name is recorded as in use by the company',
      },
    ],
    prerequisites: ['incorporation-deed'],
    officialCode: { code: 'SE-09-039' },
    legalBasis: [{ law: 'rauds', article: '4' }],
    steps: [
      {
        title: { es: 'Presentar el aviso de uso', en: 'File the notice of use' },
        description: {
          es: 'Lo presenta normalmente el fedatario que firmó la escritura, con su e.firma.',
          en: 'It is usually filed by the notary or broker who signed the deed, with their e.firma.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Según la ficha SE-09-039, por correo electrónico o en la ventanilla de la Dirección General de Normatividad Mercantil.',
            en: 'According to ficha SE-09-039, by e-mail or at the window of the Directorate-General for Commercial Regulation (DGNM).',
          },
        },
        office: 'se-dgnm-insurgentes',
        requirements: [
          {
            name: { es: 'e.firma de quien presenta el aviso', en: 'e.firma of the person filing the notice' },
            legalBasis: [{ law: 'rauds', article: '4' }],
          },
          {
            name: { es: 'Datos de la escritura constitutiva', en: 'Details of the incorporation deed' },
            producedBy: 'incorporation-deed',
          },
          {
            name: { es: 'Autorización de uso de la denominación', en: 'Company-name authorisation' },
            producedBy: 'se-company-name',
          },
        ],
        costs: [
          noFederalFee(
            'La Ley Federal de Derechos no fija derecho por los trámites de denominaciones ni por el aviso de uso.',
            'The Federal Fees Law (LFD) sets no fee for company-name filings or for the notice of use.',
          ),
        ],
        timeframe: nothingToWait(
          'No hay resolución que esperar: la ficha oficial SE-09-039 clasifica el trámite como «Aviso», con el que el fedatario o representante notifica el uso de la denominación autorizada y reserva su uso exclusivo a la sociedad. El aviso debe presentarse dentro de los 180 días de vigencia de la autorización.',
          'There is no decision to wait for: official sheet SE-09-039 classifies the procedure as a notice (aviso), by which the notary, broker or representative reports the use of the authorised name and reserves its exclusive use for the company. The notice must be filed within the 180-day validity of the authorisation.',
        ),
        legalBasis: [{ law: 'rauds', article: '4' }],
      },
    ],
    caveats: [
      {
        es: 'Según la ficha SE-09-039, el aviso se presenta por correo electrónico o en la ventanilla de Avenida Insurgentes Sur 1940 (Ciudad de México) de 09:00 a 14:00 horas, de lunes a viernes, o de 14:00 a 18:00 horas en la oficialía de partes de la Secretaría.',
        en: 'According to sheet SE-09-039, the notice is filed by e-mail or at the window at Avenida Insurgentes Sur 1940 (Mexico City) from 09:00 to 14:00, Monday to Friday, or from 14:00 to 18:00 at the Ministry’s filing office.',
      },
    ],
    sources: [src.fichaSe09039, src.lfd],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'rpc-registration',
    slug: 'inscripcion-registro-publico-comercio',
    level: 'federal',
    authority: 'se',
    phase: 'constitution',
    title: {
      es: 'Inscripción en el Registro Público de Comercio (folio mercantil electrónico)',
      en: 'Registration in the Public Registry of Commerce (Registro Público de Comercio, RPC)',
    },
    summary: {
      es: 'Inscribe la constitución de la sociedad en el Registro Público de Comercio, que opera la Secretaría de Economía con las oficinas registrales de los estados. La inscripción hace que la constitución surta efectos frente a terceros. El notario o corredor la presenta en línea en SIGER 2.0 y se pagan derechos estatales.',
      en: 'Registers the incorporation in the Public Registry of Commerce, run by the Ministry of Economy together with the state registry offices. Registration makes the incorporation effective against third parties. The notary or broker files it online in SIGER 2.0, and state registration fees are paid.',
    },
    whoNeedsIt: {
      es: 'Toda sociedad mercantil nueva; la inscripción también es obligatoria para transformaciones, fusiones, escisiones, disolución y liquidación. La sucursal de una empresa extranjera se inscribe después de obtener la autorización de la SE y protocolizar sus documentos.',
      en: "Every new commercial company; registration is also mandatory for transformations, mergers, spin-offs, dissolution and liquidation. A foreign company's branch registers after obtaining SE authorisation and formalising its documents before a notary.",
    },
    appliesWhen: {
      any: [
        { fact: 'entry', op: 'eq', value: 'new-company' },
        { fact: 'entry', op: 'eq', value: 'branch' },
      ],
    },
    variesByState: {
      es: 'Cada estado fija los derechos de inscripción en su ley de hacienda o código fiscal.',
      en: 'Each state sets the registration fees in its revenue law or tax code.',
    },
    outputs: [
      {
        es: 'Inscripción de la sociedad en el Registro Público de Comercio, con folio mercantil electrónico',
        en: 'Registration of the company in the Public Registry of Commerce, under an electronic commercial folio (folio mercantil electrónico)',
      },
    ],
    prerequisites: ['incorporation-deed', 'se-foreign-branch-authorisation'],
    legalBasis: [
      { law: 'ccom', article: '18' },
      { law: 'ccom', article: '19' },
      { law: 'ccom', article: '20, 20 Bis, 21 y 21 Bis' },
      { law: 'rrpc', article: '4-11' },
    ],
    steps: [
      {
        title: { es: 'Presentar la inscripción en SIGER 2.0 y pagar los derechos', en: 'File the registration in SIGER 2.0 and pay the fees' },
        description: {
          es: 'El notario o corredor presenta la escritura en el Sistema Integral de Gestión Registral (SIGER 2.0), obligatorio para los fedatarios. En ventanilla se necesita la forma precodificada, la escritura, el archivo firmado con e.firma (.fir) y el pago de derechos.',
          en: 'The notary or broker files the deed in the Integrated Registry Management System (SIGER 2.0), which is mandatory for them. At a registry window, filing needs the pre-coded form, the deed, a file signed with e.firma (.fir) and payment of the fees.',
        },
        channel: { kind: 'online', url: SIGER_URL },
        requirements: [
          {
            name: { es: 'Escritura o póliza constitutiva', en: 'Incorporation deed or policy' },
            producedBy: 'incorporation-deed',
            note: { es: 'Para sociedades nuevas.', en: 'For new companies.' },
            appliesWhen: { fact: 'entry', op: 'eq', value: 'new-company' },
          },
          {
            name: {
              es: 'Autorización de la SE y documentos protocolizados de la sociedad extranjera',
              en: "SE authorisation and the foreign company's documents formalised before a notary",
            },
            producedBy: 'se-foreign-branch-authorisation',
            note: { es: 'Solo para sucursales de empresas extranjeras.', en: 'Only for branches of foreign companies.' },
            appliesWhen: { fact: 'entry', op: 'eq', value: 'branch' },
          },
          {
            name: { es: 'Forma precodificada y archivo firmado con e.firma (.fir)', en: 'Pre-coded form and file signed with e.firma (.fir)' },
            note: { es: 'Para la presentación en ventanilla.', en: 'For filing at a registry window.' },
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derechos de inscripción estatales', en: 'State registration fees' },
            formula: {
              es: 'Los fija cada estado: los asientos del Registro Público de Comercio se hacen previo pago de los derechos establecidos por las entidades federativas (Código de Comercio, art. 20). El monto depende de la ley de hacienda o código fiscal del estado del domicilio de la sociedad; no hay derecho federal.',
              en: "Set by each state: entries in the Public Registry of Commerce are made once the fees established by the states are paid (Commercial Code, Art. 20). The amount depends on the revenue law or tax code of the state where the company has its registered office; there is no federal fee.",
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'ccom', article: '20' }, { law: 'state-tax-law' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          legalDeadline: { days: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'ccom', article: '21 bis fr. III' }, { law: 'ccom', article: '30 bis 1' }],
          note: {
            es: 'Cuando el notario o corredor autorizado envía el acto por medios electrónicos (Código de Comercio, art. 30 bis 1) y los derechos se pagan en línea, la inscripción es inmediata y definitiva, sin calificación del registrador (art. 21 bis, fr. III). La presentación física en una oficina registral pasa por recepción, análisis y calificación, con los plazos máximos del Reglamento del Registro Público de Comercio (art. 21 bis, fr. I), que no revisamos.',
            en: 'When the authorised notary or broker sends the act electronically (Commercial Code, Art. 30 bis 1) and the fees are paid online, registration is immediate and final, without review by the registrar (Art. 21 bis, fr. III). Filing on paper at a registry office goes through receipt, analysis and review, within the maximum times of the Regulation of the Public Registry of Commerce (Art. 21 bis, fr. I), which we did not review.',
          },
        },
        legalBasis: [
          { law: 'ccom', article: '20, 20 Bis, 21 y 21 Bis' },
          { law: 'rrpc', article: '4-11' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Los derechos los fija la ley de ingresos o de derechos de cada estado (Código de Comercio, art. 20); consulte la del estado donde se inscribe.',
        en: 'The fees are set by each state’s revenue or fees law (Commercial Code, Art. 20); check the law of the state where the company registers.',
      },
      {
        es: 'La inscripción hace que la constitución surta efectos frente a terceros desde la fecha y hora en que se inscribe (Código de Comercio, arts. 27 y 29); si la escritura no se presenta en 15 días, cualquier socio puede demandar su inscripción (LGSM art. 7).',
        en: 'Registration makes the incorporation effective against third parties from the date and time it is registered (Commercial Code, Arts. 27 and 29); if the deed is not filed within 15 days, any partner may sue to have it registered (LGSM Art. 7).',
      },
    ],
    sources: [src.ccom, src.sigerFaq, src.sinecCircular],
    verifiedOn: '2026-11-28',
  },
  {
    id: 'sat-rfc-company',
    slug: 'inscripcion-rfc-persona-moral',
    level: 'federal',
    authority: 'sat',
    phase: 'constitution',
    title: {
      es: 'Inscripción en el RFC de personas morales',
      en: 'Company registration in the Federal Taxpayer Registry (RFC)',
    },
    summary: {
      es: 'Da a la sociedad su Registro Federal de Contribuyentes (RFC), necesario para facturar, abrir cuentas bancarias y cualquier otro trámite. Normalmente la hace el notario por el esquema de fedatarios del SAT; también se puede hacer con cita en una oficina del SAT. Es gratuita.',
      en: 'Gives the company its Federal Taxpayer Registry number (Registro Federal de Contribuyentes, RFC), needed for invoicing, banking and every other filing. The notary usually does it through the SAT notary scheme; it can also be done by appointment at a SAT office. It is free.',
    },
    whoNeedsIt: {
      es: 'Toda persona moral con obligaciones fiscales en México. Si compra una sociedad que ya existe, esta ya tiene RFC: verifique que esté activo y al corriente.',
      en: 'Every legal entity with tax obligations in Mexico. If you buy an existing company it already has an RFC: check that it is active and up to date.',
    },
    appliesWhen: { always: true },
    outputs: [
      { es: 'Cédula de identificación fiscal con el RFC', en: 'Tax identification certificate (cédula de identificación fiscal) with the RFC' },
    ],
    prerequisites: ['incorporation-deed'],
    officialCode: { code: '2/CFF' },
    legalBasis: [
      { law: 'cff', article: '27' },
      { law: 'rcff', article: '22-28' },
      { law: 'rmf', article: '2.4.10, fr. I' },
    ],
    steps: [
      {
        title: { es: 'Solicitar la inscripción en el RFC', en: 'Apply for RFC registration' },
        description: {
          es: 'Lo usual es que el notario inscriba a la sociedad por el esquema de fedatarios del SAT. Si no, el representante legal pide cita en una oficina del SAT (Administración Desconcentrada de Servicios al Contribuyente) con la ficha 2/CFF «Solicitud de inscripción en el RFC de personas morales en la ADSC» del Anexo 2 de la RMF 2026 (regla 2.4.10, fr. I).',
          en: 'The notary usually registers the company through the SAT notary scheme. Otherwise the legal representative books an appointment at a SAT taxpayer service office (ADSC) under ficha 2/CFF (“Application for RFC registration of legal entities at the ADSC”) in Annex 2 of the 2026 Miscellaneous Tax Resolution (rule 2.4.10, fr. I).',
        },
        channel: {
          kind: 'notary',
          note: {
            es: 'Alternativa: en una oficina del SAT, con cita.',
            en: 'Alternative: at a SAT office, by appointment.',
          },
        },
        office: 'sat-adsc',
        requirements: [
          {
            name: { es: 'Escritura constitutiva', en: 'Incorporation deed' },
            producedBy: 'incorporation-deed',
            note: {
              es: 'La lista completa de requisitos está en la ficha 2/CFF del Anexo 2 de la Resolución Miscelánea Fiscal para 2026 (antes ficha 43/CFF del Anexo 1-A).',
              en: 'The full list of requirements is in ficha 2/CFF of Annex 2 to the 2026 Miscellaneous Tax Resolution (formerly ficha 43/CFF of Annex 1-A).',
            },
          },
        ],
        costs: [
          noFederalFee(
            'La Ley Federal de Derechos no fija derecho por la inscripción en el RFC.',
            'The Federal Fees Law (LFD) sets no fee for RFC registration.',
          ),
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' as const },
          legalDeadline: { days: 90, unit: 'calendar-days' as const },
          tacitApproval: 'negative' as const,
          legalBasis: [{ law: 'cff', article: '37' }],
          note: {
            es: 'Por el notario o corredor incorporado al esquema de fedatarios del SAT, la inscripción en el RFC y la cédula de identificación fiscal se obtienen de inmediato, junto con la constitución (SAT, preguntas frecuentes de fedatarios públicos). En una oficina del SAT, el CFF no fija un plazo propio: su art. 37 le da tres meses (unos 90 días naturales) para resolver, y su silencio equivale a una negativa. La inscripción debe pedirse dentro del mes siguiente a que la sociedad tenga obligaciones fiscales.',
            en: 'Through a notary or broker enrolled in SAT’s notaries scheme, the RFC registration and the tax ID card are obtained at once, together with the incorporation (SAT, notaries’ frequently asked questions). At a SAT office the CFF sets no specific term: its Art. 37 gives SAT three months (about 90 calendar days) to answer, and silence counts as a refusal. Registration is due within the month after the company has tax obligations.',
          },
        },
        legalBasis: [
          { law: 'cff', article: '27' },
          { law: 'rcff', article: '22-28' },
          { law: 'rmf', article: '2.4.10, fr. I' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Los socios o accionistas residentes en el extranjero no necesitan RFC si la sociedad presenta al SAT, dentro de los tres meses siguientes al cierre de cada ejercicio, la relación de esos socios con su domicilio, residencia fiscal y número de identificación fiscal (CFF art. 27; ver el trámite de la relación de accionistas extranjeros).',
        en: 'Shareholders resident abroad need no RFC if the company files with SAT, within three months after each year end, the list of those shareholders with their address, tax residence and tax ID number (CFF art. 27; see the foreign-shareholders list procedure).',
      },
      {
        es: 'El SAT puede negar la inscripción cuando el representante legal, un socio o accionista u otra persona de la estructura de la sociedad está en alguno de los supuestos de los arts. 17-H (fr. X–XIII) o 69 del CFF (p. ej. sus listas de contribuyentes incumplidos) y no ha corregido su situación (CFF art. 27, apartado C, fr. XIV).',
        en: 'SAT may refuse registration when the legal representative, a shareholder or another person in the company’s structure falls under CFF arts. 17-H (sections X–XIII) or 69 (e.g. its lists of non-compliant taxpayers) and has not corrected their tax situation (CFF art. 27, section C, subsection XIV).',
      },
      {
        es: 'Toda sociedad debe además llevar el expediente de sus beneficiarios controladores (CFF art. 32-B Ter; ver ese trámite).',
        en: 'Every company must also keep a file on its beneficial owners (CFF art. 32-B Ter; see that procedure).',
      },
    ],
    sources: [src.rmf2026, src.cff, src.lfd, src.satFedatarios],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sat-efirma-company',
    slug: 'efirma-persona-moral',
    level: 'federal',
    authority: 'sat',
    phase: 'constitution',
    title: {
      es: 'Certificado de e.firma de persona moral',
      en: 'Company advanced electronic signature (e.firma) certificate',
    },
    summary: {
      es: 'La e.firma es la firma electrónica avanzada de la sociedad. Se tramita en persona en el SAT, con cita, y se necesita para la VUCEM, el IMSS, el RNIE, el REPSE y el SIGER, entre otros.',
      en: "The e.firma is the company's advanced electronic signature. It is obtained in person at SAT, by appointment, and is needed for VUCEM, IMSS, the RNIE, REPSE and SIGER, among others.",
    },
    whoNeedsIt: {
      es: 'Toda persona moral; sin e.firma no puede hacer la mayoría de los trámites federales en línea.',
      en: 'Every legal entity; without an e.firma it cannot do most federal procedures online.',
    },
    appliesWhen: { always: true },
    outputs: [{ es: 'Certificado de e.firma de la persona moral', en: "Company's e.firma certificate" }],
    prerequisites: ['sat-rfc-company'],
    officialCode: { code: '16/CFF' },
    legalBasis: [{ law: 'cff', article: '17-D' }, { law: 'cff', article: '19-A' }, { law: 'rmf', article: '2.2.14' }],
    steps: [
      {
        title: { es: 'Generar el archivo de requerimiento (.req)', en: 'Generate the request file (.req)' },
        description: {
          es: 'Con el programa Certifica del SAT se genera el archivo .req y se guarda en una memoria USB.',
          en: "Use SAT's Certifica program to generate the .req file and save it on a USB stick.",
        },
        channel: { kind: 'online' },
        requirements: [],
        costs: [
          noFederalFee(
            'La Ley Federal de Derechos no fija derecho por la e.firma; el programa Certifica se descarga del portal del SAT.',
            'The Federal Fees Law (LFD) sets no fee for the e.firma; the Certifica program is downloaded from SAT’s portal.',
          ),
        ],
        timeframe: nothingToWait(
          'No hay espera de la autoridad: el archivo lo genera usted.',
          'No wait for the authority: you generate the file yourself.',
        ),
        legalBasis: [],
      },
      {
        title: { es: 'Acudir con cita a una oficina del SAT', en: 'Attend an appointment at a SAT office' },
        description: {
          es: 'El representante legal entrega los documentos y el archivo .req y solicita el certificado.',
          en: 'The legal representative hands in the documents and the .req file and applies for the certificate.',
        },
        channel: { kind: 'in-person' },
        office: 'sat-adsc',
        requirements: [
          {
            name: { es: 'e.firma vigente del representante legal', en: "Legal representative's own valid e.firma" },
            legalBasis: [{ law: 'cff', article: '19-A' }],
          },
          { name: { es: 'Escritura constitutiva', en: 'Incorporation deed' }, producedBy: 'incorporation-deed' },
          {
            name: {
              es: 'Poder general para actos de dominio o de administración del representante legal, otorgado ante fedatario público',
              en: "Legal representative's general power of attorney for acts of ownership or administration, granted before a notary or public broker",
            },
            legalBasis: [{ law: 'cff', article: '19-A' }],
            note: {
              es: 'Por confirmar en la ficha 16/CFF: si el poder se otorgó en el extranjero, se pide apostillado o legalizado, protocolizado ante fedatario mexicano y, en su caso, traducido.',
              en: 'To be confirmed in ficha 16/CFF: a power granted abroad is asked to be apostilled or legalised, formalised before a Mexican notary and, where needed, translated.',
            },
          },
          { name: { es: 'Identificación oficial del representante legal', en: "Legal representative's official ID" } },
          { name: { es: 'Memoria USB con el archivo .req', en: 'USB stick with the .req file' } },
          { name: { es: 'Formato FE', en: 'Form FE' } },
        ],
        costs: [
          noFederalFee(
            'La Ley Federal de Derechos no fija derecho por expedir el certificado de e.firma.',
            'The Federal Fees Law (LFD) sets no fee for issuing the e.firma certificate.',
          ),
        ],
        timeframe: {
          ...cffPetition(
            'El certificado se entrega al terminar la cita (ficha 105/CFF del SAT: «Al finalizar el trámite, recibirá una copia simple de su Certificado digital»); si el SAT pide información adicional, hasta 6 + 10 días hábiles (regla 2.2.14). El SAT puede negar la e.firma si no valida la identidad, el domicilio o la situación fiscal, o si un socio con control efectivo está en sus listas de incumplidos (CFF art. 17-D). El plazo corre desde que la solicitud se presenta en la cita. Si en la cita el SAT pide información adicional, la sociedad tiene seis días hábiles para aclarar (ficha 20/CFF) y la oficina resuelve la aclaración en un máximo de diez días hábiles; sin aclaración, la solicitud se tiene por no presentada (RMF 2026, regla 2.2.14).',
            'The certificate is handed over at the end of the appointment (SAT ficha 105/CFF: “at the end of the procedure you will receive a simple copy of your digital certificate”); if SAT asks for more information, up to 6 + 10 business days (rule 2.2.14). SAT may refuse the e.firma if it cannot validate identity, address or tax status, or if a shareholder with effective control is on its non-compliance lists (CFF Art. 17-D). The term runs from when the request is filed at the appointment. If SAT asks for more information at the appointment, the company has six business days to clarify (ficha 20/CFF) and the office decides the clarification within ten business days at most; without a clarification the request is treated as not filed (2026 Miscellaneous Tax Resolution, rule 2.2.14).',
          ),
          waiting: { min: 0, max: 16, unit: 'business-days' as const },
          legalBasis: [{ law: 'cff', article: '37' }, { law: 'rmf', article: '2.2.14' }],
        },
        legalBasis: [{ law: 'cff', article: '17-D' }, { law: 'cff', article: '19-A' }, { law: 'rmf', article: '2.2.14' }],
      },
    ],
    caveats: [
      {
        es: 'El certificado de la persona moral lo expide el SAT, previa comparecencia con el poder del representante legal (CFF art. 17-D); vale hasta cuatro años y puede renovarse antes de que venza.',
        en: 'SAT issues the company’s certificate after the legal representative appears in person with their power of attorney (CFF Art. 17-D); it is valid for up to four years and can be renewed before it expires.',
      },
      {
        es: 'Solo puede tramitarla un representante con poder general para actos de dominio o de administración otorgado ante fedatario, que ya tenga su propia e.firma vigente (CFF art. 19-A). Los requisitos completos están en la ficha 16/CFF «Solicitud de generación del Certificado de e.firma para personas morales» del Anexo 2 de la RMF 2026 (regla 2.2.14; antes ficha 312/CFF), que no leímos.',
        en: 'Only a representative holding a general power of attorney for acts of ownership or administration granted before a notary, and who already has their own valid e.firma, may apply (CFF Art. 19-A). The full requirements are in ficha 16/CFF (“Application for an e.firma certificate for legal entities”) of Annex 2 of the 2026 Miscellaneous Tax Resolution (rule 2.2.14; formerly ficha 312/CFF), which we did not read.',
      },
    ],
    sources: [src.satFicha105, src.rmf2026, src.cff, src.lfd],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sat-csd',
    slug: 'certificado-sello-digital',
    level: 'federal',
    authority: 'sat',
    phase: 'constitution',
    title: {
      es: 'Certificado de Sello Digital (CSD)',
      en: 'Digital seal certificate (Certificado de Sello Digital, CSD) for e-invoices',
    },
    summary: {
      es: 'El CSD sirve para sellar las facturas electrónicas (CFDI). Se solicita en línea en CertiSAT Web con la e.firma de la sociedad y es gratuito.',
      en: "The CSD is used to seal electronic invoices (CFDI). It is requested online in CertiSAT Web with the company's e.firma, and it is free.",
    },
    whoNeedsIt: {
      es: 'Toda sociedad que emita facturas electrónicas (CFDI), es decir, en la práctica todas.',
      en: 'Every company that issues electronic invoices (CFDI), which in practice means all of them.',
    },
    appliesWhen: { always: true },
    outputs: [
      {
        es: 'Certificado de Sello Digital para emitir facturas electrónicas (CFDI)',
        en: 'Digital seal certificate for issuing electronic invoices (CFDI)',
      },
    ],
    prerequisites: ['sat-efirma-company'],
    officialCode: { code: '41/CFF' },
    legalBasis: [{ law: 'cff', article: '29 fr. II' }, { law: 'rmf', article: '2.7.1.5' }],
    steps: [
      {
        title: { es: 'Solicitar el CSD en CertiSAT Web', en: 'Request the CSD in CertiSAT Web' },
        description: {
          es: 'Con el programa Certifica se generan dos archivos: la clave privada y el requerimiento de generación del CSD (ficha 41/CFF del Anexo 2 de la RMF 2026). Después se envía la solicitud, firmada con la e.firma de la sociedad, por el portal del SAT, y el certificado se descarga en la sección «Recuperación de certificados» de CertiSAT Web (RMF 2026, regla 2.7.1.5).',
          en: "The Certifica program generates two files: the private key and the CSD generation request (ficha 41/CFF of Annex 2 of the 2026 Miscellaneous Tax Resolution). The request, signed with the company's e.firma, is then sent through SAT's portal, and the certificate is downloaded from the “Recuperación de certificados” (certificate retrieval) section of CertiSAT Web (2026 Miscellaneous Tax Resolution, rule 2.7.1.5).",
        },
        channel: { kind: 'online' },
        requirements: [
          { name: { es: 'e.firma de la sociedad', en: "Company's e.firma" }, producedBy: 'sat-efirma-company' },
        ],
        costs: [
          noFederalFee(
            'La Ley Federal de Derechos no fija derecho por el certificado de sello digital.',
            'The Federal Fees Law (LFD) sets no fee for the digital seal certificate.',
          ),
        ],
        timeframe: cffPetition(
          'La solicitud solo puede hacerse por formato electrónico con la e.firma del solicitante (CFF art. 29, fr. II); el SAT puede negar el certificado si un socio con control efectivo está en sus listas de incumplidos (art. 17-D). La regla 2.7.1.5 de la RMF 2026 fija el procedimiento pero no un plazo.',
          'The request can only be made on an electronic form signed with the applicant’s e.firma (CFF Art. 29, fr. II); SAT may refuse the certificate if a shareholder with effective control is on its non-compliance lists (Art. 17-D). Rule 2.7.1.5 of the 2026 Miscellaneous Tax Resolution sets the procedure but no term.',
        ),
        legalBasis: [{ law: 'cff', article: '29 fr. II' }, { law: 'rmf', article: '2.7.1.5' }],
      },
    ],
    caveats: [
      {
        es: 'La base legal es el art. 29, fr. II, del CFF. Según la regla 2.7.1.5 de la RMF 2026, se puede pedir un certificado para el domicilio fiscal y, como máximo, uno por cada sucursal o establecimiento; las unidades de transporte usan el del domicilio, sucursal o establecimiento al que estén asignadas.',
        en: 'The legal basis is CFF Art. 29, fr. II. Under rule 2.7.1.5 of the 2026 Miscellaneous Tax Resolution, a company may request one certificate for its tax address and at most one for each branch or establishment; transport units use that of the address, branch or establishment they are assigned to.',
      },
    ],
    sources: [src.rmf2026, src.cff, src.lfd],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sat-compliance-opinion',
    slug: 'opinion-cumplimiento-32-d',
    level: 'federal',
    authority: 'sat',
    phase: 'constitution',
    title: {
      es: 'Opinión de cumplimiento de obligaciones fiscales (art. 32-D del CFF) y Buzón Tributario',
      en: 'Tax-compliance opinion (CFF Art. 32-D) and tax mailbox (Buzón Tributario)',
    },
    summary: {
      es: 'El SAT emite en línea, al momento, una opinión sobre si la sociedad está al corriente con sus obligaciones fiscales (RMF 2026, regla 2.1.36). El SAT exige una opinión positiva y un Buzón Tributario "validado" para inscribirse en el Padrón de Importadores, y otros trámites de este catálogo la piden (programas de comercio exterior, REPSE, permisos de energía; vea cada uno).',
      en: 'SAT issues online, on the spot, an opinion on whether the company is up to date with its tax obligations (2026 Miscellaneous Tax Resolution, rule 2.1.36). SAT requires a positive opinion and a "validated" tax mailbox (Buzón Tributario) to join the importers\' register, and other procedures in this catalogue ask for it (foreign-trade programmes, REPSE, energy permits; see each one).',
    },
    whoNeedsIt: {
      es: 'En la práctica, toda sociedad: se la piden para registrarse como importadora y en otros trámites de este catálogo, y la consultan las autoridades que contratan con recursos públicos federales, otorgan subsidios o estímulos, o conceden autorizaciones en materia de impuestos internos o de comercio exterior (RMF 2026, regla 2.1.37).',
      en: 'In practice, every company: it is required to register as an importer and in other procedures in this catalogue, and it is checked by authorities that contract with federal public funds, grant subsidies or incentives, or grant authorisations on domestic taxes or foreign trade (2026 Miscellaneous Tax Resolution, rule 2.1.37).',
    },
    appliesWhen: { always: true },
    outputs: [
      { es: 'Buzón Tributario validado', en: 'Validated tax mailbox (Buzón Tributario)' },
      { es: 'Opinión de cumplimiento de obligaciones fiscales', en: 'Tax-compliance opinion' },
    ],
    prerequisites: ['sat-efirma-company'],
    legalBasis: [{ law: 'cff', article: '32-D' }, { law: 'rmf', article: '2.1.36' }],
    steps: [
      {
        title: { es: 'Habilitar y validar el Buzón Tributario', en: 'Activate and validate the tax mailbox (Buzón Tributario)' },
        description: {
          es: 'Se registran y confirman los medios de contacto de la sociedad en el Buzón Tributario del portal del SAT, con la e.firma.',
          en: "Register and confirm the company's contact details in the Buzón Tributario on SAT's portal, using the e.firma.",
        },
        channel: { kind: 'online' },
        requirements: [
          { name: { es: 'e.firma de la sociedad', en: "Company's e.firma" }, producedBy: 'sat-efirma-company' },
        ],
        costs: [
          noFederalFee(
            'La Ley Federal de Derechos no fija derecho por el Buzón Tributario.',
            'The Federal Fees Law (LFD) sets no fee for the Buzón Tributario.',
          ),
        ],
        timeframe: nothingToWait(
          'No hay resolución que esperar: el contribuyente habilita el buzón y registra sus medios de contacto, y el SAT envía por única vez un aviso de confirmación a esos medios (CFF art. 17-K). Sin buzón habilitado, se entiende que la sociedad se opone a la notificación.',
          'There is no decision to wait for: the taxpayer activates the mailbox and registers its contact details, and SAT sends a one-time confirmation notice to them (CFF Art. 17-K). If the mailbox is not activated, the company is deemed to refuse notification.',
        ),
        legalBasis: [{ law: 'cff', article: '17-K' }],
      },
      {
        title: { es: 'Consultar la opinión de cumplimiento', en: 'Obtain the compliance opinion' },
        description: {
          es: 'En el portal del SAT (Trámites y servicios › Opinión del cumplimiento › «De tu empresa»), se ingresa con la e.firma o la contraseña y se imprime la opinión (RMF 2026, regla 2.1.36). Puede salir positiva, negativa, «en suspensión de actividades» o «inscrito sin obligaciones fiscales». Si es negativa, hay que regularizar las obligaciones pendientes o presentar una aclaración, y volver a consultarla.',
          en: "On SAT's portal (Trámites y servicios › Opinión del cumplimiento › “De tu empresa”), log in with the e.firma or password and print the opinion (2026 Miscellaneous Tax Resolution, rule 2.1.36). It may come out positive, negative, “activities suspended” or “registered with no tax obligations”. If it is negative, the pending obligations must be regularised or a clarification filed, and the opinion requested again.",
        },
        channel: { kind: 'online' },
        requirements: [
          { name: { es: 'e.firma (o contraseña) de la sociedad', en: "Company's e.firma (or password)" }, producedBy: 'sat-efirma-company' },
        ],
        costs: [
          noFederalFee(
            'La Ley Federal de Derechos no fija derecho por la opinión de cumplimiento.',
            'The Federal Fees Law (LFD) sets no fee for the compliance opinion.',
          ),
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'rmf', article: '2.1.36' }],
          note: {
            es: 'No hay resolución que esperar: según la regla 2.1.36 de la RMF 2026, el contribuyente entra al portal y puede imprimir la opinión en ese momento; el SAT la genera con la situación que consta en sus sistemas y no constituye resolución. Si muestra inconsistencias con las que no está de acuerdo, se presenta una aclaración en el portal (ficha 27/CFF del Anexo 2); sobre su situación en el RFC, créditos fiscales, garantías, declaraciones, las listas de los arts. 69 y 69-B o sentencias por delitos fiscales, el SAT debe resolver en un plazo máximo de seis días, y después se vuelve a pedir la opinión.',
            en: 'There is no decision to wait for: under rule 2.1.36 of the 2026 Miscellaneous Tax Resolution, the taxpayer logs in to the portal and can print the opinion at once; SAT generates it from the situation in its systems and it is not a formal decision. If it shows inconsistencies the taxpayer disagrees with, a clarification is filed on the portal (ficha 27/CFF of Annex 2); on its RFC status, tax debts, guarantees, returns, the Art. 69 and 69-B lists or convictions for tax offences, SAT must answer within six days at most, after which the opinion is requested again.',
          },
        },
        legalBasis: [{ law: 'cff', article: '32-D' }, { law: 'rmf', article: '2.1.36' }],
      },
    ],
    caveats: [
      {
        es: 'El art. 32-D del CFF impide contratar con entes que ejercen recursos públicos federales, y recibir subsidios o estímulos, a quien tenga créditos fiscales firmes o no garantizados, no esté inscrito en el RFC, no haya presentado alguna declaración, esté como no localizado, figure en las listas del art. 69-B o incumpla sus obligaciones sobre beneficiarios controladores; la opinión de cumplimiento es el medio para acreditarlo.',
        en: "CFF Art. 32-D bars anyone spending federal public funds from contracting with, and denies subsidies or incentives to, taxpayers who have final or unsecured tax debts, are not in the RFC, missed a return, are listed as not located, are on the Art. 69-B lists or breach their beneficial-owner duties; the compliance opinion is how a company shows it is not in those cases.",
      },
      {
        es: 'Una opinión positiva vale 30 días naturales desde su emisión (RMF 2026, regla 2.1.36). La sociedad puede autorizar en el portal a un tercero con el que quiera contratar para que consulte su opinión.',
        en: 'A positive opinion is valid for 30 calendar days from issue (2026 Miscellaneous Tax Resolution, rule 2.1.36). The company may authorise, on the portal, a third party it wants to contract with to check its opinion.',
      },
    ],
    sources: [src.rmf2026, src.cff, src.lfd, src.satPadron],
    verifiedOn: '2026-12-04',
  },
];
