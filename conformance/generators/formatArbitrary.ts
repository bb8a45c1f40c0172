import fc from 'fast-check';
import { SpecError } from '../../core/errors';
import { conservativeEmail } from './conservativeEmail';

// Far enough apart for variety, inside the years every date library handles.
const EARLIEST = new Date('1970-01-01T00:00:00.000Z');
const LATEST = new Date('2099-12-31T23:59:59.999Z');

const label = fc.stringMatching(/^[a-z][a-z0-9]{0,9}$/);
const instant = fc.date({ min: EARLIEST, max: LATEST, noInvalidDate: true });

/** Strings of a `format`, in their plainest form; the formats listed here are all the kit generates. */
const FORMATS: Record<string, () => fc.Arbitrary<string>> = {
  email: conservativeEmail,
  // RFC 3339 with a `T` and a zone (toISOString always writes `Z`), as the kit's strict validator demands.
  'date-time': () => instant.map((date) => date.toISOString()),
  date: () => instant.map((date) => date.toISOString().slice(0, 10)),
  time: () => instant.map((date) => `${date.toISOString().slice(11, 19)}Z`),
  uuid: () => fc.uuid(),
  uri: () => fc.array(label, { maxLength: 3 }).map((segments) => `https://example.com/${segments.join('/')}`),
  hostname: () => label.map((name) => `${name}.example.com`),
  ipv4: () => fc.ipV4(),
};

export const SUPPORTED_FORMATS: readonly string[] = Object.keys(FORMATS);

/** Strings of the given `format`; an unknown format is a SpecError naming it and its JSON Pointer. */
export function formatArbitrary(format: unknown, pointer: string): fc.Arbitrary<string> {
  const make = typeof format === 'string' ? FORMATS[format] : undefined;
  if (!make) {
    throw new SpecError(
      `unsupported format ${JSON.stringify(format)} at ${pointer}/format: the conformance kit cannot generate ` +
        `values for it (supported: ${SUPPORTED_FORMATS.join(', ')})`,
    );
  }
  return make();
}
