import { childPointer, isJsonObject } from '../generators/flattenSchema';
import { type BodyMutation, mutatedValue } from './bodyMutation';
import { schemaLocations } from './schemaLocations';
import { removeAtPointer } from './updateAtPointer';

const NAME = 'remove-required-property';

export const removeRequiredProperty: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Removes a property the schema requires.',
  apply(value, context) {
    return schemaLocations(context.schema, value).flatMap((location) => {
      if (!isJsonObject(location.value) || !Array.isArray(location.schema.required)) return [];
      const present = (location.schema.required as string[]).filter((name) =>
        Object.hasOwn(location.value as object, name),
      );
      return present.map((name) => {
        const pointer = childPointer(location.pointer, name);
        return mutatedValue(removeAtPointer(value, pointer), context, {
          name: NAME,
          description: `removed required property ${pointer}`,
          pointer,
        });
      });
    });
  },
};
