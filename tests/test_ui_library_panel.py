"""The library panel: documents grouped by kind, newest first, filtered by status, found
by search, opened with the keyboard."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.model import Document, Metadata
from desktop_app.model.nameplate import Nameplate
from desktop_app.store import Library
from desktop_app.ui.settings import AppSettings

from .store_helpers import minutes_document


@pytest.fixture
def window(make_window, tmp_path: Path):
    library = Library.open(tmp_path / "library.sqlite3")
    first = minutes_document("لجنة التتبع", "2025-10-02", [("إعداد التقرير", "done")])
    library.add(first)
    final = minutes_document("مجلس الإدارة", "2025-12-18", [("تنظيم المعرض", "planned")])
    final.metadata = dataclasses.replace(final.metadata, status="final")
    library.add(final)
    bulletin = Document(
        kind="bulletin",
        language="ar",
        metadata=Metadata(title="نشرة الصناعة التقليدية", date="2025-12-26"),
        nameplate=Nameplate(issue="27"),
    )
    library.add(bulletin)
    main = make_window(AppSettings(ui_language="fr"), library)
    yield main
    main.close()
    library.close()


def test_documents_are_grouped_by_kind_newest_first(window) -> None:
    rows = window.library_panel.documents_shown()
    assert [group for group, _ in rows] == ["Minutes (2)"] * 2 + ["Bulletins (1)"]
    minutes = [text for group, text in rows if group.startswith("Minutes")]
    assert minutes[0].startswith("محضر مجلس الإدارة 2025-12-18\nfinal · ")
    assert minutes[1].startswith("محضر لجنة التتبع 2025-10-02\ndraft · ")


def test_the_status_filter_and_the_search_narrow_the_list(window) -> None:
    panel = window.library_panel
    panel.status.setCurrentIndex(panel.status.findData("draft"))
    texts = [text for _, text in panel.documents_shown()]
    assert len(texts) == 2 and not any("final" in text for text in texts)
    panel.search.setText("المعرض")
    (hit,) = panel.documents_shown()
    assert hit[1].startswith("محضر مجلس الإدارة")
    assert "«المعرض»" in hit[1]


def test_a_document_opens_from_the_panel_with_the_keyboard(qtbot, window) -> None:
    tree = window.library_panel.tree
    window.pages.setCurrentWidget(window.workspace)
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(1).child(0))  # under "Bulletins"
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.editors.currentWidget() is window.bulletin_editor
    assert window.document().metadata.title == "نشرة الصناعة التقليدية"


def test_the_start_page_lists_the_library_newest_first_and_opens_from_it(qtbot, window) -> None:
    recent = window.start.recent
    titles = [recent.item(row).text().split("\n")[0] for row in range(recent.count())]
    assert set(titles) == {
        "نشرة الصناعة التقليدية",
        "محضر مجلس الإدارة 2025-12-18",
        "محضر لجنة التتبع 2025-10-02",
    }
    assert not window.format_bar.isVisible()  # nothing to format on the start page
    row = titles.index("نشرة الصناعة التقليدية")
    recent.setFocus()
    recent.setCurrentRow(row)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.workspace
    assert window.document().metadata.title == "نشرة الصناعة التقليدية"
    assert window.format_bar.isVisible()
