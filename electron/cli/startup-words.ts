/**
 * The words of the start-up notice (startup-notice.ts) in English and
 * Arabic: the CLI's own sentences, since the app's notice (safety.json) is
 * worded for a dialog. A quarantined file's `reason` and an unknown file's
 * are English developer text, so the Arabic words name the file's kind
 * instead. Arabic counts use "N من …", which reads right for every number.
 */

import type { QuarantinedFile, UnknownFile } from '../../shared/startup-report';
import type { CliLanguage } from './messages';

/** Every sentence the notice prints; `article` is " (article …)" or "" as the notice builds it. */
export interface StartupWords {
  damaged: (count: number) => string;
  article: (title: string | undefined, id: string) => string;
  movedTo: (path: string) => string;
  leftInPlace: string;
  quarantined: (q: QuarantinedFile, article: string, where: string) => string;
  indexRebuiltReadOnly: string;
  indexRebuilt: string;
  indexLoss: (id: string, title: string, lost: readonly string[]) => string;
  unknownFile: (file: UnknownFile) => string;
  tempFilesRemoved: (count: number) => string;
  journalLinesDropped: (count: number) => string;
  indexJournalLinesDropped: (count: number) => string;
  claimRepaired: (claimId: string, articleId: string, count: number, repaired: boolean) => string;
}

const EN: StartupWords = {
  damaged: (n) => `The start-up check found ${n} damaged library file(s):`,
  article: (title, id) => ` (article ${title ? `"${title}", ` : ''}${id})`,
  movedTo: (path) => `; moved to ${path}`,
  leftInPlace: '; left in place (the library is open read-only: nothing was moved)',
  quarantined: (q, article, where) => `  ${q.file}${article}: ${q.reason}${where}`,
  indexRebuiltReadOnly:
    'index.json is damaged: the list of articles was rebuilt in memory for this command only (nothing was written: the library is open read-only).',
  indexRebuilt: 'index.json was damaged and has been rebuilt.',
  indexLoss: (id, title, lost) => `  article ${id} ("${title}") lost: ${lost.join(', ')}`,
  unknownFile: (f) =>
    `Unknown file ${f.file}: ${f.reason}${f.kind === 'article' ? ` (adopt it with "hamish adopt ${f.file}")` : ''}.`,
  tempFilesRemoved: (n) => `Removed ${n} unfinished temp file(s) left by an interrupted write.`,
  journalLinesDropped: (n) => `Dropped ${n} unfinished annotation change(s) cut off by an interrupted write.`,
  indexJournalLinesDropped: (n) =>
    `Dropped ${n} unfinished listing(s) of imported articles cut off by an interrupted write (their files are reported as unknown and can be adopted).`,
  claimRepaired: (claim, article, n, repaired) =>
    `Claim ${claim} of article ${article} pointed to ${n} missing annotation(s): ${repaired ? 'detached' : 'left out for this command (read-only)'}.`,
};

/** What each kind of damaged file is, in Arabic. */
const KIND_AR: Record<QuarantinedFile['kind'], string> = {
  index: 'قائمة المقالات تالفة',
  taxonomy: 'مخطط الوسوم تالف',
  entities: 'قائمة الكيانات تالفة',
  article: 'نص المقال تالف أو مفقود',
  annotations: 'ملف التوسيمات تالف',
  adjudication: 'ملف قرارات التحكيم تالف',
};

/** Why an unknown file is not part of the library, by its kind, in Arabic. */
const UNKNOWN_AR: Record<UnknownFile['kind'], string> = {
  article: 'نص مقال ليس في قائمة المقالات (ربما انقطع استيراد)',
  annotations: 'توسيمات مقال ليس في هذه المكتبة',
  name: 'ليس ملفًا يكتبه هامش',
};

const AR: StartupWords = {
  damaged: (n) => `وجد فحص بدء التشغيل ${n} من ملفات المكتبة تالفة:`,
  article: (title, id) => ` (المقال ${title ? `«${title}»، ` : ''}${id})`,
  movedTo: (path) => `؛ نُقل إلى ${path}`,
  leftInPlace: '؛ تُرك في مكانه (المكتبة مفتوحة للقراءة فقط: لم يُنقل شيء)',
  quarantined: (q, article, where) => `  ${q.file}${article}: ${KIND_AR[q.kind]}${where}`,
  indexRebuiltReadOnly:
    'ملف index.json تالف: أُعيد بناء قائمة المقالات في الذاكرة لهذا الأمر وحده (لم يُكتب شيء: المكتبة مفتوحة للقراءة فقط).',
  indexRebuilt: 'كان ملف index.json تالفًا وأُعيد بناؤه.',
  indexLoss: (id, title, lost) => `  المقال ${id} («${title}») فقد: ${lost.join('، ')}`,
  unknownFile: (f) =>
    `ملف غير معروف ${f.file}: ${UNKNOWN_AR[f.kind]}${f.kind === 'article' ? ` (اعتمده بـ «hamish adopt ${f.file}»)` : ''}.`,
  tempFilesRemoved: (n) => `حُذف ${n} من الملفات المؤقتة غير المكتملة خلّفتها كتابة انقطعت.`,
  journalLinesDropped: (n) => `أُسقط ${n} من تغييرات التوسيم غير المكتملة قطعتها كتابة انقطعت.`,
  indexJournalLinesDropped: (n) =>
    `أُسقط ${n} من قيود المقالات المستوردة غير المكتملة قطعتها كتابة انقطعت (تُذكر ملفاتها ملفاتٍ غير معروفة ويمكن اعتمادها).`,
  claimRepaired: (claim, article, n, repaired) =>
    `المطالبة ${claim} في المقال ${article} كانت تشير إلى ${n} من التوسيمات المفقودة: ${repaired ? 'أُخرجت من أدوارها' : 'تُركت خارج هذا الأمر (قراءة فقط)'}.`,
};

/** The notice's words in `language`. */
export const startupWords = (language: CliLanguage): StartupWords => (language === 'ar' ? AR : EN);
