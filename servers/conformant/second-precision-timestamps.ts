import type { RequestListener } from 'node:http';
import { createUsersApp, type ReferenceAppOptions } from '../reference/createUsersApp';
import { REFERENCE_PARTS } from '../reference/referenceParts';

/** Keeps and sends times cut to the second (`2026-11-28T10:00:00Z`), as many databases store them. */
export function secondPrecisionTimestamps(options: ReferenceAppOptions): Promise<RequestListener> {
  return createUsersApp(options, {
    ...REFERENCE_PARTS,
    formatTime: (ms) => `${new Date(ms).toISOString().slice(0, 19)}Z`,
  });
}
