/**
 * A directory entry (issue 14): a supplier, an industrial park, a cluster or association, or a
 * research/training centre, with where it is, what it does (SCIAN classes, sectors, capabilities),
 * the certifications it holds (with evidence links), its public contact and its sources. Entries are
 * public only when verified and published (docs/decisions/026). Capabilities and certification
 * codes are fixed typed lists with names in both languages; a missing key fails the type check.
 */
import { z } from 'zod';
import { isCalendarDate } from '../http/calendar-date.ts';
import { ID, Localized, Source } from '../catalogue/schema.ts';
import type { Locale } from '../i18n/locale.ts';

export const ENTRY_TYPES = ['supplier', 'industrial-park', 'cluster', 'research-training-centre'] as const;
export type EntryType = (typeof ENTRY_TYPES)[number];

/**
 * The priority sectors of the directory, as the catalogue's sector slugs (semiconductors and PCB →
 * `semiconductors`, automotive → `automotive-auto-parts`, medical devices → `medical-devices-pharma`).
 */
export const DIRECTORY_SECTORS = ['semiconductors', 'automotive-auto-parts', 'electrical-electronics', 'medical-devices-pharma', 'agro-industry'] as const;
export type DirectorySector = (typeof DIRECTORY_SECTORS)[number];

type Names = Record<Locale, string>;
export const CAPABILITIES = {
  'pcb-assembly': { es: 'Ensamble de tarjetas electrónicas (PCBA, SMT)', en: 'Printed-circuit-board assembly (PCBA, SMT)' },
  'pcb-fabrication': { es: 'Fabricación de circuitos impresos', en: 'Printed-circuit-board fabrication' },
  'semiconductor-design': { es: 'Diseño de circuitos integrados', en: 'Integrated-circuit design' },
  'semiconductor-assembly-test': { es: 'Ensamble, prueba y encapsulado de semiconductores', en: 'Semiconductor assembly, test and packaging' },
  'electronics-design': { es: 'Diseño electrónico y de sistemas embebidos', en: 'Electronics and embedded-systems design' },
  'wire-harness': { es: 'Arneses y cableado', en: 'Wire harnesses and cabling' },
  machining: { es: 'Maquinado de precisión', en: 'Precision machining' },
  'metal-stamping': { es: 'Estampado y troquelado de metal', en: 'Metal stamping' },
  'injection-moulding': { es: 'Moldeo por inyección de plásticos', en: 'Plastic injection moulding' },
  'tooling-dies': { es: 'Herramentales, moldes y troqueles', en: 'Tooling, moulds and dies' },
  'surface-treatment': { es: 'Tratamientos superficiales y recubrimientos', en: 'Surface treatment and coating' },
  'clean-room': { es: 'Manufactura en cuarto limpio', en: 'Clean-room manufacturing' },
  sterilisation: { es: 'Esterilización', en: 'Sterilisation' },
  'testing-laboratory': { es: 'Laboratorio de pruebas y metrología', en: 'Testing and metrology laboratory' },
  'food-processing': { es: 'Procesamiento de alimentos', en: 'Food processing' },
  'cold-chain': { es: 'Cadena de frío', en: 'Cold chain' },
  'logistics-warehousing': { es: 'Logística y almacenamiento', en: 'Logistics and warehousing' },
  'industrial-land': { es: 'Terrenos para uso industrial', en: 'Land for industrial use' },
  'rail-access': { es: 'Acceso ferroviario', en: 'Rail access' },
  'port-access': { es: 'Cercanía a puerto', en: 'Port access' },
  'supplier-development': { es: 'Desarrollo de proveedores', en: 'Supplier development' },
  'technical-training': { es: 'Formación técnica y de talento', en: 'Technical and talent training' },
  'applied-research': { es: 'Investigación aplicada y desarrollo tecnológico', en: 'Applied research and technology development' },
} as const satisfies Record<string, Names>;
export type Capability = keyof typeof CAPABILITIES;
export const CAPABILITY_KEYS = Object.keys(CAPABILITIES) as [Capability, ...Capability[]];

/**
 * Certification codes a directory entry may hold, each with its code and name, and the US ↔ Mexico
 * glossary pair that explains it where there is one (src/certifications; checked by directory.test.ts).
 */
export const CERTIFICATIONS = {
  'iso-9001': { code: 'ISO 9001', es: 'Sistemas de gestión de la calidad', en: 'Quality management systems', glossary: 'iso-9001-certification' },
  'iatf-16949': { code: 'IATF 16949', es: 'Gestión de la calidad en la industria automotriz', en: 'Automotive quality management', glossary: 'iatf-16949-certification' },
  'iso-13485': { code: 'ISO 13485', es: 'Gestión de la calidad de dispositivos médicos', en: 'Medical-device quality management', glossary: 'fda-qmsr-nom-241' },
  as9100: { code: 'AS9100', es: 'Gestión de la calidad aeroespacial', en: 'Aerospace quality management' },
  'iso-14001': { code: 'ISO 14001', es: 'Sistemas de gestión ambiental', en: 'Environmental management systems' },
  'iso-45001': { code: 'ISO 45001', es: 'Seguridad y salud en el trabajo', en: 'Occupational health and safety' },
  'ipc-a-610': { code: 'IPC-A-610', es: 'Aceptabilidad de ensambles electrónicos', en: 'Acceptability of electronic assemblies' },
  'ipc-j-std-001': { code: 'IPC J-STD-001', es: 'Requisitos para ensambles soldados', en: 'Requirements for soldered assemblies' },
  'iso-iec-17025': { code: 'ISO/IEC 17025', es: 'Competencia de laboratorios de ensayo y calibración', en: 'Competence of testing and calibration laboratories', glossary: 'a2la-anab-ema' },
  'fssc-22000': { code: 'FSSC 22000', es: 'Inocuidad alimentaria', en: 'Food safety' },
} as const satisfies Record<string, Names & { code: string; glossary?: string }>;
export type Certification = keyof typeof CERTIFICATIONS;
export const CERTIFICATION_KEYS = Object.keys(CERTIFICATIONS) as [Certification, ...Certification[]];

const url = z.url({ protocol: /^https?$/ });
const isoDate = z.string().refine(isCalendarDate, 'a real calendar date, YYYY-MM-DD');
export const STATE_CODE = /^(0[1-9]|[12]\d|3[0-2])$/;

export const DirectoryEntry = z
  .object({
    id: ID,
    type: z.enum(ENTRY_TYPES),
    /** The organisation's own name: not translated. */
    name: z.string().trim().min(1).max(200),
    description: Localized.optional(),
    /** INEGI state code, as the catalogue's states. */
    state: z.string().regex(STATE_CODE),
    municipality: z.string().trim().min(1).max(120).optional(),
    /** SCIAN 2023 six-digit classes (checked against the catalogue's list). */
    scian: z.array(z.string().regex(/^\d{6}$/)).default([]),
    sectors: z.array(z.enum(DIRECTORY_SECTORS)).default([]),
    capabilities: z.array(z.enum(CAPABILITY_KEYS)).default([]),
    certifications: z.array(z.object({ code: z.enum(CERTIFICATION_KEYS), evidence: url.optional() }).strict()).default([]),
    exportExperience: Localized.optional(),
    /** Only what the organisation itself publishes. */
    contact: z.object({ email: z.email().max(254).optional(), phone: z.string().trim().min(5).max(40).optional() }).strict().default({}),
    website: url.optional(),
    /** At least one official or institutional source that documents the organisation. */
    sources: z.array(Source).min(1),
    verification: z
      .object({
        status: z.enum(['unverified', 'verified']),
        verifiedOn: isoDate.optional(),
      })
      .strict(),
  })
  .strict();
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;
export type DirectoryEntryInput = z.input<typeof DirectoryEntry>;

/** Whether an entry may be public: verified, with the date it was. */
export const isVerified = (e: Pick<DirectoryEntry, 'verification'>): boolean => e.verification.status === 'verified' && Boolean(e.verification.verifiedOn);
