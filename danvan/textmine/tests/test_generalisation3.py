"""Third round of issue 14's shapes (misses of holdout2, read after it was scored), invented names and numbers."""

from danvan.textmine import extract_text


def _people(text):
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


def test_a_role_reads_the_name_of_the_place_it_names():
    got = _people(
        "Chị Ma Thị Duyên, hội viên chi hội thôn Khuổi Lừa, kể lại. Anh Y Đhim Byă, hội viên xã Cư Pui, "
        "và chị Lâm Thị Sa, hội viên phụ nữ ấp Tân Hòa 2, cùng dự."
    )
    assert got["Ma Thị Duyên"] == ["hội viên chi hội thôn Khuổi Lừa"]
    assert got["Y Đhim Byă"] == ["hội viên xã Cư Pui"]
    assert got["Lâm Thị Sa"] == ["hội viên phụ nữ ấp Tân Hòa 2"]


def test_a_company_name_with_its_legal_form():
    got = _people(
        "Chị Đặng Thị Lụa, công nhân Công ty cổ phần May Hồng Phát, phát biểu. "
        "Đồng chí Mai Văn Tài, Chủ tịch Công đoàn Công ty TNHH Điện tử Sao Mai, nêu ý kiến."
    )
    assert got["Đặng Thị Lụa"] == ["công nhân Công ty cổ phần May Hồng Phát"]
    assert got["Mai Văn Tài"] == ["Chủ tịch Công đoàn Công ty TNHH Điện tử Sao Mai"]


def test_heads_of_hamlets_with_a_number():
    assert _people("Ông Lê Văn Cẩn, Trưởng xóm 7, đề nghị làm đường.") == {"Lê Văn Cẩn": ["Trưởng xóm 7"]}


def test_a_last_name_that_is_a_body_word_after_a_middle_name():
    got = _people("Chị Hà Thị Ban, Chủ tịch Hội LHPN xã Mường Pồn, chia sẻ kinh nghiệm.")
    assert got == {"Hà Thị Ban": ["Chủ tịch Hội LHPN xã Mường Pồn"]}


def test_the_post_after_a_semicolon_belongs_to_the_person_joined_to_the_body():
    got = _people(
        "Hội nghị cử bổ sung đồng chí Vàng Thị Dính, Phó Chủ tịch Hội Nông dân tỉnh, vào Ủy ban MTTQ Việt Nam "
        "tỉnh; được tín nhiệm giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh."
    )
    assert "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh" in got["Vàng Thị Dính"]
    assert "Phó Chủ tịch Hội Nông dân tỉnh" in got["Vàng Thị Dính"]


def test_an_issuer_outside_the_lexicon_named_in_capitals():
    docs = extract_text(
        "Cán bộ được giới thiệu Hướng dẫn số 07/HD-TLĐ của Tổng Liên đoàn Lao động Việt Nam về thương lượng."
    )["documents"]
    assert [(d["number"], d["symbol"], d["issuer"]) for d in docs] == [
        ("07", "HD-TLĐ", "Tổng Liên đoàn Lao động Việt Nam")
    ]


def test_days_of_an_event_listed_or_as_a_range_start_on_the_first():
    a = extract_text(
        "Tập huấn cán bộ Đoàn\n\nTrong 3 ngày 8, 9 và 10/5/2019, Tỉnh đoàn tổ chức lớp tập huấn."
    )
    assert a["event"]["kind"] == "tap_huan" and a["event"]["date"] == "2019-05-08"
    b = extract_text(
        "Giám sát việc hỗ trợ\n\nTừ ngày 21 đến 23/9/2020, Đoàn giám sát của Ủy ban MTTQ tỉnh làm việc."
    )
    assert b["event"]["kind"] == "giam_sat" and b["event"]["date"] == "2020-09-21"


def test_handing_over_counted_animals_or_houses_is_a_handover():
    a = extract_text("Trao 30 con dê giống cho hộ nghèo\n\nNgày 5/3/2021, Hội Nông dân huyện trao 30 con dê.")
    assert a["event"]["kind"] == "trao_qua"
    b = extract_text("Bàn giao 12 ngôi nhà cho hộ nghèo\n\nNgày 9/8/2023, Ủy ban MTTQ huyện tổ chức lễ.")
    assert b["event"]["kind"] == "trao_qua"


def test_hamlets_of_the_mekong_counted_together():
    got = [(q["value"], q["unit"]) for q in extract_text("Cuộc vận động lan tới 41 ấp, khóm.")["quantities"]]
    assert got == [(41, "ấp, khóm")]
