/**
 * Ley de Inversión Extranjera (LIE) arts. 5–9 as data, checked against the
 * official consolidated text (Cámara de Diputados, última reforma DOF 27-05-2024;
 * see shared/reference/ley-inversion-extranjera-verified.md). The law names
 * activities, not SCIAN classes: the SCIAN mapping is ours, and a class only
 * partly covered says so in `partial`.
 */
import type { Localized } from '../catalogue/schema.ts';

export type LieStatus = 'reserved-state' | 'reserved-mexicans' | 'capped' | 'approval-required';

export interface LieRule {
  id: string;
  status: LieStatus;
  /** Highest foreign share allowed without approval (0 for reserved activities). */
  maxForeignPct: number;
  article: string;
  fraction: string;
  /** Date of the DOF decree that gave the provision its current wording. */
  reformedOn: string;
  /** SCIAN 2023 prefixes the provision covers. */
  scian: string[];
  activity: Localized;
  /** When the class is wider than the provision: what part of it the rule covers. */
  partial?: Localized;
  /** The fact (or its mapping) is not verified in our sources. */
  unverified?: boolean;
}

const LAW_TEXT_DATE = '2024-05-27';

export const LIE_RULES: LieRule[] = [
  // Art. 5 — strategic areas reserved to the State.
  { id: 'art5-i', status: 'reserved-state', maxForeignPct: 0, article: '5', fraction: 'I', reformedOn: '2014-08-11', scian: ['2111'],
    activity: { es: 'Exploración y extracción de petróleo y demás hidrocarburos', en: 'Exploration and extraction of oil and other hydrocarbons' },
    partial: { es: 'Los particulares pueden participar solo mediante contratos con las empresas públicas del Estado (CPEUM art. 27, reforma DOF 31-10-2024).', en: 'Private parties may take part only through contracts with the State public enterprises (Constitution art. 27, reform DOF 31-10-2024).' } },
  { id: 'art5-iii', status: 'reserved-state', maxForeignPct: 0, article: '5', fraction: 'III', reformedOn: '2014-08-11', scian: ['221121', '221122'],
    activity: { es: 'Planeación y control del sistema eléctrico nacional; servicio público de transmisión y distribución de energía eléctrica', en: 'Planning and control of the national electric system; public electricity transmission and distribution' } },
  { id: 'art5-iv', status: 'reserved-state', maxForeignPct: 0, article: '5', fraction: 'IV', reformedOn: '1993-12-27', scian: ['221119'],
    activity: { es: 'Generación de energía nuclear', en: 'Nuclear power generation' },
    partial: { es: 'Solo la generación nuclear; las demás fuentes de la clase 221119 no están reservadas.', en: 'Nuclear generation only; the other sources in class 221119 are not reserved.' } },
  { id: 'art5-v', status: 'reserved-state', maxForeignPct: 0, article: '5', fraction: 'V', reformedOn: '1993-12-27', scian: ['212293'],
    activity: { es: 'Minerales radiactivos', en: 'Radioactive minerals' } },
  { id: 'art5-vii-ix', status: 'reserved-state', maxForeignPct: 0, article: '5', fraction: 'VII–IX', reformedOn: '1993-12-27', scian: ['491110'],
    activity: { es: 'Telégrafos, radiotelegrafía y correos', en: 'Telegraphs, radiotelegraphy and post' } },
  { id: 'art5-xi-xii', status: 'reserved-state', maxForeignPct: 0, article: '5', fraction: 'XI–XII', reformedOn: '1993-12-27', scian: ['521110'],
    activity: { es: 'Emisión de billetes y acuñación de moneda', en: 'Issuing banknotes and minting coins' } },
  // Art. 6 — reserved to Mexicans or Mexican companies with a foreigners-exclusion clause.
  { id: 'art6-i', status: 'reserved-mexicans', maxForeignPct: 0, article: '6', fraction: 'I', reformedOn: '1993-12-27', scian: ['484', '485', '4871'],
    activity: { es: 'Transporte terrestre nacional de pasajeros, turismo y carga (no incluye mensajería y paquetería)', en: 'Domestic land transport of passengers, tourism and freight (courier and parcel services excluded)' } },
  { id: 'art6-v', status: 'reserved-mexicans', maxForeignPct: 0, article: '6', fraction: 'V', reformedOn: '1993-12-27', scian: ['522210'],
    activity: { es: 'Instituciones de banca de desarrollo', en: 'Development banking institutions' } },
  // Art. 7 — caps.
  { id: 'art7-iii-p', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso p)', reformedOn: '1996-12-24', scian: ['325920'],
    activity: { es: 'Fabricación y comercialización de explosivos, armas de fuego, cartuchos, municiones y fuegos artificiales', en: 'Making and selling explosives, firearms, cartridges, ammunition and fireworks' },
    partial: { es: 'No incluye la adquisición y utilización de explosivos para actividades industriales y extractivas.', en: 'Buying and using explosives for industrial and extractive work is excluded.' } },
  { id: 'art7-iii-q', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso q)', reformedOn: '1996-12-24', scian: ['513112', '323111'],
    activity: { es: 'Impresión y publicación de periódicos para circulación exclusiva en territorio nacional', en: 'Printing and publishing newspapers circulated only in Mexico' },
    partial: { es: 'En la clase 323111 solo la impresión de periódicos; libros y revistas no tienen límite.', en: 'In class 323111 only newspaper printing; books and magazines have no cap.' } },
  { id: 'art7-iii-q-digital', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso q)', reformedOn: '1996-12-24', scian: ['513111'], unverified: true,
    activity: { es: 'Periódicos en formato electrónico', en: 'Newspapers in electronic format' },
    partial: { es: 'No confirmado si el límite alcanza a los periódicos solo digitales.', en: 'Not confirmed whether the cap reaches digital-only newspapers.' } },
  { id: 'art7-iii-s', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso s)', reformedOn: '1993-12-27', scian: ['1141'],
    activity: { es: 'Pesca en agua dulce, costera y en la zona económica exclusiva, sin incluir acuacultura', en: 'Freshwater, coastal and exclusive-economic-zone fishing, aquaculture excluded' } },
  { id: 'art7-iii-t', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso t)', reformedOn: '1993-12-27', scian: ['488310'],
    activity: { es: 'Administración portuaria integral', en: 'Integral port administration' } },
  { id: 'art7-iii-v', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso v)', reformedOn: '1993-12-27', scian: ['483112', '483210'],
    activity: { es: 'Sociedades navieras en navegación interior y de cabotaje', en: 'Shipping companies in inland navigation and cabotage' },
    partial: { es: 'Excepto cruceros turísticos, dragas y artefactos navales para obra portuaria.', en: 'Tourist cruises, dredges and naval devices for port works are excluded.' } },
  { id: 'art7-iii-x', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso x)', reformedOn: '2017-06-26', scian: ['516110', '516120'],
    activity: { es: 'Radiodifusión (con reciprocidad con el país del inversionista)', en: 'Broadcasting (subject to reciprocity with the investor’s country)' } },
  { id: 'art7-iii-y', status: 'capped', maxForeignPct: 49, article: '7', fraction: 'III, inciso y)', reformedOn: '2017-06-26', scian: ['481111', '481210'],
    activity: { es: 'Transporte aéreo nacional regular y no regular; aerotaxi internacional no regular; transporte aéreo especializado', en: 'Domestic scheduled and non-scheduled air transport; international non-scheduled air taxi; specialised air transport' } },
  // Art. 8 — CNIE approval above 49 %.
  { id: 'art8-i', status: 'approval-required', maxForeignPct: 49, article: '8', fraction: 'I', reformedOn: '1993-12-27', scian: ['488330'],
    activity: { es: 'Servicios portuarios a embarcaciones de navegación interior (remolque, amarre, lanchaje)', en: 'Port services to inland-navigation vessels (towing, mooring, launches)' },
    partial: { es: 'Solo para navegación interior.', en: 'Inland navigation only.' } },
  { id: 'art8-ii', status: 'approval-required', maxForeignPct: 49, article: '8', fraction: 'II', reformedOn: '1993-12-27', scian: ['483111'],
    activity: { es: 'Sociedades navieras dedicadas exclusivamente al tráfico de altura', en: 'Shipping companies exclusively in high-seas traffic' } },
  { id: 'art8-iii', status: 'approval-required', maxForeignPct: 49, article: '8', fraction: 'III', reformedOn: '1996-12-24', scian: ['488112'],
    activity: { es: 'Concesionarios o permisionarios de aeródromos de servicio al público', en: 'Concession or permit holders of public-service aerodromes' } },
  { id: 'art8-iv', status: 'approval-required', maxForeignPct: 49, article: '8', fraction: 'IV', reformedOn: '1993-12-27',
    scian: ['611111', '611121', '611131', '611141', '611151', '611161', '611171', '611181', '611211', '611311'],
    activity: { es: 'Servicios privados de educación preescolar, primaria, secundaria, media superior, superior y combinados', en: 'Private education: preschool, primary, secondary, upper-secondary, higher and combined' } },
  { id: 'art8-v', status: 'approval-required', maxForeignPct: 49, article: '8', fraction: 'V', reformedOn: '1993-12-27', scian: ['541110'],
    activity: { es: 'Servicios legales', en: 'Legal services' } },
  { id: 'art8-xii', status: 'approval-required', maxForeignPct: 49, article: '8', fraction: 'XII', reformedOn: '1996-12-24', scian: ['482110', '488210'],
    activity: { es: 'Construcción, operación y explotación de vías férreas de comunicación general y servicio público de transporte ferroviario', en: 'Building, operating and exploiting general-communication railways and public rail transport' } },
];

/** LIE art. 9: the asset threshold for acquisitions above 49 % (6th CNIE resolution). */
export const ART9_THRESHOLD = {
  amountMXN: 26_978_252_017.64,
  resolution: { es: 'Sexta Resolución General de la CNIE', en: 'Sixth General Resolution of the CNIE' },
  publishedOn: '2024-06-24',
  /** No 7th resolution was found in 2025–26; it may exist. */
  newerResolutionUnverified: true,
};

export const LIE_TEXT = { lastReformOn: LAW_TEXT_DATE, publishedOn: '1993-12-27' };
