"""Image blocks reach the page: decoded once, drawn at their size, transparency kept."""

from __future__ import annotations

from pathlib import Path

import pymupdf
from PIL import Image as PILImage

from desktop_app.model import Document, Image, Paragraph, Run
from desktop_app.pdf.builder import ExportSettings, export_pdf
from desktop_app.text.fonts import default_registry


def test_an_image_block_is_drawn_with_its_colours_and_transparency(tmp_path: Path) -> None:
    picture = PILImage.new("RGBA", (200, 100), (200, 30, 30, 255))
    for x in range(100, 200):  # the right half is transparent
        for y in range(100):
            picture.putpixel((x, y), (0, 0, 255, 0))
    (tmp_path / "photos").mkdir()
    picture.save(tmp_path / "photos" / "red.png")
    document = Document(
        kind="free",
        language="fr",
        direction="ltr",
        blocks=[Paragraph([Run("Photo")]), Image("photos/red.png", width_mm=80)],
    )
    target = tmp_path / "image.pdf"
    export_pdf(document, target, ExportSettings(registry=default_registry(), base_dir=tmp_path))
    with pymupdf.open(target) as pdf:
        page = pdf[0]
        (info,) = page.get_image_info()
        x0, y0, x1, y1 = info["bbox"]
        assert round((x1 - x0) / 72 * 25.4) == 80  # the width asked for
        assert round((x1 - x0) / (y1 - y0)) == 2  # its proportions kept
        pixmap = page.get_pixmap(dpi=72)
        left = pixmap.pixel(int(x0 + (x1 - x0) * 0.25), int((y0 + y1) / 2))
        right = pixmap.pixel(int(x0 + (x1 - x0) * 0.75), int((y0 + y1) / 2))
    assert left[0] > 180 and left[1] < 60 and left[2] < 60  # red
    assert min(right) > 240  # the page shows through, not blue or black
