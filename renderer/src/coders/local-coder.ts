/**
 * The local coder as the renderer knows it (issue 20): set once main has
 * answered getCoder (and again when the Preferences dialog changes it), read
 * by rules that need "mine", such as the twin check before a new annotation.
 */

let current = '';

/** The local coder's name; '' until main has told it. */
export const localCoder = (): string => current;

/** Records the local coder's name (as main stored it). */
export function setLocalCoder(name: string): void {
  current = name;
}
