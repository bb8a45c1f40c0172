/**
 * The facts of the published API reference (shared/reference/CreateUser.md and Users.md), asserted against the
 * spec. A change to spec/openapi.yaml that drifts from the reference fails here.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultSpecPath } from '../../../core/packageRoot';
import { valueAtPointer } from '../../../core/spec/jsonPointer';

const OP = '/paths/~1api~1org~1v1~1users/post';
const USER_PATH = '/paths/~1api~1org~1v1~1users~1{user}';
const DESCRIBE = `${USER_PATH}/get`;
const UPDATE = `${USER_PATH}/patch`;
const USER_SPEC = '/components/schemas/UserSpec';
const USER_UPDATE = '/components/schemas/UserUpdate';
const USER = '/components/schemas/User';

const userSpecProperties: [string, string][] = [
  ['username', 'The username of the user.'],
  ['email', 'The email address of the user.'],
  ['firstName', 'The first name of the user.'],
  ['lastName', 'The last name of the user.'],
  ['displayName', 'The display name of the user.'],
];
const userProperties: [string, string][] = [
  ['id', 'The user ID.'],
  ...userSpecProperties,
  ['createdAt', 'The time when the user was created.'],
  ['updatedAt', 'The time when the user was last updated.'],
];
const responses: [string, string][] = [
  ['201', 'The user was created successfully.'],
  ['400', 'The requested operation cannot be performed because the request is malformed.'],
  [
    '401',
    'The requested operation cannot be performed because the request lacks valid authentication credentials.',
  ],
  ['403', 'The identity is not allowed to perform the requested operation for the resource involved.'],
  ['default', 'The requested operation failed with an error.'],
];

// DescribeUser and UpdateUser list the same error responses (Users.md).
const errorResponses: [string, string][] = [
  ['400', 'The requested operation cannot be performed because the request is malformed.'],
  [
    '401',
    'The requested operation cannot be performed because the request lacks valid authentication credentials.',
  ],
  ['403', 'The identity is not allowed to perform the requested operation for the resource involved.'],
  ['404', 'The resource or dependent resources involved in the requested operation do not exist.'],
  ['default', 'The requested operation failed with an error.'],
];
const describeResponses: [string, string][] = [
  ['200', 'The information about the user is returned.'],
  ...errorResponses,
];
const updateResponses: [string, string][] = [
  ['200', 'The user was updated successfully.'],
  ...errorResponses,
];
const userUpdateProperties: [string, string][] = [
  ['username', 'The updated username of the user.'],
  ['email', 'The updated email address of the user.'],
  ['firstName', 'The updated first name of the user.'],
  ['lastName', 'The updated last name of the user.'],
  ['displayName', 'The updated display name of the user.'],
];

/** A fact: the value at a JSON Pointer of the spec as written; `firstLine` compares a description's first line. */
interface Fact {
  fact: string;
  pointer: string;
  expected: unknown;
  compare?: 'equal' | 'firstLine' | 'keys' | 'contains';
}

const keys = (fact: string, pointer: string, expected: string[]): Fact => ({
  fact,
  pointer,
  expected,
  compare: 'keys',
});
const firstLine = (fact: string, pointer: string, expected: string): Fact => ({
  fact,
  pointer,
  expected,
  compare: 'firstLine',
});

/** The facts of a DescribeUser or UpdateUser: its name, security, responses and their bodies. */
function userOperationFacts(
  name: string,
  pointer: string,
  summary: string,
  responses: [string, string][],
): Fact[] {
  return [
    { fact: `${name} operationId`, pointer: `${pointer}/operationId`, expected: name },
    { fact: `${name} summary`, pointer: `${pointer}/summary`, expected: summary },
    {
      fact: `${name} has no parameters of its own (no query parameters)`,
      pointer: `${pointer}/parameters`,
      expected: undefined,
    },
    { fact: `${name} bearer security`, pointer: `${pointer}/security`, expected: [{ bearerAuth: [] }] },
    keys(
      `${name} responses`,
      `${pointer}/responses`,
      responses.map(([status]) => status),
    ),
    ...responses.flatMap(([status, description]): Fact[] => [
      firstLine(`${name} ${status} description`, `${pointer}/responses/${status}/description`, description),
      keys(`${name} ${status} media types`, `${pointer}/responses/${status}/content`, ['application/json']),
      {
        fact: `${name} ${status} body schema`,
        pointer: `${pointer}/responses/${status}/content/application~1json/schema/$ref`,
        expected: status === '200' ? '#/components/schemas/User' : '#/components/schemas/Error',
      },
    ]),
    {
      fact: `${name} 401 requires WWW-Authenticate`,
      pointer: `${pointer}/responses/401/headers/WWW-Authenticate/required`,
      expected: true,
    },
    {
      fact: `${name} 403 names CanManageUsers`,
      pointer: `${pointer}/responses/403/description`,
      expected: 'CanManageUsers',
      compare: 'contains',
    },
  ];
}

const USERS_FACTS: Fact[] = [
  keys('the two paths', '/paths', ['/api/org/v1/users', '/api/org/v1/users/{user}']),
  keys('GET and PATCH are the methods on the user path', USER_PATH, ['parameters', 'get', 'patch']),
  { fact: 'the user path has one parameter', pointer: `${USER_PATH}/parameters/1`, expected: undefined },
  { fact: 'path parameter name', pointer: `${USER_PATH}/parameters/0/name`, expected: 'user' },
  { fact: 'path parameter location', pointer: `${USER_PATH}/parameters/0/in`, expected: 'path' },
  { fact: 'path parameter required', pointer: `${USER_PATH}/parameters/0/required`, expected: true },
  firstLine('path parameter description', `${USER_PATH}/parameters/0/description`, 'A user ID.'),
  {
    fact: 'path parameter is a ResourceId',
    pointer: `${USER_PATH}/parameters/0/schema/$ref`,
    expected: '#/components/schemas/ResourceId',
  },
  ...userOperationFacts('DescribeUser', DESCRIBE, 'Describes a user.', describeResponses),
  { fact: 'DescribeUser has no request body', pointer: `${DESCRIBE}/requestBody`, expected: undefined },
  ...userOperationFacts('UpdateUser', UPDATE, 'Updates a user.', updateResponses),
  keys('UpdateUser request media types (no merge-patch)', `${UPDATE}/requestBody/content`, [
    'application/json',
  ]),
  {
    fact: 'UpdateUser request schema',
    pointer: `${UPDATE}/requestBody/content/application~1json/schema/$ref`,
    expected: '#/components/schemas/UserUpdate',
  },
  { fact: 'UserUpdate is an object', pointer: `${USER_UPDATE}/type`, expected: 'object' },
  { fact: 'UserUpdate requires nothing', pointer: `${USER_UPDATE}/required`, expected: undefined },
  { fact: 'UserUpdate may be empty', pointer: `${USER_UPDATE}/minProperties`, expected: undefined },
  {
    fact: 'unknown update properties allowed',
    pointer: `${USER_UPDATE}/additionalProperties`,
    expected: undefined,
  },
  keys(
    'UserUpdate properties',
    `${USER_UPDATE}/properties`,
    userUpdateProperties.map(([name]) => name),
  ),
  ...userUpdateProperties.flatMap(([name, description]): Fact[] => [
    firstLine(`UserUpdate.${name} description`, `${USER_UPDATE}/properties/${name}/description`, description),
    {
      fact: `UserUpdate.${name} has UserSpec's type and format`,
      pointer: `${USER_UPDATE}/properties/${name}/$ref`,
      expected: `#/components/schemas/UserSpec/properties/${name}`,
    },
    // Nothing beside the $ref may change what a value may be (say, `type: [string, 'null']`).
    keys(`UserUpdate.${name} adds no constraint to UserSpec's`, `${USER_UPDATE}/properties/${name}`, [
      '$ref',
      ...(name === 'username' || name === 'email' ? ['x-lakesail-unique'] : []),
      'description',
    ]),
  ]),
];

const FACTS: Fact[] = [
  { fact: 'OpenAPI version', pointer: '/openapi', expected: '3.1.0' },
  { fact: 'local mock server', pointer: '/servers/0/url', expected: 'http://127.0.0.1:4010' },
  keys('POST is the only method on the path', '/paths/~1api~1org~1v1~1users', ['post']),
  { fact: 'operationId', pointer: `${OP}/operationId`, expected: 'CreateUser' },
  { fact: 'summary', pointer: `${OP}/summary`, expected: 'Creates a user.' },
  { fact: 'no path or query parameters', pointer: `${OP}/parameters`, expected: undefined },
  { fact: 'bearer security on the operation', pointer: `${OP}/security`, expected: [{ bearerAuth: [] }] },
  { fact: 'bearer scheme type', pointer: '/components/securitySchemes/bearerAuth/type', expected: 'http' },
  { fact: 'bearer scheme', pointer: '/components/securitySchemes/bearerAuth/scheme', expected: 'bearer' },
  { fact: 'request body required', pointer: `${OP}/requestBody/required`, expected: true },
  keys('request media types', `${OP}/requestBody/content`, ['application/json']),
  {
    fact: 'request schema',
    pointer: `${OP}/requestBody/content/application~1json/schema/$ref`,
    expected: '#/components/schemas/UserSpec',
  },
  { fact: 'UserSpec is an object', pointer: `${USER_SPEC}/type`, expected: 'object' },
  {
    fact: 'UserSpec requires all five',
    pointer: `${USER_SPEC}/required`,
    expected: userSpecProperties.map(([name]) => name),
  },
  keys(
    'UserSpec properties',
    `${USER_SPEC}/properties`,
    userSpecProperties.map(([name]) => name),
  ),
  {
    fact: 'unknown request properties allowed',
    pointer: `${USER_SPEC}/additionalProperties`,
    expected: undefined,
  },
  ...userSpecProperties.flatMap(([name, description]): Fact[] => [
    {
      fact: `UserSpec.${name} is a string`,
      pointer: `${USER_SPEC}/properties/${name}/type`,
      expected: 'string',
    },
    firstLine(`UserSpec.${name} description`, `${USER_SPEC}/properties/${name}/description`, description),
    {
      fact: `UserSpec.${name} format`,
      pointer: `${USER_SPEC}/properties/${name}/format`,
      expected: name === 'email' ? 'email' : undefined,
    },
    {
      fact: `UserSpec.${name} has no minLength`,
      pointer: `${USER_SPEC}/properties/${name}/minLength`,
      expected: undefined,
    },
    {
      fact: `UserSpec.${name} has no maxLength`,
      pointer: `${USER_SPEC}/properties/${name}/maxLength`,
      expected: undefined,
    },
    {
      fact: `UserSpec.${name} has no pattern`,
      pointer: `${USER_SPEC}/properties/${name}/pattern`,
      expected: undefined,
    },
  ]),
  { fact: 'User is an object', pointer: `${USER}/type`, expected: 'object' },
  {
    fact: 'User requires all eight',
    pointer: `${USER}/required`,
    expected: userProperties.map(([name]) => name),
  },
  ...userProperties.map(([name, description]) =>
    firstLine(`User.${name} description`, `${USER}/properties/${name}/description`, description),
  ),
  ...['username', 'email', 'firstName', 'lastName', 'displayName', 'createdAt', 'updatedAt'].map(
    (name): Fact => ({
      fact: `User.${name} is a string`,
      pointer: `${USER}/properties/${name}/type`,
      expected: 'string',
    }),
  ),
  ...['createdAt', 'updatedAt'].map(
    (name): Fact => ({
      fact: `User.${name} is a date-time`,
      pointer: `${USER}/properties/${name}/format`,
      expected: 'date-time',
    }),
  ),
  {
    fact: 'User.id is a ResourceId',
    pointer: `${USER}/properties/id/$ref`,
    expected: '#/components/schemas/ResourceId',
  },
  { fact: 'ResourceId is a string', pointer: '/components/schemas/ResourceId/type', expected: 'string' },
  { fact: 'ResourceId minLength', pointer: '/components/schemas/ResourceId/minLength', expected: 1 },
  { fact: 'ResourceId maxLength', pointer: '/components/schemas/ResourceId/maxLength', expected: 20 },
  { fact: 'ResourceId pattern', pointer: '/components/schemas/ResourceId/pattern', expected: '^[A-Z0-9]+$' },
  keys(
    'responses (no 422: Prism would answer it instead of 400)',
    `${OP}/responses`,
    responses.map(([status]) => status),
  ),
  ...responses.flatMap(([status, description]): Fact[] => [
    firstLine(`${status} description`, `${OP}/responses/${status}/description`, description),
    keys(`${status} media types`, `${OP}/responses/${status}/content`, ['application/json']),
    {
      fact: `${status} body schema`,
      pointer: `${OP}/responses/${status}/content/application~1json/schema/$ref`,
      expected: status === '201' ? '#/components/schemas/User' : '#/components/schemas/Error',
    },
  ]),
  {
    fact: '401 requires WWW-Authenticate',
    pointer: `${OP}/responses/401/headers/WWW-Authenticate/required`,
    expected: true,
  },
  {
    fact: '403 names CanManageUsers',
    pointer: `${OP}/responses/403/description`,
    expected: 'CanManageUsers',
    compare: 'contains',
  },
  { fact: 'Error is an object', pointer: '/components/schemas/Error/type', expected: 'object' },
  { fact: 'Error requires message', pointer: '/components/schemas/Error/required', expected: ['message'] },
  {
    fact: 'Error.message is a string',
    pointer: '/components/schemas/Error/properties/message/type',
    expected: 'string',
  },
  {
    fact: 'Error.message description',
    pointer: '/components/schemas/Error/properties/message/description',
    expected: 'An error message.',
  },
  ...USERS_FACTS,
];

/** The facts a spec document drifts from, one line each. */
function drift(spec: unknown): string[] {
  const found: string[] = [];
  for (const { fact, pointer, expected, compare = 'equal' } of FACTS) {
    const actual = valueAtPointer(spec, pointer);
    const value =
      compare === 'keys'
        ? actual && typeof actual === 'object'
          ? Object.keys(actual)
          : actual
        : compare === 'firstLine'
          ? String(actual).split('\n')[0]
          : actual;
    const holds =
      compare === 'contains'
        ? String(actual).includes(String(expected))
        : JSON.stringify(value) === JSON.stringify(expected);
    if (!holds)
      found.push(
        `${fact} (${pointer}): expected ${JSON.stringify(expected)}, found ${JSON.stringify(value)}`,
      );
  }
  return found;
}

const spec = () => parse(readFileSync(defaultSpecPath(), 'utf8'));

test('the spec keeps every fact of the reference', () => {
  expect(drift(spec())).toEqual([]);
});

test.each<[string, string, boolean, [string, string][]]>([
  ['CreateUser', OP, true, responses],
  ['DescribeUser', DESCRIBE, false, describeResponses],
  ['UpdateUser', UPDATE, true, updateResponses],
])('every response and the request of %s have named examples', (_name, pointer, hasBody, statuses) => {
  const document = spec();
  const named = (at: string) =>
    Object.keys((valueAtPointer(document, at) as object | undefined) ?? {}).length;
  if (hasBody) expect(named(`${pointer}/requestBody/content/application~1json/examples`)).toBeGreaterThan(0);
  for (const [status] of statuses) {
    expect(named(`${pointer}/responses/${status}/content/application~1json/examples`)).toBeGreaterThan(0);
  }
});

test('the user ID path parameter has a named example', () => {
  expect(Object.keys(valueAtPointer(spec(), `${USER_PATH}/parameters/0/examples`) as object)).not.toEqual([]);
});

describe('the guard catches drift', () => {
  test.each<[string, (document: any) => void, string]>([
    [
      'a required property dropped',
      (d) => d.components.schemas.UserSpec.required.pop(),
      'UserSpec requires all five',
    ],
    [
      'a length limit added',
      (d) => (d.components.schemas.UserSpec.properties.lastName.maxLength = 50),
      'UserSpec.lastName has no maxLength',
    ],
    [
      'a format removed',
      (d) => delete d.components.schemas.User.properties.createdAt.format,
      'User.createdAt is a date-time',
    ],
    [
      'a 422 added',
      (d) => (d.paths['/api/org/v1/users'].post.responses['422'] = { description: 'x' }),
      'responses (no 422',
    ],
    [
      'unknown properties forbidden',
      (d) => (d.components.schemas.UserSpec.additionalProperties = false),
      'unknown request properties allowed',
    ],
    [
      'a description reworded',
      (d) => (d.paths['/api/org/v1/users'].post.responses['403'].description = 'Forbidden.'),
      '403 description',
    ],
    [
      'security removed',
      (d) => delete d.paths['/api/org/v1/users'].post.security,
      'bearer security on the operation',
    ],
    [
      'the ResourceId pattern loosened',
      (d) => (d.components.schemas.ResourceId.pattern = '^.+$'),
      'ResourceId pattern',
    ],
    [
      "DescribeUser's 404 dropped",
      (d) => delete d.paths['/api/org/v1/users/{user}'].get.responses['404'],
      'DescribeUser responses',
    ],
    [
      'UpdateUser made a PUT',
      (d) => {
        const item = d.paths['/api/org/v1/users/{user}'];
        item.put = item.patch;
        delete item.patch;
      },
      'GET and PATCH are the methods on the user path',
    ],
    [
      'the user ID made optional',
      (d) => (d.paths['/api/org/v1/users/{user}'].parameters[0].required = false),
      'path parameter required',
    ],
    [
      'an update property made required',
      (d) => (d.components.schemas.UserUpdate.required = ['email']),
      'UserUpdate requires nothing',
    ],
    [
      'null allowed beside the $ref',
      (d) => (d.components.schemas.UserUpdate.properties.displayName.type = ['string', 'null']),
      "UserUpdate.displayName adds no constraint to UserSpec's",
    ],
    [
      'a merge-patch media type added',
      (d) => {
        const content = d.paths['/api/org/v1/users/{user}'].patch.requestBody.content;
        content['application/merge-patch+json'] = content['application/json'];
      },
      'UpdateUser request media types',
    ],
    [
      "UpdateUser's 200 reworded",
      (d) => (d.paths['/api/org/v1/users/{user}'].patch.responses['200'].description = 'Updated.'),
      'UpdateUser 200 description',
    ],
  ])('%s', (_change, edit, fact) => {
    const document = spec();
    edit(document);
    const found = drift(document);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((line) => line.startsWith(fact))).toBe(true);
  });
});
