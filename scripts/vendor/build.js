// Builds vendor/swagger-parser.cjs (see core/spec/swaggerParser.ts for why it is bundled) and, beside it,
// vendor/swagger-parser.LICENSES.txt: the licence of every package the bundle contains, as their licences ask
// of anyone who redistributes them.
const { existsSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..', '..');
const outfile = path.join(root, 'vendor', 'swagger-parser.cjs');

const result = esbuild.buildSync({
  entryPoints: [path.join(__dirname, 'swagger-parser.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  metafile: true,
  outfile,
});

writeFileSync(outfile.replace(/\.cjs$/, '.LICENSES.txt'), licenceNotices(bundledPackages(result.metafile)));

/** The folders of the packages whose files the bundle contains, sorted by package name. */
function bundledPackages(metafile) {
  const folders = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) folders.add(path.join(root, match[1]));
  }
  return [...folders].map((folder) => ({ folder, manifest: readManifest(folder) }));
}

function readManifest(folder) {
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
}

function licenceNotices(packages) {
  const sections = packages
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name))
    .map(({ folder, manifest }) => {
      const heading = `${manifest.name} ${manifest.version} (${manifest.license ?? 'no licence field'})`;
      return `${'='.repeat(80)}\n${heading}\n${'='.repeat(80)}\n${licenceText(folder, manifest)}\n`;
    });
  const intro =
    'vendor/swagger-parser.cjs bundles the following packages. Their licences follow, as each package ships it.\n\n';
  return intro + sections.join('\n');
}

/** The package's own licence file; a package without one is named with its licence field. */
function licenceText(folder, manifest) {
  const file = readdirSync(folder).find((name) => /^licen[cs]e(\.(md|txt))?$/i.test(name));
  if (file && existsSync(path.join(folder, file)))
    return readFileSync(path.join(folder, file), 'utf8').trim();
  return `The package ships no licence file; its package.json declares the licence ${manifest.license}.`;
}
