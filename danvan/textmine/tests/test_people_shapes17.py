"""Seventeenth round of issue 14: still more people shapes in other variations than any set shows (lists split by
semicolons, posts in capitals before and after names, Cham, Khmer, Hoa and Stiêng names, captions, military and
religious posts), as invented sentences; 2 of the 34 fail on the round's base."""

import pytest

from .test_generalisation5 import _people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tới dự có đồng chí Rơ Ô Thuyên, Phó Chủ tịch UBND tỉnh; đồng chí Ksor Nham, Chủ tịch Hội Nông dân '
            'tỉnh.',
            {'Rơ Ô Thuyên': ['Phó Chủ tịch UBND tỉnh'], 'Ksor Nham': ['Chủ tịch Hội Nông dân tỉnh']},
        ),
        (
            'Trưởng thôn Ksor Djuh và Bí thư Chi bộ Rơ Mah Thuê cùng đi vận động.',
            {'Ksor Djuh': ['Trưởng thôn'], 'Rơ Mah Thuê': ['Bí thư Chi bộ']},
        ),
        (
            'Phát biểu tại buổi lễ, Đại tá Hà Văn Lợi, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh cảm ơn '
            'bà con.',
            {'Hà Văn Lợi': ['Đại tá', 'Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh']},
        ),
        (
            'Bà Nguyễn Thị Lệ, Phó Chủ tịch Thường trực Hội Liên hiệp Phụ nữ tỉnh, trao 20 sinh kế.',
            {'Nguyễn Thị Lệ': ['Phó Chủ tịch Thường trực Hội Liên hiệp Phụ nữ tỉnh']},
        ),
        (
            'Ông Mã Văn Lịch, Trưởng Ban Dân tộc và Tôn giáo tỉnh, báo cáo.',
            {'Mã Văn Lịch': ['Trưởng Ban Dân tộc và Tôn giáo tỉnh']},
        ),
        (
            'Bà Hầu Thị Dua, Chi hội trưởng Chi hội Phụ nữ bản Tả Phìn, chia sẻ.',
            {'Hầu Thị Dua': ['Chi hội trưởng Chi hội Phụ nữ bản Tả Phìn']},
        ),
        (
            'Anh Thào A Páo (bìa phải), Bí thư Chi đoàn bản Lao Chải, hướng dẫn bà con.',
            {'Thào A Páo': ['Bí thư Chi đoàn bản Lao Chải']},
        ),
        (
            'Ông Hoàng Văn Hiếu, Trưởng phòng Văn hóa - Thông tin huyện, cho biết.',
            {'Hoàng Văn Hiếu': ['Trưởng phòng Văn hóa - Thông tin huyện']},
        ),
        (
            'Ông Y Jut Niê, Phó Giám đốc Ban Quản lý rừng phòng hộ Krông Bông, tham gia.',
            {'Y Jut Niê': ['Phó Giám đốc Ban Quản lý rừng phòng hộ Krông Bông']},
        ),
        (
            "Đồng chí H'Yim Kđoh, Phó Trưởng Đoàn Đại biểu Quốc hội tỉnh, tiếp xúc cử tri.",
            {"H'Yim Kđoh": ['Phó Trưởng Đoàn Đại biểu Quốc hội tỉnh']},
        ),
        (
            'Anh Sùng A Giàng được chi bộ phân công làm Tổ trưởng tổ an ninh xung kích bản.',
            {'Sùng A Giàng': ['Tổ trưởng tổ an ninh xung kích bản']},
        ),
        (
            'Ông Lò Văn Inh (dân tộc Thái, bản Hẹ), nguyên Trưởng bản, nay là người có uy tín, kể lại.',
            {'Lò Văn Inh': ['nguyên Trưởng bản', 'người có uy tín']},
        ),
        (
            "Tham gia đoàn có các đồng chí Ủy viên Ban Thường vụ Tỉnh đoàn: Rơ Lan Ngọc, Ksor H'Bin.",
            {'Rơ Lan Ngọc': ['Ủy viên Ban Thường vụ Tỉnh đoàn'], "Ksor H'Bin": ['Ủy viên Ban Thường vụ Tỉnh đoàn']},
        ),
        (
            'Ông Kiều Văn Quang, Chủ tịch Hội Cựu chiến binh xã, Bí thư Chi bộ thôn Đồng Mới, nói.',
            {'Kiều Văn Quang': ['Chủ tịch Hội Cựu chiến binh xã', 'Bí thư Chi bộ thôn Đồng Mới']},
        ),
        (
            'Mường Lát (Thanh Hóa): Ông Lò Văn Hặc, Bí thư Đảng ủy xã Pù Nhi, phát biểu.',
            {'Lò Văn Hặc': ['Bí thư Đảng ủy xã Pù Nhi']},
        ),
        (
            'Thay mặt các già làng, ông A Hơ, già làng làng Kon Klor, phát biểu.',
            {'A Hơ': ['già làng làng Kon Klor']},
        ),
        (
            'Ông Đinh Nhân, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Ba Tô và ông Phạm Kiên, Chủ tịch Ủy ban MTTQ '
            'Việt Nam xã, trao quà.',
            {
                'Đinh Nhân': ['Phó Bí thư Đảng ủy', 'Chủ tịch UBND xã Ba Tô'],
                'Phạm Kiên': ['Chủ tịch Ủy ban MTTQ Việt Nam xã'],
            },
        ),
        (
            'Chị Lường Thị Ban, Chủ tịch Hội LHPN xã, và chị Cầm Thị Đoàn, Bí thư Đoàn xã, vận động chị em.',
            {'Lường Thị Ban': ['Chủ tịch Hội LHPN xã'], 'Cầm Thị Đoàn': ['Bí thư Đoàn xã']},
        ),
        (
            'Ông Đàng Năng Thọ, Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh, phát biểu.',
            {'Đàng Năng Thọ': ['Chủ tịch Hội đồng Chức sắc Bà-la-môn tỉnh']},
        ),
        (
            'Ông Thông Minh Trí, Trưởng thôn Phước Nhơn, cho biết.',
            {'Thông Minh Trí': ['Trưởng thôn Phước Nhơn']},
        ),
        (
            'Đồng chí Chánh Văn phòng Huyện ủy Lê Quang Hưng đọc quyết định.',
            {'Lê Quang Hưng': ['Chánh Văn phòng Huyện ủy']},
        ),
        (
            'Ông Vi Văn Thắng, Chính trị viên Ban Chỉ huy Quân sự xã, báo cáo.',
            {'Vi Văn Thắng': ['Chính trị viên Ban Chỉ huy Quân sự xã']},
        ),
        (
            'Chỉ huy trưởng Ban Chỉ huy Quân sự xã Ngân Văn Tuấn cho biết lực lượng dân quân đã giúp dân.',
            {'Ngân Văn Tuấn': ['Chỉ huy trưởng Ban Chỉ huy Quân sự xã']},
        ),
        (
            'Bà Kiên Thị Thu Hà, Phó Chủ tịch Hội LHPN huyện, tặng quà.',
            {'Kiên Thị Thu Hà': ['Phó Chủ tịch Hội LHPN huyện']},
        ),
        (
            'Chị Thạch Thị Sa Phia, hội viên phụ nữ ấp Trà Ốt, cho biết.',
            {'Thạch Thị Sa Phia': ['hội viên phụ nữ ấp Trà Ốt']},
        ),
        (
            'Ông Lý Cẩm Phát, Trưởng ban Quản trị chùa Ông, đóng góp 50 triệu đồng.',
            {'Lý Cẩm Phát': ['Trưởng ban Quản trị chùa Ông']},
        ),
        (
            'Dự có Phó Bí thư Thường trực Đảng ủy xã Hà Thị Minh, Phó Chủ tịch UBND xã Lò Văn Pâng.',
            {'Hà Thị Minh': ['Phó Bí thư Thường trực Đảng ủy xã'], 'Lò Văn Pâng': ['Phó Chủ tịch UBND xã']},
        ),
        (
            'Ông Nguyễn Văn Hai, Bí thư Chi bộ ấp 3, cho biết. Ông Hai nói thêm, ấp còn 5 hộ nghèo.',
            {'Nguyễn Văn Hai': ['Bí thư Chi bộ ấp 3']},
        ),
        (
            'Ông Hứa Văn Sáng, Phó Trưởng ban Thường trực Ban Công tác Mặt trận khu dân cư số 4, vận động bà con.',
            {'Hứa Văn Sáng': ['Phó Trưởng ban Thường trực Ban Công tác Mặt trận khu dân cư số 4']},
        ),
        (
            'Bà Điểu Thị Hạnh, Trưởng ấp Sóc Lớn, xã Lộc Thành, chia sẻ.',
            {'Điểu Thị Hạnh': ['Trưởng ấp Sóc Lớn']},
        ),
        (
            'Đồng chí Trần Hồng Minh - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy - kết luận hội '
            'nghị.',
            {'Trần Hồng Minh': ['Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy']},
        ),
        (
            'Chủ tịch Hội Nông dân xã, ông Hà Văn Chiến, cho biết.',
            {'Hà Văn Chiến': ['Chủ tịch Hội Nông dân xã']},
        ),
        (
            'Ông Lục Văn Thắng, Bí thư Đảng ủy xã, đồng thời là Chủ tịch HĐND xã, phát biểu.',
            {'Lục Văn Thắng': ['Bí thư Đảng ủy xã', 'Chủ tịch HĐND xã']},
        ),
        (
            'Tổ trưởng Tổ hòa giải thôn Bản Tát, bà Nông Thị Vân, kể lại.',
            {'Nông Thị Vân': ['Tổ trưởng Tổ hòa giải thôn Bản Tát']},
        ),
    ],
)
def test_people_in_other_shapes(text, expected):
    assert _people(text) == expected
