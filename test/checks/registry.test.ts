import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL_CHECKS, CHECK_REGISTRY, createCheckRegistry } from '../../conformance/checks';
import type { Exchange } from '../../conformance/model/exchange';
import { type Contract, loadContract } from '../../core/spec/loadContract';
import {
  ADA,
  contextFor,
  createdUser,
  exchangeFor,
  expecting,
  jsonResponse,
  MODELED_ID,
  malformedCase,
  modelCase,
  runCheckOver,
  validCase,
} from './exchangeFor';

let contract: Contract;
beforeAll(async () => {
  contract = await loadContract();
});

const docs = readFileSync(path.join(__dirname, '../../docs/checks.md'), 'utf8');

test('check ids are unique and kebab-case', () => {
  const ids = ALL_CHECKS.map((check) => check.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
});

test.each(ALL_CHECKS.map((check) => [check.id, check] as const))(
  '%s has a title, a one-line doc and a section in docs/checks.md',
  (id, check) => {
    expect(check.title).not.toBe('');
    expect(check.doc).not.toMatch(/\n/);
    expect(docs).toContain(`## \`${id}\` — ${check.title}\n\n${check.doc}\n`);
  },
);

test.each(ALL_CHECKS.map((check) => [check.id, check] as const))(
  '%s says in a few words what holds when it passes (a passing jest test is titled with it)',
  (_id, check) => {
    expect(check.holds).toMatch(/^[a-z0-9][^\n]{5,59}$/);
    expect(check.holds).not.toBe(check.title);
  },
);

test('docs/checks.md documents no check the kit lacks', () => {
  const documented = [...docs.matchAll(/^## `([^`]+)`/gm)].map((match) => match[1]);
  expect(documented).toEqual(ALL_CHECKS.map((check) => check.id));
});

test('the registry refuses a duplicate id, naming it', () => {
  const [first] = ALL_CHECKS;
  if (!first) throw new Error('no checks');
  expect(() => createCheckRegistry([first, { ...first }])).toThrow(`Duplicate check id "${first.id}"`);
  expect(() => createCheckRegistry([{ ...first, id: 'Not_Kebab' }])).toThrow(
    'Check id "Not_Kebab" is not kebab-case',
  );
  expect(CHECK_REGISTRY.byId('user-echo')?.title).toBe('Submitted values not echoed');
  expect(CHECK_REGISTRY.byId('no-such-check')).toBeUndefined();
});

describe('every check', () => {
  const removed = {
    name: 'remove-required-property',
    level: 'schema' as const,
    description: 'x',
    pointer: '',
  };
  // Exchanges broken in many ways at once, so that most checks find something in one of them.
  const battery = (): Exchange[] => [
    exchangeFor(validCase(), jsonResponse(201, createdUser())),
    exchangeFor(
      validCase(),
      jsonResponse(201, createdUser(ADA, { createdAt: '1999-01-01T00:00:00Z', id: 'x' })),
    ),
    exchangeFor(validCase(), jsonResponse(201, { ...createdUser(), firstName: 'Eve', id: 'U7K2Q9XW3M' })),
    exchangeFor(
      validCase({ value: { ...ADA, id: 'PLANTED1' } }),
      jsonResponse(201, createdUser(ADA, { id: 'PLANTED1' })),
    ),
    exchangeFor(validCase(), {
      status: 500,
      headers: {},
      bodyText: `at f (/srv/a.js:1:2)\n${'x'.repeat(500)}`,
    }),
    exchangeFor(
      malformedCase(removed, { value: {} }),
      jsonResponse(401, { message: 's3cr3t-valid-token-0001' }),
    ),
    exchangeFor(validCase(), {
      ...jsonResponse(201, createdUser()),
      headers: { 'content-length': '209715200' },
      bodyCutAtBytes: 4 * 1024 * 1024,
    }),
    // Sequence requests whose answers disagree with the model on every property it expects.
    exchangeFor(
      modelCase({
        summary: '200: user 1 as last seen',
        user: 'user 1',
        agreement: {
          ...expecting('firstName', 'Ada', 'describes-created-user'),
          ...expecting('lastName', 'Lovelace', 'update-applied'),
          ...expecting('id', MODELED_ID, 'immutable-properties'),
          ...expecting('displayName', 'Ada Lovelace', 'refused-leaves-no-trace'),
        },
        updatedAtNotBefore: { property: 'updatedAt', ms: Date.parse('2030-01-01T00:00:00Z'), seen: 'later' },
      }),
      jsonResponse(200, createdUser(ADA, { firstName: 'E', lastName: 'V', id: 'X1', displayName: 'E V' })),
    ),
    exchangeFor(
      modelCase({ summary: '404: no such user', neverCreated: true }),
      jsonResponse(200, createdUser()),
    ),
    exchangeFor(validCase(), {
      kind: 'rate-limited',
      rule: 'it answered 429 10 times in a row',
      response: jsonResponse(429, { message: 'slow down' }),
    }),
    exchangeFor(validCase(), { kind: 'timeout', timeoutMs: 5000, connected: true }),
    exchangeFor(validCase(), {
      kind: 'connection-error',
      code: 'ECONNRESET',
      message: 'socket\nhang up',
      connected: true,
    }),
  ];

  test('returns one-line violations carrying its own id and title, short received/documented', () => {
    const context = contextFor(contract);
    const found = new Set<string>();
    for (const check of ALL_CHECKS) {
      const violations =
        check.kind === 'run'
          ? runCheckOver(check, battery(), context)
          : battery().flatMap((exchange) => {
              const verdict = check.check(exchange, context);
              return Array.isArray(verdict) ? verdict : [];
            });
      for (const violation of violations) {
        found.add(check.id);
        expect(violation).toMatchObject({ checkId: check.id, title: check.title });
        expect(violation.message).not.toMatch(/[\r\n]/);
        expect((violation.received ?? '').length).toBeLessThanOrEqual(260);
        expect((violation.documented ?? '').length).toBeLessThanOrEqual(260);
        expect(JSON.stringify(violation)).not.toContain('s3cr3t-valid-token-0001');
      }
    }
    // The battery must exercise nearly every check, or the assertions above prove little.
    expect(ALL_CHECKS.filter((check) => !found.has(check.id)).map((check) => check.id)).toEqual([
      'status-code-documented',
    ]);
  });

  test('has nothing to say about a timeout or a connection error, unless that is its subject', () => {
    const context = contextFor(contract);
    const endings = [
      exchangeFor(validCase(), { kind: 'timeout', timeoutMs: 5000, connected: true }),
      exchangeFor(validCase(), {
        kind: 'connection-error',
        code: 'ECONNREFUSED',
        message: 'refused',
        connected: true,
      }),
    ];
    const speaking = ALL_CHECKS.filter((check) =>
      check.kind === 'run'
        ? runCheckOver(check, endings, context).length > 0
        : endings.some((exchange) => {
            const verdict = check.check(exchange, context);
            return !Array.isArray(verdict) || verdict.length > 0;
          }),
    ).map((check) => check.id);
    expect(speaking).toEqual(['response-time', 'no-connection-error']);
  });
});
