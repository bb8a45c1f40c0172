import { measureClockOffset } from '../../conformance/checks/measureClockOffset';
import { timestampsPlausible } from '../../conformance/checks/timestamps-plausible';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import {
  ADA,
  contextFor,
  createdUser,
  exchangeFor,
  jsonResponse,
  RECEIVED_AT,
  SENT_AT,
  validCase,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const iso = (ms: number) => new Date(ms).toISOString();
const exchangeWith = (timestamps: Record<string, unknown>) =>
  exchangeFor(validCase(), jsonResponse(201, createdUser(ADA, timestamps)));
const check = (timestamps: Record<string, unknown>) =>
  timestampsPlausible.check(exchangeWith(timestamps), contextFor(contract));

test.each([
  ['inside the exchange', { createdAt: iso(SENT_AT + 20), updatedAt: iso(SENT_AT + 20) }],
  [
    'at the edge of the clock skew',
    { createdAt: iso(SENT_AT - 60_000), updatedAt: iso(RECEIVED_AT + 60_000) },
  ],
  // Sent at 09:30:00.000: a server that cuts to the second may write the second that began just before.
  ['cut to the second', { createdAt: '2026-01-15T09:29:00Z', updatedAt: '2026-01-15T09:29:00Z' }],
  [
    'in another zone',
    { createdAt: '2026-01-15T10:30:00.020+01:00', updatedAt: '2026-01-15T10:30:00.020+01:00' },
  ],
  ['updated later', { createdAt: iso(SENT_AT + 10), updatedAt: iso(SENT_AT + 30) }],
])('accepts timestamps %s', (_name, timestamps) => {
  expect(check(timestamps)).toEqual([]);
});

test('rejects a stale createdAt', () => {
  expect(check({ createdAt: '2026-01-15T08:30:00Z', updatedAt: iso(SENT_AT + 20) })).toEqual([
    {
      checkId: 'timestamps-plausible',
      title: 'Implausible timestamp',
      message:
        'createdAt is 3600000 ms before the request was sent, more than the allowed clock skew of 60000 ms',
      received: 'createdAt: "2026-01-15T08:30:00Z"',
      documented: 'between 2026-01-15T09:28:59.001Z and 2026-01-15T09:31:00.040Z',
    },
  ]);
});

test('rejects a timestamp from the future and an updatedAt before createdAt', () => {
  expect(check({ createdAt: iso(RECEIVED_AT + 60_001), updatedAt: iso(SENT_AT) })).toEqual([
    {
      checkId: 'timestamps-plausible',
      title: 'Implausible timestamp',
      message:
        'createdAt is 60001 ms after the response was received, more than the allowed clock skew of 60000 ms',
      received: 'createdAt: "2026-01-15T09:31:00.041Z"',
      documented: 'between 2026-01-15T09:29:00.000Z and 2026-01-15T09:31:00.040Z',
    },
    {
      checkId: 'timestamps-plausible',
      title: 'Implausible timestamp',
      message: 'updatedAt is 60041 ms before createdAt',
      received: 'updatedAt: "2026-01-15T09:30:00.000Z", createdAt: "2026-01-15T09:31:00.041Z"',
      documented: 'updatedAt not before createdAt',
    },
  ]);
});

test('a stale timestamp cut to the second gets one second of slack, no more', () => {
  expect(check({ createdAt: '2026-01-15T09:28:59Z', updatedAt: iso(SENT_AT) })).toHaveLength(1);
});

test('leaves malformed timestamps to the schema check', () => {
  expect(check({ createdAt: '2026-01-15 09:30:00Z', updatedAt: 'yesterday' })).toEqual([]);
});

test('measures the clock offset from createdAt and the middle of the exchange', () => {
  expect(measureClockOffset(exchangeWith({ createdAt: iso(SENT_AT + 20) }), contract.operation)).toBe(0);
  expect(measureClockOffset(exchangeWith({ createdAt: iso(SENT_AT + 3020) }), contract.operation)).toBe(3000);
  // Cut to the second, 09:29:58Z stands for 09:29:58.4995 on average (-1520.5 ms, rounded).
  expect(measureClockOffset(exchangeWith({ createdAt: '2026-01-15T09:29:58Z' }), contract.operation)).toBe(
    -1520,
  );
  const refused = exchangeFor(validCase(), jsonResponse(400, { message: 'x' }));
  expect(measureClockOffset(refused, contract.operation)).toBeUndefined();
});
