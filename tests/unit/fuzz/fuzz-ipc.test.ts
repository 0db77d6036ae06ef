/**
 * Fuzzing every IPC method through the real dispatcher (the same code the
 * Electron handlers and the harness run) with fast-check: wrong types, huge
 * strings, prototype-pollution keys, path traversal ids. Each call that does
 * not match the contract is refused with invalid-argument and a message;
 * well-formed ids of things that do not exist give not-found; nothing in the
 * library or beside it changes; Object.prototype stays clean.
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api-dispatch';
import { createAppApi } from '../../../electron/services/app-api';
import { createServices } from '../../../electron/services/services';
import { Library } from '../../../electron/services/library/library';
import { API_METHODS, type ApiHandlers, type ApiMethod } from '../../../shared/ipc-contract';
import { API_ARGS } from '../../../shared/ipc-validation';
import type { Preferences } from '../../../shared/preferences';
import { SAMPLE_PATH, servicesSettled } from '../helpers';
import { fingerprint, hostileString, hostileValue, pollutingObject, prototypeIsClean } from './fuzz-helpers';

const RUNS = Number(process.env['HAMISH_FUZZ_RUNS'] ?? 250);
let tried = 0;

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  console.log(`IPC fuzz: ${tried} calls tried over ${API_METHODS.length} methods`);
});

let root: string;
let api: ApiHandlers;
let articleId: string;
let annotationId: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'hamish-fuzz-'));
  const library = await Library.open(join(root, 'library'), { samplePath: SAMPLE_PATH });
  const [sample] = await library.listArticles();
  if (!sample) throw new Error('no sample');
  articleId = sample.id;
  annotationId = (await library.createAnnotation({ articleId, start: 10, end: 20, tag: 'actor' })).id;
  await library.flush();
  await mkdir(join(root, 'outside'));
  await writeFile(join(root, 'outside', 'x'), 'must stay');
  let preferences: Preferences = { language: 'ar' };
  const services = createServices(library, { generator: 'fuzz' });
  // The search index and the analysis aggregate are made in the background after an open: part
  // of the setup, not of any call below.
  await servicesSettled(services);
  api = createAppApi({
    services,
    // A dialog that opened would be a bug: every call here is refused before one.
    dialogs: {
      chooseTextFile: () => Promise.reject(new Error('dialog opened')),
      chooseExportPath: () => Promise.reject(new Error('dialog opened')),
    },
    preferences: { get: () => preferences, setLanguage: (language) => (preferences = { language }) },
  });
});

/** Argument lists for `method` that the contract refuses: random, and near-valid with one hostile part. */
function badArgs(method: ApiMethod): fc.Arbitrary<unknown> {
  const nearValid = fc.oneof(
    fc.tuple(hostileString),
    fc.tuple(hostileValue, hostileValue),
    fc.tuple(fc.constant(articleId), hostileValue, hostileValue),
    fc.tuple(
      fc.record(
        {
          articleId: fc.oneof(fc.constant(articleId), hostileString),
          start: fc.oneof(fc.integer(), fc.double(), hostileValue),
          end: fc.oneof(fc.integer(), fc.double(), hostileValue),
          tag: fc.oneof(fc.constantFrom('actor', 'demand.prisoners'), hostileString),
          title: hostileValue,
          text: hostileValue,
        },
        { requiredKeys: [] },
      ),
    ),
    fc.tuple(pollutingObject),
    fc.tuple(fc.constant(articleId), fc.constant(annotationId), pollutingObject),
  );
  return fc
    .oneof(fc.array(hostileValue, { maxLength: 4 }), nearValid, hostileValue)
    .filter((args) => !API_ARGS[method].safeParse(args).success);
}

describe('every IPC method refuses hostile arguments and changes nothing', () => {
  it.each(API_METHODS)('%s', async (method) => {
    const before = await fingerprint(root);
    await fc.assert(
      fc.asyncProperty(badArgs(method), async (args) => {
        tried++;
        const result = await dispatch(api, method, args);
        if (result.ok) return false;
        expect(result.error.code).toBe('invalid-argument');
        expect(result.error.message).toMatch(new RegExp(`^${method}: `));
        return prototypeIsClean();
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(root)).toEqual(before);
  });

  it('well-formed ids of things that do not exist are not-found, with nothing written', async () => {
    const before = await fingerprint(root);
    const byId: [ApiMethod, (id: string) => unknown[]][] = [
      ['getArticle', (id) => [id]],
      ['listAnnotations', (id) => [id]],
      ['exportAnnotations', (id) => [id]],
      ['createAnnotation', (id) => [{ articleId: id, start: 0, end: 3, tag: 'actor' }]],
      ['updateAnnotation', (id) => [articleId, id, { tag: 'event' }]],
      ['deleteAnnotation', (id) => [id, id]],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...byId), fc.uuid({ version: 4 }), async ([method, args], id) => {
        tried++;
        const result = await dispatch(api, method, args(id));
        return !result.ok && result.error.code === 'not-found';
      }),
      { numRuns: RUNS },
    );
    expect(await fingerprint(root)).toEqual(before);
  });

  it('unknown and inherited method names are refused', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileString,
          fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf'),
          hostileValue,
        ),
        fc.array(hostileValue, { maxLength: 2 }),
        async (method, args) => {
          fc.pre(!(API_METHODS as readonly unknown[]).includes(method));
          tried++;
          const result = await dispatch(api, method, args);
          return !result.ok && result.error.code === 'invalid-argument' && prototypeIsClean();
        },
      ),
      { numRuns: RUNS },
    );
  });
});
