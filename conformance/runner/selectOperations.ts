import { UsageError } from '../../core/errors';
import type { Spec } from '../../core/spec/loadSpec';
import type { OperationContract } from '../../core/spec/operationContract';
import type { Action } from '../../core/spec/operationSemantics';

/** An operation of the spec, and whether the run tests it (and why not, when it does not). */
export interface OperationSelection {
  operation: OperationContract;
  tested: boolean;
  /** Why it is not tested: `no semantics declared`, `not selected (--operations)`. */
  reason?: string;
}

/** The actions the kit knows how to test. */
export const TESTED_ACTIONS: readonly Action[] = ['create'];

/**
 * Which operations a run tests: every operation whose meaning the spec declares (`x-lakesail-action`) and the
 * kit knows how to test, or those `requested` names. The others stay in the report, with the reason, never as
 * failures. An unknown operationId, or one the kit cannot test, is a usage error naming it.
 */
export function selectOperations(spec: Spec, requested: readonly string[] | undefined): OperationSelection[] {
  const known = new Set(spec.operations.map((operation) => operation.operationId));
  for (const operationId of requested ?? []) {
    if (!known.has(operationId)) {
      throw new UsageError(
        `no operation ${operationId} in ${spec.specPath} to test (it has ${[...known].join(', ') || 'none'})`,
      );
    }
  }
  const selections = spec.operations.map((operation) => select(operation, requested));
  for (const selection of selections) {
    if (requested?.includes(selection.operation.operationId) && !selection.tested) {
      throw new UsageError(
        `operation ${selection.operation.operationId} cannot be tested: ${selection.reason}`,
      );
    }
  }
  if (!selections.some((selection) => selection.tested)) {
    throw new UsageError(
      `nothing to test: no operation of ${spec.specPath} declares what it does (x-lakesail-action: ${TESTED_ACTIONS.join(', ')})`,
    );
  }
  return selections;
}

function select(operation: OperationContract, requested: readonly string[] | undefined): OperationSelection {
  const action = operation.semantics?.action;
  if (action === undefined) return { operation, tested: false, reason: 'no semantics declared' };
  if (!TESTED_ACTIONS.includes(action)) {
    return { operation, tested: false, reason: `the kit does not test ${action} operations yet` };
  }
  if (requested !== undefined && !requested.includes(operation.operationId)) {
    return { operation, tested: false, reason: 'not selected (operations)' };
  }
  return { operation, tested: true };
}
