import { type RunningMock, startMock } from '../../mock/startMock';
import { createScratch } from '../support/specCopy';
import { send } from './support/send';
import { type MockProcess, spawnMockCli, urlPrintedBy } from './support/spawnMockCli';

// The mock serves any valid OpenAPI 3.1 spec: Prism's behaviour where the spec declares nothing (no token
// without `security`, the spec's examples), its own pages beside the spec's paths, and the spec's paths first.
const scratch = createScratch();
const PETS = `openapi: 3.1.0
info: { title: Pets, version: 2.0.0 }
paths:
  /pets:
    get:
      operationId: ListPets
      summary: Lists the pets.
      responses:
        "200":
          description: The pets.
          content:
            application/json:
              schema: { type: array, items: { type: object, properties: { name: { type: string } } } }
              example: [{ name: Rex }, { name: Tom }]
`;
const petsPath = scratch.file('pets.yaml', PETS);

afterAll(() => scratch.cleanup());

describe('npm run mock -- --spec pets.yaml', () => {
  let mock: MockProcess | undefined;
  afterEach(async () => {
    mock?.child.kill('SIGTERM');
    await mock?.exited;
  });

  test('answers GET /pets without a token with the spec example, and lists it on its front page', async () => {
    mock = spawnMockCli(['--port', '0', '--spec', petsPath, '--token', 'admin-token-1234']);
    const url = await urlPrintedBy(mock);
    const pets = await send(url, { method: 'GET', path: '/pets' });
    expect(pets.status).toBe(200);
    expect(pets.json).toEqual([{ name: 'Rex' }, { name: 'Tom' }]);
    const index = await send(url, { method: 'GET', path: '/' });
    expect(index.json).toMatchObject({
      title: 'Pets',
      operations: [
        { operationId: 'ListPets', method: 'GET', url: `${url}/pets`, requiresBearerToken: false },
      ],
    });
    expect(mock.stderr()).toBe('');
  });
});

describe('a spec that has the paths of the mock pages', () => {
  const specPath = scratch.file(
    'docs.yaml',
    `${PETS}  /docs:
    get:
      operationId: GetDocs
      responses:
        "200":
          description: The spec's own docs.
          content:
            application/json:
              schema: { type: object }
              example: { mine: true }
`,
  );
  let running: RunningMock;
  beforeAll(async () => {
    running = await startMock({ port: 0, specPath });
  });
  afterAll(() => running.close());

  test('the spec wins there, and the mock pages move under /__mock/', async () => {
    expect((await send(running.url, { method: 'GET', path: '/docs' })).json).toEqual({ mine: true });
    expect((await send(running.url, { method: 'GET', path: '/' })).status).toBe(404);
    const index = await send(running.url, { method: 'GET', path: '/__mock/' });
    expect(index.json).toMatchObject({ links: { docs: `${running.url}/__mock/docs` } });
    const docs = await send(running.url, { method: 'GET', path: '/__mock/docs' });
    expect(docs.text).toContain('data-spec-url="/__mock/openapi.json"');
    const unknown = await send(running.url, { method: 'GET', path: '/nothing' });
    expect(unknown.json).toEqual({
      message:
        'No route for GET /nothing; this mock serves GET /pets, GET /docs (the list, the spec and its docs: GET /__mock/).',
    });
  });
});
