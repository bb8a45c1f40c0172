import { ensureBuilt } from '../proof/support/ensureBuilt';

/**
 * Before any test: dist/ is rebuilt here, once, when a source file is newer than it (after `npm ci` or
 * `npm run build` it is not, and this is a few stat calls). A rebuild inside a running test file would block
 * its event loop for seconds and time out its requests.
 */
export default function globalSetup(): void {
  ensureBuilt();
}
