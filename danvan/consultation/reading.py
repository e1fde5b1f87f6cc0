"""Reading an uploaded draft (.docx, .odt, .md, .txt) into paragraphs, each with the heading level its
file's own markup gives (Word heading styles, ODF outline levels, Markdown #), or None.

The numbering in the text is what `splitting` relies on; the markup only helps where the numbering is
missing. Every read goes through the upload limits (size, zip shape, paragraphs, characters).
"""

from __future__ import annotations

import io
import re
import zipfile

from django.core.exceptions import ValidationError

from danvan.core.uploads import check_bytes, upload_limits
from danvan.documents.limits import Counter, LimitExceeded
from danvan.textmine.encodings import decode_bytes

FORMATS = (".docx", ".odt", ".md", ".txt")
Para = tuple[str, int | None]
_HEADING_STYLE = re.compile(r"^(?:heading|tiêu đề|title)\s*(\d)?$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def read_draft(data: bytes, filename: str) -> list[Para]:
    """The paragraphs of a draft file; a ValidationError in Vietnamese for a file that cannot be read."""
    name = (filename or "").lower()
    if not name.endswith(FORMATS):
        raise ValidationError({"file": ["Chỉ nhận tệp .docx, .odt, .md hoặc .txt."]})
    check_bytes(data, name)
    counter = Counter(upload_limits())
    try:
        if name.endswith(".docx"):
            paras = _docx(data, counter)
        elif name.endswith(".odt"):
            paras = _odt(data, counter)
        else:
            paras = _plain(data, counter, markdown=name.endswith(".md"))
    except LimitExceeded as exc:
        raise ValidationError({"file": [exc.message]}) from exc
    except ValidationError:
        raise
    except Exception as exc:  # parsers raise many kinds of errors on broken files
        raise ValidationError({"file": ["Tệp bị hỏng hoặc không đúng định dạng; vui lòng mở tệp, lưu lại rồi "
                                        "tải lên lần nữa."]}) from exc
    paras = [(" ".join(t.split()), level) for t, level in paras]
    paras = [(t, level) for t, level in paras if t]
    if not paras:
        raise ValidationError({"file": ["Tệp không có nội dung."]})
    return paras


def _docx(data: bytes, counter: Counter) -> list[Para]:
    import docx
    from docx.oxml.ns import qn

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValidationError({"file": ["Tệp .docx không hợp lệ (tệp .doc cũ cần lưu lại thành .docx)."]})
    document = docx.Document(io.BytesIO(data))
    styles = {s.style_id: s.name or "" for s in document.styles}
    out: list[Para] = []
    for p in document.element.body.iterchildren(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        counter.paragraph(text)
        style_id = p.pPr.pStyle.val if p.pPr is not None and p.pPr.pStyle is not None else ""
        match = _HEADING_STYLE.match(styles.get(style_id, style_id) or "")
        out.append((text, (int(match.group(1) or 1) if match else None)))
    return out


def _odt(data: bytes, counter: Counter) -> list[Para]:
    from lxml import etree

    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        content = archive.read("content.xml")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(content, parser)
    out: list[Para] = []
    for el in root.iter(f"{{{text_ns}}}h", f"{{{text_ns}}}p"):
        text = "".join(el.itertext())
        counter.paragraph(text)
        level = el.get(f"{{{text_ns}}}outline-level") if el.tag.endswith("}h") else None
        out.append((text, int(level) if level and level.isdigit() else (1 if el.tag.endswith("}h") else None)))
    return out


def _plain(data: bytes, counter: Counter, *, markdown: bool) -> list[Para]:
    text, _encoding = decode_bytes(data)
    out: list[Para] = []
    for line in text.splitlines():
        counter.paragraph(line)
        match = _MD_HEADING.match(line.strip()) if markdown else None
        if match:
            out.append((match.group(2).strip().strip("*"), len(match.group(1))))
        else:
            out.append((line.strip().lstrip("-* ").replace("**", "") if markdown else line, None))
    return out
