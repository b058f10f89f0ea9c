/** Typed HTTP errors with a stable code; the error handler turns them into JSON or an HTML page. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
    /** Every invalid field, when a whole object was validated (e.g. a profile). */
    readonly fields?: { field: string; message: string }[],
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);
export const invalidParameter = (parameter: string, message: string) =>
  new HttpError(400, 'invalid_parameter', `Invalid value for parameter '${parameter}': ${message}`, parameter);

export interface ErrorBody {
  error: { code: string; message: string; parameter?: string; fields?: { field: string; message: string }[] };
}

export const errorBody = (code: string, message: string, parameter?: string, fields?: { field: string; message: string }[]): ErrorBody => ({
  error: { code, message, ...(parameter ? { parameter } : {}), ...(fields ? { fields } : {}) },
});
