import { CHECK_REGISTRY } from '../../conformance/checks';
import { BROKEN_SERVERS } from '../../servers/broken';
import { HOSTILE_SERVERS } from '../../servers/hostile';

/**
 * The checks the stateful kit and the new probes will add, named before they exist: a pending server (`needs`)
 * may expect one of these. Each leaves this list once the kit has it.
 */
const PLANNED_CHECK_IDS: readonly string[] = [];

const unknownIds = (
  known: (id: string) => boolean,
  servers: readonly { name: string; caughtBy: readonly string[] }[],
) =>
  servers.flatMap((server) =>
    server.caughtBy.filter((id) => !known(id)).map((id) => `${server.name}: ${id}`),
  );

test('every check id a broken server the kit runs expects is a check of the kit', () => {
  const running = BROKEN_SERVERS.filter((server) => server.needs === undefined);
  expect(unknownIds((id) => CHECK_REGISTRY.byId(id) !== undefined, running)).toEqual([]);
});

test('every check id a pending broken server expects is a check of the kit, or a planned one', () => {
  const pending = BROKEN_SERVERS.filter((server) => server.needs !== undefined);
  const known = (id: string) => CHECK_REGISTRY.byId(id) !== undefined || PLANNED_CHECK_IDS.includes(id);
  expect(unknownIds(known, pending)).toEqual([]);
});

test('a planned check id is not one the kit already has (then it leaves the list)', () => {
  expect(PLANNED_CHECK_IDS.filter((id) => CHECK_REGISTRY.byId(id))).toEqual([]);
});

test('every check id a hostile server expects is a check of the kit', () => {
  expect(unknownIds((id) => CHECK_REGISTRY.byId(id) !== undefined, HOSTILE_SERVERS)).toEqual([]);
});
