/**
 * A REFI-QDA project as Hamish reads it: what the importer keeps of a
 * .qdpx (users, the code tree, text sources with their text and coded
 * selections, cases) before codes are mapped to tags. Positions are as the
 * file gives them: code points into the source's text file (REFI §10.2).
 */

import type { RefiSkipped } from '../../../../shared/export/refi-types';
import type { RefiClaim } from './refi-claims-read';

export type { RefiSkipped };

/** One code of the codebook, flattened; `parent` is the enclosing code's GUID. */
export interface RefiCode {
  guid: string;
  name: string;
  /** "#rrggbb", when the code has a colour. */
  color?: string;
  description: string;
  parent?: string;
  /** Names of the enclosing codes, outermost first, then this code's. */
  path: string[];
}

/** A coded span of a text source; one per Coding (a selection coded twice gives two). */
export interface RefiSelection {
  /** The selection's GUID for its first coding, else the coding's. */
  guid: string;
  start: number;
  end: number;
  code: string;
  /** Name of the creating user, when the file names one. */
  user?: string;
  createdAt?: string;
  updatedAt?: string;
  /** The selection's Description and the texts of its notes, blank-line separated ("" when none). */
  note: string;
}

/** A text source with its plain text as stored in the file (not yet canonical). */
export interface RefiSource {
  guid: string;
  name: string;
  text: string;
  createdAt?: string;
  /** Text variable values by variable name (e.g. "Author"). */
  variables: Record<string, string>;
  selections: RefiSelection[];
}

/** A case: a name, its text variables, and the selections it groups. */
export interface RefiCase {
  guid: string;
  name: string;
  description: string;
  variables: Record<string, string>;
  selections: string[];
}

export interface RefiProject {
  name: string;
  origin: string;
  /** User names by GUID (normalised: lower-case, no braces). */
  users: Map<string, string>;
  codes: RefiCode[];
  sources: RefiSource[];
  cases: RefiCase[];
  /** The claims of a project Hamish wrote (refi-claims-read.ts); absent or empty for others. */
  claims?: RefiClaim[];
  skipped: RefiSkipped[];
}
