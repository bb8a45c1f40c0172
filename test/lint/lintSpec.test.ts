import path from 'node:path';
import { formatLintProblem } from '../../lint/lintProblem';
import { lintSpec } from '../../lint/lintSpec';
import { createScratch, createUserOperation, type Scratch } from '../support/specCopy';

let scratch: Scratch;
beforeAll(() => {
  scratch = createScratch();
});
afterAll(() => scratch.cleanup());

const EXAMPLES = '/paths/~1api~1org~1v1~1users/post';

test('the shipped spec and fixtures pass every check, and the result says what was checked', async () => {
  const result = await lintSpec();
  expect(result.problems).toEqual([]);
  expect(result.checked).toHaveLength(6);
  expect(result.checked[0]).toMatch(
    /valid OpenAPI 3\.1\.0 document with operations CreateUser, DescribeUser, UpdateUser/,
  );
  expect(result.checked[1]).toMatch(/^.*: \d+ examples against their schemas/);
  expect(result.checked[2]).toMatch(
    /: \d+ x-lakesail-\* declarations \(known, where they mean something, well-formed\)$/,
  );
  // Every fixtures file of the shipped folder, each against its own operation.
  for (const [index, operation] of ['CreateUser', 'DescribeUser', 'UpdateUser'].entries()) {
    expect(result.checked[3 + index]).toMatch(
      new RegExp(
        `\\d+ valid ${operation} fixtures hold \\(statuses, path parameters, request schema\\), \\d+ malformed ones fail`,
      ),
    );
  }
});

describe('document-valid', () => {
  test('a document that is not valid OpenAPI is one problem naming the file', async () => {
    const specPath = scratch.spec((spec) => {
      delete spec.info;
    }, 'no-info.yaml');
    const { problems } = await lintSpec({ specPath });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.check).toBe('document-valid');
    expect(formatLintProblem(problems[0]!)).toMatch(/no-info\.yaml#: .*info.*\[document-valid\]$/);
  });

  test('YAML that does not parse is a problem on one line, not a stack trace', async () => {
    const specPath = scratch.file('broken.yaml', 'openapi: 3.1.0\ninfo: [unclosed\n');
    const { problems } = await lintSpec({ specPath });
    expect(problems.map((problem) => problem.check)).toEqual(['document-valid']);
    expect(formatLintProblem(problems[0]!)).not.toContain('\n');
  });
});

describe('document-valid: declarations the loader reads', () => {
  test('an unknown action is one problem naming the operation, not a crash', async () => {
    const specPath = scratch.spec((spec) => {
      spec.paths['/api/org/v1/users/{user}'].get['x-lakesail-action'] = 'read';
    }, 'bad-action.yaml');
    const { problems } = await lintSpec({ specPath, fixturesPath: false });
    expect(problems).toEqual([
      {
        check: 'document-valid',
        file: specPath,
        pointer: '/paths/~1api~1org~1v1~1users~1{user}/get',
        message: 'x-lakesail-action must be one of create, describe, update',
      },
    ]);
  });
});

describe('semantics-valid', () => {
  test('a misspelt, a misplaced and a non-boolean declaration are each reported where they are', async () => {
    const specPath = scratch.spec((spec) => {
      spec.paths['/api/org/v1/users/{user}'].patch['x-lakesail-permision'] = {
        name: 'CanManageUsers',
        required: true,
      };
      spec.components.schemas.UserSpec['x-lakesail-action'] = 'create';
      spec.components.schemas.UserUpdate.properties.email['x-lakesail-unique'] = 'yes';
    }, 'bad-semantics.yaml');
    const { problems } = await lintSpec({ specPath, fixturesPath: false });
    expect(problems.map((problem) => [problem.check, problem.pointer, problem.message])).toEqual([
      [
        'semantics-valid',
        '/components/schemas/UserSpec/x-lakesail-action',
        'x-lakesail-action belongs on an operation; here it means nothing',
      ],
      [
        'semantics-valid',
        '/components/schemas/UserUpdate/properties/email/x-lakesail-unique',
        'x-lakesail-unique must be true or false',
      ],
      [
        'semantics-valid',
        '/paths/~1api~1org~1v1~1users~1{user}/patch/x-lakesail-permision',
        'x-lakesail-permision is not a known extension (x-lakesail-action, x-lakesail-permission, x-lakesail-role, x-lakesail-unique)',
      ],
    ]);
  });

  test('a role given twice, or unknown, in a schema is reported at the schema or the property', async () => {
    const specPath = scratch.spec((spec) => {
      spec.components.schemas.User.properties.updatedAt['x-lakesail-role'] = 'created-at';
      spec.components.schemas.Error.properties.message['x-lakesail-role'] = 'owner';
    }, 'bad-roles.yaml');
    const { problems } = await lintSpec({ specPath, fixturesPath: false });
    expect(problems.map((problem) => [problem.pointer, problem.message])).toEqual([
      [
        '/components/schemas/Error/properties/message',
        'x-lakesail-role must be one of id, created-at, updated-at',
      ],
      ['/components/schemas/User', 'two properties have x-lakesail-role created-at'],
    ]);
  });
});

describe('example-matches-schema', () => {
  test('a response example with a bad email is reported at its JSON Pointer', async () => {
    const specPath = scratch.spec((spec) => {
      createUserOperation(spec).responses['201'].content['application/json'].examples.ada.value.email =
        'not-an-email';
    }, 'bad-example.yaml');
    const { problems } = await lintSpec({ specPath });
    expect(problems).toEqual([
      {
        check: 'example-matches-schema',
        file: specPath,
        pointer: `${EXAMPLES}/responses/201/content/application~1json/examples/ada/value/email`,
        message:
          'example "ada" of the 201 application/json response of POST /api/org/v1/users does not match its schema: /email must match format "email"',
      },
    ]);
  });

  test('a request example missing a required property is reported', async () => {
    const specPath = scratch.spec((spec) => {
      delete createUserOperation(spec).requestBody.content['application/json'].examples.ada.value.username;
    }, 'bad-request-example.yaml');
    const { problems } = await lintSpec({ specPath });
    expect(problems.map((problem) => problem.pointer)).toEqual([
      `${EXAMPLES}/requestBody/content/application~1json/examples/ada/value/username`,
    ]);
  });

  test('a timestamp with a space separator breaks the strict date-time format', async () => {
    const specPath = scratch.spec((spec) => {
      createUserOperation(spec).responses['201'].content['application/json'].examples.ada.value.createdAt =
        '2026-01-15 09:30:00Z';
    }, 'bad-timestamp.yaml');
    const { problems } = await lintSpec({ specPath });
    expect(problems.map((problem) => problem.message)).toEqual([
      'example "ada" of the 201 application/json response of POST /api/org/v1/users does not match its schema: /createdAt must match format "date-time"',
    ]);
  });

  test("an example of the path item's {user} parameter is checked against ResourceId", async () => {
    const specPath = scratch.spec((spec) => {
      spec.paths['/api/org/v1/users/{user}'].parameters[0].examples.ada.value = 'u7k2q9xw3m';
    }, 'bad-parameter-example.yaml');
    const { problems } = await lintSpec({ specPath, fixturesPath: false });
    expect(problems.map((problem) => [problem.pointer, problem.message])).toEqual([
      [
        '/paths/~1api~1org~1v1~1users~1{user}/parameters/0/examples/ada/value',
        'example "ada" of parameter user of /api/org/v1/users/{user} does not match its schema: (root) must match pattern "^[A-Z0-9]+$"',
      ],
    ]);
  });

  test('schema-level and header examples are checked too', async () => {
    const specPath = scratch.spec((spec) => {
      spec.components.schemas.ResourceId.examples = ['lower-case'];
      createUserOperation(spec).responses['401'].headers['WWW-Authenticate'].example = 'Basic realm="x"';
    }, 'bad-schema-example.yaml');
    const { problems } = await lintSpec({ specPath });
    expect(problems.map((problem) => problem.pointer).sort()).toEqual([
      '/components/schemas/ResourceId/examples/0',
      `${EXAMPLES}/responses/401/headers/WWW-Authenticate/example`,
    ]);
  });
});

describe('fixture-matches-contract', () => {
  test('a valid fixture that breaks the schema is reported with the fixture id and pointer', async () => {
    const fixturesPath = scratch.fixtures((document) => {
      document.fixtures[0].body.email = 'ada@@example.com';
    }, 'bad-valid.yaml');
    const { problems } = await lintSpec({ fixturesPath });
    expect(problems).toEqual([
      {
        check: 'fixture-matches-contract',
        file: fixturesPath,
        pointer: '/email',
        message: 'fixture valid-plain-ascii: is meant to be valid but /email must match format "email"',
      },
    ]);
  });

  test('a malformed fixture that breaks something else than it states is reported', async () => {
    const fixturesPath = scratch.fixtures((document) => {
      const fixture = document.fixtures.find((entry: any) => entry.id === 'malformed-missing-email');
      fixture.violates = { keyword: 'required', pointer: '/username' };
    }, 'lying-malformed.yaml');
    const { problems } = await lintSpec({ fixturesPath });
    expect(problems.map((problem) => problem.message)).toEqual([
      'fixture malformed-missing-email: is meant to break "required" at /username but breaks required at /email',
    ]);
  });

  test('a malformed fixture whose body is in fact valid is reported', async () => {
    const fixturesPath = scratch.fixtures((document) => {
      const fixture = document.fixtures.find((entry: any) => entry.id === 'malformed-email-no-at');
      fixture.body.email = 'ada@example.com';
    }, 'valid-malformed.yaml');
    const { problems } = await lintSpec({ fixturesPath });
    expect(problems.map((problem) => problem.message)).toEqual([
      'fixture malformed-email-no-at: is meant to break "format" at /email but the body is valid',
    ]);
  });

  test('transport faults are checked: "invalid JSON" that parses is reported', async () => {
    const fixturesPath = scratch.fixtures((document) => {
      const fixture = document.fixtures.find((entry: any) => entry.id === 'malformed-json-syntax');
      fixture.rawBody = '{}';
    }, 'parsing-invalid-json.yaml');
    const { problems } = await lintSpec({ fixturesPath });
    expect(problems.map((problem) => problem.message)).toEqual([
      'fixture malformed-json-syntax: is meant to be invalid JSON but parses',
    ]);
  });

  test('a fixture expecting a status the spec does not document is reported', async () => {
    const fixturesPath = scratch.fixtures((document) => {
      document.fixtures[0].expect = [201];
    }, 'documented.yaml');
    const specPath = scratch.spec((spec) => {
      delete createUserOperation(spec).responses['201'];
      delete createUserOperation(spec).responses.default;
    }, 'no-201.yaml');
    const { problems } = await lintSpec({ specPath, fixturesPath });
    expect(problems.map((problem) => problem.message)).toContain(
      'fixture valid-plain-ascii: expects 201, which the spec does not document',
    );
  });

  test('a fixtures file out of format is one problem naming the entry', async () => {
    const fixturesPath = scratch.fixtures((document) => {
      document.fixtures[2].kind = 'sometimes';
    }, 'bad-kind.yaml');
    const { problems } = await lintSpec({ fixturesPath });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toBe('fixture valid-cjk: kind must be valid or malformed');
  });
});

describe('fixture-matches-contract for operations with path parameters', () => {
  const USER_PATH = '/api/org/v1/users/{user}';
  const lintDescribe = async (edit: (document: any) => void, specEdit?: (spec: any) => void) => {
    const fixturesPath = scratch.fixtures(edit, `describe-${Math.random()}.yaml`, 'describe-user.yaml');
    const specPath = specEdit ? scratch.spec(specEdit, `spec-${Math.random()}.yaml`) : undefined;
    const { problems } = await lintSpec({ fixturesPath, ...(specPath ? { specPath } : {}) });
    return problems.map((problem) => problem.message);
  };
  const lintUpdate = async (edit: (document: any) => void) => {
    const fixturesPath = scratch.fixtures(edit, `update-${Math.random()}.yaml`, 'update-user.yaml');
    const { problems } = await lintSpec({ fixturesPath });
    return problems.map((problem) => problem.message);
  };
  const fixture = (document: any, id: string) => document.fixtures.find((entry: any) => entry.id === id);

  test('a fixture without the {user} it needs, or with a parameter the operation lacks', async () => {
    expect(
      await lintDescribe((document) => {
        fixture(document, 'valid-existing-user').pathParameters = { org: 'ACME' };
      }),
    ).toEqual([
      'fixture valid-existing-user: gives no value for path parameter user',
      'fixture valid-existing-user: gives path parameter org, which DescribeUser does not have',
    ]);
  });

  test('a placeholder only stands for the ID of the resource the operation is about', async () => {
    expect(
      await lintDescribe(
        () => {},
        (spec) => {
          delete spec.paths[USER_PATH].get['x-lakesail-action'];
        },
      ),
    ).toEqual([
      'fixture valid-existing-user: gives { $resource } for user, which is not the ID of the resource DescribeUser is about',
      'fixture valid-missing-user: gives { $resource } for user, which is not the ID of the resource DescribeUser is about',
    ]);
  });

  test('a request for a missing user expects 404 alone', async () => {
    expect(
      await lintDescribe((document) => {
        fixture(document, 'valid-missing-user').expect = [200, 404];
      }),
    ).toEqual(['fixture valid-missing-user: names a missing resource, so it expects 404 alone']);
  });

  test('a "malformed" ID that is valid, or that breaks another keyword, is reported', async () => {
    expect(
      await lintDescribe((document) => {
        fixture(document, 'malformed-id-lower-case').pathParameters.user = 'U7K2Q9XW3M';
        fixture(document, 'malformed-id-too-long').violates.keyword = 'minLength';
      }),
    ).toEqual([
      'fixture malformed-id-lower-case: path parameter user is meant to break "pattern" but breaks nothing',
      'fixture malformed-id-too-long: path parameter user is meant to break "minLength" but breaks maxLength',
    ]);
  });

  test('a valid fixture with a malformed literal ID is reported', async () => {
    expect(
      await lintDescribe((document) => {
        fixture(document, 'valid-existing-user').pathParameters.user = 'ada';
      }),
    ).toEqual([
      'fixture valid-existing-user: path parameter user is meant to be valid but (root) must match pattern "^[A-Z0-9]+$"',
    ]);
  });

  test('a body sent to DescribeUser, and none sent to UpdateUser, are reported', async () => {
    expect(
      await lintDescribe((document) => {
        fixture(document, 'valid-existing-user').body = { username: 'ada' };
      }),
    ).toEqual(['fixture valid-existing-user: sends a body, but DescribeUser takes none']);
    expect(
      await lintUpdate((document) => {
        delete fixture(document, 'valid-empty-update').body;
      }),
    ).toEqual(['fixture valid-empty-update: sends no body, but UpdateUser requires one']);
  });

  test('an ID fault must come with a valid body, so that the fixture has one fault', async () => {
    expect(
      await lintUpdate((document) => {
        fixture(document, 'malformed-id-lower-case').body = { displayName: null };
      }),
    ).toEqual([
      'fixture malformed-id-lower-case: is meant to have a valid body but /displayName must be string',
    ]);
  });

  test('an ID fault with a rawBody is reported: the fixture would have two faults, or an unjudged one', async () => {
    expect(
      await lintUpdate((document) => {
        const idFault = fixture(document, 'malformed-id-hyphen');
        delete idFault.body;
        idFault.rawBody = '{"displayName": "Ada",';
      }),
    ).toEqual([
      'fixture malformed-id-hyphen: has one fault, in a path parameter, so its body is a valid `body`, not a rawBody',
    ]);
  });

  test('an update body is checked against UserUpdate: null is no value', async () => {
    expect(
      await lintUpdate((document) => {
        fixture(document, 'valid-display-name-only').body = { displayName: null };
      }),
    ).toEqual(['fixture valid-display-name-only: is meant to be valid but /displayName must be string']);
  });
});

describe('which fixtures files', () => {
  test('a folder: every fixtures file in it; one for an operation the spec lacks is skipped, and said so', async () => {
    const folder = path.dirname(scratch.fixtures(() => {}, 'team/create-user.yaml'));
    scratch.fixtures((document) => (document.operationId = 'DeleteUser'), 'team/delete-user.yaml');
    const { checked, problems } = await lintSpec({ fixturesPath: folder });
    expect(problems).toEqual([]);
    expect(checked.slice(3)).toEqual([
      expect.stringMatching(/team\/create-user\.yaml: \d+ valid CreateUser fixtures hold/),
      `${folder}/delete-user.yaml: skipped, the spec has no operation DeleteUser for these fixtures`,
    ]);
  });

  test('a fixtures path that does not exist is an input error, not a finding', async () => {
    await expect(lintSpec({ fixturesPath: '/nonexistent/fixtures' })).rejects.toThrow(
      /\/nonexistent\/fixtures: .*ENOENT/,
    );
  });
});
