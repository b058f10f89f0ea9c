/**
 * Documents that procedures ask for under different names but are one real document (issue 10,
 * item 6). A document produced by a catalogue procedure is already identified by its producer
 * (`producedBy`); this registry groups the others — what the investor brings from outside (an ID,
 * proof of the right to use the premises). `askedAs` lists the Spanish requirement names exactly as
 * procedures write them; a test fails when a name here matches no requirement, so renames show up.
 */
import type { Localized } from '../schema.ts';

export interface DocumentIdentity {
  id: string;
  name: Localized;
  askedAs: string[];
}

export const documentRegistry: DocumentIdentity[] = [
  {
    id: 'legal-representative-id',
    name: { es: 'Identificación oficial del representante legal', en: 'Official ID of the legal representative' },
    askedAs: ['Identificación oficial del representante legal', 'Identificación oficial del propietario o del representante legal'],
  },
  {
    id: 'premises-title-or-lease',
    name: { es: 'Escritura de propiedad o contrato de arrendamiento del inmueble', en: 'Title deed or lease of the premises' },
    askedAs: ['Escritura de propiedad o contrato de arrendamiento del inmueble', 'Escritura o contrato de arrendamiento del predio', 'Escritura de propiedad del predio'],
  },
  {
    id: 'production-process-description',
    name: { es: 'Descripción del proyecto o del proceso productivo', en: 'Description of the project or production process' },
    askedAs: ['Descripción del proceso productivo', 'Descripción del proyecto o del proceso productivo'],
  },
  {
    id: 'proof-of-address',
    name: { es: 'Comprobante de domicilio del establecimiento', en: 'Proof of address of the establishment' },
    askedAs: ['Comprobante de domicilio del establecimiento', 'Comprobante de domicilio con antigüedad no mayor a 30 días'],
  },
  {
    id: 'dro-responsibility',
    name: { es: 'Responsiva y firma de un Director Responsable de Obra (DRO) registrado', en: 'Signed responsibility statement of a registered Director Responsable de Obra (licensed works director)' },
    askedAs: ['Firma del Director Responsable de Obra (DRO)', 'Responsiva de un Director Responsable de Obra (DRO) registrado'],
  },
];
