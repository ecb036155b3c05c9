"""A centre's logo from a picture file: read with Qt's image readers (PNG, JPEG, SVG, GIF, …),
made small enough for a print's header and stored as PNG.

Shared by the settings dialog and ``buurtapp settings --logo`` (which makes an offscreen
QGuiApplication first: a drawing with text in it needs fonts). The core stores only the bytes
(:func:`buurtapp.core.model.app_settings.set_centre_logo`) and never imports Qt.
"""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from buurtapp.core.i18n import N_, Text, gettext
from buurtapp.core.model.app_settings import LOGO_MAX_BYTES

#: The largest a logo is kept: a header is a strip of a few centimetres, 600x200 pixels is
#: sharp on paper and small in the file.
LOGO_MAX_SIZE = QSize(600, 200)
#: A picture file larger than this is refused before it is read (a photo of 40 MB, a wrong
#: file): reading it could take long and much memory for a logo of a few kilobytes.
FILE_MAX_BYTES = 20 * 1024 * 1024


class LogoError(Exception):
    """The chosen file cannot become a logo; :meth:`message` says why in one line."""

    def __init__(self, text: Text) -> None:
        self.text = text
        super().__init__(str(text))

    def message(self, lang: str | None = None) -> str:
        return gettext(self.text, lang)


def logo_from_file(path: Path) -> bytes:
    """The picture at ``path`` as a PNG of at most :data:`LOGO_MAX_SIZE` pixels (never
    enlarged), ready for ``set_centre_logo``; raises :class:`LogoError` for a file that is
    missing, unreadable, not an ordinary file (a pipe would wait forever), too large or not a
    picture. The bytes are read here and handed to Qt from memory: what Qt sees is exactly
    what was checked, whatever the file's name is made of."""
    name = path.name
    try:
        info = path.stat()
    except OSError as exc:
        raise LogoError(_cannot_read(name, exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise LogoError(N_("{path} is a folder, not a picture.").format(path=name))
    if not stat.S_ISREG(info.st_mode):
        raise LogoError(
            N_("{path} is not an ordinary file (but for example a device or a pipe).").format(
                path=name
            )
        )
    if info.st_size > FILE_MAX_BYTES:
        raise LogoError(
            N_("{path} is too large for a logo (at most {max} MB).").format(
                path=name, max=FILE_MAX_BYTES // (1024 * 1024)
            )
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(FILE_MAX_BYTES + 1)
    except OSError as exc:
        raise LogoError(_cannot_read(name, exc)) from exc
    not_a_picture = N_("{path} is not a picture Buurtapp can read (PNG, JPEG, SVG, …).")
    # A compressed drawing (.svgz) can unpack to gigabytes: not taken as a logo.
    if len(data) > FILE_MAX_BYTES or data.startswith(b"\x1f\x8b"):
        raise LogoError(not_a_picture.format(path=name))
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)  # a photo taken sideways stands upright
    original = reader.size()
    if original.isValid() and reader.format() == b"svg":
        # a drawing has no pixels of its own: draw it at the largest size that fits
        reader.setScaledSize(original.scaled(LOGO_MAX_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():
        raise LogoError(not_a_picture.format(path=name))
    return logo_png(image)


def _cannot_read(name: str, error: OSError) -> Text:
    reason = error.strerror or type(error).__name__
    return N_("{path} cannot be read: {reason}").format(path=name, reason=reason)


def logo_png(image: QImage) -> bytes:
    """``image`` scaled down to fit :data:`LOGO_MAX_SIZE` (smoothly; never enlarged), as PNG."""
    if image.width() > LOGO_MAX_SIZE.width() or image.height() > LOGO_MAX_SIZE.height():
        image = image.scaled(
            LOGO_MAX_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    png = bytes(data.data())
    if len(png) > LOGO_MAX_BYTES:  # 600x200 of noise: a PNG can still be large
        raise LogoError(
            N_("The picture is still too large after making it smaller; choose a simpler logo.")
        )
    return png


def logo_image(data: bytes | None) -> QImage:
    """The stored logo as an image (a null image for none), for a preview."""
    image = QImage()
    if data:
        image.loadFromData(data)
    return image
