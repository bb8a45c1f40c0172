/** Where a run is, for a progress display. */
export interface RunProgress {
  phase: 'explicit' | 'generated' | 'sequences' | 'shrinking' | 'replay';
  /** `fixtures and edge values`, a group name, or the check being shrunk. */
  label: string;
  done: number;
  total: number;
  /** HTTP requests sent so far. */
  requests: number;
}
