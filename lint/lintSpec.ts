import { isFixtureError, isSpecError, oneLine } from '../core/errors';
import { loadFixtures } from '../core/fixtures/loadFixtures';
import { defaultFixturesPath, defaultSpecPath } from '../core/packageRoot';
import { focusContract } from '../core/spec/loadContract';
import { type LoadSpecOptions, loadSpec, type Spec } from '../core/spec/loadSpec';
import { validateOpenApi } from '../core/spec/validateOpenApi';
import { checkExamples } from './checkExamples';
import { checkFixtures } from './checkFixtures';
import type { LintProblem } from './lintProblem';

export interface LintOptions extends LoadSpecOptions {
  specPath?: string;
  /** The curated requests to check against the spec; `false` skips them (for a spec of another API). */
  fixturesPath?: string | false;
}

export interface LintResult {
  /** One line for each thing checked, with what was found. */
  checked: string[];
  problems: LintProblem[];
}

/** The operation the shipped fixtures describe. */
const FIXTURES_OPERATION = 'CreateUser';

/**
 * The spec checks: the document validates, every example matches its schema, every fixture states the truth.
 * A spec that cannot be read, or that the safe loader refuses, rejects with a SpecError (exit 2); one that
 * reads but is not valid OpenAPI 3.1 is a `document-valid` problem (exit 1).
 */
export async function lintSpec(options: LintOptions = {}): Promise<LintResult> {
  const specPath = options.specPath ?? defaultSpecPath();
  const spec = await loadValidSpec(specPath, options);
  if ('problem' in spec) {
    return { checked: [`${specPath}: document validity (swagger-parser)`], problems: [spec.problem] };
  }
  const operationIds = spec.operations.map((operation) => operation.operationId).join(', ');
  const checked = [
    `${specPath}: valid OpenAPI ${String(spec.document.openapi)} document with operation${spec.operations.length === 1 ? '' : 's'} ${operationIds || '(none)'} (swagger-parser)`,
  ];
  const examples = checkExamples(spec);
  checked.push(
    `${specPath}: ${examples.checked} examples against their schemas (ajv, JSON Schema 2020-12, ajv-formats)`,
  );
  const problems = [...examples.problems];
  if (options.fixturesPath !== false) {
    const fixtures = lintFixtures(spec, options.fixturesPath ?? defaultFixturesPath());
    checked.push(fixtures.checked);
    problems.push(...fixtures.problems);
  }
  return { checked, problems };
}

async function loadValidSpec(
  specPath: string,
  options: LoadSpecOptions,
): Promise<Spec | { problem: LintProblem }> {
  try {
    const spec = loadSpec(specPath, options);
    await validateOpenApi(spec);
    return spec;
  } catch (error) {
    // Unreadable or refused: a usage problem (exit 2), not a lint finding (exit 1).
    if (!isSpecError(error) || error.refused || /cannot read the spec/.test(error.message)) throw error;
    return {
      problem: {
        check: 'document-valid',
        file: specPath,
        pointer: '',
        message: oneLine(error).replace(`${specPath}: `, ''),
      },
    };
  }
}

function lintFixtures(spec: Spec, fixturesPath: string): { checked: string; problems: LintProblem[] } {
  if (!spec.operations.some((operation) => operation.operationId === FIXTURES_OPERATION)) {
    return {
      checked: `${fixturesPath}: skipped, the spec has no operation ${FIXTURES_OPERATION} for these fixtures`,
      problems: [],
    };
  }
  const contract = focusContract(spec, FIXTURES_OPERATION);
  try {
    const fixtures = loadFixtures(fixturesPath);
    const valid = fixtures.filter((fixture) => fixture.kind === 'valid').length;
    return {
      checked: `${fixturesPath}: ${valid} valid fixtures match ${FIXTURES_OPERATION}'s request schema, ${fixtures.length - valid} malformed ones fail for the reason they state`,
      problems: checkFixtures(contract, fixtures, fixturesPath),
    };
  } catch (error) {
    if (!isFixtureError(error)) throw error;
    return {
      checked: `${fixturesPath}: not readable`,
      problems: [
        {
          check: 'fixture-matches-contract',
          file: fixturesPath,
          pointer: '',
          message: oneLine(error).replace(`${fixturesPath}: `, ''),
        },
      ],
    };
  }
}
