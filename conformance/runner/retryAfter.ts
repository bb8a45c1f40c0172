import type { RecordedResponse } from '../model/exchange';

/**
 * How long a response asks the client to wait before the next request (`Retry-After`: seconds or an HTTP
 * date), in ms; undefined when it has no usable `Retry-After`.
 */
export function retryAfterMs(response: RecordedResponse, now: number = Date.now()): number | undefined {
  const header = response.headers['retry-after'];
  const text = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
