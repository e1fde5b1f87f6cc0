"""People and titles in the shapes real pages use (invented names and bodies)."""

from danvan.textmine import extract_text


def _people(text):
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


def test_a_title_before_a_colon_belongs_to_every_name_of_the_list():
    assert _people(
        "Dự có các đồng chí Phó Chủ tịch Hội Nông dân tỉnh: Lê Văn Toản, Hà Thị Mơ, Y Khu Êban."
    ) == {
        "Lê Văn Toản": ["Phó Chủ tịch Hội Nông dân tỉnh"],
        "Hà Thị Mơ": ["Phó Chủ tịch Hội Nông dân tỉnh"],
        "Y Khu Êban": ["Phó Chủ tịch Hội Nông dân tỉnh"],
    }


def test_one_title_after_a_list_of_names_applies_to_each():
    got = _people("Cùng dự có các đồng chí Đinh Văn Lực, Ksor H'Bia - Phó Chủ tịch Ủy ban MTTQ tỉnh.")
    assert got == {
        "Đinh Văn Lực": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
        "Ksor H'Bia": ["Phó Chủ tịch Ủy ban MTTQ tỉnh"],
    }


def test_a_head_joined_by_a_hyphen_to_the_next_title_keeps_both_parts():
    got = _people(
        "Đồng chí Rơ Mah Kiên, Huyện ủy viên, Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ huyện phát biểu."
    )
    assert got == {"Rơ Mah Kiên": ["Huyện ủy viên", "Phó Chủ tịch - Trưởng ban Phong trào Ủy ban MTTQ huyện"]}


def test_a_title_given_by_a_verb_after_the_name():
    got = _people(
        "Đồng chí Vàng A Chư được tín nhiệm giữ chức Bí thư Đoàn xã. Đồng chí Lê Thị Nụ được bổ nhiệm làm "
        "Phó Trưởng ban Đối ngoại Tỉnh ủy."
    )
    assert got == {"Vàng A Chư": ["Bí thư Đoàn xã"], "Lê Thị Nụ": ["Phó Trưởng ban Đối ngoại Tỉnh ủy"]}


def test_party_committee_member_abbreviations_and_elders():
    got = _people("Đồng chí Lù Văn Pảo, HUV, Chủ tịch Hội Cựu chiến binh huyện; già làng A Blưu chia sẻ.")
    assert got == {"Lù Văn Pảo": ["HUV", "Chủ tịch Hội Cựu chiến binh huyện"], "A Blưu": ["già làng"]}
