import type { ContractChange } from './contractChange';

/** One line: label, where (`head#/pointer`), what changed, why, and the rule id. */
export function formatChange(change: ContractChange): string {
  return `${change.label.padEnd(7)}  ${change.document}#${change.pointer}  ${change.operation} ${change.change}; ${change.why} [${change.rule}]`;
}
