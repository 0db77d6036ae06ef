/**
 * The session's undo and redo stacks. One history for the whole window, so
 * undo keeps working after switching articles: each command remembers its
 * article, and undoing one in another article reopens that article.
 * Commands run one at a time. A command whose undo (or redo) fails stays
 * where it was, so the steps behind it still apply: the UI can repair it
 * (replaceLatest, e.g. with another tag after a scheme change) or drop it
 * with the steps that depend on it (dropLatest).
 */

import type { Annotation } from './model';
import type { Result } from './result';

export type Direction = 'undo' | 'redo';

export interface UndoCommand {
  articleId: string;
  /** What kind of change: "create", "createMany", "edit", "retag" or "delete" (the UI translates it). */
  label: string;
  undo(): Promise<Result<unknown>>;
  redo(): Promise<Result<unknown>>;
  /** Ids of the annotations the command touches (steps sharing one depend on each other). */
  ids?: readonly string[];
  /** The annotations undo or redo would write back (their tags must be in the scheme). */
  writes?(direction: Direction): readonly Annotation[];
  /** The same command with every recorded annotation of tag `from` given tag `to`. */
  retag?(from: string, to: string): UndoCommand;
}

export interface HistoryStep {
  command: UndoCommand;
  result: Result<unknown>;
}

const LIMIT = 500;

export class UndoHistory {
  private readonly done: UndoCommand[] = [];
  private undone: UndoCommand[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  /**
   * Records a change still being saved: `saving` resolves to its command once
   * saved (null if it failed). Undo and redo wait for it, so an undo pressed
   * before the save is acknowledged undoes this change, not the one before.
   */
  record(saving: Promise<UndoCommand | null>): void {
    void this.serially(async () => {
      const command = await saving.catch(() => null);
      if (command) this.push(command);
    });
  }

  /** Records a change that has just been made; clears the redo stack. */
  push(command: UndoCommand): void {
    this.done.push(command);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undoes the latest change; null when there is none. */
  undo(): Promise<HistoryStep | null> {
    return this.step('undo');
  }

  /** Redoes the latest undone change; null when there is none. */
  redo(): Promise<HistoryStep | null> {
    return this.step('redo');
  }

  /**
   * Runs `direction` on the latest command of its stack (done for undo, undone
   * for redo) and moves it to the other stack when that succeeds; null when
   * the stack is empty. The stacks are read afresh after the await.
   */
  private step(direction: 'undo' | 'redo'): Promise<HistoryStep | null> {
    const stacks = (): [from: UndoCommand[], to: UndoCommand[]] =>
      direction === 'undo' ? [this.done, this.undone] : [this.undone, this.done];
    return this.serially(async () => {
      const command = stacks()[0].pop();
      if (!command) return null;
      const result = await command[direction]();
      const [from, to] = stacks();
      // A failed step stays: the ones behind it still apply once it is repaired or dropped.
      (result.ok ? to : from).push(command);
      return { command, result };
    });
  }

  /** Replaces the step the next undo (or redo) would run with `command`, e.g. the same step with another tag. */
  replaceLatest(direction: Direction, command: UndoCommand): Promise<void> {
    return this.serially(() => {
      const stack = direction === 'undo' ? this.done : this.undone;
      if (stack.length > 0) stack[stack.length - 1] = command;
      return Promise.resolve();
    });
  }

  /**
   * Gives tag `to` instead of `from` to every step, in both stacks, that
   * touches one of the annotations `ids` (a tag removed from the scheme: the
   * failed step and the steps that depend on it all apply again).
   */
  retagSteps(ids: readonly string[], from: string, to: string): Promise<void> {
    return this.serially(() => {
      const touched = new Set(ids);
      const remake = (c: UndoCommand) =>
        c.retag && (c.ids ?? []).some((id) => touched.has(id)) ? c.retag(from, to) : c;
      this.done.splice(0, this.done.length, ...this.done.map(remake));
      this.undone = this.undone.map(remake);
      return Promise.resolve();
    });
  }

  /**
   * Drops the step the next undo (or redo) would run, and the steps of the
   * same stack that touch one of its annotations (they could no longer
   * apply). Resolves to the number of those dependent steps dropped.
   */
  dropLatest(direction: Direction): Promise<number> {
    return this.serially(() => {
      const stack = direction === 'undo' ? this.done : this.undone;
      const dropped = stack.pop();
      if (!dropped) return Promise.resolve(0);
      const ids = new Set(dropped.ids ?? []);
      const kept = stack.filter((c) => !(c.ids ?? []).some((id) => ids.has(id)));
      const count = stack.length - kept.length;
      stack.splice(0, stack.length, ...kept);
      return Promise.resolve(count);
    });
  }

  /**
   * Drops every step, in both stacks, that touches one of the annotations
   * `ids` (a change outside the history, such as a scheme save merging
   * twins, changed them: their steps would write back what no longer
   * holds). Resolves to how many steps were dropped.
   */
  dropTouching(ids: readonly string[]): Promise<number> {
    return this.serially(() => {
      const gone = new Set(ids);
      const keep = (c: UndoCommand) => !(c.ids ?? []).some((id) => gone.has(id));
      const before = this.done.length + this.undone.length;
      this.done.splice(0, this.done.length, ...this.done.filter(keep));
      this.undone = this.undone.filter(keep);
      return Promise.resolve(before - this.done.length - this.undone.length);
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
