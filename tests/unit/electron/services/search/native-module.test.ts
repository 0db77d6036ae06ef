/**
 * A search worker whose native module cannot be loaded (a .node file built
 * for another runtime, or not a shared object at all) fails every request with
 * one AppFailure 'native-module', which the app and `hamish` word with the way
 * out, in English and Arabic, instead of Node's dlopen message.
 */

import { describe, expect, it } from 'vitest';
import { AR } from '../../../../../electron/cli/messages-ar';
import { EN } from '../../../../../electron/cli/messages-en';
import { asNativeModuleFailure } from '../../../../../electron/services/search/native-module';
import { SearchWorkerClient } from '../../../../../electron/services/search/search-worker-client';
import { AppFailure } from '../../../../../shared/result';
import { useTempDirs } from '../../../helpers';
import { brokenNativeWorker } from './broken-native-worker';

const tempDir = useTempDirs();

describe('the search worker without its native module', () => {
  it('rejects requests with AppFailure native-module naming the loader detail, and closes quietly', async () => {
    const dir = await tempDir();
    // Not a shared object: Node's dlopen fails exactly as for a module built for another ABI.
    const entry = await brokenNativeWorker(dir);
    const client = new SearchWorkerClient(entry);
    const failure = await client.call('ids', { query: 'غزة' }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppFailure);
    expect((failure as AppFailure).code).toBe('native-module');
    expect(String((failure as AppFailure).params?.['detail'])).toMatch(/better_sqlite3\.node/u);
    // Later requests, after the thread has exited too, fail with the same first cause; closing does not hang.
    await new Promise((done) => setTimeout(done, 200));
    await expect(client.call('ids', { query: 'القاهرة' })).rejects.toBe(failure);
    await client.close();
  });

  it('leaves every other error as it was', () => {
    const other = new Error('the search worker stopped (exit code 1)');
    expect(asNativeModuleFailure(other)).toBe(other);
  });

  it('is worded with the way out in both languages of hamish, never as an error code', () => {
    const failure = {
      code: 'native-module' as const,
      message: 'x',
      params: { detail: 'NODE_MODULE_VERSION 140' },
    };
    for (const say of [EN, AR]) {
      const sentence = say.failure(failure);
      expect(sentence).toContain('npm run hamish --');
      expect(sentence).toContain('node scripts/native-runtime.js node');
      expect(sentence).not.toContain('native-module');
    }
    expect(AR.failure(failure)).toMatch(/[\u0600-\u06ff]/u);
  });
});
