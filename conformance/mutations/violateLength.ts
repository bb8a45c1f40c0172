import { type BodyMutation, mutatedValue } from './bodyMutation';
import { schemaLocations } from './schemaLocations';
import { setAtPointer } from './updateAtPointer';

const NAME = 'violate-length';

/** `length` code points (JSON Schema counts code points) made from `text`'s own characters, or `x`s. */
function resized(text: string, length: number): string {
  const source = Array.from(text.length > 0 ? text : 'x');
  return Array.from({ length }, (_, index) => source[index % source.length]).join('');
}

export const violateLength: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Makes a string one character shorter than its minLength or longer than its maxLength.',
  apply(value, context) {
    return schemaLocations(context.schema, value).flatMap((location) => {
      if (typeof location.value !== 'string') return [];
      const { minLength, maxLength } = location.schema as { minLength?: number; maxLength?: number };
      const broken: { what: string; text: string }[] = [];
      if (minLength !== undefined && minLength > 0) {
        broken.push({
          what: `is shorter than minLength ${minLength}`,
          text: resized(location.value, minLength - 1),
        });
      }
      if (maxLength !== undefined) {
        broken.push({
          what: `is longer than maxLength ${maxLength}`,
          text: resized(location.value, maxLength + 1),
        });
      }
      return broken.map((item) =>
        mutatedValue(setAtPointer(value, location.pointer, item.text), context, {
          name: NAME,
          description: `${location.pointer} ${item.what}`,
          pointer: location.pointer,
        }),
      );
    });
  },
};
