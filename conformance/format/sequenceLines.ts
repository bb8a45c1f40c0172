import type { SequenceStep } from '../model/report';
import { cutText } from './cutText';
import { urlPath } from './urlPath';

/** Longest request body a step shows; the JSON and HTML reports keep it whole. */
const MAX_STEP_BODY = 160;

/**
 * A sequence as plain lines: each request under its step's label, with what it got and the model expected; the
 * last one is the failing one. Curl lines cannot replay it (the server gives new ids each time): the replay
 * flags do. `shrunk`: a random sequence, shrunk; a fixed one (the tour, the bursts, a fixture's) is as sent.
 */
export function sequenceLines(steps: readonly SequenceStep[], shrunk: boolean): string[] {
  const count = `${steps.length} request${steps.length === 1 ? '' : 's'}`;
  const lines = [`Sequence (${count}${shrunk ? ', shrunk' : ''}; the last one fails):`];
  steps.forEach((step, index) => {
    const received = step.response ? String(step.response.status) : (step.outcome ?? 'no response');
    const body = step.request.bodyText === '' ? '' : ` ${cutText(step.request.bodyText, MAX_STEP_BODY)}`;
    lines.push(
      `  ${step.label ?? `step ${index + 1}`}`,
      `      ${step.request.method} ${urlPath(step.request.url)}${body}`,
      `      got ${received}; expected ${step.expected}`,
    );
  });
  return lines;
}
