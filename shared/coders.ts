/**
 * Who coded an annotation or claim (issue 20, coders contract): the field
 * `author`; one without it was made before coders existed and counts as the
 * local coder's. Pure helpers shared by compare, agreement and adjudication.
 */

/** The coder of `a`: its trimmed `author`, or `localCoder` when it has none. */
export function coderOf(a: { author?: string }, localCoder: string): string {
  const author = a.author?.trim();
  return author ? author : localCoder;
}

/** The distinct coders of `annotations`, sorted, the local coder first when present. */
export function codersIn(annotations: readonly { author?: string }[], localCoder: string): string[] {
  const names = [...new Set(annotations.map((a) => coderOf(a, localCoder)))];
  const others = names.filter((n) => n !== localCoder).sort((x, y) => x.localeCompare(y));
  return names.includes(localCoder) ? [localCoder, ...others] : others;
}
