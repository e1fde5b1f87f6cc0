"""Organisation names written out in a report, in the order they are first mentioned."""

from __future__ import annotations

from .orgs import consume_chain, lexicon, org_word_at
from .textutil import Token, fold, next_position, scan_positions, sentence_case_caps

_ORG_HEADS = {
    "ban",
    "uy ban",
    "hoi",
    "dang uy",
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "mat tran",
    "doan",
    "lien doan",
    "so",
    "bo",
    "cong an",
    "hoi dong nhan dan",
    "chi bo",
    "dang bo",
    "van phong",
    "truong",
    "trung tam",
    "toa an",
    "vien kiem sat",
    "bo chinh tri",
    "ban bi thu",
    "chinh phu",
    "quoc hoi",
    "ubnd",
    "hdnd",
    "mttq",
    "hop tac xa",
    "ban tuyen giao va dan van",
    "ban dan van",
    "uy ban nhan dan",
    "mat tran to quoc",
    "hoi lien hiep phu nu",
    "hoi nong dan",
    "hoi cuu chien binh",
    "doan thanh nien",
    "tinh doan",
    "lien doan lao dong",
    "ban thuong vu",
    "ban chap hanh",
    "dang doan",
    "ban chi dao",
    "ubmttq",
    "tieu ban",
    "thuong truc",
}


def find_organizations(tokens: list[Token], text: str) -> list[str]:
    """Organisation names written out in the text, first mention order."""
    out: list[str] = []
    seen: set[str] = set()
    i = 0
    positions = scan_positions(tokens)
    size = len(tokens)
    while (i := next_position(positions, i)) < size:
        n = org_word_at(tokens, i)
        key = " ".join(t.low for t in tokens[i : i + n]) if n else ""
        if n and (key in _ORG_HEADS or key.split()[0] in _ORG_HEADS) and tokens[i].is_cap:
            j = consume_chain(tokens, i, text=text, keep_term=False)
            if j - i >= 2:
                name = text[tokens[i].start : tokens[j - 1].end]
                if name.isupper():
                    name = sentence_case_caps(name, lexicon().canon)
                folded = fold(name)
                if folded not in seen:
                    seen.add(folded)
                    out.append(name)
            i = max(j, i + 1)
            continue
        i += 1
    return out
