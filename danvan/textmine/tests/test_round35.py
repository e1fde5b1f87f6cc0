"""Thirty-fifth round: tested on invented sentences (other places, names and figures than the blind pages)."""

from danvan.textmine import extract_text


def _people(text):
    return [(p["name"], p["titles"]) for p in extract_text(text)["people"]]


def test_a_co_verb_before_the_clauses_verb_is_no_word_of_the_body():
    assert _people("GS.TS. Đoàn Minh Khải, Hiệu trưởng Trường Đại học Tây Nguyên đồng chủ trì buổi tọa đàm.") == [
        ("Đoàn Minh Khải", ["GS.TS.", "Hiệu trưởng Trường Đại học Tây Nguyên"])
    ]
    assert _people("PGS.TS. Lại Văn Tâm, Hiệu trưởng Trường Đại học Cần Thơ đồng chủ trì hội thảo.") == [
        ("Lại Văn Tâm", ["PGS.TS.", "Hiệu trưởng Trường Đại học Cần Thơ"])
    ]


def test_what_a_post_is_in_charge_of_stops_before_cung_and_a_number():
    assert _people("Dự có ông Lương Văn Khởi, Phó Giám đốc phụ trách Chi nhánh NHCSXH tỉnh cùng 85 hội viên.") == [
        ("Lương Văn Khởi", ["Phó Giám đốc phụ trách Chi nhánh NHCSXH tỉnh"])
    ]


def test_a_departments_last_part_after_va_closes_its_name():
    assert _people("Bà Tạ Thị Hiền, Phó Giám đốc Sở Giáo dục và Đào tạo nhắc lại Kế hoạch số 88/KH-UBND.") == [
        ("Tạ Thị Hiền", ["Phó Giám đốc Sở Giáo dục và Đào tạo"])
    ]
    assert _people("Ông Mai Văn Tường, Trưởng phòng Sở Văn hóa, Thể thao và Du lịch trình bày dự thảo.") == [
        ("Mai Văn Tường", ["Trưởng phòng Sở Văn hóa, Thể thao và Du lịch"])
    ]
    # the place the department serves still follows its name
    assert _people("Ông Lò Văn Chính, Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Điện Biên phát biểu.") == [
        ("Lò Văn Chính", ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Điện Biên"])
    ]


def test_khoa_after_a_posts_head_opens_a_faculty_or_a_ward():
    assert _people("ThS. Vi Thị Hoa, giảng viên Khoa Lý luận cơ sở, Trường Chính trị tỉnh trình bày tham luận.") == [
        ("Vi Thị Hoa", ["ThS.", "giảng viên Khoa Lý luận cơ sở", "Trường Chính trị tỉnh"])
    ]
    assert _people("Bác sĩ Phan Văn Lợi, Bí thư Chi bộ Khoa Ngoại cho biết.") == [
        ("Phan Văn Lợi", ["Bác sĩ", "Bí thư Chi bộ Khoa Ngoại"])
    ]
    # "Khoa" elsewhere is a given name
    assert _people("Đồng chí Phạm Đăng Khoa, Bí thư Đoàn xã Yên Lạc cho biết.") == [
        ("Phạm Đăng Khoa", ["Bí thư Đoàn xã Yên Lạc"])
    ]


def test_nurses_posts():
    assert _people("Bà Đinh Thị Gấm, Điều dưỡng trưởng Bệnh viện Đa khoa huyện Tân Sơn, kiến nghị tăng phụ cấp.") == [
        ("Đinh Thị Gấm", ["Điều dưỡng trưởng Bệnh viện Đa khoa huyện Tân Sơn"])
    ]
