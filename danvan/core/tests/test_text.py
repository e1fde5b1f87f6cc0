from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from danvan.core.text import fold, format_date, format_number


def test_fold_removes_diacritics_and_maps_d_stroke():
    assert fold("Đắk Lắk") == "dak lak"
    assert fold("  Ninh   Bình ") == "ninh binh"
    assert fold("ĐỒNG THÁP") == "dong thap"
    assert fold("") == ""


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


def test_numbers_and_dates_are_written_the_vietnamese_way():
    assert format_number(74000) == "74.000"
    assert format_number(33.5, 1) == "33,5"
    assert format_number(1234567.891, 2) == "1.234.567,89"
    assert format_date(date(2026, 1, 5)) == "05/01/2026"


def test_fold_equals_the_character_by_character_definition():
    """fold runs through a translate table; it must give what the definition gives, character by character:
    đ/Đ → d, NFD, every combining mark (Mn) dropped, lower case, spaces collapsed."""
    import random
    import unicodedata

    def by_definition(text: str) -> str:
        decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
        return " ".join("".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower().split())

    rng = random.Random(16)
    texts = ["Đắk Lắk", "  Thực\ttrạng  ĐƯỜNG\n", "x\u0301\u20d0y \u0e31\u0e48 क्ष ﬁ ẞ ǅ", "đ\u0301Đ\u0323"]
    texts += ["".join(chr(rng.randint(32, 0x2FFF)) for _ in range(5000)),
              "".join(chr(c) for c in (rng.randint(32, 0x10FFFF) for _ in range(5000)) if not 0xD800 <= c <= 0xDFFF)]
    assert [fold(t) for t in texts] == [by_definition(t) for t in texts]
    assert fold("Đắk Lắk") == "dak lak"
