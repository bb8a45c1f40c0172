import { childPointer, isJsonObject } from '../generators/flattenSchema';
import { type BodyMutation, mutatedValue } from './bodyMutation';
import { schemaLocations } from './schemaLocations';
import { setAtPointer } from './updateAtPointer';

const NAME = 'add-disallowed-property';

/** `unknownProperty`, or `unknownProperty2`, ... : the first name that is neither declared nor reserved. */
export function unknownPropertyName(declared: object, reserved: ReadonlySet<string>): string {
  for (let suffix = 1; ; suffix++) {
    const name = suffix === 1 ? 'unknownProperty' : `unknownProperty${suffix}`;
    if (!Object.hasOwn(declared, name) && !reserved.has(name)) return name;
  }
}

export const addDisallowedProperty: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Adds an unknown property to an object whose schema says additionalProperties: false.',
  apply(value, context) {
    return schemaLocations(context.schema, value).flatMap((location) => {
      if (!isJsonObject(location.value) || location.schema.additionalProperties !== false) return [];
      const declared = { ...location.value, ...(location.schema.properties as object | undefined) };
      const pointer = childPointer(
        location.pointer,
        unknownPropertyName(declared, context.reservedPropertyNames),
      );
      return [
        mutatedValue(setAtPointer(value, pointer, 'unexpected'), context, {
          name: NAME,
          description: `added unknown property ${pointer} where additionalProperties is false`,
          pointer,
        }),
      ];
    });
  },
};
