import type { LearnedChoice } from '../model/learnedChoice';
import type { TimeWindow } from '../model/testCase';

/** A user the kit believes exists: what the server said of it, and when it was created and last changed. */
export interface ModelUser {
  /** `user 1`, `user 2`: how steps name it (and the variable its id gets in a replay script). */
  label: string;
  id: string;
  /** Its declared properties as the model expects them now. */
  body: Record<string, unknown>;
  /** For each property, what gave it its expected value: `the create of step 1 returned`. */
  sources: Map<string, string>;
  /** The exchange that created it. */
  created: TimeWindow;
  /** From the exchange that last changed it to the end of the last one that may have (a no-op may move it or not). */
  lastChange: TimeWindow;
  /** Properties a refused request tried to set since its last description, and which request. */
  refusedChanges: Map<string, string>;
  /** Properties an accepted update set since its last description: a difference there means it did not stick. */
  updated: Set<string>;
  /** An answer the model cannot account for (a 5xx, a timeout, a disagreement) left its state unknown. */
  uncertain: boolean;
  /** For each property an accepted update changed, the value it had before: no user has it any more. */
  former: Map<string, unknown>;
}

/** The unique values (by JSON Pointer into a create body) of a create the server refused. */
export interface RefusedCreate {
  /** `the refused create of step 2`. */
  label: string;
  values: Map<string, string>;
}

/**
 * What the kit believes of the resource during one sequence: the users it created (in order; commands name
 * them by index, so a shrunk sequence still names one), the creates the server refused, and the choices the
 * contract leaves open that the server's answers have shown (by rule, see learnChoice).
 */
export interface ResourceModel {
  users: ModelUser[];
  refusedCreates: RefusedCreate[];
  learned: Map<string, LearnedChoice>;
}

export function newResourceModel(): ResourceModel {
  return { users: [], refusedCreates: [], learned: new Map() };
}

/** The user a command's index names among those the model has (the index wraps, so shrinking keeps it valid). */
export function userAt(model: ResourceModel, index: number): ModelUser | undefined {
  if (model.users.length === 0) return undefined;
  return model.users[index % model.users.length];
}
