<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AgendaItemCard</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="47" />
        <source>Agenda item title</source>
        <translation>عنوان البند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="51" />
        <source>Deliberations on this item</source>
        <translation>المداولات في هذا البند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="59" />
        <source>Remove item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="63" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="64" />
        <source>Deliberations</source>
        <translation>المداولات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="71" />
        <source>Item %1</source>
        <translation>البند %1</translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="156" />
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="158" />
        <source>Leave empty to continue the text above</source>
        <translation>اتركه فارغا لمواصلة النص أعلاه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="160" />
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="161" />
        <source>The article's text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="164" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="169" />
        <source>Article</source>
        <translation>مقال</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="550" />
        <source>Bulletin</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="552" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="574" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="555" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="575" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="562" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="576" />
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="568" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="577" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="569" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="570" />
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="572" />
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="573" />
        <source>Two columns</source>
        <translation>عمودان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="583" />
        <source>Nameplate</source>
        <translation>ترويسة النشرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="585" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="590" />
        <source>Tagline</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="586" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="591" />
        <source>Issue number</source>
        <translation>رقم العدد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="587" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="592" />
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="588" />
        <source>As written, e.g. دجنبر 2025</source>
        <translation>كما يُكتب، مثلا دجنبر 2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="589" />
        <source>Contents list</source>
        <translation>فهرس المحتويات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="597" />
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="600" />
        <source>Add article</source>
        <translation>إضافة مقال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="602" />
        <source>Add indicators</source>
        <translation>إضافة مؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="604" />
        <source>Add table</source>
        <translation>إضافة جدول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="605" />
        <source>Add chart</source>
        <translation>إضافة رسم بياني</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="356" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="368" />
        <source>Chart type</source>
        <translation>نوع الرسم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="358" />
        <source>Bars</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="359" />
        <source>Line</source>
        <translation>خطي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="360" />
        <source>Pie</source>
        <translation>دائري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="361" />
        <source>Donut</source>
        <translation>حلقي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="369" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="370" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="371" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="375" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="378" />
        <source>Series</source>
        <translation>السلاسل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="380" />
        <source>Chart data</source>
        <translation>معطيات الرسم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="400" />
        <source>First row: the series names. Then one row per category: its name, then a value per series (empty: no value).</source>
        <translation>السطر الأول: أسماء السلاسل. ثم سطر لكل فئة: اسمها، ثم قيمة لكل سلسلة (فارغ: بدون قيمة).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="410" />
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="411" />
        <source>Series %1</source>
        <translation>السلسلة %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="422" />
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="16" />
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="18" />
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="19" />
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="21" />
        <source>Underline</source>
        <translation>تسطير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="24" />
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="27" />
        <source>Numbered list</source>
        <translation>قائمة مرقمة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="29" />
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="32" />
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="34" />
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="35" />
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="36" />
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="42" />
        <source>Alignment</source>
        <translation>المحاذاة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="44" />
        <source>Justified</source>
        <translation>ضبط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="45" />
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="46" />
        <source>Centre</source>
        <translation>الوسط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="47" />
        <source>End</source>
        <translation>النهاية</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="199" />
        <source>From the change</source>
        <translation>حسب التغير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="200" />
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="201" />
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="202" />
        <source>Flat</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="206" />
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="207" />
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="208" />
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="209" />
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="210" />
        <source>Change unit</source>
        <translation>وحدة التغير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="211" />
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="212" />
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="213" />
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="219" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="246" />
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="240" />
        <source>One to four indicators, shown side by side</source>
        <translation>من مؤشر إلى أربعة، جنبا إلى جنب</translation>
    </message>
</context>
<context>
    <name>KeptSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="456" />
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="457" />
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="458" />
        <source>Page break</source>
        <translation>فاصل صفحة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="459" />
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="460" />
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="461" />
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="462" />
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="465" />
        <source>(no text)</source>
        <translation>(بدون نص)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="469" />
        <source>Kept as it is; edit it in the document file.</source>
        <translation>يُحتفظ به كما هو؛ عدّله في ملف الوثيقة.</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="20" />
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="21" />
        <source>Search all documents</source>
        <translation>البحث في كل الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="26" />
        <source>Documents in the library</source>
        <translation>وثائق المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="45" />
        <source>Minutes</source>
        <translation>محضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="45" />
        <source>Bulletin</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="46" />
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="46" />
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="51" />
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216" />
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219" />
        <source>New bulletin</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="222" />
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228" />
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231" />
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234" />
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="303" />
        <source>Open a document</source>
        <translation>فتح وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="428" />
        <source>Save the document</source>
        <translation>حفظ الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="475" />
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="495" />
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>صُدّر %1 (%n صفحة)</numerusform><numerusform>صُدّر %1 (صفحة واحدة)</numerusform><numerusform>صُدّر %1 (صفحتان)</numerusform><numerusform>صُدّر %1 (%n صفحات)</numerusform><numerusform>صُدّر %1 (%n صفحة)</numerusform><numerusform>صُدّر %1 (%n صفحة)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="508" />
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>المعاينة لم تجهز بعد؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="523" />
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="526" />
        <source>Saved at %1</source>
        <translation>حُفظ على الساعة %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="528" />
        <source>changed since</source>
        <translation>عُدّل بعد ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="530" />
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="565" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="566" />
        <source>Save the changes before closing?</source>
        <translation>حفظ التغييرات قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="114" />
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="116" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="152" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="117" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="153" />
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="118" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="154" />
        <source>Meeting body</source>
        <translation>الهيئة المجتمعة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="119" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="155" />
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="122" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="156" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="129" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="157" />
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130" />
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>كما أُعلن، مثلا 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="131" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="158" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="132" />
        <source>Start time</source>
        <translation>ساعة الافتتاح</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="133" />
        <source>End time</source>
        <translation>ساعة الاختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="139" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="160" />
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="145" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="161" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="146" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="147" />
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="149" />
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="159" />
        <source>From / to</source>
        <translation>من / إلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="175" />
        <source>Chair and rapporteur</source>
        <translation>رئيس الجلسة والمقرر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="177" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="182" />
        <source>Chair</source>
        <translation>رئيس الجلسة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="179" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="183" />
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="192" />
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="195" />
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="196" />
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <source>Absent</source>
        <translation>متغيب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="209" />
        <source>Leave empty to state it from the attendance</source>
        <translation>اتركه فارغا ليُستخلص من الحضور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="218" />
        <source>Agenda and deliberations</source>
        <translation>جدول الأعمال والمداولات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="220" />
        <source>Add agenda item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="227" />
        <source>Decisions, follow-up and closing</source>
        <translation>القرارات والتتبع والاختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="230" />
        <source>One decision per line</source>
        <translation>قرار واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="233" />
        <source>Planned</source>
        <translation>مبرمج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="234" />
        <source>In progress</source>
        <translation>في طور الإنجاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="235" />
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Not started</source>
        <translation>لم يشرع فيه بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="239" />
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="248" />
        <source>Attendance sheet in an annex</source>
        <translation>ورقة الحضور في ملحق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="252" />
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="253" />
        <source>Follow-up actions</source>
        <translation>الإجراءات التتبعية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="254" />
        <source>Closing</source>
        <translation>الاختتام</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="94" />
        <source>PDF preview</source>
        <translation>معاينة PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="98" />
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="99" />
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="136" />
        <source>Updating the preview…</source>
        <translation>تحديث المعاينة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="156" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform><numerusform>صفحة واحدة</numerusform><numerusform>صفحتان</numerusform><numerusform>%n صفحات</numerusform><numerusform>%n صفحة</numerusform><numerusform>%n صفحة</numerusform></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="97" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="98" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="99" />
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="100" />
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="101" />
        <source>Paste rows</source>
        <translation>لصق صفوف</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="97" />
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="98" />
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="100" />
        <source>Remove section</source>
        <translation>حذف القسم</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="55" />
        <source>Taqrir — minutes and bulletins</source>
        <translation>تقرير — المحاضر والنشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="60" />
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="63" />
        <source>New bulletin</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="66" />
        <source>Open a document…</source>
        <translation>فتح وثيقة…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="71" />
        <location filename="../../desktop_app/ui/main_window.py" line="83" />
        <source>Recent documents</source>
        <translation>الوثائق الأخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="85" />
        <location filename="../../desktop_app/ui/main_window.py" line="88" />
        <source>Unsaved work to recover</source>
        <translation>عمل غير محفوظ قابل للاسترجاع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="89" />
        <source>Recover</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="92" />
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="104" />
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="282" />
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="285" />
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="287" />
        <source>Table cells</source>
        <translation>خلايا الجدول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="293" />
        <source>The first row is the header</source>
        <translation>السطر الأول هو رأس الجدول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="304" />
        <source>Table</source>
        <translation>جدول</translation>
    </message>
</context>
</TS>