import type { BodyMutation } from './bodyMutation';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks a list of mutations once: kebab-case names, none used twice. Returns the list, frozen. */
export function mutationRegistry(mutations: readonly BodyMutation[]): readonly BodyMutation[] {
  const seen = new Set<string>();
  for (const mutation of mutations) {
    if (!KEBAB_CASE.test(mutation.name))
      throw new Error(`mutation name "${mutation.name}" is not kebab-case`);
    if (seen.has(mutation.name)) throw new Error(`mutation name "${mutation.name}" is registered twice`);
    seen.add(mutation.name);
  }
  return Object.freeze([...mutations]);
}
