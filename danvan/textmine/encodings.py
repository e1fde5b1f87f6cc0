"""Decoding of Vietnamese text: Unicode, Windows-1258 and the legacy TCVN3 (ABC) and VNI fonts.

Old Word files and the text copied out of them often hold Vietnamese typed with a legacy font: the
characters are Latin-1 symbols ("ViÖt Nam" in TCVN3, "Vieät Nam" in VNI) that only look right in
the .VnTime or VNI-Times font. We decode every plausible way and keep the reading that looks most
like Vietnamese.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata

# TCVN 5712:1993 (VN3 "ABC" is its subset), checked against glibc's TCVN5712-1 table: bytes to Unicode.
_TCVN_SRC = (
    "\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97"
    "\x98\x99\x9a\x9b\x9c\x9d\x9e\x9f¡¢£¤¥¦§¨©ª«¬\xad®¯µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß"
    "àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ"
)
_TCVN_DST = (
    "ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨĂÂÊÔƠƯĐăâêôơưđẰàảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợù"
    "ỖủũúụừửữứựỳỷỹýỵỐ"
)


def _tcvn_table() -> dict[int, str]:
    table = {ord(s): d for s, d in zip(_TCVN_SRC, _TCVN_DST, strict=True)}
    for byte in range(0x80, 0xA0):  # the same bytes seen through Windows-1252 (how Word keeps them)
        with contextlib.suppress(UnicodeDecodeError):
            table[ord(bytes([byte]).decode("cp1252"))] = table[byte]
    return table


_TCVN = _tcvn_table()

# VNI: a base letter followed by a mark character (as seen through Windows-1252).
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_CIRC = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(seq: str, base: str, marks: str) -> None:
        composed = unicodedata.normalize("NFC", base + marks)
        table[seq] = composed
        table[seq.upper()] = composed.upper()
        table[seq[0].upper() + seq[1:]] = composed.upper()  # "Uûy" in a capitalised word

    for v in "aeiouy":
        for mark, tone in _TONES.items():
            add(v + mark, v, tone)
    for v in "aeo":
        for mark, tone in _CIRC.items():
            add(v + mark, v, "\u0302" + tone)
    for mark, tone in _BREVE.items():
        add("a" + mark, "a", "\u0306" + tone)
    for vni, base in (("ô", "ơ"), ("ö", "ư")):
        for mark, tone in _TONES.items():
            add(vni + mark, base, tone)
    singles = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
    for s, d in singles.items():
        table.setdefault(s, d)
        table.setdefault(s.upper(), d.upper())
    return table


_VNI = _vni_table()
_VNI_RE = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))

_VIET_LETTERS = frozenset(
    unicodedata.normalize("NFC", b + m + t)
    for b in "aeiouyAEIOUY"
    for m in ("", "\u0302", "\u0306", "\u031b")
    for t in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    if len(unicodedata.normalize("NFC", b + m + t)) == 1
    and ord(unicodedata.normalize("NFC", b + m + t)) > 127
) | frozenset("đĐ")
# Characters that do not occur in Vietnamese text but do in mis-decoded legacy text.
_BAD = frozenset("¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñöø÷ûüþÿ\ufffd€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’“”•˜™š›œžŸ")


def from_tcvn3(text: str) -> str:
    """Text typed with a TCVN3 (.VnTime) font, read as Latin-1/Windows-1252 characters, to Unicode."""
    out = text.translate(_TCVN)
    return _restore_caps(out)


def from_vni(text: str) -> str:
    """Text typed with a VNI font, read as Windows-1252 characters, to Unicode."""
    return _VNI_RE.sub(lambda m: _VNI[m.group()], text)


_WORD = re.compile(r"\w+")


def _restore_caps(text: str) -> str:
    """TCVN3 capitals come from a capitals font (.VnTimeH) over lower-case codes: 'BÁO' shows as 'B¸O'."""

    def fix(m: re.Match[str]) -> str:
        word = m.group()
        ascii_letters = [c for c in word if c.isascii() and c.isalpha()]
        all_caps = bool(ascii_letters) and all(c.isupper() for c in ascii_letters)
        if all_caps and any(c.islower() for c in word) and (len(ascii_letters) >= 2 or not word[0].isascii()):
            return word.upper()
        return word

    return _WORD.sub(fix, text)


_TONE_MARKS = frozenset("\u0300\u0301\u0309\u0303\u0323")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)


def _tones(word: str) -> int:
    return sum(1 for ch in unicodedata.normalize("NFD", word) if ch in _TONE_MARKS)


def viet_score(text: str) -> int:
    """How Vietnamese a decoded text looks: well-formed syllables count, impossible ones and symbols cost."""
    from .textutil import fold  # local import: textutil does not depend on this module

    score = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isascii():
            continue
        body = word[1:]
        ok = (
            _tones(word) <= 1
            and _SYLLABLE.fullmatch(fold(word)) is not None
            and not (any(c.isupper() for c in body) and any(c.islower() for c in body))
            and not any(ch in _BAD for ch in word)
        )
        score += 1 if ok else -2
    score -= 3 * sum(1 for ch in text if ch in _BAD)
    return score


def _unicode_only(ch: str) -> bool:
    """A Vietnamese letter no legacy font's text read as Latin-1 or Windows-1252 can hold ("ơ", "ư", "đ", "ạ", "ế")."""
    return ch in "ăĂđĐĩĨũŨơƠưƯ" or "\u1ea0" <= ch <= "\u1ef9"


def fix_legacy(text: str) -> tuple[str, str]:
    """Convert text still in TCVN3 or VNI characters; return (text, encoding name: unicode|tcvn3|vni). A line that
    holds a letter only Unicode has is Unicode already, whatever else it holds ("làng Klâñ" of a Jrai name); the other
    lines of such a text are converted one by one, a legacy paragraph pasted into a Unicode page."""
    if not any(ch in _BAD for ch in text):
        return text, "unicode"
    if not any(_unicode_only(ch) for ch in text):
        return _fix_whole(text)
    lines = text.split("\n")
    found = "unicode"
    for i, line in enumerate(lines):
        # a legacy line is full of such characters; one or two are a bullet or a sign ("13/01/2022 • 14:00")
        if sum(ch in _BAD for ch in line) >= 3 and not any(_unicode_only(ch) for ch in line):
            lines[i], name = _fix_whole(line)
            found = name if name != "unicode" else found
    return "\n".join(lines), found


def _fix_whole(text: str) -> tuple[str, str]:
    base = viet_score(text)
    bad_count = sum(1 for ch in text if ch in _BAD)
    best = (base, text, "unicode")
    for name, fn in (("tcvn3", from_tcvn3), ("vni", from_vni)):
        cand = fn(text)
        score = viet_score(cand)
        if score > best[0]:
            best = (score, cand, name)
    margin = max(3, bad_count // 2)
    if best[2] != "unicode" and best[0] - base >= margin:
        return best[1], best[2]
    return text, "unicode"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a text file's bytes; return (text, encoding name)."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc.replace("-sig", "")
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        enc = "utf-16-le" if odd_nuls > even_nuls else "utf-16-be"
        return data.decode(enc, errors="replace"), enc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        fixed, legacy = fix_legacy(text)
        return fixed, "utf-8" if legacy == "unicode" else f"utf-8+{legacy}"
    candidates = [
        (unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")), "windows-1258"),
        (from_tcvn3(data.decode("latin-1")), "tcvn3"),
        (from_vni(data.decode("cp1252", errors="replace")), "vni"),
        (data.decode("utf-8", errors="replace"), "utf-8"),
    ]
    scored = [(viet_score(t), -i, t, name) for i, (t, name) in enumerate(candidates)]
    _, _, text, name = max(scored)
    return text, name
