import { SpecError } from '../errors';
import { isObject, type JsonObject } from '../json/jsonObject';
import type { ParameterContract } from './operationContract';

/** What an operation does to its resource (`x-lakesail-action`). */
export const ACTIONS = ['create', 'describe', 'update'] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * What the contract declares about an operation's meaning, beyond its shapes: the mock's realism and the kit's
 * checks work from this, never from an operation's name or path.
 */
export interface OperationSemantics {
  /** `create`: the response echoes the request and a new resource exists; `describe`: reads it; `update`: changes it. */
  action: Action;
  /**
   * The permission a 403 is about (`x-lakesail-permission`). `required`: a valid identity without it must get
   * 403; otherwise a server may answer it either way.
   */
  permission: { name: string; required: boolean } | undefined;
  /**
   * The path parameter that holds the ID of the resource the operation is about: the one marked
   * `x-lakesail-role: id`. Always set for `describe` and `update`, which act on one existing resource.
   */
  resourceParameter: string | undefined;
}

/** The actions that act on one existing resource, named by a path parameter. */
const ACTIONS_ON_ONE_RESOURCE: readonly Action[] = ['describe', 'update'];

/** What a property of a resource schema means (`x-lakesail-role`). */
export const ROLES = ['id', 'created-at', 'updated-at'] as const;
export type Role = (typeof ROLES)[number];

export const ACTION_KEYWORD = 'x-lakesail-action';
export const PERMISSION_KEYWORD = 'x-lakesail-permission';
export const ROLE_KEYWORD = 'x-lakesail-role';
/** On a request property: a server may refuse a value another resource already has (409). */
export const UNIQUE_KEYWORD = 'x-lakesail-unique';

/**
 * The semantics an operation declares (its own extensions, and its parameters'), or undefined when it declares
 * no action; a malformed declaration is a SpecError.
 */
export function operationSemantics(
  where: string,
  extensions: JsonObject,
  parameters: readonly ParameterContract[] = [],
): OperationSemantics | undefined {
  const resourceParameter = resourceParameterOf(where, parameters);
  const action = extensions[ACTION_KEYWORD];
  if (action === undefined) return undefined;
  if (!ACTIONS.includes(action as Action)) {
    throw new SpecError(`${where}: ${ACTION_KEYWORD} must be one of ${ACTIONS.join(', ')}`);
  }
  if (ACTIONS_ON_ONE_RESOURCE.includes(action as Action) && resourceParameter === undefined) {
    throw new SpecError(
      `${where}: ${ACTION_KEYWORD} ${String(action)} needs the path parameter that holds the resource's ID, marked ${ROLE_KEYWORD}: id`,
    );
  }
  return {
    action: action as Action,
    permission: permissionOf(where, extensions[PERMISSION_KEYWORD]),
    resourceParameter,
  };
}

/** The one path parameter marked `x-lakesail-role: id`, if any; the only role a parameter can have. */
function resourceParameterOf(where: string, parameters: readonly ParameterContract[]): string | undefined {
  let found: string | undefined;
  for (const parameter of parameters) {
    const role = parameter.extensions[ROLE_KEYWORD];
    if (role === undefined) continue;
    const at = `${where}: ${parameter.in} parameter ${parameter.name}`;
    if (role !== 'id') throw new SpecError(`${at}: ${ROLE_KEYWORD} on a parameter must be id`);
    if (parameter.in !== 'path') throw new SpecError(`${at}: ${ROLE_KEYWORD} id is for a path parameter`);
    if (found !== undefined) throw new SpecError(`${where}: two parameters have ${ROLE_KEYWORD} id`);
    found = parameter.name;
  }
  return found;
}

function permissionOf(where: string, value: unknown): OperationSemantics['permission'] {
  if (value === undefined) return undefined;
  if (!isObject(value) || typeof value.name !== 'string' || typeof value.required !== 'boolean') {
    throw new SpecError(`${where}: ${PERMISSION_KEYWORD} must be { name: <string>, required: <boolean> }`);
  }
  return { name: value.name, required: value.required };
}

/**
 * The top-level properties of a (dereferenced) object schema that carry a role: `{ id: 'id', createdAt:
 * 'created-at', ... }` read as role → property name. A role given twice, or an unknown one, is a SpecError.
 */
export function propertyRoles(where: string, schema: JsonObject | undefined): Partial<Record<Role, string>> {
  const roles: Partial<Record<Role, string>> = {};
  const properties = isObject(schema?.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    const role = isObject(property) ? property[ROLE_KEYWORD] : undefined;
    if (role === undefined) continue;
    if (!ROLES.includes(role as Role)) {
      throw new SpecError(`${where}/properties/${name}: ${ROLE_KEYWORD} must be one of ${ROLES.join(', ')}`);
    }
    if (roles[role as Role] !== undefined) {
      throw new SpecError(`${where}: two properties have ${ROLE_KEYWORD} ${String(role)}`);
    }
    roles[role as Role] = name;
  }
  return roles;
}
