from lib import *
PAGES = []

PAGES.append(page("b1271-kiengiang-giaoban-llvt-quy2-2023", """
Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Kiên Giang
Trang chủ > Tin tức - Sự kiện > Dân vận lực lượng vũ trang
14/07/2023 - 15:25
Giao ban công tác dân vận khối lực lượng vũ trang quý II
Ngày 13/7, tại thành phố Hà Tiên, Ban Dân vận Tỉnh ủy tổ chức giao ban công tác dân vận khối lực lượng vũ trang quý II năm 2023 với Đảng ủy Quân sự tỉnh, Đảng ủy BĐBP tỉnh và Đảng ủy Công an tỉnh. Đồng chí Lâm Thị Sa Huôl, Tỉnh ủy viên, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.
Quang cảnh hội nghị giao ban. Ảnh: Kim Ngân
Trong quý, lực lượng vũ trang tỉnh đã phối hợp với cấp ủy, chính quyền cơ sở tổ chức 65 cuộc tuyên truyền về chủ quyền biên giới, biển đảo cho hơn 7.200 lượt người; trao 1.150 phần quà cho hộ nghèo, hộ đồng bào Khmer nhân dịp Tết Chôl Chnăm Thmây với tổng trị giá hơn 575 triệu đồng. Bộ Chỉ huy Quân sự tỉnh tiếp tục thực hiện Chỉ thị số 19-CT/TW ngày 10/1/2018 của Ban Bí thư về tăng cường công tác ở vùng đồng bào dân tộc Khmer trong tình hình mới, phối hợp với Ban Dân vận Tỉnh ủy khảo sát 12 chùa Phật giáo Nam tông Khmer để hỗ trợ sửa chữa.
Thượng tá Danh Út, Phó Chính ủy BĐBP tỉnh, cho biết các đồn biên phòng tuyến biên giới Giang Thành - Hà Tiên đã giúp ngư dân xã Tiên Hải, phường Tô Châu làm thủ tục cấp 38 giấy phép khai thác thủy sản; vận động 96 tàu cá lắp thiết bị giám sát hành trình, không vi phạm vùng biển nước ngoài; duy trì 14 lớp học tình thương với 210 học sinh là con em hộ nghèo vùng biên. Trung tá Sơn Văn Thắng, Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh, thông tin 4 vụ việc phức tạp về đất đai liên quan đến đồng bào Khmer ở xã Vĩnh Điều đã được hòa giải thành.
Tại giao ban, Đại đức Danh Sóc, trụ trì chùa Cà Na, Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Giang Thành, được mời dự, đề nghị lực lượng vũ trang tiếp tục hỗ trợ mở lớp dạy chữ Khmer hè cho con em đồng bào. Các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Nguyễn Văn Phải, Thạch Thị Sô Phi góp ý về việc xây dựng mô hình "Dân vận khéo" trong lực lượng vũ trang năm 2023.
Phát biểu kết luận, đồng chí Lâm Thị Sa Huôl ghi nhận kết quả 6 tháng đầu năm của khối, yêu cầu quý III tập trung thực hiện Kế hoạch số 96-KH/BDVTU ngày 3/3/2023 của Ban Dân vận Tỉnh ủy về vận động đồng bào dân tộc, tôn giáo; phối hợp chuẩn bị tổ chức lễ Sene Dolta năm 2023 an toàn, tiết kiệm.
Kim Ngân
Lượt xem: 528
Tin liên quan
- Giao ban công tác dân vận khối lực lượng vũ trang quý I năm 2023 (12/04/2023)
- Đồn Biên phòng Vĩnh Điều trao 50 suất học bổng (28/06/2023)
- Giang Thành: Vận động đồng bào Khmer hiến đất làm đường (07/06/2023)
""", "2023-07-14", "Giao ban công tác dân vận khối lực lượng vũ trang quý II",
E("giao_ban", "2023-Q2", "2023-07-13"),
[P("Lâm Thị Sa Huôl", "Tỉnh ủy viên", "Trưởng Ban Dân vận Tỉnh ủy"),
 P("Danh Út", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Sơn Văn Thắng", "Trung tá", "Trưởng phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc Công an tỉnh"),
 P("Danh Sóc", "Đại đức", "trụ trì chùa Cà Na", "Phó Trưởng Ban Trị sự Giáo hội Phật giáo Việt Nam huyện Giang Thành"),
 P("Nguyễn Văn Phải", "Phó Trưởng Ban Dân vận Tỉnh ủy"),
 P("Thạch Thị Sô Phi", "Phó Trưởng Ban Dân vận Tỉnh ủy")],
[Q("65 cuộc tuyên truyền", 65, "cuộc tuyên truyền"), Q("hơn 7.200 lượt người", 7200, "lượt người", "over"),
 Q("1.150 phần quà", 1150, "phần quà"), Q("hơn 575 triệu đồng", 575000000, "đồng", "over"),
 Q("12 chùa Phật giáo Nam tông Khmer", 12, "chùa Phật giáo Nam tông Khmer"), Q("38 giấy phép khai thác thủy sản", 38, "giấy phép khai thác thủy sản"),
 Q("96 tàu cá", 96, "tàu cá"), Q("14 lớp học tình thương", 14, "lớp học tình thương"), Q("210 học sinh", 210, "học sinh"), Q("4 vụ việc phức tạp về đất đai", 4, "vụ việc phức tạp về đất đai")],
[D("Chỉ thị", "19", "CT/TW", "2018-01-10", "Ban Bí thư", "Chỉ thị số 19-CT/TW ngày 10/1/2018"),
 D("Kế hoạch", "96", "KH/BDVTU", "2023-03-03", "Ban Dân vận Tỉnh ủy", "Kế hoạch số 96-KH/BDVTU ngày 3/3/2023")],
[prov("Kiên Giang"), com("Tiên Hải"), com("Tô Châu"), com("Vĩnh Điều")],
["Cổng Thông tin điện tử Ban Dân vận Tỉnh ủy Kiên Giang", "Trang chủ > Tin tức - Sự kiện > Dân vận lực lượng vũ trang",
 "Quang cảnh hội nghị giao ban. Ảnh: Kim Ngân", "Tết Chôl Chnăm Thmây", "Dân vận khéo", "Sene Dolta", "Lượt xem: 528"],
["14/07/2023 - 15:25", "quý II năm 2023", "quý III", "6 tháng đầu năm", "năm 2023", "Lượt xem: 528"]))

PAGES.append(page("b1272-daklak-daihoi-dtts-lan4-2024", """
BÁO ĐẮK LẮK ĐIỆN TỬ
Trang chủ › Chính trị › Sự kiện
Thứ Năm, 17/10/2024, 06:30
Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk lần thứ IV, năm 2024: Đoàn kết, phát huy nội lực, vững bước phát triển
Đồng chí Y Ngông Ayun phát biểu chỉ đạo Đại hội. Ảnh: H.Gia
Trong 2 ngày 15 - 16/10, UBND tỉnh tổ chức Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk lần thứ IV, năm 2024. Dự Đại hội có đồng chí Y Ngông Ayun, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh; đồng chí Ksor H'Mlin, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Đại hội; đồng chí Ma Văn Hòa, Trưởng Ban Dân tộc tỉnh cùng 350 đại biểu chính thức đại diện cho hơn 670.000 đồng bào của 48 dân tộc thiểu số trong tỉnh.
Báo cáo chính trị tại Đại hội nêu rõ, 5 năm qua, thực hiện Kết luận số 65-KL/TW ngày 30/10/2019 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương khóa IX về công tác dân tộc và Nghị quyết số 88/2019/QH14 của Quốc hội, tỉnh đã huy động hơn 4.200 tỷ đồng đầu tư cho vùng đồng bào dân tộc thiểu số. Tỷ lệ hộ nghèo dân tộc thiểu số giảm bình quân 3,5%/năm; 42 buôn đặc biệt khó khăn được đầu tư đường giao thông, điện, trường học; có 2.436 người có uy tín được hưởng chính sách theo quy định.
Lực lượng vũ trang tỉnh giữ vai trò nòng cốt trong bảo đảm an ninh vùng đồng bào. Đại tá Nay Y Blăk, Chính ủy BĐBP tỉnh, trình bày tham luận cho biết, các đồn biên phòng đã phối hợp với 4 xã biên giới Ia Lốp, Ia Rvê, Krông Na, Ea Bung vận động 318 người từ bỏ tổ chức phản động "Nhà nước Đêga", trở về sinh hoạt tôn giáo hợp pháp tại các chi hội Tin lành. Già làng Y Khu Niê, người có uy tín buôn Ea Kmar, xã Ea Kao, chia sẻ kinh nghiệm giữ gìn văn hóa cồng chiêng; bà H'Lina Mlô, Chủ tịch Hội LHPN xã Krông Na, kể về mô hình tổ phụ nữ tiết kiệm giúp 65 chị em người M'nông thoát nghèo.
Phát biểu chỉ đạo, đồng chí Y Ngông Ayun đề nghị các cấp ủy, chính quyền tiếp tục thực hiện hiệu quả Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, quan tâm đào tạo cán bộ người dân tộc thiểu số tại chỗ; phát huy vai trò người có uy tín, lực lượng vũ trang trong đấu tranh với các hoạt động lợi dụng dân tộc, tôn giáo chống phá. Việc tổ chức Đại hội thực hiện theo Kế hoạch số 7125/KH-UBND ngày 25/7/2023 của UBND tỉnh.
Đại hội đã bầu Đoàn đại biểu gồm 58 người đi dự Đại hội đại biểu toàn quốc các dân tộc thiểu số Việt Nam lần thứ III. Dịp này, UBND tỉnh tặng Bằng khen cho 60 tập thể và 95 cá nhân.
H.Gia - Thúy Hồng
Lượt xem: 2.655
Tin liên quan
- Buôn Đôn: Đại hội đại biểu các dân tộc thiểu số huyện lần thứ IV (28/08/2024)
- Ea Súp tổ chức thành công Đại hội đại biểu các dân tộc thiểu số (20/08/2024)
- Tuyên dương 100 người có uy tín tiêu biểu (14/06/2024)
""", "2024-10-17", "Đại hội đại biểu các dân tộc thiểu số tỉnh Đắk Lắk lần thứ IV, năm 2024: Đoàn kết, phát huy nội lực, vững bước phát triển",
E("dai_hoi", "2024", "2024-10-15"),
[P("Y Ngông Ayun", "Phó Bí thư Thường trực Tỉnh ủy", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
 P("Ksor H'Mlin", "Phó Chủ tịch UBND tỉnh", "Trưởng Ban Chỉ đạo Đại hội"),
 P("Ma Văn Hòa", "Trưởng Ban Dân tộc tỉnh"),
 P("Nay Y Blăk", "Đại tá", "Chính ủy BĐBP tỉnh"),
 P("Y Khu Niê", "Già làng", "người có uy tín buôn Ea Kmar"),
 P("H'Lina Mlô", "Chủ tịch Hội LHPN xã Krông Na")],
[Q("350 đại biểu chính thức", 350, "đại biểu chính thức"), Q("hơn 670.000 đồng bào", 670000, "đồng bào", "over"),
 Q("48 dân tộc thiểu số", 48, "dân tộc thiểu số"), Q("hơn 4.200 tỷ đồng", 4200000000000, "đồng", "over"),
 Q("3,5%/năm", 3.5, "%"), Q("42 buôn đặc biệt khó khăn", 42, "buôn đặc biệt khó khăn"),
 Q("2.436 người có uy tín", 2436, "người có uy tín"), Q("4 xã biên giới", 4, "xã biên giới"), Q("318 người", 318, "người"),
 Q("65 chị em người M'nông", 65, "chị em người M'nông"), Q("58 người", 58, "người"), Q("60 tập thể", 60, "tập thể"),
 Q("95 cá nhân", 95, "cá nhân")],
[D("Kết luận", "65", "KL/TW", "2019-10-30", "Bộ Chính trị", "Kết luận số 65-KL/TW ngày 30/10/2019"),
 D("Nghị quyết", "24", "NQ/TW", None, "Ban Chấp hành Trung ương", "Nghị quyết số 24-NQ/TW"),
 D("Nghị quyết", "88", "2019/QH14", None, "Quốc hội", "Nghị quyết số 88/2019/QH14"),
 D("Kế hoạch", "7125", "KH-UBND", "2023-07-25", "UBND tỉnh", "Kế hoạch số 7125/KH-UBND ngày 25/7/2023")],
[prov("Đắk Lắk"), com("Ia Lốp"), com("Ia Rvê"), com("Krông Na"), com("Ea Bung"), com("Ea Kao")],
["BÁO ĐẮK LẮK ĐIỆN TỬ", "Trang chủ › Chính trị › Sự kiện", "Đồng chí Y Ngông Ayun phát biểu chỉ đạo Đại hội. Ảnh: H.Gia",
 "Nhà nước Đêga", "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
 "Lượt xem: 2.655"],
["Thứ Năm, 17/10/2024, 06:30", "lần thứ IV", "năm 2024", "2 ngày", "5 năm qua", "khóa IX", "lần thứ III", "Lượt xem: 2.655"]))

PAGES.append(page("b1273-quangbinh-don-caxeng-nguoiruc-2024", """
BÁO QUẢNG BÌNH ĐIỆN TỬ
Trang chủ / Xã hội / Dân tộc - Miền núi
Thứ Bảy, 11/05/2024 - 07:00
Hôm nay: Thứ Hai, 13/05/2024
Ở bản Ón, người Rục đã biết làm giàu
Trung tá Đinh Xuân Hùng (bên phải) thăm mô hình nuôi dê của gia đình anh Cao Văn Pơ. Ảnh: Phan Phương
Từ những hang đá trong rừng sâu, hơn 40 năm trước người Rục được đưa về định cư ở bản Ón, xã Thượng Hóa, huyện Minh Hóa. Hôm nay, bản có 98 hộ với 412 nhân khẩu, nhà cửa khang trang, con em được đến trường đầy đủ. Đằng sau sự đổi thay ấy có công sức không nhỏ của cán bộ, chiến sĩ Đồn Biên phòng Cà Xèng.
Trung tá Đinh Xuân Hùng, Đồn trưởng Đồn Biên phòng Cà Xèng, cho biết đồn phân công 11 đảng viên phụ trách các nhóm hộ, "cầm tay chỉ việc" cho bà con trồng lúa nước, nuôi dê, trồng keo. Đến nay, bản đã có 26 ha keo, 340 con dê và 18 hộ thoát nghèo bền vững; thu nhập bình quân đạt khoảng 28 triệu đồng/người/năm. Gia đình anh Cao Văn Pơ là một ví dụ: từ 5 con dê giống được đồn hỗ trợ năm 2020, nay anh đã có đàn dê 40 con, mỗi năm xuất bán hàng chục con. Cũng theo anh Hùng, từ năm 2022 đến nay, đồn đã phối hợp với xã thực hiện Quyết định số 3052/QĐ-UBND ngày 12/9/2022 của UBND tỉnh về hỗ trợ phát triển sinh kế cho đồng bào Chứt, vận động xây dựng 9 căn nhà cho hộ nghèo với tổng kinh phí hơn 500 triệu đồng.
Việc học của trẻ em người Rục cũng được quan tâm. Nhờ chính sách theo Nghị định số 57/2017/NĐ-CP của Chính phủ, 100% trẻ em trong độ tuổi ở bản Ón được đến trường; nhiều em đã thi đỗ vào các trường cao đẳng, đại học. Chị Hồ Thị Hoa, người Rục đầu tiên của bản tốt nghiệp đại học, nay là giáo viên Trường Tiểu học và THCS Thượng Hóa, bày tỏ: "Nếu không có các chú bộ đội biên phòng động viên, chắc tôi đã bỏ học từ năm lớp 5".
Ông Cao Xuân Thị, Trưởng bản Ón, kể những ngày đầu xuống núi bà con còn sợ người lạ, chỉ quen ăn củ mài, bắt ốc suối. Giờ đây, người Rục đã biết dựng chuồng nuôi gia súc, biết tính toán làm ăn. Ông Đinh Mạnh Hùng, Phó Chủ tịch UBND xã Thượng Hóa, đánh giá mô hình "Đồn Biên phòng kết nghĩa với bản" đã giúp bản Ón trở thành điểm sáng về giảm nghèo của xã.
Không chỉ ở Thượng Hóa, các đồn biên phòng trên tuyến biên giới Quảng Bình còn đỡ đầu 67 học sinh người Chứt, Bru - Vân Kiều ở các xã Dân Hóa, Trọng Hóa theo Chương trình "Nâng bước em tới trường", mỗi em được hỗ trợ 500.000 đồng/tháng.
Phan Phương
Lượt xem: 1.733
Tin khác
- Đồn Biên phòng Cha Lo giúp dân thu hoạch lúa (05/05/2024)
- Minh Hóa: Trao 120 suất quà cho đồng bào Chứt (25/04/2024)
- Người có uy tín ở bản Dốc Mây (12/04/2024)
- Giao lưu hữu nghị dịp Tết Bunpimay với lực lượng bảo vệ biên giới Lào (10/04/2024)
""", "2024-05-11", "Ở bản Ón, người Rục đã biết làm giàu",
E("khac", None, None),
[P("Đinh Xuân Hùng", "Trung tá", "Đồn trưởng Đồn Biên phòng Cà Xèng"),
 P("Cao Văn Pơ"),
 P("Hồ Thị Hoa", "giáo viên Trường Tiểu học và THCS Thượng Hóa"),
 P("Cao Xuân Thị", "Trưởng bản Ón"),
 P("Đinh Mạnh Hùng", "Phó Chủ tịch UBND xã Thượng Hóa")],
[Q("98 hộ", 98, "hộ"), Q("412 nhân khẩu", 412, "nhân khẩu"), Q("11 đảng viên", 11, "đảng viên"), Q("26 ha", 26, "ha"),
 Q("340 con dê", 340, "con dê"), Q("18 hộ", 18, "hộ"), Q("khoảng 28 triệu đồng/người/năm", 28000000, "đồng", "approx"),
 Q("5 con dê giống", 5, "con dê giống"), Q("40 con", 40, "con"), Q("9 căn nhà", 9, "căn nhà"), Q("hơn 500 triệu đồng", 500000000, "đồng", "over"), Q("100%", 100, "%"),
 Q("67 học sinh người Chứt, Bru - Vân Kiều", 67, "học sinh người Chứt, Bru - Vân Kiều"), Q("500.000 đồng/tháng", 500000, "đồng")],
[D("Quyết định", "3052", "QĐ-UBND", "2022-09-12", "UBND tỉnh", "Quyết định số 3052/QĐ-UBND ngày 12/9/2022"),
 D("Nghị định", "57", "2017/NĐ-CP", None, "Chính phủ", "Nghị định số 57/2017/NĐ-CP")],
[prov("Quảng Bình"), com("Thượng Hóa"), com("Dân Hóa"), com("Trọng Hóa")],
["BÁO QUẢNG BÌNH ĐIỆN TỬ", "Trang chủ / Xã hội / Dân tộc - Miền núi",
 "Trung tá Đinh Xuân Hùng (bên phải) thăm mô hình nuôi dê của gia đình anh Cao Văn Pơ. Ảnh: Phan Phương",
 "cầm tay chỉ việc", "Đồn Biên phòng kết nghĩa với bản", "Nâng bước em tới trường", "Lượt xem: 1.733"],
["Thứ Bảy, 11/05/2024 - 07:00", "Hôm nay: Thứ Hai, 13/05/2024", "hơn 40 năm trước", "năm 2022", "năm 2020", "hàng chục con", "lớp 5", "Lượt xem: 1.733"]))

PAGES.append(page("b1274-tuyenquang-xa-lungcu-quyche-bdbp-2025", """
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG
Trang chủ » Chính trị » Quốc phòng - An ninh
Thứ Sáu, 22/08/2025 - 11:15
Lũng Cú: Ký kết Quy chế phối hợp giữa Đảng ủy xã và Đảng ủy Đồn Biên phòng
Các đại biểu chứng kiến lễ ký kết. Ảnh: Hoàng Anh
Ngày 21/8, Đảng ủy xã Lũng Cú tổ chức hội nghị ký kết Quy chế phối hợp với Đảng ủy Đồn Biên phòng Lũng Cú trong lãnh đạo thực hiện nhiệm vụ chính trị, quốc phòng, an ninh và công tác dân vận ở khu vực biên giới giai đoạn 2025 - 2030. Dự hội nghị có đồng chí Nguyễn Thị Thu Hà, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; Đại tá Hoàng Văn Thạch, Phó Chính ủy BĐBP tỉnh Tuyên Quang.
Xã Lũng Cú mới được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập 3 xã trước đây, có 3.215 hộ với hơn 17.000 nhân khẩu, trong đó 97% là đồng bào Mông, Lô Lô; đường biên giới dài gần 15 km. Đồng chí Vàng Mí Dình, Bí thư Đảng ủy xã cho biết, khi bộ máy chính quyền hai cấp đi vào vận hành, khối lượng công việc ở cơ sở tăng lên, trong khi đội ngũ cán bộ còn thiếu kinh nghiệm về công tác vận động đồng bào vùng biên. Vì vậy, sự phối hợp chặt chẽ với Đồn Biên phòng là yêu cầu cấp thiết.
Theo Quy chế phối hợp số 01-QC/ĐU-ĐBP được ký kết, hai Đảng ủy thống nhất cử 9 đảng viên của Đồn tham gia sinh hoạt tại 9 chi bộ thôn giáp biên; định kỳ 6 tháng tổ chức giao ban, trao đổi tình hình; phối hợp vận động nhân dân tham gia tự quản đường biên, mốc quốc giới và thực hiện Nghị định số 34/2014/NĐ-CP của Chính phủ về Quy chế khu vực biên giới đất liền. Thượng tá Ly Văn Chứ, Bí thư Đảng ủy, Chính trị viên Đồn Biên phòng Lũng Cú cho biết, năm 2025 đơn vị đã phối hợp xóa 46 nhà tạm, nhà dột nát với tổng kinh phí 2,76 tỷ đồng trong phong trào "Cả nước chung tay xóa nhà tạm, nhà dột nát".
Phát biểu tại hội nghị, đồng chí Nguyễn Thị Thu Hà đề nghị hai bên cụ thể hóa Quy chế bằng chương trình công tác hằng năm, bám sát Hướng dẫn số 12-HD/BTGDVTU ngày 5/8/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy về công tác dân vận ở cấp xã sau sắp xếp; phát huy vai trò của 27 người có uy tín trên địa bàn xã trong tuyên truyền, vận động đồng bào không nghe theo kẻ xấu truyền đạo trái pháp luật, không xuất cảnh trái phép.
Đồng chí Sùng Thị Mai, Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã và đồng chí Lò Văn Páo, Phó Bí thư Đảng ủy, Chủ tịch UBND xã cam kết chỉ đạo các thôn thực hiện nghiêm túc nội dung phối hợp. Ông Thào Mí Chá, người có uy tín thôn Lô Lô Chải, bày tỏ tin tưởng quân và dân Lũng Cú sẽ tiếp tục giữ vững bình yên nơi địa đầu Tổ quốc.
Hoàng Anh
Lượt xem: 904
Tin liên quan
- Tuyên Quang: Ra mắt Ban Tuyên giáo và Dân vận Tỉnh ủy (03/07/2025)
- Đồn Biên phòng Sơn Vĩ giúp dân sau mưa lũ (10/08/2025)
- Hội nghị người có uy tín xã Đồng Văn (29/07/2025)
""", "2025-08-22", "Lũng Cú: Ký kết Quy chế phối hợp giữa Đảng ủy xã và Đảng ủy Đồn Biên phòng",
E("hoi_nghi", None, "2025-08-21"),
[P("Nguyễn Thị Thu Hà", "Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"),
 P("Hoàng Văn Thạch", "Đại tá", "Phó Chính ủy BĐBP tỉnh Tuyên Quang"),
 P("Vàng Mí Dình", "Bí thư Đảng ủy xã"),
 P("Ly Văn Chứ", "Thượng tá", "Bí thư Đảng ủy", "Chính trị viên Đồn Biên phòng Lũng Cú"),
 P("Sùng Thị Mai", "Phó Bí thư Thường trực Đảng ủy", "Chủ tịch HĐND xã"),
 P("Lò Văn Páo", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Thào Mí Chá", "người có uy tín thôn Lô Lô Chải")],
[Q("3 xã", 3, "xã"), Q("3.215 hộ", 3215, "hộ"), Q("hơn 17.000 nhân khẩu", 17000, "nhân khẩu", "over"), Q("97%", 97, "%"),
 Q("gần 15 km", 15, "km", "approx"), Q("9 đảng viên", 9, "đảng viên"), Q("9 chi bộ thôn giáp biên", 9, "chi bộ thôn giáp biên"),
 Q("46 nhà tạm, nhà dột nát", 46, "nhà tạm, nhà dột nát"), Q("2,76 tỷ đồng", 2760000000, "đồng"),
 Q("27 người có uy tín", 27, "người có uy tín")],
[D("Quy chế phối hợp", "01", "QC/ĐU-ĐBP", None, None, "Quy chế phối hợp số 01-QC/ĐU-ĐBP"),
 D("Nghị định", "34", "2014/NĐ-CP", None, "Chính phủ", "Nghị định số 34/2014/NĐ-CP"),
 D("Hướng dẫn", "12", "HD/BTGDVTU", "2025-08-05", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Hướng dẫn số 12-HD/BTGDVTU ngày 5/8/2025")],
[prov("Tuyên Quang"), com("Lũng Cú")],
["BÁO VÀ PHÁT THANH, TRUYỀN HÌNH TUYÊN QUANG", "Trang chủ » Chính trị » Quốc phòng - An ninh",
 "Các đại biểu chứng kiến lễ ký kết. Ảnh: Hoàng Anh", "Cả nước chung tay xóa nhà tạm, nhà dột nát", "Lượt xem: 904"],
["Thứ Sáu, 22/08/2025 - 11:15", "giai đoạn 2025 - 2030", "1/7/2025", "định kỳ 6 tháng", "năm 2025", "Lượt xem: 904"]))

PAGES.append(page("b1275-lamdong-sodttg-tongket-2025", """
BÁO LÂM ĐỒNG
Trang chủ > Xã hội > Dân tộc - Tôn giáo
26.12.2025 | 16:40
Lâm Đồng: Giữ vững khối đại đoàn kết các dân tộc, tôn giáo trong năm đầu sau hợp nhất
Toàn cảnh hội nghị tổng kết. Ảnh: Khánh Phúc
Ngày 25/12, Sở Dân tộc và Tôn giáo tỉnh tổ chức hội nghị tổng kết công tác dân tộc, tôn giáo năm 2025 và triển khai nhiệm vụ năm 2026. Đồng chí Nguyễn Minh Quân, Phó Chủ tịch UBND tỉnh dự và chỉ đạo; cùng dự có Đại tá Phạm Văn Hòa, Phó Giám đốc Công an tỉnh; Thượng tá Điểu Khánh, Phó Chính ủy BĐBP tỉnh và đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy.
Báo cáo do đồng chí Đa Cát Ha Nhàn, Giám đốc Sở Dân tộc và Tôn giáo trình bày cho biết, sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, tỉnh có 124 xã, phường, đặc khu với 46 dân tộc cùng sinh sống; hơn 1,3 triệu tín đồ của 11 tôn giáo được công nhận, sinh hoạt tại 1.128 cơ sở thờ tự. Thực hiện Quyết định số 35/2025/QĐ-UBND ngày 30/7/2025 của UBND tỉnh, Sở đã sớm ổn định tổ chức, tiếp nhận nhiệm vụ quản lý nhà nước về tôn giáo từ Sở Nội vụ; phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy ban hành Kế hoạch 18, 19-KH/TU về công tác vận động đồng bào dân tộc thiểu số và đồng bào có đạo trong tình hình mới.
Trong năm, tỉnh đã chi hơn 7,9 tỷ đồng thực hiện chính sách đối với 1.942 người có uy tín; tổ chức 36 lớp tập huấn cho hơn 2.800 lượt chức sắc, chức việc về pháp luật tín ngưỡng, tôn giáo. Việc giải quyết các thủ tục hành chính về tôn giáo được thực hiện theo Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ, đúng hạn 100%.
Tham luận tại hội nghị, Thượng tá Điểu Khánh cho biết, các đồn biên phòng tuyến biên giới xã Quảng Trực, xã Tuy Đức đã vận động 73 hộ người Mông, Dao di cư tự do ổn định cuộc sống, không tham gia các nhóm đạo lạ. Mục sư Ya Suê, Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh, khẳng định các chi hội luôn vận động tín đồ "sống Phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc". Bà Ka H'Yên, Chủ tịch UBND xã Lạc Dương, đề nghị tiếp tục hỗ trợ giữ gìn văn hóa cồng chiêng của đồng bào K'Ho.
Phát biểu chỉ đạo, đồng chí Nguyễn Minh Quân đánh giá năm 2025 là năm đầu vận hành chính quyền địa phương hai cấp, công tác dân tộc, tôn giáo có nhiều khó khăn nhưng tình hình cơ bản ổn định, không phát sinh điểm nóng. Năm 2026, ngành cần phối hợp chặt chẽ với Công an tỉnh, BĐBP tỉnh nắm chắc tình hình vùng biên giới, vùng đồng bào có đạo; phấn đấu giảm 2% tỷ lệ hộ nghèo dân tộc thiểu số.
Dịp này, UBND tỉnh tặng Bằng khen cho 12 tập thể và 20 cá nhân; Sở Dân tộc và Tôn giáo tặng giấy khen cho 45 chức sắc, người có uy tín tiêu biểu.
Khánh Phúc
Lượt xem: 1.219
Tin khác
- Phường Xuân Hương - Đà Lạt gặp mặt chức sắc nhân dịp Giáng sinh (22/12/2025)
- Trao 300 suất quà cho đồng bào K'Ho (15/12/2025)
- Tập huấn nghiệp vụ công tác dân tộc cho cán bộ cấp xã (28/11/2025)
""", "2025-12-26", "Lâm Đồng: Giữ vững khối đại đoàn kết các dân tộc, tôn giáo trong năm đầu sau hợp nhất",
E("tong_ket", "2025", "2025-12-25"),
[P("Nguyễn Minh Quân", "Phó Chủ tịch UBND tỉnh"),
 P("Phạm Văn Hòa", "Đại tá", "Phó Giám đốc Công an tỉnh"),
 P("Điểu Khánh", "Thượng tá", "Phó Chính ủy BĐBP tỉnh"),
 P("Đa Cát Ha Nhàn", "Giám đốc Sở Dân tộc và Tôn giáo"),
 P("Ya Suê", "Mục sư", "Trưởng Ban Đại diện Hội thánh Tin lành Việt Nam (miền Nam) tỉnh"),
 P("Ka H'Yên", "Chủ tịch UBND xã Lạc Dương")],
[Q("124 xã, phường, đặc khu", 124, "xã, phường, đặc khu"), Q("46 dân tộc", 46, "dân tộc"),
 Q("hơn 1,3 triệu tín đồ", 1300000, "tín đồ", "over"), Q("11 tôn giáo", 11, "tôn giáo"), Q("1.128 cơ sở thờ tự", 1128, "cơ sở thờ tự"),
 Q("hơn 7,9 tỷ đồng", 7900000000, "đồng", "over"), Q("1.942 người có uy tín", 1942, "người có uy tín"),
 Q("36 lớp tập huấn", 36, "lớp tập huấn"), Q("hơn 2.800 lượt chức sắc, chức việc", 2800, "lượt chức sắc, chức việc", "over"),
 Q("100%", 100, "%"), Q("73 hộ người Mông, Dao di cư tự do", 73, "hộ người Mông, Dao di cư tự do"), Q("2%", 2, "%"),
 Q("12 tập thể", 12, "tập thể"), Q("20 cá nhân", 20, "cá nhân"), Q("45 chức sắc, người có uy tín tiêu biểu", 45, "chức sắc, người có uy tín tiêu biểu")],
[D("Quyết định", "35", "2025/QĐ-UBND", "2025-07-30", "UBND tỉnh", "Quyết định số 35/2025/QĐ-UBND ngày 30/7/2025"),
 D("Kế hoạch", "18", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Kế hoạch", "19", "KH/TU", None, "Ban Thường vụ Tỉnh ủy", "Kế hoạch 18, 19-KH/TU"),
 D("Nghị định", "95", "2023/NĐ-CP", "2023-12-29", "Chính phủ", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023")],
[prov("Lâm Đồng"), prov("Đắk Nông"), prov("Bình Thuận"), com("Quảng Trực"), com("Tuy Đức"), com("Lạc Dương")],
["BÁO LÂM ĐỒNG", "Trang chủ > Xã hội > Dân tộc - Tôn giáo", "Toàn cảnh hội nghị tổng kết. Ảnh: Khánh Phúc",
 "sống Phúc âm, phụng sự Thiên Chúa, phục vụ Tổ quốc và dân tộc", "Lượt xem: 1.219"],
["26.12.2025 | 16:40", "năm 2025", "năm 2026", "Năm 2026", "năm đầu", "Lượt xem: 1.219"]))

PAGES.append(page("b1276-dongnai-xa-bugiamap-doithoai-2026", """
BÁO ĐỒNG NAI ĐIỆN TỬ
Trang chủ >> Chính trị >> Xây dựng Đảng
Ngày đăng 13/03/2026 | 09:10
Xã Bù Gia Mập đối thoại với nhân dân vùng biên
Bí thư Đảng ủy xã Bù Gia Mập Lê Quang Vinh trả lời ý kiến của người dân. Ảnh: Hồng Phúc
Ngày 12/3, Đảng ủy xã Bù Gia Mập phối hợp với Ủy ban MTTQ Việt Nam xã và Đồn Biên phòng Bù Gia Mập tổ chức hội nghị đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2026. Đồng chí Lê Quang Vinh, Bí thư Đảng ủy xã và đồng chí Thị Hạnh, Phó Bí thư Đảng ủy, Chủ tịch UBND xã đồng chủ trì; tham dự có hơn 120 đại biểu là người có uy tín, già làng, chức sắc tôn giáo và bà con đồng bào S'tiêng, M'nông, Dao, Tày, Nùng.
Xã Bù Gia Mập là xã biên giới của tỉnh Đồng Nai sau sắp xếp, hiện có 4.860 hộ, trong đó 1.245 hộ đồng bào dân tộc thiểu số, tuyến biên giới giáp Campuchia dài hơn 30 km. Hội nghị được tổ chức theo Quy định số 11-QĐi/TW ngày 18/2/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; Nghị định số 59/2023/NĐ-CP của Chính phủ và Kế hoạch số 05-KH/ĐU ngày 6/1/2026 của Đảng ủy xã.
Tại hội nghị, bà con đã nêu 31 ý kiến. Ông Điểu Rơn ở thôn Bù Lư phản ánh đường vào khu sản xuất giáp biên xuống cấp, mùa mưa xe không vào được; bà Thị Khen, thôn Đăk Á, đề nghị hỗ trợ vốn vay chăn nuôi cho hộ cận nghèo. Ông Triệu Văn Quý, người có uy tín thôn Bình Tiến, người Dao từ Cao Bằng vào lập nghiệp, kiến nghị sớm cấp giấy chứng nhận quyền sử dụng đất cho các hộ di cư đã ổn định cuộc sống nhiều năm.
Các đồng chí lãnh đạo xã và đại diện các ngành đã trả lời trực tiếp 24 ý kiến; 7 ý kiến thuộc thẩm quyền cấp tỉnh được tổng hợp, báo cáo. Trung tá Điểu Bảo, Chính trị viên Đồn Biên phòng Bù Gia Mập cho biết, đồn sẽ huy động cán bộ, chiến sĩ cùng nhân dân sửa chữa tuyến đường vào khu sản xuất trước mùa mưa; đồng thời dành 120 triệu đồng từ nguồn xã hội hóa hỗ trợ 8 hộ khó khăn mua bò giống.
Đồng chí Trần Thị Thanh, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng Đảng Đảng ủy xã, cho biết sau hội nghị, Ban sẽ theo dõi, đôn đốc giải quyết từng kiến nghị và công khai kết quả tại nhà văn hóa các thôn.
Kết luận hội nghị, đồng chí Lê Quang Vinh đề nghị cán bộ, đảng viên thực hiện tốt phương châm "nghe dân nói, nói dân hiểu, làm dân tin", đặc biệt ở các thôn giáp biên; giao Công an xã, Đồn Biên phòng Bù Gia Mập phối hợp chặt chẽ, nắm chắc tình hình, giữ vững an ninh trật tự trong dịp bầu cử đại biểu Quốc hội và HĐND các cấp.
Hồng Phúc
Lượt xem: 687
Tin liên quan
- Đồng Nai: Tổng kết công tác dân vận năm 2025 (08/01/2026)
- Xã Đak Ơ ra mắt mô hình "Dân vận khéo" gắn với chuyển đổi số (20/02/2026)
- Đồn Biên phòng Bù Gia Mập tặng 150 suất quà Tết cho đồng bào S'tiêng (05/02/2026)
""", "2026-03-13", "Xã Bù Gia Mập đối thoại với nhân dân vùng biên",
E("doi_thoai", "2026", "2026-03-12"),
[P("Lê Quang Vinh", "Bí thư Đảng ủy xã"),
 P("Thị Hạnh", "Phó Bí thư Đảng ủy", "Chủ tịch UBND xã"),
 P("Điểu Rơn"),
 P("Thị Khen"),
 P("Triệu Văn Quý", "người có uy tín thôn Bình Tiến"),
 P("Điểu Bảo", "Trung tá", "Chính trị viên Đồn Biên phòng Bù Gia Mập"),
 P("Trần Thị Thanh", "Ủy viên Ban Thường vụ Đảng ủy", "Trưởng Ban Xây dựng Đảng Đảng ủy xã")],
[Q("hơn 120 đại biểu", 120, "đại biểu", "over"), Q("4.860 hộ", 4860, "hộ"),
 Q("1.245 hộ đồng bào dân tộc thiểu số", 1245, "hộ đồng bào dân tộc thiểu số"), Q("hơn 30 km", 30, "km", "over"),
 Q("31 ý kiến", 31, "ý kiến"), Q("24 ý kiến", 24, "ý kiến"), Q("7 ý kiến", 7, "ý kiến"),
 Q("120 triệu đồng", 120000000, "đồng"), Q("8 hộ khó khăn", 8, "hộ khó khăn")],
[D("Quy định", "11", "QĐi/TW", "2019-02-18", "Bộ Chính trị", "Quy định số 11-QĐi/TW ngày 18/2/2019"),
 D("Nghị định", "59", "2023/NĐ-CP", None, "Chính phủ", "Nghị định số 59/2023/NĐ-CP"),
 D("Kế hoạch", "05", "KH/ĐU", "2026-01-06", "Đảng ủy xã", "Kế hoạch số 05-KH/ĐU ngày 6/1/2026")],
[prov("Đồng Nai"), prov("Cao Bằng"), com("Bù Gia Mập")],
["BÁO ĐỒNG NAI ĐIỆN TỬ", "Trang chủ >> Chính trị >> Xây dựng Đảng",
 "Bí thư Đảng ủy xã Bù Gia Mập Lê Quang Vinh trả lời ý kiến của người dân. Ảnh: Hồng Phúc",
 "nghe dân nói, nói dân hiểu, làm dân tin", "Lượt xem: 687"],
["Ngày đăng 13/03/2026 | 09:10", "năm 2026", "nhiều năm", "Lượt xem: 687"]))
