/**
 * Holding main's answers back in e2e specs (the harness's `beforeDispatch`):
 * while `holding` is on, calls of the named method wait at the gate until
 * released, oldest first, so a spec can press keys while an edit is in flight.
 */

/** Gates for calls of `method`: the launch option to pass, the switch, and the releases. */
export function heldAnswers(method: string) {
  const held = {
    /** The held calls' releases, oldest first. */
    gates: [] as (() => void)[],
    /** Whether new calls are held. */
    holding: false,
    beforeDispatch: (called: unknown): Promise<void> =>
      held.holding && called === method
        ? new Promise<void>((resolve) => held.gates.push(resolve))
        : Promise.resolve(),
    /** Stops holding and lets every held call go (so the app can close). */
    releaseAll: () => {
      held.holding = false;
      while (held.gates.length > 0) held.gates.shift()?.();
    },
  };
  return held;
}
