/**
 * True for an `x-lakesail-*` extension: a declared meaning (an operation's action and permission, a property's
 * or parameter's role, a property that may be refused when taken) that the mock and the kit act on. A change
 * to one is a change of the contract, never documentation only.
 */
export function isSemanticsKeyword(key: string): boolean {
  return key.startsWith('x-lakesail-');
}
