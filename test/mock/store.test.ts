import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../../mock/store/readJsonFile';
import {
  createResourceStore,
  MAX_STORE_BYTES,
  type StatePersistence,
  type StateSnapshot,
  type StoredCollection,
} from '../../mock/store/resourceStore';
import { createStateWriter, readStateFile, STATE_FORMAT } from '../../mock/store/stateFile';
import { uniqueKey } from '../../mock/store/uniqueIndex';
import { createScratch } from '../support/specCopy';

// The store and its state file, alone: no property name is known to them, only the roles a collection declares.
const things: StoredCollection = {
  name: 'things',
  roles: { id: 'key' },
  uniqueProperties: ['handle', 'mail'],
};
const thing = (key: string, handle: string, mail = `${handle}@example.com`) => ({
  key,
  handle,
  mail,
  note: 'n',
});
const limits = { maxResources: 3, maxBytes: MAX_STORE_BYTES, unique: false };
const scratch = createScratch();
afterAll(() => scratch.cleanup());

describe('resourceStore', () => {
  test('adds, finds, lists in the order of creation; an update keeps its place', () => {
    const store = createResourceStore({ collections: [things], limits });
    for (const key of ['A', 'B']) expect(store.add(things, thing(key, key)).kind).toBe('stored');
    expect(store.replace(things, { ...thing('A', 'a2'), note: 'changed' }).kind).toBe('stored');
    expect(store.list(things).map((item) => [item.key, item.note])).toEqual([
      ['A', 'changed'],
      ['B', 'n'],
    ]);
    expect(store.find(things, 'B')).toEqual(thing('B', 'B'));
    expect(store.find(things, 'C')).toBeUndefined();
  });

  test('past maxResources an add is refused and changes nothing', () => {
    const store = createResourceStore({ collections: [things], limits });
    for (const key of ['A', 'B', 'C']) store.add(things, thing(key, key));
    expect(store.add(things, thing('D', 'D'))).toEqual({ kind: 'full', limit: 'count' });
    expect(store.size()).toBe(3);
    expect(store.find(things, 'D')).toBeUndefined();
  });

  test('past maxBytes an add or a growing update is refused', () => {
    const small = { ...limits, maxBytes: 200 };
    const store = createResourceStore({ collections: [things], limits: small });
    expect(store.add(things, thing('A', 'a')).kind).toBe('stored');
    expect(store.add(things, { ...thing('B', 'b'), note: 'x'.repeat(200) })).toEqual({
      kind: 'full',
      limit: 'bytes',
    });
    expect(store.replace(things, { ...thing('A', 'a'), note: 'x'.repeat(200) })).toEqual({
      kind: 'full',
      limit: 'bytes',
    });
    expect(store.find(things, 'A')).toEqual(thing('A', 'a'));
  });

  test('without unique, a taken value is accepted; with it, refused in any letter case, on add and replace', () => {
    const open = createResourceStore({ collections: [things], limits });
    open.add(things, thing('A', 'ada'));
    expect(open.add(things, thing('B', 'ada')).kind).toBe('stored');

    const store = createResourceStore({ collections: [things], limits: { ...limits, unique: true } });
    store.add(things, thing('A', 'ada'));
    store.add(things, thing('B', 'bob'));
    expect(store.add(things, thing('C', 'ADA', 'c@example.com'))).toEqual({
      kind: 'taken',
      taken: { property: 'handle', value: 'ADA', holder: 'A' },
    });
    expect(store.replace(things, thing('B', 'bob', 'Ada@Example.com'))).toEqual({
      kind: 'taken',
      taken: { property: 'mail', value: 'Ada@Example.com', holder: 'A' },
    });
    // A resource may keep its own values, in another case; the values it leaves become free.
    expect(store.replace(things, thing('A', 'Ada', 'ada.new@example.com')).kind).toBe('stored');
    expect(store.add(things, thing('C', 'carl', 'ada@example.com')).kind).toBe('stored');
  });

  test('an ID taken twice is refused', () => {
    const store = createResourceStore({ collections: [things], limits });
    store.add(things, thing('A', 'a'));
    expect(store.add(things, thing('A', 'b'))).toMatchObject({ kind: 'taken', taken: { property: 'key' } });
  });

  test('reset returns to the seed; restore names the first resource refused and leaves the store empty', () => {
    const seed: StateSnapshot = { things: [thing('S', 'seed')] };
    const store = createResourceStore({ collections: [things], limits: { ...limits, unique: true }, seed });
    store.add(things, thing('A', 'a'));
    store.reset();
    expect(store.list(things)).toEqual([thing('S', 'seed')]);
    expect(store.restore({ things: [thing('A', 'a'), thing('B', 'A')] })).toEqual({
      collection: 'things',
      index: 1,
      outcome: { kind: 'taken', taken: { property: 'handle', value: 'A', holder: 'A' } },
    });
    expect(store.size()).toBe(0);
  });

  test('each change is handed to the persistence, with a snapshot of the whole store', async () => {
    const written: StateSnapshot[] = [];
    const persistence: StatePersistence = {
      save: async (snapshot) => {
        written.push(snapshot());
      },
      idle: async () => {},
    };
    const store = createResourceStore({ collections: [things], limits, persistence });
    const added = store.add(things, thing('A', 'a'));
    expect(added.kind === 'stored' && added.saved).toBeInstanceOf(Promise);
    store.add(things, thing('A', 'again'));
    expect(written).toEqual([{ things: [thing('A', 'a')] }]);
  });

  test('uniqueKey: letter case does not matter, other values compare as JSON', () => {
    expect(uniqueKey('Ada@Example.COM')).toBe(uniqueKey('ada@example.com'));
    expect(uniqueKey('ß')).not.toBe(uniqueKey('ss'));
    expect(uniqueKey(1)).not.toBe(uniqueKey('1'));
  });
});

describe('the state file', () => {
  const snapshot = (count: number): StateSnapshot => ({
    things: Array.from({ length: count }, (_, index) => thing(`K${index}`, `h${index}`)),
  });

  test('is written whole, one resource a line, read back as written, and leaves no temporary file', async () => {
    const folder = path.join(path.dirname(scratch.file('marker', '')), 'written');
    mkdirSync(folder);
    const file = path.join(folder, 'state.json');
    const writer = createStateWriter(file);
    await writer.save(() => snapshot(2500));
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`{"format":"${STATE_FORMAT}","resources":{\n"things":[\n{"key":"K0"`)).toBe(true);
    expect(text.split('\n')).toHaveLength(2500 + 5);
    expect(readStateFile(file, MAX_STORE_BYTES)).toEqual({ kind: 'state', snapshot: snapshot(2500) });
    expect(readdirSync(folder)).toEqual(['state.json']);
  });

  test('changes saved while a write is under way are written together by the next one, and each waits for it', async () => {
    const file = scratch.file('grouped.json', '');
    let state = snapshot(1);
    let snapshots = 0;
    const take = () => {
      snapshots++;
      return state;
    };
    const writer = createStateWriter(file);
    const first = writer.save(take);
    const waiting: Promise<void>[] = [];
    for (let count = 2; count <= 10; count++) {
      state = snapshot(count);
      waiting.push(writer.save(take));
    }
    await first;
    await Promise.all(waiting);
    expect(snapshots).toBe(2);
    expect(readStateFile(file, MAX_STORE_BYTES)).toEqual({ kind: 'state', snapshot: snapshot(10) });
    await writer.idle();
  });

  test('a write that fails rejects its savers with a line naming the file; the next one works again', async () => {
    const folder = path.join(path.dirname(scratch.file('marker2', '')), 'not-yet');
    const file = path.join(folder, 'state.json');
    const writer = createStateWriter(file);
    await expect(writer.save(() => snapshot(1))).rejects.toThrow(
      /^cannot write .*not-yet\/state\.json: .*ENOENT/,
    );
    mkdirSync(folder);
    await writer.save(() => snapshot(1));
    expect(readStateFile(file, MAX_STORE_BYTES).kind).toBe('state');
  });

  test.each([
    ['not a state file', '{"resources":{}}', /^not a state file of the mock/],
    [
      'a collection that is not an array',
      `{"format":"${STATE_FORMAT}","resources":{"things":{}}}`,
      /^resources\.things is not an array$/,
    ],
    ['not JSON', '{"format":', /^not JSON: /],
  ])('refuses %s, in one line', (_name, text, message) => {
    const read = readStateFile(scratch.file('state.json', text), MAX_STORE_BYTES);
    expect(read.kind === 'problem' && read.message).toMatch(message);
  });
});

describe('readJsonFile', () => {
  test('missing, a folder, too large, not UTF-8, too deep: each its own answer, never the contents', () => {
    const folder = path.dirname(scratch.file('x.json', '{}'));
    expect(readJsonFile(path.join(folder, 'none.json'), 100)).toEqual({ kind: 'missing' });
    expect(readJsonFile(folder, 100)).toEqual({
      kind: 'problem',
      message: 'cannot read it: not a regular file',
    });
    expect(readJsonFile(scratch.file('big.json', `"${'secret'.repeat(50)}"`), 100)).toEqual({
      kind: 'problem',
      message: 'larger than 100 bytes: refused',
    });
    const latin1 = path.join(folder, 'latin1.json');
    writeFileSync(latin1, Buffer.from([0x22, 0xe9, 0x22]));
    expect(readJsonFile(latin1, 100)).toEqual({ kind: 'problem', message: 'not valid UTF-8' });
    expect(readJsonFile(scratch.file('deep.json', `${'['.repeat(300)}${']'.repeat(300)}`), 1000)).toEqual({
      kind: 'problem',
      message: 'nests deeper than 200 levels: refused',
    });
    expect(readJsonFile(scratch.file('ok.json', '[{"a":1}]'), 100)).toEqual({
      kind: 'json',
      value: [{ a: 1 }],
    });
  });
});

describe('the temporary file', () => {
  test('a link planted where it goes is replaced, never written through', async () => {
    const folder = path.join(path.dirname(scratch.file('marker3', '')), 'linked');
    mkdirSync(folder);
    const victim = scratch.file('victim.txt', 'precious');
    symlinkSync(victim, path.join(folder, '.state.json.tmp'));
    await createStateWriter(path.join(folder, 'state.json')).save(() => ({ things: [] }));
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(readdirSync(folder)).toEqual(['state.json']);
  });
});
