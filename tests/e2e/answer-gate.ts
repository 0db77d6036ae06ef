/**
 * Holds main's answers to one API method back until released (the harness's
 * `beforeDispatch`), as a slow disk or a busy machine would; other calls
 * pass. Shared by the specs that test what the UI does meanwhile.
 */

/** Holds calls of one API method back until released; other calls pass. */
export class Gate {
  private method: string | null = null;
  private release: () => void = () => undefined;
  private held: Promise<void> = Promise.resolve();
  readonly beforeDispatch = (method: unknown): Promise<void> =>
    method === this.method ? this.held : Promise.resolve();
  hold(method: string): void {
    this.method = method;
    this.held = new Promise<void>((resolve) => (this.release = resolve));
  }
  open(): void {
    this.method = null;
    this.release();
  }
}
