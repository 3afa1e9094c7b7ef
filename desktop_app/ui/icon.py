"""The application icon, from the PNG sizes rendered from resources/icons/taqrir.svg."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """Every size, so that each desktop and screen density picks a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resource_path("icons", f"taqrir-{size}.png")), QSize(size, size))
    return icon
