/**
 * The reasons that complete the CLI's sentences, English and Arabic side by
 * side: why a file could not be read or written, and why a Hamish JSON file
 * was refused (import-check's ImportRefusal kinds).
 */

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
  'wrong-format': ['this is not a Hamish annotations file', 'هذا ليس ملف تعليقات هامش'],
  'wrong-version': ['this Hamish file version is not supported', 'إصدار ملف هامش هذا غير مدعوم'],
  'invalid-value': ['a value is missing or invalid', 'قيمة ناقصة أو غير صالحة'],
  'text-mismatch': ['the text does not match its SHA-256', 'النص لا يطابق بصمته SHA-256'],
  'out-of-range': ["an annotation points outside its article's text", 'تعليق يشير إلى خارج نص مقاله'],
  'quote-mismatch': ['a quote does not match the text at its offsets', 'اقتباس لا يطابق النص في موضعه'],
  'unknown-tag': ["a tag is not in this library's scheme", 'وسم غير موجود في مخطط هذه المكتبة'],
  'duplicate-id': ['an id is used twice', 'معرّف مستخدم مرتين'],
  'not-refi': ['it is not a REFI-QDA project (.qdpx)', 'ليس مشروع REFI-QDA ‏(‎.qdpx)'],
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
