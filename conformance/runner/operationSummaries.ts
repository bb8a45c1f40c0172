import type { OperationSummary } from '../model/report';
import type { OperationSelection } from './selectOperations';

/** Every operation of the spec as the report lists it: tested or not (and why), and the requests sent to it. */
export function operationSummaries(
  selections: readonly OperationSelection[],
  requestsByOperation: ReadonlyMap<string, number>,
): OperationSummary[] {
  return selections.map(({ operation, tested, reason }) => ({
    operationId: operation.operationId,
    method: operation.method,
    path: operation.path,
    tested,
    ...(reason !== undefined ? { reason } : {}),
    requests: requestsByOperation.get(operation.operationId) ?? 0,
  }));
}
