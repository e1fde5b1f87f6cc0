"""Splitting a draft's paragraphs into a tree of pieces by Vietnamese numbering.

Recognised headings, outermost first: Phần (I, thứ nhất, 1), Chương (I, 1), Mục (1, I), a Roman numeral
heading "I." / "II-" (political reports), Điều 5., khoản "1.", điểm "a)". A paragraph the file marks as a
heading (Word style, ODF outline, Markdown #) without such numbering becomes a piece of its marked level.
Each piece's code is the path of labels from the top ("Chương II › Điều 5 › khoản 2"): the same numbering
gives the same code in every version, which is how versions are mapped first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from danvan.consultation.choices import Level

_ROMAN = r"[IVXLC]+"
_SEP = r"\s*[.:\-–—)]?\s*"
_ORDINALS = r"thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
RULES: list[tuple[int, re.Pattern[str], str]] = [
    (Level.PART, re.compile(rf"^phần\s+({_ORDINALS}|{_ROMAN}|\d+)\b{_SEP}(.*)$", re.IGNORECASE), "Phần {}"),
    (Level.CHAPTER, re.compile(rf"^chương\s+({_ROMAN}|\d+)\b{_SEP}(.*)$", re.IGNORECASE), "Chương {}"),
    (Level.SECTION, re.compile(rf"^mục\s+({_ROMAN}|\d+)\b{_SEP}(.*)$", re.IGNORECASE), "Mục {}"),
    (Level.SECTION, re.compile(rf"^({_ROMAN})\s*[.\-–—]\s*(.+)$"), "{}"),
    (Level.ARTICLE, re.compile(rf"^điều\s+(\d+[a-z]?)\b{_SEP}(.*)$", re.IGNORECASE), "Điều {}"),
    (Level.CLAUSE, re.compile(r"^(\d{1,3})\.\s+(\S.*)$"), "khoản {}"),
    (Level.POINT, re.compile(r"^([a-zđ])\)\s*(\S.*)$"), "điểm {}"),
]
# Headings whose rest of line is a title; khoản and điểm carry their text on the line itself.
TITLED = {Level.PART, Level.CHAPTER, Level.SECTION, Level.ARTICLE}
SEPARATOR = " › "


@dataclass
class PieceData:
    label: str
    title: str
    level: int
    parent: int | None  # index into the list
    text_lines: list[str] = field(default_factory=list)
    code: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.text_lines)


def heading(text: str, styled_level: int | None) -> tuple[int, str, str] | None:
    """(level, label, title) when the paragraph opens a piece."""
    for level, pattern, label in RULES:
        match = pattern.match(text)
        if match:
            number = match.group(1)
            if label == "{}" and len(number) > 6:
                continue
            number = number.upper() if re.fullmatch(_ROMAN, number, re.IGNORECASE) else number.lower()
            return level, label.format(number), match.group(2).strip()
    if styled_level is not None and len(text) <= 300:
        return min(max(styled_level, 1), Level.ARTICLE), text[:100], text
    return None


def split_paragraphs(paragraphs: list[tuple[str, int | None]]) -> list[PieceData]:
    """The pieces in document order, each with its parent's index and a unique code within the draft."""
    pieces: list[PieceData] = []
    stack: list[int] = []
    preamble: list[str] = []
    for text, styled in paragraphs:
        found = heading(text, styled)
        if found is None:
            (pieces[stack[-1]].text_lines if stack else preamble).append(text)
            continue
        level, label, title = found
        while stack and pieces[stack[-1]].level >= level:
            stack.pop()
        piece = PieceData(label=label, title=title if level in TITLED or styled else "", level=level,
                          parent=stack[-1] if stack else None)
        if level not in TITLED and not styled:
            piece.text_lines.append(title)
        pieces.append(piece)
        stack.append(len(pieces) - 1)
    if preamble:
        intro = PieceData(label="Phần mở đầu", title="Phần mở đầu", level=Level.PART, parent=None,
                          text_lines=preamble)
        pieces = [intro] + [_shift(p) for p in pieces]
    seen: dict[str, int] = {}
    for piece in pieces:
        base = (pieces[piece.parent].code + SEPARATOR if piece.parent is not None else "") + piece.label
        seen[base] = seen.get(base, 0) + 1
        piece.code = base if seen[base] == 1 else f"{base} ({seen[base]})"
    return pieces


def _shift(piece: PieceData) -> PieceData:
    piece.parent = piece.parent + 1 if piece.parent is not None else None
    return piece
