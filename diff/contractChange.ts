/** Whom a change of the contract breaks: a party that kept the old contract may fail under the new one. */
export type ChangeLabel = 'clients' | 'servers' | 'both' | 'safe';

/** Which way data flows where a change is: clients write requests, servers write responses. */
export type Side = 'request' | 'response';

/**
 * What a schema change does to the set of values it allows: `narrows` (some values valid before are
 * invalid now), `widens` (some values invalid before are valid now), or `changes` (both at once, or unknowable).
 */
export type Effect = 'narrows' | 'widens' | 'changes';

/** One labelled change between two versions of the contract: plain data, formatted by `formatChange`. */
export interface ContractChange {
  /** The stable kebab-case id of the rule that labelled it (see `diffRules`). */
  rule: string;
  label: ChangeLabel;
  /** `POST /api/org/v1/users` (the head's path template, or the base's for a removed operation). */
  operation: string;
  /** The document the pointers point into: `base` for what was removed, `head` otherwise. */
  document: 'base' | 'head';
  /** JSON Pointer of the changed element as written in that file (local `$ref`s followed). */
  pointer: string;
  /** JSON Pointer of the changed element under its operation, in the dereferenced document. */
  resolvedPointer: string;
  /** What changed: `request body property username: maxLength lowered from 20 to 10`. */
  change: string;
  /** Why it breaks whom it breaks (or why it is safe). */
  why: string;
}
