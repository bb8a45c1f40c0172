/** The median of the clock offsets measured over a run, rounded to the ms: one slow response does not skew it. */
export function medianClockOffset(offsets: readonly number[]): number | undefined {
  if (offsets.length === 0) return undefined;
  const sorted = [...offsets].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round(median ?? 0);
}
