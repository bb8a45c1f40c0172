import { type Contract, documentedResponse } from '../../core/spec/loadContract';
import type { OperationContract, ResponseContract } from '../../core/spec/operationContract';

/** The operations of one resource a run tests: its create, and the describe and update of one of its members. */
export interface ResourceOperations {
  create: Contract;
  describe?: OperationContract;
  update?: Contract;
  /** The success answer of the create (`201`), which says which property is the id and which times are which. */
  created: ResponseContract;
}

/**
 * The resources a run can test as sequences: each tested create (with an id it marks `x-lakesail-role: id`),
 * with the tested describe and update whose path is the create's and one parameter more, the one holding the
 * resource's id (`/users` → `/users/{user}`).
 */
export function resourceOperations(
  contracts: readonly Contract[],
  tested: readonly OperationContract[],
): ResourceOperations[] {
  const creates = contracts.filter((contract) => contract.operation.semantics?.action === 'create');
  return creates.flatMap((create) => {
    const created = documentedResponse(create.operation, 201) ?? successOf(create.operation);
    if (!created || created.roles.id === undefined) return [];
    const member = (operation: OperationContract) => {
      const parameter = operation.semantics?.resourceParameter;
      return parameter !== undefined && operation.path === `${create.operation.path}/{${parameter}}`;
    };
    const describe = tested.find(
      (operation) => operation.semantics?.action === 'describe' && member(operation),
    );
    const update = contracts.find(
      (contract) => contract.operation.semantics?.action === 'update' && member(contract.operation),
    );
    return [{ create, ...(describe ? { describe } : {}), ...(update ? { update } : {}), created }];
  });
}

function successOf(operation: OperationContract): ResponseContract | undefined {
  return operation.responses.find((response) => /^2\d\d$/.test(response.status));
}
