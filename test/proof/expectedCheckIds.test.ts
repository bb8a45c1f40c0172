import { CHECK_REGISTRY } from '../../conformance/checks';
import { BROKEN_SERVERS } from '../../servers/broken';
import { HOSTILE_SERVERS } from '../../servers/hostile';

test('every check id a broken or hostile server expects is a check of the kit', () => {
  const unknown = [...BROKEN_SERVERS, ...HOSTILE_SERVERS].flatMap((server) =>
    server.caughtBy.filter((id) => !CHECK_REGISTRY.byId(id)).map((id) => `${server.name}: ${id}`),
  );
  expect(unknown).toEqual([]);
});
