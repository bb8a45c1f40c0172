import { documentedResponse, loadContract } from '../../../core/spec/loadContract';
import { createScratch, createUserOperation, type Scratch } from '../../support/specCopy';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => scratch.cleanup());

test('extracts the CreateUser operation, its request schema and its responses from the spec', async () => {
  const { operation } = await loadContract();
  expect(operation).toMatchObject({
    operationId: 'CreateUser',
    method: 'POST',
    path: '/api/org/v1/users',
    pointer: '/paths/~1api~1org~1v1~1users/post',
    requestMediaType: 'application/json',
    requiresBearer: true,
  });
  expect(operation.requestSchema.required).toEqual([
    'username',
    'email',
    'firstName',
    'lastName',
    'displayName',
  ]);
  expect(operation.responses.map((response) => response.status)).toEqual([
    '201',
    '400',
    '401',
    '403',
    'default',
  ]);
  expect(operation.responses.find((response) => response.status === '401')?.headers).toEqual([
    expect.objectContaining({ name: 'WWW-Authenticate', required: true }),
  ]);
});

test('documentedResponse falls back to default for undocumented statuses', async () => {
  const { operation } = await loadContract();
  expect(documentedResponse(operation, 201)?.status).toBe('201');
  expect(documentedResponse(operation, 404)?.status).toBe('default');
  expect(documentedResponse(operation, 500)?.status).toBe('default');
});

test('documentedResponse: the exact status, then its range (4XX), and default only after both', () => {
  const operation = {
    responses: [{ status: 'default' }, { status: '4XX' }, { status: '404' }],
  } as Parameters<typeof documentedResponse>[0];
  expect(documentedResponse(operation, 404)?.status).toBe('404');
  expect(documentedResponse(operation, 409)?.status).toBe('4XX');
  expect(documentedResponse(operation, 503)?.status).toBe('default');
});

test.each<[string, (spec: any) => void, RegExp]>([
  [
    'no CreateUser operation',
    (spec) => (createUserOperation(spec).operationId = 'MakeUser'),
    /no operation with operationId CreateUser$/,
  ],
  [
    'OpenAPI 3.0',
    (spec) => (spec.openapi = '3.0.3'),
    /only OpenAPI 3\.1 documents are supported, found openapi: 3\.0\.3$/,
  ],
  [
    'no JSON request body',
    (spec) => delete createUserOperation(spec).requestBody,
    /has no application\/json request body$/,
  ],
  [
    'a dangling $ref',
    (spec) => (spec.components.schemas.User.properties.id.$ref = '#/components/schemas/Nope'),
    /Nope/,
  ],
])('a spec with %s is a SpecError on one line', async (_what, edit, message) => {
  const specPath = scratch.spec(edit);
  const error = await loadContract(specPath).catch((caught: Error) => caught);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).name).toBe('SpecError');
  expect((error as Error).message).toMatch(message);
  expect((error as Error).message).not.toContain('\n');
});

test('the shared validator reports issues with JSON Pointers into the value', async () => {
  const { operation, validator } = await loadContract();
  expect(
    validator.validate(operation.requestSchema, {
      username: 'a',
      email: 'x',
      firstName: 'A',
      lastName: 'B',
      displayName: 'C',
    }),
  ).toEqual([
    {
      pointer: '/email',
      keyword: 'format',
      message: '/email must match format "email"',
      params: { format: 'email' },
    },
  ]);
  expect(
    validator.validate(operation.requestSchema, {
      username: 'a',
      email: 'a@example.com',
      firstName: 'A',
      lastName: 'B',
      displayName: 'C',
    }),
  ).toEqual([]);
});

test('one validator compiles several schemas that share an x- extension', async () => {
  const { document, validator } = await loadContract();
  const schemas = (document.components as any).schemas;
  expect(validator.validate(schemas.UserSpec, {})).not.toEqual([]);
  expect(validator.validate({ type: 'string', 'x-lakesail-unique': true }, 'a')).toEqual([]);
  expect(validator.validate({ type: 'number', 'x-lakesail-unique': true }, 'a')).toHaveLength(1);
});
