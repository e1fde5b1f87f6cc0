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


def _units(text):
    return [(q["value"], q["unit"], q["qualifier"]) for q in extract_text(text)["quantities"]]


def test_a_vaccines_or_an_outbreaks_disease_says_what_kind():
    assert _units("Huyện đã tiêm 7.400 liều vắc xin viêm da nổi cục, tụ huyết trùng cho đàn bò.") == [
        (7400, "liều vắc xin viêm da nổi cục, tụ huyết trùng", "exact")
    ]
    assert _units("Từ đầu năm xuất hiện 3 ổ dịch tả lợn châu Phi ở hai thôn.") == [(3, "ổ dịch tả lợn châu Phi", "exact")]
    # "các loại" says nothing of the kind
    assert _units("Tỉnh đã tiếp nhận 2,1 triệu liều vắc xin các loại.") == [(2100000, "liều vắc xin", "exact")]


def test_a_numbered_document_after_a_bodys_name_is_no_part_of_it():
    assert _people("Ông Đào Văn Sang, Trưởng phòng Chính sách Sở Nội vụ hướng dẫn Nghị định số 55/2023/NĐ-CP.") == [
        ("Đào Văn Sang", ["Trưởng phòng Chính sách Sở Nội vụ"])
    ]


def test_a_department_named_by_its_abbreviation():
    assert _people("Các đồng chí Phó Giám đốc Sở LĐTBXH: Vũ Văn Hải, Đỗ Thị Lan báo cáo.") == [
        ("Vũ Văn Hải", ["Phó Giám đốc Sở LĐTBXH"]),
        ("Đỗ Thị Lan", ["Phó Giám đốc Sở LĐTBXH"]),
    ]
    assert _people("Bà Cầm Thị Vân, Phó Giám đốc Sở GD&ĐT tỉnh, cho biết.") == [("Cầm Thị Vân", ["Phó Giám đốc Sở GD&ĐT tỉnh"])]


def test_a_sub_departments_name_runs_on_to_its_last_va():
    assert _people("Ông Tòng Văn Piu, Phó Chi cục trưởng Chi cục Trồng trọt, Thủy lợi và Bảo vệ thực vật cho biết.") == [
        ("Tòng Văn Piu", ["Phó Chi cục trưởng Chi cục Trồng trọt, Thủy lợi và Bảo vệ thực vật"])
    ]
    assert _people("Ông Y Khuê Niê, Trưởng Trạm Trồng trọt và Bảo vệ thực vật khu vực Krông Năng, cho biết.") == [
        ("Y Khuê Niê", ["Trưởng Trạm Trồng trọt và Bảo vệ thực vật khu vực Krông Năng"])
    ]


def test_a_communal_houses_ritual_head():
    assert _people("Ông Trương Văn Bảy, Chánh bái đình Tân Hội chia sẻ kinh nghiệm vận động.") == [
        ("Trương Văn Bảy", ["Chánh bái đình Tân Hội"])
    ]


def test_a_decimal_after_cap_is_granted_not_a_level():
    assert _units("Tỉnh cấp 2,1 triệu liều vắc xin các loại cho các huyện.") == [(2100000, "liều vắc xin", "exact")]


def test_a_role_many_hold_opens_a_list_of_names_up_to_the_sentences_end():
    assert _people("Giải Nhì thuộc về nhóm tác giả Lê Văn Tài, Hà Thị Mơ và Ksor Y Thu.") == [
        ("Lê Văn Tài", ["tác giả"]),
        ("Hà Thị Mơ", ["tác giả"]),
        ("Ksor Y Thu", ["tác giả"]),
    ]
    assert _people("Giải C cho các tác giả: Đinh Văn Lực, Bùi Thị Hoa.") == [
        ("Đinh Văn Lực", ["tác giả"]),
        ("Bùi Thị Hoa", ["tác giả"]),
    ]
    # a role one person holds: the list is not hers
    assert [p[0] for p in _people("Giải Ba của tác giả Lò Thị Nga, Phan Văn Hùng.")] == ["Lò Thị Nga"]


def test_artists_and_writers_are_roles_before_a_name():
    assert _people("Bộ ảnh \"Mùa gặt\" của nghệ sĩ nhiếp ảnh Trịnh Văn Đông đoạt giải A.") == [
        ("Trịnh Văn Đông", ["nghệ sĩ nhiếp ảnh"])
    ]


def test_what_an_incident_caused_is_no_part_of_it():
    assert _units("Năm qua xảy ra 6 vụ đuối nước làm 7 em tử vong.")[0] == (6, "vụ đuối nước", "exact")
    assert _units("Trên tuyến xảy ra 3 vụ tai nạn giao thông làm chết 4 người.")[0] == (3, "vụ tai nạn giao thông", "exact")
    # "làm" that is part of what was done stays
    assert _units("Lực lượng kiểm lâm phát hiện 9 vụ phá rừng làm nương trái phép.") == [
        (9, "vụ phá rừng làm nương trái phép", "exact")
    ]


def test_a_state_bodys_last_part_closes_its_name_before_the_clause():
    assert _people("Bà Mã Thị Hồng, Phó Giám đốc Sở Nông nghiệp và Môi trường thừa nhận, việc cấp bù còn chậm.") == [
        ("Mã Thị Hồng", ["Phó Giám đốc Sở Nông nghiệp và Môi trường"])
    ]
    assert _people("Ông Vi Văn Tú, Phó Giám đốc Sở Nông nghiệp và PTNT quán triệt Kế hoạch số 12/KH-UBND.") == [
        ("Vi Văn Tú", ["Phó Giám đốc Sở Nông nghiệp và PTNT"])
    ]
    assert _people("Các ông Lê Văn Tấn, Phạm Văn Sử - Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn giải đáp ý kiến.") == [
        ("Lê Văn Tấn", ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]),
        ("Phạm Văn Sử", ["Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]),
    ]
    # the place the body serves, and another body after "và", still follow
    assert _people("Ông Hà Văn Dũng, Phó Trưởng phòng Giáo dục và Đào tạo thị xã Sa Pa phát biểu.") == [
        ("Hà Văn Dũng", ["Phó Trưởng phòng Giáo dục và Đào tạo thị xã Sa Pa"])
    ]


def test_what_a_commanding_board_commands_abbreviated():
    assert _people("Dự có các đồng chí Phó Trưởng Ban Chỉ huy PCTT&TKCN tỉnh: Lò Văn Mười, Cầm Thị Xuân.") == [
        ("Lò Văn Mười", ["Phó Trưởng Ban Chỉ huy PCTT&TKCN tỉnh"]),
        ("Cầm Thị Xuân", ["Phó Trưởng Ban Chỉ huy PCTT&TKCN tỉnh"]),
    ]


def test_a_headline_ending_on_a_name_in_quotes_is_no_paragraph():
    page = (
        "ỦY BAN MTTQ VIỆT NAM TỈNH HÀ TĨNH\nTrang chủ > Tin tức\nNgày đăng 12/12/2024 | 09:10\n"
        "Toàn cảnh hội nghị.\n"
        'Ủy ban MTTQ tỉnh tổng kết năm 2024, trao 12 giải báo chí "Mặt trận đồng hành cùng nhân dân vùng lũ"\n'
        "Sáng 11/12, Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Mặt trận năm 2024.\n"
    )
    assert extract_text(page)["title"] == (
        'Ủy ban MTTQ tỉnh tổng kết năm 2024, trao 12 giải báo chí "Mặt trận đồng hành cùng nhân dân vùng lũ"'
    )


def test_handing_over_a_number_of_things_is_a_gift_giving_not_a_prize():
    page = "Tin tức\n05/03/2019\nTrao 900 áo phao cho học sinh vùng sông nước\nNgày 4/3, Huyện đoàn Tam Nông trao 900 áo phao cho học sinh.\n"
    assert extract_text(page)["event"]["kind"] == "trao_qua"


def test_a_title_written_once_over_a_list_of_divisions_before_a_colon():
    assert _people("Các đồng chí Bí thư Đảng ủy xã Tân Tiến, Hòa Bình, Đông Hải: Lê Văn Út, Trần Thị Bảy báo cáo.") == [
        ("Lê Văn Út", ["Bí thư Đảng ủy xã Tân Tiến, Hòa Bình, Đông Hải"]),
        ("Trần Thị Bảy", ["Bí thư Đảng ủy xã Tân Tiến, Hòa Bình, Đông Hải"]),
    ]
    assert _people("Các đồng chí Phó Chủ tịch UBND các huyện Mỹ Xuyên, Trần Đề: Lâm Văn Sang, Thạch Thị Nga phát biểu.") == [
        ("Lâm Văn Sang", ["Phó Chủ tịch UBND các huyện Mỹ Xuyên, Trần Đề"]),
        ("Thạch Thị Nga", ["Phó Chủ tịch UBND các huyện Mỹ Xuyên, Trần Đề"]),
    ]


def test_an_association_named_by_its_abbreviation():
    assert _people("Ông Trần Văn Khiết, Chủ tịch Hội NNCĐDC huyện Đức Thọ, cho biết.") == [
        ("Trần Văn Khiết", ["Chủ tịch Hội NNCĐDC huyện Đức Thọ"])
    ]
