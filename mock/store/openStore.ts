import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { oneLine, UsageError } from '../../core/errors';
import { isObject, type JsonObject } from '../../core/json/jsonObject';
import type { SchemaIssue, SchemaValidator } from '../../core/spec/schemaValidator';
import type { ResourceMaker } from '../actions/resourceMaker';
import type { ResolvedMockOptions } from '../mockOptions';
import { readJsonFile } from './readJsonFile';
import type { ResourceCollection, ResourceCollections } from './resourceCollections';
import {
  createResourceStore,
  MAX_STORE_BYTES,
  type ResourceStore,
  type RestoreProblem,
  type StateSnapshot,
} from './resourceStore';
import { createStateWriter, readStateFile } from './stateFile';

export interface StoreParts {
  collections: ResourceCollections;
  settings: Pick<ResolvedMockOptions, 'maxUsers' | 'unique' | 'stateFile' | 'dataFile'>;
  validator: SchemaValidator;
  maker: ResourceMaker;
}

// A file holds the store's bytes of JSON and a little layout around them.
const MAX_FILE_BYTES = MAX_STORE_BYTES + 16 * 1024 * 1024;

/**
 * The store the mock starts with: the state file's resources when it exists (`--state-file`), else the seed
 * (`--data`), else none; `POST /__mock/reset` returns to the seed. Every resource of either file must fit its
 * collection's schema and the store's limits; the first that does not stops the mock with one line naming it
 * (a UsageError: exit 2), and the state file is left as it is.
 */
export function openStore(parts: StoreParts): ResourceStore {
  const { settings, collections } = parts;
  const seed = settings.dataFile === undefined ? {} : readSeed(settings.dataFile, parts);
  const store = createResourceStore({
    collections: collections.all,
    limits: { maxResources: settings.maxUsers, maxBytes: MAX_STORE_BYTES, unique: settings.unique },
    seed,
    persistence: settings.stateFile === undefined ? undefined : createStateWriter(settings.stateFile),
  });
  if (settings.dataFile !== undefined) {
    const problem = store.restore(seed);
    if (problem) {
      throw new UsageError(`--data ${settings.dataFile}: ${restoreMessage(problem, collections, settings)}`);
    }
  }
  if (settings.stateFile !== undefined) {
    const state = readState(settings.stateFile, parts);
    const problem = store.restore(state ?? seed);
    if (problem) throw stateFileError(settings.stateFile, restoreMessage(problem, collections, settings));
  }
  return store;
}

/** `--data`: an array of resources (for a spec with one collection), or an object of arrays by collection name. */
function readSeed(file: string, parts: StoreParts): StateSnapshot {
  const fail = (message: string): never => {
    throw new UsageError(`--data ${file}: ${message}`);
  };
  const read = readJsonFile(file, MAX_FILE_BYTES);
  if (read.kind === 'missing') return fail('no such file');
  if (read.kind === 'problem') return fail(read.message);
  const { all } = parts.collections;
  const only = all.length === 1 ? all[0] : undefined;
  const given: unknown = Array.isArray(read.value) && only ? { [only.name]: read.value } : read.value;
  if (!isObject(given) || !Object.keys(given).every((name) => all.some((c) => c.name === name))) {
    return fail(
      only
        ? `expected a JSON array of ${only.schemaName} or ${only.createSchemaName} objects`
        : `expected an object with an array for any of ${all.map((c) => c.name).join(', ')}`,
    );
  }
  const now = new Date().toISOString();
  const seed: StateSnapshot = {};
  for (const [name, entries] of Object.entries(given)) {
    const collection = all.find((candidate) => candidate.name === name) as ResourceCollection;
    if (!Array.isArray(entries)) return fail(`${name} is not an array`);
    seed[name] = entries.map((entry, index) => {
      const made = seedResource(collection, entry, parts, now);
      return typeof made === 'string' ? fail(`${name} #${index} ${made}`) : made;
    });
  }
  return seed;
}

/** An entry with an ID is a stored resource as it is; one without is what a create would make of it. */
function seedResource(
  collection: ResourceCollection,
  entry: unknown,
  parts: StoreParts,
  now: string,
): JsonObject | string {
  if (!isObject(entry)) return 'is not an object';
  const { createSchema } = collection;
  if (collection.roles.id in entry || !createSchema) return notFitting(collection, entry, parts) ?? entry;
  const issues = parts.validator.validate(createSchema, entry);
  if (issues.length > 0) return `is not a valid ${collection.createSchemaName}: ${issuesText(issues)}`;
  const made = parts.maker.create(createSchema, collection.schema, entry, {}, now);
  return notFitting(collection, made, parts) ?? made;
}

function notFitting(
  collection: ResourceCollection,
  resource: JsonObject,
  parts: StoreParts,
): string | undefined {
  const issues = parts.validator.validate(collection.schema, resource);
  return issues.length === 0 ? undefined : `is not a valid ${collection.schemaName}: ${issuesText(issues)}`;
}

/** The state file's resources, each checked against its collection; undefined when there is no file yet. */
function readState(file: string, parts: StoreParts): StateSnapshot | undefined {
  try {
    accessSync(path.dirname(path.resolve(file)), constants.W_OK);
  } catch (error) {
    throw new UsageError(`--state-file ${file}: its folder cannot be written: ${oneLine(error)}`);
  }
  const read = readStateFile(file, MAX_FILE_BYTES);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'problem') throw stateFileError(file, read.message);
  const { all } = parts.collections;
  for (const [name, resources] of Object.entries(read.snapshot)) {
    const collection = all.find((candidate) => candidate.name === name);
    if (!collection) throw stateFileError(file, `the spec has no collection ${name}`);
    for (const [index, resource] of resources.entries()) {
      const problem = isObject(resource) ? notFitting(collection, resource, parts) : 'is not an object';
      if (problem) throw stateFileError(file, `${name} #${index} ${problem}`);
    }
  }
  return read.snapshot;
}

function stateFileError(file: string, message: string): UsageError {
  return new UsageError(`--state-file ${file}: ${message} (the mock leaves the file as it is)`);
}

function restoreMessage(
  { collection: name, index, outcome }: RestoreProblem,
  collections: ResourceCollections,
  settings: StoreParts['settings'],
): string {
  const collection = collections.all.find((candidate) => candidate.name === name);
  const at = `${name} #${index}`;
  if (outcome.kind === 'full') {
    return outcome.limit === 'count'
      ? `${at} is one more than --max-users (${settings.maxUsers}) allows; raise it`
      : `${at} takes the store past ${MAX_STORE_BYTES / (1024 * 1024)} MiB of JSON`;
  }
  const { property, value, holder } = outcome.taken;
  if (property === collection?.roles.id) return `${at} has the ${property} ${holder} of another one`;
  return `${at} has the ${property} ${JSON.stringify(value)} of ${collection?.noun ?? 'resource'} ${holder} (--unique refuses a value twice)`;
}

// A few issues are enough to find the entry's problem; an entry with thousands would make a huge line.
function issuesText(issues: SchemaIssue[]): string {
  const shown = issues.slice(0, 3).map((issue) => issue.message);
  return shown.join('; ') + (issues.length > 3 ? `; and ${issues.length - 3} more` : '');
}
