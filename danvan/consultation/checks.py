"""Checking one comment as given (API, form, batch, a row of an .xlsx file) before anything is written."""

from __future__ import annotations

from dataclasses import dataclass

from danvan.consultation.choices import Channel, Stance

MAX_TEXT = 10000


@dataclass
class CommentInput:
    """One comment as given (API, form, a row of a file), before validation."""

    stance: str
    text: str = ""
    piece: object = None
    name: str = ""
    group: str = "khac"
    area: str = ""
    contact: str = ""
    channel: str = Channel.STAFF
    anonymous: bool = False


def check_input(consultation, data: CommentInput, *, pieces: dict,
                groups: dict) -> tuple[dict, dict]:
    """(cleaned fields, errors by field) of one comment; nothing written."""
    errors: dict = {}
    if data.stance not in Stance.values:
        errors.setdefault("stance", []).append(f"Ý kiến phải là một trong: {', '.join(Stance.values)}.")
    text = (data.text or "").strip()
    if len(text) > MAX_TEXT:
        errors.setdefault("text", []).append(f"Nội dung dài quá {MAX_TEXT} ký tự.")
    if not text and data.stance == Stance.OTHER:
        errors.setdefault("text", []).append("Ý kiến khác cần có nội dung.")
    piece = None
    if data.piece not in (None, ""):
        piece_id = getattr(data.piece, "pk", data.piece)
        piece = pieces.get(piece_id) if isinstance(piece_id, int) else None
        if piece is None:
            errors.setdefault("piece", []).append("Phần dự thảo không thuộc dự thảo này.")
    group = groups.get(str(data.group or ""))
    if group is None:
        errors.setdefault("group", []).append(f"Nhóm người góp ý “{data.group}” không có "
                                              f"(chọn một trong: {', '.join(groups)}).")
    if data.channel not in Channel.values:
        errors.setdefault("channel", []).append(f"Kênh phải là một trong: {', '.join(Channel.values)}.")
    for name, limit in (("name", 200), ("area", 200), ("contact", 200)):
        if len((getattr(data, name) or "").strip()) > limit:
            errors.setdefault(name, []).append(f"Dài quá {limit} ký tự.")
    cleaned = {"piece": piece, "stance": data.stance, "text": text, "commenter_name": (data.name or "").strip(),
               "commenter_group": group, "area": (data.area or "").strip(), "contact": (data.contact or "").strip(),
               "channel": data.channel, "anonymous": bool(data.anonymous)}
    return cleaned, errors


