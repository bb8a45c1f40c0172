/** What the server sends: a status, a JSON body and headers beyond the body's own. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** An answer with the spec's `Error` body, `{ "message": ... }`. */
export function refusal(status: number, message: string, headers?: Record<string, string>): Answer {
  return headers ? { status, body: { message }, headers } : { status, body: { message } };
}
