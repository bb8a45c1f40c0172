import type { Spec } from '../../core/spec/loadSpec';
import type { OperationContract } from '../../core/spec/operationContract';
import type { CheckContext } from '../model/check';

/** The context every check of a run reads: the spec, each case's operation, and the run's limits. */
export function createCheckContext(
  spec: Spec,
  limits: Pick<CheckContext, 'timeoutMs' | 'maxClockSkewMs' | 'maxResponseBytes'>,
): CheckContext {
  const operations = new Map<string, OperationContract>(
    spec.operations.map((operation) => [operation.operationId, operation]),
  );
  return {
    spec,
    operationOf(testCase) {
      const operation = operations.get(testCase.operationId);
      // Cases are planned from the same spec: a case for another operation is a bug of the kit.
      if (!operation) throw new Error(`a case for ${testCase.operationId}, which the spec does not have`);
      return operation;
    },
    ...limits,
  };
}
