import { isFixtureError, isSpecError, oneLine } from '../core/errors';
import { listFixturesFiles } from '../core/fixtures/listFixturesFiles';
import { loadFixturesFile } from '../core/fixtures/loadFixturesFile';
import { defaultFixturesFolder, defaultSpecPath } from '../core/packageRoot';
import { type LoadSpecOptions, loadSpec, type Spec } from '../core/spec/loadSpec';
import { validateOpenApi } from '../core/spec/validateOpenApi';
import { checkExamples } from './checkExamples';
import { checkFixtures } from './checkFixtures';
import { checkSemantics } from './checkSemantics';
import type { LintProblem } from './lintProblem';

export interface LintOptions extends LoadSpecOptions {
  specPath?: string;
  /**
   * The curated requests to check against the spec: a fixtures file, or a folder of them (every `*.yaml` and
   * `*.yml` directly inside); default the shipped `fixtures/` folder; `false` skips them.
   */
  fixturesPath?: string | false;
}

export interface LintResult {
  /** One line for each thing checked, with what was found. */
  checked: string[];
  problems: LintProblem[];
}

/**
 * The spec checks: the document validates, every example matches its schema, every `x-lakesail-*` declaration
 * is well-formed, every fixture states the truth.
 * A spec that cannot be read, or that the safe loader refuses, rejects with a SpecError (exit 2); one that
 * reads but is not valid OpenAPI 3.1 is a `document-valid` problem (exit 1). A fixtures path that does not
 * exist, or a folder without fixtures files, rejects with a FixtureError (exit 2); a file out of format is a
 * `fixture-matches-contract` problem.
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
  const semantics = checkSemantics(spec);
  checked.push(
    `${specPath}: ${semantics.checked} x-lakesail-* declarations (known, where they mean something, well-formed)`,
  );
  const problems = [...examples.problems, ...semantics.problems];
  if (options.fixturesPath !== false) {
    for (const fixturesPath of listFixturesFiles(options.fixturesPath ?? defaultFixturesFolder())) {
      const fixtures = lintFixturesFile(spec, fixturesPath);
      checked.push(fixtures.checked);
      problems.push(...fixtures.problems);
    }
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
    return { problem: { check: 'document-valid', file: specPath, ...locate(specPath, oneLine(error)) } };
  }
}

/** `spec.yaml#/paths/...: what` (a declaration the loader refused) or `spec.yaml: what`, as pointer and message. */
function locate(specPath: string, text: string): { pointer: string; message: string } {
  const located = text.startsWith(`${specPath}#`)
    ? /^#(\S*?): (.*)$/.exec(text.slice(specPath.length))
    : null;
  if (located) return { pointer: located[1] as string, message: located[2] as string };
  return { pointer: '', message: text.replace(`${specPath}: `, '') };
}

/** One fixtures file against the operation it names; skipped, and said so, when the spec lacks it. */
function lintFixturesFile(spec: Spec, fixturesPath: string): { checked: string; problems: LintProblem[] } {
  try {
    const file = loadFixturesFile(fixturesPath);
    const operation = spec.operations.find((candidate) => candidate.operationId === file.operationId);
    if (!operation) {
      return {
        checked: `${fixturesPath}: skipped, the spec has no operation ${file.operationId} for these fixtures`,
        problems: [],
      };
    }
    const valid = file.fixtures.filter((fixture) => fixture.kind === 'valid').length;
    return {
      checked: `${fixturesPath}: ${valid} valid ${file.operationId} fixtures hold (statuses, path parameters, request schema), ${file.fixtures.length - valid} malformed ones fail for the reason they state`,
      problems: checkFixtures(spec, operation, file),
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
