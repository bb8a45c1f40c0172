import type { BodyMutation } from './bodyMutation';

const NAME = 'wrong-content-type';

export const wrongContentType: BodyMutation = {
  name: NAME,
  level: 'transport',
  doc: 'Sends the valid JSON body as text/plain.',
  apply(value) {
    return [
      {
        value,
        bodyText: JSON.stringify(value),
        contentType: 'text/plain',
        mutation: {
          name: NAME,
          level: 'transport',
          description: 'sent as Content-Type: text/plain',
          pointer: '',
        },
      },
    ];
  },
};
