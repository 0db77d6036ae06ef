/**
 * The session's undo and redo stacks. One history for the whole window, so
 * undo keeps working after switching articles: each command remembers its
 * article, and undoing one in another article reopens that article.
 * Commands run one at a time; a command whose undo fails is dropped.
 */

import type { Result } from './result';

export interface UndoCommand {
  articleId: string;
  /** What kind of change: "create", "createMany", "edit", "retag" or "delete" (the UI translates it). */
  label: string;
  undo(): Promise<Result<unknown>>;
  redo(): Promise<Result<unknown>>;
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
    return this.serially(async () => {
      const command = this.done.pop();
      if (!command) return null;
      const result = await command.undo();
      if (result.ok) this.undone.push(command);
      return { command, result };
    });
  }

  /** Redoes the latest undone change; null when there is none. */
  redo(): Promise<HistoryStep | null> {
    return this.serially(async () => {
      const command = this.undone.pop();
      if (!command) return null;
      const result = await command.redo();
      if (result.ok) this.done.push(command);
      return { command, result };
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
