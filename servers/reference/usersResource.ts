import { asObject, type JsonObject } from '../../core/json/jsonObject';
import type { Contract } from '../../core/spec/loadContract';
import { isJsonMediaType } from '../../core/spec/mediaType';
import type { OperationContract } from '../../core/spec/operationContract';
import { type Action, propertyRoles } from '../../core/spec/operationSemantics';
import { type PathParameters, pathTemplateMatcher } from '../../core/spec/pathTemplate';

/** The properties of a user the server sets, never the client: the spec's `x-lakesail-role`s. */
export interface UserRoles {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** One operation the reference serves, with what it needs of the spec worked out once. */
export interface ServedOperation {
  contract: OperationContract;
  action: Action;
  /** The schema a JSON request body must match, and its media type; undefined for an operation without one. */
  requestSchema: JsonObject | undefined;
  requestMediaType: string | undefined;
  /** The request properties the action stores: those the request schema declares, never a role's. */
  properties: string[];
  /** The path parameter holding the user's ID (`x-lakesail-role: id`), and its schema. */
  resourceParameter: { name: string; schema: JsonObject | undefined } | undefined;
  /** What a 403 says is missing. */
  forbiddenMessage: string;
  /** The path's parameters, when a request path fits this operation's template. */
  match(path: string): PathParameters | undefined;
}

/** The users resource as the spec declares it: the operations that act on it and the properties it sets. */
export interface UsersResource {
  operations: ServedOperation[];
  roles: UserRoles;
  /** The path of the user with this ID (a describe operation's path), the `Location` of a 201. */
  locationOf(id: string): string | undefined;
}

// A spec that declares no roles gets the names the published reference uses.
const CONVENTIONAL_ROLES: UserRoles = { id: 'id', createdAt: 'createdAt', updatedAt: 'updatedAt' };

/**
 * The resource of the contract's focused operation (CreateUser, served as its create whatever it declares), and
 * every `describe` and `update` operation on one of its members: the path `<create path>/{<resource
 * parameter>}`. Operations on other resources are not served: one store holds one resource.
 */
export function usersResource(contract: Contract): UsersResource {
  const create = contract.operation;
  const roles = rolesOf(contract, create);
  const createOperation = served(create, 'create', create.requestSchema, roles);
  const members = contract.operations.flatMap((operation) => {
    const semantics = operation.semantics;
    if (semantics?.action !== 'describe' && semantics?.action !== 'update') return [];
    if (operation.path !== `${create.path}/{${semantics.resourceParameter}}`) return [];
    const body = operation.requestBody;
    const schema = body && isJsonMediaType(body.mediaType) ? body.schema : undefined;
    return [served(operation, semantics.action, schema, roles)];
  });
  const describe = members.find((operation) => operation.action === 'describe');
  return {
    operations: [createOperation, ...members],
    roles,
    locationOf: (id) =>
      describe?.resourceParameter &&
      describe.contract.path.replace(`{${describe.resourceParameter.name}}`, encodeURIComponent(id)),
  };
}

function served(
  contract: OperationContract,
  action: Action,
  requestSchema: JsonObject | undefined,
  roles: UserRoles,
): ServedOperation {
  const declared = Object.keys(asObject(asObject(contract.requestBody?.schema).properties));
  const roleProperties = Object.values(roles);
  const parameterName = contract.semantics?.resourceParameter;
  const parameter = contract.parameters.find((candidate) => candidate.name === parameterName);
  const permission = contract.semantics?.permission;
  return {
    contract,
    action,
    requestSchema,
    requestMediaType: requestSchema === undefined ? undefined : contract.requestBody?.mediaType,
    properties: declared.filter((name) => !roleProperties.includes(name)),
    resourceParameter: parameter && { name: parameter.name, schema: parameter.schema },
    forbiddenMessage: permission
      ? `The identity does not have the ${permission.name} permission.`
      : 'The identity is not allowed to perform this operation.',
    match: pathTemplateMatcher(contract.path),
  };
}

/** The roles the create's success response declares, each falling back to the published reference's name. */
function rolesOf(contract: Contract, create: OperationContract): UserRoles {
  const success = create.responses.find((response) => /^2/.test(response.status) && response.schema);
  const declared = propertyRoles(`${contract.specPath}#${create.pointer}`, success?.schema);
  return {
    id: declared.id ?? CONVENTIONAL_ROLES.id,
    createdAt: declared['created-at'] ?? CONVENTIONAL_ROLES.createdAt,
    updatedAt: declared['updated-at'] ?? CONVENTIONAL_ROLES.updatedAt,
  };
}
