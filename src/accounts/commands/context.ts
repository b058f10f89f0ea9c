/** What every accounts command receives besides its input, and the one error it throws for the form to show. */
import type { AuditActor } from '../../audit/record.ts';
import type { StaffMessages } from '../locales/index.ts';

export interface Ctx {
  actor: AuditActor;
  requestId: string | null;
}

export interface AuthSettings {
  idleMinutes: number;
  absoluteHours: number;
  maxFailures: number;
  lockoutMinutes: number;
}

export const ANONYMOUS: AuditActor = { id: null, label: 'anonymous' };

/** A rule the form cannot check by itself (e-mail taken, last admin): shown beside `field`, or above the form. */
export class CommandError extends Error {
  constructor(
    readonly key: keyof StaffMessages['errors'],
    readonly field: string | null = null,
  ) {
    super(key);
  }
}

export const INVITATION_DAYS = 7;
export const RESET_MINUTES = 60;
/** Reset links sent to one account per hour; further requests get the same answer and send nothing. */
export const RESET_MAILS_PER_HOUR = 3;
