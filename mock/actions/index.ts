import type { Action } from '../../core/spec/operationSemantics';
import type { ActionRealism } from './actionRealism';
import { createRealism } from './createRealism';
import { describeRealism } from './describeRealism';
import { updateRealism } from './updateRealism';

/** The realism of each declared action; an action without one is answered as Prism answers it. */
export const ACTION_REALISM: Partial<Record<Action, ActionRealism>> = {
  create: createRealism,
  describe: describeRealism,
  update: updateRealism,
};
