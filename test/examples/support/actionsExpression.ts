/**
 * The part of GitHub Actions' expression language the example workflow uses: `${{ }}` around `!`, `&&`, `||`,
 * `==`, `!=`, parentheses, string literals, context paths (`steps.token.outputs.present`) and the status
 * functions. Anything else throws, so the workflow cannot use what this emulation would get wrong.
 * Semantics as GitHub's: a missing value is null, `''` and null are false, `&&`/`||` return an operand,
 * strings compare case-insensitively.
 */
export type Value = string | boolean | number | null;

export interface ExpressionContext {
  /** Context objects by name: `github`, `secrets`, `steps`, `env`, `runner`. */
  contexts: Record<string, unknown>;
  /** True once a step of the job has failed (for `success()` and `failure()`). */
  failed: boolean;
}

const TOKEN = /\s*(\$\{\{|\}\}|&&|\|\||==|!=|!|\(|\)|'(?:[^']|'')*'|[A-Za-z_][\w.-]*|\d+)/y;

export function evaluate(text: string, context: ExpressionContext): Value {
  const tokens = tokenize(text.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1'));
  let at = 0;
  const peek = () => tokens[at];
  const take = (expected?: string) => {
    const token = tokens[at++];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new Error(`expression ${text}: expected ${expected ?? 'more'} at ${token ?? 'the end'}`);
    }
    return token;
  };
  const or = (): Value => {
    let left = and();
    while (peek() === '||') {
      take();
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = equality();
    while (peek() === '&&') {
      take();
      const right = equality();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const equality = (): Value => {
    let left = unary();
    while (peek() === '==' || peek() === '!=') {
      const equal = take() === '==';
      left = same(left, unary()) === equal;
    }
    return left;
  };
  const unary = (): Value => {
    if (peek() === '!') {
      take();
      return !truthy(unary());
    }
    return primary();
  };
  const primary = (): Value => {
    const token = take();
    if (token === '(') {
      const value = or();
      take(')');
      return value;
    }
    if (token.startsWith("'")) return token.slice(1, -1).replaceAll("''", "'");
    if (/^\d+$/.test(token)) return Number(token);
    if (token === 'true' || token === 'false') return token === 'true';
    if (token === 'null') return null;
    if (peek() === '(') {
      take('(');
      take(')');
      return statusFunction(token, context);
    }
    return lookup(token, context.contexts);
  };
  const value = or();
  if (at !== tokens.length) throw new Error(`expression ${text}: unexpected ${tokens[at]}`);
  return value;
}

/** A string with `${{ }}` expressions inside (an `env:` value), each replaced by its value. */
export function interpolate(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, expression: string) => {
    const value = evaluate(expression, context);
    return value === null ? '' : String(value);
  });
}

export function truthy(value: Value): boolean {
  return value !== null && value !== false && value !== '' && value !== 0;
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) {
      if (text.slice(start).trim() === '') break;
      throw new Error(`expression ${text}: cannot read ${text.slice(start)}`);
    }
    tokens.push(match[1] as string);
  }
  return tokens;
}

function same(left: Value, right: Value): boolean {
  if (typeof left === 'string' && typeof right === 'string')
    return left.toLowerCase() === right.toLowerCase();
  return left === right;
}

function statusFunction(name: string, context: ExpressionContext): boolean {
  if (name === 'always') return true;
  if (name === 'cancelled') return false;
  if (name === 'success') return !context.failed;
  if (name === 'failure') return context.failed;
  throw new Error(`the emulation has no function ${name}()`);
}

function lookup(path: string, contexts: Record<string, unknown>): Value {
  const [name, ...keys] = path.split('.');
  if (!(name && name in contexts)) throw new Error(`the emulation has no context ${name}`);
  let value: unknown = contexts[name];
  for (const key of keys) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null) throw new Error(`${path} is an object, not a value`);
  return value as Value;
}
