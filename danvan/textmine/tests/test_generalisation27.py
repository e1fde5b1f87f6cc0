"""Twenty-seventh round of issue 14: how far a title written after a name runs when its body's name is one the
lexicon does not know — a name in sentence case (a capital, then lower-case words) runs to what ends a title (a
separator, a clause's verb), decided by what follows it (`title_extent.name_tail`). Invented sentences: other names,
bodies and places than the blind pages."""

import pytest

from danvan.textmine import extract_text


def _people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["titles"] for p in extract_text(text)["people"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition between commas, closed by a verb, another post or a bracket
        (
            "Ông Nguyễn Văn Tám, Trưởng phòng Quản lý hành chính về trật tự xã hội, phát biểu tại hội nghị.",
            {"Nguyễn Văn Tám": ["Trưởng phòng Quản lý hành chính về trật tự xã hội"]},
        ),
        (
            "Ông Phạm Văn Sáu, Phó Trưởng phòng Công tác đảng và công tác chính trị, cho biết như vậy.",
            {"Phạm Văn Sáu": ["Phó Trưởng phòng Công tác đảng và công tác chính trị"]},
        ),
        (
            "Bà Cao Thị Mận, Trưởng phòng Chăm sóc sức khỏe cán bộ tỉnh, nhấn mạnh yêu cầu.",
            {"Cao Thị Mận": ["Trưởng phòng Chăm sóc sức khỏe cán bộ tỉnh"]},
        ),
        (
            "Ông Đinh Văn Bảy, Trưởng trạm Khuyến nông xã Hòa Bình, đề nghị bà con giữ giống.",
            {"Đinh Văn Bảy": ["Trưởng trạm Khuyến nông xã Hòa Bình"]},
        ),
        (
            "Ông Trịnh Văn Cường, Đội trưởng Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện, cho biết.",
            {"Trịnh Văn Cường": ["Đội trưởng Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an huyện"]},
        ),
        # a comma, then what opens the clause: a verb the labels write after a title, the next person
        (
            "Bà Đàm Thị Yến, Phó Trưởng phòng Chăm sóc người cao tuổi tỉnh, vận động con cháu đóng góp.",
            {"Đàm Thị Yến": ["Phó Trưởng phòng Chăm sóc người cao tuổi tỉnh"]},
        ),
        # a chain of titles, each to its comma
        (
            "Ông Đỗ Văn Chín, Giám đốc Trung tâm Khuyến nông và Dịch vụ nông nghiệp huyện, Chủ nhiệm Hợp tác xã Thành Công, cho biết.",
            {"Đỗ Văn Chín": ["Giám đốc Trung tâm Khuyến nông và Dịch vụ nông nghiệp huyện", "Chủ nhiệm Hợp tác xã Thành Công"]},
        ),
        (
            "Bà Vũ Thị Lan, Tỉnh ủy viên, Phó Giám đốc Trung tâm Bảo trợ xã hội và Công tác xã hội tỉnh, Chủ tịch Hội Chữ thập đỏ tỉnh, cho biết.",
            {"Vũ Thị Lan": ["Tỉnh ủy viên", "Phó Giám đốc Trung tâm Bảo trợ xã hội và Công tác xã hội tỉnh", "Chủ tịch Hội Chữ thập đỏ tỉnh"]},
        ),
        # a second field after "và", a verb's syllable inside a name, a school's level, a department's parent body
        (
            "Bà Lê Thị Huệ, Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông huyện, phát biểu.",
            {"Lê Thị Huệ": ["Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thông huyện"]},
        ),
        (
            "Ông Vi Văn Đức, Hiệu trưởng Trường Tiểu học và Trung học cơ sở Bản Lầu, cho biết.",
            {"Vi Văn Đức": ["Hiệu trưởng Trường Tiểu học và Trung học cơ sở Bản Lầu"]},
        ),
        (
            "Ông Tạ Văn Hùng, Trưởng phòng Xây dựng chính quyền và công tác thanh niên Sở Nội vụ, cho biết.",
            {"Tạ Văn Hùng": ["Trưởng phòng Xây dựng chính quyền và công tác thanh niên Sở Nội vụ"]},
        ),
        (
            "Ông Kha Văn Lâm, Đội trưởng Đội Quản lý thị trường số 3, cho biết.",
            {"Kha Văn Lâm": ["Đội trưởng Đội Quản lý thị trường số 3"]},
        ),
        # a word whose first syllable opens a verb elsewhere ("phát biểu") inside a name, also after "và"
        (
            "Ông Âu Văn Khải, Giám đốc Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện, cho biết.",
            {"Âu Văn Khải": ["Giám đốc Ban Quản lý dự án đầu tư xây dựng và phát triển quỹ đất huyện"]},
        ),
        (
            "Bà Hứa Thị Nhung, Giám đốc Quỹ Hỗ trợ phát triển hợp tác xã tỉnh, cho biết.",
            {"Hứa Thị Nhung": ["Giám đốc Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"]},
        ),
        # closed by a clause's verb with no comma, a spaced dash or a bracket
        (
            "Ông Lò Văn Khánh, Trưởng phòng Quản lý hành chính về trật tự xã hội cho biết các vụ việc giảm.",
            {"Lò Văn Khánh": ["Trưởng phòng Quản lý hành chính về trật tự xã hội"]},
        ),
        (
            "Ông Hà Văn Lực - Phó Trưởng phòng Công tác đảng và công tác chính trị đồng chủ trì buổi làm việc.",
            {"Hà Văn Lực": ["Phó Trưởng phòng Công tác đảng và công tác chính trị"]},
        ),
        (
            "Hội nghị có ông Mạc Văn Toàn (Phó Giám đốc Trung tâm Phát triển quỹ đất huyện) tham dự.",
            {"Mạc Văn Toàn": ["Phó Giám đốc Trung tâm Phát triển quỹ đất huyện"]},
        ),
    ],
)
def test_a_title_runs_to_what_ends_it(text: str, expected: dict[str, list[str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same extent for a post before ", <honorific> <name>", after a verb that gives it, in a list by semicolons
        (
            "Phó Giám đốc Trung tâm Bảo trợ xã hội và Công tác xã hội tỉnh, bà Ninh Thị Bích cho biết.",
            {"Ninh Thị Bích": ["Phó Giám đốc Trung tâm Bảo trợ xã hội và Công tác xã hội tỉnh"]},
        ),
        (
            "Ông Giáp Văn Hòa được bổ nhiệm làm Trưởng phòng Quản lý hành chính về trật tự xã hội từ tháng 3.",
            {"Giáp Văn Hòa": ["Trưởng phòng Quản lý hành chính về trật tự xã hội"]},
        ),
        (
            "Bà Doãn Thị Hậu hiện là Phó Giám đốc Trung tâm Bảo trợ xã hội và Công tác xã hội tỉnh.",
            {"Doãn Thị Hậu": ["Phó Giám đốc Trung tâm Bảo trợ xã hội và Công tác xã hội tỉnh"]},
        ),
        (
            "Các đồng chí: Khổng Văn Tú, Trưởng phòng Công tác đảng và công tác chính trị; Lã Thị Mơ, Phó Giám đốc "
            "Trung tâm Bảo trợ xã hội tỉnh.",
            {
                "Khổng Văn Tú": ["Trưởng phòng Công tác đảng và công tác chính trị"],
                "Lã Thị Mơ": ["Phó Giám đốc Trung tâm Bảo trợ xã hội tỉnh"],
            },
        ),
        # a title before a colon and its list, "và" joining the name's two fields
        (
            "Tham dự có các đồng chí Phó Trưởng phòng Công tác đảng và công tác chính trị: Mẫn Văn Cường, Khúc Thị Hoa.",
            {
                "Mẫn Văn Cường": ["Phó Trưởng phòng Công tác đảng và công tác chính trị"],
                "Khúc Thị Hoa": ["Phó Trưởng phòng Công tác đảng và công tác chính trị"],
            },
        ),
        # then, as for a department the chain reads whole, the body it is part of after a comma
        (
            "Ông Bế Văn Sinh, Trưởng phòng Quản lý hành chính về trật tự xã hội, Công an tỉnh, cho biết.",
            {"Bế Văn Sinh": ["Trưởng phòng Quản lý hành chính về trật tự xã hội, Công an tỉnh"]},
        ),
        # a board named alone is part of the body after the comma, as a department is (not of a list of bodies)
        (
            "Đồng chí Nông Văn Chiến, Trưởng Ban Tuyên huấn, Cục Chính trị Quân khu 2, phát biểu.",
            {"Nông Văn Chiến": ["Trưởng Ban Tuyên huấn, Cục Chính trị Quân khu 2"]},
        ),
        # a title after a dash, the list's shared one, to the sentence's end
        (
            "Các đồng chí Mẫn Văn Cường, Khúc Thị Hoa - Phó Trưởng phòng Công tác đảng và công tác chính trị.",
            {
                "Mẫn Văn Cường": ["Phó Trưởng phòng Công tác đảng và công tác chính trị"],
                "Khúc Thị Hoa": ["Phó Trưởng phòng Công tác đảng và công tác chính trị"],
            },
        ),
    ],
)
def test_the_same_extent_in_other_shapes(text: str, expected: dict[str, list[str]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words after a title that closes on a place are the clause's
        (
            "Bà Cao Thị Nga, Chủ tịch Hội LHPN xã Tân Lập tích cực vận động, cho biết thêm.",
            {"Cao Thị Nga": ["Chủ tịch Hội LHPN xã Tân Lập"]},
        ),
        (
            "Bà Cao Thị Nga, Chủ tịch Hội LHPN tỉnh nhiều năm liền, cho biết thêm.",
            {"Cao Thị Nga": ["Chủ tịch Hội LHPN tỉnh"]},
        ),
        # after a party committee, the clause's verb
        (
            "Đồng chí Lê Thị Hạnh, Trưởng Ban Dân vận Huyện ủy đồng chủ trì hội nghị.",
            {"Lê Thị Hạnh": ["Trưởng Ban Dân vận Huyện ủy"]},
        ),
        (
            "Đồng chí Nông Văn Chiến, Trưởng Ban Dân vận, Ủy ban MTTQ, Hội Nông dân cùng dự.",
            {"Nông Văn Chiến": ["Trưởng Ban Dân vận"]},
        ),
        (
            "Đồng chí Nông Văn Chiến, Trưởng Ban Dân vận Huyện ủy, Ủy ban MTTQ huyện và các đoàn thể cùng dự.",
            {"Nông Văn Chiến": ["Trưởng Ban Dân vận Huyện ủy"]},
        ),
        # a verb after a body whose last word in capitals ends like a word of a name ("Tỉnh đoàn" | "kết luận")
        (
            "Đồng chí Sầm Văn Quý, Bí thư Tỉnh đoàn kết luận hội nghị.",
            {"Sầm Văn Quý": ["Bí thư Tỉnh đoàn"]},
        ),
        # a body's word in lower case then an unknown verb before the full stop: no name in capitals, no title
        ("Thượng tọa Lý Văn Hùng, Trụ trì chùa đón tiếp.", {"Lý Văn Hùng": ["Thượng tọa", "Trụ trì chùa"]}),
        ("Bà Vũ Thị Hoa, Phó Giám đốc Trung tâm Khuyến nông đã tới thăm.", {"Vũ Thị Hoa": ["Phó Giám đốc Trung tâm Khuyến nông"]}),
        # "và" before people ends the title
        (
            "Bà Mai Thị Lụa, Chủ tịch Hội LHPN xã và cán bộ hội, cho biết.",
            {"Mai Thị Lụa": ["Chủ tịch Hội LHPN xã"]},
        ),
        # a proper name in capitals closes the body; a post alone names no body after it
        (
            "Ông Tăng Văn Tài, Giám đốc Công ty Phú Thịnh giúp dân xã Hòa Lộc làm đường.",
            {"Tăng Văn Tài": ["Giám đốc Công ty Phú Thịnh"]},
        ),
        # the rules alone stop at "Giám đốc"; the model of title extents (title_model.py) reads the branch's word with it,
        # as the blind labels write "Giám đốc Chi nhánh" (test_generalisation15)
        ("Ông Âu Văn Kỳ, Giám đốc Chi nhánh, phát biểu.", {"Âu Văn Kỳ": ["Giám đốc Chi nhánh"]}),
        # a term is no name; one word before a verb is more likely the verb's own syllable
        (
            "Ông Quách Văn Ninh, Ủy viên Ban Chấp hành Hội Làm vườn tỉnh nhiệm kỳ mới, phát biểu.",
            {"Quách Văn Ninh": ["Ủy viên Ban Chấp hành Hội Làm vườn tỉnh"]},
        ),
        (
            "Bà Lục Thị Sen, Trưởng phòng Nông nghiệp hướng dẫn bà con làm đất.",
            {"Lục Thị Sen": ["Trưởng phòng Nông nghiệp"]},
        ),
        # a comma followed by words in lower case that are no verb: the apposition is not known to close
        (
            "Ông Lương Văn Nhất, Giám đốc Trung tâm Khuyến nông suốt mấy năm nay, vẫn đi cơ sở.",
            {"Lương Văn Nhất": ["Giám đốc Trung tâm Khuyến nông"]},
        ),
    ],
)
def test_a_title_stops_where_the_clause_goes_on(text: str, expected: dict[str, list[str]]) -> None:
    assert _people(text) == expected
