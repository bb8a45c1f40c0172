import { isStrictDateTime } from '../../../core/spec/strictDateTime';

test.each([
  '2026-11-28T10:00:00Z',
  '2026-11-28T10:00:00.123Z',
  '2026-11-28T10:00:00.123456789+01:00',
  '2026-11-28t10:00:00z',
  '2024-02-29T23:59:59-05:30',
])('accepts the RFC 3339 date-time %s', (value) => {
  expect(isStrictDateTime(value)).toBe(true);
});

test.each([
  ['a space separator', '2026-11-28 10:00:00Z'],
  ['no time zone', '2026-11-28T10:00:00'],
  ['a zone without colon', '2026-11-28T10:00:00+0100'],
  ['a date only', '2026-11-28'],
  ['month 13', '2026-13-01T10:00:00Z'],
  ['February 30', '2026-02-30T10:00:00Z'],
  ['hour 24', '2026-11-28T24:00:00Z'],
  ['a JavaScript Date string', 'Sat Nov 28 2026 10:00:00 GMT+0000'],
  ['epoch milliseconds', '1796032800000'],
])('refuses %s', (_what, value) => {
  expect(isStrictDateTime(value)).toBe(false);
});
