import { parse } from 'yaml';
import { loadSpec } from '../../core/spec/loadSpec';
import { type RunningMock, startMock } from '../../mock/startMock';
import { createScratch, createUserOperation } from '../support/specCopy';
import { type MockResponse, send } from './support/send';

// The mock's face: what a browser and any other client see of the mock itself, tokens never shown.
const TOKEN = 'admin-token-1234';
const FORBIDDEN = 'viewer-token-5678';
const HOSTILE = '<script>alert(1)</script>';
const scratch = createScratch();
const specPath = scratch.spec((spec) => {
  spec.info.title = `Org API ${HOSTILE}`;
  createUserOperation(spec).summary = `Creates a user" onmouseover="alert(2)`;
  spec.paths['/api/org/v1/users'].servers = [{ url: 'https://elsewhere.example' }];
});

let mock: RunningMock;
let port: string;
beforeAll(async () => {
  mock = await startMock({ port: 0, specPath, tokens: [TOKEN], forbiddenTokens: [FORBIDDEN] });
  port = new URL(mock.url).port;
});
afterAll(async () => {
  await mock.close();
  scratch.cleanup();
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<MockResponse> =>
  send(mock.url, { method, path, headers });

test('/ answers a browser with an HTML page: operations, links, token mode, everything from the spec escaped', async () => {
  const page = await get('/', { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.text).toContain('Org API &lt;script&gt;alert(1)&lt;/script&gt;');
  expect(page.text).not.toContain(HOSTILE);
  expect(page.text).toContain('Creates a user&quot; onmouseover=&quot;alert(2)');
  expect(page.text).toContain(`<code>${mock.url}/api/org/v1/users</code>`);
  for (const link of ['/docs', '/openapi.yaml', '/openapi.json'])
    expect(page.text).toContain(`href="${mock.url}${link}"`);
  expect(page.text).toContain('1 fixed token (--token) is valid, any other gets 401; 1 forbidden token');
  expect(page.text).toContain('Authorization: Bearer &lt;token&gt;');
  expect(page.text).not.toContain(TOKEN);
  expect(page.text).not.toContain(FORBIDDEN);
});

test('/ answers any other client with a JSON index, and no token value', async () => {
  const index = await get('/');
  expect(index.status).toBe(200);
  expect(index.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(index.json).toMatchObject({
    title: `Org API ${HOSTILE}`,
    links: {
      index: `${mock.url}/`,
      docs: `${mock.url}/docs`,
      openapiYaml: `${mock.url}/openapi.yaml`,
      openapiJson: `${mock.url}/openapi.json`,
    },
    tokens: { mode: 'fixed', validTokens: 1, forbiddenTokens: 1 },
  });
  const operations = (index.json as { operations: { operationId: string }[] }).operations;
  expect(operations.map((operation) => operation.operationId)).toEqual(
    loadSpec(specPath).operations.map((operation) => operation.operationId),
  );
  expect(operations.find((operation) => operation.operationId === 'CreateUser')).toEqual({
    operationId: 'CreateUser',
    method: 'POST',
    url: `${mock.url}/api/org/v1/users`,
    summary: 'Creates a user" onmouseover="alert(2)',
    requiresBearerToken: true,
    action: 'create',
    statuses: ['201', '400', '401', '403', 'default'],
    examples: {
      '201': ['ada', 'accented'],
      '400': ['missingProperty', 'invalidEmail'],
      '401': ['missingToken', 'invalidToken'],
      '403': ['missingPermission'],
      default: ['internal', 'taken'],
    },
  });
  expect(index.text).not.toContain(TOKEN);
  expect(index.text).not.toContain(FORBIDDEN);
});

test("/openapi.json and /openapi.yaml serve the spec with servers set to this mock, paths' own servers left out", async () => {
  const json = await get('/openapi.json');
  expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
  const yaml = await get('/openapi.yaml');
  expect(yaml.headers['content-type']).toBe('application/yaml; charset=utf-8');
  for (const document of [json.json as any, parse(yaml.text)]) {
    expect(document.servers).toEqual([{ url: mock.url, description: 'This mock' }]);
    expect(document.paths['/api/org/v1/users'].servers).toBeUndefined();
    expect(document.components.schemas.UserSpec.required).toContain('email');
    expect(document.paths['/api/org/v1/users'].post.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/UserSpec',
    });
  }
});

test.each([
  ['localhost', (p: string) => `localhost:${p}`, (p: string) => `http://localhost:${p}`],
  ['the address it listens on', (p: string) => `127.0.0.1:${p}`, (p: string) => `http://127.0.0.1:${p}`],
  ['a host it does not know', (p: string) => `evil.example:${p}`, (p: string) => `http://127.0.0.1:${p}`],
  ['another port (a dev server proxy)', () => 'localhost:5173', (p: string) => `http://127.0.0.1:${p}`],
])('the servers URL for a Host header naming %s', async (_name, host, expected) => {
  const json = await get('/openapi.json', { Host: host(port) });
  expect((json.json as any).servers[0].url).toBe(expected(port));
});

test('/docs is Swagger UI on the served spec, its files from swagger-ui-dist with their content types', async () => {
  const docs = await get('/docs');
  expect(docs.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(docs.text).toContain('<div id="swagger-ui" data-spec-url="/openapi.json">');
  expect(docs.text).not.toMatch(/https?:\/\/(?!127)/);
  expect(docs.headers['content-security-policy']).toContain("script-src 'self';");
  const files: [string, string][] = [
    ['/docs/swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
    ['/docs/swagger-ui.css', 'text/css; charset=utf-8'],
    ['/docs/start.js', 'text/javascript; charset=utf-8'],
    ['/docs/favicon-32x32.png', 'image/png'],
  ];
  for (const [path, type] of files) {
    const file = await get(path);
    expect({ path, status: file.status, type: file.headers['content-type'] }).toEqual({
      path,
      status: 200,
      type,
    });
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  }
  expect((await get('/docs/swagger-ui-bundle.js')).text).toContain('SwaggerUIBundle');
  expect((await get('/docs/index.html')).status).toBe(404);
});

test('the pages take GET and HEAD only', async () => {
  const head = await get('/docs', {}, 'HEAD');
  expect(head.status).toBe(200);
  expect(head.text).toBe('');
  const post = await get('/docs', {}, 'POST');
  expect(post.status).toBe(405);
  expect(post.headers.allow).toBe('GET, HEAD, OPTIONS');
});

test('the index shows DescribeUser and UpdateUser, and what the mock keeps with the URLs that list and reset it', async () => {
  const index = (await get('/')).json as {
    operations: { operationId: string }[];
    state: unknown;
  };
  const byId = (id: string) => index.operations.find((operation) => operation.operationId === id);
  expect(byId('DescribeUser')).toMatchObject({
    method: 'GET',
    url: `${mock.url}/api/org/v1/users/{user}`,
    action: 'describe',
    statuses: ['200', '400', '401', '403', '404', 'default'],
    examples: { '200': ['ada', 'updated'], '404': ['noSuchUser'] },
  });
  expect(byId('UpdateUser')).toMatchObject({
    method: 'PATCH',
    url: `${mock.url}/api/org/v1/users/{user}`,
    action: 'update',
    examples: { '200': ['rename', 'nothing'] },
  });
  expect(index.state).toEqual({
    persistence: 'memory',
    maxResources: 200000,
    unique: false,
    lists: { users: `${mock.url}/__mock/users` },
    reset: `${mock.url}/__mock/reset`,
    description:
      'Created users are kept in memory until the mock stops, at most 200000 (--max-users). A username or email another one has is accepted (--unique refuses it).',
  });
  const page = await get('/', { Accept: 'text/html' });
  expect(page.text).toContain(`<code>${mock.url}/api/org/v1/users/{user}</code>`);
  expect(page.text).toContain('<td class="method">PATCH</td>');
  expect(page.text).toContain(`<code>curl ${mock.url}/__mock/users</code>`);
  expect(page.text).toContain(`<code>curl -X POST ${mock.url}/__mock/reset</code>`);
});
