import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';
import { alsoAccepting } from '../variation/alsoAccepting';

const MULTIPART = 'multipart/form-data';

/** Parses `multipart/form-data` bodies too, each field a property (multer's `upload.none()` on the route). */
export function multipartBodyAccepted(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    bodyParser: alsoAccepting(MULTIPART, (contentType, bytes) =>
      formFields(contentType, bytes.toString('utf8')),
    ),
  });
}

/** The text fields of a multipart/form-data body: `name="..."` parts, by the boundary its Content-Type names. */
function formFields(contentType: string, text: string): Record<string, string> {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  const fields: Record<string, string> = {};
  if (boundary === undefined) return fields;
  for (const part of text.split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n');
    const name = /\bname="([^"]*)"/.exec(part.slice(0, Math.max(split, 0)))?.[1];
    if (split === -1 || name === undefined) continue;
    fields[name] = part.slice(split + 4).replace(/\r\n$/, '');
  }
  return fields;
}
