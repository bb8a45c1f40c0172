import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../../core/packageRoot';

const vendor = path.join(packageRoot(), 'vendor');

/** The packages the bundle holds, from the `// node_modules/<package>/...` line esbuild writes above each file. */
function bundledPackages(): string[] {
  const bundle = readFileSync(path.join(vendor, 'swagger-parser.cjs'), 'utf8');
  const names = [...bundle.matchAll(/^\/\/ (?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(names)].sort();
}

test('the swagger-parser bundle ships the licence of every package it holds', () => {
  const notices = readFileSync(path.join(vendor, 'swagger-parser.LICENSES.txt'), 'utf8');
  const packages = bundledPackages();
  expect(packages).toEqual(expect.arrayContaining(['@apidevtools/swagger-parser', 'ajv', 'js-yaml']));
  const sections = notices.split(/^={80}\n/m);
  for (const name of packages) {
    const heading = sections.findIndex((section) => section.startsWith(`${name} `));
    expect({ name, found: heading >= 0 }).toEqual({ name, found: true });
    // The section after the heading is the licence text itself: its permission or copyright lines.
    expect(sections[heading + 1]).toMatch(/Copyright|Permission|Redistribution/);
  }
});
