import type { ConformanceReport, OperationSummary } from '../model/report';

/** The operations a run tested, and those it did not (with why), as every report names them. */
export interface TestedOperations {
  tested: OperationSummary[];
  untested: OperationSummary[];
  /** `CreateUser`, `CreateUser and DescribeUser`, `CreateUser, DescribeUser and UpdateUser`. */
  names: string;
  /** `POST /api/org/v1/users, GET /api/org/v1/users/{user}`. */
  endpoints: string;
  /** Whether `names` is one operation (`keeps`) or several (`keep`). */
  plural: boolean;
}

export function testedOperations(report: ConformanceReport): TestedOperations {
  const tested = report.operations.filter((operation) => operation.tested);
  const untested = report.operations.filter((operation) => !operation.tested);
  const ids = tested.map((operation) => operation.operationId);
  return {
    tested,
    untested,
    names: operationNames(ids),
    endpoints: tested.map((operation) => `${operation.method} ${operation.path}`).join(', '),
    plural: ids.length > 1,
  };
}

/** `CreateUser`, `CreateUser and DescribeUser`, `CreateUser, DescribeUser and UpdateUser`. */
export function operationNames(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? '') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** `not tested: DeleteUser (no semantics declared)`, one line per operation the run left out. */
export function untestedLines(report: ConformanceReport): string[] {
  return testedOperations(report).untested.map(
    (operation) =>
      `Not tested: ${operation.operationId} (${operation.method} ${operation.path}): ${operation.reason ?? ''}`,
  );
}
