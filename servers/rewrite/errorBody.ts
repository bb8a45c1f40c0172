/** The `Error` body the reference sends: `{"message": ...}`. */
export function errorBody(message: string): string {
  return JSON.stringify({ message });
}

/** The message of an `Error` body the reference sent. */
export function errorMessage(body: string): string {
  return (JSON.parse(body) as { message: string }).message;
}
