import { createFileCache } from '../../core/files/createFileCache';
import { listFixturesFiles } from '../../core/fixtures/listFixturesFiles';
import { type FixturesFile, loadFixturesFile } from '../../core/fixtures/loadFixturesFile';
import type { RequestFixture } from '../../core/fixtures/requestFixture';
import { deepFreeze } from '../../core/json/deepFreeze';
import { defaultFixturesFolder } from '../../core/packageRoot';
import type { Spec } from '../../core/spec/loadSpec';

/** The curated requests of a fixtures file or folder, by the operation each file is for. */
export interface FixturesByOperation {
  byOperation: Map<string, RequestFixture[]>;
  /** Files for operations the spec does not have: not sent, and the report says so. */
  warnings: string[];
}

/** Fixtures files read in this process, kept while unchanged (a jest suite runs the kit many times). */
const fixturesFiles = createFileCache<FixturesFile>();

/** Reads every fixtures file `fixturesPath` names (a file, or a folder of them; default: the shipped ones). */
export function loadFixturesByOperation(
  spec: Spec,
  fixturesPath = defaultFixturesFolder(),
): FixturesByOperation {
  const operations = new Set(spec.operations.map((operation) => operation.operationId));
  const byOperation = new Map<string, RequestFixture[]>();
  const warnings: string[] = [];
  for (const file of listFixturesFiles(fixturesPath)) {
    const loaded = fixturesFiles.get(file, '', () => deepFreeze(loadFixturesFile(file)));
    if (!operations.has(loaded.operationId)) {
      warnings.push(
        `${file}: the spec has no operation ${loaded.operationId}, so these fixtures are not sent`,
      );
      continue;
    }
    byOperation.set(loaded.operationId, [...(byOperation.get(loaded.operationId) ?? []), ...loaded.fixtures]);
  }
  return { byOperation, warnings };
}
