import type { ProcedureInput } from '../../schema.ts';
import { cffPetition } from './common.ts';

/**
 * Foreign trade (trigger: importing, exporting, temporary imports). Facts:
 * mexico-investment-facts.md section 2.D, sources S9, S21, S28, S29.
 * Desk review 2026-11-28.
 */
/**
 * The IMMEX Decree (DOF 01-11-2006, last reform DOF 28-08-2025) and the Ministry of Economy's foreign-trade
 * Rules and Criteria (DOF 09-05-2022, last modification DOF 02-04-2026), read 2026-12-04 in the compiled texts
 * the Ministry publishes on SNICE ("documento referencial"); the DOF editions are cited.
 */
const SRC_DECRETO_IMMEX = {
  title: 'DOF 01-11-2006 — edición en que se publicó el Decreto IMMEX (texto vigente con su última reforma, DOF 28-08-2025: art. 11, plazo de resolución y afirmativa ficta; arts. 24 y 25, obligaciones)',
  url: 'https://www.dof.gob.mx/index.php?year=2006&month=11&day=01',
};
const SRC_REGLAS_SE = {
  title: 'DOF 09-05-2022 — Acuerdo por el que la Secretaría de Economía emite Reglas y Criterios de Carácter General en materia de Comercio Exterior (con su modificación más reciente, DOF 02-04-2026: reglas 3.2.37, IMMEX, y 3.4.14 y 3.4.19, PROSEC)',
  url: 'https://www.dof.gob.mx/index.php?year=2022&month=05&day=09',
};
/** The consolidated Customs Law (reform DOF 19-11-2025), read 2026-12-04. */
const SRC_LA = { title: 'Cámara de Diputados — Ley Aduanera (última reforma DOF 19-11-2025)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LAdua.pdf' };
/** The Customs Law Regulation (Cámara de Diputados Word text, last reform DOF 23-02-2026), read 2026-12-04. */
const SRC_RLA = { title: 'Cámara de Diputados — Reglamento de la Ley Aduanera (última reforma DOF 23-02-2026): arts. 82 y 87', url: 'https://www.diputados.gob.mx/LeyesBiblio/regley/Reg_LAdua.doc' };

/**
 * A customs register the Customs Law Regulation times: "La autoridad aduanera resolverá la solicitud de
 * inscripción en el Padrón de Importadores y en el Padrón de Importadores de Sectores Específicos en un plazo de
 * diez días contado a partir del día siguiente al de la recepción de la solicitud respectiva" (RLA art. 82, last
 * paragraph; art. 87 says the same of the sector exporters' register). Days are business days (CFF art. 12,
 * supplementary to customs law by LA art. 1). The Regulation says nothing of silence: under CFF art. 37 an
 * unanswered request counts as refused only after three months.
 */
const customsRegister = (article: '82' | '87') => ({
  waiting: { min: 0, max: 10, unit: 'business-days' as const },
  legalDeadline: { days: 10, unit: 'business-days' as const },
  tacitApproval: 'negative' as const,
  legalBasis: [{ law: 'rla', article }, { law: 'cff', article: '12' }, { law: 'cff', article: '37' }],
  note: {
    es: `La autoridad aduanera debe resolver la solicitud en 10 días, contados desde el día siguiente a su recepción (Reglamento de la Ley Aduanera, art. ${article}); son días hábiles (CFF art. 12, supletorio de la Ley Aduanera por su art. 1). El Reglamento no dice qué significa el silencio: conforme al CFF (art. 37), la solicitud sin respuesta solo se entiende negada a los tres meses.`,
    en: `The customs authority must decide the application within 10 days from the day after it is received (Customs Law Regulation, Art. ${article}); these are business days (CFF Art. 12, which applies supplementarily under Customs Law Art. 1). The Regulation does not say what silence means: under the Federal Tax Code (Art. 37) an unanswered application is deemed refused only after three months.`,
  },
});

/**
 * A registration the Customs Law requires and the Federal Fees Law does not charge for: LFD art. 40
 * lists every customs register and authorisation fee, and the importers' registers and the broker
 * appointment are not among them (2026 text read).
 */
const FREE_CUSTOMS_REGISTRATION = {
  kind: 'free' as const,
  legalBasis: [{ law: 'la', article: '59, fr. IV' }, { law: 'lfd', article: '40' }],
  note: {
    es: 'La Ley Federal de Derechos (art. 40) no fija derecho por esta inscripción.',
    en: 'The Federal Fees Law (Art. 40) sets no fee for this registration.',
  },
};

/**
 * A Ministry of Economy foreign-trade programme the Federal Fees Law does not charge for: the LFD
 * chapter on the Ministry (Title I, Chapter VI, "De la Secretaría de Comercio y Fomento Industrial",
 * arts. 62 to 81) has no fee for IMMEX or PROSEC programmes or their reports (2026 text read).
 */
const FREE_SE_PROGRAMME = {
  kind: 'free' as const,
  legalBasis: [{ law: 'lfd', article: '62 a 81' }],
  note: {
    es: 'La Ley Federal de Derechos no fija derecho por este trámite: su capítulo de la Secretaría de Economía (arts. 62 a 81) no cobra por los programas IMMEX ni PROSEC.',
    en: 'The Federal Fees Law sets no fee for this procedure: its chapter on the Ministry of Economy (Arts. 62 to 81) charges nothing for IMMEX or PROSEC programmes.',
  },
};

export const procedures: ProcedureInput[] = [
  {
    id: 'sat-customs-broker-appointment',
    slug: 'encargo-conferido-agente-aduanal',
    level: 'federal',
    authority: 'sat',
    phase: 'operation',
    title: {
      es: 'Encargo conferido a agente aduanal',
      en: 'Appointment of a customs broker (encargo conferido)',
    },
    summary: {
      es: 'Registro ante el Servicio de Administración Tributaria (SAT) de los agentes aduanales a quienes la empresa autoriza para despachar mercancías en su nombre. Es requisito previo para importar y para inscribirse en el Padrón de Importadores.',
      en: 'Registers with the Tax Administration Service (SAT) the customs brokers (agentes aduanales) the company authorises to clear goods on its behalf. It is a prerequisite for importing and for joining the importers’ register (Padrón de Importadores).',
    },
    whoNeedsIt: {
      es: 'Empresas que importan, incluida la importación temporal, o que exportan mediante agente o agencia aduanal. La Ley Aduanera (art. 59, fr. III) obliga al importador a entregar al SAT el documento que compruebe el encargo conferido, salvo que lo haga por los medios electrónicos que fijen las reglas del SAT.',
      en: 'Companies that import, including temporary imports, or that export through a customs broker or agency. The Customs Law (Art. 59, fr. III) requires the importer to give SAT the document proving the appointment, unless it appoints the broker through the electronic means SAT’s rules set.',
    },
    appliesWhen: {
      any: [
        { fact: 'imports', op: 'eq', value: true },
        { fact: 'exports', op: 'eq', value: true },
        { fact: 'temporaryImports', op: 'eq', value: true },
      ],
    },
    outputs: [
      { es: 'Encargo conferido registrado ante el SAT', en: 'Customs-broker appointment registered with SAT' },
    ],
    prerequisites: ['sat-efirma-company'],
    legalBasis: [{ law: 'la', article: '59, fr. III' }],
    steps: [
      {
        title: { es: 'Elegir al agente o agentes aduanales', en: 'Choose the customs broker or brokers' },
        description: {
          es: 'La empresa acuerda con uno o varios agentes aduanales que despacharán sus mercancías.',
          en: 'The company agrees with one or more customs brokers who will clear its goods.',
        },
        channel: {
          kind: 'in-person',
          note: {
            es: 'Acuerdo privado con el agente aduanal; no interviene la autoridad.',
            en: 'Private agreement with the customs broker; no authority is involved.',
          },
        },
        requirements: [],
        costs: [
          {
            kind: 'free',
            note: {
              es: 'Sin cobro oficial; los honorarios del agente aduanal se pactan de forma privada.',
              en: 'No government fee; the customs broker’s fees are agreed privately.',
            },
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'No interviene la autoridad; el tiempo depende de la empresa.',
            en: 'No authority is involved; the time depends on the company.',
          },
        },
        legalBasis: [],
      },
      {
        title: { es: 'Registrar el encargo conferido ante el SAT', en: 'Register the appointment with SAT' },
        channel: {
          kind: 'online',
          note: {
            es: 'Por los medios electrónicos de seguridad que fijen las reglas del SAT (art. 59, fr. III); en la práctica, el portal del SAT con la e.firma (por confirmar).',
            en: 'Through the electronic security means set by SAT’s rules (Art. 59, fr. III); in practice, the SAT portal with the e.firma (to be confirmed).',
          },
        },
        requirements: [
          {
            name: { es: 'e.firma de la empresa (persona moral)', en: 'Company advanced e-signature (e.firma)' },
            producedBy: 'sat-efirma-company',
            unverified: true,
          },
          {
            name: { es: 'Datos del agente aduanal (número de patente)', en: 'Customs broker details (licence number, patente)' },
            unverified: true,
          },
        ],
        costs: [{ ...FREE_CUSTOMS_REGISTRATION, legalBasis: [{ law: 'la', article: '59, fr. III' }, { law: 'lfd', article: '40' }] }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'la', article: '59, fr. III' }],
          note: {
            es: 'No es una solicitud que el SAT resuelva: la Ley Aduanera (art. 59, fr. III) obliga al importador a entregar al SAT el documento que compruebe el encargo conferido, o a encomendar las operaciones por los medios electrónicos que fijen las reglas. No hay resolución que esperar.',
            en: 'This is not an application SAT decides: the Customs Law (Art. 59, fr. III) requires the importer to deliver to SAT the document proving the appointment, or to entrust the operations through the electronic means set by SAT’s rules. There is no decision to wait for.',
          },
        },
        legalBasis: [{ law: 'la', article: '59, fr. III' }],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar: el medio de presentación y los datos que se piden, que fijan las Reglas Generales de Comercio Exterior. El encargo puede conferirse para una o más operaciones o por periodos determinados, y solo el agente o la agencia encomendados pueden usar en el sistema aduanero los datos del importador en el padrón (art. 59, fr. III).',
        en: 'To be confirmed: the filing channel and the data requested, which the General Foreign Trade Rules set. The appointment may cover one or more operations or set periods, and only the appointed broker or agency may use the importer’s register data in the customs system (Art. 59, fr. III).',
      },
    ],
    sources: [SRC_LA],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sat-importers-register',
    slug: 'padron-de-importadores',
    level: 'federal',
    authority: 'sat',
    phase: 'operation',
    title: {
      es: 'Inscripción en el Padrón de Importadores',
      en: 'Registration in the importers’ register (Padrón de Importadores)',
    },
    summary: {
      es: 'Inscripción ante el SAT, obligatoria para importar (Ley Aduanera, art. 59, fr. IV): la empresa debe estar al corriente en sus obligaciones fiscales e inscrita en el RFC. Se solicita en línea, sin documentos; el plazo de 10 días que se cita está por confirmar.',
      en: 'Registration with SAT that importing requires (Customs Law, Art. 59, fr. IV): the company must be up to date with its tax obligations and registered in the RFC. It is filed online, with no documents; the 10-day period usually quoted is to be confirmed.',
    },
    whoNeedsIt: {
      es: 'Empresas que importan mercancías, incluidas las que importan temporalmente (por ejemplo, bajo el programa IMMEX).',
      en: 'Companies that import goods, including those importing temporarily (for example, under the IMMEX programme).',
    },
    appliesWhen: {
      any: [
        { fact: 'imports', op: 'eq', value: true },
        { fact: 'temporaryImports', op: 'eq', value: true },
      ],
    },
    outputs: [
      { es: 'Inscripción activa en el Padrón de Importadores', en: 'Active registration in the importers’ register' },
    ],
    prerequisites: ['sat-efirma-company', 'sat-compliance-opinion', 'sat-customs-broker-appointment'],
    officialCode: { code: '5/LA' },
    legalBasis: [
      { law: 'la', article: '59, fr. III y IV' },
      { law: 'rla', article: '82', unverified: true },
      { law: 'rgce', article: '1.3.2' },
    ],
    steps: [
      {
        title: {
          es: 'Comprobar que cumple las condiciones',
          en: 'Check that you meet the conditions',
        },
        description: {
          es: 'Antes de solicitar, la empresa debe tener el RFC activo, la e.firma vigente, opinión de cumplimiento (art. 32-D del CFF) positiva, domicilio fiscal «localizado», Buzón Tributario «validado», un agente aduanal con encargo conferido, y no aparecer en las listas de los artículos 69 y 69-B del CFF.',
          en: 'Before applying, the company must have an active RFC, a valid e.firma, a positive tax-compliance opinion (CFF art. 32-D), a tax address marked as “localizado” (located), a “validado” (validated) tax mailbox (Buzón Tributario), a customs broker appointed (encargo conferido), and must not appear on the lists of CFF articles 69 and 69-B.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Revisión a cargo de la empresa en el portal del SAT.',
            en: 'Checked by the company in the SAT portal.',
          },
        },
        requirements: [
          { name: { es: 'RFC activo', en: 'Active RFC (tax ID)' }, producedBy: 'sat-rfc-company' },
          { name: { es: 'e.firma vigente de la empresa', en: 'Valid company e.firma' }, producedBy: 'sat-efirma-company' },
          {
            name: { es: 'Opinión de cumplimiento de obligaciones fiscales en sentido positivo', en: 'Positive tax-compliance opinion' },
            producedBy: 'sat-compliance-opinion',
          },
          {
            name: { es: 'Buzón Tributario validado y domicilio fiscal localizado', en: 'Validated tax mailbox (Buzón Tributario) and located tax address' },
            producedBy: 'sat-compliance-opinion',
          },
          {
            name: { es: 'Encargo conferido a un agente aduanal', en: 'Customs broker appointment (encargo conferido)' },
            producedBy: 'sat-customs-broker-appointment',
          },
          {
            name: { es: 'No estar en las listas de los artículos 69 y 69-B del CFF', en: 'Not being on the lists of CFF articles 69 and 69-B' },
            legalBasis: [
              { law: 'cff', article: '69' },
              { law: 'cff', article: '69-B' },
            ],
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
        legalBasis: [{ law: 'rgce', article: '1.3.2' }],
      },
      {
        title: {
          es: 'Solicitar la inscripción en el portal del SAT y recibir la respuesta',
          en: 'Apply in the SAT portal and receive the answer',
        },
        description: {
          es: 'La solicitud se presenta en el portal del SAT (Trámites › RFC › Importadores) con la e.firma. No se adjuntan documentos. El plazo de respuesta de 10 días está por confirmar.',
          en: 'The application is filed in the SAT portal (Trámites › RFC › Importadores) with the e.firma. No documents are attached. The 10-day response time is to be confirmed.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Portal del SAT: Trámites › RFC › Importadores.',
            en: 'SAT portal: Trámites › RFC › Importadores.',
          },
        },
        requirements: [
          { name: { es: 'e.firma de la empresa', en: 'Company e.firma' }, producedBy: 'sat-efirma-company' },
        ],
        costs: [FREE_CUSTOMS_REGISTRATION],
        timeframe: customsRegister('82'),
        legalBasis: [
          { law: 'la', article: '59, fr. IV' },
          { law: 'rla', article: '82' },
          { law: 'rgce', article: '1.3.2' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Algunas mercancías exigen además el Padrón de Importadores de Sectores Específicos (Anexo 10, apartado A, de las RGCE).',
        en: 'Some goods also require the sector-specific importers’ register (Annex 10, section A, of the General Foreign Trade Rules, RGCE).',
      },
    ],
    sources: [
      SRC_LA,
      SRC_RLA,
      { title: 'SAT — Padrón de Importadores (portal del SAT, SAT_01_042)', url: 'http://www.sat.gob.mx/gobmx/Paginas/SAT_01_042.html' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sat-sector-importers-register',
    slug: 'padron-importadores-sectores-especificos',
    level: 'federal',
    authority: 'sat',
    phase: 'operation',
    title: {
      es: 'Inscripción en el Padrón de Importadores de Sectores Específicos',
      en: 'Registration in the sector-specific importers’ register',
    },
    summary: {
      es: 'Registro adicional ante el SAT para importar mercancías listadas en el Anexo 10, apartado A, de las Reglas Generales de Comercio Exterior (RGCE). Los sectores incluyen, entre otros: químicos; radiactivos y nucleares; precursores químicos; armas de fuego, explosivos y artículos relacionados; cigarros; calzado; textil y confección; alcohol etílico; hidrocarburos; siderúrgico; productos siderúrgicos; y automotriz.',
      en: 'An additional registration with SAT to import goods listed in Annex 10, section A, of the General Foreign Trade Rules (RGCE). The sectors include, among others: chemicals; radioactive and nuclear goods; chemical precursors; firearms, explosives and related goods; cigarettes; footwear; textiles and apparel; ethyl alcohol; hydrocarbons; steel; steel products; and automotive.',
    },
    whoNeedsIt: {
      es: 'Importadores de mercancías listadas en el Anexo 10, apartado A, de las RGCE. La obligación depende de la fracción arancelaria de lo que se importa, no del giro de la empresa: lo mostramos a las industrias química, del tabaco, del alcohol etílico, textil y de la confección, del calzado, de derivados del petróleo, metálica básica y automotriz, pero cualquier empresa que importe esas mercancías lo necesita.',
      en: 'Importers of goods listed in Annex 10, section A, of the RGCE. The obligation depends on the tariff classification of what is imported, not on the company’s activity: we show it to the chemical, tobacco, ethyl-alcohol, textile and apparel, footwear, petroleum-products, basic-metals and automotive industries, but any company importing those goods needs it.',
    },
    appliesWhen: {
      all: [
        { fact: 'imports', op: 'eq', value: true },
        { scianIn: ['325', '3122', '312143', '313', '314', '315', '3162', '3241', '331', '3361', '3363'] },
      ],
    },
    sectors: ['325', '3122', '312143', '313', '314', '315', '3162', '3241', '331', '3361', '3363'],
    outputs: [
      { es: 'Inscripción en el sector o sectores específicos solicitados', en: 'Registration in the specific sector or sectors requested' },
    ],
    prerequisites: ['sat-importers-register'],
    officialCode: { code: '6/LA' },
    legalBasis: [
      { law: 'rgce', article: 'Anexo 10, apartado A' },
      { law: 'la', article: '59, fr. IV' },
    ],
    steps: [
      {
        title: {
          es: 'Comprobar si sus mercancías están en el Anexo 10, apartado A',
          en: 'Check whether your goods are listed in Annex 10, section A',
        },
        description: {
          es: 'Clasifique las mercancías que va a importar (fracción arancelaria) y compruebe si aparecen en el Anexo 10, apartado A, de las RGCE y en qué sector.',
          en: 'Classify the goods you will import (tariff item) and check whether they appear in Annex 10, section A, of the RGCE, and in which sector.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Consulta del Anexo 10 de las RGCE publicado en el Diario Oficial de la Federación.',
            en: 'Check Annex 10 of the RGCE as published in the Official Gazette (DOF).',
          },
        },
        requirements: [
          {
            name: { es: 'Fracciones arancelarias de las mercancías a importar', en: 'Tariff items of the goods to be imported' },
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
        legalBasis: [{ law: 'rgce', article: 'Anexo 10, apartado A' }],
      },
      {
        title: {
          es: 'Solicitar al SAT el sector o sectores (ficha 6/LA)',
          en: 'Apply to SAT for the sector or sectors (form 6/LA)',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Por confirmar: presentación en el portal del SAT con la e.firma.',
            en: 'To be confirmed: filing in the SAT portal with the e.firma.',
          },
        },
        requirements: [
          {
            name: { es: 'Inscripción en el Padrón de Importadores', en: 'Registration in the importers’ register' },
            producedBy: 'sat-importers-register',
          },
          {
            name: { es: 'Requisitos propios de cada sector', en: 'Requirements specific to each sector' },
            unverified: true,
            note: {
              es: 'Varían por sector; nuestras fuentes no los detallan. Consulte la ficha 6/LA.',
              en: 'They vary by sector; our sources do not detail them. See form 6/LA.',
            },
          },
        ],
        costs: [FREE_CUSTOMS_REGISTRATION],
        timeframe: customsRegister('82'),
        legalBasis: [{ law: 'rgce', article: 'Anexo 10, apartado A' }, { law: 'rla', article: '82' }],
      },
    ],
    caveats: [
      {
        es: 'La relación entre los sectores del Anexo 10, apartado A, y los códigos SCIAN es nuestra aproximación: lo que obliga es la fracción arancelaria de la mercancía. Comerciantes y empresas de otros giros que importen esas mercancías también deben inscribirse.',
        en: 'The link between the Annex 10, section A, sectors and SCIAN codes is our approximation: what triggers the obligation is the tariff item of the goods. Traders and companies in other activities that import those goods must also register.',
      },
      {
        es: 'Por confirmar: el tiempo de respuesta, los requisitos de cada sector y si las importaciones temporales (por ejemplo, IMMEX) de estas mercancías también exigen este padrón. La obligación de inscribirse está en la Ley Aduanera (art. 59, fr. IV) y la Ley Federal de Derechos no fija cobro por ella.',
        en: 'To be confirmed: the response time, each sector’s requirements, and whether temporary imports (for example under IMMEX) of these goods also require this register. The duty to register is in the Customs Law (Art. 59, fr. IV), and the Federal Fees Law sets no charge for it.',
      },
    ],
    sources: [
      SRC_LA,
      SRC_RLA,
      { title: 'SAT — Padrón de Importadores (portal del SAT, SAT_01_056)', url: 'http://www.sat.gob.mx/gobmx/Paginas/SAT_01_056.html' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sat-sector-exporters-register',
    slug: 'padron-exportadores-sectorial',
    level: 'federal',
    authority: 'sat',
    phase: 'operation',
    title: {
      es: 'Inscripción en el Padrón de Exportadores Sectorial',
      en: 'Registration in the sector-specific exporters’ register',
    },
    summary: {
      es: 'Registro ante el SAT que se exige para exportar las mercancías listadas en el Anexo 10, apartado B, de las Reglas Generales de Comercio Exterior (RGCE).',
      en: 'Registration with SAT required to export the goods listed in Annex 10, section B, of the General Foreign Trade Rules (RGCE).',
    },
    whoNeedsIt: {
      es: 'Exportadores de mercancías listadas en el Anexo 10, apartado B, de las RGCE. Lo mostramos a exportadores de bebidas y tabaco, de minerales metálicos y de la industria metálica básica; esa correspondencia está por confirmar y lo que obliga es la fracción arancelaria de la mercancía.',
      en: 'Exporters of goods listed in Annex 10, section B, of the RGCE. We show it to exporters of beverages and tobacco, metal ores and basic metals; that mapping is to be confirmed, and what triggers the obligation is the tariff item of the goods.',
    },
    appliesWhen: {
      all: [
        { fact: 'exports', op: 'eq', value: true },
        { scianIn: ['312', '2122', '331'] },
      ],
    },
    sectors: ['312', '2122', '331'],
    outputs: [
      { es: 'Inscripción en el Padrón de Exportadores Sectorial', en: 'Registration in the sector-specific exporters’ register' },
    ],
    prerequisites: ['sat-efirma-company'],
    legalBasis: [{ law: 'la', article: '59, fr. IV' }, { law: 'rgce', article: 'Anexo 10, apartado B', unverified: true }],
    steps: [
      {
        title: {
          es: 'Comprobar si sus mercancías están en el Anexo 10, apartado B',
          en: 'Check whether your goods are listed in Annex 10, section B',
        },
        description: {
          es: 'Clasifique las mercancías que va a exportar (fracción arancelaria) y compruebe si aparecen en el Anexo 10, apartado B, de las RGCE.',
          en: 'Classify the goods you will export (tariff item) and check whether they appear in Annex 10, section B, of the RGCE.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Consulta del Anexo 10 de las RGCE publicado en el Diario Oficial de la Federación.',
            en: 'Check Annex 10 of the RGCE as published in the Official Gazette (DOF).',
          },
        },
        requirements: [
          {
            name: { es: 'Fracciones arancelarias de las mercancías a exportar', en: 'Tariff items of the goods to be exported' },
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
        legalBasis: [{ law: 'rgce', article: 'Anexo 10, apartado B', unverified: true }],
      },
      {
        title: { es: 'Solicitar la inscripción ante el SAT (ficha 141/LA)', en: 'Apply to SAT for registration (form 141/LA)' },
        channel: {
          kind: 'in-person',
          note: {
            es: 'La ficha 141/LA del Anexo 1-A de las RGCE publicada en el DOF y la página del SAT indican el formato «Autorización de inscripción para el padrón de exportadores sectorial (regla 1.3.7)», presentado en cualquier Administración Desconcentrada de Servicios al Contribuyente o por mensajería o correo certificado a la Oficialía de Partes; confirme el medio en la ficha vigente.',
            en: 'Form 141/LA in Annex 1-A of the RGCE as published in the DOF, and SAT’s page, give the form “Autorización de inscripción para el padrón de exportadores sectorial (regla 1.3.7)”, filed at any SAT taxpayer-service office (ADSC) or by courier or certified mail to the filing office; confirm the channel in the current sheet.',
          },
        },
        requirements: [
          {
            name: { es: 'e.firma vigente, opinión de cumplimiento positiva, domicilio fiscal localizado y Buzón Tributario validado (condiciones que lista el SAT)', en: 'Valid e.firma, positive tax-compliance opinion, located tax address and validated tax mailbox (conditions SAT lists)' },
            producedBy: 'sat-efirma-company',
          },
          {
            name: { es: 'Requisitos propios de cada sector', en: 'Requirements specific to each sector' },
            unverified: true,
            note: {
              es: 'Nuestras fuentes no los detallan.',
              en: 'Our sources do not detail them.',
            },
          },
        ],
        costs: [FREE_CUSTOMS_REGISTRATION],
        timeframe: customsRegister('87'),
        legalBasis: [{ law: 'la', article: '59, fr. IV' }, { law: 'rla', article: '87' }, { law: 'rgce', article: 'Anexo 10, apartado B', unverified: true }],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar: la lista de mercancías del Anexo 10, apartado B, los requisitos de cada sector y el tiempo de respuesta (lo fija la ficha 141/LA; no se leyó esa parte). La Ley Aduanera (art. 59, fr. IV) confirma el padrón, a cargo del SAT; la Ley Federal de Derechos no fija cobro por la inscripción y la ficha 141/LA la declara gratuita.',
        en: 'To be confirmed: the list of goods in Annex 10, section B, each sector’s requirements and the response time (set by form 141/LA; that part was not read). The Customs Law (Art. 59, fr. IV) confirms the register, kept by SAT; the Federal Fees Law sets no charge for registration and form 141/LA states it is free.',
      },
      {
        es: 'La relación con los códigos SCIAN (bebidas y tabaco 312, minerales metálicos 2122, industria metálica básica 331) es nuestra aproximación y está por confirmar; exportadores de otros giros deben revisar el Anexo 10, apartado B.',
        en: 'The link to SCIAN codes (beverages and tobacco 312, metal ores 2122, basic metals 331) is our approximation and is to be confirmed; exporters in other activities should check Annex 10, section B.',
      },
    ],
    sources: [
      SRC_LA,
      SRC_RLA,
      { title: 'SAT — Padrón de Importadores y Exportadores (portal del SAT, SAT_01_042)', url: 'http://www.sat.gob.mx/gobmx/Paginas/SAT_01_042.html' },
      { title: 'SAT — Padrón de Importadores y Exportadores (portal del SAT, SAT_01_056)', url: 'http://www.sat.gob.mx/gobmx/Paginas/SAT_01_056.html' },
      { title: 'SAT — Padrón de Exportadores Sectorial: inscripción (regla 1.3.7)', url: 'http://omawww.sat.gob.mx/PadronImportadoresExportadores/Paginas/pes_inscripcion.html' },
      { title: 'DOF (SIDOF) — Anexo 1-A de las RGCE, ficha 141/LA «Solicitud de inscripción en el padrón de exportadores sectorial» (gratuito)', url: 'https://sidof.segob.gob.mx/notas/docFuente/5612894' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'se-immex',
    slug: 'programa-immex',
    level: 'federal',
    authority: 'se-dgfcce',
    phase: 'operation',
    title: {
      es: 'Programa IMMEX (Industria Manufacturera, Maquiladora y de Servicios de Exportación)',
      en: 'IMMEX programme (manufacturing, maquiladora and export services)',
    },
    summary: {
      es: 'Autorización de la Secretaría de Economía para importar temporalmente insumos y maquinaria destinados a producir mercancías de exportación o a prestar servicios de exportación, sin pagar en ese momento el impuesto general de importación (IGI), el IVA ni las cuotas compensatorias. El plazo de importación temporal es de 18 meses. La homoclave SE-03-074-A corresponde a la modalidad A (industrial, servicios, albergue, entre otras).',
      en: 'Authorisation from the Ministry of Economy (SE) to import inputs and machinery temporarily to produce export goods or provide export services, deferring the general import duty (IGI), VAT and compensatory quotas. The temporary-import period is 18 months. Code SE-03-074-A is modality A (industrial, services, shelter and others).',
    },
    whoNeedsIt: {
      es: 'Empresas manufactureras o de servicios que exportan e importan temporalmente insumos y maquinaria para esa producción.',
      en: 'Manufacturers or service providers that export and temporarily import inputs and machinery for that production.',
    },
    appliesWhen: { fact: 'temporaryImports', op: 'eq', value: true },
    outputs: [
      { es: 'Programa IMMEX autorizado (número de programa)', en: 'Authorised IMMEX programme (programme number)' },
    ],
    prerequisites: ['sat-importers-register', 'sat-compliance-opinion'],
    officialCode: { code: 'SE-03-074-A' },
    officialUrl: 'https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SE-03-074-A',
    legalBasis: [{ law: 'decreto-immex' }],
    steps: [
      {
        title: { es: 'Preparar la solicitud', en: 'Prepare the application' },
        description: {
          es: 'Reúna la descripción del proceso productivo, la prueba de la posesión legal de la maquinaria y la información que acredite el compromiso de exportación.',
          en: 'Gather the description of the production process, proof of legal possession of the machinery and the information that shows the export commitment.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Preparación a cargo de la empresa antes de presentar en VUCEM.',
            en: 'Preparation by the company before filing in VUCEM.',
          },
        },
        requirements: [
          { name: { es: 'Descripción del proceso productivo', en: 'Description of the production process' } },
          {
            name: { es: 'Documentos que acrediten la posesión legal de la maquinaria', en: 'Documents proving legal possession of the machinery' },
            note: {
              es: 'La ficha SE-03-074-A pide un escrito libre conforme a la regla 1.3.5 de las reglas de comercio exterior de la SE que detalle el proceso productivo o de servicios, y documentación certificada que acredite la legal posesión de la maquinaria y equipo.',
              en: 'Sheet SE-03-074-A asks for a free-form letter under rule 1.3.5 of the Ministry of Economy’s foreign-trade rules detailing the production or service process, and certified documents proving legal possession of the machinery and equipment.',
            },
          },
          {
            name: { es: 'Opinión de cumplimiento de obligaciones fiscales (art. 32-D del CFF) en sentido positivo', en: 'Positive tax-compliance opinion (CFF art. 32-D)' },
            producedBy: 'sat-compliance-opinion',
          },
          {
            name: { es: 'Inscripción en el Padrón de Importadores', en: 'Registration in the importers’ register' },
            producedBy: 'sat-importers-register',
          },
          {
            name: {
              es: 'Compromiso de vender al exterior cada año más de 500 000 dólares de los Estados Unidos (o su equivalente en pesos) o de facturar exportaciones por al menos el 10 % de la facturación total',
              en: 'Commitment to sell abroad more than USD 500,000 (or its peso equivalent) a year, or to invoice exports of at least 10 % of total invoicing',
            },
            legalBasis: [{ law: 'decreto-immex', article: '11 fr. I f)' }, { law: 'decreto-immex', article: '24 fr. I' }],
            note: {
              es: 'Se declara en la solicitud (Decreto IMMEX, art. 11, fr. I, inciso f) y es obligación mientras dure el programa (art. 24, fr. I).',
              en: 'It is declared in the application (IMMEX Decree, Art. 11 fr. I f) and is an obligation for as long as the programme lasts (Art. 24 fr. I).',
            },
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
        legalBasis: [{ law: 'decreto-immex' }],
      },
      {
        title: {
          es: 'Presentar la solicitud en VUCEM y recibir la resolución',
          en: 'File the application in VUCEM and receive the decision',
        },
        description: {
          es: 'La solicitud se presenta en la Ventanilla Única de Comercio Exterior Mexicana (VUCEM) con la e.firma de la empresa. La Secretaría de Economía emite la resolución.',
          en: 'The application is filed in the Mexican foreign-trade single window (VUCEM) with the company’s e.firma. The Ministry of Economy issues the decision.',
        },
        channel: { kind: 'online', url: 'https://www.ventanillaunica.gob.mx' },
        office: 'vucem',
        requirements: [
          { name: { es: 'e.firma de la empresa', en: 'Company e.firma' }, producedBy: 'sat-efirma-company' },
        ],
        costs: [{ ...FREE_SE_PROGRAMME, legalBasis: [{ law: 'decreto-immex' }, { law: 'lfd', article: '62 a 81' }] }],
        // Decreto IMMEX art. 11, penultimate and last paragraphs (text in force at its last reform, DOF 28-08-2025;
        // read 2026-12-04 in the Ministry of Economy's compiled text): "La Secretaría deberá emitir la resolución a
        // la solicitud de un Programa dentro de un plazo de quince días hábiles, contados a partir del día siguiente
        // a aquél en que se presente la solicitud. [...] Transcurridos dichos plazos sin que se emita resolución, se
        // entenderá que la Secretaría resolvió favorablemente y emitirá la resolución correspondiente."
        // SE foreign-trade rule 3.2.37 (Acuerdo DOF 09-05-2022, compiled to its modification of DOF 02-04-2026):
        // the 15 days run once the file is complete, i.e. after the inspection visit, which SE must make "dentro de
        // diez días hábiles contados a partir del día siguiente a aquel en que se recibió la solicitud", and after
        // any request for information has been answered.
        timeframe: {
          waiting: { min: 0, max: 25, unit: 'business-days' },
          legalDeadline: { days: 25, unit: 'business-days' },
          tacitApproval: 'positive',
          legalBasis: [{ law: 'decreto-immex', article: '11' }, { law: 'reglas-se-ce', article: '3.2.37' }],
          note: {
            es: 'La Secretaría de Economía debe resolver la solicitud en 15 días hábiles; si no lo hace, se entiende que resolvió favorablemente y debe emitir la autorización (Decreto IMMEX, art. 11, penúltimo y último párrafos). Antes de aprobar el programa visita las instalaciones (art. 11, fr. V), y los 15 días corren desde que el expediente está completo: una vez hecha esa visita, que debe realizar dentro de los 10 días hábiles siguientes a la solicitud, y atendido, en su caso, su requerimiento de información (regla 3.2.37 de las Reglas y Criterios de Comercio Exterior de la SE). Por eso mostramos hasta 25 días hábiles, más el tiempo que la empresa tarde en contestar un requerimiento.',
            en: 'The Ministry of Economy must decide the application within 15 business days; if it does not, it is deemed to have decided in favour and must issue the authorisation (IMMEX Decree, Art. 11, last two paragraphs). Before approving the programme it inspects the premises (Art. 11 fr. V), and the 15 days run from when the file is complete: once that visit, which it must make within 10 business days of the application, has taken place and any request for information has been answered (rule 3.2.37 of the Ministry of Economy’s foreign-trade Rules and Criteria). We therefore show up to 25 business days, plus the time the company takes to answer a request.',
          },
        },
        legalBasis: [{ law: 'decreto-immex', article: '11' }],
      },
    ],
    caveats: [
      {
        es: 'La autorización requiere la opinión favorable del SAT y una visita de inspección previa de la Secretaría de Economía (y del SAT, si se importan mercancías del Anexo II del Decreto); si en la visita solo existe el inmueble, el programa se autoriza por un periodo preoperativo de tres meses (Decreto IMMEX, art. 11, fr. V). La Ley Federal de Derechos no cobra por el programa.',
        en: 'The authorisation requires SAT’s favourable opinion and a prior inspection visit by the Ministry of Economy (and by SAT, if goods in Annex II of the Decree are imported); if the visit finds only the building, the programme is authorised for a three-month pre-operating period (IMMEX Decree, Art. 11 fr. V). The Federal Fees Law charges nothing for the programme.',
      },
      {
        es: 'La certificación en materia de IVA e IEPS otorga un crédito fiscal del 100 % del IVA y el IEPS de las importaciones temporales IMMEX; confirme cómo se aplica a su operación.',
        en: 'The VAT and IEPS certification grants a tax credit of 100 % of the VAT and IEPS on IMMEX temporary imports; confirm how it applies to your operation.',
      },
      {
        es: 'El programa obliga a presentar cada año, a más tardar a fines de mayo y por VUCEM, el reporte anual de operaciones (art. 25 del Decreto IMMEX).',
        en: 'The programme requires an annual operations report, filed through VUCEM by the end of May (IMMEX Decree Art. 25).',
      },
      {
        es: 'Guías anteriores dicen que el plazo de importación temporal era de 36 meses antes de 2020; no se verificó.',
        en: 'Older guides say the temporary-import period was 36 months before 2020; not verified.',
      },
    ],
    sources: [
      { title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — ficha SE-03-074-A', url: 'https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SE-03-074-A' },
      SRC_DECRETO_IMMEX,
      SRC_REGLAS_SE,
      { title: 'Cámara de Diputados — Ley Federal de Derechos (cuotas 2026), arts. 62 a 81', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
      { title: 'Cámara de Diputados — Ley Aduanera, art. 108 (importación temporal de empresas con programa)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LAdua.pdf' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'se-immex-annual-report',
    slug: 'reporte-anual-immex',
    level: 'federal',
    authority: 'se-dgfcce',
    phase: 'operation',
    title: {
      es: 'Reporte anual de operaciones del programa IMMEX',
      en: 'IMMEX programme annual report',
    },
    summary: {
      es: 'Cada año, la empresa con programa IMMEX informa a la Secretaría de Economía el total de sus ventas, exportaciones e importaciones y las mercancías producidas por fracción arancelaria. Si no lo presenta, el programa se suspende y puede cancelarse.',
      en: 'Each year, a company with an IMMEX programme reports to the Ministry of Economy its total sales, exports and imports and the goods produced by tariff item. If it does not file, the programme is suspended and may be cancelled.',
    },
    whoNeedsIt: {
      es: 'Empresas con programa IMMEX autorizado.',
      en: 'Companies with an authorised IMMEX programme.',
    },
    appliesWhen: { fact: 'temporaryImports', op: 'eq', value: true },
    outputs: [
      { es: 'Acuse del reporte anual presentado', en: 'Acknowledgment of the filed annual report' },
    ],
    recurrence: { every: 'year' },
    prerequisites: ['se-immex'],
    legalBasis: [{ law: 'decreto-immex', article: '25' }],
    steps: [
      {
        title: { es: 'Preparar la información del año', en: 'Prepare the year’s figures' },
        channel: {
          kind: 'online',
          note: {
            es: 'Preparación a cargo de la empresa.',
            en: 'Preparation by the company.',
          },
        },
        requirements: [
          { name: { es: 'Valor total de las ventas del año', en: 'Total sales for the year' } },
          { name: { es: 'Valor de las exportaciones', en: 'Value of exports' } },
          { name: { es: 'Valor de las importaciones', en: 'Value of imports' } },
          {
            name: { es: 'Mercancías producidas, por fracción arancelaria', en: 'Goods produced, by tariff item' },
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
        title: { es: 'Presentar el reporte en línea', en: 'File the report online' },
        description: {
          es: 'El reporte se presenta por VUCEM con la e.firma. Fecha límite: a más tardar a fines de mayo, sobre el año anterior. Un programa suspendido por no haberlo presentado puede hacerlo hasta el último día hábil de agosto para evitar la cancelación.',
          en: 'The report is filed through VUCEM with the e.firma. Deadline: by the end of May, on the previous year. A programme suspended for not filing may still file until the last business day of August to avoid cancellation.',
        },
        channel: { kind: 'online', url: 'https://www.ventanillaunica.gob.mx' },
        office: 'vucem',
        requirements: [
          {
            name: { es: 'Programa IMMEX autorizado', en: 'Authorised IMMEX programme' },
            producedBy: 'se-immex',
          },
          {
            name: { es: 'e.firma de la empresa (o usuario y contraseña)', en: 'Company e.firma (or user name and password)' },
            producedBy: 'sat-efirma-company',
          },
        ],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'decreto-immex', article: '25' }],
            note: { es: 'Es un informe; la Ley Federal de Derechos no fija cobro por él.', en: 'It is a report; the Federal Fees Law sets no charge for it.' },
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'decreto-immex', article: '25' }],
          note: {
            es: 'Es un informe, no una solicitud: no se espera resolución. Se presenta a más tardar a fines de mayo.',
            en: 'This is a report, not an application: no decision is awaited. It is due by the end of May.',
          },
        },
        legalBasis: [{ law: 'decreto-immex', article: '25' }],
      },
    ],
    caveats: [
      {
        es: 'El reporte lo exige el art. 25 del Decreto IMMEX (citado así por la ficha SE-03-077 del Catálogo Nacional); la fecha límite de fines de mayo por VUCEM está confirmada (auditoría del catálogo, diciembre de 2026).',
        en: 'The report is required by IMMEX Decree Art. 25 (so cited by the National Catalogue sheet SE-03-077); the end-of-May deadline through VUCEM is confirmed (catalogue audit, December 2026).',
      },
      {
        es: 'Si el programa se suspende por no presentar el reporte, puede presentarse hasta el último día hábil de agosto para evitar la cancelación.',
        en: 'If the programme is suspended for failing to file, the report may still be filed until the last business day of August to avoid cancellation.',
      },
    ],
    sources: [
      { title: 'Catálogo Nacional de Regulaciones, Trámites y Servicios — ficha SE-03-077 (cita el reporte anual del art. 25 del Decreto IMMEX)', url: 'https://catalogonacional.gob.mx/FichaTramite?traHomoclave=SE-03-077' },
      { title: 'Ventanilla Única para Inversionistas (SE) — Reporte anual IMMEX (copia archivada)', url: 'https://ventanillaunica.economia.gob.mx/procedure/410/step/601?l=en' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sat-vat-ieps-certification',
    slug: 'certificacion-iva-ieps',
    level: 'federal',
    authority: 'sat',
    phase: 'operation',
    title: {
      es: 'Certificación en materia de IVA e IEPS (Esquema de Certificación de Empresas)',
      en: 'VAT and excise tax (IEPS) certification (company certification scheme)',
    },
    summary: {
      es: 'Certificación del SAT, en las modalidades A, AA y AAA, que otorga un crédito fiscal equivalente al 100 % del IVA y del IEPS de las importaciones temporales bajo IMMEX, depósito fiscal para la industria automotriz, elaboración en recinto fiscalizado o recinto fiscalizado estratégico. La prevé el art. 28-A de la Ley del IVA, adicionado por la reforma publicada en el DOF el 11-12-2013.',
      en: 'SAT certification, in modalities A, AA and AAA, that grants a tax credit equal to 100 % of the VAT and excise tax (IEPS) on temporary imports under IMMEX, the automotive bonded warehouse, processing in a bonded facility or a strategic bonded zone. It is provided for by Art. 28-A of the VAT Law, added by the reform published in the DOF on 11-12-2013.',
    },
    whoNeedsIt: {
      es: 'Empresas con programa IMMEX u otro de los regímenes mencionados que importan temporalmente y quieren evitar el costo del IVA y el IEPS en esas importaciones. Es opcional: quien no se certifica puede no pagar el IVA garantizándolo con fianza (LIVA art. 28-A).',
      en: 'Companies under IMMEX or one of the other regimes mentioned that import temporarily and want to avoid bearing VAT and IEPS on those imports. It is optional: a company that is not certified may instead secure the VAT with a bond (VAT Law Art. 28-A).',
    },
    appliesWhen: { fact: 'temporaryImports', op: 'eq', value: true },
    optional: {
      reason: {
        es: 'La Ley del IVA (art. 28-A) la ofrece como opción: sin ella, el IVA de la importación temporal se paga o se garantiza con fianza.',
        en: 'The VAT Law (Art. 28-A) offers it as an option: without it, the VAT on temporary imports is paid or secured with a bond.',
      },
    },
    outputs: [
      { es: 'Resolución de certificación en materia de IVA e IEPS (modalidad A, AA o AAA)', en: 'VAT and IEPS certification decision (modality A, AA or AAA)' },
    ],
    prerequisites: ['se-immex'],
    legalBasis: [
      { law: 'liva', article: '28-A' },
      { law: 'lieps', article: '15-A' },
      { law: 'rgce' },
    ],
    steps: [
      {
        title: {
          es: 'Elegir la modalidad y reunir los requisitos',
          en: 'Choose the modality and gather the requirements',
        },
        description: {
          es: 'La empresa elige la modalidad (A, AA o AAA) y prepara los requisitos que fijan las RGCE para ella.',
          en: 'The company chooses the modality (A, AA or AAA) and prepares the requirements the RGCE set for it.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Preparación a cargo de la empresa antes de presentar en VUCEM.',
            en: 'Preparation by the company before filing in VUCEM.',
          },
        },
        requirements: [
          {
            name: { es: 'Programa IMMEX autorizado (u otro régimen que dé derecho a la certificación)', en: 'Authorised IMMEX programme (or another regime that qualifies for certification)' },
            producedBy: 'se-immex',
          },
          {
            name: { es: 'Requisitos de la modalidad elegida (A, AA o AAA)', en: 'Requirements of the chosen modality (A, AA or AAA)' },
            unverified: true,
            note: {
              es: 'Nuestras fuentes no los detallan; consulte las RGCE vigentes.',
              en: 'Our sources do not detail them; see the current RGCE.',
            },
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
        legalBasis: [{ law: 'rgce' }],
      },
      {
        title: {
          es: 'Presentar la solicitud en VUCEM y recibir la resolución',
          en: 'File the application in VUCEM and receive the decision',
        },
        channel: { kind: 'online', url: 'https://www.ventanillaunica.gob.mx' },
        office: 'vucem',
        requirements: [
          { name: { es: 'e.firma de la empresa', en: 'Company e.firma' }, producedBy: 'sat-efirma-company' },
        ],
        costs: [
          {
            kind: 'fixed',
            concept: {
              es: 'Derecho por la inscripción en el registro de empresas certificadas (se paga anualmente; la renovación paga la misma cuota)',
              en: 'Fee for registration in the certified-companies register (paid every year; renewal pays the same fee)',
            },
            amountMXN: 40267.06,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '40, inciso m)' }],
          },
        ],
        // LIVA art. 28-A (read 2026-12-04) gives the certification a one-year validity but no term to decide it.
        timeframe: cffPetition(
          'La LIVA (art. 28-A) fija la vigencia de la certificación (un año, renovable en los 30 días previos a su vencimiento) pero no el plazo para resolverla, y remite a reglas del SAT (RGCE, título 7) que no leímos y que podrían fijar uno más corto.',
          'The VAT Law (Art. 28-A) sets the certification’s validity (one year, renewable in the 30 days before it expires) but not the term for deciding it, and defers to SAT rules (RGCE, title 7) that we did not read and that may set a shorter one.',
        ),
        legalBasis: [
          { law: 'liva', article: '28-A' },
          { law: 'lieps', article: '15-A' },
          { law: 'lfd', article: '40, inciso m)' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar: los requisitos de cada modalidad y el tiempo de resolución, que fijan las Reglas Generales de Comercio Exterior (reglas 7.1.1 a 7.1.8, según la ficha del SAT); ni la Ley del IVA ni la Ley Aduanera lo fijan. El derecho es el del registro de empresas certificadas (LFD art. 40, inciso m), que la ficha del SAT cita como fundamento.',
        en: 'To be confirmed: the requirements of each modality and the resolution time, which the General Foreign Trade Rules set (rules 7.1.1 to 7.1.8, according to SAT’s sheet); neither the VAT Law nor the Customs Law sets it. The fee is the certified-companies register fee (LFD Art. 40(m)), which SAT’s sheet cites as its basis.',
      },
      {
        es: 'La certificación vale un año y se renueva dentro de los 30 días anteriores a su vencimiento, acreditando que se siguen cumpliendo los requisitos (LIVA art. 28-A).',
        en: 'The certification is valid for one year and is renewed within the 30 days before it expires, showing the requirements are still met (VAT Law Art. 28-A).',
      },
      {
        es: 'Las reglas de la certificación cambian con las reformas a las RGCE; revise las vigentes.',
        en: 'The certification rules change with amendments to the RGCE; check the rules in force.',
      },
    ],
    sources: [
      { title: 'SAT — Registro en el Esquema de Certificación de Empresas, modalidad IVA e IEPS (ficha del trámite; cita LIVA 28-A, LIEPS 15-A, RGCE 7.1.1 a 7.1.8 y LFD 40 m)', url: 'https://www.sat.gob.mx/tramites/14661/obten-tu-registro-en-el-esquema-de-certificacion-de-empresas' },
      { title: 'Cámara de Diputados — Ley Federal de Derechos (cuotas 2026), art. 40', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
      { title: 'Cámara de Diputados — Ley del Impuesto al Valor Agregado, art. 28-A', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIVA.pdf' },
      { title: 'SAT — Certificación (portal del SAT)', url: 'http://www.sat.gob.mx/gobmx/Paginas/Certificacion_exportadoras.html' },
    ],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'se-prosec',
    slug: 'programa-prosec',
    level: 'federal',
    authority: 'se',
    phase: 'operation',
    title: {
      es: 'Programas de Promoción Sectorial (PROSEC)',
      en: 'Sectoral promotion programmes (PROSEC)',
    },
    summary: {
      es: 'Programas de la Secretaría de Economía que permiten a los productores de determinadas mercancías importar insumos y maquinaria con un arancel preferente, vendan en México o exporten. El Decreto PROSEC fija los sectores y, para cada uno, los bienes y sus aranceles preferentes; las tasas vigentes están por confirmar en el texto oficial.',
      en: 'Ministry of Economy programmes that let producers of specific goods import inputs and machinery at a preferential duty, whether they sell in Mexico or export. The PROSEC Decree sets the sectors and, for each, the goods and their preferential duty rates; the rates in force are to be confirmed in the official text.',
    },
    whoNeedsIt: {
      es: 'Fabricantes que importan insumos o maquinaria para producir bienes de un sector PROSEC. La Tarifa de la Ley de los Impuestos Generales de Importación y de Exportación (partida 98.02, fracciones 9802.00.01 a 9802.00.25) nombra los programas vigentes: industria eléctrica; electrónica; del mueble; del juguete, juegos de recreo y artículos deportivos; del calzado; minera y metalúrgica; de bienes de capital; fotográfica; de maquinaria agrícola; industrias diversas; química; de manufacturas del caucho y plástico; siderúrgica; de productos farmoquímicos, medicamentos y equipo médico; del transporte (excepto automotriz y autopartes); del papel y cartón; de la madera; del cuero y pieles; automotriz y de autopartes; textil y de la confección; de chocolates, dulces y similares; del café; y alimentaria. Es opcional: conviene cuando reduce el arancel de lo que importa.',
      en: 'Manufacturers that import inputs or machinery to produce goods in a PROSEC sector. The tariff of the General Import and Export Duties Law (heading 98.02, items 9802.00.01 to 9802.00.25) names the programmes in force: electrical; electronics; furniture; toys, games and sporting goods; footwear; mining and metallurgy; capital goods; photographic; agricultural machinery; miscellaneous industries; chemicals; rubber and plastic goods; steel; pharmaceutical chemicals, medicines and medical equipment; transport (excluding automotive and auto parts); paper and cardboard; wood; leather and hides; automotive and auto parts; textiles and apparel; chocolates, sweets and similar; coffee; and food. It is optional: worth it when it lowers the duty on what you import.',
    },
    appliesWhen: {
      all: [
        { fact: 'imports', op: 'eq', value: true },
        { scianIn: ['31', '32', '33'] },
      ],
    },
    sectors: ['31', '32', '33'],
    outputs: [
      { es: 'Programa PROSEC autorizado para el sector correspondiente', en: 'PROSEC programme authorised for the relevant sector' },
    ],
    prerequisites: ['sat-importers-register'],
    legalBasis: [{ law: 'decreto-prosec' }, { law: 'ligie', article: '2, fr. II, regla 8ª' }],
    steps: [
      {
        title: {
          es: 'Identificar el sector PROSEC y las mercancías a importar',
          en: 'Identify the PROSEC sector and the goods to import',
        },
        description: {
          es: 'Compruebe en el Decreto PROSEC en qué sector encaja lo que produce y si los insumos y la maquinaria que importará tienen arancel preferente.',
          en: 'Check in the PROSEC Decree which sector your products fall into and whether the inputs and machinery you will import have a preferential duty.',
        },
        channel: {
          kind: 'online',
          note: {
            es: 'Consulta del Decreto PROSEC vigente.',
            en: 'Check the PROSEC Decree in force.',
          },
        },
        requirements: [],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'unknown',
          note: {
            es: 'No interviene la autoridad; el tiempo depende de la empresa.',
            en: 'No authority is involved; the time depends on the company.',
          },
        },
        legalBasis: [{ law: 'decreto-prosec' }],
      },
      {
        title: {
          es: 'Solicitar el programa a la Secretaría de Economía y recibir la resolución',
          en: 'Apply to the Ministry of Economy and receive the decision',
        },
        channel: {
          kind: 'online',
          url: 'https://www.ventanillaunica.gob.mx',
          note: {
            es: 'Ventanilla Digital Mexicana de Comercio Exterior (VUCEM), con la e.firma de la empresa (regla 3.4.14 de las Reglas y Criterios de Comercio Exterior de la SE).',
            en: 'Mexican foreign-trade single window (Ventanilla Digital, VUCEM), with the company’s e.firma (rule 3.4.14 of the Ministry of Economy’s foreign-trade Rules and Criteria).',
          },
        },
        office: 'vucem',
        requirements: [
          {
            name: {
              es: 'Domicilios de las plantas, sector o sectores PROSEC y, por sector, los bienes a producir con su fracción arancelaria',
              en: 'Addresses of the plants, the PROSEC sector or sectors and, for each sector, the goods to be produced with their tariff item',
            },
            legalBasis: [{ law: 'reglas-se-ce', article: '3.4.14 fr. I–III' }],
          },
          {
            name: {
              es: 'Escrito libre que detalle el proceso productivo (etapas, maquinaria, equipo, personal y duración) y los insumos a importar y el producto final con sus fracciones arancelarias',
              en: 'Free-form letter detailing the production process (stages, machinery, equipment, staff and duration) and the inputs to import and the final product with their tariff items',
            },
            legalBasis: [{ law: 'reglas-se-ce', article: '3.4.14 fr. IV a)' }],
          },
          {
            name: {
              es: 'Prueba de la legal posesión de los inmuebles (si es arrendamiento o comodato, con plazo forzoso mínimo de un año y al menos once meses por correr), de la contratación de todo el personal (cuotas al IMSS del último bimestre) y planos y fotografías de las instalaciones, con la certificación de la regla 3.1.1, y fe de hechos',
              en: 'Proof of lawful possession of the premises (for a lease or loan for use, with a minimum fixed term of one year and at least eleven months left), of the hiring of all staff (IMSS contributions for the last two-month period) and plans and photographs of the facilities, certified under rule 3.1.1, and a notarial record of facts (fe de hechos)',
            },
            legalBasis: [{ law: 'reglas-se-ce', article: '3.4.14 fr. IV b)–d), f)' }],
          },
          {
            name: { es: 'Opinión de cumplimiento de obligaciones fiscales (art. 32-D del CFF) en sentido positivo', en: 'Positive tax-compliance opinion (CFF art. 32-D)' },
            producedBy: 'sat-compliance-opinion',
            legalBasis: [{ law: 'reglas-se-ce', article: '3.4.14 fr. IV e)' }],
          },
          { name: { es: 'e.firma de la empresa', en: 'Company e.firma' }, producedBy: 'sat-efirma-company' },
        ],
        costs: [{ ...FREE_SE_PROGRAMME, legalBasis: [{ law: 'decreto-prosec' }, { law: 'lfd', article: '62 a 81' }] }],
        // SE foreign-trade rule 3.4.19 (Acuerdo DOF 09-05-2022, compiled to its modification of DOF 02-04-2026; read
        // 2026-12-04): "La SE deberá emitir la resolución del trámite de programa nuevo, ampliación del programa o alta
        // de domicilio, en un plazo máximo de quince días hábiles, de conformidad con el artículo 7, segundo párrafo,
        // del Decreto PROSEC", counted once the file is complete (after the verification visit, "diez días hábiles
        // contados a partir del día siguiente a aquel en que se reciba la solicitud", and any request). Neither the
        // rule nor anything read here says what silence means; the PROSEC Decree (art. 7) was not read.
        timeframe: {
          waiting: { min: 0, max: 25, unit: 'business-days' },
          legalDeadline: { days: 25, unit: 'business-days' },
          tacitApproval: 'unknown',
          legalBasis: [{ law: 'reglas-se-ce', article: '3.4.19' }, { law: 'decreto-prosec', article: '7' }],
          note: {
            es: 'La Secretaría de Economía debe resolver un programa nuevo en un máximo de 15 días hábiles (regla 3.4.19 de sus Reglas y Criterios de Comercio Exterior, que remite al art. 7 del Decreto PROSEC), contados desde que el expediente está completo: una vez hecha la visita de verificación, que debe realizar dentro de los 10 días hábiles siguientes a la solicitud, y atendido, en su caso, su requerimiento. Por eso mostramos hasta 25 días hábiles, más el tiempo que la empresa tarde en contestar un requerimiento. Qué significa el silencio está por confirmar: la regla no lo dice y no leímos el art. 7 del Decreto PROSEC; si el Decreto no prevé otra cosa, la LFPA (art. 17) lo tiene por negativa.',
            en: 'The Ministry of Economy must decide a new programme within 15 business days at most (rule 3.4.19 of its foreign-trade Rules and Criteria, which refers to Art. 7 of the PROSEC Decree), counted from when the file is complete: once the verification visit, which it must make within 10 business days of the application, has taken place and any request has been answered. We therefore show up to 25 business days, plus the time the company takes to answer a request. What silence means is to be confirmed: the rule does not say and we did not read Art. 7 of the PROSEC Decree; unless the Decree provides otherwise, the LFPA (Art. 17) treats it as a refusal.',
          },
        },
        legalBasis: [{ law: 'decreto-prosec', article: '7' }, { law: 'reglas-se-ce', article: '3.4.14' }],
      },
    ],
    caveats: [
      {
        es: 'Por confirmar: qué significa que la Secretaría no resuelva a tiempo (art. 7 del Decreto PROSEC, no leído). Requisitos, medio y plazo vienen de las reglas 3.4.14 y 3.4.19 de las Reglas y Criterios de Comercio Exterior de la SE. La Ley Federal de Derechos no cobra por el programa.',
        en: 'To be confirmed: what it means if the Ministry does not decide in time (PROSEC Decree Art. 7, not read). Requirements, channel and term come from rules 3.4.14 and 3.4.19 of the Ministry of Economy’s foreign-trade Rules and Criteria. The Federal Fees Law charges nothing for the programme.',
      },
      {
        es: 'Con PROSEC suele usarse la «Regla Octava»: la regla complementaria 8ª de la Ley de los Impuestos Generales de Importación y de Exportación permite, previa autorización de la Secretaría de Economía, importar por la fracción designada (partida 98.02) los insumos, materiales, partes y componentes de lo que fabrica una empresa con registro de empresa fabricante. Las fracciones de esa partida para los programas PROSEC (9802.00.01 a 9802.00.25) están exentas de impuesto de importación, salvo las mercancías que excluyen (p. ej., las del Anexo II del Decreto IMMEX para los sectores siderúrgico, textil y alimentario). Esa autorización es un trámite aparte, que este catálogo no detalla.',
        en: 'PROSEC is usually combined with the “Regla Octava”: complementary rule 8 of the General Import and Export Duties Law lets a company holding a manufacturer registration import, with prior authorisation from the Ministry of Economy, the inputs, materials, parts and components of what it makes under the designated tariff items (heading 98.02). The items of that heading for the PROSEC programmes (9802.00.01 to 9802.00.25) are exempt from import duty, except for the goods they exclude (e.g. those in Annex II of the IMMEX Decree for the steel, textile and food sectors). That authorisation is a separate procedure this catalogue does not detail.',
      },
    ],
    sources: [
      { title: 'Cámara de Diputados — Ley de los Impuestos Generales de Importación y de Exportación (texto vigente, Tarifa modificada DOF 31-12-2025): partida 98.02 y regla complementaria 8ª', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIGIE.pdf' },
      { title: 'DOF 02-08-2002 — edición en que se publicó el Decreto por el que se establecen diversos Programas de Promoción Sectorial', url: 'https://www.dof.gob.mx/index.php?year=2002&month=08&day=02' },
      SRC_REGLAS_SE,
      { title: 'Cámara de Diputados — Ley Federal de Derechos (cuotas 2026), arts. 62 a 81', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
    ],
    verifiedOn: '2026-12-04',
  },
];
