/** One problem the spec lint found: which check, where (file and JSON Pointer), what is wrong. */
export interface LintProblem {
  check: 'document-valid' | 'example-matches-schema' | 'semantics-valid' | 'fixture-matches-contract';
  /** The file the pointer points into. */
  file: string;
  /** JSON Pointer into the file (into the body for a fixture), '' for the whole file. */
  pointer: string;
  message: string;
}

/** `file#pointer: message`, on one line. */
export function formatLintProblem(problem: LintProblem): string {
  return `${problem.file}#${problem.pointer}: ${problem.message.replace(/\s*\n\s*/g, ' ')} [${problem.check}]`;
}
