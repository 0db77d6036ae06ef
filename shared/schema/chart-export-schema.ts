/**
 * What the analysis view hands main to save (issue 19): a chart as SVG or
 * PNG, or the data behind it as CSV, with a proposed file name. Main checks
 * the content is what its kind says (electron/services/analysis/chart-file.ts)
 * before asking where to write it.
 */

import { z } from 'zod';

/** The kinds of file a chart exports to. */
export const CHART_FILE_KINDS = ['svg', 'png', 'csv'] as const;
export type ChartFileKind = (typeof CHART_FILE_KINDS)[number];

/** Largest chart file accepted, in UTF-16 units of `content` (PNG: base64 text). */
export const MAX_CHART_FILE_LENGTH = 20_000_000;
/** Longest proposed file name (without its extension), in UTF-16 units. */
export const MAX_CHART_NAME_LENGTH = 120;

export const chartFileSchema = z.strictObject({
  kind: z.enum(CHART_FILE_KINDS),
  /** Proposed file name without extension; path separators are refused. */
  name: z
    .string()
    .min(1)
    .max(MAX_CHART_NAME_LENGTH)
    .refine((name) => !/[/\\:*?"<>|]/u.test(name) && ![...name].some((c) => (c.codePointAt(0) ?? 0) < 0x20), {
      message: 'a file name without path separators or control characters',
    }),
  /** SVG markup, CSV text, or for PNG the image as base64 (no data: prefix). */
  content: z.string().min(1).max(MAX_CHART_FILE_LENGTH),
});

export type ChartFile = z.infer<typeof chartFileSchema>;
