import { fullFormats } from 'ajv-formats/dist/formats';

// RFC 3339 section 5.6: a `T` (or `t`) between date and time and a zone that is `Z` or `±hh:mm`.
// ajv-formats alone also accepts a space separator and `+0100`, which RFC 3339 does not.
const RFC3339_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

const calendarCheck = fullFormats['date-time'] as { validate: (value: string) => boolean };

/** True when `value` is an RFC 3339 date-time with a `T` separator, a time zone and real calendar values. */
export function isStrictDateTime(value: string): boolean {
  return RFC3339_DATE_TIME.test(value) && calendarCheck.validate(value);
}
