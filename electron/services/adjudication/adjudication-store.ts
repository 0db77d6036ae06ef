/**
 * adjudication.json in the library folder: every adjudication's decisions,
 * so progress survives a restart. Read checked against its schema (the
 * start-up check quarantines a damaged one, library-check.ts); written
 * whole, atomically, one write at a time, through the library file helpers.
 */

import { join } from 'node:path';
import {
  ADJUDICATION_FILE,
  adjudicationFileSchema,
  type AdjudicationFile,
  type AdjudicationSession,
} from '../../../shared/adjudication/adjudication-types';
import { AppFailure } from '../../../shared/result';
import { readChecked } from '../library/check/library-check';
import { persist } from '../library/library-files';
import { JsonFile } from '../storage/json-file';

/** Who an adjudication is: the two coders compared and the gold coder (its setup minus the articles). */
export interface SessionId {
  coderA: string;
  coderB: string;
  gold: string;
}

const same = (s: SessionId, t: SessionId) =>
  s.coderA === t.coderA && s.coderB === t.coderB && s.gold === t.gold;

export class AdjudicationStore {
  private readonly path: string;
  private data: AdjudicationFile | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(libraryDir: string) {
    this.path = join(libraryDir, ADJUDICATION_FILE);
  }

  /** The session of `id`, or null; reads the file on first use ('file-damaged' when it fails its check). */
  async session(id: SessionId): Promise<AdjudicationSession | null> {
    const data = await this.load();
    return structuredClone(data.sessions.find((s) => same(s, id)) ?? null);
  }

  /** Every session, for resuming. */
  async sessions(): Promise<AdjudicationSession[]> {
    return structuredClone((await this.load()).sessions);
  }

  /**
   * Runs `change` on the session of `id` (a new empty one when there is none)
   * and writes the file; changes run one at a time. Resolves to the session written.
   */
  update(
    id: SessionId,
    at: string,
    change: (session: AdjudicationSession) => void,
  ): Promise<AdjudicationSession> {
    const run = this.queue.then(async () => {
      const data = structuredClone(await this.load());
      let session = data.sessions.find((s) => same(s, id));
      if (!session) {
        session = { ...id, articleIds: [], updatedAt: at, decisions: {} };
        data.sessions.push(session);
      }
      change(session);
      session.updatedAt = at;
      const checked = adjudicationFileSchema.parse(data);
      await persist(this.path, () => new JsonFile<AdjudicationFile>(this.path).write(checked));
      this.data = checked;
      return structuredClone(session);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Drops what was read, so the next call reads the file again (after a
   * backup restore replaced it). Waits for a write under way first.
   */
  forget(): Promise<void> {
    const run = this.queue.then(() => {
      this.data = null;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<AdjudicationFile> {
    if (this.data) return this.data;
    const read = await readChecked(this.path, adjudicationFileSchema);
    if (read.status === 'bad') {
      throw new AppFailure('file-damaged', `${ADJUDICATION_FILE} is damaged: ${read.reason}`, {
        file: ADJUDICATION_FILE,
      });
    }
    this.data = read.status === 'ok' ? read.data : { version: 1, sessions: [] };
    return this.data;
  }
}
