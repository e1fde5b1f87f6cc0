"""The register of the people a report names: one entry per person however often the page names them (a short form
of a name already given is the same person), each title once, and the titles in the forms the labels compare."""

from __future__ import annotations

import re

from .orgs import normalize_title
from .textutil import fold


class People:
    """The people found so far, by folded name."""

    def __init__(self) -> None:
        self.items: dict[str, dict] = {}
        self.name_tokens: set[int] = set()

    def add(self, name: str, titles: list[str], token_range: range) -> None:
        name = re.sub(r"\s+", " ", name).strip()
        key = fold(name)
        self.name_tokens.update(token_range)
        person = self._same(key)
        if person is None and (short := next((k for k, p in self.items.items() if _shortens(k, p["name"], key, name)), None)):
            # the name cut short first ("Chủ tịch UBND tỉnh Lê Quang | Trường trả lời …" in a caption), then whole;
            # or the given names first ("chị Sóc Khê trăn trở …", then "chị Kim Thị Sóc Khê")
            person = self.items[key] = self.items.pop(short)
            person["name"] = name
        if person is None:
            person = self.items[key] = {"name": name, "titles": []}
        for title in titles:
            title = title.strip(" ,;:-")
            if title and fold(title) not in {fold(t) for t in person["titles"]}:
                person["titles"].append(title)

    def retitle(self, name: str, listed: list[str], own: str, whole: str, shared: str) -> None:
        """Posts listed for several people one by one ("lần lượt là …"): this person holds own (also read whole,
        with the body the list names once) and the shared post, none of the list's others."""
        person = self._same(fold(name))
        if person is None:
            return
        drop = {fold(t) for t in listed} - {fold(own)}
        person["titles"] = [t for t in person["titles"] if fold(t) not in drop]
        for title in (shared, own):
            if title and fold(title) not in {fold(t) for t in person["titles"]}:
                person["titles"].append(title)
        if whole != own:
            person.setdefault("also", []).append(whole)

    def known(self, name: str) -> str | None:
        """The full name of a person already found under this name or its last words ("Pót": "Đinh Văn Pót")."""
        person = self._same(fold(re.sub(r"\s+", " ", name).strip()))
        return person["name"] if person else None

    def titled(self, name: str) -> bool:
        person = self._same(fold(name))
        return bool(person and person["titles"])

    def _same(self, key: str) -> dict | None:
        """The person already found under this name, or whose name ends with it ("đồng chí Nhung" after "đồng chí
        Phạm Thị Hồng Nhung") or opens with it ("chị H'Mai" after "chị H'Mai Niê", "anh Ksor" after "anh Ksor
        Nhăm": a short form of a name already given is the same person)."""
        person = self.items.get(key)
        if person is None:
            person = next((p for k, p in self.items.items() if k.endswith(" " + key)), None)
        if person is None:
            person = next((p for k, p in self.items.items() if k.startswith(key + " ")), None)
        if person is None and (full := self._by_name_of(key)):
            # "ông Nguyễn Văn Hiền (Tư Hiền)", then "ông Tư Hiền": the south's by-name, the birth order and the given name
            person = self.items[fold(full)]
        return person

    def _by_name_of(self, key: str) -> str | None:
        """The full name of the one person found whose given name a by-name ("tu hien", folded) is made of."""
        order, _, given = key.partition(" ")
        if order not in _BIRTH_ORDER or not given or " " in given:
            return None
        full = [p["name"] for k, p in self.items.items() if k.endswith(" " + given) and k.count(" ") >= 2]
        return full[0] if len(full) == 1 else None

    def result(self) -> list[dict]:
        out = []
        for key in [k for k in self.items if self._by_name_of(k)]:
            # the by-name written before the full name ("Ông Tư Hiền vận động …" in a caption, then "ông Nguyễn Văn
            # Hiền (Tư Hiền)"): the full name's entry holds the person
            self.add(self._by_name_of(key) or "", self.items.pop(key)["titles"], range(0))
        for p in self.items.values():
            normalized = []
            # "Bí thư Đảng ủy, Chủ tịch HĐND xã": the level written once at the end is each post's
            level = _LEVEL_END.search(p["titles"][-1]) if len(p["titles"]) > 1 else None
            for t in p["titles"]:
                shared = f"{t} {level.group(1)}" if level and _BODY_END.search(t) else ""
                for n in (normalize_title(t), _without_place(t), shared, _without_school(t)):
                    if n and n not in normalized:
                        normalized.append(n)
            normalized += [t for t in p.get("also", []) if t not in normalized]
            out.append({"name": p["name"], "titles": p["titles"], "titles_normalized": normalized})
        return out


def _shortens(short_key: str, short: str, key: str, name: str) -> bool:
    """short is the name cut at its end (compared by the register's folded keys), or the name's given names, written
    alike (two words or more: one given name before the full name is left to the page's other rules; "A Pơ" is not
    "Sùng A Pó")."""
    return key.startswith(short_key + " ") or (" " in short and name.endswith(" " + short))


# the words of birth order that open a by-name in the south ("Hai", "Ba", "Tư", "Năm" … "Út"), folded
_BIRTH_ORDER = frozenset(["hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi", "ut"])
_LEVEL_END = re.compile(r"\s(tỉnh|huyện|xã|phường|thị trấn|thành phố|quận|thị xã)$")
_BODY_END = re.compile(r"(?:Đảng ủy|HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|MTTQ Việt Nam|Mặt trận)$")
_NAMED_BODY = re.compile(
    r"^(.*\b(?:Tỉnh ủy|Huyện ủy|Thành ủy|Quận ủy|Thị ủy|Đảng ủy|tỉnh|huyện|xã|phường|thị trấn|quận|thị xã))"
    r"(?:\s+[A-ZĐÀ-Ỹ][\w'’]*)+$"
)


def _without_place(title: str) -> str:
    """'Bí thư Huyện ủy Krông Ana' is also written 'Bí thư Huyện ủy' once the place is known, 'Chủ tịch Hội LHPN xã
    Vị Thủy' 'Chủ tịch Hội LHPN xã'."""
    m = _NAMED_BODY.match(title)
    return m.group(1) if m else ""


_SCHOOL = re.compile(r"^([a-zđà-ỹ].*?)\s+Trường\s+\S")


def _without_school(title: str) -> str:
    """'học sinh lớp 7 Trường THCS Vĩnh Hậu A' is also written 'học sinh lớp 7' (a role without the school)."""
    m = _SCHOOL.match(title)
    return m.group(1) if m else ""
