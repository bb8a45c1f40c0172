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

describe("a team's own spec that declares its actions gets the same statefulness", () => {
  // No name here is one the mock knows: pets, `tag` as the ID, `born` and `changed` as the times.
  const specPath = scratch.file(
    'pets-stateful.yaml',
    `openapi: 3.1.0
info: { title: Pets, version: 1.0.0 }
paths:
  /v2/pets:
    post:
      operationId: AddPet
      x-lakesail-action: create
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: "#/components/schemas/PetSpec" }
      responses:
        "201":
          description: Added.
          headers:
            Location: { schema: { type: string }, example: /v2/pets/EXAMPLE }
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Pet" }
  /v2/pets/{pet}:
    parameters:
      - { name: pet, in: path, required: true, x-lakesail-role: id, schema: { type: string, pattern: "^[A-Z0-9]{1,20}$" } }
    get:
      operationId: ShowPet
      x-lakesail-action: describe
      responses:
        "200": { description: The pet., content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
        "404": { description: No pet., content: { application/json: { schema: { $ref: "#/components/schemas/Problem" }, example: { message: No pet has the ID EXAMPLE. } } } }
    patch:
      operationId: RenamePet
      x-lakesail-action: update
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, properties: { name: { type: string, x-lakesail-unique: true } } }
      responses:
        "200": { description: Renamed., content: { application/json: { schema: { $ref: "#/components/schemas/Pet" } } } }
        "404": { description: No pet., content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } } }
components:
  schemas:
    PetSpec:
      type: object
      required: [name]
      properties: { name: { type: string, x-lakesail-unique: true } }
    Pet:
      type: object
      required: [tag, name, born, changed]
      properties:
        tag: { type: string, x-lakesail-role: id }
        name: { type: string }
        born: { type: string, format: date-time, x-lakesail-role: created-at }
        changed: { type: string, format: date-time, x-lakesail-role: updated-at }
    Problem:
      type: object
      properties: { message: { type: string } }
`,
  );
  let running: RunningMock;
  beforeAll(async () => {
    running = await startMock({ port: 0, specPath, unique: true });
  });
  afterAll(() => running.close());

  const json = { 'Content-Type': 'application/json' };

  test('add, show at its Location, rename, list, 404 about a pet, 409 for a taken name', async () => {
    const added = await send(running.url, {
      method: 'POST',
      path: '/v2/pets',
      headers: json,
      body: '{"name":"Rex"}',
    });
    const pet = added.json as { tag: string; born: string; changed: string };
    expect(added.status).toBe(201);
    expect(pet.tag).toMatch(/^[A-Z0-9]{12}$/);
    expect(added.headers.location).toBe(`/v2/pets/${pet.tag}`);
    const shown = await send(running.url, { method: 'GET', path: added.headers.location as string });
    expect(shown.json).toEqual(pet);
    const renamed = await send(running.url, {
      method: 'PATCH',
      path: `/v2/pets/${pet.tag}`,
      headers: json,
      body: '{"name":"Max","tag":"OTHER"}',
    });
    expect(renamed.json).toMatchObject({ tag: pet.tag, name: 'Max', born: pet.born });
    expect(Date.parse((renamed.json as { changed: string }).changed)).toBeGreaterThan(
      Date.parse(pet.changed),
    );
    expect((await send(running.url, { method: 'GET', path: '/__mock/pets' })).json).toEqual([renamed.json]);
    const missing = await send(running.url, { method: 'GET', path: '/v2/pets/NOPE' });
    expect({ status: missing.status, body: missing.json }).toEqual({
      status: 404,
      body: { message: 'No pet has the ID NOPE.' },
    });
    await send(running.url, { method: 'POST', path: '/v2/pets', headers: json, body: '{"name":"Rex"}' });
    const taken = await send(running.url, {
      method: 'POST',
      path: '/v2/pets',
      headers: json,
      body: '{"name":"MAX"}',
    });
    expect({ status: taken.status, body: taken.json }).toEqual({
      status: 409,
      body: { message: 'Another pet already has the name MAX.' },
    });
  });
});
