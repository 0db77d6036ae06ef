/**
 * The part of the IPC contract (ipc-contract.ts) for the local coder (issue
 * 20): the name recorded as `author` on every annotation and claim the app
 * makes, asked once on first run and changeable in Preferences.
 */

import type { Result } from './result';

/** The local coder as main keeps it. */
export interface CoderSetting {
  /** The name chosen (trimmed, 1..MAX_CODER_NAME_LENGTH UTF-16 units); null until the user has confirmed one. */
  coder: string | null;
  /** What to propose: the chosen name, else the OS user name (also the coder recorded until one is chosen). */
  suggested: string;
}

export interface CodersApi {
  /** The local coder; `coder` null means first run: the renderer asks once. */
  getCoder(): Promise<Result<CoderSetting>>;
  /** Sets and persists the local coder ('invalid-argument' for an empty, over-long or control-character name). */
  setCoder(name: string): Promise<Result<CoderSetting>>;
}

/** The methods of CodersApi, for API_METHODS. */
export const CODERS_API_METHODS = ['getCoder', 'setCoder'] as const;
