/**
 * Seeded opportunities: only what an official page we could read confirms (issue 14, part 3).
 * Verified on 2026-12-04 against the pages listed in `sources`. Left out for lack of an official
 * source we could read (see docs/decisions/027): the 2023 decree for the Isthmus poles (DOF
 * 2023-06-05 by secondary reports), the CIIT's declarations of each Isthmus pole, the 2023 decree
 * for key export sectors, the 2025 "Plan México" decree, the 2024 Yucatán poles decree, the list
 * of 2025 poles, and every state programme. Editors add them through drafts once sourced.
 */
import type { OpportunityInput } from './schema.ts';

const VERIFIED = '2026-12-04';

export const opportunities: OpportunityInput[] = [
  {
    id: 'corredor-interoceanico-istmo-tehuantepec',
    type: 'corridor',
    title: {
      es: 'Corredor Interoceánico del Istmo de Tehuantepec (CIIT)',
      en: 'Interoceanic Corridor of the Isthmus of Tehuantepec (CIIT)',
    },
    summary: {
      es: 'Programa regional del Gobierno de México para el Istmo de Tehuantepec, en Oaxaca y Veracruz, a cargo del Corredor Interoceánico del Istmo de Tehuantepec: fortalecer la infraestructura social y productiva de la región e impulsar un nuevo modelo de crecimiento económico en beneficio de su población.',
      en: 'The Government of Mexico’s regional programme for the Isthmus of Tehuantepec, in Oaxaca and Veracruz, run by the Interoceanic Corridor of the Isthmus of Tehuantepec: strengthen the region’s social and productive infrastructure and drive a new model of economic growth for the benefit of its people.',
    },
    instrument: {
      name: 'Programa para el Desarrollo del Istmo de Tehuantepec 2020-2024',
      dofDate: '2020-08-04',
      url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5597712&fecha=04/08/2020',
    },
    whoQualifies: {
      es: 'No es un estímulo por sí mismo: es la región y su programa de desarrollo. Quien invierta en el Istmo debe revisar los estímulos en vigor que correspondan a su ubicación y actividad, y sus reglas.',
      en: 'Not an incentive in itself: it is the region and its development programme. Anyone investing in the Isthmus should check the incentives in force for their location and activity, and their rules.',
    },
    gives: {
      es: 'Objetivos prioritarios del programa publicado: infraestructura social y productiva en el Istmo; un nuevo modelo de crecimiento económico; atención a la población en pobreza extrema; biodiversidad y calidad del agua, el suelo y el aire; y la protección de la diversidad lingüística y cultural de los pueblos indígenas y afromexicanos de la región.',
      en: 'Priority objectives of the published programme: social and productive infrastructure in the Isthmus; a new model of economic growth; attention to people in extreme poverty; biodiversity and the quality of water, soil and air; and the protection of the linguistic and cultural diversity of the region’s Indigenous and Afro-Mexican peoples.',
    },
    deadlines: {
      validity: {
        es: 'El programa publicado abarca 2020-2024; el instrumento que lo continúa después de 2024 está por confirmar.',
        en: 'The published programme covers 2020–2024; the instrument that continues it after 2024 is to be confirmed.',
      },
      unverified: true,
    },
    states: ['20', '30'],
    rule: {
      states: ['20', '30'],
      text: {
        es: 'Su proyecto está en Oaxaca o Veracruz, los estados del Istmo de Tehuantepec. Confirme que el municipio está en la región del programa.',
        en: 'Your project is in Oaxaca or Veracruz, the states of the Isthmus of Tehuantepec. Check that the municipality is in the programme’s region.',
      },
    },
    caveats: [
      {
        es: 'Los municipios que forman la región del Istmo y los Polos de Desarrollo para el Bienestar declarados en ella están por confirmar con las publicaciones oficiales; no los listamos hasta verificarlos.',
        en: 'The municipalities of the Isthmus region and the Development Poles for Well-being declared in it are to be confirmed against the official publications; we do not list them until verified.',
      },
    ],
    sources: [
      { title: 'DOF 04/08/2020 — Programa para el Desarrollo del Istmo de Tehuantepec 2020-2024', url: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5597712&fecha=04/08/2020' },
      { title: 'SIDOF — Programa para el Desarrollo del Istmo de Tehuantepec 2020-2024 (documento fuente)', url: 'https://sidof.segob.gob.mx/notas/docFuente/5597712' },
    ],
    verifiedOn: VERIFIED,
  },
  {
    id: 'estimulos-polos-desarrollo-economico-bienestar',
    type: 'federal-incentive',
    title: {
      es: 'Estímulos fiscales en los Polos de Desarrollo Económico para el Bienestar',
      en: 'Tax incentives in the Economic Development Poles for Well-being',
    },
    summary: {
      es: 'Decreto presidencial, dentro de la estrategia “Plan México” (presentada el 13 de enero de 2025), que otorga estímulos fiscales para promover la inversión privada y la relocalización de empresas en los Polos de Desarrollo Económico para el Bienestar.',
      en: 'Presidential decree, under the “Plan México” strategy (presented on 13 January 2025), that grants tax incentives to promote private investment and the relocation of companies into the Economic Development Poles for Well-being.',
    },
    instrument: {
      name: 'Decreto por el que se otorgan estímulos fiscales en los Polos de Desarrollo Económico para el Bienestar',
      url: 'https://sidof.segob.gob.mx/notas/docFuente/5758077',
    },
    whoQualifies: {
      es: 'Contribuyentes que realicen actividades económicas productivas dentro de un Polo de Desarrollo Económico para el Bienestar. Los requisitos exactos (régimen fiscal, fecha de inicio de operaciones, constancias y avisos) están por confirmar con el texto del decreto.',
      en: 'Taxpayers carrying on productive economic activities inside an Economic Development Pole for Well-being. The exact requirements (tax regime, start date of operations, certificates and notices) are to be confirmed against the decree’s text.',
    },
    gives: {
      es: 'Estímulos fiscales, como dice el título del decreto. Los impuestos a los que se aplican, sus porcentajes y plazos están por confirmar con el texto oficial; no los publicamos hasta verificarlos.',
      en: 'Tax incentives, as the decree’s title says. The taxes they apply to, their percentages and periods are to be confirmed against the official text; we do not publish them until verified.',
    },
    deadlines: { unverified: true },
    procedures: ['sat-rfc-company'],
    rule: {
      investment: ['new-company', 'branch'],
      text: {
        es: 'Su proyecto es una inversión nueva (empresa nueva o sucursal), no la compra de una empresa existente. Además, la planta debe estar dentro de un polo declarado: confírmelo antes de contar con el estímulo.',
        en: 'Your project is a new investment (a new company or a branch), not the purchase of an existing company. The plant must also be inside a declared pole: confirm it before counting on the incentive.',
      },
    },
    caveats: [
      {
        es: 'La fecha de publicación en el DOF, los polos declarados y sus estados están por confirmar con las publicaciones oficiales.',
        en: 'The DOF publication date, the declared poles and their states are to be confirmed against the official publications.',
      },
    ],
    sources: [{ title: 'SIDOF — Decreto por el que se otorgan estímulos fiscales en los Polos de Desarrollo Económico para el Bienestar', url: 'https://sidof.segob.gob.mx/notas/docFuente/5758077' }],
    verifiedOn: VERIFIED,
  },
];
