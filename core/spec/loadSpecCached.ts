import { createFileCache } from '../files/createFileCache';
import { defaultSpecPath } from '../packageRoot';
import { BUNDLED_FILES_KEY } from './bundleSpec';
import { type LoadSpecOptions, loadSpec, type Spec } from './loadSpec';

const specs = createFileCache<Spec>();

/**
 * `loadSpec`, kept for the next call in the same process while its file is unchanged: a jest suite that runs
 * the kit many times reads and compiles the spec once. Only a spec of one file is kept (a change in a file it
 * references would go unseen); a Spec is frozen, so sharing it is safe.
 */
export function loadSpecCached(specPath: string = defaultSpecPath(), options: LoadSpecOptions = {}): Spec {
  return specs.get(
    specPath,
    `${options.maxSpecBytes ?? ''}:${options.validateSchemas ?? true}`,
    () => loadSpec(specPath, options),
    (spec) => spec.raw[BUNDLED_FILES_KEY] === undefined,
  );
}
