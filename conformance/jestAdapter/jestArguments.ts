import { UsageError } from '../../core/errors';
import { checkTarget, NO_TARGET, TARGET_KEYS } from './checkTarget';
import { JEST_OPTION_NAMES, type JestConformanceOptions, type JestTarget } from './jestConformanceOptions';

/**
 * `describeConformance`'s arguments as a target and options: the options beside the target in one object
 * (`{ app, token }`) or as the second argument (`{ app }, { token }`), never both; a target function takes
 * its options as the second argument. Anything else is a usage error naming what is wrong: a plain-JS caller
 * gets no type error, and an option silently ignored would fail later for another reason.
 */
export function jestArguments(
  first: unknown,
  second: unknown,
): { target: JestTarget; options: JestConformanceOptions } {
  const options = second === undefined ? {} : optionsObject(second);
  if (typeof first === 'function') {
    // An express app is a function too: the target would be called as a factory without a request.
    if (first.length >= 2) {
      throw new UsageError(
        'the first argument is a function of (request, response): give the app as { app }, a target function takes no arguments',
      );
    }
    return { target: first as () => never, options };
  }
  if (typeof first !== 'object' || first === null || Array.isArray(first)) {
    throw new UsageError(NO_TARGET);
  }
  const record = first as Record<string, unknown>;
  const beside = Object.keys(record).filter((key) => !(TARGET_KEYS as readonly string[]).includes(key));
  const besideOptions: Record<string, unknown> = {};
  for (const key of beside) besideOptions[key] = record[key];
  // Unknown keys first: `{ appp: app }` is a typo to name, more than a missing target.
  const optionsBeside = optionsObject(besideOptions, ' beside app or baseUrl');
  const target = checkTarget(record);
  if (beside.length > 0 && second !== undefined) {
    throw new UsageError(
      `options both beside the target (${beside.join(', ')}) and as the second argument: give them one way`,
    );
  }
  return { target, options: beside.length > 0 ? optionsBeside : options };
}

function optionsObject(value: unknown, where = ''): JestConformanceOptions {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError('the options must be an object such as { token, runs: 50 }');
  }
  const unknown = Object.keys(value).filter((key) => !JEST_OPTION_NAMES.includes(key));
  if (unknown.length > 0) {
    const names = unknown.map((key) => `'${key}'`).join(', ');
    throw new UsageError(
      `unknown option${unknown.length === 1 ? '' : 's'} ${names}${where} (the options: ${JEST_OPTION_NAMES.join(', ')})`,
    );
  }
  return value as JestConformanceOptions;
}
