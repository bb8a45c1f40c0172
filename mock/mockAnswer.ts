/**
 * What the mock sends, as data: each stage of a request either passes on or ends with an answer, and one
 * function (sendAnswer) sends every answer.
 */
export interface MockAnswer {
  status: number;
  headers: Record<string, string>;
  /** A value to send as JSON, or (with a non-JSON `mediaType`) as text; undefined: no body, unless `encoded`. */
  body: unknown;
  /** A body already encoded (a page, the spec, a file of the docs), sent as it is. */
  encoded?: string | Buffer;
  /** The media type of the body; undefined means JSON. */
  mediaType?: string;
}

/** The mock's own errors: the spec's `Error` shape, `{ "message": "..." }`. */
export function errorAnswer(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): MockAnswer {
  return { status, headers, body: { message } };
}
