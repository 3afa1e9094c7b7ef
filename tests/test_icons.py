"""The application icon: every PNG size and the Windows .ico decode at their sizes."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from desktop_app.resources import resource_path
from desktop_app.ui.icon import ICON_SIZES, app_icon


def test_every_png_size_decodes_at_its_size() -> None:
    for size in ICON_SIZES:
        path = resource_path("icons", f"taqrir-{size}.png")
        with Image.open(path) as image:
            image.load()
            assert image.format == "PNG"
            assert image.size == (size, size), path
            assert image.mode == "RGBA"
            assert image.getchannel("A").getextrema() == (0, 255)  # transparent corners


def test_the_windows_icon_holds_every_size() -> None:
    with Image.open(resource_path("icons", "taqrir.ico")) as image:
        assert image.format == "ICO"
        assert sorted(image.ico.sizes()) == [(size, size) for size in ICON_SIZES]
        image.size = (256, 256)
        image.load()
        assert image.getbbox() is not None


def test_the_svg_source_is_there() -> None:
    svg = Path(resource_path("icons", "taqrir.svg")).read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg


def test_the_qt_icon_offers_every_size(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(s.width() for s in icon.availableSizes()) == list(ICON_SIZES)
    assert icon.pixmap(48, 48).width() == 48
