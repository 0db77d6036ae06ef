/**
 * The one way main's services yield to the event loop between slices of
 * long work (index writes, digests, syncs, imports, the analysis warm-up):
 * a promise that resolves on the next turn, after pending I/O callbacks.
 */

/** Resolves on the event loop's next turn (`setImmediate`), letting IPC and I/O callbacks run first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
