import { type BodyMutation, mutatedValue } from './bodyMutation';
import { jsonKind } from './jsonKind';
import { schemaLocations } from './schemaLocations';
import { setAtPointer } from './updateAtPointer';

/** A plain value of each JSON type; arrays and objects wrap the original, as a confused client would. */
const REPLACEMENTS: { kind: string; make: (original: unknown) => unknown }[] = [
  { kind: 'number', make: () => 42 },
  { kind: 'null', make: () => null },
  { kind: 'array', make: (original) => [original] },
  { kind: 'object', make: (original) => ({ value: original }) },
  { kind: 'boolean', make: () => true },
  { kind: 'string', make: (original) => JSON.stringify(original) },
];

const NAME = 'change-type';

export const changeType: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Replaces a property value with a value of another JSON type (number, null, array, object, boolean, string).',
  // Offers every other type, even one the schema allows: re-validation drops what is still valid, so this
  // never needs to interpret `type` lists, `anyOf` or `enum` itself.
  apply(value, context) {
    return schemaLocations(context.schema, value)
      .filter((location) => location.pointer !== '')
      .flatMap((location) => {
        const from = jsonKind(location.value);
        return REPLACEMENTS.filter((replacement) => replacement.kind !== from).map((replacement) =>
          mutatedValue(setAtPointer(value, location.pointer, replacement.make(location.value)), context, {
            name: NAME,
            description: `${location.pointer} is a ${replacement.kind}, not a ${from}`,
            pointer: location.pointer,
          }),
        );
      });
  },
};
