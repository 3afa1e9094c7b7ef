"""Opening raster images for the PDF, with one-line errors for bad files."""

from __future__ import annotations

from pathlib import Path

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.utils import ImageReader

__all__ = ["ImageFileError", "load_image"]

MAX_PIXELS = 60_000_000


class ImageFileError(Exception):
    """An image that cannot be placed, named with its file."""


def load_image(path: Path) -> tuple[ImageReader, tuple[int, int]]:
    """Open and fully decode a PNG or JPEG; return a ReportLab reader and its size."""
    try:
        with PILImage.open(path) as image:
            if image.width * image.height > MAX_PIXELS:
                raise ImageFileError(
                    f"image '{path.name}' is too large ({image.width}×{image.height} pixels)"
                )
            image.load()
            decoded = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    except FileNotFoundError:
        raise ImageFileError(f"image file '{path}' not found") from None
    except UnidentifiedImageError:
        raise ImageFileError(f"'{path.name}' is not an image (PNG or JPEG expected)") from None
    except OSError as error:
        raise ImageFileError(f"cannot read image '{path.name}': {error}") from None
    return ImageReader(decoded), decoded.size
