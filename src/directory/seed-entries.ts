/**
 * Directory entries shipped with the code. Only organisations documented by an official source
 * (the DOF through SIDOF, gob.mx sites), each with that source; what the source does not state is
 * left out rather than guessed (no sectors where the source names none, no contact). What was left
 * out for lack of an official source is listed in docs/decisions/026.
 */
import type { DirectoryEntryInput } from './schema.ts';

// The day the sources were read for this seed (through the project's stored copies of the pages).
const verified = { status: 'verified', verifiedOn: '2026-12-04' } as const;

export const directorySeed: DirectoryEntryInput[] = [
  {
    id: 'podecobi-nezahualcoyotl',
    type: 'industrial-park',
    name: 'Polo de Desarrollo Económico para el Bienestar Nezahualcóyotl',
    description: {
      es: 'Polo de Desarrollo Económico para el Bienestar declarado por la Secretaría de Economía mediante acuerdo publicado en el Diario Oficial de la Federación.',
      en: 'Economic Development Pole for Well-being declared by the Ministry of Economy by an agreement published in the Official Gazette (DOF).',
    },
    state: '15',
    municipality: 'Nezahualcóyotl',
    sources: [{ title: 'DOF (SIDOF): Acuerdo por el que se emite la Declaratoria del Polo de Desarrollo Económico para el Bienestar Nezahualcóyotl, Estado de México', url: 'https://sidof.segob.gob.mx/notas/docFuente/5764903' }],
    verification: verified,
  },
  {
    id: 'podecobi-hermosillo',
    type: 'industrial-park',
    name: 'Polo de Desarrollo Económico para el Bienestar e Innovación Hermosillo',
    description: {
      es: 'Polo de 546.45 hectáreas en Hermosillo, Sonora, a 650 m de la carretera Hermosillo–Guaymas, con acceso ferroviario a 2 km y a 17 km del Aeropuerto Internacional General Ignacio Pesqueira, según la ficha del proyecto en Proyectos México.',
      en: 'A 546.45-hectare pole in Hermosillo, Sonora, 650 m from the Hermosillo–Guaymas road, with rail access 2 km away and 17 km from General Ignacio Pesqueira International Airport, according to the project sheet on Proyectos México.',
    },
    state: '26',
    municipality: 'Hermosillo',
    capabilities: ['industrial-land', 'rail-access'],
    sources: [{ title: 'Proyectos México (Gobierno de México): 1021 PODECOBI Hermosillo, Sonora', url: 'https://www.proyectosmexico.gob.mx/proyecto_inversion/1021-podecobi-hermosillo-sonora' }],
    verification: verified,
  },
  {
    id: 'podecobi-futura-capital-tecnologia-sostenibilidad',
    type: 'industrial-park',
    name: 'Polo de Desarrollo Económico para el Bienestar Futura Capital de la Tecnología y la Sostenibilidad',
    description: {
      es: 'Polo de 275.2 hectáreas en la región centro-oriente del estado de Puebla, cerca de la autopista Amozoc–Perote y del Arco Norte, según la ficha del proyecto en Proyectos México.',
      en: 'A 275.2-hectare pole in the centre-east region of the state of Puebla, near the Amozoc–Perote motorway and the Arco Norte, according to the project sheet on Proyectos México.',
    },
    state: '21',
    capabilities: ['industrial-land'],
    sources: [{ title: 'Proyectos México (Gobierno de México): 1004 PODECOBI Futura Capital de la Tecnología y la Sostenibilidad, Puebla', url: 'https://www.proyectosmexico.gob.mx/proyecto_inversion/1004-podecobi-futura-capital-de-la-tecnologia-y-la-sostenibilidad-puebla' }],
    verification: verified,
  },
];
