/**
 * Authorities met only in the sectoral procedures and not yet in authorities.ts (kept apart
 * so two editors do not collide on one file; combined in index.ts).
 */
import type { z } from 'zod';
import type { Authority } from '../schema.ts';

export const sectoralAuthorities: z.input<typeof Authority>[] = [
  {
    id: 'cenace',
    acronym: 'CENACE',
    name: { es: 'Centro Nacional de Control de Energía', en: 'National Energy Control Centre (CENACE)' },
    level: 'federal',
    parent: 'sener',
    description: {
      es: 'Opera el sistema eléctrico nacional; define la infraestructura que requiere cada interconexión y ordena a la transportista o distribuidora firmar el contrato de interconexión (Ley del Sector Eléctrico, arts. 48 y 49).',
      en: 'Operates the national electric system; defines the infrastructure each interconnection requires and orders the transmission or distribution company to sign the interconnection contract (Electricity Sector Law, Arts. 48 and 49).',
    },
  },
  {
    id: 'crt',
    acronym: 'CRT',
    name: { es: 'Comisión Reguladora de Telecomunicaciones', en: 'Telecommunications Regulatory Commission (CRT)' },
    level: 'federal',
    description: {
      es: 'Regulador de telecomunicaciones y radiodifusión creado por la ley de 2025 en sustitución del IFT; emite los lineamientos de homologación de equipos (LMTR arts. 271 y 272).',
      en: 'Telecommunications and broadcasting regulator created by the 2025 law, replacing the IFT; issues the equipment type-approval guidelines (LMTR Arts. 271 and 272).',
    },
  },
  {
    id: 'anam',
    acronym: 'ANAM',
    name: { es: 'Agencia Nacional de Aduanas de México', en: 'National Customs Agency of Mexico (ANAM)' },
    level: 'federal',
    url: 'https://www.anam.gob.mx',
    description: {
      es: 'Autoridad aduanera desde 2022, en lugar de la antigua Administración General de Aduanas del SAT: despacho, revisión y fiscalización en las aduanas. La Ley Aduanera vigente sigue encargando al SAT los padrones de importadores y exportadores (art. 59, fr. IV) y el registro de empresas certificadas (art. 100-A).',
      en: 'The customs authority since 2022, replacing SAT’s former General Customs Administration: clearance, inspection and audits at customs. The Customs Law in force still leaves the importers’ and exporters’ registers (Art. 59, fr. IV) and the certified-companies register (Art. 100-A) with SAT.',
    },
  },
];
