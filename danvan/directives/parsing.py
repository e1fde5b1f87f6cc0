"""Reading text: a citation (or a document's own file) into a document's fields, a conference's conclusion (pasted
or an uploaded report) into its numbered tasks.

All go through `danvan.textmine` (its file readers, its document reader and its section splitter) within the
upload limits of `core.uploads`; the user confirms what is proposed, nothing is written here.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError

from danvan.core.text import fold
from danvan.core.uploads import limit_error, read_uploaded, upload_limits
from danvan.directives.choices import EXTERNAL_ISSUERS, DocType
from danvan.documents.limits import LimitExceeded
from danvan.textmine.dates import published_date
from danvan.textmine.documents import find_documents, own_document
from danvan.textmine.readers import ReadError, read_bytes
from danvan.textmine.sections import split_sections

MAX_TEXT = 100_000

_WORD_TYPE = {
    "nghi quyet": DocType.NQ, "chi thi": DocType.CT, "ket luan": DocType.KL, "quyet dinh": DocType.QD,
    "quy dinh": DocType.QD, "quy che": DocType.QC, "huong dan": DocType.HD, "ke hoach": DocType.KH,
    "de an": DocType.DA, "chuong trinh": DocType.CTR, "thong bao": DocType.TB, "cong van": DocType.CV,
}
_ABBREVIATIONS = {t.value: t for t in DocType} | {"QĐi": DocType.QD}
_ISSUERS = [("ban chap hanh trung uong", "Ban Chấp hành Trung ương"), ("bch trung uong", "Ban Chấp hành Trung ương"),
            ("bo chinh tri", "Bộ Chính trị"), ("ban bi thu", "Ban Bí thư"), ("quoc hoi", "Quốc hội"),
            ("thu tuong chinh phu", "Chính phủ"), ("chinh phu", "Chính phủ")]
assert {name for _, name in _ISSUERS} <= set(EXTERNAL_ISSUERS)


def _doc_type(word: str, symbol: str | None) -> str | None:
    for part in re.split(r"[-/]", symbol or ""):
        if part in _ABBREVIATIONS:
            return _ABBREVIATIONS[part].value
    return _WORD_TYPE.get(fold(word).lower()) if word else None


def _external(issuer: str | None) -> str:
    folded = fold(issuer or "").lower()
    return next((name for key, name in _ISSUERS if folded.startswith(key)), "")


def parse_citation(text: str) -> dict:
    """The fields of the first document cited in `text` ("Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp
    hành Trung ương Đảng về …"), and the reference of the document it implements when the text says so."""
    text = (text or "")[:MAX_TEXT]
    # "Chương trình hành động số 15-CTr/TU": the reader knows the type word without its qualifier.
    readable = re.sub(r"(?i)(chương trình)\s+hành động", r"\1", text)
    docs, _spans = find_documents(readable, None)
    numbered = [d for d in docs if d["number"]]
    if not numbered:
        return {"found": False}
    doc = numbered[0]
    symbol = doc["symbol"] or ""
    implements = _implemented(readable, numbered[1:])
    subject = (doc["title"] or _rest_of_sentence(readable, doc["text"])).strip(" .;,")
    return {
        "found": True,
        "type": _doc_type(doc["type"], symbol),
        "number": doc["number"],
        "symbol": symbol,
        "issued_on": doc["date"],
        "subject": subject[:1].upper() + subject[1:],
        "issuer": doc["issuer"] or "",
        "external_issuer": _external(doc["issuer"]),
        "implements_reference": implements,
        "text": doc["text"],
    }


def _implemented(text: str, docs: list[dict]) -> str | None:
    """The citation of the first document the text says it implements ("… thực hiện Nghị quyết số …")."""
    return next((d["text"] for d in docs if re.search(r"(?i)thực hiện\s+" + re.escape(d["text"][:12]), text)), None)


def read_upload(uploaded, field: str = "file") -> str:
    """The text of an uploaded file (.docx, .pdf, .txt, .html) read by textmine within the installation's upload
    limits; a Vietnamese ValidationError on `field` for a file too large, unreadable or without text."""
    data = read_uploaded(uploaded, field)
    name = (getattr(uploaded, "name", "") or "")[:200]
    try:
        text = read_bytes(data, name, upload_limits()).text
    except LimitExceeded as exc:
        raise limit_error(exc, field) from exc
    except ReadError as exc:
        raise ValidationError({field: [f"Không đọc được tệp {name}: {exc}"]}) from exc
    if not text.strip():
        raise ValidationError({field: [f"Tệp {name} không có chữ đọc được (có thể là bản scan)."]})
    return text[:MAX_TEXT]


def parse_document(text: str) -> dict:
    """The fields of a document read from its own file: the header's number line ("Số 45-KH/TU"), the date line,
    the type word and the subject under it, the issuer above; the document it implements from the body. A text
    without such a header is read as a citation (`parse_citation`)."""
    text = (text or "")[:MAX_TEXT]
    lines = text.split("\n")
    own, subject = own_document(lines, published_date(lines))
    if own is None:
        return parse_citation(text)
    symbol = own["symbol"] or ""
    readable = re.sub(r"(?i)(chương trình)\s+hành động", r"\1", text)
    docs, _spans = find_documents(readable, None)
    cited = [d for d in docs if d["number"] and not (d["number"] == own["number"] and (d["symbol"] or "") == symbol)]
    subject = re.sub(r"(?i)^(về|v/v)\s+", "", (subject or "").strip()).strip(" .;,")
    return {
        "found": True,
        "type": _doc_type(own["type"], symbol),
        "number": own["number"],
        "symbol": symbol,
        "issued_on": own["date"],
        "subject": subject[:1].upper() + subject[1:1000],
        "issuer": own["issuer"] or "",
        "external_issuer": _external(own["issuer"]),
        "implements_reference": _implemented(readable, cited),
        "text": own["text"],
    }


def _rest_of_sentence(text: str, cited: str) -> str:
    """What follows the citation up to the end of its sentence ("thực hiện Nghị quyết số …" is the subject of
    an implementing plan)."""
    at = text.find(cited)
    rest = text[at + len(cited):] if at >= 0 else ""
    rest = re.split(r"\n|[.;](?:\s|$)", rest.strip(" ,"))[0]
    return rest[:1000]


_ITEM = re.compile(r"(?:^|(?<=[\n;:.]))[ \t]*(\d{1,2})[ \t]*[.)/][ \t]+", re.M)


def _numbered_items(text: str) -> list[str]:
    """The longest run of items numbered 1, 2, 3… in `text` ("1. …; 2. …" inline or one per line)."""
    marks = list(_ITEM.finditer(text))
    best: list[tuple[int, int]] = []
    for i, m in enumerate(marks):
        if m.group(1) != "1":
            continue
        run, expected = [i], 2
        for j in range(i + 1, len(marks)):
            if int(marks[j].group(1)) == expected:
                run.append(j)
                expected += 1
        if len(run) > len(best):
            best = [(marks[k].end(), marks[run[n + 1]].start() if n + 1 < len(run) else len(text))
                    for n, k in enumerate(run)]
    items = []
    for n, (start, end) in enumerate(best):
        chunk = text[start:end]
        if n == len(best) - 1:  # the last item ends at a blank line or at the end of its sentence
            chunk = re.split(r"\n\s*\n|\.\s+(?=[A-ZĐÂĂÊÔƠƯ])", chunk)[0]
        chunk = " ".join(chunk.split()).strip(" ;.,")
        if chunk:
            items.append(chunk[:500])
    return items


def propose_tasks(text: str) -> list[str]:
    """The numbered tasks a conclusion lists: in its "Nhiệm vụ…" section when there is one, else anywhere."""
    text = (text or "")[:MAX_TEXT]
    for section in split_sections(text):
        if section["code"] == "NV":
            items = _numbered_items(section["text"])
            if len(items) >= 2:
                return items
    items = _numbered_items(text)
    return items if len(items) >= 2 else []
