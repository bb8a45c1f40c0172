import { asObject, isObject } from '../../core/json/jsonObject';
import { valueAtPointer } from '../../core/spec/jsonPointer';
import { documentedResponse } from '../../core/spec/loadContract';
import { loadSpec } from '../../core/spec/loadSpec';
import { mediaTypeEssence } from '../../core/spec/mediaType';
import type { OperationContract } from '../../core/spec/operationContract';
import { type RunningMock, startMock } from '../../mock/startMock';
import { type MockResponse, send } from './support/send';

// `Prefer: code=` and named examples on every operation of the spec (CreateUser, DescribeUser, UpdateUser),
// each request valid and about a user the mock keeps: every documented status answers as documented, every
// named example comes back exactly as written.
const TOKEN = 'admin-token-1234';
const spec = loadSpec();
let mock: RunningMock;
let userId: string;

beforeAll(async () => {
  mock = await startMock({ port: 0, tokens: [TOKEN] });
  const create = spec.operations.find(
    (operation) => operation.semantics?.action === 'create',
  ) as OperationContract;
  const created = await call(create, {});
  userId = (created.json as { id: string }).id;
});
afterAll(() => mock.close());

/** A valid request of the operation: the spec's first request example, the ID of a kept user in the path. */
function call(operation: OperationContract, headers: Record<string, string>): Promise<MockResponse> {
  const body = firstRequestExample(operation);
  const path = operation.path.replace(/\{[^}]+\}/g, () => userId);
  const sent: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, ...headers };
  if (body !== undefined) sent['Content-Type'] = 'application/json';
  return send(mock.url, {
    method: operation.method,
    path,
    headers: sent,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

function firstRequestExample(operation: OperationContract): unknown {
  const media = asObject(
    valueAtPointer(spec.document, `${operation.pointer}/requestBody/content/application~1json`),
  );
  return Object.values(asObject(media.examples)).map((example) => asObject(example).value)[0];
}

function problems(operation: OperationContract, response: MockResponse): string[] {
  const documented = documentedResponse(operation, response.status);
  if (!documented) return [`${response.status} is not documented`];
  const found: string[] = [];
  if (
    documented.mediaType &&
    mediaTypeEssence(String(response.headers['content-type'])) !== documented.mediaType
  ) {
    found.push(`Content-Type ${response.headers['content-type']}`);
  }
  if (documented.schema) {
    for (const issue of spec.validator.validate(documented.schema, response.json)) found.push(issue.message);
  }
  return found;
}

describe.each(spec.operations.map((operation) => [operation.operationId, operation] as const))(
  '%s',
  (_id, operation) => {
    test.each([false, true])(
      'every documented Prefer: code answers as documented (dynamic=%s)',
      async (dynamic) => {
        for (const documented of operation.responses) {
          const code = documented.status === 'default' ? 500 : Number(documented.status);
          const response = await call(operation, {
            Prefer: `code=${code}${dynamic ? ', dynamic=true' : ''}`,
          });
          expect({ code, status: response.status, problems: problems(operation, response) }).toEqual({
            code,
            status: code,
            problems: [],
          });
          if (code < 300 && isObject(response.json) && operation.semantics?.action !== 'create') {
            // A 2xx about a kept user is that user.
            expect(response.json.id).toBe(userId);
          }
        }
      },
    );

    test('every named example comes back exactly as written', async () => {
      let seen = 0;
      for (const documented of operation.responses) {
        const code = documented.status === 'default' ? 500 : Number(documented.status);
        const content = asObject(
          valueAtPointer(spec.document, `${operation.pointer}/responses/${documented.status}/content`),
        );
        for (const [name, example] of Object.entries(
          asObject(asObject(content['application/json']).examples),
        )) {
          const response = await call(operation, { Prefer: `code=${code}, example=${name}` });
          expect({ name, status: response.status, body: response.json }).toEqual({
            name,
            status: code,
            body: asObject(example).value,
          });
          seen++;
        }
      }
      expect(seen).toBeGreaterThanOrEqual(operation.responses.length);
    });
  },
);
