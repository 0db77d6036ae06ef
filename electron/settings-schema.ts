/**
 * The shape a usable preferences file must have (checked at start; a file
 * that does not match is kept aside, see preferences-file.ts). Separate from
 * settings.ts so it can be tested without Electron.
 */

import { z } from 'zod';
import { UI_LANGUAGES } from '../shared/preferences';
import { MAX_CODER_NAME_LENGTH } from '../shared/schema/limits';

const bound = z.number();

/** What a usable preferences file holds; keys other issues add are let through. */
export const settingsFileSchema = z.looseObject({
  language: z.enum(UI_LANGUAGES).optional(),
  /** The local coder's name (issue 20); absent until the user confirms one on first run. */
  coder: z.string().max(MAX_CODER_NAME_LENGTH).optional(),
  window: z
    .looseObject({
      x: bound.optional(),
      y: bound.optional(),
      width: bound.min(200),
      height: bound.min(200),
      maximized: z.boolean(),
    })
    .optional(),
});
