import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Keeps and sends times in the server's local time with an RFC 3339 offset (`2026-11-28T11:00:00.000+01:00`). */
export function offsetTimestamps(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    formatTime: (ms) => `${new Date(ms + 3_600_000).toISOString().slice(0, 23)}+01:00`,
  });
}
