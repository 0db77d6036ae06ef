/** The Arabic sentences of `hamish` (see messages.ts): file and reason named, no error codes. */

import { EXPORT_FORMATS } from '../../shared/export/export-request';
import type { UsageProblem } from './args';
import { reasonOf, type Catalogue, type Failure } from './messages';
import { importRefusal, readReason, skipReason, writeReason } from './messages-reasons';

/** "N articles" in Arabic, by the Arabic plural category of `n` (zero, one, two, few, many, other). */
function arabicArticles(n: number): string {
  switch (new Intl.PluralRules('ar').select(n)) {
    case 'zero':
      return 'لا مقال';
    case 'one':
      return 'مقال واحد';
    case 'two':
      return 'مقالان';
    case 'few':
      return `${n} مقالات`;
    case 'many':
      return `${n} مقالًا`;
    default:
      return `${n} مقال`;
  }
}

function usage(p: UsageProblem): string {
  switch (p.kind) {
    case 'unknown-command':
      return `«${p.name}» ليس أمرًا من أوامر hamish.`;
    case 'unknown-option':
      return `‎--${p.name} ليس خيارًا لهذا الأمر.`;
    case 'needs-value':
      return `الخيار ‎--${p.name} يحتاج إلى قيمة${p.allowed ? ` (${p.allowed.split(',').join(' أو ')})` : ''}.`;
    case 'takes-no-value':
      return `الخيار ‎--${p.name} لا يأخذ قيمة.`;
    case 'given-twice':
      return `لا يُعطى الخيار ‎--${p.name} إلا مرة واحدة.`;
    case 'no-arguments':
      return `الأمر ${p.command} لا يأخذ ملفًا ولا مجلدًا، وقد أُعطي: ${p.args}.`;
    case 'needs-files':
      return 'الأمر import يحتاج إلى ملف أو مجلد واحد على الأقل.';
    case 'needs-ids':
      return 'الأمر adopt يحتاج إلى معرّف مقال واحد على الأقل أو ملف articles/<id>.json.';
    case 'needs-format':
      return 'الأمر export يحتاج إلى ‎--format بإحدى القيم json أو w3c أو csv أو brat أو qdpx أو qdc.';
    case 'needs-out':
      return 'الأمر export يحتاج إلى ‎--out واسم الملف (أو المجلد لـ brat) الذي يُكتب.';
    case 'one-file':
      return 'الأمر import-annotations يحتاج إلى ملف واحد (JSON من هامش أو ‎.qdpx).';
    case 'unknown-format':
      return `«${p.value}» ليس صيغة تصدير: استخدم ${EXPORT_FORMATS.join(' أو ')}.`;
    case 'unknown-source':
      return `«${p.value}» ليست صيغة يقرؤها import-annotations: استخدم hamish أو qdpx أو brat أو w3c أو labelstudio أو doccano أو conll.`;
    case 'unknown-policy':
      return `«${p.value}» ليس سياسة تعارض: استخدم keep-both أو keep-mine أو take-theirs.`;
    case 'bad-map':
      return `‎--map «${p.value}» ليس على الشكل الرمز=الوسم (الوسم معرّف وسم أو new أو skip).`;
    case 'unknown-duplicate-choice':
      return `«${p.value}» ليس خيارا للمكرر: استخدم skip أو keep أو replace.`;
    case 'unknown-language':
      return `«${p.value}» ليست لغة من لغات hamish: استخدم en أو ar.`;
    case 'bad-article-id':
      return `«${p.value}» ليس معرّف مقال (يعرض «hamish list» المعرّفات).`;
    case 'needs-two-files':
      return 'الأمر agreement يحتاج إلى ملفَّي JSON من هامش أو أكثر، ملف لكل مرمّز.';
    case 'file-twice':
      return `${p.value} مذكور مرتين: اذكر ملف كل مرمّز مرة واحدة.`;
    case 'out-is-input':
      return `‎--out ${p.value} أحد الملفات المقارنة: اكتب التقرير في ملف آخر.`;
    case 'bad-choice':
      return `«${p.value}» ليست قيمة للخيار ‎--${p.name}: استخدم ${p.allowed.split(',').join(' أو ')}.`;
    case 'reversed-dates':
      return `‎--from بعد ‎--to (⁨${p.value}⁩): اذكر التاريخ الأسبق أولًا.`;
    case 'bad-date':
      return `‎--${p.name} «${p.value}» ليس تاريخًا: اكتبه على الشكل YYYY-MM-DD.`;
  }
}

function failure(f: Failure): string {
  const p = f.params;
  const file = `«${String(p['file'] ?? '')}»`;
  const reason = reasonOf(p['reason']);
  switch (f.code) {
    case 'no-library':
      return p['writing']
        ? `لا توجد مكتبة هامش في ${String(p['dir'])}: تحقّق من ‎--library، أو أضف ‎--create لإنشاء مكتبة جديدة هناك.`
        : `لا توجد مكتبة هامش في ${String(p['dir'])}: تحقّق من ‎--library (هذا الأمر لا ينشئ مكتبة).`;
    case 'file-unsupported':
      return `لم يُستورد الملف ${file}: لا يُستورد إلا ‎.txt و‎.md و‎.html.`;
    case 'file-unreadable':
      return `تعذّرت قراءة الملف ${file}: ${readReason(reason, 'ar')}.`;
    case 'file-too-large':
      return `لم يُستورد الملف ${file}: حجمه أكبر من 20 ميغابايت.`;
    case 'file-not-text':
      return `لم يُستورد الملف ${file}: ليس ملفًا نصيًا (بيانات ثنائية أو ترميز غير معروف).`;
    case 'empty-text':
      return `لم يُستورد الملف ${file}: فارغ أو لا نص مقال فيه.`;
    case 'text-too-large':
      return `لم يُستورد الملف ${file}: نصه أطول مما يتسع له مقال.`;
    case 'duplicate':
      return `الملف ${file} موجود في المكتبة باسم «${String(p['title'] ?? '')}».`;
    case 'not-found':
      return `لا يوجد مقال بالمعرّف ${String(p['id'] ?? '')} في هذه المكتبة.`;
    case 'invalid-import': {
      const where = p['where'] ? ` (في ⁨${String(p['where'])}⁩)` : '';
      const why = importRefusal(p['reason'], 'ar');
      const hint = p['looksLike']
        ? ` يبدو ملفًا بصيغة ${String(p['looksLike'])}: أضف ‎--from ${String(p['looksLike'])}.`
        : '';
      return `لم يُستورد شيء من ${file}: ${why}${where}.${hint}`;
    }
    case 'invalid-argument':
      return p['field'] === 'path'
        ? `${file} مجلد: أعطِ اسم ملف يُكتب فيه.`
        : `القيمة المعطاة لـ ${String(p['field'] ?? 'أحد المعاملات')} غير صالحة.`;
    case 'storage-failed':
      return p['file']
        ? `تعذّرت كتابة ${file}: ${writeReason(reason, 'ar')}.`
        : 'تعذّر الحفظ على القرص. لم يُفقد شيء مما حُفظ سابقًا.';
    case 'native-module':
      return `وحدة فهرس البحث الأصلية (better-sqlite3) مبنيّة لبيئة تشغيل أخرى (إلكترون الخاص بالتطبيق بعد «npm start»): شغّل الأمر بصيغة «npm run hamish -- …» فيُعاد بناؤها لـ Node.js، أو شغّل «node scripts/native-runtime.js node» مرة واحدة. لم يتغيّر شيء. (${String(p['detail'] ?? '')})`;
    case 'no-such-coder':
      return `لا توسيم ولا مطالبة في المقالات المختارة من عمل ${String(p['names'])}: لم يُصدَّر شيء. المرمِّزون فيها: ${String(p['coders'] || 'لا أحد')}.`;
    case 'inside-library':
      return `«${file}» داخل مجلد المكتبة: صدّر إلى مكان آخر حتى لا يُستبدل أي ملف من ملفات المكتبة.`;
    case 'busy':
      return `المكتبة مفتوحة للكتابة في عملية أخرى لهاميش (أغلقها أو انتظر، أو أعد الأمر مع ‎--wait): ${f.message}`;
    default:
      return `حدث خطأ غير متوقع: ${f.message}`;
  }
}

export const AR: Catalogue = {
  usage,
  failure,
  seeHelp: (command) => `شغّل «hamish ${command} --help» لمعرفة طريقة استخدامه.`,
  optionOf: (option, commands) =>
    commands.length === 0
      ? `‎${option} ليس خيارًا لأي أمر من أوامر hamish.`
      : `‎${option} خيار ${commands.length === 1 ? 'للأمر' : 'للأوامر'}: ${commands.join('، ')}؛ انظر «hamish help ${commands[0]}».`,
  cancelled: () => 'توقف الاستيراد قبل آخر ملف.',
  noFiles: () => 'لم يوجد ملف للاستيراد.',
  targetExists: (path) => `${path} موجود من قبل: لم يُكتب شيء. أعطِ ‎--out آخر، أو أضف ‎--force للكتابة فوقه.`,
  staleGold: (n) =>
    `تنبيه: ${n} من توسيمات الطبقة الذهبية قائمة على قرارات تحكيم تحتاج إلى مراجعة (تغيّرت طبقة أحد المرمِّزين بعدها)؛ راجعها في التحكيم.`,
  orphanedLeftOut: (n) => `تُرك ${n} من التوسيمات اليتيمة خارج التصدير (لم يعد نصّها موجودًا في المقال).`,
  exported: (n, m, path) => `صُدّرت التوسيمات إلى ${path}: عدد التوسيمات ${n}، وعدد المقالات ${m}.`,
  exportedClaims: (n, m, path) => `صُدّرت المطالبات إلى ${path}: عدد المطالبات ${n}، وعدد المقالات ${m}.`,
  claimsIncluded: (n) => `ومعها ${n} من المطالبات.`,
  exportedCodebook: (n, path) => `صُدّر دليل الترميز إلى ${path}: عدد الرموز ${n}.`,
  articlesMerged: (added, merged) => `المقالات: أُضيف ${added}، ودُمج ${merged}.`,
  annotationsMerged: (added, replaced, keptMine, unchanged) =>
    `التوسيمات: أُضيف ${added}، واستُبدل ${replaced}، وبقي ${keptMine} كما هو هنا عند التعارض، و${unchanged} موجود من قبل.`,
  layersReplaced: (count) => `طبقات مرمِّزين استبدلها ملف أحدث: ${count}.`,
  skippedItem: (document, ref, reason) => `تُرك ${ref} من ${document} (${skipReason(reason, 'ar')}).`,
  dryRun: () => 'معاينة فقط: لم يُكتب شيء.',
  notCompared: (file, why, where) => `لا تمكن مقارنة «${file}»: ${why}${where ? ` (في ⁨${where}⁩)` : ''}.`,
  agreementLeftOut: (title, id, missingFrom) =>
    `تُرك المقال «${title}» (المعرّف ${id}) لأنه ليس في ${missingFrom}؛ لا يُقارن إلا ما في كل الملفات.`,
  agreementLeftOutMore: (count) => `… وتُركت مقالات أخرى للسبب نفسه، عددها ${count}.`,
  agreementNoArticle: (id) => `‎--article ${id}: لا مقال بهذا المعرّف في كل الملفات.`,
  agreementNothingInCommon: () =>
    'لا مقال مشتركًا بين الملفات (تُطابق المقالات ببصمة SHA-256 لنصها): لا شيء للمقارنة.',
  agreementWritten: (path) => `كُتب تقرير الاتفاق في ${path}.`,
  pairedBy: (scope, withoutClaims) =>
    scope === 'claims'
      ? `الأعداد: الادعاءات التي يطرح فيها الفاعلُ (المدّعي) المطلبَ. والمقالات التي فيها فاعلون ومطالب بلا ادعاء لا تُعدّ هنا: ${arabicArticles(withoutClaims)}.`
      : `الأعداد: ${scope === 'sentence' ? 'الجمل' : 'الفقرات'} التي يرد فيها الفاعل والمطلب معًا.`,
  undated: () => 'بلا تاريخ',
  adopted: (title) => `أُضيفت «${title}» إلى المكتبة.`,
  notAdopted: (given, why) => `لم يُعتمد ${given}: ${why}`,
  notImported: (index, id, title, kind) =>
    `لم يُستورد المقال ${index + 1} في الملف (المعرّف ${id}، «${title}»): ${
      kind === 'missing-text' ? 'ليس في هذه المكتبة ولا يتضمن الملف نصه.' : 'له هنا نص مختلف عن نصه في الملف.'
    }`,
};
