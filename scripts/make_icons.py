"""Renders resources/icons/taqrir.svg to the PNG sizes the desktops ask for and to a
Windows .ico. Run after editing the SVG: ``python scripts/make_icons.py``."""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn on a transparent square of ``size`` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "taqrir.svg"))
    if not renderer.isValid():
        print(f"make_icons: cannot read {ICONS / 'taqrir.svg'}", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        png = render(renderer, size)
        (ICONS / f"taqrir-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png))
    largest = images[SIZES[-1]]
    largest.save(
        ICONS / "taqrir.ico",
        sizes=[(size, size) for size in SIZES],
        append_images=[images[size] for size in SIZES[:-1]],
    )
    print(f"{ICONS}: {len(SIZES)} PNG sizes and taqrir.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
