import type { Exchange, RecordedResponse } from '../../model/exchange';

/** The response of an exchange, or undefined after a timeout or a connection error (nothing to check). */
export function responseOf(exchange: Exchange): RecordedResponse | undefined {
  return exchange.outcome.kind === 'response' ? exchange.outcome.response : undefined;
}
