"""The live preview's page thumbnails, driven in the real main window: one per page of
the PDF on screen, drawn (not blank), a click goes to the page, the page in view is
highlighted, and a refresh keeps the place."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.thumbnails import PAGE_ROLE, render_thumbnail, thumbnail_size

from .test_ui_minutes import type_into

SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "resources"
    / "samples"
    / "minutes-board-maison-artisan.ar.taqrir.json"
)


def open_sample(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        assert window.open_path(SAMPLE)
    wait_for_thumbnails(qtbot, window)


def wait_for_thumbnails(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: not window.preview.busy and not window.preview.thumbnails.busy, timeout=30000
    )


def pdf_pages(path: str) -> int:
    with pymupdf.open(path) as pdf:
        return pdf.page_count


def thumbnail_image(window: MainWindow, page: int) -> QImage:
    strip = window.preview.thumbnails
    return strip.item(page).icon().pixmap(strip.iconSize()).toImage()


def inked_share(image: QImage) -> float:
    """The share of pixels that are not near white."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    inked = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).value() < 200
    )
    return inked / (image.width() * image.height())


def test_one_drawn_thumbnail_per_page(qtbot, window) -> None:
    open_sample(qtbot, window)
    strip = window.preview.thumbnails
    pages = pdf_pages(window.preview.pdf_path())
    assert pages >= 4
    assert strip.count() == pages == window.preview.pages
    assert [strip.item(i).text() for i in range(pages)] == [str(i + 1) for i in range(pages)]
    assert strip.isVisible() and strip.accessibleName()
    images = [thumbnail_image(window, page) for page in range(pages)]
    for page, image in enumerate(images):
        assert inked_share(image) > 0.02, f"page {page + 1} looks blank"
    assert images[0] != images[1] and images[1] != images[2]
    # Page 1 carries the letterhead and the title: more ink at its top than page 2's.
    top = QSize(images[0].width(), images[0].height() // 4)
    assert inked_share(images[0].copy(0, 0, top.width(), top.height())) != inked_share(
        images[1].copy(0, 0, top.width(), top.height())
    )


def test_clicking_a_thumbnail_shows_its_page_and_scrolling_moves_the_highlight(
    qtbot, window
) -> None:
    open_sample(qtbot, window)
    strip = window.preview.thumbnails
    view = window.preview.view
    navigator = view.pageNavigator()
    assert navigator.currentPage() == 0 and strip.currentRow() == 0
    last = strip.count() - 1
    positions = {}
    for page in (3, 1, last):
        item = strip.item(page)
        strip.scrollToItem(item)
        qtbot.mouseClick(
            strip.viewport(), Qt.MouseButton.LeftButton, pos=strip.visualItemRect(item).center()
        )
        qtbot.waitUntil(lambda page=page: navigator.currentPage() == page)
        assert strip.currentRow() == page and item.isSelected()
        positions[page] = view.verticalScrollBar().value()
    assert 0 < positions[1] < positions[3] < positions[last]

    # Scrolling the page view moves the highlight with it.
    view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: strip.currentRow() == 0)
    assert navigator.currentPage() == 0
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: strip.currentRow() == last)
    assert strip.item(last).isSelected()


def test_an_edit_that_drops_pages_updates_the_strip(qtbot, window) -> None:
    open_sample(qtbot, window)
    strip = window.preview.thumbnails
    before = strip.count()
    cards = window.minutes_editor.agenda_cards
    assert len(cards) >= 3
    for card in cards:
        button = next(
            b for b in card.findChildren(QPushButton) if b.objectName().startswith("agendaRemove")
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        pass
    wait_for_thumbnails(qtbot, window)
    after = pdf_pages(window.preview.pdf_path())
    assert after < before
    assert strip.count() == after == window.preview.pages
    for page in range(after):
        assert strip.item(page).data(PAGE_ROLE) == page
        assert inked_share(thumbnail_image(window, page)) > 0.02


def test_a_refresh_keeps_the_scroll_position_and_the_highlight(qtbot, window) -> None:
    open_sample(qtbot, window)
    strip = window.preview.thumbnails
    view = window.preview.view
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2 + 37)  # inside a page, not at its top
    qtbot.waitUntil(lambda: strip.currentRow() > 0)
    position, page, pages = bar.value(), view.pageNavigator().currentPage(), strip.count()
    first = strip.item(0).icon().cacheKey()

    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        type_into(qtbot, window.minutes_editor.title, " (نسخة منقحة)")
    wait_for_thumbnails(qtbot, window)
    assert window.document().metadata.title.endswith("(نسخة منقحة)")
    assert bar.value() == position
    assert view.pageNavigator().currentPage() == page
    assert strip.count() == pages and strip.currentRow() == page
    assert strip.item(0).icon().cacheKey() != first  # drawn again from the new PDF


def test_in_an_arabic_interface_the_strip_is_on_the_right(qtbot, window) -> None:
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        open_sample(qtbot, window)
        qtbot.waitUntil(lambda: window.preview.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        strip, view = window.preview.thumbnails, window.preview.view
        qtbot.waitUntil(lambda: strip.mapTo(window, strip.rect().topLeft()).x() > view.x())
        assert (
            strip.mapTo(window, strip.rect().topLeft()).x()
            >= view.mapTo(window, view.rect().topRight()).x()
        )
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_pages_button_hides_the_strip_which_draws_nothing_until_shown(qtbot, window) -> None:
    open_sample(qtbot, window)
    strip = window.preview.thumbnails
    button = window.preview.findChild(QToolButton, "previewThumbnailsToggle")
    assert button is not None and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not strip.isVisible()
    first = strip.item(0).icon().cacheKey()
    with qtbot.waitSignal(window.preview.updated, timeout=30000):
        type_into(qtbot, window.minutes_editor.title, " 2")
    qtbot.wait(200)
    assert strip.busy and strip.item(0).icon().cacheKey() == first

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert strip.isVisible()
    qtbot.waitUntil(lambda: not strip.busy)
    assert strip.item(0).icon().cacheKey() != first
    assert inked_share(thumbnail_image(window, 0)) > 0.02


@pytest.mark.parametrize("ratio", [1.0, 2.0])
def test_thumbnails_are_drawn_at_the_screen_pixel_ratio(qtbot, window, ratio) -> None:
    open_sample(qtbot, window)
    document: QPdfDocument = window.preview.view.document()
    size = thumbnail_size(document.pagePointSize(0).toSize())
    pixmap = render_thumbnail(document, 0, size, ratio)
    assert pixmap.devicePixelRatio() == ratio
    assert pixmap.width() == round(size.width() * ratio)
    assert pixmap.height() == round(size.height() * ratio)
    assert inked_share(pixmap.toImage()) > 0.02
