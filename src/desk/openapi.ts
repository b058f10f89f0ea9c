/** The desk's part of /openapi.json: services, requests, tracking with the bearer token. */
import { str, nstr, ref, arr, obj } from '../http/openapi-parts.ts';
const dt = { type: 'string', format: 'date-time' } as const;
const error = { description: 'Invalid input: `error.fields` names every bad field', content: { 'application/json': { schema: ref('Error') } } };
const notFound = { description: 'No such request, or the token is not its own (existence is not revealed)', content: { 'application/json': { schema: ref('Error') } } };
const bearer = [{ trackingToken: [] }];

export const deskSchemas = {
  Service: obj({
    service_code: { enum: ['question', 'orientation', 'meeting', 'obstacle'] }, service_name: str, description: str, metadata: { type: 'boolean' }, type: { const: 'realtime' }, group: str,
    fields: arr(obj({ code: str, datatype: { enum: ['string', 'text', 'singlevaluelist', 'datetime', 'number', 'boolean'] }, required: { type: 'boolean' }, description: str, values: arr(obj({ key: str, name: str })) }, ['code', 'datatype', 'required', 'description'])),
  }),
  RequestCreated: obj({ folio: { type: 'string', pattern: '^VU-\\d{4}-\\d{6,}$' }, status: str, service_code: str, token: str, trackingUrl: { type: 'string', format: 'uri' }, expected_datetime: dt }),
  RequestStatus: obj({
    folio: str, service_code: str, status: { enum: ['received', 'assigned', 'answered', 'waiting', 'closed'] }, requested_datetime: dt, updated_datetime: dt,
    expected_datetime: { oneOf: [{ type: 'null' }, dt] }, state: nstr, procedureId: nstr,
    messages: arr(obj({ from: { enum: ['investor', 'staff', 'system'] }, at: dt, text: str })),
  }),
  ChatStarted: obj({
    id: { type: 'string', pattern: '^VU-\\d{4}-\\d{6,}$' }, token: str, status: { enum: ['received', 'assigned'] }, queuePosition: { type: 'integer', minimum: 0 }, trackingUrl: { type: 'string', format: 'uri' },
    mode: { enum: ['live', 'offline'], description: 'live: the hours are on and someone who can take it is online (it may still queue); offline: a case the desk answers later' },
    open: { type: 'boolean', description: 'mode is live' }, opensAt: { oneOf: [{ type: 'null' }, dt], description: 'when the chat hours (next) begin; null: the team has no open day' },
    waitEstimate: { oneOf: [{ type: 'null' }, obj({ p50Minutes: { type: 'integer', minimum: 1 }, p90Minutes: { type: 'integer', minimum: 1 }, chats: { type: 'integer', minimum: 5 } })], description: 'how long recent live chats waited for a first answer (last 14 days); null when queued nowhere or fewer than 5 such chats' },
  }),
  ChatMessage: obj({ seq: { type: 'integer', minimum: 1 }, from: { enum: ['investor', 'staff', 'system'] }, author: nstr, clientId: nstr, at: dt, text: str }),
  ChatMessages: obj({
    id: str, status: { enum: ['received', 'assigned', 'answered', 'waiting', 'closed'] }, queuePosition: { type: 'integer', minimum: 0 }, lastSeq: { type: 'integer', minimum: 0 },
    messages: arr(ref('ChatMessage')),
  }),
  ChatMessageStored: obj({ seq: { type: 'integer', minimum: 1 }, clientId: str, at: dt }),
};

const chatId = { name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^VU-\\d{4}-\\d{6,}$' }, description: 'The conversation’s folio' };
const chatNotFound = { description: 'No such conversation, or the token is not its own (existence is not revealed)', content: { 'application/json': { schema: ref('Error') } } };
const chatBearer = [{ visitorToken: [] }];

export const deskPaths = {
  '/api/v1/services': {
    get: {
      summary: 'The request types of the desk and their fields (Open311 GeoReport v2 style)',
      operationId: 'listServices',
      parameters: [{ name: 'lang', in: 'query', schema: { enum: ['es', 'en'] } }],
      responses: { '200': { description: 'Services', content: { 'application/json': { schema: arr(ref('Service')) } } } },
    },
  },
  '/api/v1/requests': {
    post: {
      summary: 'File a request with the desk',
      description: 'Body: `service_code`, `consent: true` and the service’s fields (see /api/v1/services); an unknown field is a 400. The case, its first message and the confirmation mail are stored before the answer. With the same `Idempotency-Key` a retry returns the same request (header `Idempotent-Replayed: true`).',
      operationId: 'createRequest',
      parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string', minLength: 8, maxLength: 200 } }],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['service_code', 'consent', 'name', 'email', 'message'] } } } },
      responses: { '201': { description: 'Filed', content: { 'application/json': { schema: ref('RequestCreated') } } }, '400': error, '429': { description: 'Too many requests from this address' } },
    },
  },
  '/api/v1/requests/{folio}': {
    get: {
      summary: 'A request’s status and public messages',
      operationId: 'getRequest',
      security: bearer,
      parameters: [{ name: 'folio', in: 'path', required: true, schema: str }],
      responses: { '200': { description: 'The request', content: { 'application/json': { schema: ref('RequestStatus') } } }, '404': notFound },
    },
  },
  '/api/v1/requests/{folio}/messages': {
    post: {
      summary: 'Reply to the desk on a request',
      operationId: 'replyToRequest',
      security: bearer,
      parameters: [{ name: 'folio', in: 'path', required: true, schema: str }],
      requestBody: { required: true, content: { 'application/json': { schema: obj({ message: { type: 'string', minLength: 1, maxLength: 5000 } }) } } },
      responses: { '201': { description: 'Added', content: { 'application/json': { schema: ref('RequestStatus') } } }, '400': error, '404': notFound, '409': { description: 'The request is closed' } },
    },
  },
  '/api/v1/chat/conversations': {
    post: {
      summary: 'Start a chat with the desk',
      description: 'A chat is a desk case (channel `chat`) with a folio from the start: when nobody can take it, the desk answers it later and the visitor follows it on the tracking page. Body: `topic` (`question` or `orientation`), `consent: true`, optional `locale`, `state` (INEGI code), `scian`, `email` and `name`; and `assistant: {question, context?}` when the chat starts from the catalogue assistant’s handoff: the server asks the assistant again and stores its attempt as the conversation’s first line (from `system`), for the advisor. Protocol: docs/chat-protocol.md.',
      operationId: 'startChat',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['topic', 'consent'] } } } },
      responses: { '201': { description: 'Started: the id, the visitor token (keep it secret) and the place in the queue', content: { 'application/json': { schema: ref('ChatStarted') } } }, '400': error, '429': { description: 'Too many conversations from this address' } },
    },
  },
  '/api/v1/chat/conversations/{id}/messages': {
    get: {
      summary: 'Messages after a sequence number, waiting up to `wait` seconds for one',
      description: 'Returns the messages numbered above `after`, in order (at most 200; read again from `lastSeq` for more). With `wait` > 0 and nothing new, the answer waits until a message arrives or `wait` seconds pass (long polling). Internal notes of the desk are never returned.',
      operationId: 'readChat',
      security: chatBearer,
      parameters: [chatId, { name: 'after', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } }, { name: 'wait', in: 'query', schema: { type: 'integer', minimum: 0, maximum: 25, default: 0 } }],
      responses: { '200': { description: 'Messages and the conversation’s state', content: { 'application/json': { schema: ref('ChatMessages') } } }, '400': error, '404': chatNotFound },
    },
    post: {
      summary: 'Send a message',
      description: '`clientId` is the client’s own id for this message (8–64 of A–Z a–z 0–9 - _). The message is stored before the answer; sending it again with the same `clientId` returns the stored one (200, `Idempotent-Replayed: true`), never a second copy.',
      operationId: 'sendChatMessage',
      security: chatBearer,
      parameters: [chatId],
      requestBody: { required: true, content: { 'application/json': { schema: obj({ clientId: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' }, body: { type: 'string', minLength: 1, maxLength: 2000 } }) } } },
      responses: {
        '201': { description: 'Stored', content: { 'application/json': { schema: ref('ChatMessageStored') } } },
        '200': { description: 'Already stored under this clientId', content: { 'application/json': { schema: ref('ChatMessageStored') } } },
        '400': error, '404': chatNotFound, '409': { description: 'The conversation is closed, or the clientId was used for a different message' },
      },
    },
  },
  '/api/v1/chat/conversations/{id}/close': {
    post: { summary: 'End the chat (the visitor)', operationId: 'closeChat', security: chatBearer, parameters: [chatId], responses: { '204': { description: 'Closed (closing twice changes nothing)' }, '404': chatNotFound } },
  },
  '/api/v1/chat/conversations/{id}/rating': {
    post: {
      summary: 'Rate a finished chat, once', operationId: 'rateChat', security: chatBearer, parameters: [chatId],
      requestBody: { required: true, content: { 'application/json': { schema: obj({ score: { type: 'integer', minimum: 1, maximum: 5 }, comment: { type: 'string', maxLength: 1000 } }, ['score']) } } },
      responses: { '204': { description: 'Rated' }, '400': error, '404': chatNotFound, '409': { description: 'Not closed yet, or already rated' } },
    },
  },
  '/api/v1/chat/conversations/{id}/transcript': {
    post: {
      summary: 'Mail the transcript to the visitor', description: 'To `email`, or to the address given when the chat started. The mail carries the private tracking link.', operationId: 'mailChatTranscript', security: chatBearer, parameters: [chatId],
      requestBody: { content: { 'application/json': { schema: obj({ email: { type: 'string', format: 'email' } }, []) } } },
      responses: { '202': { description: 'Queued' }, '400': error, '404': chatNotFound },
    },
  },
};

export const deskSecuritySchemes = {
  visitorToken: { type: 'http', scheme: 'bearer', description: 'The visitor token returned when the chat was started' },
  trackingToken: { type: 'http', scheme: 'bearer', description: 'The tracking token returned when the request was filed (also in the tracking link)' },
};
