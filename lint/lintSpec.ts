import { readFileSync } from 'node:fs';
import { isFixtureError, isSpecError, oneLine, SpecError } from '../core/errors';
import { loadFixtures } from '../core/fixtures/loadFixtures';
import { defaultFixturesPath, defaultSpecPath } from '../core/packageRoot';
import { loadContract } from '../core/spec/loadContract';
import { checkExamples } from './checkExamples';
import { checkFixtures } from './checkFixtures';
import type { LintProblem } from './lintProblem';

export interface LintOptions {
  specPath?: string;
  /** The curated requests to check against the spec; `false` skips them (for a spec of another API). */
  fixturesPath?: string | false;
}

export interface LintResult {
  /** One line for each thing checked, with what was found. */
  checked: string[];
  problems: LintProblem[];
}

/** The spec checks: the document validates, every example matches its schema, every fixture states the truth. */
export async function lintSpec(options: LintOptions = {}): Promise<LintResult> {
  const specPath = options.specPath ?? defaultSpecPath();
  const fixturesPath = options.fixturesPath ?? defaultFixturesPath();
  const checked: string[] = [];
  try {
    readFileSync(specPath);
  } catch (error) {
    // An unreadable file is a usage problem (exit 2), not a lint finding (exit 1).
    throw new SpecError(`${specPath}: cannot read the spec: ${oneLine(error)}`);
  }
  let contract: Awaited<ReturnType<typeof loadContract>>;
  try {
    contract = await loadContract(specPath);
  } catch (error) {
    if (!isSpecError(error)) throw error;
    return {
      checked: [`${specPath}: document validity (swagger-parser)`],
      problems: [
        {
          check: 'document-valid',
          file: specPath,
          pointer: '',
          message: oneLine(error).replace(`${specPath}: `, ''),
        },
      ],
    };
  }
  checked.push(
    `${specPath}: valid OpenAPI ${String(contract.document.openapi)} document with operation ${contract.operation.operationId} (swagger-parser)`,
  );

  const examples = checkExamples(contract);
  checked.push(
    `${specPath}: ${examples.checked} examples against their schemas (ajv, JSON Schema 2020-12, ajv-formats)`,
  );
  const problems = [...examples.problems];

  if (fixturesPath !== false) {
    try {
      const fixtures = loadFixtures(fixturesPath);
      problems.push(...checkFixtures(contract, fixtures, fixturesPath));
      const valid = fixtures.filter((fixture) => fixture.kind === 'valid').length;
      checked.push(
        `${fixturesPath}: ${valid} valid fixtures match ${contract.operation.operationId}'s request schema, ${fixtures.length - valid} malformed ones fail for the reason they state`,
      );
    } catch (error) {
      if (!isFixtureError(error)) throw error;
      problems.push({
        check: 'fixture-matches-contract',
        file: fixturesPath,
        pointer: '',
        message: oneLine(error).replace(`${fixturesPath}: `, ''),
      });
    }
  }
  return { checked, problems };
}
