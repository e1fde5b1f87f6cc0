"""What an uploaded file may expand to, checked before and while it is read.

A small file can unpack to gigabytes (a zip bomb) or hold hundreds of thousands of empty paragraphs,
rows or pages; each would tie up a worker. Every upload path (Word import, Excel upload, PDF,
attachments) checks the same `UploadLimits`. This module is a plain library: the numbers are passed
in (Django code builds them from settings with `danvan.core.uploads.upload_limits()`), and a breach
raises `LimitExceeded` whose message is Vietnamese and names the limit.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

ZIP_FORMATS = (".docx", ".xlsx", ".pptx", ".odt", ".ods")


@dataclass(frozen=True)
class UploadLimits:
    """Upper bounds of one upload; the defaults are the documented ones (docs/operations.md)."""

    max_bytes: int = 10 * 1024 * 1024
    zip_members: int = 1_000
    zip_member_bytes: int = 50 * 1024 * 1024
    zip_total_bytes: int = 200 * 1024 * 1024
    zip_ratio: int = 200  # uncompressed / compressed, per member of any size worth checking
    word_paragraphs: int = 20_000
    word_chars: int = 2_000_000
    word_table_cells: int = 50_000
    excel_rows: int = 5_000
    excel_columns: int = 500
    excel_cells: int = 1_000_000
    pdf_pages: int = 500


class LimitExceeded(Exception):
    """An upload beyond one limit; `message` is for the user, `limit` names the setting."""

    def __init__(self, message: str, limit: str):
        super().__init__(message)
        self.message = message
        self.limit = limit


def figure(n: int) -> str:
    """12345 → "12.345" (the Vietnamese thousands separator), without importing Django."""
    return f"{n:,}".replace(",", ".")


_MB = 1024 * 1024


def size_label(n: int) -> str:
    """10485760 → "10 MB"; below a megabyte, in KB."""
    return f"{figure(n // _MB)} MB" if n >= _MB else f"{figure(max(1, n // 1024))} KB"


def check_size(size: int, limits: UploadLimits) -> None:
    if size > limits.max_bytes:
        raise LimitExceeded(f"Tệp quá lớn: tối đa {size_label(limits.max_bytes)}.", "max_bytes")


# Members smaller than this are not held to the ratio: tiny XML parts compress very well legitimately.
_RATIO_FLOOR = 1024 * 1024


def check_zip(data: bytes, limits: UploadLimits) -> None:
    """Refuse an archive whose members, their sizes or their compression ratio exceed the limits.

    Reads only the central directory (the sizes it declares); `guarded_zip` enforces them while
    a member is actually unpacked, since a forged directory can lie.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return  # not a zip: the format's reader says so in its own words
    if len(infos) > limits.zip_members:
        raise LimitExceeded(f"Tệp nén có quá nhiều thành phần: tối đa {figure(limits.zip_members)}.",
                            "zip_members")
    total = 0
    for info in infos:
        if info.file_size > limits.zip_member_bytes:
            raise LimitExceeded(f"Một thành phần của tệp quá lớn khi giải nén: tối đa "
                                f"{size_label(limits.zip_member_bytes)}.", "zip_member_bytes")
        if info.file_size > _RATIO_FLOOR and info.file_size > limits.zip_ratio * max(info.compress_size, 1):
            raise LimitExceeded(f"Tệp nén bất thường (tỉ lệ nén trên {figure(limits.zip_ratio)} lần); "
                                "không đọc tệp này.", "zip_ratio")
        total += info.file_size
    if total > limits.zip_total_bytes:
        raise LimitExceeded(f"Tệp quá lớn khi giải nén: tối đa {size_label(limits.zip_total_bytes)}.",
                            "zip_total_bytes")


def check_upload(data: bytes, name: str, limits: UploadLimits) -> None:
    """Size of the file and, for a zip-based format, its unpacked shape."""
    check_size(len(data), limits)
    if data[:4] == b"PK\x03\x04" or name.lower().endswith(ZIP_FORMATS):
        check_zip(data, limits)


class Counter:
    """Counts what a reader produces and stops it at the first limit passed (no half-read result)."""

    def __init__(self, limits: UploadLimits):
        self.limits = limits
        self.paragraphs = self.chars = self.cells = 0

    def paragraph(self, text: str) -> None:
        self.paragraphs += 1
        self.chars += len(text)
        if self.paragraphs > self.limits.word_paragraphs:
            raise LimitExceeded(f"Văn bản có quá nhiều đoạn: tối đa {figure(self.limits.word_paragraphs)} đoạn.",
                                "word_paragraphs")
        self._chars()

    def cell(self, text: str) -> None:
        self.cells += 1
        self.chars += len(text)
        if self.cells > self.limits.word_table_cells:
            raise LimitExceeded(f"Văn bản có quá nhiều ô bảng: tối đa {figure(self.limits.word_table_cells)} ô.",
                                "word_table_cells")
        self._chars()

    def _chars(self) -> None:
        if self.chars > self.limits.word_chars:
            raise LimitExceeded(f"Văn bản quá dài: tối đa {figure(self.limits.word_chars)} ký tự.", "word_chars")


def check_pdf_pages(pages: int, limits: UploadLimits) -> None:
    if pages > limits.pdf_pages:
        raise LimitExceeded(f"Tệp PDF có quá nhiều trang: tối đa {figure(limits.pdf_pages)} trang.", "pdf_pages")


def check_sheet(rows: int, columns: int, limits: UploadLimits) -> None:
    """The declared or counted size of one worksheet."""
    if rows > limits.excel_rows:
        raise LimitExceeded(f"Bảng tính có quá nhiều dòng: tối đa {figure(limits.excel_rows)} dòng.", "excel_rows")
    if columns > limits.excel_columns:
        raise LimitExceeded(f"Bảng tính có quá nhiều cột: tối đa {figure(limits.excel_columns)} cột.",
                            "excel_columns")
    if rows * columns > limits.excel_cells:
        raise LimitExceeded(f"Bảng tính có quá nhiều ô: tối đa {figure(limits.excel_cells)} ô.", "excel_cells")
