/** A check's finding on one exchange (or a run): plain data, formatted by one formatter. */
export interface Violation {
  /** The stable kebab-case id of the check that found it. */
  checkId: string;
  /** The check's fixed human title: `Undocumented status code`. */
  title: string;
  /** One line: what is wrong and, where useful, how to fix it. */
  message: string;
  /** What the server did, e.g. `500` or `createdAt: "2026-11-28 10:00:00"`. */
  received?: string;
  /** What the contract documents, e.g. `201, 400, 401, 403, default`. */
  documented?: string;
  /**
   * What is wrong, as a key without the exchange's own values (`201 -> 500`, `letter case`): every phase
   * reports each distinct cause of a check (the generated groups and the sequences shrink each on its own), so
   * a second defect is not hidden behind a first. Absent: one cause.
   */
  cause?: string;
}

/** A check could not decide on this exchange (e.g. a 409 for a value that cannot carry the run's nonce). */
export interface Inconclusive {
  inconclusive: string;
}

export type CheckVerdict = Violation[] | Inconclusive;

export function isInconclusive(verdict: CheckVerdict): verdict is Inconclusive {
  return !Array.isArray(verdict);
}
