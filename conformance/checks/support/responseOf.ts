import type { Exchange, RecordedResponse } from '../../model/exchange';

/** The response of an exchange; undefined after a timeout, a connection error or a rate limit (nothing to check). */
export function responseOf(exchange: Exchange): RecordedResponse | undefined {
  return exchange.outcome.kind === 'response' ? exchange.outcome.response : undefined;
}
