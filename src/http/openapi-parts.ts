/**
 * The small pieces every domain's OpenAPI fragment is written with (src/<domain>/openapi.ts): JSON
 * Schema shorthands, the `lang` parameter and the error responses of the public read API. One copy,
 * so a change to the error format or the language parameter reaches every path.
 */
export const str = { type: 'string' } as const;
export const nstr = { type: ['string', 'null'] } as const;
export const bool = { type: 'boolean' } as const;
export const int = { type: 'integer' } as const;
export const num = { type: 'number' } as const;
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const arr = (items: object) => ({ type: 'array', items });
/** An object whose properties are all required unless `required` says otherwise. */
export const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', properties, required });

export const langParam = { name: 'lang', in: 'query', schema: { enum: ['es', 'en'], default: 'es' }, description: 'Language of the texts.' };
export const errors = {
  '400': { description: 'An invalid parameter value; `error.parameter` names it.', content: { 'application/json': { schema: ref('Error') } } },
  '404': { description: 'Unknown id.', content: { 'application/json': { schema: ref('Error') } } },
};
/** A 200 with a JSON body, and the errors above. */
export const ok = (schema: object, description = 'OK') => ({ '200': { description, content: { 'application/json': { schema } } }, ...errors });
