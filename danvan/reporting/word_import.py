"""Reading a Word, text, HTML or PDF report into a proposed draft: narrative sections by their headings,
figures proposed for the indicators by the noun they count, each with its source sentence.

Nothing is saved here: the reporter confirms (or corrects) the proposal, which is then written through
the ordinary submission services.
"""

import io
import re
import zipfile

from django.core.exceptions import ValidationError

from danvan.core.text import plain_number
from danvan.core.uploads import check_bytes, limit_error, upload_limits
from danvan.documents.limits import LimitExceeded, figure
from danvan.textmine import ReadError, map_indicators, split_sections
from danvan.textmine.readers import Document, read_bytes

MAX_BYTES = 10 * 1024 * 1024  # the default of settings.UPLOAD_MAX_BYTES, for callers that pre-check the size
# The check page shows at most this many source sentences per indicator and unmatched headings, with
# a count of the others: a file repeating one figure thousands of times must not give a page of megabytes.
EVIDENCE_SHOWN = 5
UNMATCHED_SHOWN = 50


_PARAGRAPH = re.compile(rb"<w:p[ >/]")


def paragraph_estimate(data: bytes, filename: str) -> int:
    """About how many paragraphs a file holds, without reading it (decides whether the worker reads it).

    Call after the upload limits were checked: a .docx's body is unpacked, within those limits."""
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                return len(_PARAGRAPH.findall(archive.read("word/document.xml")))
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            return 0  # the reader says what is wrong with it
    return data.count(b"\n") + 1


def needs_worker(data: bytes, filename: str) -> bool:
    """Whether a file is long enough to be read by the task worker (WORD_IMPORT_ASYNC_PARAGRAPHS); a file
    over the paragraph limit is refused at once rather than queued."""
    from django.conf import settings

    check_bytes(data, filename)
    estimate = paragraph_estimate(data, filename)
    limits = upload_limits()
    if estimate > limits.word_paragraphs:
        raise limit_error(LimitExceeded(f"Văn bản có quá nhiều đoạn: tối đa {figure(limits.word_paragraphs)} đoạn.",
                                        "word_paragraphs"))
    return estimate > settings.WORD_IMPORT_ASYNC_PARAGRAPHS


def read_document(data: bytes, filename: str) -> Document:
    """The file's text within the upload limits; ValidationError (Vietnamese, naming the limit) otherwise."""
    check_bytes(data, filename)
    try:
        return read_bytes(data, filename, upload_limits())
    except LimitExceeded as exc:
        raise limit_error(exc) from exc
    except ReadError as exc:
        raise ValidationError({"file": [f"Không đọc được tệp {filename[:200]}: {exc}"]}) from exc


def propose_draft(data: bytes, filename: str, form) -> dict:
    """{"source", "sections": {code: text}, "values": {code: number}, "evidence": {code: [...]},
    "evidence_more": {code: n}, "unmatched_sections", "unmatched_more"}."""
    return propose_from_document(read_document(data, filename), filename, form)


def propose_from_document(doc: Document, filename: str, form) -> dict:
    """The proposal of an already read document (the background task reads, then proposes)."""
    section_codes = set(form.sections.values_list("code", flat=True))
    sections: dict[str, list[str]] = {}
    unmatched = []
    for part in split_sections(doc.text):
        if not part["text"] and not part["heading"]:
            continue
        if part["code"] in section_codes:
            body = part["text"] if part["level"] <= 1 or not part["heading"] else f"{part['heading']}\n{part['text']}"
            sections.setdefault(part["code"], []).append(body.strip())
        elif part["heading"]:
            unmatched.append(part["heading"][:200])
    indicator_codes = set(form.form_indicators.values_list("indicator__code", flat=True))
    evidence: dict[str, list[dict]] = {}
    more: dict[str, int] = {}
    for proposal in map_indicators(doc.text):
        code = proposal["indicator"]
        if code not in indicator_codes:
            continue
        if len(evidence.get(code, ())) >= EVIDENCE_SHOWN:
            more[code] = more.get(code, 0) + 1
            continue
        quantity = proposal["quantity"]
        evidence.setdefault(code, []).append({
            "value": plain_number(proposal["value"]), "text": quantity.get("text", ""),
            # The whole sentence, cut by textmine's splitter (not inside "42.500.000" nor after "TP.").
            "qualifier": quantity.get("qualifier", "exact"), "sentence": proposal["sentence"],
        })
    # Several mentions of one indicator are often the same figure repeated (summary and detail):
    # propose the first and show every candidate for the reporter to choose.
    values = {code: found[0]["value"] for code, found in evidence.items()}
    return {
        "source": filename[:200],
        "sections": {code: "\n\n".join(texts) for code, texts in sections.items()},
        "values": values, "evidence": evidence, "evidence_more": more,
        "unmatched_sections": unmatched[:UNMATCHED_SHOWN], "unmatched_more": max(0, len(unmatched) - UNMATCHED_SHOWN),
    }
