<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Taqrir</source>
        <translation>حول تقرير</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>Taqrir — minutes and bulletins</source>
        <translation>تقرير — المحاضر والنشرات</translation>
    </message>
    <message>
        <source>Arabic-first meeting minutes and bulletins, typeset into PDF.</source>
        <translation>محاضر الاجتماعات والنشرات بالعربية أولا، منضدة بصيغة PDF.</translation>
    </message>
    <message>
        <source>Fonts: %1, under the SIL Open Font License.</source>
        <translation>الخطوط: %1، بموجب رخصة SIL Open Font License.</translation>
    </message>
</context>
<context>
    <name>AgendaItemCard</name>
    <message>
        <source>Agenda item title</source>
        <translation>عنوان البند</translation>
    </message>
    <message>
        <source>Deliberations on this item</source>
        <translation>المداولات في هذا البند</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Deliberations</source>
        <translation>المداولات</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>البند %1</translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Leave empty to continue the text above</source>
        <translation>اتركه فارغا لمواصلة النص أعلاه</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>The article's text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <source>Bulletin</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>عمودان</translation>
    </message>
    <message>
        <source>Nameplate</source>
        <translation>ترويسة النشرة</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Issue number</source>
        <translation>رقم العدد</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>As written, e.g. دجنبر 2025</source>
        <translation>كما يُكتب، مثلا دجنبر 2025</translation>
    </message>
    <message>
        <source>Contents list</source>
        <translation>فهرس المحتويات</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>Add article</source>
        <translation>إضافة مقال</translation>
    </message>
    <message>
        <source>Add indicators</source>
        <translation>إضافة مؤشرات</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>إضافة جدول</translation>
    </message>
    <message>
        <source>Add chart</source>
        <translation>إضافة رسم بياني</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <source>Chart type</source>
        <translation>نوع الرسم</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>خطي</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>دائري</translation>
    </message>
    <message>
        <source>Donut</source>
        <translation>حلقي</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>السلاسل</translation>
    </message>
    <message>
        <source>Chart data</source>
        <translation>معطيات الرسم</translation>
    </message>
    <message>
        <source>First row: the series names. Then one row per category: its name, then a value per series (empty: no value).</source>
        <translation>السطر الأول: أسماء السلاسل. ثم سطر لكل فئة: اسمها، ثم قيمة لكل سلسلة (فارغ: بدون قيمة).</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>السلسلة %1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>تسطير</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>قائمة مرقمة</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>المحاذاة</translation>
    </message>
    <message>
        <source>Justified</source>
        <translation>ضبط</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>الوسط</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <source>From the change</source>
        <translation>حسب التغير</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>وحدة التغير</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <source>One to four indicators, shown side by side</source>
        <translation>من مؤشر إلى أربعة، جنبا إلى جنب</translation>
    </message>
</context>
<context>
    <name>KeptSection</name>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>فاصل صفحة</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(بدون نص)</translation>
    </message>
    <message>
        <source>Kept as it is; edit it in the document file.</source>
        <translation>يُحتفظ به كما هو؛ عدّله في ملف الوثيقة.</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>Brand kits</source>
        <translation>الهويات البصرية</translation>
    </message>
    <message>
        <source>Start from the kit</source>
        <translation>الانطلاق من الهوية البصرية</translation>
    </message>
    <message>
        <source>Kit name</source>
        <translation>اسم الهوية البصرية</translation>
    </message>
    <message>
        <source>a new name, such as rabat-office</source>
        <translation>اسم جديد، مثل rabat-office</translation>
    </message>
    <message>
        <source>Institution name in Arabic</source>
        <translation>اسم المؤسسة بالعربية</translation>
    </message>
    <message>
        <source>Institution name in French</source>
        <translation>اسم المؤسسة بالفرنسية</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>ملف الشعار</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بدون شعار</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>اللون الرئيسي</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>لون الإبراز</translation>
    </message>
    <message>
        <source>Body font</source>
        <translation>خط المتن</translation>
    </message>
    <message>
        <source>Heading font</source>
        <translation>خط العناوين</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>مقاس الورق</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> مم</translation>
    </message>
    <message>
        <source>Save the kit</source>
        <translation>حفظ الهوية البصرية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Pick %1</source>
        <translation>اختيار %1</translation>
    </message>
    <message>
        <source>Address (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Phone (Arabic footer)</source>
        <translation>الهاتف (التذييل بالعربية)</translation>
    </message>
    <message>
        <source>Website (Arabic footer)</source>
        <translation>الموقع الإلكتروني (التذييل بالعربية)</translation>
    </message>
    <message>
        <source>Address (French)</source>
        <translation>العنوان (بالفرنسية)</translation>
    </message>
    <message>
        <source>Phone (French footer)</source>
        <translation>الهاتف (التذييل بالفرنسية)</translation>
    </message>
    <message>
        <source>Website (French footer)</source>
        <translation>الموقع الإلكتروني (التذييل بالفرنسية)</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Top margin</source>
        <translation>الهامش العلوي</translation>
    </message>
    <message>
        <source>Right margin</source>
        <translation>الهامش الأيمن</translation>
    </message>
    <message>
        <source>Bottom margin</source>
        <translation>الهامش السفلي</translation>
    </message>
    <message>
        <source>Left margin</source>
        <translation>الهامش الأيسر</translation>
    </message>
    <message>
        <source>Start from:</source>
        <translation>الانطلاق من:</translation>
    </message>
    <message>
        <source>Kit name:</source>
        <translation>اسم الهوية البصرية:</translation>
    </message>
    <message>
        <source>Institution (one line per level)</source>
        <translation>المؤسسة (سطر لكل مستوى إداري)</translation>
    </message>
    <message>
        <source>Arabic:</source>
        <translation>بالعربية:</translation>
    </message>
    <message>
        <source>French:</source>
        <translation>بالفرنسية:</translation>
    </message>
    <message>
        <source>Logo, colours and fonts</source>
        <translation>الشعار والألوان والخطوط</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>Primary colour:</source>
        <translation>اللون الرئيسي:</translation>
    </message>
    <message>
        <source>Accent colour:</source>
        <translation>لون الإبراز:</translation>
    </message>
    <message>
        <source>Body font:</source>
        <translation>خط المتن:</translation>
    </message>
    <message>
        <source>Heading font:</source>
        <translation>خط العناوين:</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>تذييل الصفحة</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>مقاس الورق:</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (مرفقة بالتطبيق)</translation>
    </message>
    <message>
        <source>give the full path of the file</source>
        <translation>يرجى إدخال المسار الكامل للملف</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>الهوامش</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <source>Kit name: give the kit a new name (bundled kits are templates)</source>
        <translation>اسم الهوية البصرية: يرجى إعطاء الهوية البصرية اسمًا جديدًا (الهويات المرفقة بالتطبيق نماذج فقط)</translation>
    </message>
    <message>
        <source>Kit name: %1 is a bundled kit; save it under a new name</source>
        <translation>اسم الهوية البصرية: %1 هوية مرفقة بالتطبيق؛ يرجى حفظها باسم جديد</translation>
    </message>
    <message>
        <source>Kit name: %1 — use Latin letters, digits, - and _ only</source>
        <translation>اسم الهوية البصرية: %1 — يرجى استعمال الحروف اللاتينية والأرقام و- و_ فقط</translation>
    </message>
    <message>
        <source>Kit file: %1</source>
        <translation>ملف الهوية البصرية: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>البحث في كل الوثائق</translation>
    </message>
    <message>
        <source>Show documents</source>
        <translation>عرض الوثائق</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Final documents</source>
        <translation>الوثائق النهائية</translation>
    </message>
    <message>
        <source>Documents in the library</source>
        <translation>وثائق المكتبة</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <source>Bulletins</source>
        <translation>النشرات</translation>
    </message>
    <message>
        <source>Other documents</source>
        <translation>وثائق أخرى</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Open the PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>فتح مجلده</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <source>New bulletin</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <source>Brand kits…</source>
        <translation>الهويات البصرية…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>Brand kit of this document</source>
        <translation>الهوية البصرية لهذه الوثيقة</translation>
    </message>
    <message>
        <source>About Taqrir</source>
        <translation>حول تقرير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>The library will be opened from %1 at the next start.</source>
        <translation>ستُفتح المكتبة من %1 عند التشغيل المقبل.</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (مرفقة بالتطبيق)</translation>
    </message>
    <message>
        <source>Open a document</source>
        <translation>فتح وثيقة</translation>
    </message>
    <message>
        <source>Cannot open the document: %1</source>
        <translation>تعذر فتح الوثيقة: %1</translation>
    </message>
    <message>
        <source>%1: a package opens into the library, which is not available</source>
        <translation>%1: تُفتح الحزمة داخل المكتبة، وهي غير متاحة</translation>
    </message>
    <message>
        <source>Cannot import the package: %1</source>
        <translation>تعذر استيراد الحزمة: %1</translation>
    </message>
    <message>
        <source>Imported, with a note: %1</source>
        <translation>تم الاستيراد، مع ملاحظة: %1</translation>
    </message>
    <message>
        <source>Cannot recover the work: %1</source>
        <translation>تعذر استرجاع العمل: %1</translation>
    </message>
    <message>
        <source>Cannot discard the work: %1</source>
        <translation>تعذر التخلي عن العمل: %1</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>تعذرت قراءة المكتبة: %1</translation>
    </message>
    <message>
        <source>Cannot read the document's images: %1</source>
        <translation>تعذرت قراءة صور الوثيقة: %1</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>تعذر الحفظ التلقائي: %1</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>حفظ الوثيقة</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>تعذر الحفظ: %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>صُدّر %1 (%n صفحة)</numerusform>
            <numerusform>صُدّر %1 (صفحة واحدة)</numerusform>
            <numerusform>صُدّر %1 (صفحتان)</numerusform>
            <numerusform>صُدّر %1 (%n صفحات)</numerusform>
            <numerusform>صُدّر %1 (%n صفحة)</numerusform>
            <numerusform>صُدّر %1 (%n صفحة)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 لم يعد موجودا</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>تعذر التصدير: %1</translation>
    </message>
    <message>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>المعاينة لم تجهز بعد؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>Printing failed: %1</source>
        <translation>تعذرت الطباعة: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>حُفظ على الساعة %1</translation>
    </message>
    <message>
        <source>changed since</source>
        <translation>عُدّل بعد ذلك</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Save the changes before closing?</source>
        <translation>حفظ التغييرات قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Meeting body</source>
        <translation>الهيئة المجتمعة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>كما أُعلن، مثلا 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>ساعة الافتتاح</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>ساعة الاختتام</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>من / إلى</translation>
    </message>
    <message>
        <source>Chair and rapporteur</source>
        <translation>رئيس الجلسة والمقرر</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>رئيس الجلسة</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>متغيب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>النصاب</translation>
    </message>
    <message>
        <source>Leave empty to state it from the attendance</source>
        <translation>اتركه فارغا ليُستخلص من الحضور</translation>
    </message>
    <message>
        <source>Agenda and deliberations</source>
        <translation>جدول الأعمال والمداولات</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <source>Decisions, follow-up and closing</source>
        <translation>القرارات والتتبع والاختتام</translation>
    </message>
    <message>
        <source>One decision per line</source>
        <translation>قرار واحد في كل سطر</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مبرمج</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>في طور الإنجاز</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يشرع فيه بعد</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <source>Attendance sheet in an annex</source>
        <translation>ورقة الحضور في ملحق</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>الإجراءات التتبعية</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>Who signs, side by side (up to three). Leave empty for the chair and the rapporteur.</source>
        <translation>الموقعون جنبا إلى جنب (ثلاثة على الأكثر). اتركه فارغا ليوقع رئيس الجلسة ومقررها.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>PDF preview</source>
        <translation>معاينة PDF</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Show page thumbnails</source>
        <translation>عرض مصغرات الصفحات</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>تحديث المعاينة…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>لا معاينة: %1</translation>
    </message>
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>مؤشرات</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>Page break</source>
        <translation>فاصل صفحة</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Paste rows</source>
        <translation>لصق صفوف</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>حذف القسم</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Default brand kit</source>
        <translation>الهوية البصرية الافتراضية</translation>
    </message>
    <message>
        <source>%1 (bundled)</source>
        <translation>%1 (مرفقة بالتطبيق)</translation>
    </message>
    <message>
        <source>Default document language</source>
        <translation>اللغة الافتراضية للوثائق</translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation>مدة الحفظ التلقائي</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>تصفح…</translation>
    </message>
    <message>
        <source>The library is opened from the new data folder at the next start; documents already saved stay in the old one.</source>
        <translation>ستُفتح المكتبة من مجلد البيانات الجديد عند التشغيل المقبل، وتبقى الوثائق المحفوظة سابقًا في المجلد القديم.</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <source>Default brand kit:</source>
        <translation>الهوية البصرية الافتراضية:</translation>
    </message>
    <message>
        <source>Default document language:</source>
        <translation>اللغة الافتراضية للوثائق:</translation>
    </message>
    <message>
        <source>Autosave interval:</source>
        <translation>مدة الحفظ التلقائي:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>اختيار مجلد البيانات</translation>
    </message>
    <message>
        <source>Data folder: give a full path (such as %1)</source>
        <translation>مجلد البيانات: يرجى إدخال مسار كامل (مثل %1)</translation>
    </message>
    <message>
        <source>Data folder: %1 is a file, not a folder</source>
        <translation>مجلد البيانات: %1 ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>Data folder: %1 cannot be written to</source>
        <translation>مجلد البيانات: تتعذر الكتابة في %1</translation>
    </message>
    <message>
        <source>Data folder: %1 cannot be created</source>
        <translation>مجلد البيانات: يتعذر إنشاء %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Taqrir — minutes and bulletins</source>
        <translation>تقرير — المحاضر والنشرات</translation>
    </message>
    <message>
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <source>New bulletin</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <source>Open a document…</source>
        <translation>فتح وثيقة…</translation>
    </message>
    <message>
        <source>Recent documents</source>
        <translation>الوثائق الأخيرة</translation>
    </message>
    <message>
        <source>Unsaved work to recover</source>
        <translation>عمل غير محفوظ قابل للاسترجاع</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>محضر</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Table cells</source>
        <translation>خلايا الجدول</translation>
    </message>
    <message>
        <source>The first row is the header</source>
        <translation>السطر الأول هو رأس الجدول</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <source>Page thumbnails</source>
        <translation>مصغرات الصفحات</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
</context>
</TS>