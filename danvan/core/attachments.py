"""What an attached file may be, checked by its extension AND its content, and how a photo is stored.

Allowed: PDF, Word (.docx), Excel (.xlsx), OpenDocument text and sheets, plain text, JPEG and PNG photos.
A photo is re-encoded: turned upright, scaled down to ATTACHMENT_IMAGE_MAX_PIXELS on its longer side, and
stripped of its metadata (a phone photo of an incident carries where it was taken). Size and zip limits are
the one set of upload limits (`danvan.core.uploads`).
"""

from __future__ import annotations

import io
import os
import unicodedata
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError

from danvan.core.uploads import check_bytes

# extension → (content type, kind, the check of its content)
_ZIP_MARKERS = {".docx": "word/document.xml", ".xlsx": "xl/workbook.xml"}
ALLOWED = {
    ".pdf": ("application/pdf", "document"),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document"),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "document"),
    ".odt": ("application/vnd.oasis.opendocument.text", "document"),
    ".ods": ("application/vnd.oasis.opendocument.spreadsheet", "document"),
    ".txt": ("text/plain; charset=utf-8", "document"),
    ".jpg": ("image/jpeg", "image"),
    ".jpeg": ("image/jpeg", "image"),
    ".png": ("image/png", "image"),
}
ALLOWED_LABEL = "PDF, Word (.docx), Excel (.xlsx), OpenDocument (.odt, .ods), văn bản (.txt), ảnh JPEG hoặc PNG"
# Pixels a photo may have before it is even decoded (a decompression bomb is small on disk).
MAX_IMAGE_PIXELS = 80_000_000


@dataclass(frozen=True)
class PreparedFile:
    data: bytes
    filename: str  # safe to show and to send back
    extension: str
    content_type: str
    kind: str


def safe_filename(name: str) -> str:
    """The file's own name without any path, control or quoting characters, at most 150 characters."""
    name = unicodedata.normalize("NFC", os.path.basename(str(name).replace("\\", "/")))
    name = "".join(ch for ch in name if ch.isprintable() and ch not in '"<>:|?*;\x00')
    stem, ext = os.path.splitext(name.strip().strip("."))
    return (stem[:150 - len(ext[:10])] or "tep") + ext[:10].lower()


def _sniff(data: bytes, ext: str) -> bool:
    """Whether the content is what the extension says."""
    if ext == ".pdf":
        return data.startswith(b"%PDF-")
    if ext in (".jpg", ".jpeg"):
        return data.startswith(b"\xff\xd8\xff")
    if ext == ".png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if ext == ".txt":
        try:
            return "\x00" not in data.decode("utf-8")
        except UnicodeDecodeError:
            return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if ext in _ZIP_MARKERS:
                return _ZIP_MARKERS[ext] in names
            mimetype = archive.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
            return mimetype == ALLOWED[ext][0]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False


def prepare(data: bytes, name: str) -> PreparedFile:
    """Check an uploaded file and give what is stored; ValidationError (Vietnamese) when it is refused."""
    filename = safe_filename(name)
    ext = os.path.splitext(filename)[1].lower()
    if ext not in ALLOWED:
        raise ValidationError({"file": [f"Không nhận loại tệp “{ext or filename}”. Chỉ nhận: {ALLOWED_LABEL}."]})
    check_bytes(data, filename)
    if not _sniff(data, ext):
        raise ValidationError({"file": [f"Nội dung tệp không đúng với đuôi “{ext}”; tệp không được nhận."]})
    content_type, kind = ALLOWED[ext]
    if kind == "image":
        data, ext = _clean_image(data, ext)
        filename = os.path.splitext(filename)[0] + ext
    return PreparedFile(data=data, filename=filename, extension=ext, content_type=content_type, kind=kind)


def _clean_image(data: bytes, ext: str) -> tuple[bytes, str]:
    """Upright, at most the configured size, no metadata: the pixels are re-encoded into a fresh file."""
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise ValidationError({"file": ["Ảnh quá lớn (quá nhiều điểm ảnh)."]})
            image.load()
            upright = ImageOps.exif_transpose(image)
    except ValidationError:
        raise
    except Exception as exc:  # Pillow raises many kinds of errors on a broken image
        raise ValidationError({"file": ["Ảnh bị hỏng hoặc không đúng định dạng."]}) from exc
    side = int(getattr(settings, "ATTACHMENT_IMAGE_MAX_PIXELS", 2048))
    upright.thumbnail((side, side))
    # A fresh image holds only the pixels: no EXIF (GPS, camera, time), no text chunks, no comments.
    clean = Image.new(upright.mode, upright.size)
    clean.paste(upright)
    out = io.BytesIO()
    if ext == ".png":
        clean.save(out, format="PNG", optimize=True)
    else:
        clean.convert("RGB").save(out, format="JPEG", quality=85, optimize=True)
        ext = ".jpg"
    return out.getvalue(), ext
