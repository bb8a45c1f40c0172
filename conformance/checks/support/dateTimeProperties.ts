import { oncePerObject } from '../../../core/oncePerObject';

/**
 * Names of the properties of an object schema that are `format: date-time` strings, in the spec's order. Read once
 * per schema: the checks ask for every answer.
 */
export function dateTimeProperties(schema: object | undefined): readonly string[] {
  return schema === undefined ? [] : dateTimePropertiesOnce(schema);
}

const dateTimePropertiesOnce = oncePerObject(readDateTimeProperties);

function readDateTimeProperties(schema: object): string[] {
  const properties = ((schema as { properties?: unknown }).properties ?? {}) as Record<
    string,
    { format?: unknown }
  >;
  return Object.keys(properties).filter((name) => properties[name]?.format === 'date-time');
}
