import type { ServerResponse } from 'node:http';
import { sendBody } from './sendBody';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Sends a JSON body with its length; `headers` come on top of what was already set (CORS). */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendBody(response, status, JSON.stringify(body), { ...headers, 'Content-Type': JSON_CONTENT_TYPE });
}

/** Sends the spec's `Error` shape: `{ "message": "..." }`. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(response, status, { message }, headers);
}
