/** Names of the properties of an object schema that are `format: date-time` strings, in the spec's order. */
export function dateTimeProperties(schema: object | undefined): string[] {
  const properties = ((schema as { properties?: unknown } | undefined)?.properties ?? {}) as Record<
    string,
    { format?: unknown }
  >;
  return Object.keys(properties).filter((name) => properties[name]?.format === 'date-time');
}
