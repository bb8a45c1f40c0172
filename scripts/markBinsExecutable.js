// The package's bins (package.json "bin"), executable as built: npm makes them so when it installs the package,
// but a checkout that links them itself (npm link, the workflow test's emulated install) needs them so too.
const { chmodSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
for (const file of Object.values(require(path.join(root, 'package.json')).bin)) {
  chmodSync(path.join(root, file), 0o755);
}
