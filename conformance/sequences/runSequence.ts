import type { Exchange } from '../model/exchange';
import { newResourceModel, type ResourceModel } from './resourceModel';
import type { SequenceCommand } from './sequenceCommand';
import type { SequenceContext } from './sequenceContext';

/**
 * Runs one sequence against a fresh model: each command that may run now, in order, numbered as it runs; every
 * exchange goes to `onExchange` as it comes (which may throw to stop the sequence: a failure being shrunk).
 * Resolves to the model as the sequence left it.
 */
export async function runSequence(
  commands: readonly SequenceCommand[],
  context: SequenceContext,
  onExchange: (exchange: Exchange) => void,
): Promise<ResourceModel> {
  const model = newResourceModel();
  let step = 0;
  for (const command of commands) {
    if (!command.check(model)) continue;
    step += 1;
    for (const exchange of await command.run(model, context, step)) onExchange(exchange);
  }
  return model;
}
