import { type BodyMutation, mutatedValue } from './bodyMutation';
import { schemaLocations } from './schemaLocations';
import { setAtPointer } from './updateAtPointer';

const NAME = 'violate-enum';

export const violateEnum: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Replaces a value with one that is not among its enum (or const) values.',
  apply(value, context) {
    return schemaLocations(context.schema, value).flatMap((location) => {
      const allowed = Array.isArray(location.schema.enum)
        ? (location.schema.enum as unknown[])
        : 'const' in location.schema
          ? [location.schema.const]
          : undefined;
      if (!allowed) return [];
      const taken = new Set(allowed.map((item) => JSON.stringify(item)));
      // Close to a real value, so a server that only checks the type is caught.
      let text = `${String(allowed.find((item) => typeof item === 'string') ?? 'value')}-not-allowed`;
      while (taken.has(JSON.stringify(text))) text = `${text}-`;
      return [
        mutatedValue(setAtPointer(value, location.pointer, text), context, {
          name: NAME,
          description: `${location.pointer} is not one of the allowed values`,
          pointer: location.pointer,
        }),
      ];
    });
  },
};
