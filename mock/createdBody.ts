type JsonObject = Record<string, unknown>;

export interface CreatedBodyParts {
  /** The request body schema (dereferenced), e.g. UserSpec. */
  requestSchema: JsonObject;
  /** The 201 body schema (dereferenced), e.g. User. */
  responseSchema: JsonObject;
  /** The validated request body. */
  submitted: JsonObject;
  /** What Prism would have sent: the example or a generated body. */
  base: JsonObject;
  /** The current time, RFC 3339. */
  now: string;
  /** A fresh server-assigned ID fitting a property schema, or undefined. */
  freshId: (schema: object) => string | undefined;
}

/**
 * The 201 a real server sends: every property the response shares with the request is the submitted
 * value, exactly; the properties only the server knows are fresh (`date-time` ones are now, so
 * `updatedAt` equals `createdAt`; IDs are new). Property lists come from the two schemas.
 */
export function createdBody(parts: CreatedBodyParts): JsonObject {
  const requestProperties = asObject(parts.requestSchema.properties);
  const responseProperties = asObject(parts.responseSchema.properties);
  const required = new Set(Array.isArray(parts.responseSchema.required) ? parts.responseSchema.required : []);
  const body: JsonObject = {};
  for (const [name, schema] of Object.entries(responseProperties)) {
    if (name in requestProperties) {
      if (name in parts.submitted) body[name] = parts.submitted[name];
      else if (required.has(name) && name in parts.base) body[name] = parts.base[name];
      continue;
    }
    const propertySchema = asObject(schema);
    if (propertySchema.format === 'date-time') {
      body[name] = parts.now;
      continue;
    }
    const id = parts.freshId(propertySchema);
    if (id !== undefined) body[name] = id;
    else if (name in parts.base) body[name] = parts.base[name];
  }
  return body;
}

function asObject(value: unknown): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : {};
}
