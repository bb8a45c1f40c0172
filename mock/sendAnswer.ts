import type { ServerResponse } from 'node:http';
import { sendBody } from '../core/http/sendBody';
import { JSON_CONTENT_TYPE } from '../core/http/sendJson';
import { isJsonMediaType } from '../core/spec/mediaType';
import type { MockAnswer } from './mockAnswer';

/** The last stage of every request: the answer on the wire, with its media type and length. */
export function sendAnswer(response: ServerResponse, answer: MockAnswer): void {
  const { status, headers } = answer;
  const encoded = encode(answer);
  if (encoded === undefined) sendBody(response, status, undefined, headers);
  else sendBody(response, status, encoded.bytes, { ...headers, 'Content-Type': encoded.mediaType });
}

function encode({
  body,
  encoded,
  mediaType,
}: MockAnswer): { bytes: string | Buffer; mediaType: string } | undefined {
  if (encoded !== undefined) return { bytes: encoded, mediaType: mediaType ?? JSON_CONTENT_TYPE };
  if (body === undefined) return undefined;
  if (mediaType === undefined || mediaType === 'application/json') {
    return { bytes: JSON.stringify(body), mediaType: JSON_CONTENT_TYPE };
  }
  if (isJsonMediaType(mediaType)) return { bytes: JSON.stringify(body), mediaType };
  return { bytes: typeof body === 'string' ? body : JSON.stringify(body), mediaType };
}
