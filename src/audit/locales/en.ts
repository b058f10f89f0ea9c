import type { AuditMessages } from './es.ts';

/** Audit-browser strings in English; typed as the Spanish set. */
export const en: AuditMessages = {
  title: 'Audit trail',
  lead: 'Every change made in Ventanilla, who made it and when. The audit trail cannot be changed or deleted.',
  filter: 'Filter',
  clear: 'Clear filters',
  anyType: 'All',
  none: 'No event matches the filters.',
  at: 'When',
  who: 'Who',
  action: 'Action',
  entity: 'Record',
  details: 'Before and after',
  before: 'Before',
  after: 'After',
  request: 'Request',
  system: { cli: 'server command line', system: 'system', anonymous: 'visitor without a session' },
  entityTypes: {
    account: 'Account',
    invitation: 'Invitation',
    draft: 'Draft',
    procedure: 'Procedure',
    'state-page': 'State page',
    sector: 'Sector',
    authority: 'Authority',
    law: 'Law',
    'error-report': 'Error report',
    case: 'Request',
    chat: 'Chat',
  },
};
