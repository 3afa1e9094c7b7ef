"""Opening raster images for the PDF, with one-line errors for bad files."""

from __future__ import annotations

from pathlib import Path

from PIL import Image as PILImage
from PIL import UnidentifiedImageError
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

__all__ = ["ImageFileError", "PlacedImage", "load_image"]

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


class PlacedImage(Flowable):
    """A decoded image drawn at a given size, centred in the frame. (ReportLab's own
    Image flowable takes a file, not the reader the image was checked and decoded into.)"""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        super().__init__()
        self.reader = reader
        self.width = width
        self.height = height
        self.hAlign = "CENTER"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self.reader, 0, 0, self.width, self.height, mask="auto")
