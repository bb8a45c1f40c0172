/**
 * An Error that jest prints as its whole message and nothing else: the adapter's own frames would only hide
 * the finding. Jest takes the text before the first frame-like line as the message (without one, only the
 * first line, and it re-indents later lines that merely contain `at` and `:12:34`, as timestamps do), and
 * drops `<anonymous>` frames.
 */
export function bareError(message: string): Error {
  const error = new Error(message);
  error.stack = `${message}\n    at <anonymous>:0:0`;
  return error;
}
