"""Reading report files (.txt, .docx, .html, .pdf) into clean Unicode text."""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from danvan.documents.limits import Counter, LimitExceeded, UploadLimits, check_pdf_pages, check_upload

from .encodings import decode_bytes, fix_legacy, from_tcvn3, from_vni
from .textutil import fold, normalize

MAX_BYTES = 50 * 1024 * 1024


class ReadError(Exception):
    """A file that cannot be read; the message is for the user (Vietnamese)."""


@dataclass
class Document:
    text: str
    source: str
    kind: str  # txt | docx | html | pdf
    encoding: str = "utf-8"
    title: str | None = None
    published: str | None = None  # ISO date given by the file's metadata (HTML meta tags)
    notes: list[str] = field(default_factory=list)


def read_file(path: str | Path) -> Document:
    """Read one file and return its text, cleaned of page furniture. Raises ReadError."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ReadError("không tìm thấy tệp" if not path.exists() else "không phải là tệp")
        if path.stat().st_size > MAX_BYTES:
            raise ReadError("tệp quá lớn (trên 50 MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"không mở được tệp ({exc.strerror or exc})") from exc
    return read_bytes(data, path.name)

KIND_NAMES = {"pdf": "tệp PDF", "docx": "tệp Word (.docx)", "html": "tệp HTML", "txt": "tệp văn bản"}


def read_bytes(data: bytes, name: str = "", limits: UploadLimits | None = None) -> Document:
    """Read a file's bytes. With `limits`, a file beyond them raises LimitExceeded before it is read
    whole (size, zip members) or as soon as the reading passes one (paragraphs, characters, cells, pages)."""
    if limits is not None:
        check_upload(data, name, limits)
    counter = Counter(limits) if limits is not None else None
    kind = _sniff(data, name)
    try:
        if kind == "docx":
            doc = _read_docx(data, name, counter)
        elif kind == "pdf":
            doc = _read_pdf(data, name, limits)
        elif kind == "html":
            doc = _read_html(data, name)
        else:
            text, enc = decode_bytes(data)
            doc = Document(text=text, source=name, kind="txt", encoding=enc)
    except (ReadError, LimitExceeded):
        raise
    except Exception as exc:  # parsers raise many kinds of errors on broken files
        # The parser's error name ("PdfStreamError") means nothing to a reporter: it goes to the log only.
        logging.getLogger(__name__).info("unreadable %s file %r: %s", kind, name, type(exc).__name__)
        raise ReadError(f"{KIND_NAMES.get(kind, 'tệp')} bị hỏng hoặc không đúng định dạng; "
                        "vui lòng mở tệp, lưu lại rồi tải lên lần nữa") from exc
    if counter is not None and kind != "docx":
        counter.chars = len(doc.text)
        counter._chars()
    doc.text = strip_clutter(normalize(doc.text))
    return doc


def _sniff(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    head = data[:1024].lstrip()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        return "pdf"
    if data.startswith(b"PK\x03\x04") or suffix == ".docx":
        return "docx"
    if suffix in (".html", ".htm", ".xhtml") or re.match(
        rb"(?i)(<!doctype html|<html|<\?xml[^>]*>\s*<html)", head
    ):
        return "html"
    return "txt"


def _read_docx(data: bytes, name: str, counter: Counter | None = None) -> Document:
    """The paragraphs and table rows of the body, in order, in one pass (linear in the document's size)."""
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError("tệp .docx không phải là tệp Word hợp lệ (tệp .doc cũ cần lưu lại thành .docx)")
    document = docx.Document(io.BytesIO(data))
    fonts = _StyleFonts(document)
    lines: list[str] = []
    body = document.element.body
    p_tag, tbl_tag = qn("w:p"), qn("w:tbl")
    for element in body.iterchildren(p_tag, tbl_tag):
        if element.tag == p_tag:
            text = _paragraph_text(Paragraph(element, document), fonts)
            if counter is not None:
                counter.paragraph(text)
            lines.append(text)
        else:
            lines.extend(_table_lines(element, document, fonts, counter))
    title = (document.core_properties.title or "").strip() or None
    return Document(text="\n".join(lines), source=name, kind="docx", title=title)


class _StyleFonts:
    """The font of each paragraph style, looked up once per style (python-docx searches every style of
    the document on each `paragraph.style`, which made reading a long document slow)."""

    def __init__(self, document):
        self.document = document
        self.cache: dict[str | None, str | None] = {}

    def __call__(self, paragraph) -> str | None:
        style_id = paragraph._p.style
        if style_id not in self.cache:
            try:
                style = paragraph.style
                self.cache[style_id] = style.font.name if style is not None else None
            except (AttributeError, KeyError):
                self.cache[style_id] = None
        return self.cache[style_id]


def _table_lines(tbl, document, fonts: _StyleFonts, counter: Counter | None) -> list[str]:
    """One line per row, cells joined by " | "; a merged cell is given once per row, as Word shows it.

    Rows are walked directly: python-docx's `row.cells` resolves a vertically merged cell by walking up
    to its first row, again for every row below it (quadratic in a long merged column).
    """
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    p_tag = qn("w:p")
    above: dict[int, str] = {}  # grid column → text of the cell above, for vertically merged cells
    lines = []
    for tr in tbl.tr_lst:
        cells: list[str] = []
        column = tr.grid_before
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                text = above.get(column, "")
            else:
                text = " ".join(_paragraph_text(Paragraph(p, document), fonts)
                                for p in tc.iterchildren(p_tag)).strip()
            if counter is not None:
                counter.cell(text)
            above[column] = text
            column += tc.grid_span
            if not cells or text != cells[-1]:  # merged cells repeat
                cells.append(text)
        lines.append(" | ".join(cells))
    return lines


def _paragraph_text(paragraph, fonts: _StyleFonts | None = None) -> str:
    from docx.text.run import Run

    style_font = fonts(paragraph) if fonts is not None else None
    parts: list[str] = []
    for item in paragraph.iter_inner_content():
        runs = [item] if isinstance(item, Run) else list(getattr(item, "runs", []))
        for run in runs:
            font = (run.font.name or style_font or "").strip()
            text = run.text
            if font.lower().startswith(".vn"):
                text = from_tcvn3(text)
            elif font.upper().startswith("VNI"):
                text = from_vni(text)
            parts.append(text)
    return fix_legacy("".join(parts))[0]


_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "svg",
    "select",
    "template",
    "header",
)
_CLUTTER_ATTR = re.compile(
    r"menu|nav|share|social|breadcrumb|footer|sidebar|related|tin-?khac|other-?news|comment|counter|visit|"
    r"thong-?ke|banner|advert|\bads?\b|popup|tags?\b|toolbar|print|widget|most-?view|xem-?nhieu|login|search",
    re.I,
)
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "ul",
    "ol",
    "dd",
    "dt",
    "figcaption",
    "pre",
    "td",
    "th",
}


def _read_html(data: bytes, name: str) -> Document:
    import lxml.html

    text0, _enc = decode_bytes(data)
    root = lxml.html.document_fromstring(text0)
    meta_date = None
    for meta in root.iter("meta"):
        prop = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if prop in ("article:published_time", "datepublished", "pubdate", "date", "dc.date.issued"):
            match = re.match(r"(\d{4})-(\d{2})-(\d{2})", meta.get("content") or "")
            if match:
                meta_date = match.group(0)
                break
    title_el = root.find(".//h1")
    title = title_el.text_content().strip() if title_el is not None else None
    if not title:
        t = root.find(".//title")
        title = t.text_content().strip() if t is not None else None
    for el in list(root.iter(*_DROP_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        attrs = " ".join(filter(None, (el.get("class"), el.get("id"), el.get("role"))))
        if attrs and _CLUTTER_ATTR.search(attrs) and el.tag not in ("body", "html", "article", "main"):
            _drop(el)
    body = _main_content(root)
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag in ("td", "th"):
                el.tail = " | " + (el.tail or "").lstrip("\n")
    text = body.text_content()
    if title and not text.lstrip().startswith(title[:30]):
        text = title + "\n" + text
    return Document(text=text, source=name, kind="html", title=title, published=meta_date)


def _drop(el) -> None:
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


def _main_content(root):
    best = None
    for el in root.iter("article", "main"):
        best = el if best is None or len(el.text_content()) > len(best.text_content()) else best
    if best is None:
        for el in root.iter("div", "section"):
            attrs = (el.get("class") or "") + " " + (el.get("id") or "")
            wanted = re.search(r"content|detail|article|entry|post|body|noi-?dung|chi-?tiet", attrs, re.I)
            if wanted and (best is None or len(el.text_content()) > len(best.text_content())):
                best = el
    if best is None:
        body = root.find(".//body")
        best = body if body is not None else root
    return best


def _read_pdf(data: bytes, name: str, limits: UploadLimits | None = None) -> Document:
    import io

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ReadError("tệp PDF được bảo vệ bằng mật khẩu")
    if limits is not None:
        check_pdf_pages(len(reader.pages), limits)
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < 20:
        raise ReadError("tệp PDF không có lớp văn bản (bản quét cần nhận dạng ký tự trước)")
    return Document(text=fix_legacy(text)[0], source=name, kind="pdf")


# Page furniture: whole lines that are never part of a report.
_CLUTTER_LINE = re.compile(
    r"^(?:hom nay|hom qua|tong truy cap|dang truy cap|dang online|truc tuyen|luot truy cap|luot xem|"
    r"so luot xem|tuan nay|thang nay|thong ke truy cap|chia se|share|tweet|facebook|zalo|in bai|"
    r"gui cho ban be|gui email|binh luan|y kien ban doc|trang chu|ve dau trang|quay lai|len dau trang|"
    r"tags?|tu khoa|ban quyen|copyright|©|like|theo doi|dang nhap|tim kiem|xem them|doc them|"
    r"cap nhat luc|luot thich|so lan doc|luot doc|font size|co chu|a\+|a-)\b.{0,40}$"
)
_TAIL_MARK = re.compile(
    r"^(?:tin khac|cac tin khac|tin lien quan|tin cung chuyen muc|xem nhieu nhat|doc nhieu nhat|"
    r"bai viet lien quan|tin moi nhat|tin moi|tin moi hon|tin cu hon|cac bai viet khac|tin bai khac)\s*:?$"
)


_HAS_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")  # "Cập nhật lúc 15:20 ngày 14/04/2012" is the date line


def strip_clutter(text: str) -> str:
    """Drop menus, share buttons, visit counters and the 'Tin khác' tail of a copied web page."""
    lines = text.split("\n")
    folded = fold(text).split("\n")  # folding keeps lengths and line ends: one pass for all lines
    kept: list[str] = []
    for idx, line in enumerate(lines):
        key = folded[idx].strip()
        if _TAIL_MARK.match(key) and idx >= len(lines) * 0.3:
            break
        if _TAIL_MARK.match(key) or (
            _CLUTTER_LINE.match(key) and len(line) < 60 and not _HAS_DATE.search(key)
        ):
            continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
