import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { type Contract, focusContract } from '../../core/spec/loadContract';
import type { Spec } from '../../core/spec/loadSpec';
import type { CasePlan } from '../cases/planCases';
import type { OperationSelection } from './selectOperations';

/** How the cases of one operation are planned (the runner's tests give stand-ins). */
export type PlanCases = (contract: Contract, fixtures: RequestFixture[]) => CasePlan;

/** The tested operations' plans as one: each operation's explicit cases, then every generated group. */
export interface TestedOperations {
  plan: CasePlan;
  /** The contract focused on each tested operation. */
  contractOf(operationId: string): Contract;
}

/**
 * Plans every tested operation with its own fixtures. With more than one, a generated group is named after its
 * operation (`CreateUser:valid-token/valid-body`), so `--group` still names one.
 */
export function planTestedOperations(
  spec: Spec,
  selections: readonly OperationSelection[],
  fixtures: ReadonlyMap<string, RequestFixture[]>,
  planCases: PlanCases,
): TestedOperations {
  const contracts = new Map<string, Contract>();
  const plans = selections
    .filter((selection) => selection.tested)
    .map(({ operation }) => {
      const contract = focusContract(spec, operation.operationId);
      contracts.set(operation.operationId, contract);
      return {
        operationId: operation.operationId,
        plan: planCases(contract, fixtures.get(operation.operationId) ?? []),
      };
    });
  const named = plans.length > 1;
  return {
    plan: {
      explicit: plans.flatMap(({ plan }) => plan.explicit),
      groups: plans.flatMap(({ operationId, plan }) =>
        plan.groups.map((group) => (named ? { ...group, name: `${operationId}:${group.name}` } : group)),
      ),
      warnings: plans.flatMap(({ plan }) => plan.warnings),
    },
    contractOf(operationId) {
      const contract = contracts.get(operationId);
      if (!contract) throw new Error(`a case for ${operationId}, which the run does not test`);
      return contract;
    },
  };
}
