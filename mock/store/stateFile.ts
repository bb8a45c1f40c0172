import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { oneLine } from '../../core/errors';
import { isObject } from '../../core/json/jsonObject';
import { readJsonFile } from './readJsonFile';
import type { StatePersistence, StateSnapshot } from './resourceStore';

/** The first property of every state file: what it is, and the version of its layout. */
export const STATE_FORMAT = 'lakesail-mock-state/1';

/** A state file as read at start: none yet, its resources, or why it cannot be used (one line). */
export type StateFile =
  | { kind: 'missing' }
  | { kind: 'state'; snapshot: StateSnapshot }
  | { kind: 'problem'; message: string };

/**
 * Reads a state file: `{ "format": "lakesail-mock-state/1", "resources": { "<collection>": [ ... ] } }`.
 * Whether the resources fit the spec is for the caller to check.
 */
export function readStateFile(file: string, maxBytes: number): StateFile {
  const read = readJsonFile(file, maxBytes);
  if (read.kind !== 'json') return read;
  const { value } = read;
  if (!isObject(value) || value.format !== STATE_FORMAT || !isObject(value.resources)) {
    return { kind: 'problem', message: `not a state file of the mock (no "format": "${STATE_FORMAT}")` };
  }
  for (const [name, resources] of Object.entries(value.resources)) {
    if (!Array.isArray(resources)) return { kind: 'problem', message: `resources.${name} is not an array` };
  }
  return { kind: 'state', snapshot: value.resources as StateSnapshot };
}

// Resources per write call: each call yields to the event loop, so a large store never stalls the answers.
const RESOURCES_PER_CHUNK = 1000;

/**
 * Keeps a state file up to date: each write goes to a temporary file beside it, is flushed to the disk (fsync),
 * then renamed over the state file, and the folder is flushed (fsync) so that the rename lasts too. A reader, a
 * kill at any moment or a power cut finds the old file or the new one, never half of one. Writes never overlap:
 * changes made while one is under way are written together by the next one (one write for many changes under
 * load), and each `save` resolves once a write that includes its change is done.
 */
export function createStateWriter(file: string): StatePersistence {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.tmp`);
  let running: Promise<void> | undefined;
  let waiting: { snapshot: () => StateSnapshot; done: Deferred } | undefined;

  const start = (snapshot: () => StateSnapshot): Promise<void> => {
    const write = writeState(file, temporary, snapshot());
    running = write.then(next, next);
    return write;
  };
  const next = () => {
    running = undefined;
    if (!waiting) return;
    const { snapshot, done } = waiting;
    waiting = undefined;
    start(snapshot).then(done.resolve, done.reject);
  };

  return {
    save(snapshot) {
      if (!running) return start(snapshot);
      // The write under way took its snapshot before this change: the next one will include it.
      waiting ??= { snapshot, done: deferred() };
      return waiting.done.promise;
    },
    async idle() {
      while (running) await running;
    },
  };
}

async function writeState(file: string, temporary: string, state: StateSnapshot): Promise<void> {
  try {
    // Made afresh each time and opened exclusively, which never follows a link: a link planted in a shared
    // folder (/tmp) is removed or makes the write fail, never overwrites the file it points to.
    await rm(temporary, { force: true });
    const handle = await open(temporary, 'wx');
    try {
      for (const text of stateText(state)) await handle.write(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
    await syncFolder(path.dirname(file));
  } catch (error) {
    throw new Error(`cannot write ${file}: ${oneLine(error)}`);
  }
}

// One resource a line, so that a person can read and diff the file.
function* stateText(state: StateSnapshot): Generator<string> {
  yield `{"format":${JSON.stringify(STATE_FORMAT)},"resources":{`;
  let first = true;
  for (const [name, resources] of Object.entries(state)) {
    yield `${first ? '' : ','}\n${JSON.stringify(name)}:[`;
    first = false;
    for (let start = 0; start < resources.length; start += RESOURCES_PER_CHUNK) {
      const lines = resources
        .slice(start, start + RESOURCES_PER_CHUNK)
        .map((resource) => JSON.stringify(resource));
      yield `${start === 0 ? '' : ','}\n${lines.join(',\n')}`;
    }
    yield '\n]';
  }
  yield '\n}}\n';
}

async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Some systems (Windows) cannot open or flush a folder; the rename has been made all the same.
  } finally {
    await handle?.close();
  }
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(error: unknown): void;
}

function deferred(): Deferred {
  let resolve: () => void = () => {};
  let reject: (error: unknown) => void = () => {};
  const promise = new Promise<void>((onResolve, onReject) => {
    resolve = onResolve;
    reject = onReject;
  });
  return { promise, resolve, reject };
}
