type JsonObject = Record<string, unknown>;

/**
 * Makes a body from Prism's dynamic generator plausible: it invents properties the schema does not
 * declare (json-schema-faker fills open objects) and dates between 1890 and 1969, in any order.
 * Undeclared properties are dropped, unless the schema declares what extra properties may be; every
 * `date-time` becomes `now`, so that no time is in the far past and none comes before another.
 */
export function cleanGenerated(schema: unknown, value: unknown, now: string): unknown {
  if (!isObject(schema)) return value;
  if (Array.isArray(value)) return value.map((item) => cleanGenerated(schema.items, item, now));
  if (typeof value === 'string' && schema.format === 'date-time') return now;
  if (!isObject(value) || !isObject(schema.properties)) return value;
  const declared = schema.properties;
  const extrasDeclared = schema.additionalProperties !== undefined || schema.patternProperties !== undefined;
  const cleaned: JsonObject = {};
  for (const [name, item] of Object.entries(value)) {
    if (name in declared) cleaned[name] = cleanGenerated(declared[name], item, now);
    else if (extrasDeclared) cleaned[name] = item;
  }
  return cleaned;
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
