"""Reading a Word, text, HTML or PDF report into a proposed draft: narrative sections by their headings,
figures proposed for the indicators by the noun they count, each with its source sentence.

Nothing is saved here: the reporter confirms (or corrects) the proposal, which is then written through
the ordinary submission services.
"""

from django.core.exceptions import ValidationError

from danvan.core.text import plain_number
from danvan.textmine import ReadError, map_indicators, split_sections
from danvan.textmine.readers import read_bytes

MAX_BYTES = 10 * 1024 * 1024


def propose_draft(data: bytes, filename: str, form) -> dict:
    """{"source", "sections": {code: text}, "values": {code: number}, "evidence": {code: [...]}, "unmatched_sections"}."""
    if len(data) > MAX_BYTES:
        raise ValidationError({"file": ["Tệp quá lớn (tối đa 10 MB)."]})
    if not data:
        raise ValidationError({"file": ["Tệp rỗng."]})
    try:
        doc = read_bytes(data, filename)
    except ReadError as exc:
        raise ValidationError({"file": [f"Không đọc được tệp {filename}: {exc}"]}) from exc
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
    for proposal in map_indicators(doc.text):
        code = proposal["indicator"]
        if code not in indicator_codes:
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
        "values": values, "evidence": evidence, "unmatched_sections": unmatched[:50],
    }
