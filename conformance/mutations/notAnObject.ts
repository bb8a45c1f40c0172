import { isJsonObject } from '../generators/flattenSchema';
import { type BodyMutation, mutatedValue } from './bodyMutation';

const REPLACEMENTS: { kind: string; make: (original: unknown) => unknown }[] = [
  { kind: 'an array', make: (original) => [original] },
  { kind: 'null', make: () => null },
  { kind: 'a number', make: () => 42 },
  { kind: 'a string', make: () => 'not an object' },
];

const NAME = 'not-an-object';

export const notAnObject: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Sends an array, null, a number or a string where the body must be an object.',
  apply(value, context) {
    if (!isJsonObject(value)) return [];
    return REPLACEMENTS.map((replacement) =>
      mutatedValue(replacement.make(value), context, {
        name: NAME,
        description: `the body is ${replacement.kind}, not an object`,
        pointer: '',
      }),
    );
  },
};
