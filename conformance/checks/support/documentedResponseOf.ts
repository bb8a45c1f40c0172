import { documentedResponse, type ResponseContract } from '../../../core/spec/loadContract';
import type { CheckContext } from '../../model/check';
import type { Exchange, RecordedResponse } from '../../model/exchange';
import { responseOf } from './responseOf';

/**
 * The response and what the spec documents for its status, for the checks that compare the two; undefined
 * when there is nothing to compare (no response, or an undocumented status).
 */
export function documentedResponseOf(
  exchange: Exchange,
  context: CheckContext,
): { response: RecordedResponse; documented: ResponseContract } | undefined {
  const response = responseOf(exchange);
  if (!response) return undefined;
  const documented = documentedResponse(context.operationOf(exchange.testCase), response.status);
  return documented ? { response, documented } : undefined;
}
