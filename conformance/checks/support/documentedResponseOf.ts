import { documentedResponse, type ResponseContract } from '../../../core/spec/loadContract';
import type { CheckContext } from '../../model/check';
import type { Exchange, RecordedResponse } from '../../model/exchange';
import { responseOf } from './responseOf';

/**
 * The response and what the spec documents for its status, for the checks that compare the two; undefined
 * when there is nothing to compare (no response, an undocumented status, or a 429 that outlasted the runner's
 * bounded wait, which status-code-conformance alone reports).
 */
export function documentedResponseOf(
  exchange: Exchange,
  context: CheckContext,
): { response: RecordedResponse; documented: ResponseContract } | undefined {
  const response = responseOf(exchange);
  if (!response || response.status === 429) return undefined;
  const documented = documentedResponse(context.contract.operation, response.status);
  return documented ? { response, documented } : undefined;
}
