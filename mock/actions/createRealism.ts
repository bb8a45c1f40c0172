import { asObject, isObject, type JsonObject } from '../../core/json/jsonObject';
import { propertyRoles, type Role } from '../../core/spec/operationSemantics';
import { referenceTarget } from '../../core/spec/referenceTarget';
import type { ActionRealism, RealismTools } from './actionRealism';

/**
 * `x-lakesail-action: create`: a 2xx answer is the resource the request made. Every property the response
 * shares with the request is the submitted value, exactly (a nested object of another schema is made the same
 * way); a property with `x-lakesail-role: id` is a fresh ID, `created-at` and `updated-at` are now; any other
 * property keeps Prism's value. Property lists come from the two schemas, never from names.
 */
export const createRealism: ActionRealism = (operation, where, tools) => {
  const requestSchema = operation.requestSchema;
  if (!requestSchema) return undefined;
  // Checked at start, so a malformed role stops the mock (exit 2) instead of failing a request.
  for (const response of operation.contract.responses) {
    if (/^2/.test(response.status)) propertyRoles(`${where}/responses/${response.status}`, response.schema);
  }
  const make = createdObjectMaker(tools);
  return {
    answer({ status, submitted, base, now }) {
      const responseSchema = operation.responseSchema(status);
      if (!responseSchema || !isObject(submitted)) return base;
      const created = make(requestSchema, responseSchema, submitted, asObject(base), now);
      const id = created[idProperty(resolved(responseSchema)) ?? ''];
      if (typeof id === 'string') tools.resources.remember(id, created);
      return created;
    },
  };
};

type MakeObject = (
  requestSchema: unknown,
  responseSchema: unknown,
  submitted: JsonObject,
  base: JsonObject,
  now: string,
) => JsonObject;

function createdObjectMaker(tools: RealismTools): MakeObject {
  const makeObject: MakeObject = (requestSchema, responseSchema, submitted, base, now) => {
    const request = asObject(resolved(requestSchema).properties);
    const response = resolved(responseSchema);
    const required = new Set(Array.isArray(response.required) ? response.required : []);
    const roles = roleOfProperty(response);
    const body: JsonObject = {};
    for (const [name, schema] of Object.entries(asObject(response.properties))) {
      const role = roles.get(name);
      let value: unknown;
      if (role === 'id') value = tools.freshId(resolved(schema));
      else if (role === 'created-at' || role === 'updated-at') value = now;
      else if (name in request && name in submitted)
        value = echo(request[name], schema, submitted[name], now);
      if (
        value === undefined &&
        name in base &&
        (role !== undefined || !(name in request) || required.has(name))
      ) {
        value = base[name];
      }
      if (value !== undefined) body[name] = value;
    }
    return body;
  };

  // The submitted value when the response's schema takes it; a nested object or array made like the top one
  // when the two schemas differ (a `UserSpec` inside the request, a `User` inside the answer).
  const echo = (requestSchema: unknown, responseSchema: unknown, value: unknown, now: string): unknown => {
    if (tools.validator.validate(resolved(responseSchema), value).length === 0) return value;
    const request = resolved(requestSchema);
    const response = resolved(responseSchema);
    if (isObject(value) && isObject(response.properties))
      return makeObject(request, response, value, {}, now);
    if (Array.isArray(value) && response.items !== undefined && request.items !== undefined) {
      return value.map((item) => echo(request.items, response.items, item, now));
    }
    return undefined;
  };
  return makeObject;
}

/** A schema, or what a kept `$ref` (a recursive schema's cycle) stands for. */
function resolved(schema: unknown): JsonObject {
  return asObject(referenceTarget(schema) ?? schema);
}

const rolesBySchema = new WeakMap<object, Map<string, Role>>();

function roleOfProperty(schema: JsonObject): Map<string, Role> {
  let roles = rolesBySchema.get(schema);
  if (!roles) {
    roles = new Map(Object.entries(rolesOf(schema)).map(([role, name]) => [name, role as Role]));
    rolesBySchema.set(schema, roles);
  }
  return roles;
}

function idProperty(schema: JsonObject): string | undefined {
  for (const [name, role] of roleOfProperty(schema)) if (role === 'id') return name;
  return undefined;
}

function rolesOf(schema: JsonObject): Partial<Record<Role, string>> {
  try {
    return propertyRoles('', schema);
  } catch {
    // A nested schema's malformed role only loses its realism; the top ones were checked at start.
    return {};
  }
}
