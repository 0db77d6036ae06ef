/**
 * A real library in a temp folder holding the sample article coded with its
 * main claims through the library API (Hamas demands a prisoner exchange
 * from Israel, stance "for", a note starting with "="; the US envoy demands
 * the ceasefire be stabilised; the UN demands an end to the violations from
 * Israel, stance "against"), closed and reopened from disk. Shared by the
 * claim export tests of the service and of REFI-QDA.
 */

import { join } from 'node:path';
import type { Library } from '../../../../../electron/services/library/library';
import { SAMPLE_PATH } from '../../../helpers';
import { cpOffset, openLibrary } from '../../../transfer-helpers';

/** The coded library in `<parent>/lib`, reopened (register closeLibraries with afterEach). */
export async function codedLibrary(
  parent: string,
): Promise<{ library: Library; articleId: string; dir: string }> {
  const dir = join(parent, 'lib');
  const first = await openLibrary(dir, SAMPLE_PATH);
  const [meta] = await first.listArticles();
  if (!meta) throw new Error('sample not seeded');
  const articleId = meta.id;
  const { text } = await first.getArticle(articleId);
  const tags: [string, string][] = [
    ['حركة حماس', 'actor.armed-group'],
    ['تبادل الأسرى', 'demand.prisoners'],
    ['إسرائيل', 'actor.state'],
    ['ستيف ويتكوف', 'actor.person'],
    ['تثبيت وقف إطلاق النار', 'demand.ceasefire'],
    ['الأمم المتحدة', 'actor.organisation'],
    ['وقف فوري لهذه الانتهاكات', 'demand.other'],
  ];
  const made = await first.createAnnotations(
    articleId,
    tags.map(([phrase, tag]) => {
      const [start, end] = cpOffset(text, phrase);
      return { articleId, start, end, tag };
    }),
  );
  const id = (i: number) => made[i]?.id ?? '';
  await first.createClaim({
    articleId,
    frame: 'claim',
    members: [
      { role: 'claimant', annotationId: id(0) },
      { role: 'demand', annotationId: id(1) },
      { role: 'addressee', annotationId: id(2) },
    ],
    attributes: { stance: 'for' },
    note: '=1+1 مطلب الحركة',
  });
  await first.createClaim({
    articleId,
    frame: 'claim',
    members: [
      { role: 'claimant', annotationId: id(3) },
      { role: 'demand', annotationId: id(4) },
    ],
  });
  await first.createClaim({
    articleId,
    frame: 'claim',
    members: [
      { role: 'claimant', annotationId: id(5) },
      { role: 'demand', annotationId: id(6) },
      { role: 'addressee', annotationId: id(2) },
    ],
    attributes: { stance: 'against' },
  });
  await first.close();
  return { library: await openLibrary(dir), articleId, dir };
}
