"""The upload limits of this installation, from settings, for every upload path (Word, Excel, PDF, attachments).

`danvan.documents.limits` holds the checks themselves (a plain library, usable by `textmine`); this module
reads the numbers from Django settings and turns a breach into a Vietnamese `ValidationError`.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError

from danvan.documents.limits import LimitExceeded, UploadLimits, check_upload

_SETTINGS = {
    "max_bytes": "UPLOAD_MAX_BYTES",
    "zip_members": "UPLOAD_ZIP_MEMBERS",
    "zip_member_bytes": "UPLOAD_ZIP_MEMBER_BYTES",
    "zip_total_bytes": "UPLOAD_ZIP_TOTAL_BYTES",
    "zip_ratio": "UPLOAD_ZIP_RATIO",
    "word_paragraphs": "UPLOAD_WORD_PARAGRAPHS",
    "word_chars": "UPLOAD_WORD_CHARS",
    "word_table_cells": "UPLOAD_WORD_TABLE_CELLS",
    "excel_rows": "UPLOAD_EXCEL_ROWS",
    "excel_columns": "UPLOAD_EXCEL_COLUMNS",
    "excel_cells": "UPLOAD_EXCEL_CELLS",
    "pdf_pages": "UPLOAD_PDF_PAGES",
}


def upload_limits() -> UploadLimits:
    """The limits as configured (read on each call, so `override_settings` in tests applies)."""
    defaults = UploadLimits()
    return UploadLimits(**{field: int(getattr(settings, name, getattr(defaults, field)))
                           for field, name in _SETTINGS.items()})


def limit_error(exc: LimitExceeded, field: str = "file") -> ValidationError:
    return ValidationError({field: [exc.message]})


def read_uploaded(uploaded_file, field: str = "file") -> bytes:
    """The bytes of an uploaded file, refused (ValidationError) beyond the size or zip limits; never reads
    more than one byte past the size limit."""
    limits = upload_limits()
    if uploaded_file is None:
        raise ValidationError({field: ["Vui lòng chọn tệp."]})
    data = uploaded_file.read(limits.max_bytes + 1)
    check_bytes(data, getattr(uploaded_file, "name", "") or "", field=field)
    return data


def check_bytes(data: bytes, name: str, field: str = "file") -> None:
    """Refuse (ValidationError naming the limit) a file too large or a zip that unpacks too far."""
    if not data:
        raise ValidationError({field: ["Tệp rỗng."]})
    try:
        check_upload(data, name, upload_limits())
    except LimitExceeded as exc:
        raise limit_error(exc, field) from exc
