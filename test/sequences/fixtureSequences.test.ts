import { CreateCommand } from '../../conformance/sequences/commands/createCommand';
import { DescribeCommand } from '../../conformance/sequences/commands/describeCommand';
import { UpdateCommand } from '../../conformance/sequences/commands/updateCommand';
import { fixtureSequences } from '../../conformance/sequences/fixtureSequences';
import { type ResourceOperations, resourceOperations } from '../../conformance/sequences/resourceOperations';
import { loadFixturesFile } from '../../core/fixtures/loadFixturesFile';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { defaultFixturesFolder } from '../../core/packageRoot';
import { focusContract } from '../../core/spec/loadContract';
import { loadSpec } from '../../core/spec/loadSpec';

const spec = loadSpec();
const shipped = (name: string) => loadFixturesFile(`${defaultFixturesFolder()}/${name}`);
const describes = shipped('describe-user.yaml').fixtures;
const updates = shipped('update-user.yaml').fixtures;
const FIXTURES = new Map([
  ['DescribeUser', describes],
  ['UpdateUser', updates],
]);

/** The users resource with the operations `tested` (CreateUser always). */
function usersResource(tested: string[]): ResourceOperations {
  const ids = ['CreateUser', ...tested];
  const operations = spec.operations.filter((operation) => ids.includes(operation.operationId));
  const contracts = ids.filter((id) => id !== 'DescribeUser').map((id) => focusContract(spec, id));
  return resourceOperations(contracts, operations)[0] as ResourceOperations;
}

const everyOperation = usersResource(['DescribeUser', 'UpdateUser']);

/** A fixture as loadFixturesFile reads one, with a JSON body unless `body` is left out. */
function fixture(overrides: Partial<RequestFixture> & Pick<RequestFixture, 'id'>): RequestFixture {
  const body = 'body' in overrides ? overrides.body : { displayName: 'Ada' };
  return {
    kind: overrides.id.startsWith('valid-') ? 'valid' : 'malformed',
    reason: 'a test fixture',
    expect: [200],
    pathParameters: { user: { resource: 'existing' } },
    ...(body === undefined
      ? { bodyText: '', contentType: undefined }
      : { body, bodyText: JSON.stringify(body), contentType: 'application/json' }),
    ...overrides,
  };
}

describe('fixtureSequences', () => {
  test('each describe and update fixture is a sequence of its own, in file order, and the shipped ones are all sent', () => {
    const { sequences, warnings } = fixtureSequences(everyOperation, FIXTURES, 7);
    expect(warnings).toEqual([]);
    expect(sequences.map(({ operationId, fixtureId }) => `${operationId} ${fixtureId}`)).toEqual([
      ...describes.map((entry) => `DescribeUser ${entry.id}`),
      ...updates.map((entry) => `UpdateUser ${entry.id}`),
    ]);
  });

  test('a user created first where the fixture names { $resource: existing }, then its request as written, expecting its statuses', () => {
    const { sequences } = fixtureSequences(everyOperation, FIXTURES, 7);
    for (const [operationId, fixtures] of FIXTURES) {
      for (const entry of fixtures) {
        const sequence = sequences.find(
          (candidate) => candidate.operationId === operationId && candidate.fixtureId === entry.id,
        );
        const existing = Object.values(entry.pathParameters).some(
          (value) => 'resource' in value && value.resource === 'existing',
        );
        const request = sequence?.commands.at(-1) as DescribeCommand | UpdateCommand;
        expect(sequence?.commands.length).toBe(existing ? 2 : 1);
        if (existing) expect(sequence?.commands[0]).toBeInstanceOf(CreateCommand);
        expect(request).toBeInstanceOf(operationId === 'DescribeUser' ? DescribeCommand : UpdateCommand);
        const curated = request instanceof UpdateCommand ? request.variant.curated : request.curated;
        expect(curated).toEqual({ fixtureId: entry.id, expect: entry.expect });
        const given = Object.values(entry.pathParameters)[0];
        if (given && 'literal' in given)
          expect(request.target).toEqual({ kind: 'literal', id: given.literal });
      }
    }
  });

  test("an update fixture whose fault is in its ID sends a valid body; one malformed in its body, the fixture's mutation", () => {
    const { sequences } = fixtureSequences(everyOperation, FIXTURES, 7);
    const sent = (id: string) => {
      const sequence = sequences.find(
        (candidate) => candidate.operationId === 'UpdateUser' && candidate.fixtureId === id,
      );
      return (sequence!.commands.at(-1) as UpdateCommand).sent;
    };
    expect(sent('malformed-id-hyphen').body).toEqual({
      mode: 'valid',
      origin: { kind: 'fixture', fixtureId: 'malformed-id-hyphen' },
      value: { displayName: 'Ada Lovelace' },
    });
    expect(sent('malformed-username-null').body).toMatchObject({
      mode: 'malformed',
      mutation: { name: 'change-type', level: 'schema', pointer: '/username' },
    });
    expect(sent('malformed-merge-patch-content-type')).toMatchObject({
      body: { mode: 'malformed', mutation: { name: 'wrong-content-type', level: 'transport' } },
      bodyText: '{"displayName": "Ada Lovelace"}',
      contentType: 'application/merge-patch+json',
    });
  });

  test("every fixture's user is created from the create's first valid fixture; without one, from a body the seed fixes", () => {
    const bodies = (fixtures: ReadonlyMap<string, readonly RequestFixture[]>, seed: number) =>
      fixtureSequences(everyOperation, fixtures, seed).sequences.flatMap((sequence) =>
        sequence.commands.length === 2 ? [(sequence.commands[0] as CreateCommand).sent] : [],
      );
    const creates = shipped('create-user.yaml').fixtures;
    const curated = bodies(new Map([...FIXTURES, ['CreateUser', creates]]), 7);
    expect(new Set(curated.map((sent) => sent.bodyText))).toEqual(new Set([creates[0]?.bodyText]));
    expect(curated[0]?.body).toMatchObject({
      mode: 'valid',
      origin: { kind: 'fixture', fixtureId: 'valid-plain-ascii' },
    });
    const generated = bodies(FIXTURES, 7).map((sent) => sent.bodyText);
    expect(new Set(generated).size).toBe(1);
    expect(generated).toEqual(bodies(FIXTURES, 7).map((sent) => sent.bodyText));
    expect(generated[0]).not.toBe(creates[0]?.bodyText);
  });

  test('only the operations the run tests send their fixtures; a create alone sends none (its own are explicit cases)', () => {
    const ids = (resource: ResourceOperations) =>
      new Set(fixtureSequences(resource, FIXTURES, 7).sequences.map((sequence) => sequence.operationId));
    expect(ids(usersResource(['UpdateUser']))).toEqual(new Set(['UpdateUser']));
    expect(ids(usersResource(['DescribeUser']))).toEqual(new Set(['DescribeUser']));
    expect(fixtureSequences(usersResource([]), FIXTURES, 7)).toEqual({ sequences: [], warnings: [] });
  });

  test('a fixture the spec disagrees with, or that a sequence cannot send as written, is not sent: the warning says why', () => {
    const bad = new Map([
      [
        'DescribeUser',
        [
          fixture({ id: 'valid-with-a-body', expect: [200] }),
          fixture({ id: 'valid-lower-case', body: undefined, pathParameters: { user: { literal: 'ada' } } }),
          fixture({
            id: 'malformed-valid-id',
            expect: [400, 404],
            body: undefined,
            pathParameters: { user: { literal: 'U7K2Q9XW3M' } },
            violates: { keyword: 'pattern', pointer: '', parameter: 'user' },
          }),
          fixture({ id: 'valid-no-id', body: undefined, pathParameters: {} }),
          fixture({ id: 'valid-dot', body: undefined, pathParameters: { user: { literal: '..' } } }),
        ],
      ],
      [
        'UpdateUser',
        [
          fixture({ id: 'valid-number-name', body: { displayName: 42 } }),
          fixture({
            id: 'malformed-fine-body',
            expect: [400],
            violates: { keyword: 'type', pointer: '/displayName' },
          }),
          fixture({
            id: 'valid-org',
            pathParameters: { user: { resource: 'existing' }, org: { literal: 'ACME' } },
          }),
        ],
      ],
    ]);
    const { sequences, warnings } = fixtureSequences(everyOperation, bad, 7);
    expect(sequences).toEqual([]);
    expect(warnings).toEqual([
      'fixture valid-with-a-body of DescribeUser is not sent: DescribeUser takes no request body, and it sends one',
      'fixture valid-lower-case of DescribeUser is not sent: the spec refuses its ID (must match pattern "^[A-Z0-9]+$")',
      'fixture malformed-valid-id of DescribeUser is not sent: the spec accepts its ID, so it is not malformed',
      'fixture valid-no-id of DescribeUser is not sent: it gives no value for path parameter user',
      'fixture valid-dot of DescribeUser is not sent: its ID .. is a dot segment, which no path keeps',
      'fixture valid-number-name of UpdateUser is not sent: the spec refuses it (/displayName must be string)',
      'fixture malformed-fine-body of UpdateUser is not sent: the spec accepts it, so it is not malformed',
      'fixture valid-org of UpdateUser is not sent: it gives path parameter org, which UpdateUser does not have',
    ]);
  });
});
