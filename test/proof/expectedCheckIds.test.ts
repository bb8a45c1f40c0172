import { CHECK_REGISTRY } from '../../conformance/checks';
import { BROKEN_SERVERS } from '../../servers/broken';

// A pending server (`needs`) may name a check the kit does not have yet: the one that will catch it.
test('every check id a broken server the kit runs expects is a check of the kit', () => {
  const unknown = BROKEN_SERVERS.filter((server) => server.needs === undefined).flatMap((server) =>
    server.caughtBy.filter((id) => !CHECK_REGISTRY.byId(id)).map((id) => `${server.name}: ${id}`),
  );
  expect(unknown).toEqual([]);
});
