"""The headline and the lead of a copied web page or report: page furniture, captions and date lines skipped."""

from __future__ import annotations

import re

from .dates import date_line
from .readers import _CLUTTER_LINE
from .textutil import CREDIT_END, fold

# Lines a page prints around an article that are never its headline (folded, lower case).
_FURNITURE = re.compile(
    r"^(?:trang chu|you are here|ban dang (?:o|xem)\b|vi tri|home\b|anh\s*:|anh\b|\(anh|video\s*:|toan canh|quang canh|"
    r"cac dai bieu (?:du|tham du)|dai bieu (?:du|tham du)|luot xem|so luot|so lan doc|"
    r"[\d.,]+\s+(?:nguoi|luot)\s+(?:thich|theo doi|xem|chia se|binh luan)\b|"
    r"cong thong tin|trang thong tin|bao .{2,30} dien tu$|tin tuc$|tin hoat dong$|tin tuc\s*-?\s*su kien$|"
    r"tin moi(?: nhat)?$|tin noi bat$|hoat dong$|tin dia phuong$|chinh tri$|xa hoi$|"
    r"bao (?!cao\b|chi\b)\S+(?: \S+){0,4}$)"
)
# A site's name after the headline on the same line: "… - Báo Lào Cai điện tử", "… | Cổng TTĐT huyện X"
_SITE_SUFFIX = re.compile(
    r"\s+[-|–]\s+(?:Báo|Cổng|Trang|Tạp chí|Đài|Website|Cổng TTĐT|TTĐT|Tin tức)\b[^|]{0,60}$"
)


def without_site(line: str) -> str:
    return _SITE_SUFFIX.sub("", line)


_MENU_SEPARATORS = re.compile(r"[>»›|·]")
# "Đồng chí X phát biểu tại hội nghị." written as a caption line under a photo
_PERSON = r"^(?:dong chi|ong|ba)\s"  # a caption names the person first, by an honorific
_PHOTO_VERBS = "phat bieu|trao|tang|chuc mung|tham|kiem tra"  # what the person does in the photo
_CAPTION = re.compile(rf"{_PERSON}.{{2,60}}\s(?:{_PHOTO_VERBS})\b.{{0,80}}$")
# Under the date line, over the headline: a photo's caption that names the person with titles between commas, then
# what they do at the gathering the photo shows, which ends the line ("Đồng chí X, HUV, Trưởng Ban Dân vận Huyện ủy
# phát biểu tại hội nghị", "… kết luận hội nghị."); in the article such a sentence is no caption, so only there
_PERSON_CAPTION = re.compile(
    rf"{_PERSON}[^,]{{2,40}},.{{2,160}}\s(?:{_PHOTO_VERBS}|ket luan|chu tri|bao cao|quan triet|truyen dat|trao doi|chia se"
    r"|du)\b.{0,30}\b(?:hoi nghi|buoi (?:lam viec|le|gap mat|doi thoai)|le|lop (?:tap huan|boi duong)|dai hoi|chuong trinh)$"
)
_SHORT_SEGMENTS = 4  # words per segment of a slogan or menu "Đoàn kết - Dân chủ - Đồng thuận"


def _is_slogan(line: str) -> bool:
    """Short parts between dashes, or slashes with spaces around them: a slogan, a menu or a breadcrumb ("Đoàn kết -
    Dân chủ - Đồng thuận", "Thời sự / Chính trị")."""
    parts = [p.strip() for p in re.split(r"\s[-–/]\s", line)]
    return len(parts) >= 2 and all(
        0 < len(p.split()) <= _SHORT_SEGMENTS and not re.search(r"\d", p) for p in parts
    )


# A headline some sites print in capitals is a long line that names an event; a site's or body's name is short.
_CAPS_HEADLINE_WORDS = 7


# A body's name in capitals above the headline: "ỦY BAN MTTQ VIỆT NAM TỈNH CÀ MAU", "HỘI NÔNG DÂN XÃ AN PHÚ"
# (a body's word first, its place last, no figure); a headline in capitals goes on after the place.
_CAPS_BODY_NAME = re.compile(
    r"^(?:uy ban|ubnd|ban|hoi|doan|dang uy|dang bo|tinh uy|thanh uy|huyen uy|mat tran|cong doan|lien doan|"
    r"lien hiep|so|phong)\b[^\d]*\b(?:tinh|thanh pho|tp|huyen|xa|phuong|thi xa|dac khu)\s+\S+(?:\s+\S+){0,3}$"
)


def _caps_furniture(line: str, key: str) -> bool:
    return (
        len(line.split()) < _CAPS_HEADLINE_WORDS
        or bool(re.match(r"^(?:cong|trang|bao|tap chi|dai|website|cổng)\b", key))
        or bool(_CAPS_BODY_NAME.match(key) and not _CAPS_EVENT_WORDS.search(key))
    )


# words of an event, which a body's name never holds: such a line in capitals is a headline
_CAPS_EVENT_WORDS = re.compile(
    r"\b(?:tong ket|so ket|to chuc|hoi nghi|trao|tham|doi thoai|phat dong|ra quan|ky ket|khai mac|be mac|"
    r"gap mat|tap huan|ho tro|ban giao|khanh thanh|chuc mung|bieu duong|tiep xuc|giam sat)\b"
)


def is_furniture(line: str) -> bool:
    """A line of page furniture: site name in capitals, breadcrumb, menu, slogan, caption, counter, date line."""
    s = line.strip()
    if not s or date_line(s) is not None:
        return True
    key = fold(s)
    if _CLUTTER_LINE.match(key) and len(s) < 60:
        return True
    letters = [c for c in s if c.isalpha()]
    return bool(
        (letters and s.upper() == s and _caps_furniture(s, key))
        or _MENU_SEPARATORS.search(s)
        or _FURNITURE.match(key)
        or _CAPTION.match(key.rstrip("."))
        or len(s) <= 200 and CREDIT_END.search(s)  # a caption closed by its photo credit: "… Ảnh: Lê Hoa"
        or _is_slogan(s)
    )


def _is_body(line: str) -> bool:
    """A paragraph of the article: long, and ending like a sentence or holding more than one ("Giao ban … quý III:
    Kịp thời nắm bắt, giải quyết những vấn đề nhân dân quan tâm", a headline of 110 characters, is none; nor one
    that ends on a campaign's name in quotes)."""
    end = line.rstrip()
    if end[-1:] in "\"”":
        end = end[:-1]  # a quotation closes a sentence only after its own full stop ('… "Dân vận khéo"' is a headline's)
    return len(line) >= 100 and (len(line) > 250 or end[-1:] in ".!?;:…" or ". " in line)


def headline(lines: list[str]) -> str | None:
    """The headline (see _headline), without the full stop some sites put after it."""
    found = _headline(lines)
    if found and found[0] == "[" and found[-1] == "]":
        found = found[1:-1].strip()  # "[TRAO 1.500 SUẤT QUÀ …]": a social page's headline in brackets
    return found[:-1] if found and found.endswith(".") and not found.endswith("..") else found


def _caption_under_date(line: str, head: list[tuple[int, str]]) -> bool:
    return date_line(head[-1][1]) is not None and bool(_PERSON_CAPTION.match(fold(line).rstrip(".")))


def _headline(lines: list[str]) -> str | None:
    """The headline: the first proper line after the page's last date line above the article, else the
    line standing right above the first paragraph (one that does not end like a sentence preferred)."""
    head: list[tuple[int, str]] = []
    for idx, line in enumerate(lines[:40]):
        s = without_site(line.strip())
        if not s:
            continue
        if _is_body(s) and head and not is_furniture(s) and not _caption_under_date(s, head):
            break  # the first paragraph (a long menu line is not one)
        head.append((idx, s))
    dated = [i for i, s in head if date_line(s) is not None]
    cands = [(i, s) for i, s in head if 8 <= len(s) <= 250 and not is_furniture(s)]
    if dated:
        after = [c for c in cands if c[0] > dated[-1]]
        if len(after) > 1 and after[0][0] == dated[-1] + 1 and _PERSON_CAPTION.match(fold(after[0][1]).rstrip(".")):
            after = after[1:]  # a caption between the date line and the headline
        before = [c for c in cands if c[0] < dated[-1]]
        # a sentence under the date line is the lead when a headline stands above the date line
        open_after = [c for c in after if not c[1].endswith(".")]
        if open_after:
            return open_after[0][1]
        if before:
            return before[-1][1]
        if after:
            return after[0][1]
    if cands:
        # no date line: the first proper line under the page's last furniture (site name, breadcrumb)
        furniture = [i for i, s in head if is_furniture(s)]
        below = [c for c in cands if not furniture or c[0] > furniture[-1]] or cands
        open_lines = [c for c in below if not c[1].endswith(".")]
        return (open_lines or below)[0][1]
    for _, s in head:
        if 8 <= len(s) <= 250 and date_line(s) is None and not re.match(r"^(?:Cập nhật|Thứ|Chủ nhật|\d)", s):
            return s
    return None
