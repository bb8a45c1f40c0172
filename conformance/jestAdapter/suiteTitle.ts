import { operationNames } from '../format/testedOperations';
import { loadKitSpec } from '../runner/loadKitSpec';
import { selectOperations } from '../runner/selectOperations';
import type { JestPlan } from './jestPlan';

/**
 * The name of the describe block: the operations the run tests and what replays it
 * (`CreateUser, DescribeUser and UpdateUser conformance (seed 1873, run id k3x9q2)`). A spec or an option that
 * cannot be used is the run's own failure, reported by its test; the block is then named for the contract.
 */
export function suiteTitle(run: JestPlan['run']): string {
  return `${testedNames(run)} conformance (seed ${run.seed}, run id ${run.runId})`;
}

function testedNames(run: JestPlan['run']): string {
  try {
    const maxSpecBytes = typeof run.maxSpecBytes === 'number' ? run.maxSpecBytes : undefined;
    const spec = loadKitSpec(run.specPath, maxSpecBytes);
    const tested = selectOperations(spec, run.operations).filter((selection) => selection.tested);
    return operationNames(tested.map((selection) => selection.operation.operationId));
  } catch {
    return 'contract';
  }
}
