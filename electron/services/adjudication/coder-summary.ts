/**
 * Who coded what in a library, for choosing the two coders to adjudicate:
 * every coder with annotations in a listed article, and per article its coders.
 */

import type { CoderSummary } from '../../../shared/adjudication/adjudication-types';
import { codersIn } from '../../../shared/coders';
import type { Library } from '../library/library';

/** The coders of `library`'s listed articles (`local` names annotations without author), and each article's. */
export async function coderSummary(
  library: Pick<Library, 'listArticles' | 'peekAnnotations'>,
  local: string,
): Promise<CoderSummary> {
  const articles: CoderSummary['articles'] = [];
  for (const meta of await library.listArticles()) {
    const coders = codersIn(await library.peekAnnotations(meta.id), local);
    if (coders.length > 0) articles.push({ id: meta.id, title: meta.title, coders });
  }
  const all = articles.flatMap((a) => a.coders.map((author) => ({ author })));
  return { coders: codersIn(all, local), articles };
}
