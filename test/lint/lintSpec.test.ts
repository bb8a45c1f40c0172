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
  expect(result.checked).toHaveLength(3);
  expect(result.checked[0]).toMatch(
    /valid OpenAPI 3\.1\.0 document with operations CreateUser, DescribeUser, UpdateUser/,
  );
  expect(result.checked[1]).toMatch(/^.*: \d+ examples against their schemas/);
  expect(result.checked[2]).toMatch(
    /\d+ valid fixtures match CreateUser's request schema, \d+ malformed ones fail/,
  );
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
