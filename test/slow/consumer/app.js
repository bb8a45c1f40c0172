// A team's own users server (CreateUser, DescribeUser, UpdateUser), in express, for
// installedPackage.slow.test.ts: the `src/app` of the README's jest example. It validates bodies against
// the schemas of the spec the package ships and keeps its users in memory.
const { randomInt } = require('node:crypto');
const { readFileSync } = require('node:fs');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const express = require('express');
const { parse } = require('yaml');

const PATH = '/api/org/v1/users';
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function createApp() {
  const spec = parse(readFileSync(require.resolve('lakesail-contract/spec/openapi.yaml'), 'utf8'));
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'spec', components: spec.components });
  const schema = (name) => ajv.getSchema(`spec#/components/schemas/${name}`);
  const users = new Map();
  const newId = () => {
    let id;
    do id = Array.from({ length: 12 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('');
    while (users.has(id));
    return id;
  };

  const app = express();
  app.post(PATH, authenticate, express.json(), validBody(schema('UserSpec')), (request, response) => {
    const now = new Date().toISOString();
    const user = { id: newId(), ...pick(request.body), createdAt: now, updatedAt: now };
    users.set(user.id, user);
    response.set('Location', `${PATH}/${user.id}`).status(201).json(user);
  });
  app.get(`${PATH}/:user`, authenticate, knownUser, (request, response) => {
    response.json(users.get(request.params.user));
  });
  app.patch(
    `${PATH}/:user`,
    authenticate,
    knownUser,
    express.json(),
    validBody(schema('UserUpdate')),
    (request, response) => {
      const user = users.get(request.params.user);
      const updated = { ...user, ...pick(request.body), updatedAt: new Date().toISOString() };
      users.set(user.id, updated);
      response.json(updated);
    },
  );
  app.all(PATH, (_request, response) => {
    response.set('Allow', 'POST').status(405).json({ message: 'Use POST.' });
  });
  app.all(`${PATH}/:user`, (_request, response) => {
    response.set('Allow', 'GET, PATCH').status(405).json({ message: 'Use GET or PATCH.' });
  });
  function knownUser(request, response, next) {
    if (!/^[A-Z0-9]{1,20}$/.test(request.params.user)) {
      return response.status(400).json({ message: 'The user ID is not valid.' });
    }
    if (!users.has(request.params.user)) return response.status(404).json({ message: 'No such user.' });
    return next();
  }
  app.use((_request, response) => response.status(404).json({ message: 'No such route.' }));
  // express.json's errors: a body that is not JSON (400), too large (413), another charset (415).
  app.use((error, _request, response, _next) => {
    const status = error.status >= 400 && error.status < 500 ? error.status : 500;
    response
      .status(status)
      .json({ message: status === 400 ? 'The request body is not valid JSON.' : 'Refused.' });
  });
  return app;
}

const PROPERTIES = ['username', 'email', 'firstName', 'lastName', 'displayName'];

/** The properties a client may set; unknown ones are ignored, as the spec allows. */
function pick(body) {
  return Object.fromEntries(PROPERTIES.filter((name) => name in body).map((name) => [name, body[name]]));
}

/** 400 for no body, 415 for a body that is not JSON, 400 for one the schema refuses. */
function validBody(validate) {
  return (request, response, next) => {
    // express.json() makes an empty body {}, which is a valid update: an empty request must not be one.
    if (
      request.headers['transfer-encoding'] === undefined &&
      Number(request.headers['content-length'] ?? 0) === 0
    ) {
      return response.status(400).json({ message: 'The request has no body.' });
    }
    const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      return response.status(415).json({ message: 'The Content-Type must be application/json.' });
    }
    if (request.body === undefined || !validate(request.body)) {
      const [error] = validate.errors ?? [{ instancePath: '', message: 'is empty' }];
      return response.status(400).json({ message: `request body${error.instancePath} ${error.message}` });
    }
    return next();
  };
}

/** 401 without a token this app knows, 403 for the one without the CanManageUsers permission. */
function authenticate(request, response, next) {
  const match = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '');
  const token = match?.[1];
  if (token !== undefined && token === process.env.CONTRACT_FORBIDDEN_TOKEN) {
    return response
      .status(403)
      .json({ message: 'The identity does not have the CanManageUsers permission.' });
  }
  if (token === undefined || token !== process.env.CONTRACT_TOKEN) {
    response.set('WWW-Authenticate', 'Bearer realm="lakesail"');
    return response.status(401).json({ message: 'The bearer token is missing or not valid.' });
  }
  return next();
}

module.exports = { createApp };
