import { type BodyMutation, mutatedValue } from './bodyMutation';
import { schemaLocations } from './schemaLocations';
import { setAtPointer } from './updateAtPointer';

/**
 * Email addresses no reasonable reading of `format: email` accepts. Never borderline ones (`a@b`,
 * `user@localhost`, non-ASCII), which real servers legitimately accept or refuse.
 */
function brokenEmails(email: string): { what: string; value: string }[] {
  const at = email.lastIndexOf('@');
  const local = at > 0 ? email.slice(0, at) : email || 'ada';
  const domain = at > 0 ? email.slice(at + 1) : 'example.com';
  const middle = Math.ceil(local.length / 2);
  const spaced = local.length > 1 ? `${local.slice(0, middle)} ${local.slice(middle)}` : `${local} ${local}`;
  return [
    { what: 'has no @', value: `${local}.${domain}` },
    { what: 'has two @', value: `${local}@${local}@${domain}` },
    { what: 'has whitespace inside', value: `${spaced}@${domain}` },
    { what: 'is empty', value: '' },
  ];
}

const NAME = 'violate-format';

export const violateFormat: BodyMutation = {
  name: NAME,
  level: 'schema',
  doc: 'Replaces a string with one its format plainly refuses (an email with no @, two @, whitespace, or empty).',
  apply(value, context) {
    return schemaLocations(context.schema, value).flatMap((location) => {
      const format = location.schema.format;
      if (typeof format !== 'string' || typeof location.value !== 'string') return [];
      const broken =
        format === 'email'
          ? brokenEmails(location.value)
          : [{ what: `is not a ${format}`, value: `not a ${format}` }];
      return broken.map((item) =>
        mutatedValue(setAtPointer(value, location.pointer, item.value), context, {
          name: NAME,
          description: `${location.pointer} ${item.what}`,
          pointer: location.pointer,
        }),
      );
    });
  },
};
