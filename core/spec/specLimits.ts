/**
 * Bounds on reading a spec, which may come from an untrusted pull request: each is checked before the work it
 * bounds, and exceeding one is a one-line SpecError (exit 2), never a hang or an exhausted heap.
 */
export interface SpecLimits {
  /** Bytes of every file of the spec together (`--max-spec-bytes`). */
  maxBytes: number;
  /** YAML alias expansions: a "billion laughs" document exceeds it at once. */
  maxAliasCount: number;
  /** Nesting of objects and arrays in one file: every walker of a document recurses. */
  maxDepth: number;
  /** Files a spec may reference, besides itself. */
  maxFiles: number;
  /**
   * Nodes of the document once every `$ref` is expanded (shared targets counted at each use): a spec whose
   * references multiply (A uses B ten times, B uses C ten times, ...) would make every walker slow.
   */
  maxExpandedNodes: number;
}

export const SPEC_LIMITS: SpecLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 200,
  maxFiles: 100,
  maxExpandedNodes: 20_000_000,
};

/** `maxBytes` from a flag or option, checked like every other numeric option. */
export const MAX_SPEC_BYTES_LIMIT = 1024 * 1024 * 1024;
