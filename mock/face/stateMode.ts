import type { ResolvedMockOptions } from '../mockOptions';
import type { ResourceCollection } from '../store/resourceCollections';

/** What the mock keeps and where to see it, as its pages show it. */
export interface StateMode {
  /** `memory`: lost when the mock stops; `state-file`: kept across restarts (`--state-file`). */
  persistence: 'memory' | 'state-file';
  /** `--max-users`: how many resources the mock keeps at most. */
  maxResources: number;
  /** `--unique`: a taken unique value gets 409. */
  unique: boolean;
  /** Absolute URLs: each collection's list, by name, and the reset (POST). */
  lists: Record<string, string>;
  reset: string | undefined;
  description: string;
}

export interface StateModeParts {
  settings: Pick<ResolvedMockOptions, 'maxUsers' | 'unique' | 'stateFile' | 'dataFile'>;
  collections: readonly ResourceCollection[];
  /** The paths of the state routes (stateRoutes). */
  paths: { lists: Record<string, string>; reset: string | undefined };
}

export function stateMode({ settings, collections, paths }: StateModeParts, address: string): StateMode {
  const lists = Object.fromEntries(
    Object.entries(paths.lists).map(([name, path]) => [name, `${address}${path}`]),
  );
  const reset = paths.reset === undefined ? undefined : `${address}${paths.reset}`;
  const names = collections.map((collection) => collection.name).join(', ');
  const unique = [...new Set(collections.flatMap((collection) => collection.uniqueProperties))];
  const sentences = [
    collections.length === 0
      ? 'The spec declares no resources the mock can keep (x-lakesail-action with an x-lakesail-role: id).'
      : `Created ${names} are kept ${settings.stateFile === undefined ? 'in memory until the mock stops' : 'in a state file, across restarts'}, at most ${settings.maxUsers} (--max-users)${settings.dataFile === undefined ? '' : ', starting from the --data seed'}.`,
    unique.length === 0
      ? ''
      : settings.unique
        ? `A ${unique.join(' or ')} another one has, in any letter case, gets 409 (--unique).`
        : `A ${unique.join(' or ')} another one has is accepted (--unique refuses it).`,
  ];
  return {
    persistence: settings.stateFile === undefined ? 'memory' : 'state-file',
    maxResources: settings.maxUsers,
    unique: settings.unique,
    lists,
    reset,
    description: sentences.filter((sentence) => sentence !== '').join(' '),
  };
}
