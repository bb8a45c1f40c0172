import { isJsonObject } from '../generators/flattenSchema';
import type { BodyMutation } from './bodyMutation';
import { encodeBody, MULTIPART_MEDIA_TYPE } from './encodeBody';

const NAME = 'multipart-form-body';

/** What multer's `upload.none()` on the route accepts: a body that is not JSON must be refused. */
export const multipartFormBody: BodyMutation = {
  name: NAME,
  level: 'transport',
  doc: "Sends the valid body's properties as multipart/form-data fields (a form with a file input's body).",
  apply(value) {
    if (!isJsonObject(value)) return [];
    return [
      {
        value,
        bodyText: encodeBody(value, MULTIPART_MEDIA_TYPE),
        contentType: MULTIPART_MEDIA_TYPE,
        mutation: {
          name: NAME,
          level: 'transport',
          description: 'its properties sent as multipart/form-data fields',
          pointer: '',
        },
      },
    ];
  },
};
