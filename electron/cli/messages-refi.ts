/**
 * The CLI's sentences about REFI-QDA imports, English and Arabic side by
 * side: codes that match no tag, tags added, parts of the file left out.
 */

import type { RefiSkipReason } from '../../shared/export/refi-types';
import type { CliLanguage } from './messages';

type Pair = readonly [en: string, ar: string];
const pick = (pair: Pair, lang: CliLanguage): string => pair[lang === 'en' ? 0 : 1];

const SKIP_REASONS: Record<RefiSkipReason, Pair> = {
  'not-text-source': [
    'a picture, PDF, audio or video source has no text to annotate',
    'مصدر صورة أو PDF أو صوت أو فيديو لا نص فيه يُعلَّق عليه',
  ],
  'no-plain-text': ['its plain text is not inside the .qdpx', 'نصه العادي ليس داخل ملف ‎.qdpx'],
  'empty-source': ['the source has no text', 'المصدر بلا نص'],
  'no-code': ['the selection has no code', 'المقطع بلا رمز'],
  'unmapped-code': ['its code was set to be skipped', 'اختير تخطي رمزه'],
  'outside-text': ['its position is outside the text or holds no text', 'موضعه خارج النص أو لا نص فيه'],
  'whole-source-coding': ['a coding of a whole source has no span', 'ترميز مصدر كامل بلا مقطع'],
  'unknown-entity': ['the library has no such entity to link to', 'لا كيان كهذا في المكتبة يُربط به'],
};

export const REFI_SAY = {
  /** Codes that match no tag while neither --new-tags nor --map says what to do with them. */
  unmapped: (codes: string[], lang: CliLanguage): string =>
    pick(
      [
        `Nothing was imported: these codes match no tag of the scheme: ${codes.join(', ')}. Add them as new tags with --new-tags, or map each with --map "CODE=TAG" (TAG may be skip).`,
        `لم يُستورد شيء: هذه الرموز لا تطابق أي وسم في المخطط: ${codes.join('، ')}. أضفها وسومًا جديدة بـ ‎--new-tags، أو اربط كلًّا منها بـ ‎--map "الرمز=الوسم" (ويمكن أن يكون الوسم skip).`,
      ],
      lang,
    ),
  /** A --map whose code is not in the file. */
  unknownCode: (code: string, lang: CliLanguage): string =>
    pick(
      [
        `Nothing was imported: the file has no code "${code}" (given to --map).`,
        `لم يُستورد شيء: لا رمز «${code}» في الملف (المعطى لـ ‎--map).`,
      ],
      lang,
    ),
  tagsAdded: (tags: string[], lang: CliLanguage): string =>
    pick(
      [
        `Tags added to the scheme: ${tags.length}${tags.length ? ` (${tags.join(', ')})` : ''}.`,
        `الوسوم المضافة إلى المخطط: ${tags.length}${tags.length ? ` (${tags.join('، ')})` : ''}.`,
      ],
      lang,
    ),
  skipped: (what: string, reason: RefiSkipReason, lang: CliLanguage): string =>
    pick(
      [`Left out: “${what}”: ${SKIP_REASONS[reason][0]}.`, `تُرك: «${what}»: ${SKIP_REASONS[reason][1]}.`],
      lang,
    ),
};
