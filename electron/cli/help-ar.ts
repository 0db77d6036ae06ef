/** Arabic help texts of `hamish` (the English ones are in help.ts); command syntax stays as typed. */

import { layOutHelp, layOutPages } from './help-layout';

export const MAIN_HELP_AR = layOutHelp(`الاستخدام: hamish <command> [options]
  (من مجلد المشروع: npm run hamish -- <command> [options]،
   أو node out/cli/hamish.mjs <command> [options] بعد npm run build)

اقرأ الأخبار العربية وعلّق عليها دون اتصال: سطر أوامر تطبيق هامش.
يعمل على مجلد المكتبة نفسه الذي يستخدمه التطبيق. تكتب في المكتبة عملية واحدة في كل مرة:
يُرفض import وimport-annotations ما دام التطبيق (أو hamish آخر) يفتح المكتبة، أو انتظره
بـ ‎--wait؛ ويعمل list وexport في أثناء ذلك ولا يكتبان شيئًا. يُذكر أولًا ما يجده فحص
بدء التشغيل من تلف (رمز الخروج 1).

الأوامر:
  import <files|folders>...   إضافة مقالات من ملفات ‎.txt و‎.md و‎.html و‎.docx (المجلدات: كل ملف فيها)
  list                        عرض مقالات المكتبة
  stats                       الأعداد حسب الوسم أو الكيان أو الفاعل × المطلب أو عبر الزمن
  export                      تصدير التوسيمات بصيغة json أو w3c أو csv أو brat أو REFI-QDA (qdpx وqdc)
  import-annotations <file>   دمج ملف JSON من هامش (أو brat أو W3C أو Label Studio أو doccano أو CoNLL أو مشروع REFI-QDA) في المكتبة
  adopt <id|file>...          إدراج ملفات المقالات التي ذكرها فحص بدء التشغيل بأنها غير معروفة
  agreement <files>...        الاتفاق بين المرمّزين في ملفات JSON صدّروها من هامش (بلا مكتبة)

خيارات كل الأوامر:
  --library DIR   مجلد المكتبة (الافتراضي: مكتبة التطبيق، انظر «hamish <command> --help»)
  --json          طباعة النتيجة، أو الخطأ مع رمزه، بصيغة JSON
  --lang en|ar    لغة الرسائل (الافتراضي: العربية إذا بدأ LC_ALL أو LC_MESSAGES أو LANG بـ ar)
  --help, -h      مساعدة الأمر

رموز الخروج: 0 نجاح، 1 إخفاق (أو بقاء عناصر دون استيراد)، 2 استخدام خاطئ.
`);

const LIBRARY = `  --library DIR   مجلد المكتبة؛ الافتراضي $HAMISH_LIBRARY_DIR، وإلا فمكتبة التطبيق:
                  ~/.config/Hamish/library (لينكس)، ~/Library/Application Support/Hamish/library
                  (ماك)، %APPDATA%\\Hamish\\library (ويندوز). يجب أن تكون فيه مكتبة من قبل.`;

const CREATE = `  --create        إنشاء مكتبة جديدة في ‎--library DIR إن لم تكن فيه مكتبة`;

export const COMMAND_HELP_AR: Record<string, string> = layOutPages({
  agreement: `الاستخدام: hamish agreement A.hamish.json B.hamish.json [C.hamish.json…] [--measure alpha-u|alpha|kappa|percent]
         [--by tag|subtype] [--unit exact|overlap] [--untagged none|missing] [--format table|csv|json|html] [--out FILE] [--article ID]...

يقارن بين مرمّزين رمّزوا المقالات نفسها: ملف JSON من هامش لكل مرمّز
(«hamish export --format json»). يُفحص كل ملف كما يُفحص عند الاستيراد.
المرمّز هو المؤلف الغالب على توسيمات الملف، وإلا فاسم الملف.
تُطابق المقالات ببصمة SHA-256 لنصها؛ والمقال الذي ليس في كل الملفات يُذكر ويُترك.
لا يقرأ إلا الملفات المعطاة: لا تُفتح مكتبة.

  --measure M     alpha-u (الافتراضي): ألفا كريبندورف للتقطيع على النص، حين يختار
                  المرمّزون المقاطع والوسوم معًا؛ alpha: ألفا كريبندورف (اسمي) على
                  المقاطع المتطابقة؛ kappa: كابا كوهين (مرمّزان) أو فلايس (أكثر)؛
                  percent: نسبة الاتفاق (غير مصحّحة للمصادفة)
  --by B          tag (الافتراضي): مقارنة أنواع الوسوم؛ subtype: مقارنة الوسوم كاملة
  --unit U        مطابقة المقاطع لـ alpha وkappa وpercent: exact (الافتراضي، البداية
                  والنهاية نفسهما) أو overlap (يشتركان في حرف؛ واحد لواحد، الوسم نفسه
                  أولًا ثم الأكبر تداخلًا)
  --untagged T    المقطع الذي لم يوسمه أحد المرمّزين يُعدّ فئة none (الافتراضي)
                  أو قيمة مفقودة (missing)
  --format F      table (الافتراضي) أو csv (رقم في كل صف) أو json أو html (صفحة مستقلة
                  لملحق بحث)؛ ‎--json هو ‎--format json
  --out FILE      كتابة التقرير في FILE بدل طباعته
  --article ID    مقارنة هذا المقال وحده (معرّفه في الملف الأول)؛ كرّره لأكثر من مقال
`,
  import: `الاستخدام: hamish import <files|folders>... [--on-duplicate skip|keep|replace] [--library DIR] [--create] [--json]

يضيف كل ملف مقالًا جديدًا بمستورد التطبيق نفسه (يُثبَّت نصه القياسي مرة واحدة).
الأنواع المعروفة: ‎.txt و‎.md و‎.html/.htm و‎.docx، والنصوص بترميز UTF-8 أو UTF-16 أو windows-1256؛
وتمر صفحات الويب باستخلاص المقال. يُبحث في المجلدات عن كل ملف فيها (وتُتخطى
الملفات المخفية ومجلدات مكتبات هامش). الملف الذي نصه في المكتبة من قبل لا يُضاف ثانية. يطبع سطرًا
لكل ملف؛ ورمز الخروج 1 إذا لم يُضف أي ملف منها.

${CREATE}
  --on-duplicate C  ما يُفعل بالمكرر المحتمل (العنوان نفسه أو النص نفسه أو تطابق ‎≥ 85 ٪):
                  skip تخطيه (الافتراضي)، keep إضافته أيضًا، replace استبدال القديم (يذهب
                  إلى سلة المحذوفات، وتنتقل التوسيمات التي يوجد اقتباسها في النص الجديد)
  --json          طباعة تقرير الاستيراد (المضاف، والمكرر، والمرفوض مع رموزه)
  --wait          إن كان التطبيق أو hamish آخر يفتح المكتبة، انتظره (حتى عشر دقائق)
                  بدل الرفض
${LIBRARY}
`,
  adopt: `الاستخدام: hamish adopt <id|articles/<id>.json>... [--wait] [--library DIR]

يُدرج في قائمة المقالات ملفات المقالات الموجودة تحت articles/ التي لا تذكرها القائمة
(استيراد قطعه عطل، أو ملف نُسخ باليد)، كما يذكرها فحص بدء التشغيل. يأخذ كل منها سطره
الأول عنوانًا، ويبقى ملف توسيماته إن وُجد.

  --wait          إن كان التطبيق أو hamish آخر يفتح المكتبة، انتظره
${LIBRARY}
`,
  stats: `الاستخدام: hamish stats [--by type|tag|entity|actor|claim-frame|claim-role|actor-demand|network|day|week|month] [--format table|csv|json] [filters]

يطبع أعداد واجهة «التحليل» في التطبيق للمكتبة كلها أو لجزء مُرشَّح منها
(لا تُعدّ المقالات المحذوفة إلى سلة المهملات ولا التوسيمات اليتيمة).
  --by tag          التوسيمات لكل وسم (الافتراضي)؛ ومثله type وentity وactor
                    (actor: توسيمات الفاعل حسب الكيان، أو حسب نصها المُطبَّع إن لم تُربط بكيان)
  --by claim-frame  الادعاءات لكل إطار؛ وclaim-role: أعضاء الادعاءات لكل إطار/دور/نوع
  --by actor-demand  الفاعل × وسم المطلب: الجمل (أو الفقرات مع ‎--scope paragraph)
                    التي يرد فيها الفاعل والمطلب معًا؛ ومع ‎--scope claims: الادعاءات
                    التي يطرح فيها الفاعل (المدّعي) المطلب
  --by network      المدّعي ← المخاطَب: الادعاءات التي يطالب فيها فاعلٌ فاعلًا آخر
  --by day|week|month  توسيمات نوع واحد (‎--stack TYPE، الافتراضي demand) لكل وسم عبر الزمن،
                    حسب تاريخ نشر المقالات (أسابيع ISO)؛ الفترات الفارغة تظهر 0،
                    والمقالات بلا تاريخ تُعدّ في صف وحدها

  --format F        table (الافتراضي: مفصول بعلامات الجدولة، التسميات بلغة الأوامر) أو csv
                    (UTF-8 مع BOM، المعرّفات عناوين) أو json (ما تتلقاه واجهة التطبيق، مثل ‎--json)
  --source S        مقالات هذا المصدر فقط؛ كرّره لأكثر من مصدر
  --from DAY --to DAY  المقالات المنشورة من اليوم DAY أو حتى اليوم DAY فقط (YYYY-MM-DD، شاملًا)
  --status S        المقالات ذات هذه الحالة فقط (new أو in-progress أو done)؛ يتكرر
  --tag T --entity ID --coder NAME  هذه التوسيمات فقط؛ كلٌّ منها يتكرر
${LIBRARY}
`,
  list: `الاستخدام: hamish list [--json] [--library DIR]

يعرض المقالات: المعرّف والتاريخ وعدد التوسيمات والعنوان، مفصولة بعلامات جدولة.

  --json          طباعة بيانات المقالات بصيغة JSON بدلًا من ذلك
${LIBRARY}
`,
  export: `الاستخدام: hamish export --format json|w3c|csv|claims-csv|brat|qdpx|qdc --out PATH [--article ID]... [options]

يكتب توسيمات المقالات المحددة (الافتراضي: المكتبة كلها)، ومطالباتها في كل الصيغ
عدا qdc.
  json   صيغة هامش الأصلية (يمكن استيرادها ثانية؛ تتضمن النصوص ما لم يُعطَ ‎--no-text)
  w3c    W3C Web Annotation JSON-LD: مجموعة AnnotationCollection واحدة
  csv    صف لكل توسيم، UTF-8 مع BOM
  claims-csv  صف لكل مطالبة (المقال، واقتباسات الأدوار ووسومها وكياناتها، والموقف والملاحظة والمرمِّز)
  brat   PATH مجلد: ملفا ‎.txt و‎.ann لكل مقال، وannotation.conf وvisual.conf
  qdpx   مشروع REFI-QDA لبرامج MAXQDA وNVivo وATLAS.ti وQualCoder (النصوص والرموز والترميزات والملاحظات)
  qdc    مخطط الوسوم وحده دليلَ ترميز REFI-QDA

  --format F      الصيغة (مطلوب)
  --out PATH      الملف الذي يُكتب، أو المجلد لـ brat (مطلوب)
  --article ID    مقال يُصدَّر؛ كرّره لعدة مقالات
  --compact       json/w3c: دون مسافات بادئة
  --no-text       json: دون نصوص المقالات
  --force         الكتابة فوق PATH إن وُجد (لا يُكتب أبدًا فوق ملف داخل مجلد المكتبة)
  --coder NAME    توسيمات هذا المرمِّز ومطالباته فقط (يتكرر)؛ ما صُنع قبل المرمِّزين يُحسب
                  لمستخدم النظام. كل صيغة تذكر المرمِّز: author في json، وcreator في w3c،
                  وعمود coder في csv، وcreatingUser في qdpx
${LIBRARY}
`,
  'import-annotations': `الاستخدام: hamish import-annotations <file> [--from hamish|qdpx|brat|w3c|labelstudio|doccano|conll] [--map LABEL=tag]... [--new-tags] [--article ID] [--dry-run] [--on-conflict keep-both|keep-mine|take-theirs] [--as-layer] [--coder NAME] [--library DIR] [--create]

يستورد ملف JSON من هامش. يُفحص الملف كله أولًا (المخطط، وبصمات النصوص، والمواضع،
والاقتباسات، والوسوم)؛ فإن كان فيه خطأ لم يُكتب شيء وذُكر موضعه. تُضاف المقالات
التي ليست في المكتبة إذا تضمن الملف نصوصها، وتُدمج توسيمات المقالات الموجودة
(بالبصمة SHA-256 نفسها) بحسب المعرّف.

  --on-conflict P   إذا وُجد هنا توسيم بالمعرّف نفسه ومحتوى مختلف:
                    keep-both (الافتراضي: إضافة توسيمهم بمعرّف جديد)، keep-mine، take-theirs
  --from F          صيغة الملف: hamish (الافتراضي)، brat (ملف ‎.ann بجانب ‎.txt أو مجلد منها)،
                    w3c (توسيمات الويب أو Hypothesis، تُرسى في المقالات التي تستهدفها)،
                    labelstudio (تصدير JSON)، doccano (JSONL)، conll
  --map LABEL=tag   الوسم المقابل لإحدى تسميات الملف (يتكرر)؛ LABEL=- يتركها. التسمية غير
                    المربوطة يجب أن تكون معرّف وسم أو اسمه، وإلا لم يُستورد شيء وذُكرت كل تسمية
  --article ID      w3c: المقال للتوسيمات التي ليست صفحتها في المكتبة
  --dry-run         فحص وعدّ فقط: لا يُكتب شيء (المعاينة)
  --from qdpx       مشروع REFI-QDA (الافتراضي لملف ‎.qdpx): تُربط رموزه بالوسوم بالاسم؛
                    ‎--map CODE=TAG (اسم الرمز أو مساره Parent/Child؛ TAG معرّف وسم أو new أو skip أو -)
  --new-tags        qdpx: إضافة الرموز التي لا تطابق وسمًا إلى المخطط (وإلا رُفض الاستيراد)
  --as-layer        hamish: يضيف ملف زميل طبقةَ مرمِّزه بدل الدمج: تبقى توسيماته باسم مرمِّزها،
                    ولا تُمسّ توسيماتك (مستخدم النظام)، ويستبدل ملفٌّ أحدث للمرمِّز نفسه طبقته
  --coder NAME      مع ‎--as-layer: مرمِّز توسيمات الملف التي لا تذكر مرمِّزًا؛
                    ومن دونه (hamish): اسمك مرمِّزًا، يُكتب على توسيمات الملف ومطالباته التي لا تذكر
                    مرمِّزًا (الافتراضي: اسم مستخدم النظام)
${CREATE}
  --wait            إن كان التطبيق أو hamish آخر يفتح المكتبة، انتظره (حتى عشر دقائق)
                    بدل الرفض
${LIBRARY}
`,
});
