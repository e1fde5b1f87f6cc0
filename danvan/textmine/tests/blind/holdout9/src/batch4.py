from lib import *

PAGES = []

# ---------------------------------------------------------------- b191
PAGES.append(page("b191-camau-xa-giaoban-2025", """
TRANG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẬU
Tỉnh Cà Mau
Trang chủ / Tin hoạt động / Đảng ủy xã
Thứ Sáu, 05/12/2025 | 10:15
Vĩnh Hậu: Giải quyết dứt điểm 19 kiến nghị của cử tri sau sáp nhập
Ngày 3/12, Đảng ủy xã Vĩnh Hậu tổ chức giao ban công tác dân vận và hoạt động của Mặt trận, các đoàn thể tháng 11 năm 2025.
Quang cảnh buổi giao ban tại hội trường Đảng ủy xã.
Chủ trì có đồng chí Trần Minh Luân, Bí thư Đảng ủy xã; đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã Lâm Thị Sa Ry. Dự có đồng chí Huỳnh Văn Út, vừa được Ban Thường vụ Đảng ủy xã phân công giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã, và Trưởng ban công tác Mặt trận của 18 ấp.
Xã Vĩnh Hậu được thành lập trên cơ sở 3 xã cũ của huyện Hòa Bình, tỉnh Bạc Liêu trước đây, nay thuộc tỉnh Cà Mau. Sau 5 tháng vận hành chính quyền 2 cấp, bộ phận một cửa đã tiếp nhận 1.245 hồ sơ, giải quyết đúng hạn 98,6%.
Trong tháng 11, Khối dân vận đã phối hợp tổ chức 6 buổi tiếp xúc, đối thoại với 476 lượt người tham dự; nhận 22 kiến nghị, đến nay giải quyết dứt điểm 19/22 kiến nghị. Các đoàn thể vận động 35.000.000 đ sửa 2 cây cầu bê tông dài 24 m, hỗ trợ 9 hộ nghèo sửa nhà.
Ông Thạch Phol, Trưởng ấp Năm Căn, cho biết bà con đã góp 340 ngày công nạo vét 3,2 km kênh nội đồng.
Đồng chí Trần Minh Luân đề nghị triển khai Kế hoạch số 08-KH/ĐU của Đảng ủy xã về công tác dân vận năm 2026 và Kết luận 150-KL/TW của Bộ Chính trị; tháng 12 chăm lo Tết cho 312 hộ nghèo, cận nghèo, mỗi hộ ít nhất 500 nghìn đồng.
Ban Tuyên giáo và Dân vận Đảng ủy xã
Lượt truy cập: 2.048
Tin liên quan
- Vĩnh Hậu giao ban dân vận tháng 10 năm 2025
- Xã tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 18 ấp
""",
    published="2025-12-05",
    title="Vĩnh Hậu: Giải quyết dứt điểm 19 kiến nghị của cử tri sau sáp nhập",
    event=E("giao_ban", "2025-11", "2025-12-03"),
    people=[
        P("Trần Minh Luân", "Bí thư Đảng ủy xã"),
        P("Lâm Thị Sa Ry", "Ủy viên Ban Thường vụ Đảng ủy", "Chủ tịch Ủy ban MTTQ Việt Nam xã"),
        P("Huỳnh Văn Út", "Phó Chủ tịch Ủy ban MTTQ Việt Nam xã"),
        P("Thạch Phol", "Trưởng ấp Năm Căn"),
    ],
    quantities=[
        Q("18 ấp", 18, "ấp"),
        Q("3 xã cũ", 3, "xã"),
        Q("1.245 hồ sơ", 1245, "hồ sơ"),
        Q("98,6%", 98.6, "%"),
        Q("6 buổi tiếp xúc, đối thoại", 6, "buổi tiếp xúc, đối thoại"),
        Q("476 lượt người", 476, "lượt người"),
        Q("22 kiến nghị", 22, "kiến nghị"),
        Q("19/22 kiến nghị", 19, "kiến nghị"),
        Q("35.000.000 đ", 35000000, "đồng"),
        Q("2 cây cầu", 2, "cây cầu"),
        Q("24 m", 24, "m"),
        Q("9 hộ nghèo", 9, "hộ nghèo"),
        Q("340 ngày công", 340, "ngày công"),
        Q("3,2 km", 3.2, "km"),
        Q("312 hộ nghèo, cận nghèo", 312, "hộ nghèo, cận nghèo"),
        Q("500 nghìn đồng", 500000, "đồng"),
    ],
    documents=[
        D("Kế hoạch", "08", "KH/ĐU", None, "Đảng ủy xã", "Kế hoạch số 08-KH/ĐU"),
        D("Kết luận", "150", "KL/TW", None, "Bộ Chính trị", "Kết luận 150-KL/TW"),
    ],
    places=[prov("Cà Mau"), prov("Bạc Liêu"), com("xã Vĩnh Hậu")],
    not_people=["TRANG THÔNG TIN ĐIỆN TỬ XÃ VĨNH HẬU", "Trang chủ / Tin hoạt động / Đảng ủy xã",
                "Quang cảnh buổi giao ban tại hội trường Đảng ủy xã.", "huyện Hòa Bình",
                "Khối dân vận"],
    not_money=["Lượt truy cập: 2.048", "Sau 5 tháng", "chính quyền 2 cấp", "tháng 11 năm 2025", "tháng 12", "Trong tháng 11",
               "năm 2026"],
))

# ---------------------------------------------------------------- b192
PAGES.append(page("b192-lamdong-btgdv-tongket-2025", """
BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG
Hôm nay: 20/01/2026
Trang chủ > Tin tức > Tuyên giáo - Dân vận
Thứ Tư, 14/01/2026 - 17:10
Năm 2026: Đưa công tác dân vận về gần dân ở từng thôn, tổ dân phố
Chiều 13/1, Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng tổ chức hội nghị tổng kết công tác tuyên giáo và dân vận năm 2025, triển khai nhiệm vụ năm 2026, kết nối trực tuyến tới 124 điểm cầu xã, phường, đặc khu.
Các đại biểu dự hội nghị tại điểm cầu tỉnh.
Chủ trì hội nghị có đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy K'Bròng; các đồng chí Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy: Touneh Thị Hạnh, Điểu Bình, Thông Thị Hồng.
Năm 2025 là năm đầu tiên tỉnh Lâm Đồng vận hành sau khi hợp nhất với tỉnh Đắk Nông và tỉnh Bình Thuận. Toàn tỉnh đã công nhận 2.416 mô hình "Dân vận khéo"; vận động xóa 4.870 căn nhà tạm, nhà dột nát với tổng kinh phí 287 tỷ đồng; 96,4% khu dân cư đạt danh hiệu văn hóa.
Đồng chí Ka Hồng, Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã Đạ Tẻh, cho biết: "Sau sáp nhập, xã có 37 thôn; cán bộ dân vận phải đi gần 60 km mới tới thôn xa nhất".
Ông Kră Jăn Ha Bin, già làng ở thôn Bon Đơng, xã Lạc Dương, được biểu dương vì vận động 46 hộ K'Ho trả lại 12 ha đất rừng.
Hội nghị quán triệt Kết luận 05, 06-KL/TU của Ban Thường vụ Tỉnh ủy; năm 2026 phấn đấu 100% xã, phường có mô hình dân vận khéo, mỗi đảng viên giúp đỡ ít nhất 1 hộ.
Dịp này, Ban Tuyên giáo và Dân vận Tỉnh ủy tặng Giấy khen cho 32 tập thể, 48 cá nhân; mỗi tập thể được thưởng 2.000.000 đồng.
Đồng chí K'Bròng (giữa) tặng Giấy khen cho các tập thể. Ảnh: Minh Hưng
Minh Hưng
Lượt xem: 3.115
Tin cùng chuyên mục
- Lâm Đồng: Giao ban công tác dân vận quý IV năm 2025
- Phan Thiết: 120 căn nhà đại đoàn kết được bàn giao
""",
    published="2026-01-14",
    title="Năm 2026: Đưa công tác dân vận về gần dân ở từng thôn, tổ dân phố",
    event=E("tong_ket", "2025", "2026-01-13"),
    people=[
        P("K'Bròng", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Touneh Thị Hạnh", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Điểu Bình", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Thông Thị Hồng", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Ka Hồng", "Trưởng Ban Tuyên giáo và Dân vận Đảng ủy xã Đạ Tẻh"),
        P("Kră Jăn Ha Bin", "già làng ở thôn Bon Đơng"),
    ],
    quantities=[
        Q("124 điểm cầu", 124, "điểm cầu"),
        Q("2.416 mô hình", 2416, "mô hình"),
        Q("4.870 căn nhà tạm, nhà dột nát", 4870, "căn nhà tạm, nhà dột nát"),
        Q("287 tỷ đồng", 287000000000, "đồng"),
        Q("96,4%", 96.4, "%"),
        Q("37 thôn", 37, "thôn"),
        Q("gần 60 km", 60, "km", "approx"),
        Q("46 hộ", 46, "hộ"),
        Q("12 ha", 12, "ha"),
        Q("100%", 100, "%"),
        Q("1 hộ", 1, "hộ"),
        Q("32 tập thể", 32, "tập thể"),
        Q("48 cá nhân", 48, "cá nhân"),
        Q("2.000.000 đồng", 2000000, "đồng"),
    ],
    documents=[
        D("Kết luận", "05", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 05, 06-KL/TU"),
        D("Kết luận", "06", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "06-KL/TU"),
    ],
    places=[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("xã Đạ Tẻh"), com("xã Lạc Dương")],
    not_people=["BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LÂM ĐỒNG", "Trang chủ > Tin tức > Tuyên giáo - Dân vận",
                "Các đại biểu dự hội nghị tại điểm cầu tỉnh.", "Dân vận khéo", "thôn Bon Đơng",
                "Đồng chí K'Bròng (giữa) tặng Giấy khen cho các tập thể. Ảnh: Minh Hưng"],
    not_money=["Lượt xem: 3.115", "Hôm nay: 20/01/2026", "Năm 2026", "năm đầu tiên"],
))

# ---------------------------------------------------------------- b193
PAGES.append(page("b193-tuyenquang-hnd-doithoai-2026", """
HỘI NÔNG DÂN TỈNH TUYÊN QUANG
Trang chủ » Tin hoạt động » Hội Nông dân cơ sở
20/03/2026 10:05
Nông dân vùng cao kiến nghị hỗ trợ giống bò và phân bón
Sáng 18/3, tại xã Minh Tân, Hội Nông dân tỉnh Tuyên Quang phối hợp với UBND xã tổ chức hội nghị đối thoại giữa người đứng đầu chính quyền xã với hội viên nông dân năm 2026 - hội nghị đầu tiên ở khu vực tỉnh Hà Giang cũ sau hợp nhất.
Nông dân xã Minh Tân nêu kiến nghị tại hội nghị.
Dự đối thoại có ông Nông Văn Tuấn, UVBCH Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh; bà Ma Thị Nguyệt, Phó Chủ tịch Hội Nông dân tỉnh; ông Sùng A Lềnh, Chủ tịch UBND xã Minh Tân cùng 320 hội viên nông dân ở 26 thôn.
Tại hội nghị, 24 ý kiến đã được nêu. Ông Bàn Văn Phúc, người Dao ở thôn Thèn Ván, kiến nghị hỗ trợ giống bò vàng cho hộ nghèo; bà Vàng Thị Sua, thôn Khâu Mèo, đề nghị xã làm 1,5 km đường lên khu trồng chè shan tuyết.
Ông Sùng A Lềnh trả lời trực tiếp 20/24 ý kiến. Năm 2026, xã dành 1,8 tỷ đồng hỗ trợ 50 con bò sinh sản cho 50 hộ nghèo, mỗi con không quá 18 triệu đồng; hỗ trợ 70 tấn phân bón cho 420 ha chè và ngô theo Nghị quyết số 14/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh.
Ông Nông Văn Tuấn đề nghị các cấp Hội phát huy phong trào "Nông dân thi đua sản xuất kinh doanh giỏi", thực hiện Kết luận 95-KL/TW của Ban Bí thư; đến hết năm 2026 Quỹ Hỗ trợ nông dân xã đạt 600 triệu đồng.
Ông Nông Văn Tuấn (đứng) trả lời kiến nghị của nông dân. Ảnh: Ngọc Ánh
Ngọc Ánh
Số lượt xem: 815
Tin liên quan
- Hà Giang cũ: 1.200 hội viên được vay vốn Quỹ Hỗ trợ nông dân
- Hội Nông dân tỉnh tổng kết công tác năm 2025
""",
    published="2026-03-20",
    title="Nông dân vùng cao kiến nghị hỗ trợ giống bò và phân bón",
    event=E("doi_thoai", "2026", "2026-03-18"),
    people=[
        P("Nông Văn Tuấn", "UVBCH Trung ương Hội Nông dân Việt Nam", "Chủ tịch Hội Nông dân tỉnh"),
        P("Ma Thị Nguyệt", "Phó Chủ tịch Hội Nông dân tỉnh"),
        P("Sùng A Lềnh", "Chủ tịch UBND xã Minh Tân"),
        P("Bàn Văn Phúc"),
        P("Vàng Thị Sua"),
    ],
    quantities=[
        Q("320 hội viên nông dân", 320, "hội viên nông dân"),
        Q("26 thôn", 26, "thôn"),
        Q("24 ý kiến", 24, "ý kiến"),
        Q("1,5 km", 1.5, "km"),
        Q("20/24 ý kiến", 20, "ý kiến"),
        Q("1,8 tỷ đồng", 1800000000, "đồng"),
        Q("50 con bò", 50, "con bò"),
        Q("50 hộ nghèo", 50, "hộ nghèo"),
        Q("18 triệu đồng", 18000000, "đồng"),
        Q("70 tấn phân bón", 70, "tấn phân bón"),
        Q("420 ha", 420, "ha"),
        Q("600 triệu đồng", 600000000, "đồng"),
    ],
    documents=[
        D("Nghị quyết", "14", "2025/NQ-HĐND", "2025-12-10", "HĐND tỉnh", "Nghị quyết số 14/2025/NQ-HĐND"),
        D("Kết luận", "95", "KL/TW", None, "Ban Bí thư", "Kết luận 95-KL/TW"),
    ],
    places=[prov("Tuyên Quang"), prov("Hà Giang"), com("xã Minh Tân")],
    not_people=["HỘI NÔNG DÂN TỈNH TUYÊN QUANG", "Trang chủ » Tin hoạt động » Hội Nông dân cơ sở",
                "Nông dân xã Minh Tân nêu kiến nghị tại hội nghị.", "thôn Thèn Ván", "thôn Khâu Mèo",
                "Nông dân thi đua sản xuất kinh doanh giỏi", "Quỹ Hỗ trợ nông dân",
                "Ông Nông Văn Tuấn (đứng) trả lời kiến nghị của nông dân. Ảnh: Ngọc Ánh"],
    not_money=["Số lượt xem: 815", "hội nghị đầu tiên"],
))

# ---------------------------------------------------------------- b194
PAGES.append(page("b194-quangtri-doan-taphuan-2026", """
TỈNH ĐOÀN QUẢNG TRỊ
Trang chủ › Tin tức › Công tác Đoàn
Ngày đăng 16/04/2026 | 16:20
Bồi dưỡng 160 cán bộ Đoàn cơ sở sau hợp nhất
Trong 2 ngày 15 và 16/4, tại phường Đồng Hới, Ban Thường vụ Tỉnh đoàn Quảng Trị tổ chức lớp tập huấn nghiệp vụ công tác Đoàn cho 160 Bí thư, Phó Bí thư Đoàn các xã, phường, đặc khu.
160 học viên tham dự lớp tập huấn tại phường Đồng Hới.
Dự khai giảng có các đồng chí: Hồ Thị Mai, Ủy viên BCH Trung ương Đoàn, Bí thư Tỉnh đoàn; Lê Quang Vinh, Phó Bí thư Thường trực Tỉnh đoàn; Hồ Văn Lăm, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội LHTN Việt Nam tỉnh.
Trong số học viên có 42 cán bộ Đoàn là người Vân Kiều, Pa Kô, Chứt; 71 người mới được bầu giữ chức vụ sau khi tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất. Chị Kăn Thị Tín, vừa được bầu giữ chức Bí thư Đoàn xã Hướng Phùng, chia sẻ: "Xã mới rộng gấp 3 lần, có 2.640 đoàn viên, thanh niên, nên em cần học cách sinh hoạt chi đoàn qua mạng".
Các báo cáo viên gồm ThS. Nguyễn Thị Hà My, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, và anh Đinh Xuân Trường - Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn, hướng dẫn thực hiện Kế hoạch số 15-KH/TĐTN và Hướng dẫn số 04-HD/TĐTN của Ban Thường vụ Tỉnh đoàn.
Mỗi học viên được hỗ trợ 200.000đ/ngày; toàn khóa chi hơn 85 triệu đồng. Tỉnh đoàn trao 12 máy tính bảng cho các cơ sở Đoàn vùng cao, trị giá 4,8 triệu đồng/máy.
Anh Hồ Văn Pả, Bí thư Chi đoàn bản Cù Bai, đề xuất mở thêm lớp cho 30 bí thư chi đoàn thôn, bản.
Tỉnh đoàn phấn đấu năm 2026 có 100% cơ sở Đoàn triển khai "Chuyển đổi số vì cộng đồng".
Thùy Dương
Lượt đọc: 702
Bài viết liên quan
- Quảng Trị: Ra quân Tháng Thanh niên năm 2026
- 300 đoàn viên hiến máu tại Đồng Hới
""",
    published="2026-04-16",
    title="Bồi dưỡng 160 cán bộ Đoàn cơ sở sau hợp nhất",
    event=E("tap_huan", None, "2026-04-15"),
    people=[
        P("Hồ Thị Mai", "Ủy viên BCH Trung ương Đoàn", "Bí thư Tỉnh đoàn"),
        P("Lê Quang Vinh", "Phó Bí thư Thường trực Tỉnh đoàn"),
        P("Hồ Văn Lăm", "Phó Bí thư Tỉnh đoàn", "Chủ tịch Hội LHTN Việt Nam tỉnh"),
        P("Kăn Thị Tín", "Bí thư Đoàn xã Hướng Phùng"),
        P("Nguyễn Thị Hà My", "ThS.", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
        P("Đinh Xuân Trường", "Trưởng ban Tổ chức - Kiểm tra Tỉnh đoàn"),
        P("Hồ Văn Pả", "Bí thư Chi đoàn bản Cù Bai"),
    ],
    quantities=[
        Q("160 Bí thư, Phó Bí thư Đoàn", 160, "Bí thư, Phó Bí thư Đoàn"),
        Q("42 cán bộ Đoàn", 42, "cán bộ Đoàn"),
        Q("71 người", 71, "người"),
        Q("2.640 đoàn viên, thanh niên", 2640, "đoàn viên, thanh niên"),
        Q("200.000đ/ngày", 200000, "đồng"),
        Q("hơn 85 triệu đồng", 85000000, "đồng", "over"),
        Q("12 máy tính bảng", 12, "máy tính bảng"),
        Q("4,8 triệu đồng/máy", 4800000, "đồng"),
        Q("30 bí thư chi đoàn", 30, "bí thư chi đoàn"),
        Q("100%", 100, "%"),
    ],
    documents=[
        D("Kế hoạch", "15", "KH/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Kế hoạch số 15-KH/TĐTN"),
        D("Hướng dẫn", "04", "HD/TĐTN", None, "Ban Thường vụ Tỉnh đoàn", "Hướng dẫn số 04-HD/TĐTN"),
    ],
    places=[prov("Quảng Trị"), prov("Quảng Bình"), com("phường Đồng Hới"), com("xã Hướng Phùng")],
    not_people=["TỈNH ĐOÀN QUẢNG TRỊ", "Trang chủ › Tin tức › Công tác Đoàn",
                "160 học viên tham dự lớp tập huấn tại phường Đồng Hới.", "Chuyển đổi số vì cộng đồng",
                "bản Cù Bai"],
    not_money=["Lượt đọc: 702", "Trong 2 ngày", "gấp 3 lần"],
))

# ---------------------------------------------------------------- b195
PAGES.append(page("b195-cantho-hlhpn-soket-2026", """
HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ CẦN THƠ
Trang chủ | Tin tức | Hoạt động Hội
Cập nhật lúc 16:45 09/07/2026
Phụ nữ Cần Thơ giúp 1.150 hộ hội viên thoát nghèo
Ngày 8/7, Hội LHPN thành phố Cần Thơ tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2026. Sáu tháng qua, các cấp Hội đã giúp 1.150 hộ hội viên thoát nghèo.
Bà Lâm Thị Sa Phiên phát biểu tại hội nghị.
Dự hội nghị có bà Quách Mỹ Linh, Thành ủy viên, Chủ tịch Hội LHPN thành phố; các bà Lâm Thị Sa Phiên, Sơn Thị Ngọc Bích, Trương Thị Kim Thoa - Phó Chủ tịch Hội LHPN thành phố; bà Huỳnh Thị Diễm, Phó Trưởng ban Dân vận - Tôn giáo Ban Tuyên giáo và Dân vận Thành ủy, cùng 103 chủ tịch Hội LHPN xã, phường.
Đây là lần sơ kết đầu tiên từ khi thành phố Cần Thơ hợp nhất với tỉnh Sóc Trăng và tỉnh Hậu Giang. Sáu tháng, các cấp Hội vận động xây 58 "Mái ấm tình thương" trị giá 2,9 tỷ đồng, trao 1.800 suất quà, giải ngân 146 tỷ đồng vốn ủy thác cho 4.315 hộ vay. Có 680 hội viên được hỗ trợ khởi nghiệp; 87,5% chi hội đăng ký xây dựng gia đình "5 không, 3 sạch".
Chị Sơn Thị Mỹ Duyên, hội viên phụ nữ ấp Tà Ân, phường Mỹ Xuyên, kể nhờ vay 50 triệu đồng nuôi 400 con gà ta, mỗi tháng gia đình có thêm 6 - 7 triệu đồng.
Bà Quách Mỹ Linh đề nghị 6 tháng cuối năm thực hiện Chương trình số 03-CTr/HPN của Ban Thường vụ Hội LHPN thành phố, phấn đấu có thêm 120 tổ hợp tác do phụ nữ làm chủ.
Hội nghị tặng Giấy khen cho 25 tập thể, 40 cá nhân.
Bích Ngọc
Lượt truy cập: 1.967
Tin khác
- Cần Thơ: 500 phụ nữ Khmer được tập huấn kỹ năng số
- Hội thi "Mẹ con cùng khéo tay" năm 2026
""",
    published="2026-07-09",
    title="Phụ nữ Cần Thơ giúp 1.150 hộ hội viên thoát nghèo",
    event=E("so_ket", "2026-H1", "2026-07-08"),
    people=[
        P("Quách Mỹ Linh", "Thành ủy viên", "Chủ tịch Hội LHPN thành phố"),
        P("Lâm Thị Sa Phiên", "Phó Chủ tịch Hội LHPN thành phố"),
        P("Sơn Thị Ngọc Bích", "Phó Chủ tịch Hội LHPN thành phố"),
        P("Trương Thị Kim Thoa", "Phó Chủ tịch Hội LHPN thành phố"),
        P("Huỳnh Thị Diễm", "Phó Trưởng ban Dân vận - Tôn giáo Ban Tuyên giáo và Dân vận Thành ủy"),
        P("Sơn Thị Mỹ Duyên", "hội viên phụ nữ ấp Tà Ân"),
    ],
    quantities=[
        Q("1.150 hộ hội viên", 1150, "hộ hội viên"),
        Q("103 chủ tịch Hội LHPN xã, phường", 103, "chủ tịch Hội LHPN xã, phường"),
        Q('58 "Mái ấm tình thương"', 58, "Mái ấm tình thương"),
        Q("2,9 tỷ đồng", 2900000000, "đồng"),
        Q("1.800 suất quà", 1800, "suất quà"),
        Q("146 tỷ đồng", 146000000000, "đồng"),
        Q("4.315 hộ", 4315, "hộ"),
        Q("680 hội viên", 680, "hội viên"),
        Q("87,5%", 87.5, "%"),
        Q("50 triệu đồng", 50000000, "đồng"),
        Q("400 con gà", 400, "con gà"),
        Q("6 - 7 triệu đồng", 6000000, "đồng"),
        Q("7 triệu đồng", 7000000, "đồng"),
        Q("120 tổ hợp tác", 120, "tổ hợp tác"),
        Q("25 tập thể", 25, "tập thể"),
        Q("40 cá nhân", 40, "cá nhân"),
    ],
    documents=[D("Chương trình", "03", "CTr/HPN", None, "Ban Thường vụ Hội LHPN thành phố", "Chương trình số 03-CTr/HPN")],
    places=[prov("Cần Thơ"), prov("Sóc Trăng"), prov("Hậu Giang"), com("phường Mỹ Xuyên")],
    not_people=["HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ CẦN THƠ", "Trang chủ | Tin tức | Hoạt động Hội",
                "Bà Lâm Thị Sa Phiên phát biểu tại hội nghị.", "Mái ấm tình thương", "ấp Tà Ân"],
    not_money=["Lượt truy cập: 1.967", "Sáu tháng qua", "5 không, 3 sạch", "lần sơ kết đầu tiên", "6 tháng đầu năm 2026",
               "6 tháng cuối năm", "mỗi tháng"],
))

# ---------------------------------------------------------------- b196
PAGES.append(page("b196-vinhlong-bao-chandung-2026", """
BÁO VĨNH LONG
Thứ Năm, 24/09/2026
Trang chủ > Xã hội > Người tốt việc tốt
Thứ Ba, 22/9/2026 - 07:30
Vị Achar gần 30 năm "làm dân vận" ở phum sóc
Hơn 28 năm làm Achar chùa Âng, ông Thạch Sà Rinh (72 tuổi, phường Nguyệt Hóa) còn là Trưởng ban công tác Mặt trận khóm 4, người vận động bà con Khmer góp sức xây dựng quê hương.
Ông Thạch Sà Rinh (bìa trái) cùng bà con làm đường vào phum.
Phường Nguyệt Hóa trước đây thuộc tỉnh Trà Vinh; từ tháng 7/2025, khi tỉnh Trà Vinh và tỉnh Bến Tre hợp nhất vào tỉnh Vĩnh Long, ông vẫn kiên trì với công việc ấy. Khóm 4 có 412 hộ thì 286 hộ là đồng bào Khmer.
Năm 2025, ông cùng Ban công tác Mặt trận vận động 37 hộ hiến 1.120 m2 đất, góp 860 ngày công làm 1,4 km đường bê tông; nhà chùa đóng góp 150 triệu đồng. Ông còn vận động các mạnh thường quân trao 60 suất học bổng, mỗi suất 1.000.000 đồng, cho học sinh Khmer nghèo.
"Nói với bà con thì mình phải làm trước. Tôi hiến 200 m2 đất trước rồi mới đi vận động", ông Sà Rinh cười.
Bà Kim Thị Sô Phi, Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa, nhận xét: "Ở khóm 4 chưa có đơn thư vượt cấp nào, vì mọi chuyện ông Sà Rinh đều hòa giải được".
Đại đức Thạch Chanh Đa, trụ trì chùa Âng, cho biết nhờ ông mà 100% hộ trong khóm tham gia cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh".
Năm 2026, ông Thạch Sà Rinh được Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long tặng Bằng khen, là 1 trong 25 điển hình tiêu biểu của tỉnh.
Bài, ảnh: Sơn Trúc
Lượt xem: 1.284
Tin liên quan
- Vĩnh Long: 300 hộ Khmer được hỗ trợ sinh kế
- Trao 50 căn nhà đại đoàn kết cho đồng bào Khmer
""",
    published="2026-09-22",
    title='Vị Achar gần 30 năm "làm dân vận" ở phum sóc',
    event=E(None, None, None),
    people=[
        P("Thạch Sà Rinh", "Achar chùa Âng", "Trưởng ban công tác Mặt trận khóm 4"),
        P("Kim Thị Sô Phi", "Chủ tịch Ủy ban MTTQ Việt Nam phường Nguyệt Hóa"),
        P("Thạch Chanh Đa", "Đại đức", "trụ trì chùa Âng"),
    ],
    quantities=[
        Q("412 hộ", 412, "hộ"),
        Q("286 hộ", 286, "hộ"),
        Q("37 hộ", 37, "hộ"),
        Q("1.120 m2", 1120, "m2"),
        Q("860 ngày công", 860, "ngày công"),
        Q("1,4 km", 1.4, "km"),
        Q("150 triệu đồng", 150000000, "đồng"),
        Q("60 suất học bổng", 60, "suất học bổng"),
        Q("1.000.000 đồng", 1000000, "đồng"),
        Q("200 m2", 200, "m2"),
        Q("100%", 100, "%"),
        Q("25 điển hình", 25, "điển hình"),
    ],
    documents=[],
    places=[prov("Vĩnh Long"), prov("Trà Vinh"), prov("Bến Tre"), com("phường Nguyệt Hóa")],
    not_people=["BÁO VĨNH LONG", "Trang chủ > Xã hội > Người tốt việc tốt",
                "Ông Thạch Sà Rinh (bìa trái) cùng bà con làm đường vào phum.", "chùa Âng",
                "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"],
    not_money=["Lượt xem: 1.284", "Thứ Năm, 24/09/2026", "gần 30 năm", "Hơn 28 năm", "72 tuổi", "khóm 4", "Khóm 4",
               "tháng 7/2025", "1 trong 25"],
))
