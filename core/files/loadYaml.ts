import type * as Yaml from 'yaml';

/**
 * The yaml library, loaded on first use: loading it is a noticeable part of a run's start, and a run whose
 * files all have a prebuilt parse (prebuiltParse) never needs it.
 */
export function loadYaml(): typeof Yaml {
  return require('yaml') as typeof Yaml;
}
