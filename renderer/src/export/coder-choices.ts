/**
 * The coder choices of the transfer dialogs as requests (issue 20): the
 * export dialog's coder filter and the import dialog's coder layer.
 */

import { cleanCoderName } from '../../../shared/coders';

/** The coders named in `text` (split on Latin or Arabic commas, trimmed, unusable names left out); undefined: everyone. */
export function codersOf(text: string): string[] | undefined {
  const names = text.split(/[,،]/u).flatMap((part) => cleanCoderName(part) ?? []);
  return names.length > 0 ? [...new Set(names)] : undefined;
}

/** The import dialog's "Add as a coder layer" choice as it keeps it. */
export interface LayerState {
  on: boolean;
  coder: string;
}

/** The `layer` argument of api.importAnnotations for `state` (undefined: merge). */
export function layerRequest(state: LayerState): { coder?: string } | undefined {
  if (!state.on) return undefined;
  const coder = state.coder.trim();
  return coder ? { coder } : {};
}
