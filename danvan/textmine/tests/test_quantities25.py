"""Quantities, round 25: party committees counted by their kind, households in hardship, a part "trong số" a whole,
and the figures of a list of other articles at a page's foot (invented sentences)."""

import pytest

from danvan.textmine import extract_text


def _q(text):
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # party committees of districts, towns and cities, written whole or with the kinds shortened after a comma
        ("Ban Dân vận Tỉnh ủy làm việc với 9 huyện ủy, thị ủy, thành ủy về công tác năm.", (9, "huyện ủy, thị ủy, thành ủy", "exact")),
        ("Đoàn kiểm tra đã đến 4 huyện ủy, thành ủy trong tháng.", (4, "huyện ủy, thành ủy", "exact")),
        ("Trong quý, 7 huyện, thị ủy đã ban hành kế hoạch.", (7, "huyện, thị ủy", "exact")),
        ("Tham dự có đại diện 11 huyện, thành ủy.", (11, "huyện, thành ủy", "exact")),
        # households in hardship are a class of households, as poor households are
        ("Quỹ đã giúp 327 hộ khó khăn sửa chữa nhà ở.", (327, "hộ khó khăn", "exact")),
        # places of worship, counted whole as religious establishments are
        ("Đoàn đã thăm 14 cơ sở thờ tự của đồng bào Khmer.", (14, "cơ sở thờ tự", "exact")),
        # a draft is counted with the kind of document drafted, as "dự thảo văn bản" was
        ("Mặt trận tỉnh góp ý 6 dự thảo nghị quyết của Hội đồng nhân dân.", (6, "dự thảo nghị quyết", "exact")),
        ("Hội đã góp ý 2 dự thảo luật trong năm.", (2, "dự thảo luật", "exact")),
        # an inspection team is named by what it does, alone or with "giám sát" (a team that visits stays "đoàn")
        ("Ban Thường vụ lập 5 đoàn kiểm tra việc thu nộp hội phí.", (5, "đoàn kiểm tra", "exact")),
        ("Ban Dân vận lập 3 đoàn kiểm tra, giám sát tại 8 xã.", (3, "đoàn kiểm tra, giám sát", "exact")),
        ("Lãnh đạo huyện chia thành 4 đoàn thăm các gia đình chính sách.", (4, "đoàn", "exact")),
        # a body's name in capitals after a comma is no second name of what is counted
        ("Qua 640 tổ tiết kiệm và vay vốn, Hội giải ngân 90 tỷ đồng.", (640, "tổ tiết kiệm và vay vốn", "exact")),
        ("Toàn huyện có 25 chi hội, Hội cấp trên hỗ trợ mỗi chi hội 2 triệu đồng.", (25, "chi hội", "exact")),
        # a place's kind after a comma opens the next clause under a thing's noun ("…, xã đã …")
        ("Sau 3 cuộc đối thoại, xã đã dời điểm tập kết rác.", (3, "cuộc đối thoại", "exact")),
        ("Ý kiến được tổng hợp từ 11 huyện, thị xã, thành phố.", (11, "huyện, thị xã, thành phố", "exact")),
        # households of a people written "người dân tộc …" are households, as "hộ người Dao" (round 24)
        ("Xã có 73 hộ người dân tộc Tày sống ven suối.", (73, "hộ", "exact")),
        # unchanged: two names of one thing, and households of "người dân"
        ("Hội sửa 31 căn nhà tạm, nhà dột nát.", (31, "căn nhà tạm, nhà dột nát", "exact")),
        ("Đã vận động 48 hộ người dân hiến đất làm đường.", (48, "hộ người dân", "exact")),
    ],
)
def test_a_kind_or_an_end_of_the_counted_noun(text, expected):
    assert expected in _q(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the short kinds still stop before a word they open, and a plain list of kinds is unchanged
        ("Có 14 huyện, thị xã tham gia hội thi.", (14, "huyện, thị", "exact")),
        ("Đoàn về 5 huyện, thành lập 3 tổ công tác.", (5, "huyện, thành", "exact")),
    ],
)
def test_short_kinds_still_stop_before_another_word(text, absent):
    assert absent not in _q(text)


def test_kinds_of_place_unchanged():
    assert (14, "huyện, thị xã", "exact") in _q("Có 14 huyện, thị xã tham gia hội thi.")
    assert (5, "huyện", "exact") in _q("Đoàn về 5 huyện, thành lập 3 tổ công tác.")


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Đoàn phát hiện 23 hồ sơ sai; đến nay 17 trong số 23 hồ sơ đã được điều chỉnh.", (17, "hồ sơ", "exact")),
        ("Xã đã hòa giải thành 31 trong tổng số 36 vụ việc.", (31, "vụ việc", "exact")),
    ],
)
def test_a_part_of_a_whole_counts_what_the_whole_counts(text, part):
    got = _q(text)
    assert part in got
    assert any(v > part[0] and u == part[1] for v, u, _ in got)  # the whole stays a figure of its own


def test_no_part_when_the_number_before_is_larger_or_absent():
    assert [v for v, _, _ in _q("Năm 2024 trong số 40 hộ vay có 6 hộ trả nợ đúng hạn.")] == [40, 6]
    assert _q("Trong số 12 đoàn viên, có 3 người đạt loại giỏi.") == [(12, "đoàn viên", "exact"), (3, "người", "exact")]


PAGE_WITH_LINKS = """Hội Nông dân xã Tân Hòa trao 45 suất quà cho hội viên nghèo.
Minh Châu
Bài viết khác
- Tân Hòa: 80 hộ được vay vốn nuôi bò (14/02/2022)
- Tập huấn kỹ thuật trồng cà phê cho 60 hội viên (03/01/2022)
- Hội nghị tổng kết năm 2021 (20/12/2021)
Bản quyền thuộc Hội Nông dân tỉnh."""


def test_a_list_of_other_articles_gives_no_figure():
    assert _q(PAGE_WITH_LINKS) == [(45, "suất quà", "exact")]


def test_one_dated_item_of_the_page_itself_is_still_read():
    text = "Kết quả trong năm:\n- Đợt một bàn giao 6 căn nhà cho hộ nghèo (15/03/2023)\nHội còn vận động 9 hộ."
    assert (6, "căn nhà", "exact") in _q(text)
    assert (9, "hộ", "exact") in _q(text)


def test_the_whole_of_a_share_restates_a_count_given_before():
    text = (
        "Huyện đối thoại với nông dân\n"
        "Tại hội nghị, nông dân các xã trong huyện đã nêu 31 ý kiến về đất đai, giống cây trồng và môi trường nông thôn.\n"
        "Lãnh đạo huyện đã trả lời trực tiếp 28/31 ý kiến, số còn lại giao các phòng chuyên môn giải quyết trong tháng."
    )
    got = extract_text(text)["quantities"]
    assert [(q["value"], q["unit"], q.get("mentions")) for q in got] == [(31, "ý kiến", 2), (28, "ý kiến", None)]


def test_all_of_them_and_the_whole_after_trong_so_restate_a_count():
    text = (
        "Hội Cựu chiến binh tỉnh giao ban quý\n"
        "Dự hội nghị có chủ tịch Hội Cựu chiến binh của 57 xã, phường trong tỉnh và các đồng chí trong Ban Thường vụ.\n"
        "Đến nay, mô hình tổ tự quản đã được duy trì ở 57/57 xã, phường, được cấp ủy và chính quyền đánh giá cao.\n"
        "Đoàn kiểm tra phát hiện 16 trường hợp hưởng chế độ chưa đúng quy định và kiến nghị thu hồi kinh phí.\n"
        "Đến cuối tháng, 13 trong số 16 trường hợp đã nộp lại tiền hỗ trợ, số còn lại được gia hạn đến quý sau."
    )
    got = [(q["value"], q["unit"], q.get("mentions")) for q in extract_text(text)["quantities"]]
    assert got == [(57, "xã, phường", 2), (16, "trường hợp", 2), (13, "trường hợp", None)]


def test_a_count_written_twice_in_the_body_stays_two_results():
    text = (
        "Kết quả giảm nghèo\n"
        "Năm 2024, thôn Đồng Tâm có 9 hộ thoát nghèo nhờ vốn vay ưu đãi của Hội Phụ nữ và sự giúp đỡ của các đoàn thể.\n"
        "Năm 2025, thôn Đồng Tâm tiếp tục có 9 hộ thoát nghèo nhờ mô hình nuôi dê sinh sản của tổ hợp tác do Hội Phụ nữ xã hướng dẫn."
    )
    assert [v for v, _, _ in _q(text)].count(9) == 2


def test_trainees_restate_the_people_a_course_was_given_to():
    text = (
        "Hội Liên hiệp Phụ nữ tỉnh tập huấn cán bộ cơ sở\n"
        "Ngày 9/4, Hội Liên hiệp Phụ nữ tỉnh mở lớp tập huấn kỹ năng truyền thông cho 86 chi hội trưởng phụ nữ của ba huyện.\n"
        "Cuối khóa, 83/86 học viên đạt yêu cầu bài kiểm tra, trong đó 21 học viên đạt loại giỏi về kỹ năng viết tin bài."
    )
    got = [(q["value"], q["unit"], q.get("mentions")) for q in extract_text(text)["quantities"]]
    assert got == [(86, "chi hội trưởng phụ nữ", 2), (83, "học viên", None), (21, "học viên", None)]


def test_trainees_with_no_other_count_of_the_same_size_stay():
    text = (
        "Huyện đoàn mở lớp bồi dưỡng lý luận chính trị\n"
        "Lớp học có 64 học viên là đoàn viên ưu tú của các chi đoàn, được học trong năm ngày tại trung tâm chính trị huyện.\n"
        "Nhân dịp này, Huyện đoàn trao 64 suất học bổng cho học sinh nghèo vượt khó của các trường trên địa bàn huyện."
    )
    assert (64, "học viên", "exact") in _q(text)
