/**
 * A choice the contract leaves to the server, as its first answer showed it: whether it refuses (409) a unique
 * value another user has, on a create or an update, exactly or in other letter case; whether it answers a
 * malformed ID with 400 or 404. A taken value's later requests are held to it; a choice is never flagged.
 */
export interface LearnedChoice {
  /** `CreateUser username taken`, `DescribeUser malformed id`. */
  rule: string;
  /** The status the server chose. */
  status: number;
  /** The step whose answer showed it: `step 2` (`tour, step 7` in a report). */
  shownBy: string;
}
