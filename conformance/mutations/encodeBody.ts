import { mediaTypeEssence } from '../../core/spec/mediaType';
import { isJsonObject } from '../generators/flattenSchema';

/** The media type of HTML forms: `name=value&...` (the kit's `form-urlencoded-body`). */
export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** The boundary of the kit's multipart bodies: no value the kit sends contains it. */
export const MULTIPART_BOUNDARY = 'lakesail-contract-form-boundary-7e1f';

/** The Content-Type of the kit's multipart bodies (`multipart-form-body`). */
export const MULTIPART_MEDIA_TYPE = `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`;

/**
 * The text of a body value as its Content-Type writes it: the value's properties as HTML form fields
 * (`application/x-www-form-urlencoded`) or multipart/form-data parts, and JSON for any other media type (a JSON
 * body sent as `text/plain` is still JSON text). The nonce changes a value after it was planned, so its text is
 * written again from here.
 */
export function encodeBody(value: unknown, contentType: string | undefined): string {
  const essence = mediaTypeEssence(contentType ?? '');
  if (essence === FORM_MEDIA_TYPE) return new URLSearchParams(formFields(value)).toString();
  if (essence === 'multipart/form-data') {
    const parts = formFields(value).map(
      ([name, text]) =>
        `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${text}\r\n`,
    );
    return `${parts.join('')}--${MULTIPART_BOUNDARY}--\r\n`;
  }
  return JSON.stringify(value);
}

/** An object's properties as form fields: strings as they are, any other value as its JSON text. */
export function formFields(value: unknown): [string, string][] {
  if (!isJsonObject(value)) return [];
  return Object.entries(value).map(([name, item]) => [
    name,
    typeof item === 'string' ? item : JSON.stringify(item),
  ]);
}
