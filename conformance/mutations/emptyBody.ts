import type { BodyMutation } from './bodyMutation';

const NAME = 'empty-body';

export const emptyBody: BodyMutation = {
  name: NAME,
  level: 'transport',
  doc: 'Sends no body at all, with the JSON Content-Type.',
  apply(_value, context) {
    return [
      {
        bodyText: '',
        contentType: context.mediaType,
        mutation: { name: NAME, level: 'transport', description: 'an empty body', pointer: '' },
      },
    ];
  },
};
