"""The words grouping reads as one: variant spellings, abbreviations and synonyms, kept as data in
`data/variants.txt` ("canonical: variant | variant", compared folded), applied to a comment's folded words
before its features are taken. The longest variant wins ("ho so so sach" before "so sach")."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from danvan.core.text import fold

VARIANTS = Path(__file__).with_name("data") / "variants.txt"


def parse(text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """{variant words: canonical words} from the file's lines; comments (#) and blank lines skipped."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        canonical, variants = line.split(":", 1)
        target = tuple(fold(canonical).split())
        for variant in variants.split("|"):
            key = tuple(fold(variant).split())
            if key and key != target:
                table[key] = target
    return table


@cache
def table() -> dict[tuple[str, ...], tuple[str, ...]]:
    return parse(VARIANTS.read_text(encoding="utf-8"))


@cache
def _longest() -> int:
    return max((len(k) for k in table()), default=1)


def canonical(tokens: list[str]) -> list[str]:
    """The tokens with every variant replaced by its canonical words, longest variants first."""
    variants, longest = table(), _longest()
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for size in range(min(longest, len(tokens) - i), 0, -1):
            target = variants.get(tuple(tokens[i:i + size]))
            if target is not None:
                out.extend(target)
                i += size
                break
        else:
            out.append(tokens[i])
            i += 1
    return out
