/**
 * The request types as Open311 GeoReport v2 "services" with their fields ("attributes"): what
 * GET /api/v1/services publishes, built from the same lists the forms and the schema use.
 */
import type { Locale } from '../i18n/locale.ts';
import { deskMessages } from './locales/index.ts';
import { FIELDS } from './form.ts';
import { KINDS, OBSTACLES, SIZES, STAGES, type Kind } from './schema.ts';

type Datatype = 'string' | 'text' | 'singlevaluelist' | 'datetime' | 'number' | 'boolean';
export interface ServiceField {
  code: string;
  datatype: Datatype;
  required: boolean;
  description: string;
  values?: { key: string; name: string }[];
}

const REQUIRED: Record<Kind, string[]> = {
  question: ['name', 'email', 'message', 'consent'],
  orientation: ['name', 'email', 'message', 'consent'],
  meeting: ['name', 'email', 'message', 'state', 'consent'],
  obstacle: ['name', 'email', 'message', 'procedureId', 'obstacle', 'consent'],
};

export function services(locale: Locale, stateNames: { key: string; name: string }[], procedures: { key: string; name: string }[]) {
  const t = deskMessages(locale);
  const describe: Record<string, { datatype: Datatype; description: string; values?: { key: string; name: string }[] }> = {
    name: { datatype: 'string', description: t.form.name },
    email: { datatype: 'string', description: t.form.email },
    message: { datatype: 'text', description: t.form.message },
    organisation: { datatype: 'string', description: t.form.organisation },
    state: { datatype: 'singlevaluelist', description: t.form.state, values: stateNames },
    scian: { datatype: 'string', description: t.form.scian },
    size: { datatype: 'singlevaluelist', description: t.form.size, values: SIZES.map((k) => ({ key: k, name: t.form.sizes[k] })) },
    stage: { datatype: 'singlevaluelist', description: t.form.stage, values: STAGES.map((k) => ({ key: k, name: t.form.stages[k] })) },
    preferredDates: { datatype: 'string', description: t.form.preferredDates },
    procedureId: { datatype: 'singlevaluelist', description: t.form.procedure, values: procedures },
    obstacle: { datatype: 'singlevaluelist', description: t.form.obstacle, values: OBSTACLES.map((k) => ({ key: k, name: t.form.obstacles[k] })) },
    roadmapId: { datatype: 'string', description: t.form.plan },
    consent: { datatype: 'boolean', description: t.form.consent },
  };
  return KINDS.map((kind) => ({
    service_code: kind,
    service_name: t.kinds[kind].title,
    description: t.kinds[kind].lead,
    metadata: true,
    type: 'realtime' as const,
    group: 'desk',
    fields: [...FIELDS[kind], 'roadmapId', 'consent'].map((code): ServiceField => ({ code, required: REQUIRED[kind].includes(code), ...describe[code]! })),
  }));
}
