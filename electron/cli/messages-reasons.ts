/**
 * The reasons that complete the CLI's sentences, English and Arabic side by
 * side: why a file could not be read or written, and why a Hamish JSON file
 * was refused (import-check's ImportRefusal kinds).
 */

import type { SkippedItem } from '../services/transfer/foreign/foreign-types';
import type { CliLanguage, FileReason } from './messages';

type Pair = readonly [en: string, ar: string];
const index = (lang: CliLanguage) => (lang === 'en' ? 0 : 1);

const READ: Record<FileReason, Pair> = {
  missing: ['it does not exist', 'الملف غير موجود'],
  denied: ['permission was denied', 'لا إذن بالوصول إليه'],
  'not-a-file': ['it is a folder, not a file', 'هذا مجلد وليس ملفًا'],
  other: ['the system refused to open it', 'رفض النظام فتحه'],
};
const WRITE_MISSING: Pair = ['its folder does not exist', 'المجلد الذي يُكتب فيه غير موجود'];

const IMPORT_REFUSALS: Record<string, Pair> = {
  'too-large': ['the file is larger than 200 MB', 'الملف أكبر من 200 ميغابايت'],
  'not-json': [
    'the file is not valid JSON (it may be truncated or not a Hamish file)',
    'الملف ليس JSON صالحًا (ربما كان مبتورًا أو ليس ملف هامش)',
  ],
  'wrong-format': ['this is not a Hamish annotations file', 'هذا ليس ملف توسيمات هامش'],
  'wrong-version': ['this Hamish file version is not supported', 'إصدار ملف هامش هذا غير مدعوم'],
  'invalid-value': ['a value is missing or invalid', 'قيمة ناقصة أو غير صالحة'],
  'text-mismatch': ['the text does not match its SHA-256', 'النص لا يطابق بصمته SHA-256'],
  'out-of-range': ["an annotation points outside its article's text", 'توسيم يشير إلى خارج نص مقاله'],
  'quote-mismatch': ['a quote does not match the text at its offsets', 'اقتباس لا يطابق النص في موضعه'],
  'unknown-tag': ["a tag is not in this library's scheme", 'وسم غير موجود في مخطط هذه المكتبة'],
  'unknown-entity': [
    'an annotation links to an entity neither the file nor this library has',
    'توسيم يشير إلى كيان ليس في الملف ولا في هذه المكتبة',
  ],
  'duplicate-id': ['an id is used twice', 'معرّف مستخدم مرتين'],
  'claim-member-missing': [
    'a claim names an annotation its article does not have in the file',
    'مطالبة تشير إلى توسيم ليس في مقالها في الملف',
  ],
  'invalid-claim': [
    "a claim does not fit its frame in this library's scheme",
    'مطالبة لا تناسب إطارها في مخطط هذه المكتبة',
  ],
  'layer-coder-missing': [
    'some annotations name no coder: give the layer a coder with --coder',
    'بعض التوسيمات بلا مرمِّز: سمِّ مرمِّز الطبقة بـ ‎--coder',
  ],
  'layer-is-mine': [
    "the layer would be your own coder: give the colleague's name with --coder",
    'الطبقة ستكون باسمك أنت: اكتب اسم الزميل بـ ‎--coder',
  ],
  'not-refi': ['it is not a REFI-QDA project (.qdpx)', 'ليس مشروع REFI-QDA ‏(‎.qdpx)'],
  'not-this-format': [
    'the file is not in the format given with --from',
    'الملف ليس بالصيغة المذكورة في ‎--from',
  ],
  'span-mismatch': ["a span's offsets do not match its text", 'مواضع مقطع لا تطابق نصه'],
  'unmapped-label': [
    'some labels map to no tag of this library: map each with --map LABEL=tag, or LABEL=- to leave it out',
    'بعض التسميات لا تقابل وسمًا في هذه المكتبة: اربط كلًّا منها بـ ‎--map LABEL=tag أو اتركها بـ LABEL=-',
  ],
  'unknown-article': [
    'an annotation targets a page this library does not hold (name the article with --article ID)',
    'توسيم يستهدف صفحة ليست في هذه المكتبة (سمِّ المقال بـ ‎--article ID)',
  ],
};
const NOT_HAMISH: Pair = ['it is not a valid Hamish file', 'ليس ملف هامش صالحًا'];

/** Why a file could not be read, as a clause. */
export const readReason = (reason: FileReason, lang: CliLanguage): string => READ[reason][index(lang)];

/** Why a file could not be written, as a clause. */
export const writeReason = (reason: FileReason, lang: CliLanguage): string =>
  (reason === 'missing' ? WRITE_MISSING : READ[reason])[index(lang)];

/** Why a Hamish JSON file was refused (params.reason of 'invalid-import'), as a clause. */
export const importRefusal = (reason: unknown, lang: CliLanguage): string =>
  (IMPORT_REFUSALS[String(reason)] ?? NOT_HAMISH)[index(lang)];

/** Why part of another tool's file was not imported (SkippedItem['reason']), as a clause. */
const SKIPS: Record<SkippedItem['reason'], Pair> = {
  relation: [
    'a relation: Hamish keeps spans, not links between them',
    'علاقة: يحفظ هامش المقاطع لا الروابط بينها',
  ],
  event: [
    'an event structure: its trigger span is imported as a T line',
    'بنية حدث: يُستورد مقطع محفّزه سطرًا مستقلًا',
  ],
  attribute: ['an attribute', 'سمة'],
  normalization: [
    'a link to an outside database, or to a span not imported',
    'ربط بقاعدة بيانات خارجية أو بمقطع لم يُستورد',
  ],
  discontinuous: ['a discontinuous span with text between its fragments', 'مقطع متقطع بين أجزائه نص'],
  'not-found': ["its quote is not in the article's text", 'اقتباسه ليس في نص المقال'],
  'not-text': ['not a text span', 'ليس مقطعًا من النص'],
  'unlinked-note': ['a note on something not imported', 'ملاحظة على ما لم يُستورد'],
};

/** Why a skipped item was left out, as a clause. */
export const skipReason = (reason: SkippedItem['reason'], lang: CliLanguage): string =>
  SKIPS[reason][index(lang)];
