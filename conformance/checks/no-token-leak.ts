import type { ExchangeCheck } from '../model/check';
import type { Exchange } from '../model/exchange';
import type { Violation } from '../model/violation';
import { responseOf } from './support/responseOf';

const id = 'no-token-leak';
const title = 'Token leaked in response';

/**
 * No presented token appears in a response, in any form. The target looks for the tokens as it records a
 * response (and replaces them there), so this check reads what it found: where, which token, which form.
 */
export const noTokenLeak: ExchangeCheck = {
  kind: 'exchange',
  id,
  title,
  holds: 'no token in any response',
  doc:
    'No token presented in the run appears in any response header or body, as is, URL-encoded, JSON-escaped, ' +
    'in base64 or base64url (alone or inside a longer text such as `Bearer <token>`) or in hex.',
  appliesTo: () => true,
  check(exchange: Exchange): Violation[] {
    const response = responseOf(exchange);
    if (!response) return [];
    // Never the token itself: where it is, which one and in which form are enough to find it.
    return exchange.leaks.map((leak) => ({
      checkId: id,
      title,
      message: `The ${response.status} response ${leak.where} contains the token of ${leak.variable} (${leak.form})`,
      received: `${leak.where}: the token of ${leak.variable} (${leak.form})`,
      documented: 'no presented token in any response, in any form',
    }));
  },
};
