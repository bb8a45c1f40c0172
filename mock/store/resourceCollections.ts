import { isObject, type JsonObject } from '../../core/json/jsonObject';
import { valueAtPointer } from '../../core/spec/jsonPointer';
import type { Spec } from '../../core/spec/loadSpec';
import type { OperationContract } from '../../core/spec/operationContract';
import { propertyRoles, type Role, UNIQUE_KEYWORD } from '../../core/spec/operationSemantics';

/**
 * The resources one group of operations acts on: a `create` at a path (`/api/org/v1/users`) and the `describe`
 * and `update` one level below it (`/api/org/v1/users/{user}`, the parameter marked `x-lakesail-role: id`).
 * Everything here comes from the spec's declarations, never from a property's or an operation's name.
 */
export interface ResourceCollection {
  /** The last segment of the collection's path (`users`): its list is `GET /__mock/users`, its key in files. */
  name: string;
  /** The collection's path, a `create`'s path: `/api/org/v1/users`. */
  path: string;
  /** The path template of one resource (`/api/org/v1/users/{user}`), when an operation acts on one. */
  itemPath: string | undefined;
  /** The path parameter of `itemPath` that holds the ID. */
  itemParameter: string | undefined;
  /** The schema of a stored resource: the 2xx body of its `create` (else of its `describe`). */
  schema: JsonObject;
  /** Its name in the spec's components (`User`), else `resource`: for messages. */
  schemaName: string;
  /** The schema a `create` takes, when there is one: `--data` may give resources in this shape. */
  createSchema: JsonObject | undefined;
  /** Its name in the spec's components (`UserSpec`), else `create request`. */
  createSchemaName: string;
  /** What one resource is called in messages: the schema's name, lower case first (`user`). */
  noun: string;
  /** The properties with `x-lakesail-role`: `id` always, `created-at` and `updated-at` when declared. */
  roles: Partial<Record<Role, string>> & { id: string };
  /** Top-level properties a request of the collection marks `x-lakesail-unique`: what `--unique` refuses twice. */
  uniqueProperties: string[];
}

/** The collections of a spec, and which one each operation acts on. */
export interface ResourceCollections {
  all: readonly ResourceCollection[];
  of(contract: OperationContract): ResourceCollection | undefined;
}

/**
 * Groups the operations that declare an action by their collection's path. A group becomes a collection when
 * its resource schema has a property marked `x-lakesail-role: id` (how else would the mock find a resource
 * again); a malformed role is a SpecError naming where.
 */
export function resourceCollections(spec: Spec): ResourceCollections {
  const groups = new Map<string, OperationContract[]>();
  for (const contract of spec.operations) {
    if (contract.semantics === undefined) continue;
    const key = collectionPath(contract);
    groups.set(key, [...(groups.get(key) ?? []), contract]);
  }
  const byPath = new Map<string, ResourceCollection>();
  const names = new Set<string>();
  for (const [path, contracts] of groups) {
    const collection = toCollection(spec, path, contracts, names);
    if (collection) byPath.set(path, collection);
  }
  return {
    all: [...byPath.values()],
    of: (contract) => (contract.semantics ? byPath.get(collectionPath(contract)) : undefined),
  };
}

/** A `create`'s own path; for an operation on one resource, its path without the trailing `/{id}`. */
function collectionPath(contract: OperationContract): string {
  const parameter = contract.semantics?.resourceParameter;
  const suffix = `/{${parameter}}`;
  if (parameter !== undefined && contract.path.endsWith(suffix)) {
    return contract.path.slice(0, -suffix.length) || '/';
  }
  return contract.path;
}

function toCollection(
  spec: Spec,
  path: string,
  contracts: OperationContract[],
  names: Set<string>,
): ResourceCollection | undefined {
  const create = contracts.find((contract) => contract.semantics?.action === 'create');
  const describe = contracts.find((contract) => contract.semantics?.action === 'describe');
  const source = create ?? describe;
  const response = source?.responses.find((candidate) => /^2/.test(candidate.status) && candidate.schema);
  if (!source || !response?.schema) return undefined;
  const where = `${spec.specPath}#${source.pointer}/responses/${response.status}`;
  const roles = propertyRoles(where, response.schema);
  if (roles.id === undefined) return undefined;
  const item = contracts.find((contract) => contract.semantics?.resourceParameter !== undefined);
  const schemaName = componentName(spec, response.schemaPointer) ?? 'resource';
  return {
    name: uniqueName(path, names),
    path,
    itemPath: item?.path,
    itemParameter: item?.semantics?.resourceParameter,
    schema: response.schema,
    schemaName,
    createSchema: create?.requestBody?.schema,
    createSchemaName: componentName(spec, create?.requestBody?.schemaPointer) ?? 'create request',
    noun: schemaName.charAt(0).toLowerCase() + schemaName.slice(1),
    roles: { ...roles, id: roles.id },
    uniqueProperties: uniqueProperties(contracts, response.schema),
  };
}

function uniqueProperties(contracts: OperationContract[], schema: JsonObject): string[] {
  const stored = isObject(schema.properties) ? schema.properties : {};
  const unique = new Set<string>();
  for (const contract of contracts) {
    const properties = contract.requestBody?.schema?.properties;
    if (!isObject(properties)) continue;
    for (const [name, property] of Object.entries(properties)) {
      if (isObject(property) && property[UNIQUE_KEYWORD] === true && name in stored) unique.add(name);
    }
  }
  return [...unique];
}

/** `User` for a schema written `$ref: '#/components/schemas/User'`. */
function componentName(spec: Spec, pointer: string | undefined): string | undefined {
  if (pointer === undefined) return undefined;
  const reference = (valueAtPointer(spec.raw, pointer) as { $ref?: unknown } | undefined)?.$ref;
  const match = typeof reference === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(reference) : null;
  return match?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
}

// `/api/org/v1/users` -> `users`; a second collection of the same name gets `users-2`.
function uniqueName(path: string, names: Set<string>): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !segment.startsWith('{'));
  const base = segments.at(-1) ?? 'resources';
  let name = base;
  for (let count = 2; names.has(name); count++) name = `${base}-${count}`;
  names.add(name);
  return name;
}
