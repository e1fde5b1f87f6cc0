"""holdout41 batch 2: b947-b952."""
from lib import *

PAGES = []

# ---------------------------------------------------------------- b947 Phú Thọ 2017, tập huấn tại Trường Chính trị tỉnh
PAGES.append(page("b947-phutho-truongchinhtri-taphuan-2017", """
Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ - Trang thông tin điện tử
Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận
Ngày đăng 18/08/2017 | 15:30
Ảnh: Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh.
Bồi dưỡng nghiệp vụ cho 150 cán bộ Mặt trận cơ sở
Trong 2 ngày 17 và 18/8, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Phú Thọ phối hợp với Trường Chính trị tỉnh tổ chức lớp tập huấn nghiệp vụ công tác Mặt trận năm 2017 cho 150 học viên là Chủ tịch, Phó Chủ tịch Ủy ban MTTQ các xã, phường, thị trấn thuộc các huyện Thanh Sơn, Tân Sơn, Yên Lập và Cẩm Khê.
Phát biểu khai mạc, bà Hà Thị Liên, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh, nhấn mạnh: cán bộ Mặt trận cơ sở là lực lượng gần dân nhất, trực tiếp tổ chức các cuộc vận động, giám sát và phản biện xã hội ở khu dân cư, vì vậy cần được bồi dưỡng thường xuyên kỹ năng, nghiệp vụ.
Tại lớp học, các học viên được ThS. Đinh Công Minh, Phó Hiệu trưởng Trường Chính trị tỉnh, truyền đạt chuyên đề về Luật Mặt trận Tổ quốc Việt Nam năm 2015; ông Nguyễn Văn Khoa, Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh, hướng dẫn thực hiện Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 quy định chi tiết các hình thức giám sát, phản biện xã hội của Mặt trận. Bà Lương Thị Thu Huyền, Trưởng ban Phong trào Ủy ban MTTQ tỉnh, giới thiệu cách tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư.
Học viên cũng được trao đổi kinh nghiệm vận động nhân dân tham gia xây dựng nông thôn mới. Ông Hoàng Văn Tám, Chủ tịch Ủy ban MTTQ xã Xuân Đài (huyện Tân Sơn), chia sẻ: năm 2016 xã đã vận động 312 hộ đồng bào Mường, Dao hiến 6.500 m2 đất, đóng góp 1,2 tỷ đồng làm đường; Ban Công tác Mặt trận các khu đã hòa giải thành 9 vụ mâu thuẫn trong nhân dân. Bà Đinh Thị Nguyệt, Phó Chủ tịch Ủy ban MTTQ xã Tinh Nhuệ (huyện Thanh Sơn), đề xuất tăng phụ cấp cho Trưởng ban Công tác Mặt trận khu dân cư.
Theo Ban Thường trực Ủy ban MTTQ tỉnh, năm 2017 toàn tỉnh tổ chức 4 lớp tập huấn với tổng số khoảng 600 lượt cán bộ tham gia, kinh phí thực hiện theo Kế hoạch số 27/KH-MTTQ-BTT ngày 10/3/2017. Kết thúc lớp học, 100% học viên hoàn thành bài thu hoạch.
Những năm gần đây, hoạt động của Mặt trận cơ sở tỉnh Phú Thọ có nhiều đổi mới. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh" được triển khai sâu rộng đến từng khu dân cư; nhiều mô hình tự quản như "Khu dân cư tự quản về môi trường", "Dòng họ khuyến học" được nhân rộng. Việc bồi dưỡng kỹ năng cho cán bộ Mặt trận cơ sở được xác định là khâu then chốt để nâng cao chất lượng hoạt động giám sát, phản biện xã hội ngay từ thôn, khu.
Lê Hoa
Tin liên quan
- Ủy ban MTTQ tỉnh sơ kết 6 tháng đầu năm 2017 (14/07/2017)
- Hạ Hòa: Ngày hội Đại đoàn kết ở khu 5 xã Vô Tranh (10/07/2017)
- Lâm Thao: MTTQ huyện giám sát việc thu, chi quỹ khu dân cư (29/06/2017)
- Hội nghị Đoàn Chủ tịch Ủy ban MTTQ tỉnh lần thứ 7 (20/06/2017)
""",
    "2017-08-18",
    "Bồi dưỡng nghiệp vụ cho 150 cán bộ Mặt trận cơ sở",
    E("tap_huan", "2017", "2017-08-17"),
    [P("Hà Thị Liên", "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"),
     P("Đinh Công Minh", "ThS.", "Phó Hiệu trưởng Trường Chính trị tỉnh"),
     P("Nguyễn Văn Khoa", "Trưởng ban Dân chủ - Pháp luật Ủy ban MTTQ tỉnh"),
     P("Lương Thị Thu Huyền", "Trưởng ban Phong trào Ủy ban MTTQ tỉnh"),
     P("Hoàng Văn Tám", "Chủ tịch Ủy ban MTTQ xã Xuân Đài"),
     P("Đinh Thị Nguyệt", "Phó Chủ tịch Ủy ban MTTQ xã Tinh Nhuệ")],
    [Q("150 cán bộ Mặt trận cơ sở", 150, "cán bộ Mặt trận cơ sở"),
     Q("150 học viên", 150, "học viên"),
     Q("312 hộ", 312, "hộ"),
     Q("6.500 m2", 6500, "m2"),
     Q("1,2 tỷ đồng", 1200000000, "đồng"),
     Q("9 vụ mâu thuẫn", 9, "vụ mâu thuẫn"),
     Q("4 lớp tập huấn", 4, "lớp tập huấn"),
     Q("khoảng 600 lượt cán bộ", 600, "lượt cán bộ", "approx"),
     Q("100% học viên", 100, "%")],
    [D("Quyết định", "217", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"),
     D("Quyết định", "218", "QĐ/TW", "2013-12-12", "Bộ Chính trị", "218-QĐ/TW ngày 12/12/2013"),
     D("Nghị quyết liên tịch", "403", "2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "2017-06-15", None,
       "Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017"),
     D("Kế hoạch", "27", "KH-MTTQ-BTT", "2017-03-10", None, "Kế hoạch số 27/KH-MTTQ-BTT ngày 10/3/2017")],
    [prov("Phú Thọ"), com("Xuân Đài"), com("Tinh Nhuệ")],
    ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Thọ - Trang thông tin điện tử", "Trang chủ | Tin tức - Sự kiện | Hoạt động Mặt trận",
     "Ảnh: Quang cảnh lớp tập huấn tại Trường Chính trị tỉnh.", "Luật Mặt trận Tổ quốc Việt Nam năm 2015",
     "Ngày hội Đại đoàn kết toàn dân tộc", "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
     "Khu dân cư tự quản về môi trường", "Dòng họ khuyến học"],
    ["Ngày đăng 18/08/2017 | 15:30", "2 ngày", "năm 2017", "năm 2016", "năm 2015"]))

# ---------------------------------------------------------------- b948 Bắc Giang 2018, sơ kết 6 tháng, Công an tỉnh
PAGES.append(page("b948-bacgiang-congan-soket-2018", """
CÔNG AN TỈNH BẮC GIANG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc
06/07/2018 - 14:10
Phát huy sức mạnh quần chúng trong bảo vệ an ninh trật tự
Ngày 5/7, Công an tỉnh Bắc Giang tổ chức hội nghị sơ kết công tác xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc và công tác dân vận của lực lượng Công an nhân dân 6 tháng đầu năm 2018. Đại tá Ngô Quang Huy, Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh chủ trì hội nghị. Dự hội nghị có đồng chí Lương Thị Dung, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy.
Báo cáo tại hội nghị do Thượng tá Nguyễn Văn Đoàn, Trưởng phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trình bày cho biết, 6 tháng qua lực lượng Công an tỉnh đã phối hợp với Ủy ban MTTQ và các đoàn thể xây dựng mới 46 mô hình tự quản về an ninh trật tự, nâng tổng số lên 1.038 mô hình. Quần chúng nhân dân đã cung cấp 2.417 nguồn tin có giá trị, giúp cơ quan Công an phát hiện, xử lý 186 vụ việc vi phạm pháp luật; vận động nhân dân giao nộp 71 khẩu súng tự chế, 320 kg pháo nổ.
Thực hiện Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư về tăng cường lãnh đạo phong trào toàn dân bảo vệ an ninh Tổ quốc và Chương trình phối hợp số 52/CTPH-CA-MTTQ giữa Công an tỉnh với Ủy ban MTTQ tỉnh, các đơn vị đã cử 312 cán bộ, chiến sĩ về bám địa bàn 209 xã, thị trấn, giúp nhân dân hơn 4.000 ngày công làm đường giao thông, sửa chữa nhà cho hộ nghèo.
Tại hội nghị, Trung tá Thân Văn Chiến, Trưởng Công an huyện Lục Ngạn, chia sẻ kinh nghiệm vận động đồng bào Sán Dìu, Nùng, Tày ở các xã vùng cao tham gia bảo vệ an ninh biên giới, phòng chống ma túy. Thiếu tá Hoàng Thị Vân, Trưởng Công an xã Tân Sơn, giới thiệu mô hình "Camera an ninh" do người dân tự nguyện đóng góp 380 triệu đồng lắp đặt tại 14 thôn. Ông Lý Văn Sình, Trưởng thôn Khuôn Thần, xã Kiên Lao, đề nghị tăng hỗ trợ cho lực lượng bảo vệ dân phố, dân phòng ở thôn.
Phát biểu, đồng chí Lương Thị Dung đánh giá cao kết quả công tác dân vận của lực lượng Công an tỉnh, đề nghị tiếp tục thực hiện tốt phong trào thi đua "Công an nhân dân vì nhân dân", gắn với thực hiện Quy định số 23-QĐ/TU của Tỉnh ủy về trách nhiệm người đứng đầu trong tiếp dân, đối thoại với nhân dân.
Kết luận hội nghị, Đại tá Ngô Quang Huy yêu cầu 6 tháng cuối năm các đơn vị nắm chắc tình hình, giải quyết dứt điểm các vụ việc phức tạp ngay từ cơ sở; duy trì hiệu quả 1.038 mô hình tự quản; khen thưởng kịp thời những tập thể, cá nhân có thành tích. Dịp này, Giám đốc Công an tỉnh tặng giấy khen cho 18 tập thể và 35 cá nhân.
Thanh Tùng
Tin khác
- Công an huyện Yên Thế ra mắt mô hình "Xóm đạo bình yên" (28/06/2018)
- Tuổi trẻ Công an tỉnh tình nguyện hè tại Sơn Động (20/06/2018)
- Giao lưu "Ngày hội toàn dân bảo vệ an ninh Tổ quốc" (14/06/2018)
""",
    "2018-07-06",
    "Phát huy sức mạnh quần chúng trong bảo vệ an ninh trật tự",
    E("so_ket", "2018-H1", "2018-07-05"),
    [P("Ngô Quang Huy", "Đại tá", "Ủy viên Ban Thường vụ Tỉnh ủy", "Giám đốc Công an tỉnh"),
     P("Lương Thị Dung", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Nguyễn Văn Đoàn", "Thượng tá", "Trưởng phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc"),
     P("Thân Văn Chiến", "Trung tá", "Trưởng Công an huyện Lục Ngạn"),
     P("Hoàng Thị Vân", "Thiếu tá", "Trưởng Công an xã Tân Sơn"),
     P("Lý Văn Sình", "Trưởng thôn Khuôn Thần")],
    [Q("46 mô hình tự quản về an ninh trật tự", 46, "mô hình tự quản về an ninh trật tự"),
     Q("1.038 mô hình", 1038, "mô hình"),
     Q("2.417 nguồn tin", 2417, "nguồn tin"),
     Q("186 vụ việc vi phạm pháp luật", 186, "vụ việc vi phạm pháp luật"),
     Q("71 khẩu súng tự chế", 71, "khẩu súng tự chế"),
     Q("320 kg", 320, "kg"),
     Q("312 cán bộ, chiến sĩ", 312, "cán bộ, chiến sĩ"),
     Q("209 xã, thị trấn", 209, "xã, thị trấn"),
     Q("hơn 4.000 ngày công", 4000, "ngày công", "over"),
     Q("380 triệu đồng", 380000000, "đồng"),
     Q("14 thôn", 14, "thôn"),
     Q("18 tập thể", 18, "tập thể"),
     Q("35 cá nhân", 35, "cá nhân")],
    [D("Chỉ thị", "09", "CT/TW", "2011-12-01", "Ban Bí thư", "Chỉ thị số 09-CT/TW ngày 1/12/2011 của Ban Bí thư"),
     D("Chương trình phối hợp", "52", "CTPH-CA-MTTQ", None, None, "Chương trình phối hợp số 52/CTPH-CA-MTTQ"),
     D("Quy định", "23", "QĐ/TU", None, "Tỉnh ủy", "Quy định số 23-QĐ/TU của Tỉnh ủy")],
    [prov("Bắc Giang"), com("Tân Sơn"), com("Kiên Lao")],
    ["CÔNG AN TỈNH BẮC GIANG - CỔNG THÔNG TIN ĐIỆN TỬ", "Trang chủ > Tin tức > Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
     "Camera an ninh", "Công an nhân dân vì nhân dân"],
    ["06/07/2018 - 14:10", "6 tháng đầu năm 2018", "6 tháng cuối năm", "6 tháng qua"]))

# ---------------------------------------------------------------- b949 Quảng Ninh 2019, Bộ đội Biên phòng trao quà Tết
PAGES.append(page("b949-quangninh-bdbp-traoqua-2019", """
BÁO QUẢNG NINH ĐIỆN TỬ
Quốc phòng - An ninh / Biên giới - Biển đảo
Thứ Hai, 28/01/2019, 10:20
"Xuân Biên phòng ấm lòng dân bản" ở Bình Liêu
(Baoquangninh.com.vn) - Ngày 26/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh phối hợp với Huyện ủy, UBND huyện Bình Liêu tổ chức chương trình "Xuân Biên phòng ấm lòng dân bản" năm 2019 tại xã Hoành Mô. Đại tá Đỗ Văn Tùng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh; bà Vi Thị Kim Nhung, Phó Chủ tịch Ủy ban MTTQ tỉnh dự và trao quà cho nhân dân.
Tại chương trình, các đại biểu đã trao 350 suất quà cho các hộ gia đình chính sách, hộ nghèo người Tày, Dao, Sán Chỉ ở các xã biên giới Hoành Mô, Đồng Văn, Lục Hồn; mỗi suất quà trị giá 500.000 đồng gồm gạo, bánh kẹo, dầu ăn và tiền mặt. Đồn Biên phòng Hoành Mô cũng tặng 20 con bò giống cho 20 hộ nghèo theo chương trình "Nâng bước em tới trường" và "Con nuôi đồn Biên phòng", đồng thời khánh thành 2 nhà "Mái ấm biên cương" trị giá 60 triệu đồng mỗi căn.
Các đại biểu còn tổ chức gói bánh chưng, viết câu đối, khám bệnh, cấp thuốc miễn phí cho gần 400 lượt người dân. Tổng giá trị chương trình hơn 420 triệu đồng, được vận động từ các doanh nghiệp, nhà hảo tâm.
Phát biểu tại chương trình, Đại tá Đỗ Văn Tùng cho biết: Thực hiện Chỉ thị số 01/CT-BQP của Bộ trưởng Bộ Quốc phòng và Kế hoạch số 115/KH-BCH của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, năm 2018 các đồn biên phòng đã giúp dân hơn 6.800 ngày công, xây mới 14 căn nhà, nhận đỡ đầu 57 học sinh nghèo. Trung tá Lục Văn Thắng, Chính trị viên Đồn Biên phòng Hoành Mô, cho biết đơn vị đang phối hợp với cấp ủy xã duy trì tổ tự quản đường biên, cột mốc ở 12 thôn, bản.
Đại diện người dân, ông Chìu Văn Sếnh, người có uy tín thôn Nà Ếch, xã Hoành Mô, bày tỏ cảm ơn bộ đội biên phòng đã luôn "cùng ăn, cùng ở, cùng làm" với đồng bào. Bà Tằng Thị Mùi, Bí thư Chi bộ kiêm trưởng thôn Pắc Pộc, chia sẻ niềm vui khi thôn có đường bê tông đến từng nhà.
Dịp này, Thiếu tá Nịnh Văn Quảng, Phó Đồn trưởng Đồn Biên phòng Hoành Mô, cùng các cán bộ, chiến sĩ đã đến thăm, chúc Tết các gia đình già làng, trưởng bản, người có uy tín trên địa bàn.
Chương trình "Xuân Biên phòng ấm lòng dân bản" được Bộ đội Biên phòng tổ chức hằng năm tại các địa bàn biên giới, góp phần củng cố thế trận lòng dân, xây dựng biên giới hòa bình, hữu nghị. Năm nay, lần đầu tiên chương trình được tổ chức tại huyện Bình Liêu với sự tham gia của đông đảo đồng bào các dân tộc.
Quang Minh
Xem thêm
- Hải Hà: Trao 200 suất quà cho ngư dân (25/01/2019)
- Móng Cái: Đồn Biên phòng Bắc Sơn ra mắt tổ tự quản đường biên (18/01/2019)
- Ba Chẽ: Đưa Tết đến với đồng bào Dao Thanh Y (15/01/2019)
""",
    "2019-01-28",
    "\"Xuân Biên phòng ấm lòng dân bản\" ở Bình Liêu",
    E("trao_qua", None, "2019-01-26"),
    [P("Đỗ Văn Tùng", "Đại tá", "Chỉ huy trưởng Bộ đội Biên phòng tỉnh"),
     P("Vi Thị Kim Nhung", "Phó Chủ tịch Ủy ban MTTQ tỉnh"),
     P("Lục Văn Thắng", "Trung tá", "Chính trị viên Đồn Biên phòng Hoành Mô"),
     P("Chìu Văn Sếnh", "người có uy tín thôn Nà Ếch"),
     P("Tằng Thị Mùi", "Bí thư Chi bộ kiêm trưởng thôn Pắc Pộc"),
     P("Nịnh Văn Quảng", "Thiếu tá", "Phó Đồn trưởng Đồn Biên phòng Hoành Mô")],
    [Q("350 suất quà", 350, "suất quà"),
     Q("500.000 đồng", 500000, "đồng"),
     Q("20 con bò giống", 20, "con bò giống"),
     Q("20 hộ nghèo", 20, "hộ nghèo"),
     Q("2 nhà", 2, "nhà"),
     Q("60 triệu đồng", 60000000, "đồng"),
     Q("gần 400 lượt người dân", 400, "lượt người dân", "approx"),
     Q("hơn 420 triệu đồng", 420000000, "đồng", "over"),
     Q("hơn 6.800 ngày công", 6800, "ngày công", "over"),
     Q("14 căn nhà", 14, "căn nhà"),
     Q("57 học sinh nghèo", 57, "học sinh nghèo"),
     Q("12 thôn, bản", 12, "thôn, bản")],
    [D("Chỉ thị", "01", "CT-BQP", None, "Bộ trưởng Bộ Quốc phòng", "Chỉ thị số 01/CT-BQP của Bộ trưởng Bộ Quốc phòng"),
     D("Kế hoạch", "115", "KH-BCH", None, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Kế hoạch số 115/KH-BCH của Bộ Chỉ huy Bộ đội Biên phòng tỉnh")],
    [prov("Quảng Ninh"), com("Hoành Mô"), com("Đồng Văn"), com("Lục Hồn")],
    ["BÁO QUẢNG NINH ĐIỆN TỬ", "Quốc phòng - An ninh / Biên giới - Biển đảo", "(Baoquangninh.com.vn)", "Xuân Biên phòng ấm lòng dân bản",
     "Nâng bước em tới trường", "Con nuôi đồn Biên phòng", "Mái ấm biên cương", "cùng ăn, cùng ở, cùng làm"],
    ["Thứ Hai, 28/01/2019, 10:20", "năm 2019", "năm 2018", "lần đầu tiên"]))

# ---------------------------------------------------------------- b950 Điện Biên 2019, Đại hội đại biểu các DTTS huyện
PAGES.append(page("b950-dienbien-muongcha-daihoi-dtts-2019", """
Báo Điện Biên Phủ điện tử
Thời sự › Chính trị
17/10/2019 | 08:45
Mường Chà: Đại hội đại biểu các dân tộc thiểu số lần thứ III
(ĐBP) - Ngày 16/10, huyện Mường Chà tổ chức Đại hội đại biểu các dân tộc thiểu số huyện lần thứ III, năm 2019. Dự đại hội có ông Lò Văn Muôn, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy; ông Giàng A Dình, Trưởng Ban Dân tộc tỉnh. 185 đại biểu đại diện cho hơn 45.000 đồng bào 6 dân tộc Mông, Thái, Khơ Mú, Hoa, Kinh, Cống trong huyện về dự.
Báo cáo tại đại hội cho biết, giai đoạn 2014 - 2019, huyện được đầu tư hơn 1.150 tỷ đồng từ các chương trình, chính sách, trong đó Chương trình 135 là 214 tỷ đồng. Tỷ lệ hộ nghèo giảm từ 62,7% xuống còn 39,4%; 100% xã có đường ô tô đến trung tâm; 11/12 xã có trạm y tế đạt chuẩn. Đồng bào đã hiến hơn 26 ha đất, đóng góp 8.900 ngày công xây dựng nông thôn mới.
Công tác dân vận trong vùng đồng bào được các cấp chú trọng. Huyện ủy ban hành Nghị quyết số 09-NQ/HU về phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và Kết luận số 35-KL/HU về vận động nhân dân không di cư tự do, không theo đạo trái pháp luật. Đội ngũ 186 người có uy tín được phát huy vai trò trong tuyên truyền, vận động con cháu chấp hành pháp luật.
Tại đại hội, ông Vàng A Chứ, người có uy tín bản Huổi Mí, xã Pa Ham, phát biểu mong muốn Nhà nước tiếp tục hỗ trợ giống cây quế, sơn tra cho bà con. Bà Lò Thị Bun, Chủ tịch Hội LHPN xã Mường Mươn, chia sẻ mô hình phụ nữ Thái dệt thổ cẩm tăng thu nhập. Ông Cà Văn Phiêng, Bí thư Đảng ủy xã Na Sang, nêu kinh nghiệm vận động hộ nghèo thoát nghèo bền vững.
Phát biểu chỉ đạo, ông Lò Văn Muôn đề nghị huyện tiếp tục quan tâm đào tạo cán bộ người dân tộc thiểu số, phát huy vai trò người có uy tín, già làng, trưởng bản; thực hiện tốt Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ về tiêu chí lựa chọn, công nhận người có uy tín.
Đại hội đã biểu dương 35 tập thể, 62 cá nhân tiêu biểu; bầu đoàn đại biểu gồm 21 người đi dự Đại hội đại biểu các dân tộc thiểu số tỉnh Điện Biên lần thứ III, do ông Mùa A Sơn, Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện làm trưởng đoàn.
Các đại biểu nhất trí thông qua Tuyên bố của Đại hội với quyết tâm "Các dân tộc thiểu số huyện Mường Chà đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững".
Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng đại hội.
Phong Lan
Tin liên quan
- Tủa Chùa tổ chức Đại hội đại biểu các DTTS lần thứ III (10/10/2019)
- Nậm Pồ: Vận động đồng bào không di cư tự do (02/10/2019)
- Tuần Giáo biểu dương 30 người có uy tín tiêu biểu (25/09/2019)
""",
    "2019-10-17",
    "Mường Chà: Đại hội đại biểu các dân tộc thiểu số lần thứ III",
    E("dai_hoi", None, "2019-10-16"),
    [P("Lò Văn Muôn", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy"),
     P("Giàng A Dình", "Trưởng Ban Dân tộc tỉnh"),
     P("Vàng A Chứ", "người có uy tín bản Huổi Mí"),
     P("Lò Thị Bun", "Chủ tịch Hội LHPN xã Mường Mươn"),
     P("Cà Văn Phiêng", "Bí thư Đảng ủy xã Na Sang"),
     P("Mùa A Sơn", "Phó Bí thư Thường trực Huyện ủy", "Chủ tịch HĐND huyện")],
    [Q("185 đại biểu", 185, "đại biểu"),
     Q("hơn 45.000 đồng bào", 45000, "đồng bào", "over"),
     Q("6 dân tộc", 6, "dân tộc"),
     Q("hơn 1.150 tỷ đồng", 1150000000000, "đồng", "over"),
     Q("214 tỷ đồng", 214000000000, "đồng"),
     Q("62,7%", 62.7, "%"),
     Q("39,4%", 39.4, "%"),
     Q("100% xã", 100, "%"),
     Q("11/12 xã", 11, "xã"),
     Q("hơn 26 ha", 26, "ha", "over"),
     Q("8.900 ngày công", 8900, "ngày công"),
     Q("186 người có uy tín", 186, "người có uy tín"),
     Q("35 tập thể", 35, "tập thể"),
     Q("62 cá nhân", 62, "cá nhân"),
     Q("21 người", 21, "người")],
    [D("Nghị quyết", "09", "NQ/HU", None, "Huyện ủy", "Nghị quyết số 09-NQ/HU"),
     D("Kết luận", "35", "KL/HU", None, "Huyện ủy", "Kết luận số 35-KL/HU"),
     D("Quyết định", "12", "2018/QĐ-TTg", None, "Thủ tướng Chính phủ", "Quyết định số 12/2018/QĐ-TTg của Thủ tướng Chính phủ")],
    [prov("Điện Biên"), com("Pa Ham"), com("Mường Mươn"), com("Na Sang")],
    ["Báo Điện Biên Phủ điện tử", "Thời sự › Chính trị", "(ĐBP)", "Chương trình 135",
     "Các dân tộc thiểu số huyện Mường Chà đoàn kết, sáng tạo, khai thác tiềm năng, lợi thế, hội nhập và phát triển bền vững",
     "Ảnh: Lãnh đạo tỉnh tặng hoa chúc mừng đại hội.", "Tuyên bố của Đại hội"],
    ["17/10/2019 | 08:45", "lần thứ III", "năm 2019", "giai đoạn 2014 - 2019", "Chương trình 135"]))

# ---------------------------------------------------------------- b951 Hải Phòng 2020, giao ban quý III, Ban Dân vận Quận ủy Lê Chân
PAGES.append(page("b951-haiphong-lechan-giaoban-2020", """
Cổng thông tin điện tử quận Lê Chân - thành phố Hải Phòng
Tin tức - Sự kiện :: Hoạt động Đảng, đoàn thể
Cập nhật: 16:45, 25/09/2020
Ban Dân vận Quận ủy giao ban khối dân vận quý III
Chiều 24/9/2020, Ban Dân vận Quận ủy Lê Chân tổ chức hội nghị giao ban khối dân vận quý III, triển khai nhiệm vụ quý IV năm 2020. Đồng chí Vũ Thị Thu Trang, Quận ủy viên, Trưởng Ban Dân vận Quận ủy, Chủ tịch Ủy ban MTTQ Việt Nam quận chủ trì hội nghị.
Quý III, trong bối cảnh dịch Covid-19 diễn biến phức tạp, khối dân vận quận đã vận động nhân dân chấp hành nghiêm các biện pháp phòng, chống dịch theo Chỉ thị số 16/CT-TTg và Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ; Ủy ban MTTQ các phường đã tiếp nhận 1,86 tỷ đồng ủng hộ Quỹ phòng, chống dịch, trao 2.150 suất quà cho người lao động mất việc làm và hộ khó khăn. Các đoàn thể duy trì 5 điểm "ATM gạo" ở phường Dư Hàng Kênh, Vĩnh Niệm, Trại Cau, hỗ trợ khoảng 18 tấn gạo.
Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư, Ban Dân vận Quận ủy đã phối hợp với Văn phòng HĐND - UBND quận kiểm tra công tác dân vận chính quyền tại 4 phường. Quận đã tổ chức thành công 15/15 đại hội chi bộ, đảng bộ cơ sở tiến tới Đại hội Đảng bộ quận lần thứ XXVI, nhiệm kỳ 2020 - 2025; khối dân vận đã tổng hợp 268 ý kiến của nhân dân góp ý dự thảo văn kiện.
Tại hội nghị, đồng chí Phạm Văn Hòa, Bí thư Đảng ủy phường Vĩnh Niệm, cho biết phường đã vận động 64 hộ dân bàn giao mặt bằng dự án đường Hồ Sen - Cầu Rào 2 giai đoạn 2. Bà Lê Thị Thanh Hương, Chủ tịch Hội Liên hiệp Phụ nữ quận, thông tin về mô hình "Phụ nữ Lê Chân chung tay phòng, chống dịch". Ông Đặng Văn Vượng, Chủ tịch Hội Cựu chiến binh quận, đề nghị quan tâm hơn đến các hộ cựu chiến binh khó khăn do dịch.
Các đồng chí Phó Trưởng Ban Dân vận Quận ủy: Nguyễn Văn Kiên, Đoàn Thị Lụa báo cáo kết quả thực hiện phong trào thi đua "Dân vận khéo" với 37 mô hình được công nhận cấp quận.
Kết luận hội nghị, đồng chí Vũ Thị Thu Trang đề nghị quý IV khối dân vận tập trung tuyên truyền Đại hội Đảng bộ thành phố lần thứ XVI; tiếp tục vận động nhân dân thực hiện "mục tiêu kép" vừa phòng, chống dịch, vừa phát triển kinh tế; chuẩn bị tốt Ngày hội Đại đoàn kết toàn dân tộc ở 12 khu dân cư điểm; theo dõi, giải quyết dứt điểm 9 vụ việc đơn thư tồn đọng.
Dịp này, Ban Dân vận Quận ủy cũng thông báo kế hoạch tổ chức hội nghị đối thoại giữa Bí thư Quận ủy với đoàn viên, hội viên các đoàn thể trong tháng 11/2020.
Phòng Văn hóa và Thông tin quận
Bài viết liên quan
- Lê Chân: Ra quân "Ngày Chủ nhật xanh" (20/09/2020)
- Trao 300 suất quà cho hộ khó khăn phường An Biên (10/09/2020)
- Hội nghị Ban Chấp hành Đảng bộ quận lần thứ 30 (03/09/2020)
""",
    "2020-09-25",
    "Ban Dân vận Quận ủy giao ban khối dân vận quý III",
    E("giao_ban", "2020-Q3", "2020-09-24"),
    [P("Vũ Thị Thu Trang", "Quận ủy viên", "Trưởng Ban Dân vận Quận ủy", "Chủ tịch Ủy ban MTTQ Việt Nam quận"),
     P("Phạm Văn Hòa", "Bí thư Đảng ủy phường Vĩnh Niệm"),
     P("Lê Thị Thanh Hương", "Chủ tịch Hội Liên hiệp Phụ nữ quận"),
     P("Đặng Văn Vượng", "Chủ tịch Hội Cựu chiến binh quận"),
     P("Nguyễn Văn Kiên", "Phó Trưởng Ban Dân vận Quận ủy"),
     P("Đoàn Thị Lụa", "Phó Trưởng Ban Dân vận Quận ủy")],
    [Q("1,86 tỷ đồng", 1860000000, "đồng"),
     Q("2.150 suất quà", 2150, "suất quà"),
     Q("5 điểm", 5, "điểm"),
     Q("khoảng 18 tấn gạo", 18, "tấn gạo", "approx"),
     Q("4 phường", 4, "phường"),
     Q("15/15 đại hội chi bộ, đảng bộ cơ sở", 15, "đại hội chi bộ, đảng bộ cơ sở"),
     Q("268 ý kiến", 268, "ý kiến"),
     Q("64 hộ dân", 64, "hộ dân"),
     Q("37 mô hình", 37, "mô hình"),
     Q("12 khu dân cư điểm", 12, "khu dân cư điểm"),
     Q("9 vụ việc đơn thư tồn đọng", 9, "vụ việc đơn thư tồn đọng")],
    [D("Chỉ thị", "16", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg"),
     D("Chỉ thị", "19", "CT-TTg", None, "Thủ tướng Chính phủ", "Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ"),
     D("Kết luận", "114", "KL/TW", "2015-07-14", "Ban Bí thư", "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")],
    [prov("Hải Phòng"), com("Dư Hàng Kênh"), com("Vĩnh Niệm"), com("Trại Cau")],
    ["Cổng thông tin điện tử quận Lê Chân - thành phố Hải Phòng", "Tin tức - Sự kiện :: Hoạt động Đảng, đoàn thể", "ATM gạo",
     "Phụ nữ Lê Chân chung tay phòng, chống dịch", "Dân vận khéo", "mục tiêu kép",
     "Ngày hội Đại đoàn kết toàn dân tộc", "Quỹ phòng, chống dịch"],
    ["Cập nhật: 16:45, 25/09/2020", "quý III", "quý IV năm 2020", "lần thứ XXVI", "nhiệm kỳ 2020 - 2025", "lần thứ XVI",
     "Cầu Rào 2", "giai đoạn 2", "tháng 11/2020", "Covid-19"]))

# ---------------------------------------------------------------- b952 Lào Cai 2020, tổng kết năm, Ban Dân vận Tỉnh ủy
PAGES.append(page("b952-laocai-bdvtu-tongket-2020", """
BÁO LÀO CAI - Cơ quan của Đảng bộ tỉnh Lào Cai
Chính trị > Xây dựng Đảng
22/12/2020 17:05
Đồng chí Sùng Thị Vân, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy báo cáo tại hội nghị.
Công tác dân vận góp phần quan trọng vào thành công của năm 2020
LCĐT - Sáng 21/12, Ban Dân vận Tỉnh ủy Lào Cai tổ chức hội nghị tổng kết công tác dân vận năm 2020, triển khai phương hướng, nhiệm vụ năm 2021. Đồng chí Giàng Seo Phử, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì hội nghị.
Theo báo cáo do đồng chí Sùng Thị Vân trình bày, năm 2020, Ban Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành Kết luận 87, 88-KL/TU về tiếp tục thực hiện Nghị quyết số 25-NQ/TW và về công tác tôn giáo; chủ trì sơ kết 5 năm thực hiện Quyết định số 1249-QĐ/TU về Quy chế công tác dân vận của hệ thống chính trị tỉnh. Công tác nắm tình hình được làm tốt, không để xảy ra điểm nóng; toàn tỉnh đã vận động 217 hộ đồng bào Mông từ bỏ đạo trái pháp luật, trở về sinh hoạt tín ngưỡng truyền thống.
Các cấp, các ngành đã vận động nhân dân hiến hơn 54 ha đất, đóng góp 46,3 tỷ đồng xây dựng nông thôn mới; xóa 1.126 nhà tạm cho hộ nghèo. Toàn tỉnh có 1.820 mô hình "Dân vận khéo" được công nhận các cấp, tăng 312 mô hình so với năm 2019. Công tác phòng, chống dịch Covid-19 được nhân dân đồng tình, ủng hộ với 12,7 tỷ đồng tiền mặt và hàng hóa.
Tại hội nghị, đồng chí Lý Seo Chỉn, HUV, Trưởng Ban Dân vận Huyện ủy Bát Xát, chia sẻ kinh nghiệm vận động đồng bào Hà Nhì ở xã Y Tý bảo vệ rừng đầu nguồn. Đồng chí Hoàng Thị Dung, Bí thư Đảng ủy xã Bản Lầu (huyện Mường Khương), nêu cách làm "Mỗi đảng viên gắn với 10 hộ dân". Ông Vàng Văn Mạnh, người có uy tín thôn Lùng Thàng, xã Nậm Chày, đề nghị tăng thời lượng phát thanh bằng tiếng Mông, tiếng Dao.
Phát biểu kết luận, đồng chí Giàng Seo Phử đề nghị năm 2021 khối dân vận các cấp tập trung tuyên truyền Nghị quyết Đại hội XVI Đảng bộ tỉnh và Đại hội XIII của Đảng; tham gia tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026; triển khai Hướng dẫn số 12-HD/BDVTU về xây dựng mô hình "Dân vận khéo" giai đoạn 2021 - 2025.
Hội nghị đã trao Bằng khen của Ban Dân vận Trung ương cho 3 tập thể, 4 cá nhân; Ban Dân vận Tỉnh ủy tặng giấy khen cho 20 tập thể, 32 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2020.
Năm 2020 cũng là năm khối dân vận tỉnh làm tốt công tác phối hợp với lực lượng vũ trang, nhất là Bộ đội Biên phòng tỉnh, trong vận động nhân dân các xã biên giới không qua lại đường mòn, lối mở, phòng dịch từ bên ngoài xâm nhập.
Văn Long
Tin cùng chuyên mục
- Si Ma Cai: Gặp mặt người có uy tín năm 2020 (15/12/2020)
- Ra mắt mô hình "Dân vận khéo" tại xã Tả Phìn (08/12/2020)
- Bảo Thắng: Đối thoại giữa Bí thư Huyện ủy với nhân dân (01/12/2020)
""",
    "2020-12-22",
    "Công tác dân vận góp phần quan trọng vào thành công của năm 2020",
    E("tong_ket", "2020", "2020-12-21"),
    [P("Sùng Thị Vân", "Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy"),
     P("Giàng Seo Phử", "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Dân vận Tỉnh ủy", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
     P("Lý Seo Chỉn", "HUV", "Trưởng Ban Dân vận Huyện ủy Bát Xát"),
     P("Hoàng Thị Dung", "Bí thư Đảng ủy xã Bản Lầu"),
     P("Vàng Văn Mạnh", "người có uy tín thôn Lùng Thàng")],
    [Q("217 hộ", 217, "hộ"),
     Q("hơn 54 ha", 54, "ha", "over"),
     Q("46,3 tỷ đồng", 46300000000, "đồng"),
     Q("1.126 nhà tạm", 1126, "nhà tạm"),
     Q("1.820 mô hình", 1820, "mô hình"),
     Q("312 mô hình", 312, "mô hình"),
     Q("12,7 tỷ đồng", 12700000000, "đồng"),
     Q("3 tập thể", 3, "tập thể"),
     Q("4 cá nhân", 4, "cá nhân"),
     Q("20 tập thể", 20, "tập thể"),
     Q("32 cá nhân", 32, "cá nhân")],
    [D("Kết luận", "87", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "Kết luận 87, 88-KL/TU"),
     D("Kết luận", "88", "KL/TU", None, "Ban Thường vụ Tỉnh ủy", "88-KL/TU"),
     D("Nghị quyết", "25", "NQ/TW", None, None, "Nghị quyết số 25-NQ/TW"),
     D("Quyết định", "1249", "QĐ/TU", None, None, "Quyết định số 1249-QĐ/TU"),
     D("Hướng dẫn", "12", "HD/BDVTU", None, None, "Hướng dẫn số 12-HD/BDVTU")],
    [prov("Lào Cai"), com("Y Tý"), com("Bản Lầu"), com("Nậm Chày")],
    ["BÁO LÀO CAI - Cơ quan của Đảng bộ tỉnh Lào Cai", "Chính trị > Xây dựng Đảng",
     "Đồng chí Sùng Thị Vân, Phó Trưởng ban Thường trực Ban Dân vận Tỉnh ủy báo cáo tại hội nghị.", "LCĐT", "Dân vận khéo",
     "Mỗi đảng viên gắn với 10 hộ dân", "Quy chế công tác dân vận của hệ thống chính trị tỉnh"],
    ["22/12/2020 17:05", "năm 2021", "5 năm", "năm 2019", "Mỗi đảng viên gắn với 10 hộ dân", "khóa XV", "nhiệm kỳ 2021 - 2026",
     "giai đoạn 2021 - 2025", "Đại hội XVI", "Đại hội XIII", "Covid-19"]))
