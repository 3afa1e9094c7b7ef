"""Logos for the PDF: PNG and JPEG through :func:`images.load_image`, SVG through svglib after
:mod:`desktop_app.model.safe_svg` has checked and cleaned it, drawn as vectors."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app.model.safe_svg import UnsafeSvgError, looks_like_svg, sanitize_svg

from .images import ImageFileError, load_image

__all__ = ["LogoImage", "draw_logo", "fit_in_box", "load_logo"]

PX_TO_PT = 0.75
MAX_LOGO_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, eq=False)
class LogoImage:
    """A logo ready to draw: an SVG ``drawing`` or a raster ``image``.

    ``width`` and ``height`` are its natural size in points; only their ratio matters when
    it is drawn into a box. ``key`` identifies the content (to draw an SVG once per PDF).
    """

    width: float
    height: float
    key: str
    drawing: Drawing | None = None
    image: ImageReader | None = None

    @property
    def aspect_ratio(self) -> float:
        return self.width / self.height


def load_logo(path: Path | str) -> LogoImage:
    """Open a PNG, JPEG or SVG logo; problems raise a one-line :class:`ImageFileError`."""
    path = Path(path)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_LOGO_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImageFileError(f"logo file '{path}' not found") from None
    except OSError as error:
        raise ImageFileError(f"cannot read logo '{path.name}': {error.strerror}") from None
    if len(data) > MAX_LOGO_FILE_BYTES:
        raise ImageFileError(f"logo '{path.name}' is too large (over 20 MiB)")
    key = hashlib.sha256(data).hexdigest()[:16]
    if looks_like_svg(data):
        return _svg_logo(data, path.name, key)
    reader, (width, height) = load_image(path)
    return LogoImage(width * PX_TO_PT, height * PX_TO_PT, key, image=reader)


def _svg_logo(data: bytes, name: str, key: str) -> LogoImage:
    try:
        svg = sanitize_svg(data)
    except UnsafeSvgError as error:
        raise ImageFileError(f"logo '{name}' is not a usable SVG: {error}") from None
    # Imported here: svglib and lxml take a fifth of a second to import.
    from svglib.svglib import svg2rlg

    try:
        drawing = svg2rlg(io.BytesIO(svg.data))
        if drawing is not None:
            # Drawn once now, into nothing, so that shapes svglib or ReportLab cannot
            # handle (broken path data, coordinates too large for PDF) fail here.
            renderPDF.draw(drawing, Canvas(io.BytesIO()), 0, 0)
    except Exception as error:  # svglib and ReportLab raise many kinds on bad input
        reason = " ".join(str(error).split())
        raise ImageFileError(f"logo '{name}' could not be drawn ({reason})") from None
    if drawing is None:
        raise ImageFileError(f"logo '{name}' could not be drawn")
    return LogoImage(svg.width * PX_TO_PT, svg.height * PX_TO_PT, key, drawing=drawing)


def fit_in_box(
    aspect_ratio: float, x: float, y: float, width: float, height: float
) -> tuple[float, float, float, float]:
    """The largest rectangle of ``aspect_ratio`` (width / height) centred in the box."""
    if width / height > aspect_ratio:
        fitted_width, fitted_height = height * aspect_ratio, height
    else:
        fitted_width, fitted_height = width, width / aspect_ratio
    return (
        x + (width - fitted_width) / 2,
        y + (height - fitted_height) / 2,
        fitted_width,
        fitted_height,
    )


def draw_logo(
    canvas: Canvas, logo: LogoImage, x: float, y: float, width: float, height: float
) -> None:
    """Draw ``logo`` as large as fits in the box (``x``, ``y`` its lower left corner, in
    points), keeping its aspect ratio, centred. An SVG is stored once per PDF."""
    if width <= 0 or height <= 0:
        raise ValueError(f"empty logo box ({width} × {height} pt)")
    left, bottom, fitted_width, fitted_height = fit_in_box(logo.aspect_ratio, x, y, width, height)
    if logo.image is not None:
        canvas.drawImage(logo.image, left, bottom, fitted_width, fitted_height, mask="auto")
        return
    drawing = logo.drawing
    if drawing is None:
        raise ValueError("a logo needs a drawing or an image")
    form = f"TaqrirLogo{logo.key}"
    if not canvas.hasForm(form):
        _define_form(canvas, form, drawing)
    canvas.saveState()
    canvas.translate(left, bottom)
    canvas.scale(fitted_width / drawing.width, fitted_height / drawing.height)
    canvas.doForm(form)
    canvas.restoreState()


def _define_form(canvas: Canvas, form: str, drawing: Drawing) -> None:
    canvas.beginForm(form, 0, 0, drawing.width, drawing.height)
    renderPDF.draw(drawing, canvas, 0, 0, showBoundary=False)
    canvas.endForm()
