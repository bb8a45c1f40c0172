import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { type Contract, focusContract } from '../../core/spec/loadContract';
import type { Spec } from '../../core/spec/loadSpec';
import { isJsonMediaType } from '../../core/spec/mediaType';
import type { OperationContract } from '../../core/spec/operationContract';
import type { CasePlan } from '../cases/planCases';
import type { OperationSelection } from './selectOperations';

/** How the cases of one operation are planned (the runner's tests give stand-ins). */
export type PlanCases = (contract: Contract, fixtures: RequestFixture[]) => CasePlan;

/** The tested operations' plans as one: each operation's explicit cases, then every generated group. */
export interface TestedOperations {
  plan: CasePlan;
  /** The contract focused on each tested operation with a JSON request body (undefined for one without). */
  contractOf(operationId: string): Contract | undefined;
  /** The focused contracts, in the spec's order. */
  contracts: readonly Contract[];
}

/**
 * Plans the single requests of every tested create with its own fixtures (describes and updates need a resource
 * that exists: they are tested in sequences, and their fixtures are sent as short ones, runFixtureSequences).
 * With more than one create, a generated group is named after its operation
 * (`CreateUser:valid-token/valid-body`), so `--group` still names one.
 */
export function planTestedOperations(
  spec: Spec,
  selections: readonly OperationSelection[],
  fixtures: ReadonlyMap<string, RequestFixture[]>,
  planCases: PlanCases,
): TestedOperations {
  const contracts = new Map<string, Contract>();
  for (const { operation, tested } of selections) {
    if (tested && hasJsonRequestBody(operation)) {
      contracts.set(operation.operationId, focusContract(spec, operation.operationId));
    }
  }
  const plans = [...contracts.values()]
    .filter((contract) => contract.operation.semantics?.action === 'create')
    .map((contract) => {
      const { operationId } = contract.operation;
      return { operationId, plan: planCases(contract, fixtures.get(operationId) ?? []) };
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
    contractOf: (operationId) => contracts.get(operationId),
    contracts: [...contracts.values()],
  };
}

function hasJsonRequestBody(operation: OperationContract): boolean {
  return operation.requestBody?.schema !== undefined && isJsonMediaType(operation.requestBody.mediaType);
}
