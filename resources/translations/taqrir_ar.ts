<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AgendaItemCard</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="56"/>
        <source>Agenda item title</source>
        <translation>عنوان البند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="61"/>
        <source>Deliberations on this item</source>
        <translation>المداولات في هذا البند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="63"/>
        <source>Remove item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="67"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="60"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="68"/>
        <source>Deliberations</source>
        <translation>المداولات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="75"/>
        <source>Item %1</source>
        <translation>البند %1</translation>
    </message>
</context>
<context>
    <name>ArticleSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="166"/>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="168"/>
        <source>Leave empty to continue the text above</source>
        <translation>اتركه فارغا لمواصلة النص أعلاه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="170"/>
        <source>Article text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="171"/>
        <source>The article&apos;s text</source>
        <translation>نص المقال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="174"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="179"/>
        <source>Article</source>
        <translation>مقال</translation>
    </message>
</context>
<context>
    <name>BulletinEditor</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="556"/>
        <source>Bulletin</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="558"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="567"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="559"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="568"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="561"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="569"/>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="564"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="570"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="563"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="563"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="565"/>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="566"/>
        <source>Two columns</source>
        <translation>عمودان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="576"/>
        <source>Nameplate</source>
        <translation>ترويسة النشرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="578"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="583"/>
        <source>Tagline</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="579"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="584"/>
        <source>Issue number</source>
        <translation>رقم العدد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="580"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="585"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="581"/>
        <source>As written, e.g. دجنبر 2025</source>
        <translation>كما يُكتب، مثلا دجنبر 2025</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="582"/>
        <source>Contents list</source>
        <translation>فهرس المحتويات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="590"/>
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="593"/>
        <source>Add article</source>
        <translation>إضافة مقال</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="595"/>
        <source>Add indicators</source>
        <translation>إضافة مؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="597"/>
        <source>Add table</source>
        <translation>إضافة جدول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="598"/>
        <source>Add chart</source>
        <translation>إضافة رسم بياني</translation>
    </message>
</context>
<context>
    <name>ChartSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="370"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="382"/>
        <source>Chart type</source>
        <translation>نوع الرسم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="372"/>
        <source>Bars</source>
        <translation>أعمدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="373"/>
        <source>Line</source>
        <translation>خطي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="374"/>
        <source>Pie</source>
        <translation>دائري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="375"/>
        <source>Donut</source>
        <translation>حلقي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="383"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="384"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="385"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="389"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="392"/>
        <source>Series</source>
        <translation>السلاسل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="394"/>
        <source>Chart data</source>
        <translation>معطيات الرسم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="414"/>
        <source>First row: the series names. Then one row per category: its name, then a value per series (empty: no value).</source>
        <translation>السطر الأول: أسماء السلاسل. ثم سطر لكل فئة: اسمها، ثم قيمة لكل سلسلة (فارغ: بدون قيمة).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="424"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="425"/>
        <source>Series %1</source>
        <translation>السلسلة %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="436"/>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="16"/>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="18"/>
        <source>Bold</source>
        <translation>عريض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="19"/>
        <source>Italic</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="21"/>
        <source>Underline</source>
        <translation>تسطير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="24"/>
        <source>Bulleted list</source>
        <translation>قائمة نقطية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="27"/>
        <source>Numbered list</source>
        <translation>قائمة مرقمة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="29"/>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="32"/>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="34"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="35"/>
        <source>Right to left</source>
        <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="36"/>
        <source>Left to right</source>
        <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="42"/>
        <source>Alignment</source>
        <translation>المحاذاة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="44"/>
        <source>Justified</source>
        <translation>ضبط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="45"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="46"/>
        <source>Centre</source>
        <translation>الوسط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/format_bar.py" line="47"/>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
</context>
<context>
    <name>IndicatorsSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="209"/>
        <source>From the change</source>
        <translation>حسب التغير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="210"/>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="211"/>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="212"/>
        <source>Flat</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="216"/>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="217"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="218"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="219"/>
        <source>Change</source>
        <translation>التغير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="220"/>
        <source>Change unit</source>
        <translation>وحدة التغير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="221"/>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="222"/>
        <source>Trend</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="223"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="229"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="256"/>
        <source>Indicators</source>
        <translation>المؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="250"/>
        <source>One to four indicators, shown side by side</source>
        <translation>من مؤشر إلى أربعة، جنبا إلى جنب</translation>
    </message>
</context>
<context>
    <name>KeptSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="470"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="471"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="472"/>
        <source>Page break</source>
        <translation>فاصل صفحة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="473"/>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="474"/>
        <source>List</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="475"/>
        <source>Paragraph</source>
        <translation>فقرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="476"/>
        <source>Heading</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="479"/>
        <source>(no text)</source>
        <translation>(بدون نص)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="483"/>
        <source>Kept as it is; edit it in the document file.</source>
        <translation>يُحتفظ به كما هو؛ عدّله في ملف الوثيقة.</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="103"/>
        <source>Brand kits</source>
        <translation>الهويات البصرية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="114"/>
        <source>Start from the kit</source>
        <translation>الانطلاق من الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="117"/>
        <source>Kit name</source>
        <translation>اسم الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="118"/>
        <source>a new name, such as rabat-office</source>
        <translation>اسم جديد، مثل rabat-office</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="121"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="407"/>
        <source>Institution name in Arabic</source>
        <translation>اسم المؤسسة بالعربية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="123"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="408"/>
        <source>Institution name in French</source>
        <translation>اسم المؤسسة بالفرنسية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="126"/>
        <source>Logo file</source>
        <translation>ملف الشعار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="128"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="129"/>
        <source>No logo</source>
        <translation>بدون شعار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="131"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="410"/>
        <source>Primary colour</source>
        <translation>اللون الرئيسي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="132"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="411"/>
        <source>Accent colour</source>
        <translation>لون الإبراز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="137"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="412"/>
        <source>Body font</source>
        <translation>خط المتن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="138"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="413"/>
        <source>Heading font</source>
        <translation>خط العناوين</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="150"/>
        <location filename="../../desktop_app/ui/kit_editor.py" line="414"/>
        <source>Paper</source>
        <translation>مقاس الورق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="152"/>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="160"/>
        <source> mm</source>
        <translation> مم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="176"/>
        <source>Save the kit</source>
        <translation>حفظ الهوية البصرية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="177"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="218"/>
        <source>Pick…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="219"/>
        <source>Pick %1</source>
        <translation>اختيار %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="225"/>
        <source>Address (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="226"/>
        <source>Phone (Arabic footer)</source>
        <translation>الهاتف (التذييل بالعربية)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="227"/>
        <source>Website (Arabic footer)</source>
        <translation>الموقع الإلكتروني (التذييل بالعربية)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="228"/>
        <source>Address (French)</source>
        <translation>العنوان (بالفرنسية)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="229"/>
        <source>Phone (French footer)</source>
        <translation>الهاتف (التذييل بالفرنسية)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="230"/>
        <source>Website (French footer)</source>
        <translation>الموقع الإلكتروني (التذييل بالفرنسية)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="235"/>
        <source>%1:</source>
        <comment>a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="239"/>
        <source>Top margin</source>
        <translation>الهامش العلوي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="240"/>
        <source>Right margin</source>
        <translation>الهامش الأيمن</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="241"/>
        <source>Bottom margin</source>
        <translation>الهامش السفلي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="242"/>
        <source>Left margin</source>
        <translation>الهامش الأيسر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="252"/>
        <source>Start from:</source>
        <translation>الانطلاق من:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="253"/>
        <source>Kit name:</source>
        <translation>اسم الهوية البصرية:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="256"/>
        <source>Institution (one line per level)</source>
        <translation>المؤسسة (سطر لكل مستوى إداري)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="258"/>
        <source>Arabic:</source>
        <translation>بالعربية:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="259"/>
        <source>French:</source>
        <translation>بالفرنسية:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="262"/>
        <source>Logo, colours and fonts</source>
        <translation>الشعار والألوان والخطوط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="269"/>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="271"/>
        <source>Primary colour:</source>
        <translation>اللون الرئيسي:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="272"/>
        <source>Accent colour:</source>
        <translation>لون الإبراز:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="279"/>
        <source>Body font:</source>
        <translation>خط المتن:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="280"/>
        <source>Heading font:</source>
        <translation>خط العناوين:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="283"/>
        <source>Footer</source>
        <translation>تذييل الصفحة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="289"/>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="291"/>
        <source>Paper:</source>
        <translation>مقاس الورق:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="330"/>
        <source>%1 (bundled)</source>
        <translation>%1 (مرفقة بالتطبيق)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="401"/>
        <source>give the full path of the file</source>
        <translation>يرجى إدخال المسار الكامل للملف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="409"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="415"/>
        <source>Margins</source>
        <translation>الهوامش</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="452"/>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="480"/>
        <source>Kit name: give the kit a new name (bundled kits are templates)</source>
        <translation>اسم الهوية البصرية: يرجى إعطاء الهوية البصرية اسمًا جديدًا (الهويات المرفقة بالتطبيق نماذج فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="483"/>
        <source>Kit name: %1 is a bundled kit; save it under a new name</source>
        <translation>اسم الهوية البصرية: %1 هوية مرفقة بالتطبيق؛ يرجى حفظها باسم جديد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="489"/>
        <source>Kit name: %1 — use Latin letters, digits, - and _ only</source>
        <translation>اسم الهوية البصرية: %1 — يرجى استعمال الحروف اللاتينية والأرقام و- و_ فقط</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="508"/>
        <source>Kit file: %1</source>
        <translation>ملف الهوية البصرية: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/kit_editor.py" line="512"/>
        <source>Saved: %1</source>
        <translation>تم الحفظ: %1</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="37"/>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="38"/>
        <source>Search all documents</source>
        <translation>البحث في كل الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="43"/>
        <source>Show documents</source>
        <translation>عرض الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="45"/>
        <source>All documents</source>
        <translation>كل الوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="46"/>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="47"/>
        <source>Final documents</source>
        <translation>الوثائق النهائية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="53"/>
        <source>Documents in the library</source>
        <translation>وثائق المكتبة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="86"/>
        <source>Minutes</source>
        <translation>المحاضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="87"/>
        <source>Bulletins</source>
        <translation>النشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="88"/>
        <source>Other documents</source>
        <translation>وثائق أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="90"/>
        <source>draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="90"/>
        <source>final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/library_panel.py" line="105"/>
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="125"/>
        <source>Open the PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Open its folder</source>
        <translation>فتح مجلده</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168"/>
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="171"/>
        <source>New bulletin</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174"/>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="177"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="180"/>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186"/>
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191"/>
        <source>Brand kits…</source>
        <translation>الهويات البصرية…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="193"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207"/>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210"/>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="219"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>Brand kit of this document</source>
        <translation>الهوية البصرية لهذه الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="258"/>
        <source>The library will be opened from %1 at the next start.</source>
        <translation>ستُفتح المكتبة من %1 عند التشغيل المقبل.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281"/>
        <source>%1 (bundled)</source>
        <translation>%1 (مرفقة بالتطبيق)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="349"/>
        <source>Open a document</source>
        <translation>فتح وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="371"/>
        <source>%1: a package opens into the library, which is not available</source>
        <translation>%1: تُفتح الحزمة داخل المكتبة، وهي غير متاحة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="525"/>
        <source>Save the document</source>
        <translation>حفظ الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="572"/>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="594"/>
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
        <location filename="../../desktop_app/ui/main_window.py" line="612"/>
        <source>%1 is no longer there</source>
        <translation>%1 لم يعد موجودا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="624"/>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>المعاينة لم تجهز بعد؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="639"/>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="642"/>
        <source>Saved at %1</source>
        <translation>حُفظ على الساعة %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="644"/>
        <source>changed since</source>
        <translation>عُدّل بعد ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="646"/>
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="682"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="683"/>
        <source>Save the changes before closing?</source>
        <translation>حفظ التغييرات قبل الإغلاق؟</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="112"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="114"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="133"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="253"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="115"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="134"/>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="116"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="135"/>
        <source>Meeting body</source>
        <translation>الهيئة المجتمعة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="117"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="136"/>
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="118"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="137"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="119"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="138"/>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="120"/>
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>كما أُعلن، مثلا 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="121"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="139"/>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="122"/>
        <source>Start time</source>
        <translation>ساعة الافتتاح</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="123"/>
        <source>End time</source>
        <translation>ساعة الاختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="128"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="141"/>
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="131"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="142"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130"/>
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="132"/>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="140"/>
        <source>From / to</source>
        <translation>من / إلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="155"/>
        <source>Chair and rapporteur</source>
        <translation>رئيس الجلسة والمقرر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="157"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="162"/>
        <source>Chair</source>
        <translation>رئيس الجلسة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="159"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="163"/>
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="172"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="185"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="175"/>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="176"/>
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="177"/>
        <source>Absent</source>
        <translation>متغيب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="253"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197"/>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197"/>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180"/>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="188"/>
        <source>Quorum</source>
        <translation>النصاب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="191"/>
        <source>Leave empty to state it from the attendance</source>
        <translation>اتركه فارغا ليُستخلص من الحضور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="200"/>
        <source>Agenda and deliberations</source>
        <translation>جدول الأعمال والمداولات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="202"/>
        <source>Add agenda item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="209"/>
        <source>Decisions, follow-up and closing</source>
        <translation>القرارات والتتبع والاختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="213"/>
        <source>One decision per line</source>
        <translation>قرار واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="216"/>
        <source>Planned</source>
        <translation>مبرمج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="217"/>
        <source>In progress</source>
        <translation>في طور الإنجاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="218"/>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="219"/>
        <source>Not started</source>
        <translation>لم يشرع فيه بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="222"/>
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="233"/>
        <source>Attendance sheet in an annex</source>
        <translation>ورقة الحضور في ملحق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="235"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="228"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236"/>
        <source>Follow-up actions</source>
        <translation>الإجراءات التتبعية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="231"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="237"/>
        <source>Closing</source>
        <translation>الاختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="242"/>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="255"/>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="246"/>
        <source>Who signs, side by side (up to three). Leave empty for the chair and the rapporteur.</source>
        <translation>الموقعون جنبا إلى جنب (ثلاثة على الأكثر). اتركه فارغا ليوقع رئيس الجلسة ومقررها.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="103"/>
        <source>PDF preview</source>
        <translation>معاينة PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="107"/>
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="108"/>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="146"/>
        <source>Updating the preview…</source>
        <translation>تحديث المعاينة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="166"/>
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
</context>
<context>
    <name>RichTextEdit</name>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="266"/>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="267"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="268"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="269"/>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="270"/>
        <source>Indicators</source>
        <translation>مؤشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="271"/>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/rich_text.py" line="272"/>
        <source>Page break</source>
        <translation>فاصل صفحة</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="108"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="109"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="112"/>
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="113"/>
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="114"/>
        <source>Paste rows</source>
        <translation>لصق صفوف</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="107"/>
        <source>Move up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="108"/>
        <source>Move down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="110"/>
        <source>Remove section</source>
        <translation>حذف القسم</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="53"/>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="58"/>
        <source>Default brand kit</source>
        <translation>الهوية البصرية الافتراضية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60"/>
        <source>%1 (bundled)</source>
        <translation>%1 (مرفقة بالتطبيق)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="65"/>
        <source>Default document language</source>
        <translation>اللغة الافتراضية للوثائق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="73"/>
        <source>Autosave interval</source>
        <translation>مدة الحفظ التلقائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="75"/>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="82"/>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="85"/>
        <source>Browse…</source>
        <translation>تصفح…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="93"/>
        <source>The library is opened from the new data folder at the next start; documents already saved stay in the old one.</source>
        <translation>ستُفتح المكتبة من مجلد البيانات الجديد عند التشغيل المقبل، وتبقى الوثائق المحفوظة سابقًا في المجلد القديم.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>Interface language:</source>
        <translation>لغة الواجهة:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>Default brand kit:</source>
        <translation>الهوية البصرية الافتراضية:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="112"/>
        <source>Default document language:</source>
        <translation>اللغة الافتراضية للوثائق:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="113"/>
        <source>Autosave interval:</source>
        <translation>مدة الحفظ التلقائي:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="114"/>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Choose the data folder</source>
        <translation>اختيار مجلد البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="147"/>
        <source>Data folder: give a full path (such as %1)</source>
        <translation>مجلد البيانات: يرجى إدخال مسار كامل (مثل %1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="148"/>
        <source>Data folder: %1 is a file, not a folder</source>
        <translation>مجلد البيانات: %1 ملف وليس مجلدًا</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="149"/>
        <source>Data folder: %1 cannot be written to</source>
        <translation>مجلد البيانات: تتعذر الكتابة في %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="150"/>
        <source>Data folder: %1 cannot be created</source>
        <translation>مجلد البيانات: يتعذر إنشاء %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="42"/>
        <source>Taqrir — minutes and bulletins</source>
        <translation>تقرير — المحاضر والنشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="48"/>
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="51"/>
        <source>New bulletin</source>
        <translation>نشرة جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="54"/>
        <source>Open a document…</source>
        <translation>فتح وثيقة…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="80"/>
        <location filename="../../desktop_app/ui/start_page.py" line="83"/>
        <source>Recent documents</source>
        <translation>الوثائق الأخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="60"/>
        <location filename="../../desktop_app/ui/start_page.py" line="64"/>
        <source>Unsaved work to recover</source>
        <translation>عمل غير محفوظ قابل للاسترجاع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="66"/>
        <source>Recover</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="69"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="121"/>
        <source>Minutes</source>
        <translation>محضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="122"/>
        <source>Bulletin</source>
        <translation>نشرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="123"/>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/start_page.py" line="126"/>
        <location filename="../../desktop_app/ui/start_page.py" line="147"/>
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="292"/>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="295"/>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="297"/>
        <source>Table cells</source>
        <translation>خلايا الجدول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="303"/>
        <source>The first row is the header</source>
        <translation>السطر الأول هو رأس الجدول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulletin_editor.py" line="314"/>
        <source>Table</source>
        <translation>جدول</translation>
    </message>
</context>
</TS>
