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
        <location filename="../../desktop_app/ui/main_window.py" line="198" />
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="201" />
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207" />
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="210" />
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="213" />
        <source>Find…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="216" />
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="218" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="229" />
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="268" />
        <source>Open a document</source>
        <translation>فتح وثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="281" />
        <source>%1: only minutes can be edited in this version</source>
        <translation>%1: لا يمكن في هذا الإصدار تحرير غير المحاضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="298" />
        <source>Only minutes can be edited in this version</source>
        <translation>لا يمكن في هذا الإصدار تحرير غير المحاضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="397" />
        <source>Save the document</source>
        <translation>حفظ الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="444" />
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="464" />
        <source>Exported %1 (%n page(s))</source>
        <translation>
            <numerusform>صُدّر %1 (%n صفحة)</numerusform><numerusform>صُدّر %1 (صفحة واحدة)</numerusform><numerusform>صُدّر %1 (صفحتان)</numerusform><numerusform>صُدّر %1 (%n صفحات)</numerusform><numerusform>صُدّر %1 (%n صفحة)</numerusform><numerusform>صُدّر %1 (%n صفحة)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="477" />
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>المعاينة لم تجهز بعد؛ أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="492" />
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="495" />
        <source>Saved at %1</source>
        <translation>حُفظ على الساعة %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="497" />
        <source>changed since</source>
        <translation>عُدّل بعد ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="499" />
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="531" />
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="532" />
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
        <location filename="../../desktop_app/ui/minutes_editor.py" line="150" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="117" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="151" />
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="118" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="152" />
        <source>Meeting body</source>
        <translation>الهيئة المجتمعة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="119" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="153" />
        <source>Session</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="122" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="154" />
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="127" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="155" />
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="128" />
        <source>As announced, e.g. 27 جمادى الآخرة 1447</source>
        <translation>كما أُعلن، مثلا 27 جمادى الآخرة 1447</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="129" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="156" />
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="130" />
        <source>Start time</source>
        <translation>ساعة الافتتاح</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="131" />
        <source>End time</source>
        <translation>ساعة الاختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="137" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="158" />
        <source>Document language</source>
        <translation>لغة الوثيقة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="143" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="159" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="144" />
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="145" />
        <source>Final</source>
        <translation>نهائي</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="147" />
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="157" />
        <source>From / to</source>
        <translation>من / إلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="172" />
        <source>Chair and rapporteur</source>
        <translation>رئيس الجلسة والمقرر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="174" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="179" />
        <source>Chair</source>
        <translation>رئيس الجلسة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="176" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="180" />
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="189" />
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="192" />
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="193" />
        <source>Excused</source>
        <translation>معتذر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="194" />
        <source>Absent</source>
        <translation>متغيب</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212" />
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <location filename="../../desktop_app/ui/minutes_editor.py" line="212" />
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="197" />
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="206" />
        <source>Leave empty to state it from the attendance</source>
        <translation>اتركه فارغا ليُستخلص من الحضور</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="215" />
        <source>Agenda and deliberations</source>
        <translation>جدول الأعمال والمداولات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="217" />
        <source>Add agenda item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="224" />
        <source>Decisions, follow-up and closing</source>
        <translation>القرارات والتتبع والاختتام</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="227" />
        <source>One decision per line</source>
        <translation>قرار واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="230" />
        <source>Planned</source>
        <translation>مبرمج</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="231" />
        <source>In progress</source>
        <translation>في طور الإنجاز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="232" />
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="233" />
        <source>Not started</source>
        <translation>لم يشرع فيه بعد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="236" />
        <source>Deadline</source>
        <translation>الأجل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="245" />
        <source>Attendance sheet in an annex</source>
        <translation>ورقة الحضور في ملحق</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="249" />
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="250" />
        <source>Follow-up actions</source>
        <translation>الإجراءات التتبعية</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/minutes_editor.py" line="251" />
        <source>Closing</source>
        <translation>الاختتام</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="93" />
        <source>PDF preview</source>
        <translation>معاينة PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="97" />
        <source>Zoom</source>
        <translation>التكبير</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="98" />
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview.py" line="135" />
        <source>Updating the preview…</source>
        <translation>تحديث المعاينة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/preview.py" line="154" />
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform><numerusform>صفحة واحدة</numerusform><numerusform>صفحتان</numerusform><numerusform>%n صفحات</numerusform><numerusform>%n صفحة</numerusform><numerusform>%n صفحة</numerusform></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="96" />
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="97" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="98" />
        <source>Up</source>
        <translation>إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="99" />
        <source>Down</source>
        <translation>إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/table_editor.py" line="100" />
        <source>Paste rows</source>
        <translation>لصق صفوف</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51" />
        <source>Taqrir — minutes and bulletins</source>
        <translation>تقرير — المحاضر والنشرات</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56" />
        <source>New minutes</source>
        <translation>محضر جديد</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59" />
        <source>Open a document…</source>
        <translation>فتح وثيقة…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="64" />
        <location filename="../../desktop_app/ui/main_window.py" line="75" />
        <source>Recent documents</source>
        <translation>الوثائق الأخيرة</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="77" />
        <location filename="../../desktop_app/ui/main_window.py" line="80" />
        <source>Unsaved work to recover</source>
        <translation>عمل غير محفوظ قابل للاسترجاع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="81" />
        <source>Recover</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="84" />
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="96" />
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
</context>
</TS>