import { isJsonObject } from '../generators/flattenSchema';
import type { BodyMutation } from './bodyMutation';
import { encodeBody, FORM_MEDIA_TYPE } from './encodeBody';

const NAME = 'form-urlencoded-body';

/** What `express.urlencoded()` beside `express.json()` accepts: a body that is not JSON must be refused. */
export const formUrlencodedBody: BodyMutation = {
  name: NAME,
  level: 'transport',
  doc: "Sends the valid body's properties as application/x-www-form-urlencoded fields (an HTML form's body).",
  apply(value) {
    if (!isJsonObject(value)) return [];
    return [
      {
        value,
        bodyText: encodeBody(value, FORM_MEDIA_TYPE),
        contentType: FORM_MEDIA_TYPE,
        mutation: {
          name: NAME,
          level: 'transport',
          description: `its properties sent as ${FORM_MEDIA_TYPE} fields`,
          pointer: '',
        },
      },
    ];
  },
};
