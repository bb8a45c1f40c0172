import { asObject, isObject, type JsonObject } from '../../core/json/jsonObject';
import { oncePerObject } from '../../core/oncePerObject';
import { propertyRoles, type Role } from '../../core/spec/operationSemantics';
import { referenceTarget } from '../../core/spec/referenceTarget';
import type { SchemaValidator } from '../../core/spec/schemaValidator';

/** Makes resources from what a request submitted, following the two schemas and the declared roles. */
export interface ResourceMaker {
  /**
   * The resource a `create` makes: every property the response schema shares with the request schema is the
   * submitted value, exactly (a nested object of another schema is made the same way); `x-lakesail-role: id` is
   * a fresh ID, `created-at` and `updated-at` are now; any other property keeps `base`'s value.
   */
  create(
    requestSchema: unknown,
    responseSchema: unknown,
    submitted: JsonObject,
    base: JsonObject,
    now: string,
  ): JsonObject;
  /** A submitted value as the response schema's property holds it; undefined when it cannot hold it. */
  echo(requestSchema: unknown, responseSchema: unknown, value: unknown, now: string): unknown;
}

type Tools = { validator: SchemaValidator; freshId(schema: object): string | undefined };

export function resourceMaker(tools: Tools): ResourceMaker {
  const create: ResourceMaker['create'] = (requestSchema, responseSchema, submitted, base, now) => {
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
  const echo: ResourceMaker['echo'] = (requestSchema, responseSchema, value, now) => {
    if (tools.validator.validate(resolved(responseSchema), value).length === 0) return value;
    const request = resolved(requestSchema);
    const response = resolved(responseSchema);
    if (isObject(value) && isObject(response.properties)) return create(request, response, value, {}, now);
    if (Array.isArray(value) && response.items !== undefined && request.items !== undefined) {
      return value.map((item) => echo(request.items, response.items, item, now));
    }
    return undefined;
  };
  return { create, echo };
}

/** A schema, or what a kept `$ref` (a recursive schema's cycle) stands for. */
export function resolved(schema: unknown): JsonObject {
  return asObject(referenceTarget(schema) ?? schema);
}

/** The role of each property of an object schema that has one. */
export const roleOfProperty = oncePerObject(
  (schema: JsonObject): Map<string, Role> =>
    new Map(Object.entries(rolesOf(schema)).map(([role, name]) => [name, role as Role])),
);

function rolesOf(schema: JsonObject): Partial<Record<Role, string>> {
  try {
    return propertyRoles('', schema);
  } catch {
    // A nested schema's malformed role only loses its realism; the top ones were checked at start.
    return {};
  }
}
