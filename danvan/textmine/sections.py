"""Splitting a narrative report into its sections by headings (I-, II-, 1., a) …)."""

from __future__ import annotations

import re

from .textutil import fold

HEADING = re.compile(
    r"^(?:(?P<roman>[IVXLC]{1,5})\s*[-.–/)]|(?P<part>Phần\s+(?:thứ\s+\w+|[IVXLC\d]+))\s*[:.-]?"
    r"|(?P<arabic>\d{1,2})\s*[.)-](?!\d)|(?P<letter>[a-zđ])\s*\))\s*(?P<title>\S.{0,150})$",
    re.I,
)
_CODES = [
    ("HC", r"han che|ton tai|khuyet diem|yeu kem|kho khan, vuong mac|nguyen nhan"),
    ("KN", r"kien nghi|de xuat|de nghi"),
    ("NV", r"nhiem vu|phuong huong|giai phap|ke hoach|trong tam"),
    ("TT", r"tinh hinh nhan dan|tu tuong|tam trang|du luan|tinh hinh"),
    ("KQ", r"ket qua|danh gia|cong tac|hoat dong"),
]


def section_code(title: str) -> str | None:
    folded = fold(title)
    for code, pattern in _CODES:
        if re.search(pattern, folded):
            return code
    return None


def split_sections(text: str) -> list[dict]:
    """Sections as {"code": KQ|TT|HC|NV|KN|None, "heading", "level", "text"}; level 1 = I-, 2 = 1., 3 = a)."""
    sections: list[dict] = []
    current = {"code": None, "heading": "", "level": 0, "lines": []}
    parent_code: dict[int, str | None] = {}
    for line in text.split("\n"):
        m = HEADING.match(line.strip())
        if m and _looks_like_heading(m, line):
            level = 1 if (m.group("roman") or m.group("part")) else 2 if m.group("arabic") else 3
            code = section_code(m.group("title"))
            if (
                code is None
                or level > 1
                and parent_code.get(level - 1)
                and code != parent_code.get(level - 1)
            ):
                inherited = next(
                    (parent_code[k] for k in range(level - 1, 0, -1) if parent_code.get(k)), None
                )
                code = code if level == 1 or inherited is None else inherited
            parent_code[level] = code
            for deeper in [k for k in parent_code if k > level]:
                del parent_code[deeper]
            sections.append(current)
            current = {"code": code, "heading": line.strip(), "level": level, "lines": []}
            continue
        current["lines"].append(line)
    sections.append(current)
    out = []
    for s in sections:
        body = "\n".join(s["lines"]).strip()
        if s["heading"] or body:
            out.append({"code": s["code"], "heading": s["heading"], "level": s["level"], "text": body})
    return out


def _looks_like_heading(m: re.Match[str], line: str) -> bool:
    title = m.group("title")
    if m.group("roman") or m.group("part"):
        return True
    # "1. Nhìn chung, ..." is a numbered paragraph; a heading is short or written in capitals.
    return len(title) <= 90 and not title.rstrip().endswith((".", ";")) or title.isupper()
