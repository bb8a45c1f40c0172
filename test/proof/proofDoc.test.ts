import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../core/packageRoot';
import { BROKEN_SERVERS } from '../../servers/broken';
import { CONFORMANT_SERVERS } from '../../servers/conformant';
import { HOSTILE_SERVERS } from '../../servers/hostile';

const doc = readFileSync(path.join(packageRoot(), 'docs/proof.md'), 'utf8');
const [brokenSection = '', conformantSection = '', hostileSection = ''] = doc.split(
  /\n## (?:No false alarm|Hostile servers)/,
);

/** The table rows of a section, each as its cells' `code` spans. */
const rows = (section: string) =>
  section
    .split('\n')
    .filter((line) => /^\| `[a-z0-9-]+`/.test(line))
    .map((row) =>
      row
        .split(' | ')
        .map((cell) => [...cell.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]).join(',')),
    );

test('docs/proof.md has one row per broken server, with the check ids that catch it', () => {
  const documented = rows(brokenSection).map(([name, , ids]) => `${name} -> ${ids}`);
  expect(documented).toEqual(
    BROKEN_SERVERS.map((server) => `${server.name} -> ${server.caughtBy.join(',')}`),
  );
});

test('docs/proof.md has one row per conformant server', () => {
  expect(rows(conformantSection).map(([name]) => name)).toEqual(
    CONFORMANT_SERVERS.map((server) => server.name),
  );
});

test('docs/proof.md has one row per hostile server, with the check ids that catch it', () => {
  const documented = rows(hostileSection).map(([name, , ids]) => `${name} -> ${ids}`);
  expect(documented).toEqual(
    HOSTILE_SERVERS.map((server) => `${server.name} -> ${server.caughtBy.join(',')}`),
  );
});

test('docs/proof.md marks a broken server (pending) exactly when the kit cannot catch it yet (needs)', () => {
  const pending = brokenSection
    .split('\n')
    .filter((line) => /^\| `[a-z0-9-]+` \(pending\)/.test(line))
    .map((line) => /`([a-z0-9-]+)`/.exec(line)?.[1]);
  expect(pending).toEqual(BROKEN_SERVERS.filter((server) => server.needs).map((server) => server.name));
});
