import { type BodyMutation, mutatedValue } from './bodyMutation';
import { schemaLocations } from './schemaLocations';
import { setAtPointer } from './updateAtPointer';

const NAME = 'violate-pattern';

// Tried in order; the first one the pattern refuses is used. Plain enough to read in a report.
const CANDIDATES = ['!', ' ', '~not matching~', '0', 'a', 'A', ''];

export const violatePattern: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Replaces a string with one its pattern does not match.',
  apply(value, context) {
    return schemaLocations(context.schema, value).flatMap((location) => {
      if (typeof location.value !== 'string' || typeof location.schema.pattern !== 'string') return [];
      const pattern = new RegExp(location.schema.pattern, 'u');
      const text = CANDIDATES.find((candidate) => !pattern.test(candidate));
      if (text === undefined) return [];
      return [
        mutatedValue(setAtPointer(value, location.pointer, text), context, {
          name: NAME,
          description: `${location.pointer} does not match pattern ${location.schema.pattern}`,
          pointer: location.pointer,
        }),
      ];
    });
  },
};
