import { CHECK_REGISTRY } from '../../conformance/checks';
import { BROKEN_SERVERS } from '../../servers/broken';

test('every check id a broken server expects is a check of the kit', () => {
  const unknown = BROKEN_SERVERS.flatMap((server) =>
    server.caughtBy.filter((id) => !CHECK_REGISTRY.byId(id)).map((id) => `${server.name}: ${id}`),
  );
  expect(unknown).toEqual([]);
});
