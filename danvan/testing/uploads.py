"""Files built for upload tests and benchmarks: large or hostile Word files, zip bombs, many-page PDFs."""

from __future__ import annotations

import io
import zipfile

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_from_body(body_xml: str, *, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx whose body is `body_xml` (raw WordprocessingML, w: prefix)."""
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
                f"{body_xml}</w:body></w:document>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


def paragraphs_docx(count: int, text: str = "") -> bytes:
    """`count` paragraphs (empty ones by default): a few KB that used to take a worker for minutes."""
    paragraph = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" if text else "<w:p/>"
    return docx_from_body(paragraph * count)


def table_docx(rows: int, columns: int, *, merged_first_column: bool = False) -> bytes:
    """A table of `rows` × `columns` cells "r{row}c{col}"; the first column one vertical merge if asked."""
    out = []
    for r in range(rows):
        cells = []
        for c in range(columns):
            if merged_first_column and c == 0:
                merge = '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' if r == 0 else "<w:tcPr><w:vMerge/></w:tcPr>"
                text = "gộp" if r == 0 else ""
            else:
                merge, text = "", f"r{r}c{c}"
            cells.append(f"<w:tc>{merge}<w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>")
        out.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return docx_from_body(f"<w:tbl>{''.join(out)}</w:tbl>")


def zip_bomb(unpacked_bytes: int, *, name: str = "word/document.xml", members: int = 1) -> bytes:
    """A zip whose members unpack to `unpacked_bytes` of zeros each (a few KB on disk)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for k in range(members):
            archive.writestr(name if members == 1 else f"{k}/{name}", b"\0" * unpacked_bytes)
    return buffer.getvalue()


def many_members_zip(members: int) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for k in range(members):
            archive.writestr(f"p/{k}.xml", b"")
    return buffer.getvalue()


def pdf_pages(pages: int) -> bytes:
    """A PDF of `pages` blank pages."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
