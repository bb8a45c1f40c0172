import type { ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { truncate } from './support/truncate';

const id = 'no-connection-error';
const title = 'Connection failed';

/** Every request gets a complete HTTP response: no refused, reset or closed connection, no bytes that are not HTTP. */
export const noConnectionError: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'every request gets a complete response',
  doc:
    'Every request gets a complete HTTP response: the server never refuses, resets or closes the connection ' +
    'instead, nor answers with bytes that are not HTTP (when the very first request cannot connect at all, the ' +
    'target is unreachable: exit 2).',
  appliesTo: () => true,
  needs: 'outcome',
  check(exchange: Exchange): Violation[] {
    const { outcome } = exchange;
    if (outcome.kind !== 'connection-error') return [];
    return [
      {
        checkId: id,
        title,
        message: `The connection failed before a complete response: ${truncate(`${outcome.code} ${outcome.message}`)}`,
        received: truncate(`${outcome.code}: ${outcome.message}`),
        documented: 'a complete HTTP response',
      },
    ];
  },
};
