"""Every control a screen reader reaches has a name a person reads: a label in the
interface language, not an internal identifier."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QTextEdit,
    QWidget,
)

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "samples"
IDENTIFIER = re.compile(r"^[a-z]+[A-Z0-9][A-Za-z0-9]*$|^[a-z]+$")


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the inner line of a spin box or combo box: named by its owner
        if isinstance(widget, QAbstractButton):
            name = widget.accessibleName() or widget.text() or widget.toolTip()
        elif isinstance(
            widget, QLineEdit | QTextEdit | QComboBox | QAbstractSpinBox | QAbstractItemView
        ):
            name = widget.accessibleName()
        else:
            continue
        if not name.strip() or IDENTIFIER.match(name):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}: {name!r}")
    return missing


@pytest.mark.parametrize(
    "sample",
    ["minutes-board-maison-artisan.ar.taqrir.json", "bulletin-artisanat-2025-11.ar.taqrir.json"],
)
def test_every_control_of_the_window_has_a_readable_name(qtbot, window, sample: str) -> None:
    assert unnamed(window) == []  # the start page
    assert window.open_path(SAMPLES / sample)
    assert unnamed(window) == [], "\n".join(unnamed(window))
