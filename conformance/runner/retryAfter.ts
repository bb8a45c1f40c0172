import type { Exchange } from '../model/exchange';

/** At most this many waits for one request, each at most `MAX_RETRY_AFTER_MS`: a 429 never stalls a run. */
export const MAX_RETRY_AFTER_WAITS = 3;
export const MAX_RETRY_AFTER_MS = 10_000;

/**
 * How long a 429 asks the kit to wait (`Retry-After`: seconds or an HTTP date), capped; undefined when the
 * exchange is not a 429 with a usable `Retry-After` (then it is an answer like any other).
 */
export function retryAfterMs(exchange: Exchange, now: number = Date.now()): number | undefined {
  if (exchange.outcome.kind !== 'response' || exchange.outcome.response.status !== 429) return undefined;
  const header = exchange.outcome.response.headers['retry-after'];
  const text = (Array.isArray(header) ? header[0] : header)?.trim();
  if (!text) return undefined;
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    ms = Math.max(0, date - now);
  }
  return Math.min(ms, MAX_RETRY_AFTER_MS);
}
