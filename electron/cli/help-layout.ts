/**
 * The one place where `hamish`'s help pages (help.ts, help-ar.ts) get their
 * option column: each page's option descriptions, and the lines that carry
 * them on, start in one column, computed here from the page's options; the
 * texts themselves only separate an option from its description by two or
 * more spaces. Columns count UTF-16 code units of the option part, which is
 * always ASCII (descriptions may be Arabic; they are never measured).
 */

/** An option line: two spaces, the option ("-x", "--name VALUE"…), two or more spaces, its description. */
const OPTION = /^ {2}(-\S*(?: \S+)*?)(?: {2,}(\S.*))?$/u;
/** A line that carries the description above it on: indented deeper than an option. */
const CONTINUATION = /^ {4,}(\S.*)$/u;
/** An option wider than this gets its description on the next line instead of widening the column. */
export const WIDEST_OPTION = 18;
/** Spaces between the widest option and the description column. */
const GAP = 2;

/** The description column (0-based, in characters) of a page whose options are `options`. */
export function optionColumn(options: readonly string[]): number {
  const fitting = options.map((o) => o.length).filter((n) => n <= WIDEST_OPTION);
  return 2 + Math.max(0, ...fitting) + GAP;
}

/**
 * `page` with every option block laid out in one column: an option line's
 * description starts at `optionColumn` of the page's options, and so do the
 * lines under it that carry it on; an option wider than WIDEST_OPTION keeps
 * its line and its description starts the next. Other lines (usage, prose,
 * the command list) are left as written.
 */
export function layOutHelp(page: string): string {
  const lines = page.split('\n');
  const options = lines.flatMap((l) => {
    const m = OPTION.exec(l);
    return m?.[1] === undefined ? [] : [m[1]];
  });
  const column = optionColumn(options);
  const pad = ' '.repeat(column);
  let inOption = false;
  return lines
    .flatMap((line) => {
      const option = OPTION.exec(line);
      if (option?.[1] !== undefined) {
        inOption = true;
        const [flag, text] = [option[1], option[2]];
        if (text === undefined) return [`  ${flag}`];
        if (flag.length + 2 + GAP > column) return [`  ${flag}`, `${pad}${text}`];
        return [`  ${flag.padEnd(column - 2)}${text}`];
      }
      const more = inOption ? CONTINUATION.exec(line) : null;
      if (more?.[1] !== undefined) return [`${pad}${more[1]}`];
      inOption = false;
      return [line];
    })
    .join('\n');
}

/** Every page of `pages` laid out by layOutHelp (keys kept). */
export function layOutPages(pages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(pages).map(([name, page]) => [name, layOutHelp(page)]));
}
