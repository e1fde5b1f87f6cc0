"""Lists of names that the honorifics' list rules in people.py do not see as lists. Names behind a rank wait for the
post written after a later name of the same list ("Thượng tá A và ông B, Phó Chủ tịch Hội CCB tỉnh", "các đồng chí
Thượng tá A, Thiếu tá B - Phó Chủ tịch Hội CCB tỉnh -"): a rank is read as a title, and the post that closes the list
is each one's, as after a list of bare names. Two honorifics open one list ("các anh, chị A, B - …")."""

from __future__ import annotations

from collections.abc import Callable

from .textutil import Token

_DASHES = frozenset(["-", "–"])


class RankedWaiting:
    """The names behind a rank with no post of their own, and where the next mention of their list must start."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.next = -1

    def wait(self, names: list[str], at: int, following: int) -> None:
        """names (their mention opened at at) wait for a post; the list's next mention opens at following."""
        self.names = [*(self.names if self.next == at else []), *names]
        self.next = following

    def close(
        self, tokens: list[Token], at: int, name_end: int, after: list[str], add: Callable[[str, list[str], range], None]
    ) -> None:
        """The mention opened at at names a person whose post (after) follows the name's end after a dash, or after a
        comma when "và" opened the mention: the waiting names hold it too."""
        if self.next != at or not after or name_end >= len(tokens):
            return
        sep = tokens[name_end].text
        if sep in _DASHES or sep == "," and at and tokens[at - 1].lower == "và":
            for name in self.names:
                add(name, after, range(0))
        self.names, self.next = [], -1


def opens_next(tokens: list[Token], end: int) -> bool:
    """A comma or "và" at end, then a word: the list may go on."""
    return end + 1 < len(tokens) and tokens[end].text in (",", "và") and tokens[end + 1].is_word


_PLURAL_PERSONAL = frozenset(["cac anh", "cac chi", "cac ong", "cac ba"])
_PERSONAL = frozenset(["anh", "chị", "ông", "bà", "em"])


def other_honorific(tokens: list[Token], i: int, j: int) -> int:
    """", chị" after "các anh" (", bà" after "các ông") written from i to j: 2 for the comma and the second
    honorific at j, else 0 ("các già làng, ông A" is a title, then a person)."""
    if " ".join(t.low for t in tokens[i:j]) not in _PLURAL_PERSONAL:
        return 0
    return 2 if j + 1 < len(tokens) and tokens[j].text == "," and tokens[j + 1].text in _PERSONAL else 0
