/**
 * Federal foreign-investment procedures: RNIE registration and reports, branch
 * authorisation, CNIE, neutral investment, restricted zone and RUPI.
 * Facts: /work/shared/reference/ley-inversion-extranjera-verified.md (LIE read in
 * the Diputados consolidated text, last reform DOF 27-05-2024; it supersedes
 * §2.B and §3 of mexico-investment-facts.md) and mexico-investment-facts.md §1.3.
 * The RLIE text itself was not read, so RLIE citations carry `unverified`.
 * On 2026-12-04 fees and terms were checked in the Diputados consolidated LIE, LFD (2026 amounts,
 * arts. 25 and 72) and LFPA (arts. 2 and 17), the SE's page for SE-02-005-A and the official sheet
 * SRE-02-005; no official text was found for the RNIE certificate's or the RUPI's issuing time.
 */
import type { Condition, ProcedureInput } from '../../schema.ts';
import { umaRange } from '../values.ts';
import { lfpaPetition, nothingToWait } from './common.ts';

/** A LIE art. 38 fine range in words, with its MXN value at the 2026 UMA (audit item 14). */
const lieFine = (min: number, max: number, fr: string) => {
  const c = umaRange({ es: 'Multa', en: 'Fine' }, min, max, [{ law: 'lie', article: `38 fr. ${fr}` }]);
  return c.kind === 'variable' ? c.formula : { es: '', en: '' };
};

/** Art. 9 LIE asset threshold, 6th CNIE general resolution (DOF 24-06-2024). */
const ART9_THRESHOLD_MXN = 26978252017.64;

/** Anyone who must register in the RNIE (LIE Art. 32): foreign participation, or a foreign company trading through a branch. */
const RNIE_SUBJECT: Condition = {
  any: [
    { fact: 'foreignPct', op: 'gt', value: 0 },
    { fact: 'entry', op: 'eq', value: 'branch' },
  ],
};

const src = {
  lfd: { title: 'Ley Federal de Derechos, cantidades 2026 (texto vigente, Cámara de Diputados)', url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFD.pdf' },
  lie: {
    title: 'Cámara de Diputados — Ley de Inversión Extranjera (última reforma DOF 27-05-2024)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LIE.pdf',
  },
  ordenJuridico: {
    title: 'Orden Jurídico Nacional — Ley de Inversión Extranjera',
    url: 'http://ordenjuridico.gob.mx/Documentos/Federal/html/wo14.html',
  },
  seQuarterly: {
    title: 'Secretaría de Economía — Aviso de actualización trimestral presentado al RNIE (SE-02-005-A)',
    url: 'https://www.economia.gob.mx/aviso-de-actualizacion-trimestral-presentado-al-registro-nacional-de-inversiones-extranjeras/',
  },
  sreTrustFicha: {
    title: 'Catálogo Nacional de Trámites — Permiso para la constitución de fideicomisos en zona restringida del territorio nacional (SRE-02-005)',
    url: 'https://catalogonacional.gob.mx/FichaTramitePdf/Index?traHomoclave=SRE-02-005',
  },
  lfpa: {
    title: 'Cámara de Diputados — Ley Federal de Procedimiento Administrativo (texto vigente)',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPA.pdf',
  },
  dofVui: {
    title: 'DOF 26-07-2023 — edición en que se publicó el Decreto por el que se crea la Ventanilla Única para Inversionistas y el Registro Único de Proyectos de Inversión',
    url: 'https://www.dof.gob.mx/index.php?year=2023&month=07&day=26',
  },
  dofRnieRules2015: {
    title: 'DOF 23-02-2015 — edición en que se publicaron las Reglas para la gestión de trámites por medios de comunicación electrónica ante el RNIE y los instrumentos de la SE sobre los avisos trimestrales y el informe económico anual',
    url: 'https://www.dof.gob.mx/index.php?year=2015&month=02&day=23',
  },
  dofRnieRules2020: {
    title: 'DOF 06-07-2020 — edición en que se publicó el Acuerdo por el que se modifican las Reglas para la gestión de trámites por medios de comunicación electrónica ante el RNIE (ventanilla de Insurgentes Sur 1940 y un correo por trámite)',
    url: 'https://www.dof.gob.mx/index.php?year=2020&month=07&day=06',
  },
  conamerRnieRules2020: {
    title: 'CONAMER — Anteproyecto del Acuerdo que modifica las Reglas para la gestión de trámites por medios electrónicos ante el RNIE (2020)',
    url: 'http://cofemersimir.gob.mx/portales/resumen/49513',
  },
  dofCnie6: {
    title: 'DOF 24-06-2024 — edición en que se publicó la Sexta Resolución General de la CNIE que fija el monto de activos del art. 9 de la LIE (MXN 26,978,252,017.64)',
    url: 'https://www.dof.gob.mx/index.php?year=2024&month=06&day=24',
  },
  lmtr: {
    title: 'Cámara de Diputados — Ley en Materia de Telecomunicaciones y Radiodifusión (2025), opinión previa de la CNIE en concesiones de radiodifusión',
    url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LMTR.pdf',
  },
  dofRupi: {
    title: 'DOF 30-09-2024 — edición en que se publicó el Acuerdo por el que se emiten las Disposiciones generales para la operación del Registro Único de Proyectos de Inversión',
    url: 'https://www.dof.gob.mx/index.php?year=2024&month=09&day=30',
  },
};

/** RNIE filings carry no federal fee: the LFD's foreign-investment duties (art. 72) do not include them. */
const rnieFree = {
  kind: 'free' as const,
  legalBasis: [{ law: 'lfd', article: '72' }],
  note: {
    es: 'Sin derechos: la Ley Federal de Derechos no fija ninguno por los trámites del RNIE (su art. 72, derecho de inversiones extranjeras, enumera las cuotas por resoluciones de la CNIE, autorizaciones de la SE, consultas y prórrogas, y ninguna por el RNIE). Solo la presentación tardía se multa (art. 38 fr. IV de la LIE).',
    en: 'No fee: the Federal Duties Law sets none for RNIE filings (its Art. 72, the foreign-investment duty, lists the fees for CNIE resolutions, SE authorisations, consultations and extensions, and none for the RNIE). Only late filing is fined (LIE Art. 38 fr. IV).',
  },
};

const rnieFine = {
  es: `No inscribirse, o presentar tarde, incompletos o con errores la inscripción, los informes o los avisos, se multa con 30 a 100 "salarios mínimos" (art. 38 fr. IV de la LIE), que desde la desindexación de 2016 se aplican como UMA: ${lieFine(30, 100, 'IV').es}.`,
  en: `Failing to register, or filing registrations, reports or notices late, incomplete or wrong, is fined 30 to 100 "minimum wages" (LIE Art. 38 fr. IV), applied as UMA since the 2016 de-indexation reform: ${lieFine(30, 100, 'IV').en}.`,
};

const rnieEmailCaveat = {
  es: 'Por confirmar: las direcciones de correo del RNIE y el horario de su ventanilla las fija el Acuerdo de DOF 06-07-2020, cuyo texto no leímos (las tomamos de resúmenes de terceros); confírmelas en el DOF o con la Secretaría de Economía antes de presentar.',
  en: 'To be confirmed: the RNIE e-mail addresses and window hours are set by the Acuerdo of DOF 06-07-2020, whose text we did not read (we took them from third-party summaries); confirm them in the DOF or with the Ministry of Economy before filing.',
};

const rlieCaveat = {
  es: 'Por confirmar: los umbrales (MXN 20 y 110 millones) y los plazos de presentación los fijan el Reglamento de la LIE y del RNIE (última reforma DOF 17-08-2016) y los instrumentos de la SE de DOF 23-02-2015, cuyos textos no leímos; los tomamos de resúmenes de terceros y de la página de la SE. Confírmelos en el DOF antes de presentar.',
  en: 'To be confirmed: the thresholds (MXN 20 and 110 million) and filing deadlines are set by the Regulation of the LIE and the RNIE (last reformed DOF 17-08-2016) and the SE instruments of DOF 23-02-2015, whose texts we did not read; we took them from third-party summaries and the SE web page. Confirm them in the DOF before filing.',
};

export const procedures: ProcedureInput[] = [
  {
    id: 'rnie-registration',
    slug: 'inscripcion-registro-nacional-inversiones-extranjeras',
    level: 'federal',
    authority: 'se-dgie',
    phase: 'constitution',
    title: {
      es: 'Inscripción en el Registro Nacional de Inversiones Extranjeras (RNIE)',
      en: 'Registration in the National Foreign Investment Registry (RNIE)',
    },
    summary: {
      es: 'Las sociedades mexicanas con inversión extranjera y las personas extranjeras que realizan habitualmente actos de comercio en México deben inscribirse en el RNIE dentro de los 40 días hábiles siguientes a su constitución o a la entrada de la inversión extranjera. Es gratuito. El RNIE no es público: solo el representante legal puede consultarlo.',
      en: 'Mexican companies with foreign investment, and foreign persons who habitually trade in Mexico, must register in the RNIE within 40 business days of incorporation or of the date the foreign investment begins. It is free. The RNIE is not public: only the legal representative can consult it.',
    },
    whoNeedsIt: {
      es: 'Según el art. 32 de la LIE: (I) sociedades mexicanas con inversión extranjera, con mexicanos que tengan otra nacionalidad y residan en el extranjero, o con inversión neutra, aunque sea por medio de fideicomisos; (II) personas físicas o morales extranjeras que realicen habitualmente actos de comercio en México, por ejemplo por medio de una sucursal; (III) fideicomisos de acciones, inmuebles o inversión neutra que den derechos a esas personas (los inscribe la institución fiduciaria).',
      en: 'Under LIE Art. 32: (I) Mexican companies in which foreign investment, Mexicans with another nationality living abroad, or neutral investment take part, including through trusts; (II) foreign individuals or entities that habitually trade in Mexico, for example through a branch; (III) trusts of shares, real estate or neutral investment that give rights to those persons (the trustee institution registers them).',
    },
    appliesWhen: RNIE_SUBJECT,
    outputs: [{ es: 'Constancia de inscripción en el RNIE', en: 'RNIE registration certificate (constancia de inscripción)' }],
    prerequisites: ['sat-efirma-company', 'se-foreign-branch-authorisation'],
    officialCode: { code: 'SE-02-001' },
    legalBasis: [
      { law: 'lie', article: '31' },
      { law: 'lie', article: '32' },
      { law: 'lie', article: '33' },
      { law: 'lie', article: '34' },
      { law: 'lie', article: '38 fr. IV' },
      { law: 'rlie', unverified: true },
    ],
    steps: [
      {
        title: { es: 'Presentar la solicitud de inscripción', en: 'File the registration' },
        description: {
          es: 'El plazo de 40 días hábiles corre desde la constitución de la sociedad o desde que entra la inversión extranjera; para una empresa extranjera, desde la protocolización de sus documentos; para un fideicomiso, desde su constitución o la cesión de derechos de fideicomisario.',
          en: "The 40-business-day period runs from incorporation or from the date foreign investment begins; for a foreign company, from the formalisation (protocolización) of its documents before a notary; for a trust, from its creation or the grant of beneficiary rights.",
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'En línea, por correo electrónico o en cualquier representación de la SE. Desde el Acuerdo de DOF 06-07-2020 cada trámite del RNIE tiene su correo; para la inscripción se cita inscripciones.rnie@economia.gob.mx. Si el sistema falla, se puede presentar en la ventanilla del RNIE, Av. Insurgentes Sur 1940 PB, CDMX, de 9:00 a 14:00.',
            en: 'Online, by e-mail or at any SE representation office. Since the Acuerdo of DOF 06-07-2020 each RNIE procedure has its own address; for registration, inscripciones.rnie@economia.gob.mx is cited. If the system is down, filing is possible at the RNIE window, Av. Insurgentes Sur 1940 PB, Mexico City, 09:00–14:00.',
          },
        },
        office: 'se-representations',
        requirements: [
          {
            name: {
              es: 'Escritura constitutiva, o instrumento con el que entró la inversión extranjera',
              en: 'Incorporation deed, or the instrument under which the foreign investment came in',
            },
            producedBy: 'incorporation-deed',
            unverified: true,
            note: {
              es: 'Nuestras fuentes no listan los requisitos; confírmelos en la ficha SE-02-001.',
              en: 'Our sources do not list the requirements; confirm them in ficha SE-02-001.',
            },
          },
          { name: { es: 'e.firma de la sociedad', en: "Company's e.firma" }, producedBy: 'sat-efirma-company' },
          {
            name: { es: 'RFC de la sociedad', en: "Company's RFC" },
            producedBy: 'sat-rfc-company',
            unverified: true,
          },
        ],
        costs: [rnieFree],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          legalDeadline: { days: 40, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lie', article: '32' }],
          note: {
            es: 'El plazo legal es para usted: 40 días hábiles para presentar la inscripción.',
            en: 'The legal deadline is yours: 40 business days to file the registration.',
          },
        },
        legalBasis: [{ law: 'lie', article: '32' }],
      },
      {
        title: { es: 'Recibir la constancia de inscripción', en: 'Receive the registration certificate' },
        channel: { kind: 'email' },
        requirements: [],
        costs: [rnieFree],
        // LIE art. 33 (read 2026-12-04 in the Cámara de Diputados text) lists what the certificate needs and sets no
        // term; the RNIE is a registry of the SE (not a tax matter), so LFPA art. 17 caps the answer at three months.
        timeframe: lfpaPetition(
          'La LIE (art. 33) dice qué datos debe contener la solicitud para que el Registro expida la constancia, pero no fija plazo para expedirla. No leímos el Reglamento de la LIE ni la ficha SE-02-001, que podrían fijar uno más corto.',
          'The LIE (Art. 33) says what the application must contain for the Registry to issue the certificate but sets no term for issuing it. We did not read the LIE Regulation or ficha SE-02-001, which may set a shorter one.',
        ),
        legalBasis: [{ law: 'lie', article: '33' }, { law: 'lfpa', article: '17' }],
      },
    ],
    caveats: [
      rnieFine,
      {
        es: 'En actos corporativos, el notario debe pedir la constancia del RNIE (o prueba de que está en trámite); si no se la muestran, puede firmar pero debe avisar al RNIE en 10 días hábiles (art. 34 de la LIE).',
        en: 'In corporate acts the notary must ask for the RNIE certificate (or proof that registration is in process); if none is shown the notary may still sign but must report the omission to the RNIE within 10 business days (LIE Art. 34).',
      },
      rnieEmailCaveat,
    ],
    sources: [src.lie, src.lfd, src.dofRnieRules2020, src.conamerRnieRules2020],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'rnie-quarterly-notice',
    slug: 'aviso-actualizacion-trimestral-rnie',
    level: 'federal',
    authority: 'se-dgie',
    phase: 'operation',
    title: {
      es: 'Aviso de actualización trimestral al RNIE',
      en: 'Quarterly update notice to the RNIE (aviso de actualización trimestral)',
    },
    summary: {
      es: 'Las personas inscritas en el RNIE avisan los cambios del trimestre dentro de los 10 días hábiles siguientes a su cierre. El aviso solo se presenta si hubo un cambio que deba reportarse. Desde 2015 el mismo aviso incluye los movimientos de ingresos y egresos con partes relacionadas en el extranjero.',
      en: 'Persons registered in the RNIE report the changes of each quarter within 10 business days after the quarter ends. The notice is filed only if there was a reportable change. Since 2015 the same notice also carries income and expense movements with foreign related parties.',
    },
    whoNeedsIt: {
      es: 'Quien esté inscrito en el RNIE, solo en los trimestres en que cambió su denominación, su actividad económica o su domicilio fiscal, o en que hubo movimientos de capital o de accionistas que modificaron la participación extranjera en más de MXN 20,000,000 (en valor absoluto). También si los movimientos de ingresos y egresos con partes relacionadas en el extranjero variaron en más de MXN 20 millones.',
      en: 'Anyone registered in the RNIE, only in quarters in which its name, economic activity or fiscal address changed, or in which capital or shareholding movements changed foreign participation by more than MXN 20,000,000 (absolute value). Also if income and expense movements with foreign related parties varied by more than MXN 20 million.',
    },
    appliesWhen: RNIE_SUBJECT,
    outputs: [
      { es: 'Acuse del aviso trimestral; datos del RNIE actualizados', en: 'Acknowledgement of the quarterly notice; RNIE data updated' },
    ],
    recurrence: { every: 'quarter' },
    prerequisites: ['rnie-registration'],
    officialCode: { code: 'SE-02-005' },
    legalBasis: [
      { law: 'lie', article: '33' },
      { law: 'lie', article: '38 fr. IV' },
      { law: 'rlie', unverified: true },
    ],
    steps: [
      {
        title: {
          es: 'Presentar el aviso dentro de los 10 días hábiles siguientes al cierre del trimestre',
          en: 'File the notice within 10 business days after the quarter ends',
        },
        description: {
          es: 'Trimestres: enero–marzo, abril–junio, julio–septiembre y octubre–diciembre. El formato incluye los ingresos y egresos del trimestre, anexos de deudores, acreedores y presencia por estado, y estados financieros básicos.',
          en: 'Quarters: January–March, April–June, July–September and October–December. The form includes the quarter’s income and expenses, annexes on debtors, creditors and presence by state, and basic financial statements.',
        },
        channel: {
          kind: 'email',
          note: {
            es: 'Correo citado para este trámite: trimestrales.rnie@economia.gob.mx. Si el sistema falla, en la ventanilla del RNIE, Av. Insurgentes Sur 1940 PB, CDMX.',
            en: 'Address cited for this procedure: trimestrales.rnie@economia.gob.mx. If the system is down, at the RNIE window, Av. Insurgentes Sur 1940 PB, Mexico City.',
          },
        },
        requirements: [
          { name: { es: 'Formato del aviso de actualización trimestral', en: 'Quarterly update notice form' } },
          {
            name: { es: 'Ingresos y egresos del trimestre (movimientos)', en: 'Income and expenses of the quarter (movements)' },
          },
          {
            name: { es: 'Anexos de deudores, acreedores y presencia por estado', en: 'Annexes on debtors, creditors and presence by state' },
          },
          { name: { es: 'Estados financieros básicos', en: 'Basic financial statements' } },
        ],
        costs: [rnieFree],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          legalDeadline: { days: 10, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'rlie', unverified: true }],
          note: {
            es: 'El plazo es para usted: 10 días hábiles después del cierre de cada trimestre.',
            en: 'The deadline is yours: 10 business days after the end of each quarter.',
          },
        },
        legalBasis: [{ law: 'lie', article: '33' }],
      },
      {
        title: { es: 'Recibir el acuse de la SE', en: 'Receive SE’s acknowledgement' },
        channel: { kind: 'email' },
        requirements: [],
        costs: [rnieFree],
        timeframe: {
          waiting: { min: 0, max: 10, unit: 'business-days' },
          legalDeadline: { days: 10, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lie', article: '33' }],
          note: {
            es: 'La página oficial del trámite SE-02-005-A (Secretaría de Economía) da un plazo de respuesta de 10 días hábiles. Es un aviso, no una solicitud: la LIE (art. 33, último párrafo) solo exige notificar los cambios al Registro, y no hay nada que aprobar. La misma página da el costo como «monto calculado» y pide el comprobante de pago de multa «en su caso».',
            en: 'The official page of procedure SE-02-005-A (Ministry of Economy) gives a response time of 10 business days. It is a notice, not an application: the LIE (Art. 33, last paragraph) only requires changes to be notified to the Registry, and there is nothing to approve. The same page gives the cost as a "calculated amount" and asks for proof of payment of a fine "where applicable".',
          },
        },
        legalBasis: [{ law: 'lie', article: '33' }],
      },
    ],
    caveats: [
      {
        es: 'La homoclave aparece como SE-02-005 en el Acuerdo de 2020 y como SE-02-005-A en la página de la SE.',
        en: 'The procedure code appears as SE-02-005 in the 2020 Acuerdo and as SE-02-005-A on the SE page.',
      },
      rnieFine,
      rlieCaveat,
      rnieEmailCaveat,
    ],
    sources: [src.seQuarterly, src.lie, src.lfd, src.dofRnieRules2015, src.dofRnieRules2020],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'rnie-annual-report',
    slug: 'informe-economico-anual-rnie',
    level: 'federal',
    authority: 'se-dgie',
    phase: 'operation',
    title: {
      es: 'Informe económico anual al RNIE',
      en: 'Annual economic report to the RNIE (informe económico anual)',
    },
    summary: {
      es: 'El art. 35 de la LIE obliga a renovar cada año la constancia del RNIE con un cuestionario económico-financiero. Desde 2015 esto se cumple con el informe económico anual, que solo presentan quienes superan MXN 110 millones, en abril o mayo según la primera letra de su denominación.',
      en: 'LIE Art. 35 requires the RNIE certificate to be renewed every year with an economic-financial questionnaire. Since 2015 this is done through the annual economic report, filed only by those above MXN 110 million, in April or May depending on the first letter of their name.',
    },
    whoNeedsIt: {
      es: 'Quien esté inscrito en el RNIE y tenga activo total (inicial o final), pasivo total (inicial o final), ingresos (en México y el extranjero) o costos y gastos (en México y el extranjero) mayores a MXN 110,000,000.',
      en: 'Anyone registered in the RNIE whose total assets (opening or closing), total liabilities (opening or closing), income (Mexico and abroad) or costs and expenses (Mexico and abroad) exceed MXN 110,000,000.',
    },
    appliesWhen: RNIE_SUBJECT,
    outputs: [
      {
        es: 'Acuse del informe, que la SE trata como renovación anual de la constancia del RNIE',
        en: 'Acknowledgement of the report, which SE treats as the annual renewal of the RNIE certificate',
      },
    ],
    recurrence: { every: 'year' },
    prerequisites: ['rnie-registration'],
    officialCode: { code: 'SE-02-004' },
    legalBasis: [
      { law: 'lie', article: '35' },
      { law: 'lie', article: '38 fr. IV' },
      { law: 'rlie', unverified: true },
    ],
    steps: [
      {
        title: {
          es: 'Presentar el informe en abril o mayo, según la inicial de la denominación',
          en: 'File the report in April or May, according to the first letter of the name',
        },
        description: {
          es: 'Denominaciones que empiezan con A a J: durante abril. Con K a Z, con número u otro carácter: durante mayo.',
          en: 'Names starting with A to J: during April. Names starting with K to Z, a number or another character: during May.',
        },
        channel: {
          kind: 'email',
          note: {
            es: 'Correo citado para este trámite: anuales.rnie@economia.gob.mx. Si el sistema falla, en la ventanilla del RNIE, Av. Insurgentes Sur 1940 PB, CDMX.',
            en: 'Address cited for this procedure: anuales.rnie@economia.gob.mx. If the system is down, at the RNIE window, Av. Insurgentes Sur 1940 PB, Mexico City.',
          },
        },
        requirements: [
          {
            name: {
              es: 'Cuestionario económico-financiero (activos, pasivos, ingresos, costos y gastos)',
              en: 'Economic-financial questionnaire (assets, liabilities, income, costs and expenses)',
            },
            legalBasis: [{ law: 'lie', article: '35' }],
          },
        ],
        costs: [rnieFree],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lie', article: '35' }],
          note: {
            es: 'El plazo es para usted: el mes de abril (A–J) o de mayo (K–Z, números y otros caracteres). No hay resolución que esperar: según el art. 35 de la LIE, para renovar la constancia «bastará presentar» el cuestionario económico-financiero.',
            en: 'The deadline is yours: the month of April (A–J) or May (K–Z, numbers and other characters). There is no decision to wait for: under LIE Art. 35, filing the economic-financial questionnaire is enough ("bastará presentar") to renew the certificate.',
          },
        },
        legalBasis: [{ law: 'lie', article: '35' }],
      },
    ],
    caveats: [
      {
        es: 'Algunas fuentes dicen que la constancia "se renueva cada año" para todos: el art. 35 de la LIE sigue vigente, pero desde 2015 el informe solo se exige por encima de MXN 110 millones.',
        en: 'Some sources say the certificate "is renewed every year" by everyone: LIE Art. 35 is still in force, but since 2015 the report is required only above MXN 110 million.',
      },
      rnieFine,
      rlieCaveat,
      rnieEmailCaveat,
    ],
    sources: [src.lie, src.lfd, src.dofRnieRules2015, src.dofRnieRules2020],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'rnie-quarterly-income-report',
    slug: 'reporte-trimestral-ingresos-egresos-rnie',
    level: 'federal',
    authority: 'se-dgie',
    phase: 'operation',
    title: {
      es: 'Reporte trimestral de ingresos y egresos con el extranjero (dentro del aviso trimestral del RNIE)',
      en: 'Quarterly report of income and expenses with foreign parties (now part of the RNIE quarterly notice)',
    },
    summary: {
      es: 'Los movimientos de ingresos y egresos con partes relacionadas en el extranjero se reportan al RNIE cada trimestre. Desde 2015 no es un informe separado: se incluyen en el aviso de actualización trimestral (SE-02-005), dentro de los 10 días hábiles siguientes al cierre del trimestre.',
      en: 'Income and expense movements with foreign related parties are reported to the RNIE every quarter. Since 2015 this is not a separate report: they go in the quarterly update notice (SE-02-005), within 10 business days after the quarter ends.',
    },
    whoNeedsIt: {
      es: 'Quien esté inscrito en el RNIE y, en el trimestre, tenga variaciones de más de MXN 20 millones en movimientos con partes relacionadas no residentes: cuentas por cobrar y por pagar con empresas del grupo en el extranjero, aportaciones de la matriz, reservas y utilidades retenidas.',
      en: 'Anyone registered in the RNIE whose movements with non-resident related parties vary by more than MXN 20 million in the quarter: receivables and payables with group companies abroad, contributions from the parent, reserves and retained earnings.',
    },
    appliesWhen: RNIE_SUBJECT,
    outputs: [
      {
        es: 'Movimientos con el extranjero reportados en el acuse del aviso trimestral',
        en: 'Foreign movements reported in the acknowledgement of the quarterly notice',
      },
    ],
    recurrence: { every: 'quarter' },
    prerequisites: ['rnie-registration'],
    officialCode: { code: 'SE-02-005' },
    legalBasis: [
      { law: 'lie', article: '33' },
      { law: 'lie', article: '38 fr. IV' },
      { law: 'rlie', unverified: true },
    ],
    steps: [
      {
        title: {
          es: 'Incluir los movimientos en el aviso trimestral',
          en: 'Include the movements in the quarterly notice',
        },
        description: {
          es: 'Se reportan en la sección de ingresos y egresos del aviso de actualización trimestral, con sus anexos de deudores y acreedores y los estados financieros básicos. Vea "Aviso de actualización trimestral al RNIE".',
          en: 'They are reported in the income and expense section of the quarterly update notice, with its annexes on debtors and creditors and the basic financial statements. See "Quarterly update notice to the RNIE".',
        },
        channel: {
          kind: 'email',
          note: {
            es: 'Junto con el aviso trimestral; correo citado: trimestrales.rnie@economia.gob.mx.',
            en: 'Together with the quarterly notice; address cited: trimestrales.rnie@economia.gob.mx.',
          },
        },
        requirements: [
          {
            name: {
              es: 'Movimientos del trimestre con partes relacionadas en el extranjero',
              en: 'Movements of the quarter with foreign related parties',
            },
          },
          {
            name: { es: 'Anexos de deudores y acreedores', en: 'Annexes on debtors and creditors' },
          },
          { name: { es: 'Estados financieros básicos', en: 'Basic financial statements' } },
        ],
        costs: [rnieFree],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          legalDeadline: { days: 10, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'rlie', unverified: true }],
          note: {
            es: 'El plazo es para usted: 10 días hábiles después del cierre del trimestre, el mismo del aviso trimestral.',
            en: 'The deadline is yours: 10 business days after the end of the quarter, the same as the quarterly notice.',
          },
        },
        legalBasis: [],
      },
    ],
    caveats: [
      {
        es: 'El antiguo "informe trimestral de ingresos y egresos" (sección segunda del RNIE, umbral de 3,000 salarios mínimos del DF, plazo de 20 días) quedó sustituido en 2015. No lo presente por separado.',
        en: 'The former separate "quarterly income and expense report" (RNIE second section, threshold of 3,000 times the Federal District minimum wage, 20-day deadline) was superseded in 2015. Do not file it separately.',
      },
      rnieFine,
      rlieCaveat,
    ],
    sources: [src.seQuarterly, src.lie, src.lfd, src.dofRnieRules2015],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'se-foreign-branch-authorisation',
    slug: 'autorizacion-sociedad-extranjera-actos-comercio',
    level: 'federal',
    authority: 'se',
    phase: 'constitution',
    title: {
      es: 'Autorización para que una sociedad extranjera realice habitualmente actos de comercio en México (sucursal)',
      en: 'Authorisation for a foreign company to trade habitually in Mexico (branch)',
    },
    summary: {
      es: 'Una persona moral extranjera necesita autorización de la Secretaría de Economía (SE) para realizar habitualmente actos de comercio en México, por ejemplo con una sucursal. La SE resuelve en 15 días hábiles; si no contesta, la autorización se entiende otorgada. Después, la sucursal protocoliza sus documentos ante notario y se inscribe en el Registro Público de Comercio y en el RNIE.',
      en: 'A foreign legal entity needs authorisation from the Ministry of Economy (SE) to trade habitually in Mexico, for example through a branch. SE decides within 15 business days; if it does not answer, the authorisation is deemed granted. The branch then formalises its documents before a notary and registers in the Public Registry of Commerce and the RNIE.',
    },
    whoNeedsIt: {
      es: 'Las empresas extranjeras que quieran operar en México con una sucursal o agencia, en lugar de constituir una sociedad mexicana.',
      en: 'Foreign companies that want to operate in Mexico through a branch or agency instead of incorporating a Mexican company.',
    },
    appliesWhen: { fact: 'entry', op: 'eq', value: 'branch' },
    outputs: [
      {
        es: 'Autorización de la SE para realizar habitualmente actos de comercio en México',
        en: 'SE authorisation to trade habitually in Mexico',
      },
    ],
    prerequisites: [],
    legalBasis: [
      { law: 'lie', article: '17' },
      { law: 'lie', article: '17-A' },
      { law: 'lie', article: '38 fr. II' },
    ],
    steps: [
      {
        title: { es: 'Reunir los documentos de la sociedad extranjera', en: "Gather the foreign company's documents" },
        channel: { kind: 'notary', note: { es: 'Se preparan en el país de origen.', en: 'Prepared in the home country.' } },
        requirements: [
          {
            name: {
              es: 'Prueba de que la sociedad está constituida conforme a las leyes de su país',
              en: 'Proof that the company is validly incorporated under the laws of its country',
            },
            legalBasis: [{ law: 'lie', article: '17-A' }],
          },
          {
            name: {
              es: 'Acta constitutiva y estatutos, que no deben ser contrarios al orden público mexicano',
              en: 'Articles of incorporation and by-laws, which must not be contrary to Mexican public order',
            },
            legalBasis: [{ law: 'lie', article: '17-A' }],
          },
          {
            name: {
              es: 'Prueba de que tendrá una sucursal o agencia en México (o un representante, en los casos del art. 17 fr. II)',
              en: 'Proof that it will have a branch or agency in Mexico (or a representative, in the cases of Art. 17 fr. II)',
            },
            legalBasis: [{ law: 'lie', article: '17-A' }],
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Apostilla y traducción de documentos extranjeros, si se requieren', en: 'Apostille and translation of foreign documents, where needed' },
            formula: {
              es: 'Si los documentos necesitan apostilla y traducción, su costo lo fijan las autoridades del país de origen y el perito traductor; en este paso no se paga ningún derecho federal mexicano (la Ley Federal de Derechos cobra la autorización en el paso siguiente, art. 72 fr. V). Nuestras fuentes no confirman qué documentos deben apostillarse.',
              en: 'If the documents need an apostille and a translation, their cost is set by the authorities of the home country and by the sworn translator; no Mexican federal fee is paid at this step (the Federal Duties Law charges for the authorisation at the next step, Art. 72 fr. V). Our sources do not confirm which documents must be apostilled.',
            },
            minMXN: null,
            maxMXN: null,
          },
        ],
        // Same shape as the partners' documents of incorporation-deed: no Mexican authority decides here.
        timeframe: nothingToWait(
          'Ninguna autoridad mexicana interviene: el tiempo depende de la sociedad extranjera (por ejemplo, de obtener apostillas y traducciones en su país). Ninguna ley fija un plazo para reunir los documentos.',
          'No Mexican authority is involved: the time depends on the foreign company (for instance, on obtaining apostilles and translations in its country). No law sets a term for gathering the documents.',
        ),
        legalBasis: [{ law: 'lie', article: '17-A' }],
      },
      {
        title: { es: 'Presentar la solicitud ante la SE', en: 'Apply to SE' },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no indican el canal de presentación; confírmelo con la SE.',
            en: 'Our sources do not state the filing channel; confirm it with SE.',
          },
        },
        requirements: [],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derecho de inversiones extranjeras por la autorización', en: 'Foreign-investment duty for the authorisation' },
            formula: {
              es: 'MXN 2,934.59 por la autorización para que una persona moral extranjera se inscriba en el Registro Público de Comercio o se establezca en México (LFD art. 72 fr. V, cuota 2026).',
              en: 'MXN 2,934.59 for the authorisation for a foreign legal entity to register in the Public Registry of Commerce or to establish itself in Mexico (LFD Art. 72 fr. V, 2026 amount).',
            },
            minMXN: 2934.59,
            maxMXN: 2934.59,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '72 fr. V' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 15, unit: 'business-days' },
          legalDeadline: { days: 15, unit: 'business-days' },
          tacitApproval: 'positive',
          legalBasis: [{ law: 'lie', article: '17-A' }],
          note: {
            es: 'Si la SE no resuelve en 15 días hábiles, la autorización se entiende otorgada. La SE envía copia a la SRE.',
            en: 'If SE does not decide within 15 business days, the authorisation is deemed granted. SE sends a copy to the Ministry of Foreign Affairs (SRE).',
          },
        },
        legalBasis: [
          { law: 'lie', article: '17' },
          { law: 'lie', article: '17-A' },
        ],
      },
      {
        title: { es: 'Protocolizar los documentos ante notario en México', en: 'Formalise the documents before a notary in Mexico' },
        description: {
          es: 'Desde la protocolización corre el plazo de 40 días hábiles para inscribirse en el RNIE. Después sigue la inscripción en el Registro Público de Comercio.',
          en: 'The 40-business-day period for RNIE registration runs from this formalisation. Registration in the Public Registry of Commerce follows.',
        },
        channel: { kind: 'notary' },
        requirements: [
          { name: { es: 'Autorización de la SE', en: 'SE authorisation' } },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Honorarios notariales', en: 'Notary fees' },
            formula: {
              es: 'Los fija el notario conforme al arancel notarial de su estado; nuestras fuentes no dan montos para este acto.',
              en: "Set by the notary under their state's notarial tariff; our sources give no amounts for this act.",
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'state-notarial-law' }],
          },
        ],
        timeframe: nothingToWait(
          'Ninguna autoridad resuelve: el notario protocoliza los documentos y la autorización. Ninguna ley fija el tiempo para prepararlo; se acuerda con el notario. Desde la protocolización corren los 40 días hábiles para inscribirse en el RNIE (LIE art. 32).',
          'No authority decides: the notary formalises the documents and the authorisation. No law sets the time to prepare it; it is agreed with the notary. The 40 business days for RNIE registration run from the formalisation (LIE Art. 32).',
        ),
        legalBasis: [{ law: 'lie', article: '32' }],
      },
    ],
    caveats: [
      {
        es: `Realizar habitualmente actos de comercio sin autorización se multa con 500 a 1,000 "salarios mínimos" (art. 38 fr. II de la LIE), que se aplican como UMA: ${lieFine(500, 1000, 'II').es}.`,
        en: `Trading habitually without authorisation is fined 500 to 1,000 "minimum wages" (LIE Art. 38 fr. II), applied as UMA: ${lieFine(500, 1000, 'II').en}.`,
      },
      {
        es: 'El canal y el formato de la solicitud no constan en nuestras fuentes; el derecho (MXN 2,934.59 en 2026) lo fija el art. 72 fr. V de la Ley Federal de Derechos.',
        en: 'The channel and form of the application are not in our sources; the fee (MXN 2,934.59 in 2026) is set by Art. 72 fr. V of the Federal Duties Law.',
      },
    ],
    sources: [src.lie, src.lfd, src.ordenJuridico],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'cnie-resolution',
    slug: 'resolucion-favorable-cnie',
    level: 'federal',
    authority: 'cnie',
    phase: 'constitution',
    title: {
      es: 'Resolución favorable de la Comisión Nacional de Inversiones Extranjeras (CNIE)',
      en: 'Favourable resolution of the National Foreign Investment Commission (CNIE)',
    },
    summary: {
      es: 'La CNIE, que preside la Secretaria o el Secretario de Economía, debe aprobar antes ciertas inversiones extranjeras de más del 49 %: en las actividades del art. 8 de la LIE y en la adquisición de sociedades mexicanas con activos por encima del monto del art. 9. Resuelve en un máximo de 45 días hábiles; si no lo hace, la solicitud se entiende aprobada en sus términos.',
      en: 'The CNIE, chaired by the Secretary of Economy, must approve in advance certain foreign investments above 49%: in the activities of LIE Art. 8, and in acquisitions of Mexican companies whose assets exceed the Art. 9 amount. It decides within 45 business days; if it does not, the application is deemed approved as filed.',
    },
    whoNeedsIt: {
      es: 'La necesita: (1) la inversión extranjera de más del 49 % en las actividades del art. 8 de la LIE: servicios portuarios a embarcaciones en navegación interior (remolque, amarre, lanchaje); navieras de tráfico de altura; concesionarios o permisionarios de aeródromos de servicio público; educación privada preescolar, primaria, secundaria, media superior, superior y combinada; servicios legales; y construcción, operación y explotación de vías férreas de comunicación general y servicio público de transporte ferroviario; y (2) la inversión extranjera que vaya a tener, directa o indirectamente, más del 49 % de una sociedad mexicana cuyos activos totales, al presentar la solicitud de adquisición, superen el monto fijado por la CNIE: MXN 26,978,252,017.64 según la 6.ª resolución (DOF 24-06-2024).',
      en: 'It is needed for: (1) foreign investment above 49% in the activities of LIE Art. 8: port services to vessels in inland navigation (towing, mooring, launch services); shipping companies in high-seas (altura) traffic; concession or permit holders of public-service aerodromes; private preschool, primary, secondary, upper-secondary, higher and combined education; legal services; and building, operating and exploiting general-communication railways and public rail transport; and (2) foreign investment that will hold, directly or indirectly, more than 49% of a Mexican company whose total assets, when the acquisition application is filed, exceed the amount set by the CNIE: MXN 26,978,252,017.64 under the 6th resolution (DOF 24-06-2024).',
    },
    appliesWhen: {
      any: [
        {
          all: [
            { fact: 'entry', op: 'eq', value: 'acquisition' },
            { fact: 'foreignPct', op: 'gt', value: 49 },
            { fact: 'acquisitionAssetsMXN', op: 'gt', value: ART9_THRESHOLD_MXN },
          ],
        },
        {
          all: [
            { fact: 'foreignPct', op: 'gt', value: 49 },
            {
              scianIn: [
                // Art. 8 fr. I: port services to vessels (inland navigation)
                '488330',
                // fr. II: high-seas shipping
                '483111',
                // fr. III: public-service aerodromes
                '488112',
                // fr. IV: private preschool, primary, secondary, upper-secondary, higher and combined education
                '611111', '611121', '611131', '611141', '611151', '611161', '611171', '611211', '611311',
                // fr. V: legal services
                '541110',
                // fr. XII: public rail transport
                '482110',
              ],
            },
          ],
        },
      ],
    },
    outputs: [
      { es: 'Resolución favorable de la CNIE', en: 'Favourable CNIE resolution' },
    ],
    prerequisites: [],
    legalBasis: [
      { law: 'lie', article: '8' },
      { law: 'lie', article: '9' },
      { law: 'lie', article: '28' },
      { law: 'lie', article: '38 fr. I' },
      { law: 'rlie', unverified: true },
    ],
    steps: [
      {
        title: { es: 'Presentar la solicitud ante la CNIE', en: 'File the application with the CNIE' },
        description: {
          es: 'La CNIE actúa por medio de un Secretario Ejecutivo y un Comité de Representantes. En las adquisiciones, el valor de los activos se mide al presentar la solicitud.',
          en: 'The CNIE works through an Executive Secretary and a Committee of Representatives. For acquisitions, the asset value is measured when the application is filed.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no indican el canal de presentación; confírmelo con la Secretaría de Economía.',
            en: 'Our sources do not state the filing channel; confirm it with the Ministry of Economy.',
          },
        },
        requirements: [
          {
            name: {
              es: 'Solicitud con la información de la inversión y de la sociedad que pide el Reglamento',
              en: 'Application with the information on the investment and the company that the Regulation requires',
            },
            unverified: true,
            legalBasis: [{ law: 'rlie', unverified: true }],
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derecho de inversiones extranjeras', en: 'Foreign-investment duty' },
            formula: {
              es: 'Derecho de inversiones extranjeras (LFD art. 72, cuotas 2026): MXN 10,448.32 por adquirir o suscribir más del 49 % en actividades con regulación específica (fr. I); MXN 2,005.20 por la entrada a nuevos campos de actividad que requieren resolución de la CNIE (fr. IV).',
              en: 'Foreign-investment duty (LFD Art. 72, 2026 amounts): MXN 10,448.32 for acquiring or subscribing more than 49 % in specifically regulated activities (fr. I); MXN 2,005.20 for entering new fields of activity that need a CNIE resolution (fr. IV).',
            },
            minMXN: 2005.2,
            maxMXN: 10448.32,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '72 fr. I y IV' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
          note: {
            es: 'Presente la solicitud antes de hacer la inversión.',
            en: 'File the application before making the investment.',
          },
        },
        legalBasis: [{ law: 'lie', article: '9' }],
      },
      {
        title: { es: 'Recibir la resolución', en: 'Receive the resolution' },
        channel: { kind: 'online-or-in-person' },
        requirements: [],
        costs: [{ kind: 'free', legalBasis: [{ law: 'lfd', article: '72' }], note: { es: 'El derecho del paso anterior cubre la recepción, el estudio y la resolución.', en: 'The previous step’s duty covers reception, study and the resolution.' } }],
        timeframe: {
          waiting: { min: 0, max: 45, unit: 'business-days' },
          legalDeadline: { days: 45, unit: 'business-days' },
          tacitApproval: 'positive',
          legalBasis: [{ law: 'lie', article: '28' }],
          note: {
            es: 'Máximo 45 días hábiles desde la presentación. Si la CNIE no resuelve, la solicitud se entiende aprobada en los términos presentados.',
            en: 'At most 45 business days from filing. If the CNIE does not decide, the application is deemed approved as filed.',
          },
        },
        legalBasis: [{ law: 'lie', article: '28' }],
      },
      {
        title: {
          es: 'Si hubo aprobación tácita, pedir la autorización por escrito a la SE',
          en: 'If approval was tacit, ask SE for the written authorisation',
        },
        description: {
          es: 'Solo si la CNIE no resolvió en plazo: a petición expresa, la SE debe expedir la autorización.',
          en: 'Only if the CNIE did not decide in time: on express request, SE must issue the authorisation.',
        },
        channel: { kind: 'online-or-in-person' },
        requirements: [],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'lfd', article: '72' }],
            note: {
              es: 'El derecho pagado al presentar la solicitud cubre la recepción, el estudio y la expedición de las resoluciones de la CNIE y de las autorizaciones de la SE (art. 72 de la Ley Federal de Derechos, primer párrafo); no hay otra cuota por este documento.',
              en: 'The duty paid on filing covers the reception, study and issue of CNIE resolutions and SE authorisations (Federal Duties Law Art. 72, first paragraph); there is no separate fee for this document.',
            },
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 2, unit: 'business-days' },
          legalDeadline: { days: 2, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [
            { law: 'lie', article: '28' },
            { law: 'lfpa', article: '17' },
          ],
          note: {
            es: 'El art. 28 de la LIE obliga a la SE a expedir la autorización a petición expresa, sin fijar plazo; la LFPA, supletoria (art. 2), manda expedir la constancia de una aprobación tácita dentro de los 2 días hábiles siguientes a la petición (art. 17).',
            en: 'LIE Art. 28 obliges SE to issue the authorisation on express request but sets no term; the LFPA, which applies in the gaps (Art. 2), requires the certificate of a tacit approval to be issued within 2 business days of the request (Art. 17).',
          },
        },
        legalBasis: [
          { law: 'lie', article: '28' },
          { law: 'lfpa', article: '17' },
        ],
      },
    ],
    caveats: [
      {
        es: 'El monto del art. 9 es el de la 6.ª resolución (DOF 24-06-2024). La CNIE no publica uno cada año; no encontramos una 7.ª resolución. Revise el DOF antes de decidir.',
        en: 'The Art. 9 amount is the one in the 6th resolution (DOF 24-06-2024). The CNIE does not publish one every year; we found no 7th resolution. Check the DOF before deciding.',
      },
      {
        es: 'Los códigos SCIAN usados para las actividades del art. 8 son una aproximación: por ejemplo, los servicios portuarios solo requieren la resolución en navegación interior, y las navieras solo en tráfico de altura.',
        en: 'The SCIAN codes used for the Art. 8 activities are an approximation: for example, port services need the resolution only for inland navigation, and shipping companies only for high-seas traffic.',
      },
      {
        es: `Actuar sin la resolución favorable se multa con 1,000 a 5,000 "salarios mínimos" (art. 38 fr. I de la LIE), que se aplican como UMA: ${lieFine(1000, 5000, 'I').es}.`,
        en: `Acting without the favourable resolution is fined 1,000 to 5,000 "minimum wages" (LIE Art. 38 fr. I), applied as UMA: ${lieFine(1000, 5000, 'I').en}.`,
      },
      {
        es: 'Otros casos: las concesiones de radiodifusión con inversión extranjera requieren opinión favorable previa de la CNIE según la Ley en Materia de Telecomunicaciones y Radiodifusión (2025), y la CNIE resuelve sobre la inversión neutra de sociedades financieras internacionales para el desarrollo (art. 22 de la LIE).',
        en: 'Other cases: broadcasting concessions with foreign investment need a prior favourable CNIE opinion under the 2025 Telecommunications and Broadcasting Law, and the CNIE decides on neutral investment by international development finance companies (LIE Art. 22).',
      },
    ],
    sources: [src.lie, src.lfd, src.lfpa, src.dofCnie6, src.lmtr],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'se-neutral-investment',
    slug: 'autorizacion-inversion-neutra',
    level: 'federal',
    authority: 'se',
    phase: 'constitution',
    title: {
      es: 'Autorización de inversión neutra',
      en: 'Neutral-investment authorisation (inversión neutra)',
    },
    summary: {
      es: 'La inversión neutra no cuenta para calcular la participación extranjera en los topes de la LIE. Puede hacerse con series especiales de acciones sin voto o con derechos corporativos limitados (art. 20), o con instrumentos neutros emitidos por instituciones fiduciarias (art. 19), que dan derechos económicos y no dan voto en las asambleas ordinarias. Requiere autorización de la SE (y de la CNBV cuando corresponda), que resuelve en 35 días hábiles; si no contesta, se entiende aprobada.',
      en: 'Neutral investment is not counted when computing foreign participation against the LIE caps. It can take the form of special series of shares with no vote or limited corporate rights (Art. 20), or neutral instruments issued by trust institutions (Art. 19), which give economic rights and no vote at ordinary general meetings. It needs authorisation from SE (and from the banking and securities commission, CNBV, where applicable), which decides within 35 business days; if it does not answer, it is deemed approved.',
    },
    whoNeedsIt: {
      es: 'Es voluntaria. Es la única vía para que capital extranjero participe por encima de los topes: en las actividades reservadas a mexicanos del art. 6 (transporte terrestre nacional de pasajeros, turismo y carga, salvo mensajería y paquetería) o por encima del 49 % en las actividades del art. 7 fr. III (explosivos y armas, periódicos de circulación nacional, pesca, administración portuaria integral, pilotaje portuario, navegación interior y cabotaje, radiodifusión, transporte aéreo nacional, entre otras). También la usan sociedades que quieren emitir acciones sin voto a inversionistas extranjeros.',
      en: 'It is voluntary. It is the only way for foreign capital to take part beyond the caps: in the activities reserved to Mexicans by Art. 6 (domestic land transport of passengers, tourism and freight, except courier and parcel services) or above 49% in the activities of Art. 7 fr. III (explosives and firearms, newspapers for national circulation, fishing, integral port administration, port pilotage, inland navigation and cabotage, broadcasting, domestic air transport, among others). Companies that want to issue non-voting shares to foreign investors also use it.',
    },
    appliesWhen: {
      any: [
        {
          all: [
            { fact: 'foreignPct', op: 'gt', value: 0 },
            // Art. 6 fr. I: domestic land transport of freight, passengers and tourism
            { scianIn: ['484', '485', '4871'] },
          ],
        },
        {
          all: [
            { fact: 'foreignPct', op: 'gt', value: 49 },
            {
              scianIn: [
                // Art. 7 fr. III p) explosives
                '325920',
                // q) newspapers (printed)
                '513112',
                // s) fishing
                '1141',
                // t) integral port administration; u) port pilotage
                '488310', '488330',
                // v) inland navigation and cabotage
                '483112', '483210',
                // x) broadcasting
                '5161',
                // y) domestic air transport
                '481111', '481210',
              ],
            },
          ],
        },
      ],
    },
    outputs: [
      { es: 'Autorización de la SE para la inversión neutra', en: 'SE authorisation of the neutral investment' },
    ],
    prerequisites: [],
    legalBasis: [
      { law: 'lie', article: '6' },
      { law: 'lie', article: '7' },
      { law: 'lie', article: '19' },
      { law: 'lie', article: '20' },
      { law: 'lie', article: '38 fr. III' },
    ],
    steps: [
      {
        title: { es: 'Presentar la solicitud ante la SE', en: 'Apply to SE' },
        description: {
          es: 'Se describe la serie especial de acciones o el fideicomiso de inversión neutra.',
          en: 'The application describes the special share series or the neutral-investment trust.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no indican el canal de presentación; confírmelo con la SE.',
            en: 'Our sources do not state the filing channel; confirm it with SE.',
          },
        },
        requirements: [
          {
            name: {
              es: 'Proyecto de la serie especial de acciones o del fideicomiso de inversión neutra',
              en: 'Draft of the special share series or of the neutral-investment trust',
            },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derecho de inversiones extranjeras', en: 'Foreign-investment duty' },
            formula: {
              es: 'MXN 10,135.33 por la afectación de acciones para emitir instrumentos de inversión neutra o la emisión de series especiales de acciones neutras (LFD art. 72 fr. III, cuota 2026).',
              en: 'MXN 10,135.33 for allocating shares to issue neutral-investment instruments or issuing special series of neutral shares (LFD Art. 72 fr. III, 2026 amount).',
            },
            minMXN: 10135.33,
            maxMXN: 10135.33,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '72 fr. III' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
        },
        legalBasis: [
          { law: 'lie', article: '19' },
          { law: 'lie', article: '20' },
        ],
      },
      {
        title: { es: 'Recibir la resolución', en: 'Receive the resolution' },
        channel: { kind: 'online-or-in-person' },
        requirements: [],
        costs: [
          {
            kind: 'free',
            legalBasis: [{ law: 'lfd', article: '72' }],
            note: {
              es: 'El derecho del paso anterior cubre la recepción, el estudio y la expedición de la autorización (art. 72 de la Ley Federal de Derechos, primer párrafo).',
              en: 'The previous step’s duty covers reception, study and the issue of the authorisation (Federal Duties Law Art. 72, first paragraph).',
            },
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 35, unit: 'business-days' },
          legalDeadline: { days: 35, unit: 'business-days' },
          tacitApproval: 'positive',
          legalBasis: [
            { law: 'lie', article: '19' },
            { law: 'lie', article: '20' },
          ],
          note: {
            es: 'Máximo 35 días hábiles (para los fideicomisos, desde el día siguiente a la presentación). Si no hay respuesta, se entiende aprobada.',
            en: 'At most 35 business days (for trusts, from the day after filing). If there is no answer, it is deemed approved.',
          },
        },
        legalBasis: [
          { law: 'lie', article: '19' },
          { law: 'lie', article: '20' },
        ],
      },
    ],
    caveats: [
      {
        es: 'Los requisitos y el canal no constan en nuestras fuentes; el derecho (MXN 10,135.33 en 2026) lo fija el art. 72 fr. III de la Ley Federal de Derechos.',
        en: 'The requirements and channel are not in our sources; the fee (MXN 10,135.33 in 2026) is set by Art. 72 fr. III of the Federal Duties Law.',
      },
      {
        es: `Incumplir las reglas de inversión neutra se multa con 100 a 300 "salarios mínimos" (art. 38 fr. III de la LIE), que se aplican como UMA: ${lieFine(100, 300, 'III').es}.`,
        en: `Breaching the neutral-investment rules is fined 100 to 300 "minimum wages" (LIE Art. 38 fr. III), applied as UMA: ${lieFine(100, 300, 'III').en}.`,
      },
      {
        es: 'Una sociedad con inversión neutra también debe inscribirse en el RNIE (art. 32 de la LIE). La inversión neutra de sociedades financieras internacionales para el desarrollo la resuelve la CNIE (art. 22). Los códigos SCIAN usados son una aproximación de las actividades de los arts. 6 y 7.',
        en: 'A company with neutral investment must also register in the RNIE (LIE Art. 32). Neutral investment by international development finance companies is decided by the CNIE (Art. 22). The SCIAN codes used are an approximation of the activities in Arts. 6 and 7.',
      },
    ],
    sources: [src.lie, src.lfd],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sre-restricted-zone-trust',
    slug: 'permiso-sre-fideicomiso-zona-restringida',
    level: 'federal',
    authority: 'sre',
    phase: 'construction',
    title: {
      es: 'Permiso de la SRE para un fideicomiso sobre inmuebles en la zona restringida',
      en: 'SRE permit for a bank trust (fideicomiso) over real estate in the restricted zone',
    },
    summary: {
      es: 'La zona restringida es la franja de 100 km a lo largo de las fronteras y de 50 km a lo largo de las costas. Los extranjeros solo pueden adquirir ahí derechos sobre inmuebles residenciales por medio de un fideicomiso bancario, con permiso de la Secretaría de Relaciones Exteriores (SRE). La SRE resuelve en 5 días hábiles (unidad central) o 30 (delegaciones); si no contesta, se entiende otorgado. El fideicomiso dura hasta 50 años, renovables.',
      en: 'The restricted zone is the strip 100 km along the borders and 50 km along the coasts. Foreigners may acquire rights over residential property there only through a bank trust, with a permit from the Ministry of Foreign Affairs (Secretaría de Relaciones Exteriores, SRE). SRE decides within 5 business days (central unit) or 30 (state offices); if it does not answer, the permit is deemed granted. The trust lasts up to 50 years, renewable.',
    },
    whoNeedsIt: {
      es: 'Los extranjeros, incluidas las empresas extranjeras con sucursal en México, que quieran usar y aprovechar inmuebles residenciales en la zona restringida. Los extranjeros con residencia permanente también, porque para estos efectos no cuentan como inversionistas mexicanos (art. 3 de la LIE). Una sociedad mexicana con cláusula de admisión de extranjeros que compra un inmueble no residencial solo da aviso a la SRE (vea ese trámite).',
      en: "Foreigners, including foreign companies with a branch in Mexico, that want to use and benefit from residential property in the restricted zone. Foreign permanent residents too, since for this purpose they do not count as Mexican investors (LIE Art. 3). A Mexican company with a foreigners' admission clause that buys non-residential property only files a notice with SRE (see that procedure).",
    },
    appliesWhen: {
      all: [
        { fact: 'restrictedZone', op: 'eq', value: true },
        RNIE_SUBJECT,
      ],
    },
    outputs: [
      { es: 'Permiso de la SRE para constituir el fideicomiso', en: 'SRE permit to set up the trust' },
      { es: 'Fideicomiso sobre el inmueble, por hasta 50 años renovables', en: 'Trust over the property, for up to 50 years, renewable' },
    ],
    prerequisites: [],
    legalBasis: [
      { law: 'lie', article: '2' },
      { law: 'lie', article: '11' },
      { law: 'lie', article: '13' },
      { law: 'lie', article: '14' },
    ],
    steps: [
      {
        title: { es: 'Solicitar el permiso a la SRE', en: 'Apply to SRE for the permit' },
        description: {
          es: 'El permiso es para que la institución de crédito que actuará como fiduciaria adquiera el inmueble en fideicomiso.',
          en: 'The permit allows the credit institution acting as trustee (fiduciaria) to acquire the property in trust.',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'La ficha oficial SRE-02-005 indica que se tramita por medios electrónicos; la LIE (art. 14) prevé también presentarla en la unidad central de la SRE o en sus delegaciones.',
            en: 'The official sheet SRE-02-005 says it is filed electronically; the LIE (Art. 14) also provides for filing at the SRE central unit or its state offices.',
          },
        },
        office: 'sre-offices',
        requirements: [
          {
            name: { es: 'Solicitud de permiso e información del inmueble', en: 'Permit application and property details' },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'fixed',
            concept: { es: 'Derecho por el examen de la solicitud de permiso', en: 'Fee for examining the permit application' },
            amountMXN: 596.29,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '25 fr. III' }],
          },
          {
            kind: 'variable',
            concept: { es: 'Derechos del permiso', en: 'Permit fees' },
            formula: {
              es: 'MXN 21,648.83 por el permiso para constituir el fideicomiso (LFD art. 25 fr. V inciso a, cuota 2026); MXN 9,740.31 por modificarlo (inciso b).',
              en: 'MXN 21,648.83 for the permit to set up the trust (LFD Art. 25 fr. V (a), 2026 amount); MXN 9,740.31 to amend it ((b)).',
            },
            minMXN: 21648.83,
            maxMXN: 21648.83,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '25 fr. V' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 30, unit: 'business-days' },
          legalDeadline: { days: 30, unit: 'business-days' },
          tacitApproval: 'positive',
          legalBasis: [{ law: 'lie', article: '14' }],
          note: {
            es: '5 días hábiles si se presenta en la unidad central de la SRE; 30 días hábiles en una delegación. Si no hay respuesta, el permiso se entiende otorgado.',
            en: '5 business days if filed at the SRE central unit; 30 business days at a state office. If there is no answer, the permit is deemed granted.',
          },
        },
        legalBasis: [
          { law: 'lie', article: '11' },
          { law: 'lie', article: '14' },
        ],
      },
      {
        title: { es: 'Firmar el fideicomiso ante notario', en: 'Sign the trust before a notary' },
        description: {
          es: 'El fideicomiso dura hasta 50 años y puede renovarse a solicitud del interesado.',
          en: 'The trust lasts up to 50 years and can be renewed on request.',
        },
        channel: { kind: 'notary' },
        requirements: [
          { name: { es: 'Permiso de la SRE', en: 'SRE permit' } },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Honorarios notariales y del fiduciario', en: 'Notary and trustee fees' },
            formula: {
              es: 'Los del notario, conforme al arancel notarial de su estado; los del banco fiduciario, según el contrato de fideicomiso. No son derechos federales; nuestras fuentes no dan montos.',
              en: 'The notary’s, under the state’s notarial tariff; the trustee bank’s, under the trust contract. They are not federal fees; our sources give no amounts.',
            },
            minMXN: null,
            maxMXN: null,
            legalBasis: [{ law: 'state-notarial-law' }],
          },
        ],
        timeframe: nothingToWait(
          'Ninguna autoridad resuelve: el banco fiduciario y el interesado firman el fideicomiso ante notario con el permiso de la SRE. Ninguna ley fija el tiempo para prepararlo; se acuerda con el notario y el fiduciario. La SRE puede verificar después que se cumplen las condiciones del permiso (LIE art. 13).',
          'No authority decides: the trustee bank and the applicant sign the trust before a notary with the SRE permit. No law sets the time to prepare it; it is agreed with the notary and the trustee. SRE may later check that the permit’s conditions are met (LIE Art. 13).',
        ),
        legalBasis: [{ law: 'lie', article: '13' }],
      },
    ],
    caveats: [
      {
        es: 'Los requisitos del permiso no constan en nuestras fuentes; sus derechos los fija el art. 25 fr. III y V de la Ley Federal de Derechos. La ficha oficial SRE-02-005 da 5 días hábiles y afirmativa ficta (art. 14 de la LIE), trámite por medios electrónicos y, como costo, solo el derecho del permiso (fr. V inciso a, MXN 20,860 a cuotas de 2024); no menciona el derecho por el examen de la solicitud (fr. III), que la ley también fija.',
        en: 'The permit’s requirements are not in our sources; its fees are set by Art. 25 fr. III and V of the Federal Duties Law. The official sheet SRE-02-005 gives 5 business days and positive tacit approval (LIE Art. 14), electronic filing and, as cost, only the permit fee (fr. V (a), MXN 20,860 at 2024 amounts); it does not mention the fee for examining the application (fr. III), which the law also sets.',
      },
      {
        es: 'La compra de inmuebles fuera de la zona restringida por extranjeros requiere otro permiso de la SRE (art. 10-A de la LIE) que no se describe aquí.',
        en: 'Purchases of property outside the restricted zone by foreigners need a different SRE permit (LIE Art. 10-A), not described here.',
      },
    ],
    sources: [src.sreTrustFicha, src.lie, src.lfd, src.ordenJuridico],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'sre-restricted-zone-notice',
    slug: 'aviso-sre-inmueble-no-residencial-zona-restringida',
    level: 'federal',
    authority: 'sre',
    phase: 'construction',
    title: {
      es: 'Aviso a la SRE por la adquisición de inmuebles no residenciales en la zona restringida',
      en: 'Notice to the SRE of a non-residential property acquisition in the restricted zone',
    },
    summary: {
      es: 'Una sociedad mexicana con cláusula de admisión de extranjeros puede adquirir directamente inmuebles para fines no residenciales (por ejemplo, una planta) en la zona restringida, pero debe avisarlo a la Secretaría de Relaciones Exteriores (SRE) dentro de los 60 días hábiles siguientes a la adquisición.',
      en: "A Mexican company with a foreigners' admission clause may acquire property directly for non-residential purposes (for example, a plant) in the restricted zone, but must notify the Ministry of Foreign Affairs (SRE) within 60 business days of the acquisition.",
    },
    whoNeedsIt: {
      es: 'Las sociedades mexicanas con cláusula de admisión de extranjeros que adquieran inmuebles no residenciales en la zona restringida (100 km de las fronteras, 50 km de las costas).',
      en: "Mexican companies with a foreigners' admission clause that acquire non-residential property in the restricted zone (100 km from the borders, 50 km from the coasts).",
    },
    appliesWhen: {
      all: [
        { fact: 'restrictedZone', op: 'eq', value: true },
        { fact: 'foreignPct', op: 'gt', value: 0 },
        { fact: 'entry', op: 'ne', value: 'branch' },
      ],
    },
    outputs: [{ es: 'Acuse del aviso presentado a la SRE', en: 'Acknowledgement of the notice filed with SRE' }],
    prerequisites: [],
    legalBasis: [
      { law: 'lie', article: '2' },
      { law: 'lie', article: '10 fr. I' },
    ],
    steps: [
      {
        title: {
          es: 'Presentar el aviso dentro de los 60 días hábiles siguientes a la adquisición',
          en: 'File the notice within 60 business days of the acquisition',
        },
        channel: {
          kind: 'online-or-in-person',
          note: {
            es: 'Nuestras fuentes no detallan el canal; confírmelo con la SRE.',
            en: 'Our sources do not detail the channel; confirm it with SRE.',
          },
        },
        office: 'sre-offices',
        requirements: [
          {
            name: { es: 'Escritura de adquisición del inmueble', en: 'Property acquisition deed' },
            unverified: true,
          },
        ],
        costs: [
          {
            kind: 'variable',
            concept: { es: 'Derecho por la presentación del aviso', en: 'Fee for filing the notice' },
            formula: {
              es: 'MXN 1,473.64 por cada aviso de adquisición de inmuebles para fines no residenciales (LFD art. 25 fr. X, cuota 2026); MXN 11,329.03 si se presenta tarde (fr. XI inciso d).',
              en: 'MXN 1,473.64 per notice of acquisition of real estate for non-residential purposes (LFD Art. 25 fr. X, 2026 amount); MXN 11,329.03 if filed late (fr. XI (d)).',
            },
            minMXN: 1473.64,
            maxMXN: 11329.03,
            year: 2026,
            legalBasis: [{ law: 'lfd', article: '25 fr. X y XI' }],
          },
        ],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          legalDeadline: { days: 60, unit: 'business-days' },
          tacitApproval: 'none',
          legalBasis: [{ law: 'lie', article: '10 fr. I' }],
          note: {
            es: 'El plazo es para usted: 60 días hábiles después de la adquisición. Es un aviso, no una solicitud: el art. 10 fr. I de la LIE solo exige darlo, y la SRE no emite resolución que haya que esperar (puede verificar después la presentación y veracidad de los avisos, art. 13).',
            en: 'The deadline is yours: 60 business days after the acquisition. It is a notice, not an application: LIE Art. 10 fr. I only requires it to be given, and SRE issues no decision to wait for (it may later check that notices were filed and are truthful, Art. 13).',
          },
        },
        legalBasis: [{ law: 'lie', article: '10 fr. I' }],
      },
    ],
    caveats: [
      {
        es: 'Si una sociedad cambia su cláusula de exclusión de extranjeros por una de admisión, debe avisarlo a la SRE dentro de 30 días hábiles (art. 16 de la LIE).',
        en: "If a company replaces its foreigners' exclusion clause with an admission clause, it must notify SRE within 30 business days (LIE Art. 16).",
      },
      {
        es: 'Para inmuebles residenciales se necesita en cambio un fideicomiso con permiso de la SRE.',
        en: 'For residential property a trust with an SRE permit is needed instead.',
      },
    ],
    sources: [src.lie, src.lfd, src.ordenJuridico],
    verifiedOn: '2026-12-04',
  },
  {
    id: 'se-rupi-registration',
    slug: 'inscripcion-registro-unico-proyectos-inversion',
    level: 'federal',
    authority: 'se',
    phase: 'constitution',
    title: {
      es: 'Inscripción en el Registro Único de Proyectos de Inversión (RUPI)',
      en: 'Registration in the Single Registry of Investment Projects (RUPI)',
    },
    summary: {
      es: 'Registro voluntario, gratuito y electrónico de la Secretaría de Economía para proyectos de USD 100 millones o más. Da una constancia con clave única y acompañamiento de la SE de 1 a 5 años (prorrogable una vez): lista de acciones requeridas, plan de trabajo y seguimiento de los trámites federales. No acorta requisitos ni plazos legales ni garantiza aprobaciones.',
      en: "Voluntary, free, electronic registry of the Ministry of Economy for projects of USD 100 million or more. It gives a certificate with a unique key and SE accompaniment for 1 to 5 years (extendable once): a list of required actions, a work plan and follow-up of federal filings. It does not shorten requirements or legal deadlines and does not guarantee approval.",
    },
    whoNeedsIt: {
      es: 'Voluntario, para proyectos de inversión de USD 100,000,000 o más (o su equivalente en pesos; la SE puede cambiar el umbral) que quieran el acompañamiento de la SE. El proyecto debe inscribirse antes de solicitar sus autorizaciones. No aplica a proyectos financieros, bancarios, de crédito, ahorro o tecnología financiera.',
      en: 'Voluntary, for investment projects of USD 100,000,000 or more (or the peso equivalent; SE may change the threshold) that want SE accompaniment. The project must be registered before it applies for its approvals. It does not cover financial, banking, credit, savings or fintech projects.',
    },
    appliesWhen: { fact: 'projectUSD', op: 'gte', value: 100000000 },
    outputs: [
      {
        es: 'Constancia electrónica de inscripción con clave única de registro',
        en: 'Electronic registration certificate with a unique registration key',
      },
      {
        es: 'Lista de acciones requeridas (generales y por sector), plan de trabajo y seguimiento de 1 a 5 años',
        en: 'List of required actions (general and by sector), work plan and 1–5 years of follow-up',
      },
    ],
    prerequisites: [],
    legalBasis: [{ law: 'decreto-vui' }, { law: 'acuerdo-rupi' }],
    steps: [
      {
        title: { es: 'Crear la cuenta del inversionista', en: 'Create the investor account' },
        description: {
          es: 'En el sistema de la Ventanilla Única para Inversionistas (VUI), con RFC, nombre, nacionalidad, domicilio, teléfono, correo electrónico y e.firma. Se pueden designar representantes legales.',
          en: 'In the Investors’ Single Window (VUI) system, with RFC, name, nationality, address, telephone, e-mail and e.firma. Legal representatives may be appointed.',
        },
        channel: { kind: 'online' },
        requirements: [
          { name: { es: 'RFC', en: 'RFC (tax ID)' } },
          { name: { es: 'e.firma', en: 'e.firma' } },
          {
            name: {
              es: 'Nombre, nacionalidad, domicilio, teléfono y correo electrónico',
              en: 'Name, nationality, address, telephone and e-mail',
            },
          },
        ],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
        },
        legalBasis: [{ law: 'acuerdo-rupi' }],
      },
      {
        title: { es: 'Registrar el proyecto', en: 'Register the project' },
        description: {
          es: 'Cada proyecto se registra por separado, antes de solicitar sus autorizaciones.',
          en: 'Each project is registered separately, before it applies for its approvals.',
        },
        channel: { kind: 'online' },
        requirements: [
          {
            name: { es: 'Información del proyecto de inversión', en: 'Information on the investment project' },
            unverified: true,
          },
        ],
        costs: [{ kind: 'free' }],
        timeframe: {
          waiting: { min: 0, max: 0, unit: 'business-days' },
          tacitApproval: 'none',
        },
        legalBasis: [{ law: 'acuerdo-rupi' }],
      },
      {
        title: { es: 'Revisión de la SE y constancia', en: 'SE review and certificate' },
        description: {
          es: 'La SE revisa que el proyecto sea congruente con el Plan Nacional de Desarrollo y la política industrial federal, y que la información esté completa; después emite la constancia electrónica.',
          en: 'SE checks that the project fits the National Development Plan and federal industrial policy, and that the information is complete; it then issues the electronic certificate.',
        },
        channel: { kind: 'online' },
        requirements: [],
        costs: [{ kind: 'free' }],
        // The RUPI rests on a decree and an SE agreement, not on a law with its own term: LFPA art. 17 (SE is
        // centralised federal administration, and an investment registry is none of the matters art. 1 excludes).
        timeframe: lfpaPetition(
          'Ninguna ley fija el plazo de esta revisión. No leímos el texto de las Disposiciones del RUPI (DOF 30-09-2024), que podrían fijar uno más corto.',
          'No law sets the term of this review. We did not read the text of the RUPI Provisions (DOF 30-09-2024), which may set a shorter one.',
        ),
        legalBasis: [{ law: 'acuerdo-rupi' }, { law: 'lfpa', article: '17' }],
      },
    ],
    caveats: [
      {
        es: 'El RUPI se creó por decreto (DOF 26-07-2023) y sus disposiciones se publicaron el 30-09-2024. En 2025 la Agencia de Transformación Digital presentó una nueva Ventanilla Digital Nacional de Inversiones; confirme con la SE dónde se hace hoy la inscripción.',
        en: 'The RUPI was created by decree (DOF 26-07-2023) and its rules were published on 30-09-2024. In 2025 the Digital Transformation Agency launched a new National Digital Investment Window; confirm with SE where registration is done today.',
      },
      {
        es: 'El registro no es público: su contenido es información clasificada.',
        en: 'The registry is not public: its contents are classified information.',
      },
      {
        es: 'Por confirmar: el umbral de USD 100 millones, los datos que se piden, la revisión de congruencia, el acompañamiento de 1 a 5 años y la reserva del registro vienen de resúmenes de terceros de las Disposiciones de DOF 30-09-2024, cuyo texto no leímos; confírmelos en el DOF.',
        en: 'To be confirmed: the USD 100 million threshold, the data requested, the consistency review, the 1–5 years of accompaniment and the confidentiality of the registry come from third-party summaries of the Provisions of DOF 30-09-2024, whose text we did not read; confirm them in the DOF.',
      },
    ],
    sources: [src.dofVui, src.dofRupi],
    verifiedOn: '2026-12-04',
  },
];
