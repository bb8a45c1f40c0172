import { type BodyMutation, mutatedValue } from './bodyMutation';
import { schemaLocations } from './schemaLocations';
import { setAtPointer } from './updateAtPointer';

const NAME = 'violate-range';

export const violateRange: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Replaces a number with one below its minimum or above its maximum.',
  apply(value, context) {
    return schemaLocations(context.schema, value).flatMap((location) => {
      if (typeof location.value !== 'number') return [];
      const schema = location.schema as Record<string, number | undefined>;
      const broken: { what: string; number: number }[] = [];
      if (schema.minimum !== undefined)
        broken.push({ what: `is below minimum ${schema.minimum}`, number: schema.minimum - 1 });
      if (schema.exclusiveMinimum !== undefined) {
        broken.push({ what: `is not above ${schema.exclusiveMinimum}`, number: schema.exclusiveMinimum });
      }
      if (schema.maximum !== undefined)
        broken.push({ what: `is above maximum ${schema.maximum}`, number: schema.maximum + 1 });
      if (schema.exclusiveMaximum !== undefined) {
        broken.push({ what: `is not below ${schema.exclusiveMaximum}`, number: schema.exclusiveMaximum });
      }
      return broken.map((item) =>
        mutatedValue(setAtPointer(value, location.pointer, item.number), context, {
          name: NAME,
          description: `${location.pointer} ${item.what}`,
          pointer: location.pointer,
        }),
      );
    });
  },
};
