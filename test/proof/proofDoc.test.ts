import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../conformance/packageRoot';
import { BROKEN_SERVERS } from '../../servers/broken';

test('docs/proof.md has one row per broken server, with the check ids that catch it', () => {
  const doc = readFileSync(path.join(packageRoot(), 'docs/proof.md'), 'utf8');
  const rows = doc.split('\n').filter((line) => /^\| `[a-z0-9-]+`/.test(line));
  const documented = rows.map((row) => {
    const [name, , ids] = row
      .split(' | ')
      .map((cell) => [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]).join(','));
    return `${name} -> ${ids}`;
  });
  expect(documented).toEqual(
    BROKEN_SERVERS.map((server) => `${server.name} -> ${server.caughtBy.join(',')}`),
  );
});
