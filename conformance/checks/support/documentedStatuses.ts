import type { OperationContract } from '../../../core/spec/loadContract';

/** The statuses the operation documents, as written: `201, 400, 401, 403, default`. */
export function documentedStatuses(operation: OperationContract): string {
  return operation.responses.map((response) => response.status).join(', ');
}
