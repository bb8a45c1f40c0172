import { SpecError } from '../errors';
import type { JsonObject } from '../json/jsonObject';
import { defaultSpecPath } from '../packageRoot';
import { responsesOf } from './extractOperations';
import type { LoadSpecOptions, Spec } from './loadSpec';
import { loadSpecCached } from './loadSpecCached';
import { isJsonMediaType } from './mediaType';
import type { OperationContract, ResponseContract } from './operationContract';

export type { HeaderContract, OperationContract, ResponseContract } from './operationContract';

/** An operation with a JSON request body, as the kit tests it. */
export interface FocusedOperation extends OperationContract {
  requestMediaType: string;
  requestSchema: JsonObject;
  requestSchemaPointer: string;
}

/** A loaded spec, focused on the operation under test. */
export interface Contract extends Spec {
  operation: FocusedOperation;
}

/**
 * Loads a spec safely (loadSpec) and focuses it on one operation, which must have a JSON request body. Read as
 * the kit reads it (no schema checked against the meta-schema: that is `lint`'s) and kept while its file is
 * unchanged, so a server and the kit in one process share one spec and its compiled schemas.
 */
export async function loadContract(
  specPath: string = defaultSpecPath(),
  operationId = 'CreateUser',
  options: LoadSpecOptions = {},
): Promise<Contract> {
  const spec = loadSpecCached(specPath, { validateSchemas: false, ...options });
  return focusContract(spec, operationId);
}

export function focusContract(spec: Spec, operationId: string): Contract {
  const operation = spec.operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new SpecError(`${spec.specPath}: no operation with operationId ${operationId}`);
  const fail = (what: string): never => {
    throw new SpecError(`${spec.specPath}: operation ${operationId} (#${operation.pointer}) ${what}`);
  };
  const body = operation.requestBody ?? fail('has no application/json request body');
  if (!isJsonMediaType(body.mediaType)) fail('has no application/json request body');
  const requestSchema = body.schema ?? fail('has no request body schema');
  return {
    ...spec,
    operation: {
      ...operation,
      requestMediaType: body.mediaType,
      requestSchema,
      requestSchemaPointer: body.schemaPointer,
    },
  };
}

/** The documented responses of an operation (dereferenced), in the order the spec lists them. */
export function responseContracts(operationPointer: string, operation: JsonObject): ResponseContract[] {
  return responsesOf(operationPointer, operation);
}

const documentedByStatus = new WeakMap<
  readonly ResponseContract[],
  Map<number, ResponseContract | undefined>
>();

/**
 * The documented response for a status: the exact code, then `2XX`-style ranges, then `default`. Looked up once
 * per status of an operation: several checks ask for every exchange.
 */
export function documentedResponse(
  operation: Pick<OperationContract, 'responses'>,
  status: number,
): ResponseContract | undefined {
  let byStatus = documentedByStatus.get(operation.responses);
  if (byStatus === undefined) {
    byStatus = new Map();
    documentedByStatus.set(operation.responses, byStatus);
  }
  if (!byStatus.has(status)) byStatus.set(status, findDocumentedResponse(operation, status));
  return byStatus.get(status);
}

function findDocumentedResponse(
  operation: Pick<OperationContract, 'responses'>,
  status: number,
): ResponseContract | undefined {
  const exact = operation.responses.find((response) => response.status === String(status));
  const range = operation.responses.find(
    (response) => response.status.toUpperCase() === `${String(status)[0]}XX`,
  );
  return exact ?? range ?? operation.responses.find((response) => response.status === 'default');
}
