/**
 * A choice the contract leaves to the server, as its first answer showed it: whether it refuses (409) a unique
 * value another user has, on a create or an update, exactly or in other letter case. Later requests of the same
 * sequence are judged by it; a choice is never flagged, only an answer that contradicts the server's own.
 */
export interface LearnedChoice {
  /** `CreateUser username taken`: see choiceRule. */
  rule: string;
  /** The server refuses such a request with 409 (true) or accepts it (false). */
  refuses: boolean;
  /** The step whose answer showed it: `step 2`. */
  shownBy: string;
}
